//! Conversion: one function per legacy encoding, each turning one line into Unicode (NFC for
//! the letters it makes) and appending it to `out`. Characters an encoding gives no meaning to
//! are copied as they are, so a decoder never loses text and never panics.
//!
//! TCVN3 cannot write a capital letter with a tone (no code for Ấ, Ủ, Ý …): typists used the
//! small letter's code, so `tcvn3` restores capitals from the context, in this order:
//! 1. in a word whose other letters are capitals, or whose one capital is not its first letter
//!    ("TH¤NG B¸O", "ñY"), the toned letters are capitals ("THÔNG BÁO", "ỦY");
//! 2. a word with one capital at its start and only toned letters after it ("Së", "VÒ") or with
//!    only toned letters ("ý") is in capitals when of the nearest telling words around it on the
//!    line one is in capitals and none in small letters ("Së GI¸O" → "SỞ GIÁO",
//!    "VÒ ý KIÕN" → "VỀ Ý KIẾN", but "Së GD&§T Hµ Néi" → "Sở GD&ĐT Hà Nội"); a telling word is one
//!    with a toned letter, or a syllable in capitals that is not part of a code ("GD", "UBND"
//!    and the "HU" of "Sè 312-TB/HU" tell nothing);
//! 3. otherwise a toned first letter is a capital at the start of a sentence: nothing but
//!    numbering before it on the line, or after ". ", "! ", "? ", "… " ("¶nh:" → "Ảnh:"), and
//!    in a label opening a bracket or quotation ("(¶nh: H.T)" → "(Ảnh: H.T)");
//! 4. and in the names of bodies that official style capitalises, `TITLE_WORDS` ("ñy ban" →
//!    "Ủy ban", "ñy viªn" → "Ủy viên"), unless a capitalised word runs into it ("Huyện ủy viên").
//!
//! Anything else stays small: "vị trí ¸ qu©n" reads "á quân" even if the author meant "Á quân".

use super::syllable::{is_common, is_syllable, split, toned};
use super::tables::{
    cp1252_byte, is_tell, is_viqr_mark, tcvn3 as tcvn3_letter, utf8_len, CP1258_LETTERS,
    CP1258_TONES, VIQR_MODIFIERS, VIQR_TONES, VNI_BREVE, VNI_CIRCUMFLEX, VNI_LETTERS, VNI_TONES,
};

/// Words TCVN3 writes with a small toned first letter that official style capitalises when
/// followed by one of the given words: the bodies and titles "Ủy ban …" and "Ủy viên …".
pub const TITLE_WORDS: [(&str, &[&str]); 1] = [("ủy", &["ban", "viên"])];

/// One character of a TCVN3 line while its capitals are restored.
#[derive(Clone, Copy)]
struct Cell {
    c: char,
    /// The input character (kept if the code turns out to be a lone symbol).
    raw: char,
    /// Decoded from a toned code: TCVN3 does not say whether it is a capital.
    caseless: bool,
}

/// TCVN3 (ABC): one code per letter, capitals restored (see the module comment).
pub fn tcvn3(line: &str, out: &mut String) {
    let mut cells: Vec<Cell> = line
        .chars()
        .map(|raw| match tcvn3_letter(raw) {
            Some(c) => Cell {
                c,
                raw,
                caseless: split(c).1 != 0,
            },
            None => Cell {
                c: raw,
                raw,
                caseless: false,
            },
        })
        .collect();
    // A code standing alone between non-letters may be a symbol. On a line with other codes
    // that are symbols or letters Vietnamese does not use (so surely TCVN3) it is a letter if it
    // makes a syllable or is đ (the list label "®)" is "đ)"): "¸ qu©n" is "á quân", but
    // "Trang chñ » Tin tøc" has no lone "ằ". On a line without, it is a letter only if it is a
    // letter in Latin-1 too and makes a syllable: the word "ë" is "ở", but "Tin · Ảnh" has no
    // "ã" and "bá « , · go" (Unicode) no "ô".
    let lone = |cells: &[Cell], i: usize| {
        let letter_at = |j: Option<usize>| {
            j.and_then(|j| cells.get(j))
                .is_some_and(|x: &Cell| x.c.is_alphabetic())
        };
        !letter_at(i.checked_sub(1)) && !letter_at(Some(i + 1))
    };
    let coded = |x: &Cell| x.c != x.raw;
    let lone_codes: Vec<usize> = (0..cells.len())
        .filter(|&i| coded(&cells[i]) && lone(&cells, i))
        .collect();
    // Other codes that are no Vietnamese letter in Unicode ("bá « · go" is Unicode: its á
    // is no evidence that « is ô).
    let others = (0..cells.len()).any(|i| {
        coded(&cells[i]) && is_tell(cells[i].raw) && lone_codes.binary_search(&i).is_err()
    });
    for i in lone_codes {
        let cell = cells[i];
        let syllable = is_syllable(cell.c.encode_utf8(&mut [0; 4]));
        let letter = if others {
            syllable || matches!(cell.c, 'đ' | 'Đ')
        } else {
            syllable && cell.raw.is_alphabetic()
        };
        if !letter {
            cells[i] = Cell {
                c: cell.raw,
                raw: cell.raw,
                caseless: false,
            };
        }
    }
    restore_capitals(&mut cells);
    out.extend(cells.iter().map(|x| x.c));
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// Tells that the line is in capitals here.
    Caps,
    /// Tells that it is in ordinary writing here.
    Lower,
    /// Says nothing (acronyms, numbers).
    Silent,
    /// Decided by its neighbours (rule 2).
    Weak,
}

