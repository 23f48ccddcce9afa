//! What a valid Vietnamese syllable looks like, the yardstick of detection: a reading of a line
//! that gives more real syllables is the better reading. Also the letter arithmetic the decoders
//! share (a vowel's tone, a vowel with a tone), over the rows of `lexicon::letters::VOWELS`.
//!
//! A syllable is an optional initial consonant, a rhyme (vowels and an optional final) and at
//! most one tone; the stop finals c, ch, p, t take only sắc or nặng. The check is a little
//! permissive (it does not enforce c/k/q or g/gh spelling), which is enough to tell "các" from
//! "c¸c", "caùc" or "ca'c"; where both readings are syllables, the one giving common syllables
//! wins ("Số" over "Sè"). Its data are the short lists below (about 1.5 KB).

use super::convert::lower;
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
    // Toned vowels are in U+00C0–U+01B0 and U+1EA0–U+1EF9: anything else is quickly itself.
    if !matches!(c, 'À'..='ư' | 'Ạ'..='ỹ') {
        return (c, 0);
    }
    let table = LETTERS.get_or_init(|| {
        let mut t: Vec<(char, char, u8)> = VOWELS
            .iter()
            .flat_map(|row| {
                let bare = row.chars().next().unwrap_or(' ');
                row.chars().zip(0u8..).map(move |(c, tone)| (c, bare, tone))
            })
            .collect();
        // Insertion sort: the table is small and made once, and a library sort of this type
        // would add another copy of the sort code to the web app.
        for i in 1..t.len() {
            let mut j = i;
            while j > 0 && t[j - 1] > t[j] {
                t.swap(j - 1, j);
                j -= 1;
            }
        }
        t
    });
    match table.binary_search_by(|probe| probe.0.cmp(&c)) {
        Ok(k) => (table[k].1, usize::from(table[k].2)),
        Err(_) => (c, 0),
    }
}

/// The rows of `VOWELS` as (letter, bare letter, tone), sorted, made once.
static LETTERS: std::sync::OnceLock<Vec<(char, char, u8)>> = std::sync::OnceLock::new();

/// A vowel (bare or with its modifier: a ă â e ê …) with a tone; None if it is not a vowel.
pub fn toned(vowel: char, tone: usize) -> Option<char> {
    VOWELS
        .iter()
        .find(|row| row.starts_with(vowel))
        .and_then(|row| row.chars().nth(tone))
}

