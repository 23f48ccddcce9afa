//! Detection: which lines of a text are in which legacy encoding.
//!
//! 1. A quick look at the whole text (`may_be_legacy`) sends ordinary Unicode and ASCII back
//!    untouched: only a Latin-1 symbol or a letter Vietnamese does not use (`¸ µ « ® ø ï Ã¡ Æ°`),
//!    a 1258 tone after a vowel (`aì`), a VIQR shape mark after a vowel (`` a` o^ u+ a( e~ ``) or
//!    `dd` at a word's start makes it look further.
//! 2. Then each line is read with every candidate decoding and scored by how many more valid
//!    Vietnamese syllables it gives than the line as it is (`syllable::count`). A line holding a
//!    letter no legacy encoding can produce (ư, ạ, ế … or a combining mark) is Unicode already.
//! 3. The text's dominant encoding is the one that gains most syllables over all lines. A line is
//!    converted with the encoding that gains it most; a line that gains nothing but still shows
//!    its encoding's tell (a Latin-1 symbol, or for VIQR a shape mark) is converted with the
//!    dominant one ("Sè: 12/TB-SGD§T" gains no syllable but is TCVN3 for "Số: 12/TB-SGDĐT").
//!    So a Unicode heading over a TCVN3 body keeps its heading (E8).
//! 4. VIQR is plain ASCII, so it needs more: at least two syllables gained over the text and two
//!    shape marks or `dd` among the lines that gain (one "I'm" or "agree?" is not VIQR).

use super::convert;
use super::syllable::{count, is_vowel};
use super::tables::{is_viqr_mark, CP1252_80};
use super::Legacy;

/// The candidates, in the order that breaks ties.
pub const CANDIDATES: [Legacy; 5] = [
    Legacy::DoubleUtf8,
    Legacy::Tcvn3,
    Legacy::Vni,
    Legacy::Cp1258,
    Legacy::Viqr,
];

/// Latin-1 letters of U+00C0–U+00FF that Vietnamese uses (bit n is U+00C0 + n).
const VIET_LATIN1: u64 = latin1_mask("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý");

const fn latin1_mask(letters: &str) -> u64 {
    let b = letters.as_bytes();
    let mut mask = 0u64;
    let mut i = 0;
    while i + 1 < b.len() {
        // Each letter is C3 xx in UTF-8.
        mask |= 1 << (b[i + 1] & 0x3F);
        i += 2;
    }
    mask
}

fn viet_latin1(c: char) -> bool {
    matches!(c as u32, 0xC0..=0xFF) && VIET_LATIN1 & (1 << (c as u32 - 0xC0)) != 0
}

/// A character that Vietnamese Unicode text does not hold but legacy text does: U+0080–U+00FF
/// but the no-break space and the Vietnamese letters.
pub fn is_tell(c: char) -> bool {
    matches!(c as u32, 0x80..=0xFF) && c != '\u{A0}' && !viet_latin1(c)
}

/// The quick look of step 1: one pass over the bytes.
pub fn may_be_legacy(text: &str) -> bool {
    let b = text.as_bytes();
    let mut prev_vowel = false;
    let mut prev_letter = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            match c {
                b'`' | b'^' | b'(' | b'+' | b'~' if prev_vowel => return true,
                b'd' | b'D'
                    if (c == b'D' || !prev_letter) && matches!(b.get(i + 1), Some(b'd' | b'D')) =>
                {
                    return true
                }
                _ => {}
            }
            prev_vowel = matches!(c | 0x20, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
            prev_letter = c.is_ascii_alphabetic();
            i += 1;
            continue;
        }
        match (c, b.get(i + 1)) {
            (0xC2, Some(&n)) if n != 0xA0 => return true,
            (0xC3, Some(&n)) => {
                let ch = 0xC0 + u32::from(n & 0x3F);
                if VIET_LATIN1 & (1 << (ch - 0xC0)) == 0 {
                    return true;
                }
                // A 1258 tone after a vowel: "caìc", "vaÌ", "duòc".
                if prev_vowel && matches!(ch, 0xCC | 0xEC | 0xD2 | 0xF2) {
                    return true;
                }
                prev_vowel = true;
                prev_letter = true;
                i += 2;
                continue;
            }
            _ => {}
        }
        // Any other character: skip its bytes.
        let len = match c {
            0xE0..=0xEF => 3,
            0xF0..=0xFF => 4,
            _ => 2,
        };
        prev_vowel = false;
        prev_letter = true;
        i += len;
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
        (v, '`' | '^' | '(' | '+' | '~') => v.is_ascii() && is_vowel(v),
        ('D', 'D' | 'd') => true,
        ('d', 'd' | 'D') => i == 0 || !chars[i - 1].is_alphabetic(),
        ('\\', m) => is_viqr_mark(m),
        _ => false,
    };
    chars.windows(2).enumerate().filter(|&x| tell(x)).count()
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
}

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
    let before = count(line);
    let latin_tell = line.chars().any(is_tell);
    for (k, &enc) in CANDIDATES.iter().enumerate() {
        if enc != Legacy::Viqr && !line.chars().any(|c| (c as u32) >= 0x80) {
            continue;
        }
        scratch.clear();
        decode(enc, line, scratch);
        if scratch != line {
            s.gain[k] = Some(count(scratch) - before);
            s.tell[k] = if enc == Legacy::Viqr {
                s.viqr_tells = viqr_tells(line);
                s.viqr_tells > 0
            } else {
                latin_tell
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
    for s in scores {
        for k in 0..CANDIDATES.len() {
            totals[k] += s.gain[k].unwrap_or(0).max(0);
        }
        if s.gain[viqr].unwrap_or(0) > 0 {
            viqr_tells += s.viqr_tells;
        }
    }
    let viqr_ok = totals[viqr] >= 2 && viqr_tells >= 2;
    let allowed = |k: usize| k != viqr || viqr_ok;
    let dominant = (0..CANDIDATES.len())
        .filter(|&k| allowed(k) && totals[k] > 0)
        .fold(None, |best: Option<usize>, k| match best {
            Some(b) if totals[b] >= totals[k] => Some(b),
            _ => Some(k),
        });
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