fn restore_capitals(cells: &mut [Cell]) {
    if !cells.iter().any(|x| x.caseless) {
        return;
    }
    // Words: runs of letters.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < cells.len() {
        if cells[i].c.is_alphabetic() {
            let start = i;
            while i < cells.len() && cells[i].c.is_alphabetic() {
                i += 1;
            }
            words.push((start, i));
        } else {
            i += 1;
        }
    }
    let joined = |i: Option<usize>| {
        i.and_then(|i| cells.get(i))
            .is_some_and(|x| x.c.is_alphanumeric() || matches!(x.c, '/' | '-' | '&' | '.' | '_'))
    };
    let shapes: Vec<Shape> = words
        .iter()
        .map(|&(s, e)| shape(&cells[s..e], joined(s.checked_sub(1)) || joined(Some(e))))
        .collect();
    // The nearest telling word before and after each word (two passes, so a line of many
    // words stays linear).
    let telling = |x: &Shape| matches!(x, Shape::Caps | Shape::Lower);
    let mut before = vec![None; shapes.len()];
    let mut last = None;
    for (k, x) in shapes.iter().enumerate() {
        before[k] = last;
        if telling(x) {
            last = Some(*x);
        }
    }
    let mut after = vec![None; shapes.len()];
    last = None;
    for (k, x) in shapes.iter().enumerate().rev() {
        after[k] = last;
        if telling(x) {
            last = Some(*x);
        }
    }
    let first_letter = words.first().map_or(0, |w| w.0);
    for (w, &(s, e)) in words.iter().enumerate() {
        let word = &cells[s..e];
        if !word.iter().any(|x| x.caseless) {
            continue;
        }
        let caps = match shapes[w] {
            Shape::Caps => true,
            Shape::Weak => {
                let (before, after) = (before[w], after[w]);
                (before == Some(Shape::Caps) || after == Some(Shape::Caps))
                    && before != Some(Shape::Lower)
                    && after != Some(Shape::Lower)
            }
            _ => false,
        };
        if caps {
            for x in &mut cells[s..e] {
                if x.caseless {
                    x.c = upper(x.c);
                }
            }
        } else if cells[s].caseless
            && (s == first_letter
                || sentence_start(cells, s)
                || bracketed_label(cells, s, e)
                || title_word(cells, &words, w))
        {
            cells[s].c = upper(cells[s].c);
        }
    }
}

/// The shape of a word; `code` if it is part of a code such as "312-TB/HU" or "GD&ĐT".
fn shape(word: &[Cell], code: bool) -> Shape {
    let cased = || word.iter().filter(|x| !x.caseless);
    let uppers = cased().filter(|x| x.c.is_uppercase()).count();
    let lowers = cased().filter(|x| x.c.is_lowercase()).count();
    let toned = word.iter().any(|x| x.caseless);
    if lowers > 0 {
        return Shape::Lower;
    }
    if toned {
        let first_upper = word
            .first()
            .is_some_and(|x| !x.caseless && x.c.is_uppercase());
        return if uppers >= 2 || (uppers == 1 && !first_upper) {
            Shape::Caps
        } else {
            Shape::Weak
        };
    }
    let text: String = word.iter().map(|x| x.c).collect();
    if uppers >= 2 && is_syllable(&text) && !code {
        Shape::Caps
    } else {
        Shape::Silent
    }
}

