//! Ways out of ketluan: one module per format, each a pure function of a [`Document`].
//!
//! The web app's download buttons and the `ketluan export` command call the same functions, so a
//! document gives the same bytes in both. Nothing here panics, whatever the document holds
//! (offsets past the text, invalid dates, empty fields): what cannot be placed is left out.
//!
//! | format | function | file |
//! | --- | --- | --- |
//! | JSON (the shared format) | [`json::to_json`] | `.json` |
//! | CSV for Excel | [`csv::to_csv`] | `.csv` |
//! | iCalendar | [`ics::to_ics`] | `.ics` |
//! | W3C Web Annotation | [`webanno::to_webanno`] | `.jsonld` |
//! | share link | [`share::encode`] / [`share::decode`] | URL fragment |

use crate::document::{Document, Role, Status};

pub mod csv;
pub mod ics;
pub mod json;
pub mod share;
pub mod webanno;

/// A downloadable format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Ics,
    WebAnno,
}

impl Format {
    /// Every downloadable format, in the order the app shows them.
    pub const ALL: [Format; 4] = [Format::Json, Format::Csv, Format::Ics, Format::WebAnno];

    /// The format named on the command line (`json`, `csv`, `ics`, `webanno`).
    pub fn from_name(name: &str) -> Option<Format> {
        match name.trim().to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            "ics" | "ical" | "icalendar" => Some(Format::Ics),
            "webanno" | "jsonld" | "json-ld" | "w3c" => Some(Format::WebAnno),
            _ => None,
        }
    }

    /// The command-line name.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Ics => "ics",
            Format::WebAnno => "webanno",
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Ics => "ics",
            Format::WebAnno => "jsonld",
        }
    }

    /// The MIME type for the download's `Blob`.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Json => "application/json;charset=utf-8",
            Format::Csv => "text/csv;charset=utf-8",
            Format::Ics => "text/calendar;charset=utf-8",
            Format::WebAnno => "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"",
        }
    }
}

/// The bytes of `doc` in `format`: what the app downloads and what `ketluan export` prints.
pub fn render(format: Format, doc: &Document) -> Vec<u8> {
    render_text(format, doc).into_bytes()
}

/// The same as [`render`], as a string (every format is UTF-8 text): what the app hands to a
/// `Blob`, which writes it back as exactly these UTF-8 bytes (the CSV's BOM included).
pub fn render_text(format: Format, doc: &Document) -> String {
    match format {
        Format::Json => json::to_json(doc),
        Format::Csv => csv::to_csv(doc),
        Format::Ics => ics::to_ics(doc),
        Format::WebAnno => webanno::to_webanno(doc),
    }
}

/// The name of every download of a notice, whatever its format: from the notice's number
/// (`thong-bao-397-TB-SGDDT.csv`), else its date or else its meeting's
/// (`thong-bao-2020-02-17.csv`), else `ketluan.csv`. Letters lose their marks (`Đ` → `D`) and
/// separators become one `-`, so that the name survives any file system, e-mail or archive tool.
pub fn file_name(format: Format, doc: &Document) -> String {
    let f = &doc.fields;
    let stem = [&f.number, &f.issued_date, &f.meeting_date]
        .into_iter()
        .flatten()
        .map(|s| ascii_stem(s))
        .find(|s| !s.is_empty());
    match stem {
        Some(stem) => format!("thong-bao-{stem}.{}", format.extension()),
        None => format!("ketluan.{}", format.extension()),
    }
}

