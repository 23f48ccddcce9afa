//! What a valid Vietnamese syllable looks like, the yardstick of detection: a reading of a line
//! that gives more real syllables is the better reading. Also the letter arithmetic the decoders
//! share (a vowel's tone, a vowel with a tone), over the rows of `lexicon::letters::VOWELS`.
//!
//! A syllable is an optional initial consonant, a rhyme (vowels and an optional final) and at
//! most one tone; the stop finals c, ch, p, t take only sắc or nặng. The check is a little
//! permissive (it does not enforce c/k/q or g/gh spelling), which is enough to tell "các" from
//! "c¸c", "caùc" or "ca'c". Its data are the short lists below (about 0.4 KB).

use crate::lexicon::letters::VOWELS;

/// Initial consonants, longest first so that "ngh" is tried before "ng" and "n".
const INITIALS: [&str; 27] = [
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

/// Rhymes without a final consonant.
const OPEN: [&str; 45] = [
    "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo",
    "êu", "ia", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu", "ua", "ưa", "iêu", "yêu", "uôi", "ươi",
    "ươu", "oa", "oe", "uê", "uy", "oai", "oay", "oao", "oeo", "uây", "uya", "uyu", "uơ",
];

/// Vowel nuclei before a final, with the finals each takes.
const CLOSED: [(&str, &str); 23] = [
    ("a", "c ch m n ng nh p t"),
    ("ă", "c m n ng p t"),
    ("â", "c m n ng p t"),
    ("e", "c m n ng p t"),
    ("ê", "ch m n nh p t"),
    ("i", "ch m n nh p t"),
    ("o", "c m n ng p t"),
    ("ô", "c m n ng p t"),
    ("ơ", "m n p t"),
    ("u", "c m n ng p t"),
    ("ư", "c m n ng t"),
    ("iê", "c m n ng p t"),
    ("yê", "m n t"),
    ("uô", "c m n ng t"),
    ("ươ", "c m n ng p t"),
    ("oa", "c ch m n ng nh p t"),
    ("oă", "c m n ng t"),
    ("oe", "m n t"),
    ("oo", "c ng"),
    ("uâ", "n ng t"),
    ("uê", "ch n nh"),
    ("uy", "ch n nh t"),
    ("uyê", "n t"),
];

/// A letter's tone and the letter without it: `('ộ')` → `('ô', 5)`; other characters `(c, 0)`.
pub fn split(c: char) -> (char, usize) {
    if c.is_ascii() {
        return (c, 0);
    }
    for row in VOWELS {
        if let Some(tone) = row.chars().position(|x| x == c) {
            return (row.chars().next().unwrap_or(c), tone);
        }
    }
    (c, 0)
}

/// A vowel (bare or with its modifier: a ă â e ê …) with a tone; None if it is not a vowel.
pub fn toned(vowel: char, tone: usize) -> Option<char> {
    VOWELS
        .iter()
        .find(|row| row.starts_with(vowel))
        .and_then(|row| row.chars().nth(tone))
}

/// Whether a vowel letter (any tone, either case, with or without modifier).
pub fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
        || (!c.is_ascii() && VOWELS.iter().any(|row| row.contains(c)))
}

/// Whether `word` (letters only) is one Vietnamese syllable, written in small letters, capitals,
/// or with a capital first letter.
pub fn is_syllable(word: &str) -> bool {
    if word.is_empty() || word.len() > 24 || !case_shape_ok(word) {
        return false;
    }
    let mut bare = String::with_capacity(word.len());
    let mut tone = 0;
    for c in word.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let (b, t) = split(lower);
        if t != 0 {
            if tone != 0 {
                return false;
            }
            tone = t;
        }
        bare.push(b);
    }
    INITIALS
        .iter()
        .filter_map(|i| bare.strip_prefix(i))
        .chain(std::iter::once(bare.as_str()))
        .any(|rhyme| rhyme_ok(rhyme, tone))
        // "gì", "gỉ": the i of gi is the whole rhyme.
        || (bare == "gi")
}

fn case_shape_ok(word: &str) -> bool {
    let mut chars = word.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let rest: Vec<bool> = chars.map(char::is_uppercase).collect();
    rest.iter().all(|&u| !u) || (first_upper && rest.iter().all(|&u| u))
}

fn rhyme_ok(rhyme: &str, tone: usize) -> bool {
    if rhyme.is_empty() {
        return false;
    }
    if OPEN.contains(&rhyme) {
        return true;
    }
    CLOSED.iter().any(|(nucleus, finals)| {
        rhyme.strip_prefix(nucleus).is_some_and(|f| {
            finals.split(' ').any(|x| x == f)
                // The stop finals take only sắc (2) or nặng (5).
                && (!matches!(f, "c" | "ch" | "p" | "t") || tone == 2 || tone == 5)
        })
    })
}

/// How many whitespace-separated tokens of `line` are Vietnamese syllables (punctuation at either
/// end of a token is not part of it: "các," counts).
pub fn count(line: &str) -> i32 {
    line.split(char::is_whitespace)
        .map(|t| t.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|t| t.chars().all(char::is_alphabetic) && is_syllable(t))
        .count() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables() {
        for w in [
            "các",
            "và",
            "được",
            "Trường",
            "THÔNG",
            "nghị",
            "giữa",
            "gì",
            "quyết",
            "khuyến",
            "yêu",
            "oanh",
            "xoong",
            "Ủy",
            "người",
            "tuần",
            "huỳnh",
            "ở",
            "ý",
            "năm",
            "học",
            "kết",
        ] {
            assert!(is_syllable(w), "{w}");
        }
        for w in [
            "c¸c", "caùc", "ca", "kõt", "vÒ", "THCS", "agree", "Sá»Ÿ", "ThÃ´ng", "năn'", "ằ", "áá",
        ] {
            // "ca" is a syllable; the rest are not.
            assert_eq!(is_syllable(w), w == "ca", "{w}");
        }
    }

    #[test]
    fn counting_ignores_punctuation_around_words() {
        assert_eq!(count("Sở Giáo dục, và (Đào) tạo."), 6);
        assert_eq!(count("c¸c tr\u{AD}êng"), 0);
        assert_eq!(count("12/TB-SGDĐT"), 0);
    }

    #[test]
    fn letters() {
        assert_eq!(split('ộ'), ('ô', 5));
        assert_eq!(split('Ấ'), ('Â', 2));
        assert_eq!(split('x'), ('x', 0));
        assert_eq!(toned('ơ', 3), Some('ở'));
        assert_eq!(toned('x', 3), None);
        assert!(is_vowel('ư') && is_vowel('Y') && !is_vowel('đ'));
    }
}
