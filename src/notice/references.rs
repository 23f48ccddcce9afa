//! References to other documents: "Công văn số 5031/BGDĐT-KHTC ngày 27/10/2017",
//! "Nghị định 127/2018/NĐ-CP", "Chương trình số 06-CTr/TU ngày 17/3/2021".
//!
//! A symbol starts with a number and has a slash followed by letters (the issuing body's code);
//! "12/9/2022" (a date) and "202/337" (a ratio) are not symbols.

use super::dates::{day_at, Ymd};
use super::text::{is_word_char, skip_spaces};
use crate::lexicon::structure::REFERENCE_TYPES;

/// A reference found in the text (byte offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct FoundReference {
    pub start: usize,
    pub end: usize,
    pub symbol: String,
    pub doc_type: Option<String>,
    pub date: Option<String>,
}

/// Whether a symbol's code goes on after a space at the start of `rest`: a figure, or a code in
/// capitals ("SGDĐT-KHTC", "QĐ"), not a word that starts with one ("5/ Trước ngày 20/11, …" is
/// a list item numbered "5/", J12).
fn code_after_space(rest: &str) -> bool {
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(d), _) if d.is_ascii_digit() => true,
        (Some(u), next) if u.is_uppercase() => {
            next.is_none_or(|n| n.is_uppercase() || n.is_ascii_digit() || matches!(n, '-' | '&'))
        }
        _ => false,
    }
}

/// A document symbol at `at`: (symbol without spaces, end).
pub fn symbol_at(text: &str, at: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    if !bytes.get(at)?.is_ascii_digit()
        || at > 0
            && text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| is_word_char(c) || c == '/' || c == '.')
    {
        return None;
    }
    // Most numbers are no symbols: after the digits must come "/", " /" or "-" ("06-CTr/TU").
    let mut digits = bytes[at..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    // A large number with its thousands marked: "Số: 2.345 /TB-SGDĐT" (H1).
    while bytes.get(at + digits) == Some(&b'.')
        && bytes
            .get(at + digits + 1..at + digits + 4)
            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        && !bytes.get(at + digits + 4).is_some_and(u8::is_ascii_digit)
    {
        digits += 4;
    }
    match (bytes.get(at + digits), bytes.get(at + digits + 1)) {
        (Some(b'/'), _) | (Some(b'-'), _) | (Some(b' '), Some(b'/' | b'-')) => {}
        _ => return None,
    }
    let mut end = at;
    let mut symbol = String::new();
    let mut chars = text[at..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() || matches!(c, '/' | '-' | '&' | '.') {
            symbol.push(c);
            end = at + i + c.len_utf8();
        } else if c == ' '
            && chars.peek().is_some_and(|&(_, n)| n == '/' || n == '-')
            && !symbol.contains('/')
        {
            // "2917 /SGDĐT-VP", the party form "215 - TB/HU" (H1)
        } else if c == ' '
            && (symbol.ends_with('/') || symbol.ends_with('-'))
            && code_after_space(&text[at + i + 1..])
        {
            // H1, H12: "335 / SGDĐT-KHTC"
        } else {
            break;
        }
    }
    while symbol.ends_with(['.', '-', '/']) {
        symbol.pop();
        end -= 1;
    }
    let slash = symbol.find('/')?;
    let code_has_letters = symbol[slash..].chars().any(char::is_alphabetic);
    // Each part after a slash is a code ("TB-SGDĐT") or a year ("12/2013/QĐ-UBND"): a date
    // glued to the next sentence ("trước ngày 30/3.NGỌC HÂN", J4) is none.
    let parts_ok = symbol[slash + 1..].split('/').all(|part| {
        part.starts_with(char::is_alphabetic)
            || part.bytes().all(|b| b.is_ascii_digit())
            || part
                .split_once('-')
                .is_some_and(|(year, _)| year.bytes().all(|b| b.is_ascii_digit()))
    });
    (code_has_letters && parts_ok && !symbol.contains("..")).then_some((symbol, end))
}

