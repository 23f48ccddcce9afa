//! Detection: which lines of a text are in which legacy encoding.
//!
//! 1. A quick look at the whole text (`may_be_legacy`) sends ordinary Unicode and ASCII back
//!    untouched: only a Latin-1 symbol or a letter Vietnamese does not use (`¸ µ « ® ø ï Ã¡ Æ°`),
//!    a 1258 tone after a vowel (`aì`), a VNI mark after a vowel it cannot follow (`aù`, `naêm`),
//!    a VIQR shape mark after a vowel (`` a` o^ u+ a( e~ ``) or `dd` at a word's start makes it
//!    look further.
//! 2. Then each line is read with every candidate decoding and scored by how many more valid
//!    Vietnamese syllables it gives than the line as it is, common ones counting a little more
//!    (`syllable::score`). A line holding a letter no legacy encoding can produce (ư, ạ, ế … or
//!    a combining mark) is Unicode already.
//! 3. The text's dominant encoding is the one that gains most syllables over all lines. A line is
//!    converted with the encoding that gains it most; a line that gains nothing but still shows
//!    its encoding's tell (a Latin-1 symbol; for VIQR a mark after a vowel, as RFC 1456 reads it;
//!    for UTF-8 read as 1252 a valid sequence) is converted with the dominant one
//!    ("Sè 12/TB-SGD§T" gains nothing if "Sè" is taken for a word, but is TCVN3 for
//!    "Số 12/TB-SGDĐT").
//!    So a Unicode heading over a TCVN3 body keeps its heading (E8).
//! 4. An encoding is used only if it gains at least two syllables over the text, and a line that
//!    gains shows a word only it explains: a symbol inside an ASCII word ("c¸c", "caùc"), a 1258
//!    tone after a vowel, a UTF-8 sequence (a line of symbols, "· §«", is no evidence). VIQR,
//!    being plain ASCII, needs two shape marks or `dd` among the lines that gain (one "I'm" or
//!    "agree?" is not VIQR).

use super::convert;
use super::syllable::{is_vowel, score as syllables};
use super::tables::{
    cp1252_byte, is_tell, is_viqr_mark, utf8_len, CP1252_80, CP1258_TONES, VIET_LATIN1,
};
use super::Legacy;

/// The candidates, in the order that breaks ties.
pub const CANDIDATES: [Legacy; 5] = [
    Legacy::DoubleUtf8,
    Legacy::Tcvn3,
    Legacy::Vni,
    Legacy::Cp1258,
    Legacy::Viqr,
];

/// The bytes the quick look stops at: VIQR marks, d, and the lead bytes of U+0080–U+00FF.
const STOPS: [bool; 256] = {
    let mut t = [false; 256];
    let stops = b"`^(+~dD\xC2\xC3";
    let mut i = 0;
    while i < stops.len() {
        t[stops[i] as usize] = true;
        i += 1;
    }
    t
};

