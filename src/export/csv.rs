//! The task table as CSV for Excel.
//!
//! RFC 4180: fields separated by commas, records ended by CRLF (the last one too), a field that
//! holds a comma, a double quote, CR or LF is enclosed in double quotes with inner quotes doubled.
//! The file starts with a UTF-8 byte-order mark, without which Excel reads UTF-8 as the ANSI code
//! page and garbles Vietnamese.
//!
//! Columns: STT, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời hạn (the phrase as written),
//! Hạn (dd/mm/yyyy), Trạng thái (gợi ý / đã xác nhận), Văn bản ("397/TB-SGDĐT ngày 17/02/2020").
//!
//! Choices a clerk would expect:
//! - Rejected directives ("đã loại") are left out: the clerk dropped them as not being tasks, and
//!   the sheet goes to the director as the list of tasks. STT counts the rows written (1, 2, 3 …).
//!   They stay in the JSON.
//! - Several units in one role are joined with "; ".
//! - A cell that would start with `=`, `+`, `-`, `@`, a tab or CR gets a leading apostrophe, so
//!   Excel shows it as text instead of running it as a formula (CSV injection; a bullet "- …"
//!   would otherwise show as `#NAME?`).
//! - Line breaks inside a directive are kept (quoted); Excel shows them inside the cell.
//!
//! Hand-written rather than with the `csv` crate: quoting is a dozen lines and the crate added
//! about 26 KB to the wasm bundle. The tests read the output back with the `csv` crate.

use super::{notice_label, owner_names, status_label, vn_date};
use crate::document::{Document, Role, Status};

/// The column headers, in order.
pub const HEADERS: [&str; 8] = [
    "STT",
    "Nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời hạn",
    "Hạn",
    "Trạng thái",
    "Văn bản",
];

/// The UTF-8 byte-order mark that starts the file.
pub const BOM: &str = "\u{FEFF}";

/// What separates fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Delimiter {
    /// RFC 4180; what Excel expects when Windows uses "." as the decimal sign.
    #[default]
    Comma,
    /// What Excel expects on a double-click when Windows uses "," as the decimal sign (the
    /// Vietnamese regional format): offered as an option, not RFC 4180.
    Semicolon,
}

impl Delimiter {
    fn char(self) -> char {
        match self {
            Delimiter::Comma => ',',
            Delimiter::Semicolon => ';',
        }
    }
}

/// The CSV the app downloads and `ketluan export --format csv` prints.
pub fn to_csv(doc: &Document) -> String {
    to_csv_with(doc, Delimiter::Comma)
}

/// The CSV with a chosen delimiter.
/// The deadline's phrase of an extended task: "trước ngày 15/3 (gia hạn, hạn cũ 15/03/2024:
/// Công văn 12/PGDĐT)".
pub(crate) fn extended_phrase(phrase: &str, was: Option<&str>, note: &str) -> String {
    let mut out = format!("{phrase} (gia hạn");
    if let Some(was) = was {
        out.push_str(&format!(", hạn cũ {}", vn_date(was)));
    }
    if !note.trim().is_empty() {
        out.push_str(&format!(": {}", note.trim()));
    }
    out.push(')');
    out.trim_start().to_string()
}

pub fn to_csv_with(doc: &Document, delimiter: Delimiter) -> String {
    let sep = delimiter.char();
    let mut out = String::from(BOM);
    write_record(&mut out, sep, HEADERS.iter().copied());
    let source = notice_label(doc);
    let mut stt = 0usize;
    for d in doc
        .directives
        .iter()
        .filter(|d| d.status != Status::Rejected)
    {
        stt += 1;
        let stt = stt.to_string();
        let leads = owner_names(&d.owners, Role::Lead);
        let supports = owner_names(&d.owners, Role::Support);
        let mut phrase = d
            .deadline
            .as_ref()
            .map(|dl| dl.text.trim().to_string())
            .unwrap_or_default();
        // An extended deadline: "Hạn" is the new day, the phrase says it was extended from which.
        if let Some(x) = &d.extended {
            let was = d.deadline.as_ref().and_then(|dl| dl.due.as_deref());
            phrase = extended_phrase(&phrase, was, &x.note);
        }
        let due = d.due().map(vn_date).unwrap_or_default();
        // A task done says so, with its day ("hoàn thành 24/11/2023").
        let state = match &d.done {
            Some(done) => format!("hoàn thành {}", vn_date(&done.date)),
            None => status_label(d.status).to_string(),
        };
        write_record(
            &mut out,
            sep,
            [
                stt.as_str(),
                d.text.trim(),
                &leads,
                &supports,
                &phrase,
                &due,
                &state,
                &source,
            ]
            .into_iter(),
        );
    }
    out
}

pub(crate) fn write_record<'a>(out: &mut String, sep: char, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(sep);
        }
        write_field(out, sep, field);
    }
    out.push_str("\r\n");
}

fn write_field(out: &mut String, sep: char, field: &str) {
    let guard = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = field.contains([sep, '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    for c in field.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(s: &str) -> String {
        let mut out = String::new();
        write_field(&mut out, ',', s);
        out
    }

    #[test]
    fn quoting() {
        assert_eq!(field("Phòng GDTrH"), "Phòng GDTrH");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("nói \"ngay\""), "\"nói \"\"ngay\"\"\"");
        assert_eq!(field("dòng 1\ndòng 2"), "\"dòng 1\ndòng 2\"");
        assert_eq!(field(""), "");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("- a, b"), "\"'- a, b\"");
    }

    #[test]
    fn empty_document() {
        let csv = to_csv(&Document::empty());
        assert_eq!(
            csv,
            "\u{FEFF}STT,Nhiệm vụ,Đơn vị chủ trì,Đơn vị phối hợp,Thời hạn,Hạn,Trạng thái,Văn bản\r\n"
        );
        let semi = to_csv_with(&Document::empty(), Delimiter::Semicolon);
        assert!(semi.contains("STT;Nhiệm vụ;"));
    }
}