/// `s` in ASCII letters and digits, at most 60, with one `-` for each run of separators (`/`,
/// `-`, `.`, `_`, spaces); other characters, and the combining marks of decomposed text, are
/// left out.
fn ascii_stem(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = crate::notice::compose::base_letter(c);
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if matches!(c, '/' | '-' | ' ' | '.' | '_') && !out.is_empty() && !out.ends_with('-')
        {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A strict ISO 8601 calendar date `YYYY-MM-DD` that exists (leap years counted).
pub(crate) fn parse_iso_date(iso: &str) -> Option<(u32, u32, u32)> {
    let b = iso.trim().as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = std::str::from_utf8(b.get(r)?).ok()?;
        if !s.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if y == 0 || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some((y, m, d))
}

pub(crate) fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// `dd/mm/yyyy`, the way Vietnamese documents and Excel (vi-VN) write dates. An ISO string that
/// is not a valid date comes back unchanged (trimmed), so nothing the user typed is lost.
pub fn vn_date(iso: &str) -> String {
    match parse_iso_date(iso) {
        Some((y, m, d)) => format!("{d:02}/{m:02}/{y:04}"),
        None => iso.trim().to_string(),
    }
}

/// The notice as cited on every exported row: "397/TB-SGDĐT ngày 17/02/2020", or the part of it
/// the notice states ("397/TB-SGDĐT", "ngày 17/02/2020"), or "" when it states neither.
pub fn notice_label(doc: &Document) -> String {
    let number = doc
        .fields
        .number
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let date = doc
        .fields
        .issued_date
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(vn_date);
    match (number, date) {
        (Some(n), Some(d)) => format!("{n} ngày {d}"),
        (Some(n), None) => n.to_string(),
        (None, Some(d)) => format!("ngày {d}"),
        (None, None) => String::new(),
    }
}

/// The Vietnamese label of a directive's status, as the app shows it.
pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Suggested => "gợi ý",
        Status::Confirmed => "đã xác nhận",
        Status::Rejected => "đã loại",
    }
}

/// The names of a directive's owners with `role`, in order, without repeats (case-insensitive),
/// joined by "; ".
pub(crate) fn owner_names(owners: &[crate::document::Owner], role: Role) -> String {
    let mut seen: Vec<String> = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    for o in owners.iter().filter(|o| o.role == role) {
        let name = o.name.trim();
        if name.is_empty() {
            continue;
        }
        // The reader's folding, not `to_lowercase` (no general case tables in the web app).
        let key: String = name.chars().map(crate::notice::text::fold_char).collect();
        if !seen.contains(&key) {
            seen.push(key);
            names.push(name);
        }
    }
    names.join("; ")
}

/// A 128-bit FNV-1a hash: stable across builds, platforms and Rust versions (unlike
/// `std::hash`), used for the ids that must not change between two exports of the same notice.
/// Parts are separated so that ("ab", "c") and ("a", "bc") differ.
pub(crate) fn stable_hash(parts: &[&str]) -> u128 {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut h = OFFSET;
    for part in parts {
        for &b in part.as_bytes().iter().chain(std::iter::once(&0xFF)) {
            h ^= u128::from(b);
            h = h.wrapping_mul(PRIME);
        }
    }
    h
}

/// A UUID-shaped rendering of a hash (version 8, "custom", RFC 9562), for `urn:uuid:` ids.
pub(crate) fn uuid_of(h: u128) -> String {
    let h = (h & !(0xF << 76)) | (0x8 << 76); // version 8
    let h = (h & !(0x3 << 62)) | (0x2 << 62); // variant 10
    let hex = format!("{h:032x}");
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// What identifies the notice for stable ids: its number and date when it states a number,
/// otherwise its whole text.
pub(crate) fn notice_key(doc: &Document) -> String {
    match doc
        .fields
        .number
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(n) => format!(
            "number:{n}|{}",
            doc.fields.issued_date.as_deref().unwrap_or("").trim()
        ),
        None => format!("text:{:032x}", stable_hash(&[&doc.text])),
    }
}

