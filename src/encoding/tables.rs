//! The legacy encodings as data: which character of an old Vietnamese font or code page stands
//! for which letter. Everything here is a small constant table (about 0.5 KB in all) that a
//! reader of Vietnamese can check by eye; the code that walks the text is in `convert`.
//!
//! Text in these encodings reaches us already decoded as Windows-1252 (or Latin-1), because that
//! is what Windows and the browser assumed: the byte 0xB8 of a TCVN3 document arrives as the
//! character U+00B8 `¸`. So the tables map *characters* of U+00A1–U+00FF (and, for the double
//! encoding, the Windows-1252 punctuation of 0x80–0x9F) to the letters they stand for.
//!
//! Tones are numbered as in `lexicon::letters::VOWELS`: 0 ngang (none), 1 huyền, 2 sắc, 3 hỏi,
//! 4 ngã, 5 nặng.

/// TCVN3 (TCVN 5712:1993 VN3, the ABC encoding of the .VnTime fonts): the letter each code from
/// 0xA1 to 0xFF stands for; `'\0'` marks a code VN3 leaves unused (it keeps its Latin-1 meaning).
///
/// Only the lower-case toned letters have codes: the capitals Ă Â Ê Ô Ơ Ư Đ exist (0xA1–0xA7),
/// capitals with a tone do not (see `convert` for how they are restored). Note 0xAD `ư`: in
/// Windows it is the invisible soft hyphen, so "tr\u{AD}êng" shows as "trêng".
#[rustfmt::skip]
pub const TCVN3: [char; 95] = [
    //    x1   x2   x3   x4   x5   x6   x7   x8   x9   xA   xB   xC   xD   xE   xF
    /*A*/ 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', '\0',
    //x0  x1   x2   x3   x4   x5   x6   x7   x8   x9   xA   xB   xC   xD   xE   xF
 '\0', '\0','\0','\0','\0', 'à', 'ả', 'ã', 'á', 'ạ','\0', 'ằ', 'ẳ', 'ẵ', 'ắ','\0', // B
 '\0', '\0','\0','\0','\0','\0', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è','\0', 'ẻ', 'ẽ', // C
  'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ','\0','\0','\0', 'ĩ', 'í', 'ị', 'ò', // D
 '\0', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù', // E
 '\0', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ','\0', // F
];

/// The letter a TCVN3 code (as the Latin-1 character it arrives as) stands for.
pub fn tcvn3(c: char) -> Option<char> {
    let i = (c as u32).checked_sub(0xA1)? as usize;
    TCVN3.get(i).copied().filter(|&l| l != '\0')
}

/// VNI-Windows tone marks, typed after the vowel, by tone (huyền, sắc, hỏi, ngã, nặng): small and
/// capital forms. `caùc` = các, `CAÙC` = CÁC.
pub const VNI_TONES: [&str; 2] = ["øùûõï", "ØÙÛÕÏ"];

/// VNI-Windows circumflex (after a, e, o), alone then with each tone: `keát` = kết, `oâ` = ô.
pub const VNI_CIRCUMFLEX: [&str; 2] = ["âàáåãä", "ÂÀÁÅÃÄ"];

/// VNI-Windows breve (after a only), alone then with each tone: `naêm` = năm, `aét` = ắt.
pub const VNI_BREVE: [&str; 2] = ["êèéúüë", "ÊÈÉÚÜË"];

/// VNI-Windows characters that are whole letters on their own: (code, letter).
/// `ô ö` are ơ ư (their tone follows: `tröôøng` = trường), `ñ` is đ, and i and y with a tone
/// have glyphs of their own (`nghò` = nghị, `î` = ỵ).
#[rustfmt::skip]
pub const VNI_LETTERS: [(char, char); 18] = [
    ('ô', 'ơ'), ('ö', 'ư'), ('ñ', 'đ'), ('Ô', 'Ơ'), ('Ö', 'Ư'), ('Ñ', 'Đ'),
    ('ì', 'ì'), ('í', 'í'), ('æ', 'ỉ'), ('ó', 'ĩ'), ('ò', 'ị'), ('î', 'ỵ'),
    ('Ì', 'Ì'), ('Í', 'Í'), ('Æ', 'Ỉ'), ('Ó', 'Ĩ'), ('Ò', 'Ị'), ('Î', 'Ỵ'),
];