/// Every reference in `text[from..to]`, skipping those inside `skip` ranges.
pub fn references(text: &str, low: &str, from: usize, to: usize) -> Vec<FoundReference> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        match super::text::first_digit(&bytes[i..to]) {
            Some(k) => i += k,
            None => break,
        }
        {
            if let Some((symbol, end)) = symbol_at(text, i) {
                let (start, doc_type) = type_before(text, low, i);
                let (date, end) = date_after(low, end);
                out.push(FoundReference {
                    start,
                    end,
                    symbol,
                    doc_type,
                    date,
                });
                i = end;
                continue;
            }
            while i < to && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
        }
        i += 1;
    }
    out
}

/// The document type written before a symbol ("Công văn số", "Nghị định"): (start, type).
fn type_before(text: &str, low: &str, symbol_start: usize) -> (usize, Option<String>) {
    let mut p = low[..symbol_start].trim_end().len();
    if low[..p].ends_with(" số") || low[..p].ends_with(" số:") {
        p = low[..p].trim_end_matches(':').len() - "số".len();
        p = low[..p].trim_end().len();
    }
    for t in REFERENCE_TYPES.iter() {
        if low[..p].ends_with(t) {
            let start = p - t.len();
            if start == 0 || low[..start].ends_with([' ', '(', ',', ';', ':', '"', '“']) {
                return (start, Some(text[start..p].to_string()));
            }
        }
    }
    (symbol_start, None)
}

/// "ngày 27/10/2017" right after a symbol: (ISO date, end).
fn date_after(low: &str, end: usize) -> (Option<String>, usize) {
    let p = skip_spaces(low, end);
    if low[p..].starts_with("ngày") {
        if let Some((d, e)) = day_at(low, p) {
            if let Some(ymd) = d.year.and_then(|y| Ymd::new(y, d.month, d.day)) {
                return (Some(ymd.iso()), e);
            }
        }
    }
    (None, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::text::fold;

    fn refs(t: &str) -> Vec<FoundReference> {
        references(t, &fold(t), 0, t.len())
    }

    #[test]
    fn symbols() {
        assert_eq!(
            symbol_at("127/2018/NĐ-CP ngày", 0).map(|s| s.0),
            Some("127/2018/NĐ-CP".into())
        );
        assert_eq!(
            symbol_at("06-CTr/TU ngày", 0).map(|s| s.0),
            Some("06-CTr/TU".into())
        );
        assert_eq!(
            symbol_at("2917 /SGDĐT-VP", 0).map(|s| s.0),
            Some("2917/SGDĐT-VP".into())
        );
        assert_eq!(symbol_at("12/9/2022", 0), None);
        assert_eq!(symbol_at("202/337 trường", 0), None);
        assert_eq!(symbol_at("10/2022;", 0), None);
        // A code after a space is in capitals; a list item numbered "5/" is no symbol (J12).
        assert_eq!(
            symbol_at("335 / SGDĐT-KHTC ngày", 0).map(|s| s.0),
            Some("335/SGDĐT-KHTC".into())
        );
        assert_eq!(
            symbol_at("215 - TB/HU ngày", 0).map(|s| s.0),
            Some("215-TB/HU".into())
        );
        assert_eq!(symbol_at("5/ Trước ngày 20/11, các phòng", 0), None);
    }

    #[test]
    fn type_symbol_and_date() {
        let r = refs("tại Công văn số 5031/BGDĐT-KHTC ngày 27/10/2017 của Bộ");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].symbol, "5031/BGDĐT-KHTC");
        assert_eq!(r[0].doc_type.as_deref(), Some("Công văn"));
        assert_eq!(r[0].date.as_deref(), Some("2017-10-27"));
        let r = refs("Nghị định 127/2018/NĐ-CP ngày 21 tháng 9 năm 2018 của Chính phủ");
        assert_eq!(r[0].doc_type.as_deref(), Some("Nghị định"));
        assert_eq!(r[0].date.as_deref(), Some("2018-09-21"));
    }
}