/// Whitespace runs collapsed to one space, ends trimmed.
pub(crate) fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Code-point access to a text without re-scanning it for every span.
pub(crate) struct CharIndex<'a> {
    text: &'a str,
    /// Byte offset of each code point, plus the text's length at the end.
    bytes: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bytes.push(text.len());
        CharIndex { text, bytes }
    }

    /// Number of code points.
    pub(crate) fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    /// The text between two code-point offsets, clamped to the text.
    pub(crate) fn slice(&self, start: usize, end: usize) -> &'a str {
        let n = self.len();
        let (s, e) = (start.min(n), end.min(n));
        if s >= e {
            return "";
        }
        self.text.get(self.bytes[s]..self.bytes[e]).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert_eq!(parse_iso_date("2020-02-29"), Some((2020, 2, 29)));
        assert_eq!(parse_iso_date("2100-02-29"), None);
        assert_eq!(parse_iso_date("2000-02-29"), Some((2000, 2, 29)));
        assert_eq!(parse_iso_date("2020-13-01"), None);
        assert_eq!(parse_iso_date("2020-1-01"), None);
        assert_eq!(parse_iso_date("２０２０-01-01"), None);
        assert_eq!(vn_date("2022-12-05"), "05/12/2022");
        assert_eq!(vn_date("cuối năm"), "cuối năm");
    }

    #[test]
    fn labels_and_names() {
        let mut doc = Document::empty();
        assert_eq!(notice_label(&doc), "");
        assert_eq!(file_name(Format::Csv, &doc), "ketluan.csv");
        doc.fields.meeting_date = Some("2022-10-06".into());
        assert_eq!(file_name(Format::Csv, &doc), "thong-bao-2022-10-06.csv");
        doc.fields.number = Some("397/TB-SGDĐT".into());
        assert_eq!(notice_label(&doc), "397/TB-SGDĐT");
        doc.fields.issued_date = Some("2020-02-17".into());
        assert_eq!(notice_label(&doc), "397/TB-SGDĐT ngày 17/02/2020");
        assert_eq!(file_name(Format::Ics, &doc), "thong-bao-397-TB-SGDDT.ics");
        // No usable number: the date.
        doc.fields.number = Some(" / : ".into());
        assert_eq!(file_name(Format::Json, &doc), "thong-bao-2020-02-17.json");
        doc.fields.number = Some("12/KL-SGDĐT ngày 5".into());
        assert_eq!(
            file_name(Format::Csv, &doc),
            "thong-bao-12-KL-SGDDT-ngay-5.csv"
        );
        // Every Vietnamese letter loses its marks; decomposed marks are dropped too.
        doc.fields.number = Some("ăằắẳẵặâầấẩẫậ-ÊỀẾỂỄỆ-ìíỉĩị-ơờớởỡợ-ƯỪỨỬỮỰ-ỳýỷỹỵ-đĐ".into());
        assert_eq!(
            file_name(Format::Json, &doc),
            "thong-bao-aaaaaaaaaaaa-EEEEEE-iiiii-oooooo-UUUUUU-yyyyy-dD.json"
        );
        doc.fields.number = Some("Sô\u{301}".into());
        assert_eq!(file_name(Format::Json, &doc), "thong-bao-So.json");
        doc.fields.number = Some("1".repeat(100));
        assert_eq!(
            file_name(Format::Json, &doc),
            format!("thong-bao-{}.json", "1".repeat(60))
        );
    }

    #[test]
    fn hash_is_fixed() {
        // These values must never change: they are in ids users have imported.
        assert_eq!(stable_hash(&[]), 0x6c62272e07bb014262b821756295c58d);
        assert_ne!(stable_hash(&["ab", "c"]), stable_hash(&["a", "bc"]));
        let u = uuid_of(stable_hash(&["x"]));
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "8");
        assert!(matches!(&u[19..20], "8" | "9" | "a" | "b"));
    }

    #[test]
    fn char_index() {
        let ix = CharIndex::new("Sở GD&ĐT");
        assert_eq!(ix.len(), 8);
        assert_eq!(ix.slice(3, 8), "GD&ĐT");
        assert_eq!(ix.slice(6, 100), "ĐT");
        assert_eq!(ix.slice(5, 2), "");
    }
}