/// Windows-1258 read as Windows-1252: the characters whose byte means another letter in 1258.
/// (All other bytes of 0xC0–0xFF are the same letter in both.)
#[rustfmt::skip]
pub const CP1258_LETTERS: [(char, char); 9] = [
    ('Ã', 'Ă'), ('ã', 'ă'), ('Õ', 'Ơ'), ('õ', 'ơ'), ('Ý', 'Ư'), ('ý', 'ư'), ('Ð', 'Đ'), ('ð', 'đ'),
    ('þ', '₫'),
];

/// Windows-1258 tones are separate combining bytes after the vowel; read as Windows-1252 they
/// show as these characters, by tone (huyền, sắc, hỏi, ngã, nặng): `caìc` = các, `vaÌ` = và.
pub const CP1258_TONES: &str = "ÌìÒÞò";

/// Windows-1252 0x80–0x9F: the character each byte is read as. The five bytes 1252 leaves
/// undefined are read as the C1 control of the same number (as browsers and Windows do).
#[rustfmt::skip]
pub const CP1252_80: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// How many bytes a UTF-8 sequence that starts with `lead` has; 0 when `lead` starts none.
pub fn utf8_len(lead: u8) -> usize {
    match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => 0,
    }
}

/// The byte a character read as Windows-1252 came from, if it can come from one.
pub fn cp1252_byte(c: char) -> Option<u8> {
    match c as u32 {
        0..=0x7F | 0xA0..=0xFF => Some(c as u8),
        0x80..=0x9F => Some(c as u8),
        _ => CP1252_80
            .iter()
            .position(|&x| x == c)
            .map(|i| 0x80 + i as u8),
    }
}

/// VIQR (RFC 1456): the marks typed after a vowel. Modifiers: (mark, vowel, letter).
#[rustfmt::skip]
pub const VIQR_MODIFIERS: [(char, char, char); 12] = [
    ('(', 'a', 'ă'), ('^', 'a', 'â'), ('^', 'e', 'ê'), ('^', 'o', 'ô'), ('+', 'o', 'ơ'), ('+', 'u', 'ư'),
    ('(', 'A', 'Ă'), ('^', 'A', 'Â'), ('^', 'E', 'Ê'), ('^', 'O', 'Ô'), ('+', 'O', 'Ơ'), ('+', 'U', 'Ư'),
];

/// VIQR tone marks by tone (huyền, sắc, hỏi, ngã, nặng); `dd`/`DD` is đ/Đ, and a backslash
/// before a mark keeps it a plain character (`a\.` is "a.").
pub const VIQR_TONES: &str = "`'?~.";

/// Every character a VIQR text may use as a mark.
pub fn is_viqr_mark(c: char) -> bool {
    matches!(c, '(' | '^' | '+') || VIQR_TONES.contains(c)
}

/// Latin-1 letters of U+00C0–U+00FF that Vietnamese uses (bit n is U+00C0 + n).
pub const VIET_LATIN1: u64 = latin1_mask("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý");

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::letters::VOWELS;

    #[test]
    fn tcvn3_has_every_small_toned_letter_once() {
        for row in &VOWELS[..12] {
            for letter in row.chars().skip(1) {
                let codes = TCVN3.iter().filter(|&&l| l == letter).count();
                assert_eq!(codes, 1, "{letter}");
            }
        }
        for letter in "ăâêôơưđĂÂÊÔƠƯĐ".chars() {
            assert_eq!(TCVN3.iter().filter(|&&l| l == letter).count(), 1);
        }
        // The README's examples: c¸c vµ ®­îc §µo.
        assert_eq!(tcvn3('¸'), Some('á'));
        assert_eq!(tcvn3('µ'), Some('à'));
        assert_eq!(tcvn3('\u{AD}'), Some('ư'));
        assert_eq!(tcvn3('î'), Some('ợ'));
        assert_eq!(tcvn3('§'), Some('Đ'));
        assert_eq!(tcvn3('a'), None);
        assert_eq!(tcvn3('\u{A0}'), None);
    }

    #[test]
    fn cp1252_bytes_round_trip() {
        for b in 0..=255u8 {
            let c = if (0x80..0xA0).contains(&b) {
                CP1252_80[usize::from(b - 0x80)]
            } else {
                char::from(b)
            };
            assert_eq!(cp1252_byte(c), Some(b));
        }
        assert_eq!(cp1252_byte('ư'), None);
    }
}