/// The quick look of step 1: one pass over the bytes, stopping only at the few that matter.
pub fn may_be_legacy(text: &str) -> bool {
    let b = text.as_bytes();
    // The character before byte i is a vowel: an ASCII one, or a Latin-1 one (C3 xx; every
    // Latin-1 letter Vietnamese uses is a vowel, and any other stops the look before).
    let vowel_before = |i: usize| match i.checked_sub(1).map(|j| b[j]) {
        Some(p) if p < 0x80 => matches!(p | 0x20, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'),
        Some(_) => i >= 2 && b[i - 2] == 0xC3,
        None => false,
    };
    for (i, &c) in b.iter().enumerate() {
        if !STOPS[usize::from(c)] {
            continue;
        }
        let next = b.get(i + 1).copied();
        let legacy = match c {
            b'd' | b'D' => {
                let letter_before = i > 0 && (b[i - 1].is_ascii_alphabetic() || b[i - 1] >= 0x80);
                matches!(next, Some(b'd' | b'D')) && (c == b'D' || !letter_before)
            }
            0xC2 => next != Some(0xA0),
            0xC3 => {
                let n = u32::from(next.unwrap_or(0) & 0x3F);
                let prev = i.checked_sub(1).map_or(' ', |j| char::from(b[j]));
                VIET_LATIN1 & (1 << n) == 0
                    // A 1258 tone after a vowel: "caìc", "vaÌ", "duòc".
                    || (matches!(n + 0xC0, 0xCC | 0xEC | 0xD2 | 0xF2) && vowel_before(i))
                    // A VNI mark after an ASCII vowel: "caùc", "naêm".
                    || char::from_u32(n + 0xC0).is_some_and(|m| vni_pair(prev, m))
            }
            _ => vowel_before(i),
        };
        if legacy {
            return true;
        }
    }
    false
}

/// Whether a line holds a character no legacy decoding here gives meaning to, so it is Unicode.
fn unicode_only(line: &str) -> bool {
    line.chars()
        .any(|c| c as u32 >= 0x100 && !CP1252_80.contains(&c))
}

/// How many VIQR tells a line shows: a shape mark or backquote or tilde after a vowel, `dd` at a
/// word's start, `DD`, or an escaped mark.
pub fn viqr_tells(line: &str) -> usize {
    let chars: Vec<char> = line.chars().collect();
    let tell = |(i, w): (usize, &[char])| match (w[0], w[1]) {
        // After the vowel or after its shape mark: "a(`" shows two.
        (v, '`' | '^' | '(' | '+' | '~') => {
            (v.is_ascii() && is_vowel(v))
                || (matches!(v, '^' | '(' | '+')
                    && i > 0
                    && chars[i - 1].is_ascii()
                    && is_vowel(chars[i - 1]))
        }
        ('D', 'D' | 'd') => true,
        ('d', 'd' | 'D') => i == 0 || !chars[i - 1].is_alphabetic(),
        ('\\', m) => is_viqr_mark(m),
        _ => false,
    };
    chars.windows(2).enumerate().filter(|&x| tell(x)).count()
}

/// The score of a line as it is, against its VIQR reading: a word with a mark glued after its
/// last vowel ("Thi." "qua?") counts for neither reading, since it is either.
fn before_viqr(line: &str) -> i32 {
    line.split(char::is_whitespace)
        .filter(|t| {
            let chars: Vec<char> = t.chars().collect();
            !chars
                .windows(2)
                .any(|w| w[0].is_ascii() && is_vowel(w[0]) && is_viqr_mark(w[1]))
        })
        .map(syllables)
        .sum()
}

/// Whether a line has a VIQR mark right after a vowel, `dd` or `DD`.
fn marked_vowel(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    viqr_tells(line) > 0
        || chars
            .windows(2)
            .any(|w| w[0].is_ascii() && is_vowel(w[0]) && is_viqr_mark(w[1]))
}

/// A tell inside a word: a symbol or foreign letter next to an ASCII letter, a 1258 tone after
/// a vowel, or a VNI mark that looks like a Vietnamese letter after a vowel it cannot follow in
/// Unicode (`vni_pair`).
fn word_tell(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    chars.windows(2).any(|w| match (w[0], w[1]) {
        (a, t) | (t, a) if a.is_ascii_alphabetic() && is_tell(t) => true,
        (v, t) => (CP1258_TONES.contains(t) && is_vowel(v)) || vni_pair(v, t),
    })
}

/// VNI marks that are Vietnamese letters in Unicode, after an ASCII vowel no Vietnamese word puts
/// them after: the tones ù õ ("caùc", "kyõ"), the circumflex â after a e o ("tröôøng" has ø,
/// but "hoâm" only â), the breve ê after a ("naêm"); the circumflex's tones á à ã after a and e
/// ("aát" is ất, "eà" is ề: no Vietnamese vowel pair starts with a or e and carries the tone on
/// its second vowel, while "hoá", "toà" do after o), the breve's é è ú ü ë after a ("aèn" is
/// ằn).
pub fn vni_pair(v: char, mark: char) -> bool {
    let v = v.to_ascii_lowercase();
    let mark = convert::lower(mark);
    match mark {
        'ù' | 'õ' => matches!(v, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'),
        'â' => matches!(v, 'a' | 'e' | 'o'),
        'á' | 'à' | 'ã' => matches!(v, 'a' | 'e'),
        'ê' | 'é' | 'è' | 'ú' | 'ü' | 'ë' => v == 'a',
        _ => false,
    }
}

/// What one line gives under each candidate.
#[derive(Clone, Copy, Default)]
pub struct LineScore {
    /// Syllables gained by each candidate (in `CANDIDATES` order), None when it changes nothing.
    pub gain: [Option<i32>; 5],
    /// Whether the line shows each candidate's tell.
    pub tell: [bool; 5],
    /// How many VIQR tells it shows (`viqr_tells`).
    pub viqr_tells: usize,
    /// Whether it holds a word only each candidate explains: a symbol or foreign letter inside
    /// an ASCII word ("c¸c", "caùc"), or a 1258 tone after a vowel ("caìc"), that the candidate
    /// reads as a Vietnamese syllable ("·ga" beside two "«" is no TCVN3: "àga" is no word).
    pub word_tell: [bool; 5],
}

/// The syllables of `line` as it is, when it is weighed as UTF-8 read as Windows-1252: a
/// character that ends a valid UTF-8 sequence is part of one letter with the character before,
/// not punctuation or a space, so the word it stands in is no syllable ("á»“" is "ồ", not "á"
/// and two quotes; "Ã" and a no-break space is "à", not "Ã" and a space).
fn before_double_utf8(line: &str) -> i32 {
    let chars: Vec<char> = line.chars().collect();
    let byte = |j: usize| chars.get(j).and_then(|&c| cp1252_byte(c));
    let mut marked = String::with_capacity(line.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let len = byte(i).map_or(0, utf8_len).max(1);
        let mut bytes = [0u8; 4];
        let mut have = 0;
        while let Some(b) = (have < len).then(|| byte(i + have)).flatten() {
            bytes[have] = b;
            have += 1;
        }
        marked.push(c);
        if len > 1 && have == len && std::str::from_utf8(&bytes[..len]).is_ok() {
            marked.extend(std::iter::repeat_n('x', len - 1));
            i += len;
        } else {
            i += 1;
        }
    }
    syllables(&marked)
}

/// Appends `line` read as `enc` to `out`.
pub fn decode(enc: Legacy, line: &str, out: &mut String) {
    match enc {
        Legacy::Tcvn3 => convert::tcvn3(line, out),
        Legacy::Vni => convert::vni(line, out),
        Legacy::Viqr => convert::viqr(line, out),
        Legacy::Cp1258 => convert::cp1258(line, out),
        Legacy::DoubleUtf8 => convert::double_utf8(line, out),
    }
}

/// Step 2 for one line (without its line break).
pub fn score(line: &str, scratch: &mut String) -> LineScore {
    let mut s = LineScore::default();
    if line.is_ascii()
        && !line.contains(is_viqr_mark)
        && !line.contains("dd")
        && !line.contains("DD")
    {
        return s;
    }
    if unicode_only(line) {
        return s;
    }
    let before = syllables(line);
    let latin_tell = line.chars().any(is_tell);
    // (Few words of a line show a tell: each is decoded once more, on its own.)
    let tell_words: Vec<&str> = line
        .split(char::is_whitespace)
        .filter(|t| word_tell(t))
        .collect();
    let mut word = String::new();
    for (k, &enc) in CANDIDATES.iter().enumerate() {
        if enc != Legacy::Viqr && !line.chars().any(|c| (c as u32) >= 0x80) {
            continue;
        }
        scratch.clear();
        decode(enc, line, scratch);
        if scratch != line {
            let before = match enc {
                Legacy::Viqr => before_viqr(line),
                Legacy::DoubleUtf8 => before_double_utf8(line),
                _ => before,
            };
            s.gain[k] = Some(syllables(scratch) - before);
            s.word_tell[k] = tell_words.iter().any(|t| {
                word.clear();
                decode(enc, t, &mut word);
                syllables(&word) > 0
            });
            s.tell[k] = match enc {
                Legacy::Viqr => {
                    s.viqr_tells = viqr_tells(line);
                    // RFC 1456: in VIQR text a mark after a vowel is a mark unless escaped.
                    marked_vowel(line)
                }
                // Valid UTF-8 sequences were found in it.
                Legacy::DoubleUtf8 => true,
                _ => latin_tell,
            };
        }
    }
    s
}

/// Steps 3 and 4: the encoding to convert each line with.
pub fn choose(scores: &[LineScore]) -> Vec<Option<Legacy>> {
    let viqr = CANDIDATES.len() - 1;
    let mut totals = [0i32; 5];
    let mut viqr_tells = 0;
    let mut word_tells = [false; 5];
    for s in scores {
        for (k, (total, gain)) in totals.iter_mut().zip(s.gain).enumerate() {
            let gain = gain.unwrap_or(0).max(0);
            *total += gain;
            word_tells[k] |= gain > 0 && (s.word_tell[k] || CANDIDATES[k] == Legacy::DoubleUtf8);
        }
        if s.gain[viqr].unwrap_or(0) > 0 {
            viqr_tells += s.viqr_tells;
        }
    }
    // Two syllables gained over the text at least (one odd word is no evidence: a syllable
    // scores 2 or 3), and for VIQR two tells.
    let allowed = |k: usize| {
        totals[k] >= 4
            && if k == viqr {
                viqr_tells >= 2
            } else {
                word_tells[k]
            }
    };
    let dominant = (0..CANDIDATES.len()).filter(|&k| allowed(k)).fold(
        None,
        |best: Option<usize>, k| match best {
            Some(b) if totals[b] >= totals[k] => Some(b),
            _ => Some(k),
        },
    );
    scores
        .iter()
        .map(|s| {
            let gaining = (0..CANDIDATES.len())
                .filter(|&k| allowed(k) && s.gain[k].unwrap_or(0) > 0)
                .fold(None, |best: Option<usize>, k| match best {
                    Some(b) if s.gain[b] > s.gain[k] => Some(b),
                    Some(b) if s.gain[b] == s.gain[k] && Some(k) != dominant => Some(b),
                    _ => Some(k),
                });
            gaining
                .or_else(|| dominant.filter(|&d| s.gain[d] == Some(0) && s.tell[d]))
                .map(|k| CANDIDATES[k])
        })
        .collect()
}
