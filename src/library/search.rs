//! Searching the library's list: every word of the query must be found in the notice's number,
//! dates (as written, `dd/mm/yyyy`), issuer, subject or opening text, ignoring case and
//! Vietnamese marks ("so gd" finds "Sở GD&ĐT"), as clerks type on a keyboard without a
//! Vietnamese input method.

use super::summary::Summary;
use crate::export::vn_date;
use crate::notice::compose::base_letter;
use crate::notice::text::fold_char;

/// `text` lowercased, without marks, with `/`, `-` and `.` kept (numbers and dates) and any
/// other run of non-letters as one space.
pub fn fold_for_search(text: &str, out: &mut String) {
    for c in text.chars() {
        let c = fold_char(base_letter(c));
        if c.is_alphanumeric() || matches!(c, '/' | '-' | '.') {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.push(' ');
}

/// The folded text a notice is searched in.
fn haystack(s: &Summary) -> String {
    let mut out = String::new();
    for field in [&s.number, &s.issuer, &s.subject].into_iter().flatten() {
        fold_for_search(field, &mut out);
    }
    for date in [&s.issued_date, &s.meeting_date].into_iter().flatten() {
        fold_for_search(&vn_date(date), &mut out);
    }
    fold_for_search(&s.excerpt, &mut out);
    out
}

/// Whether the notice matches `query` (an empty query matches every notice).
pub fn matches(s: &Summary, query: &str) -> bool {
    let mut q = String::new();
    fold_for_search(query, &mut q);
    let words: Vec<&str> = q.split_whitespace().collect();
    if words.is_empty() {
        return true;
    }
    let hay = haystack(s);
    words.iter().all(|w| hay.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notice() -> Summary {
        Summary {
            id: "n1".into(),
            number: Some("397/TB-SGDĐT".into()),
            issued_date: Some("2020-02-17".into()),
            issuer: Some("SỞ GIÁO DỤC VÀ ĐÀO TẠO".into()),
            subject: Some("Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 2".into()),
            excerpt: "UBND TỈNH QUẢNG NAM …".into(),
            ..Summary::default()
        }
    }

    #[test]
    fn every_word_must_be_found() {
        assert!(matches(&notice(), "giao ban"));
        assert!(matches(&notice(), "giao ban tháng"));
        assert!(!matches(&notice(), "giao ban tuyển sinh"));
    }

    #[test]
    fn marks_and_case_do_not_matter() {
        assert!(matches(&notice(), "GIAM DOC"));
        assert!(matches(&notice(), "sgddt"));
        assert!(matches(&notice(), "quảng nam"));
        assert!(matches(&notice(), "Đào Tạo"));
    }

    #[test]
    fn numbers_and_dates_are_found_as_written() {
        assert!(matches(&notice(), "397/TB"));
        assert!(matches(&notice(), "17/02/2020"));
        assert!(matches(&notice(), "02/2020"));
        assert!(!matches(&notice(), "18/02/2020"));
    }

    #[test]
    fn an_empty_query_matches_all() {
        assert!(matches(&notice(), ""));
        assert!(matches(&notice(), "  , "));
        assert!(matches(&Summary::default(), ""));
    }

    #[test]
    fn decomposed_marks_are_ignored_too() {
        // "Sở" typed with a combining hook above (decomposed text).
        assert!(matches(&notice(), "So\u{309}"));
    }
}