/// Whether a vowel letter (any tone, either case, with or without modifier).
pub fn is_vowel(c: char) -> bool {
    let bare = split(c).0;
    matches!(
        lower(bare),
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// Whether `word` (letters only) is one Vietnamese syllable, written in small letters, capitals,
/// or with a capital first letter.
pub fn is_syllable(word: &str) -> bool {
    if word.is_empty() || word.len() > 24 || !case_shape_ok(word) {
        return false;
    }
    let mut bare = String::with_capacity(word.len());
    let mut tone = 0;
    // Where the tone is, in characters from the end (the rhyme is the end of the word).
    let mut toned_from_end = 0;
    let n = word.chars().count();
    for (i, c) in word.chars().enumerate() {
        let lower = lower(c);
        let (b, t) = split(lower);
        if t != 0 {
            if tone != 0 {
                return false;
            }
            tone = t;
            toned_from_end = n - i;
        }
        bare.push(b);
    }
    INITIALS
        .iter()
        .filter_map(|i| bare.strip_prefix(i))
        .chain(std::iter::once(bare.as_str()))
        .any(|rhyme| rhyme_ok(rhyme, tone) && (tone == 0 || tone_in_place(rhyme, toned_from_end)))
}

/// Whether the tone sits on the vowel that carries it: the (last) vowel with a modifier (ấ, ườ),
/// else the last vowel before a final consonant (toán), else the first of two vowels (mái, múa)
/// but either in oa, oe, uy (hòa and hoà), else the middle of three (ngoài, khuỷu).
fn tone_in_place(rhyme: &str, from_end: usize) -> bool {
    let chars: Vec<char> = rhyme.chars().collect();
    let Some(at) = chars.len().checked_sub(from_end) else {
        return false;
    };
    let vowels: Vec<usize> = (0..chars.len()).filter(|&i| is_vowel(chars[i])).collect();
    let modified = vowels
        .iter()
        .rev()
        .find(|&&i| matches!(chars[i], 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư'));
    if let Some(&m) = modified {
        return at == m;
    }
    let closed = chars.last().is_some_and(|&c| !is_vowel(c));
    match (closed, vowels.as_slice()) {
        (true, [.., last]) => at == *last,
        (false, [only]) => at == *only,
        (false, [first, second]) => {
            at == *first || (at == *second && matches!(rhyme, "oa" | "oe" | "uy"))
        }
        (false, [_, middle, _]) => at == *middle,
        _ => false,
    }
}

/// Syllables that are common in notices and in Vietnamese at large, in order: a reading that
/// gives them is more likely than one that gives rarer syllables ("Số" over "Sè", "như" over
/// "nhý", "thông" over "thễng"). Each one found adds half a syllable to a reading's score.
const COMMON: &str =
    "an ban biện báo bản bảo bổ bộ cao cho chuyên chí chính chương chất chế chỉ chủ chức các \
    cán cáo có công cùng cũng cơ cường cấp cần cầu cộng của cứu cực dung duyệt dân dõi dạy \
    dẫn dục dụng dựng gian giao giá giám giáo giải giờ gửi hiện hoàn hoạch hoạt huyện hành \
    hình hơn hướng hạn học họp hồ hội hợp khai khi khoa không khắc kiến kiểm kế kết kịp kỳ \
    luận là làm lên lý lượng lại lớp lực mưu mầm một mới nghiệp nghị ngành ngày người nhiều \
    nhiệm nhà nhân như nhận những non này nâng năm năng nước nội pháp phát phòng phó phương \
    phải phố phối phổ phục quan quy quyết quý quả quản quận ra rà sau sinh soát sung sách \
    sơ sẽ số sở sự tham theo thi thành tháng thì thông thống thời thực tiến tiếp tiểu tra \
    trao triển trong trung trách trên trì trình trước trường trưởng tuyển tuần tài tác tâm \
    tích tại tạo tập tỉnh tốt tổ tổng tục từ viên việc và vào văn vật về vị với vụ xuất xây \
    xã xét yêu ý điều đào đánh đây đã đó đúng đơn được đạo đảm đầu đến đề để định đốc đồng \
    độ đội động ở ủy";

/// Whether `word` is one of the common syllables (in any case).
pub fn is_common(word: &str) -> bool {
    let lower: String = word.chars().map(lower).collect();
    let words = COMMON_WORDS.get_or_init(|| COMMON.split(' ').collect());
    words.binary_search(&lower.as_str()).is_ok()
}

static COMMON_WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();

fn case_shape_ok(word: &str) -> bool {
    let mut chars = word.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let (mut upper, mut lower) = (false, false);
    for c in chars {
        upper |= c.is_uppercase();
        lower |= !c.is_uppercase();
    }
    !upper || (first_upper && !lower)
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

/// Punctuation that may close or open a word: ASCII, general punctuation (“ ” – …) and « ».
/// (Not other Latin-1 symbols: in "Ã¨" or "c¸" they are letters of a legacy encoding.)
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || ('\u{2010}'..='\u{206F}').contains(&c) || c == '«' || c == '»'
}

/// How good a reading `line` is: two points for each whitespace-separated token that is a
/// Vietnamese syllable, one more if it is a common one (punctuation at either end of a token is
/// not part of it: "các," counts).
pub fn score(line: &str) -> i32 {
    line.split(char::is_whitespace)
        .map(|t| t.trim_matches(is_punctuation))
        .filter(|t| t.chars().all(char::is_alphabetic) && is_syllable(t))
        .map(|t| if is_common(t) { 3 } else { 2 })
        .sum()
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
    fn scoring_ignores_punctuation_around_words() {
        // Sở giáo dục và đào tạo are common, "Đinh" is not.
        assert_eq!(score("Sở Giáo dục, và (Đào) tạo. Đinh"), 6 * 3 + 2);
        assert_eq!(score("c¸c tr\u{AD}êng"), 0);
        assert_eq!(score("12/TB-SGDĐT"), 0);
        assert!(score("Số:") > score("Sè:"));
    }

    #[test]
    fn tones_sit_on_their_vowel() {
        for w in [
            "hòa", "hoà", "thủy", "thuỷ", "ngoài", "khuỷu", "mái", "múa", "toán", "người",
        ] {
            assert!(is_syllable(w), "{w}");
        }
        for w in ["maí", "muá", "toàn", "sôì", "ngưòi", "aù"] {
            // "toàn" is a syllable; the others have the tone on the wrong vowel.
            assert_eq!(is_syllable(w), w == "toàn", "{w}");
        }
    }

    #[test]
    fn common_syllables_are_sorted_syllables() {
        let words: Vec<&str> = COMMON.split(' ').collect();
        assert!(words.windows(2).all(|w| w[0] < w[1]), "sorted, once each");
        assert!(words.iter().all(|w| is_syllable(w)), "all syllables");
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
