//! The jobs the app hands to its lazy worker besides reading: rendering the exports (CSV,
//! iCalendar, Web Annotation), writing or checking a library backup, and taking the text out of
//! a Word file. They stay out of the first visit (the web app's size budget); the worker
//! (`src/reader_worker.rs`) runs them, and the browser tests, which run the reader in the page,
//! call them here directly.

use crate::edit::import_json;
use crate::encoding::Legacy;
use crate::export::{render_text, Format};
use crate::library::{read_to_stored, write_stored};
use crate::opening::{open_file, Incoming, Refusal};

/// Runs job `name` on its arguments; `None` when the job is unknown or its input unreadable.
///
/// - `render(doc_json, format)`: the document in an export format by name (`csv`, `ics`, …);
/// - `backupWrite(stored)`: the backup file of the library as stored (`[[id, json, summary]]`);
/// - `backupRead(file)`: a backup checked whole (see [`read_to_stored`]);
/// - `read(text)`: a notice read (converted first from a legacy encoding) into a document's
///   JSON, for the library (several files opened at once);
/// - `pdfText(pages)`: the text of a PDF from what pdf.js found on its pages
///   (`static/pdf-items.mjs`), as a [`WordReply`] (see [`pdf_reply`]);
/// - `pdfFailed(why)`: pdf.js could not open the PDF (`password`, `damaged`), as a [`WordReply`].
pub fn run(name: &str, a: &str, b: &str) -> Option<String> {
    match name {
        "render" => {
            let format = Format::from_name(b)?;
            let doc = import_json(a).ok()?.doc;
            Some(render_text(format, &doc))
        }
        "backupWrite" => write_stored(a),
        "backupRead" => Some(read_to_stored(a)),
        "read" => Some(crate::intake::take_in(a, true).document.to_json()),
        "pdfText" => Some(pdf_reply(crate::pdf_text::pdf_text(a))),
        "pdfFailed" => Some(pdf_reply(Err(crate::pdf_text::PdfError::from_name(a)))),
        _ => None,
    }
}

/// Runs job `name` on a file's bytes; `None` when the job is unknown.
///
/// - `word(bytes)`: the text of a Word file (.docx or .doc), as a [`WordReply`] written by
///   [`word_reply`].
pub fn run_bytes(name: &str, bytes: &[u8]) -> Option<String> {
    match name {
        "word" => Some(word_reply(bytes)),
        _ => None,
    }
}

/// The reply of the PDF jobs, as [`word_reply`]'s.
pub fn pdf_reply(text: Result<String, crate::pdf_text::PdfError>) -> String {
    match text {
        Ok(text) => format!("text\n{text}"),
        Err(e) => format!("refused\n{}\n{}", e.message_vi(), e.message_en()),
    }
}

/// What the `word` job (and the PDF jobs) found: the text (and the legacy encoding of the font-converted part), or
/// why there is none, said in both languages (so the first visit carries none of these words).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordReply {
    Text {
        text: String,
        converted: Option<Legacy>,
    },
    Refused {
        vi: String,
        en: String,
    },
}

/// The encodings a reply may name, by their names in it.
const ENCODINGS: [(&str, Legacy); 5] = [
    ("tcvn3", Legacy::Tcvn3),
    ("vni", Legacy::Vni),
    ("viqr", Legacy::Viqr),
    ("cp1258", Legacy::Cp1258),
    ("double_utf8", Legacy::DoubleUtf8),
];

/// The `word` job's reply: a first line `text` (followed by the encoding's name if text was
/// converted) and the text; or `refused`, the reason in Vietnamese, then in English, a line each.
/// (Lines rather than JSON: the app reads it with a few lines of code, no serde code for it in
/// the first visit.)
pub fn word_reply(bytes: &[u8]) -> String {
    let refused = |r: Refusal| format!("refused\n{}\n{}", r.message_vi(), r.message_en());
    match open_file(bytes) {
        Ok(Incoming::Word(w)) => {
            let name = ENCODINGS
                .iter()
                .find(|(_, e)| Some(*e) == w.converted)
                .map(|(n, _)| format!(" {n}"))
                .unwrap_or_default();
            format!("text{name}\n{}", w.text)
        }
        Ok(Incoming::Notice(text)) => format!("text\n{text}"),
        Ok(Incoming::Saved(_)) => refused(Refusal::NotText(crate::opening::NotText::Binary)),
        Err(r) => refused(r),
    }
}