/// The capital of a small letter. Latin letters (Vietnamese among them) without Unicode's
/// general case tables, which would cost the web app ~8 KB gzipped: the inverse of the reader's
/// `fold_char` where that is exact (see the test). Other characters are left as they are.
pub(crate) fn upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let n = c as u32;
    let up = match n {
        0xE0..=0xFE if n != 0xF7 => n - 0x20,
        0xFF => 0x178,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => n & !1,
        0x13A..=0x148 | 0x17A..=0x17E if n % 2 == 0 => n - 1,
        0x1A1 | 0x1B0 => n - 1,
        _ => n,
    };
    char::from_u32(up).unwrap_or(c)
}

/// A letter's small form, by the reader's folding (no general case tables either).
pub(crate) fn lower(c: char) -> char {
    crate::notice::text::fold_char(c)
}

/// A sentence end and a space before `at` (the first word of a line is a start too, see the
/// caller).
fn sentence_start(cells: &[Cell], at: usize) -> bool {
    let before = &cells[..at];
    let trimmed = before
        .iter()
        .rposition(|x| !x.c.is_whitespace())
        .map_or(0, |p| p + 1);
    trimmed < at && trimmed > 0 && matches!(before[trimmed - 1].c, '.' | '!' | '?' | '…')
}

/// A label opening a bracket or quotation: "(¶nh: H.T)" is "(Ảnh: H.T)".
fn bracketed_label(cells: &[Cell], s: usize, e: usize) -> bool {
    s > 0
        && matches!(cells[s - 1].c, '(' | '[' | '“' | '"')
        && cells.get(e).is_some_and(|x| x.c == ':')
}

/// Rule 4: `TITLE_WORDS`.
fn title_word(cells: &[Cell], words: &[(usize, usize)], w: usize) -> bool {
    let text = |(s, e): (usize, usize)| -> String { cells[s..e].iter().map(|x| x.c).collect() };
    let spaces_only = |from: usize, to: usize| cells[from..to].iter().all(|x| x.c.is_whitespace());
    let this = text(words[w]);
    let Some((_, nexts)) = TITLE_WORDS.iter().find(|(t, _)| *t == this) else {
        return false;
    };
    let Some(&next) = words.get(w + 1) else {
        return false;
    };
    if !spaces_only(words[w].1, next.0) || !nexts.contains(&text(next).as_str()) {
        return false;
    }
    match w.checked_sub(1).map(|p| words[p]) {
        Some(prev) if spaces_only(prev.1, words[w].0) => !cells[prev.0].c.is_uppercase(),
        _ => true,
    }
}

/// VNI-Windows: a base letter followed by mark characters.
pub fn vni(line: &str, out: &mut String) {
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        let base = if matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
            c
        } else if let Some(&(_, letter)) = VNI_LETTERS.iter().find(|(code, _)| *code == c) {
            if !matches!(letter, 'ơ' | 'ư' | 'Ơ' | 'Ư') {
                out.push(letter);
                continue;
            }
            letter
        } else {
            out.push(c);
            continue;
        };
        let Some(&next) = chars.get(i) else {
            out.push(base);
            continue;
        };
        let lower = base.to_ascii_lowercase();
        let in_rows =
            |rows: &[&str; 2]| rows.iter().find_map(|r| r.chars().position(|x| x == next));
        let (letter, tone) = match (
            in_rows(&VNI_CIRCUMFLEX).filter(|_| matches!(lower, 'a' | 'e' | 'o')),
            in_rows(&VNI_BREVE).filter(|_| lower == 'a'),
            in_rows(&VNI_TONES),
        ) {
            (Some(t), _, _) => (modified(base, '^'), t),
            (None, Some(t), _) => (modified(base, '('), t),
            (None, None, Some(t)) => (Some(base), t + 1),
            _ => (None, 0),
        };
        match letter.and_then(|l| toned(l, tone)) {
            Some(l) => {
                out.push(l);
                i += 1;
            }
            None => out.push(base),
        }
    }
}

/// The vowel with a VIQR-style modifier: `('a', '^')` → `â`.
fn modified(vowel: char, mark: char) -> Option<char> {
    VIQR_MODIFIERS
        .iter()
        .find(|(m, v, _)| *m == mark && *v == vowel)
        .map(|(_, _, l)| *l)
}

