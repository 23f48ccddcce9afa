//! Vietnamese letters and their tones, for composing text that arrives decomposed (a base letter
//! followed by combining marks, as PDF viewers and macOS often copy it) into the precomposed
//! letters everything else expects — what Unicode NFC does, for the letters of Vietnamese,
//! without the megabyte-scale general tables in the web app.
//!
//! Each row is one vowel (with its modifier: breve, circumflex or horn) under the six tones, in
//! the order of `TONE_MARKS` after the bare letter: ngang, huyền, sắc, hỏi, ngã, nặng.

/// Rows of (vowel, then the vowel with each tone), small and capital.
pub const VOWELS: [&str; 24] = [
    "aàáảãạ",
    "ăằắẳẵặ",
    "âầấẩẫậ",
    "eèéẻẽẹ",
    "êềếểễệ",
    "iìíỉĩị",
    "oòóỏõọ",
    "ôồốổỗộ",
    "ơờớởỡợ",
    "uùúủũụ",
    "ưừứửữự",
    "yỳýỷỹỵ",
    "AÀÁẢÃẠ",
    "ĂẰẮẲẴẶ",
    "ÂẦẤẨẪẬ",
    "EÈÉẺẼẸ",
    "ÊỀẾỂỄỆ",
    "IÌÍỈĨỊ",
    "OÒÓỎÕỌ",
    "ÔỒỐỔỖỘ",
    "ƠỜỚỞỠỢ",
    "UÙÚỦŨỤ",
    "ƯỪỨỬỮỰ",
    "YỲÝỶỸỴ",
];

/// Combining marks of the tones, in the order of the rows: grave (huyền), acute (sắc),
/// hook above (hỏi), tilde (ngã), dot below (nặng).
pub const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

/// Combining marks that change a vowel: (mark, bare vowel, vowel it becomes).
pub const MODIFIERS: [(char, char, char); 12] = [
    ('\u{306}', 'a', 'ă'),
    ('\u{302}', 'a', 'â'),
    ('\u{302}', 'e', 'ê'),
    ('\u{302}', 'o', 'ô'),
    ('\u{31B}', 'o', 'ơ'),
    ('\u{31B}', 'u', 'ư'),
    ('\u{306}', 'A', 'Ă'),
    ('\u{302}', 'A', 'Â'),
    ('\u{302}', 'E', 'Ê'),
    ('\u{302}', 'O', 'Ô'),
    ('\u{31B}', 'O', 'Ơ'),
    ('\u{31B}', 'U', 'Ư'),
];