/// Reads a [`word_reply`]; `None` if it is not one.
pub fn parse_word_reply(reply: &str) -> Option<WordReply> {
    let (head, rest) = reply.split_once('\n')?;
    if head == "refused" {
        let (vi, en) = rest.split_once('\n')?;
        return Some(WordReply::Refused {
            vi: vi.into(),
            en: en.into(),
        });
    }
    let encoding = head.strip_prefix("text")?.trim();
    let converted = ENCODINGS
        .iter()
        .find(|(n, _)| *n == encoding)
        .map(|(_, e)| *e);
    Some(WordReply::Text {
        text: rest.into(),
        converted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_job_runs_and_unknown_ones_do_not() {
        let doc = crate::read(
            "THÔNG BÁO\n1. Giao Văn phòng Sở tổng hợp báo cáo trước ngày 20/11/2026.\n",
        );
        let csv = run("render", &doc.to_json(), "csv").unwrap_or_default();
        assert_eq!(
            csv,
            crate::export::render_text(crate::export::Format::Csv, &doc)
        );
        assert_eq!(run("render", &doc.to_json(), "pdf"), None);
        assert_eq!(run("render", "{", "csv"), None);
        assert!(run("backupWrite", "[]", "").is_some_and(|f| f.contains("ketluan-library")));
        assert!(run("backupRead", "{}", "").is_some_and(|r| r.contains("\"vi\"")));
        let read = run("read", "THÔNG BÁO\n1. Giao Phòng A báo cáo.\n", "").unwrap_or_default();
        assert_eq!(import_json(&read).map(|i| i.doc.directives.len()), Ok(1));
        assert_eq!(run("format the disk", "", ""), None);
        assert_eq!(run_bytes("format the disk", b""), None);
    }

    #[test]
    fn a_word_reply_reads_back() {
        let cases = [
            WordReply::Text {
                text: "THÔNG BÁO\nGiao Phòng A.\n".into(),
                converted: Some(Legacy::Tcvn3),
            },
            WordReply::Text {
                text: "x".into(),
                converted: None,
            },
        ];
        for case in cases {
            let WordReply::Text { text, converted } = &case else {
                continue;
            };
            let name = ENCODINGS
                .iter()
                .find(|(_, e)| Some(*e) == *converted)
                .map(|(n, _)| format!(" {n}"))
                .unwrap_or_default();
            assert_eq!(parse_word_reply(&format!("text{name}\n{text}")), Some(case));
        }
        let refused = parse_word_reply(&word_reply(b"PK\x03\x04 damaged"));
        assert!(
            matches!(&refused, Some(WordReply::Refused { vi, en }) if vi.contains("bị hỏng") && en.contains("damaged")),
            "{refused:?}"
        );
        assert_eq!(parse_word_reply("nonsense"), None);
        assert!(matches!(
            run("pdfFailed", "password", "").map(|r| parse_word_reply(&r)),
            Some(Some(WordReply::Refused { vi, .. })) if vi.contains("mật khẩu")
        ));
        let page = r#"[{"w":5950,"h":8420,"items":[["THÔNG BÁO",2500,1300,600,120,1]]}]"#;
        assert_eq!(
            run("pdfText", page, "").map(|r| parse_word_reply(&r)),
            Some(Some(WordReply::Text {
                text: "THÔNG BÁO\n".into(),
                converted: None
            }))
        );
        // A text file sent by mistake is still its text.
        assert_eq!(
            parse_word_reply(&word_reply("Giao Phòng A.".as_bytes())),
            Some(WordReply::Text {
                text: "Giao Phòng A.".into(),
                converted: None
            })
        );
    }
}