/// Windows-1258 read as Windows-1252: a few letters differ, and tones are separate characters
/// after the vowel.
pub fn cp1258(line: &str, out: &mut String) {
    for c in line.chars() {
        if let Some(&(_, letter)) = CP1258_LETTERS.iter().find(|(code, _)| *code == c) {
            out.push(letter);
            continue;
        }
        if let Some(t) = CP1258_TONES.chars().position(|x| x == c) {
            if let Some(prev) = out.chars().next_back() {
                let (base, tone) = split(prev);
                if tone == 0 {
                    if let Some(l) = toned(base, t + 1) {
                        out.pop();
                        out.push(l);
                        continue;
                    }
                }
            }
        }
        out.push(c);
    }
}

/// UTF-8 read as Windows-1252: the characters back to bytes, the bytes read as UTF-8. What is
/// not valid UTF-8 stays as it was, but for the common losses on the way: "Ã" before a space
/// whose no-break space (0xA0) became a plain one is à; a sequence short of its last byte lost
/// one of the five bytes 1252 leaves undefined (some programs drop them), and gets the one that
/// makes its word a syllable, a common one first ("BÃO" is BÁO, "vá»" is về); failing that an
/// "Ä" is Đ (0xC4 0x90).
pub fn double_utf8(line: &str, out: &mut String) {
    let chars: Vec<char> = line.chars().collect();
    decode_double(&chars, out, true);
}

/// The bytes Windows-1252 leaves undefined.
const UNDEFINED_1252: [u8; 5] = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

fn decode_double(chars: &[char], out: &mut String, guess: bool) {
    let byte = |j: usize| chars.get(j).and_then(|&c| cp1252_byte(c));
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let lead = byte(i).unwrap_or(0);
        let len = utf8_len(lead);
        if len == 0 {
            out.push(c);
            i += 1;
            continue;
        }
        let mut buf = [lead, 0, 0, 0];
        let mut have = 1;
        while have < len {
            match byte(i + have) {
                Some(b @ 0x80..=0xBF) => {
                    buf[have] = b;
                    have += 1;
                }
                _ => break,
            }
        }
        if have == len {
            if let Ok(s) = std::str::from_utf8(&buf[..len]) {
                out.push_str(s);
                i += len;
                continue;
            }
        }
        if lead == 0xC3 && have == 1 && chars.get(i + 1) == Some(&' ') {
            out.push('à');
            // Two spaces: the first was the no-break space; one space: it was the no-break
            // space if the letters around make one syllable with à ("vÃ o" is vào).
            let tail: String = chars[i + 2..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            let joined = !tail.is_empty() && is_syllable(&format!("{}{tail}", word_end(out)));
            i += if chars.get(i + 2) == Some(&' ') || joined {
                2
            } else {
                1
            };
            continue;
        }
        if guess && have + 1 == len {
            if let Some(letter) = guess_dropped(&buf[..have], out, &chars[i + have..]) {
                out.push(letter);
                i += have;
                continue;
            }
        }
        if lead == 0xC4 && have == 1 {
            out.push('Đ');
        } else {
            out.push(c);
        }
        i += 1;
    }
}

/// The letters at the end of `out`.
fn word_end(out: &str) -> &str {
    let start = out
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(out.len(), |(k, _)| k);
    &out[start..]
}

/// The letter a sequence short of its last byte was, if one of the undefined bytes completes it
/// into a syllable with the letters around it (`rest` is still double-encoded).
fn guess_dropped(prefix: &[u8], out: &str, rest: &[char]) -> Option<char> {
    let head = word_end(out);
    let word: Vec<char> = rest
        .iter()
        .take_while(|c| !c.is_whitespace())
        .take(16)
        .copied()
        .collect();
    let mut tail = String::new();
    decode_double(&word, &mut tail, false);
    let tail: String = tail.chars().take_while(|c| c.is_alphabetic()).collect();
    let mut best: Option<(u8, char)> = None;
    for b in UNDEFINED_1252 {
        let mut buf = [0u8; 4];
        buf[..prefix.len()].copy_from_slice(prefix);
        buf[prefix.len()] = b;
        let Some(letter) = std::str::from_utf8(&buf[..=prefix.len()])
            .ok()
            .and_then(|s| s.chars().next())
        else {
            continue;
        };
        let candidate = format!("{head}{letter}{tail}");
        let score = match (is_syllable(&candidate), is_common(&candidate)) {
            (true, true) => 2,
            (true, false) => 1,
            _ => 0,
        };
        if score > best.map_or(0, |(s, _)| s) {
            best = Some((score, letter));
        }
    }
    best.map(|(_, letter)| letter)
}

/// Whether a token is a web or mail address, which VIQR leaves alone ("moet.edu.vn" has no ụ).
pub fn is_address(token: &str) -> bool {
    token.contains("://") || token.contains("www.") || token.contains('@')
}

/// VIQR (RFC 1456): marks typed after the vowel, `dd` for đ, a backslash to keep a mark plain.
/// Addresses (see `is_address`) are copied as they are. `dd` in small letters counts only at the
/// start of a word ("add" stays), `DD` anywhere ("HDDND" is HĐND).
pub fn viqr(line: &str, out: &mut String) {
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if i == 0 || chars[i - 1].is_whitespace() {
            let end = chars[i..]
                .iter()
                .position(|x| x.is_whitespace())
                .map_or(chars.len(), |p| i + p);
            let token: String = chars[i..end].iter().collect();
            if is_address(&token) {
                out.push_str(&token);
                i = end;
                continue;
            }
        }
        let next = chars.get(i + 1).copied();
        if c == '\\' {
            match next {
                // A plain mark or backslash.
                Some(n) if is_viqr_mark(n) || n == '\\' => {
                    out.push(n);
                    i += 2;
                }
                // A break between two d's: "d\d" is "dd", "D\DD" is "DĐ".
                Some('d' | 'D') => i += 1,
                _ => {
                    out.push(c);
                    i += 1;
                }
            }
            continue;
        }
        if matches!(c, 'd' | 'D')
            && matches!(next, Some('d' | 'D'))
            && (c == 'D' || i == 0 || !chars[i - 1].is_alphabetic())
        {
            out.push(if c == 'D' { 'Đ' } else { 'đ' });
            i += 2;
            continue;
        }
        i += 1;
        if !matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
            out.push(c);
            continue;
        }
        let mut letter = c;
        if let Some(m) = chars.get(i).and_then(|&m| modified(c, m)) {
            letter = m;
            i += 1;
        }
        if let Some(t) = chars
            .get(i)
            .and_then(|&m| VIQR_TONES.chars().position(|x| x == m))
        {
            if let Some(l) = toned(letter, t + 1) {
                letter = l;
                i += 1;
            }
        }
        out.push(letter);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_and_lower_are_unicodes_for_latin_letters() {
        let latin = (0x20..0x7F)
            .chain(0xC0..=0x17F)
            .chain([0x1A0, 0x1A1, 0x1AF, 0x1B0])
            .chain(0x1E00..=0x1E95)
            .chain(0x1EA0..=0x1EFF)
            .filter_map(char::from_u32)
            // Letters whose case Unicode maps outside these blocks, or to two letters.
            .filter(|c| !matches!(c, 'ß' | 'ı' | 'İ' | 'ĸ' | 'ŉ' | 'ſ'));
        for c in latin {
            let mut up = c.to_uppercase();
            if let (Some(u), None) = (up.next(), up.next()) {
                assert_eq!(upper(c), u, "{c} U+{:04X}", c as u32);
            }
            let mut low = c.to_lowercase();
            if let (Some(l), None) = (low.next(), low.next()) {
                assert_eq!(lower(c), l, "{c} U+{:04X}", c as u32);
            }
        }
    }

    fn run(f: fn(&str, &mut String), s: &str) -> String {
        let mut out = String::new();
        f(s, &mut out);
        out
    }

    #[test]
    fn tcvn3_words() {
        assert_eq!(
            run(tcvn3, "c¸c vµ ®\u{AD}îc Phßng GD&§T"),
            "các và được Phòng GD&ĐT"
        );
        assert_eq!(run(tcvn3, "TH¤NG B¸O"), "THÔNG BÁO");
        assert_eq!(
            run(tcvn3, "Së GI¸O DôC Vµ §µO T¹O"),
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
        );
        assert_eq!(run(tcvn3, "VÒ ý KIÕN CñA"), "VỀ Ý KIẾN CỦA");
        assert_eq!(run(tcvn3, "Së GD&§T Hµ Néi"), "Sở GD&ĐT Hà Nội");
        assert_eq!(run(tcvn3, "Sè 312-TB/HU"), "Số 312-TB/HU");
        assert_eq!(run(tcvn3, "¶nh: Thanh Xu©n"), "Ảnh: Thanh Xuân");
        assert_eq!(run(tcvn3, "xong. ¶nh: N.H"), "xong. Ảnh: N.H");
        assert_eq!(run(tcvn3, "kÕt luËn (¶nh: H.T)"), "kết luận (Ảnh: H.T)");
        assert_eq!(
            run(tcvn3, "kÕt luËn (¶nh minh häa)"),
            "kết luận (ảnh minh họa)"
        );
        assert_eq!(run(tcvn3, "2.5. ñy ban MTTQ"), "2.5. Ủy ban MTTQ");
        assert_eq!(
            run(tcvn3, "tham m\u{AD}u ñy ban nh©n d©n"),
            "tham mưu Ủy ban nhân dân"
        );
        assert_eq!(
            run(tcvn3, "Th\u{AD}êng vô HuyÖn ñy ban hµnh"),
            "Thường vụ Huyện ủy ban hành"
        );
        assert_eq!(run(tcvn3, "Trang chñ » Tin tøc"), "Trang chủ » Tin tức");
        assert_eq!(run(tcvn3, "Tin tuc · ë"), "Tin tuc · ở");
        assert_eq!(run(tcvn3, "®) Ch¨m lo"), "đ) Chăm lo");
        assert_eq!(run(tcvn3, "vÞ trÝ ¸ qu©n"), "vị trí á quân");
    }

    #[test]
    fn vni_words() {
        assert_eq!(
            run(vni, "caùc vaø ñöôïc Phoøng GD&ÑT naêm hoïc"),
            "các và được Phòng GD&ĐT năm học"
        );
        assert_eq!(
            run(vni, "THOÂNG BAÙO ÑAÏI HOÏC nghò kyõ"),
            "THÔNG BÁO ĐẠI HỌC nghị kỹ"
        );
        assert_eq!(run(vni, "tröôøng AÉT"), "trường ẮT");
    }

    #[test]
    fn cp1258_words() {
        assert_eq!(
            run(cp1258, "SõÒ Giaìo duòc vaÌ ÐaÌo taòo ðêÌ nghiò"),
            "Sở Giáo dục và Đào tạo đề nghị"
        );
    }

    #[test]
    fn long_lines_convert_whole() {
        // 300 000 words that all wait for their neighbours, and VIQR, VNI, 1258 and double UTF-8
        // lines of the same size, each converted whole. (How long that takes, and that it grows
        // linearly with the line, is shown by `cargo bench --bench convert`, not asserted here:
        // a quadratic converter would keep this test from ever finishing.)
        let line = "ë ".repeat(300_000);
        let out = run(tcvn3, &line);
        assert!(out.starts_with("Ở ở ở"));
        assert_eq!(
            out.chars().filter(|c| matches!(c, 'ở' | 'Ở')).count(),
            300_000
        );
        assert_eq!(out.len(), line.len() + 300_000);
        for f in [vni, viqr, cp1258, double_utf8] {
            let line = "a` Ã  aø ".repeat(100_000);
            let out = run(f, &line);
            assert!(out.len() >= line.len() / 2, "{}", out.len());
        }
    }

    #[test]
    fn double_utf8_words() {
        assert_eq!(run(double_utf8, "ThÃ´ng bÃ¡o Sá»Ÿ"), "Thông báo Sở");
        assert_eq!(run(double_utf8, "Ä\u{90}Ã\u{A0}o Ä‘Æ°á»£c"), "Đào được");
        assert_eq!(run(double_utf8, "Ä\u{90}Ã o nÃ y"), "Đào này");
        assert_eq!(run(double_utf8, "Äi vÃ  Ä‘Ã£"), "Đi và đã");
        assert_eq!(run(double_utf8, "vÃ Ä‘Ã£"), "và đã");
        assert_eq!(run(double_utf8, "plain é ư"), "plain é ư");
        // The undefined bytes were dropped: Á (C3 81), Đ (C4 90), ề (E1 BB 81), ờ (E1 BB 9D).
        assert_eq!(
            run(double_utf8, "THÃ”NG BÃO vá» giá» GD&ÄT"),
            "THÔNG BÁO về giờ GD&ĐT"
        );
    }

    #[test]
    fn viqr_words() {
        assert_eq!(
            run(viqr, "So+? Gia'o du.c va` DDa`o ta.o dde^` nghi. tru+o+`ng"),
            "Sở Giáo dục và Đào tạo đề nghị trường"
        );
        assert_eq!(run(viqr, "SGD\\DDT HDDND add"), "SGDĐT HĐND add");
        assert_eq!(
            run(viqr, "Ha` No^.i\\. moet.edu.vn@x"),
            "Hà Nội. moet.edu.vn@x"
        );
    }
}
