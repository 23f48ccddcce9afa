//! The jobs the app hands to its lazy worker besides reading: rendering the exports (CSV,
//! iCalendar, Web Annotation), and taking the text out of a Word file (a library backup is
//! written and checked in the workspace's module, `app::board::backup`). They stay out of the first visit (the web app's size budget); the worker
//! (`src/reader_worker.rs`) runs them, and the browser tests, which run the reader in the page,
//! call them here directly.

use crate::edit::import_json;
use crate::encoding::Legacy;
use crate::export::{render_text, Format};
use crate::opening::{open_file, Incoming, Refusal};

/// Runs job `name` on its arguments; `None` when the job is unknown or its input unreadable.
///
/// - `render(doc_json, format)`: the document in an export format by name (`csv`, `ics`, …);
/// - `read(text)`: a notice read (converted first from a legacy encoding) into a document's
///   JSON, for the library (several files opened at once);
/// - `pdfText(pages)`: the text of a PDF from what pdf.js found on its pages
///   (`static/pdf-items.mjs`), as a [`FileReply`];
/// - `ocrText(pages)`: the text of a scan or a photo from the words OCR found on its pages
///   (`static/ocr-items.mjs`), with a note saying it was recognised and what to check;
/// - `pdfFailed(why)`: pdf.js could not open the PDF (`password`, `damaged`), or OCR could not
///   start (`ocr`), as a [`FileReply`].
pub fn run(name: &str, a: &str, b: &str) -> Option<String> {
    match name {
        "render" => {
            let format = Format::from_name(b)?;
            let doc = import_json(a).ok()?.doc;
            Some(render_text(format, &doc))
        }
        "read" => Some(crate::intake::take_in(a, true).document.to_json()),
        "pdfText" => Some(match crate::pdf_text::converted_pdf_text(a) {
            Ok((text, converted)) => {
                let note = converted.map(conversion_note);
                let note = note.as_ref().map(|(vi, en)| (vi.as_str(), en.as_str()));
                reply_text(&text, converted, note)
            }
            Err(e) => reply_refused(e.message_vi(), e.message_en()),
        }),
        "ocrText" => Some(match crate::ocr_text::recognised(a) {
            Ok(r) => reply_text(&r.text, None, Some((&r.note_vi(), &r.note_en()))),
            Err(e) => reply_refused(e.message_vi(), e.message_en()),
        }),
        "pdfFailed" => {
            let e = crate::pdf_text::PdfError::from_name(a);
            Some(reply_refused(e.message_vi(), e.message_en()))
        }
        _ => None,
    }
}

/// Runs job `name` on a file's bytes; `None` when the job is unknown.
///
/// - `word(bytes)`: the text of a Word file (.docx or .doc), as a [`FileReply`] written by
///   [`word_reply`].
pub fn run_bytes(name: &str, bytes: &[u8]) -> Option<String> {
    match name {
        "word" => Some(word_reply(bytes)),
        _ => None,
    }
}

/// What a file's job (Word, PDF, OCR) found: the text, the legacy encoding of its font-converted
/// part, and what the clerk should be told about it (a note in each language: converted from
/// .VnTime, recognised by OCR); or why there is none, said in both languages. The words come
/// from the worker, so the first visit carries none of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileReply {
    Text {
        text: String,
        converted: Option<Legacy>,
        /// `(vi, en)`.
        note: Option<(String, String)>,
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

/// A reply with text: a first line `text` (followed by the encoding's name if text was
/// converted), the note in Vietnamese and in English (each line empty when there is none), then
/// the text. (Lines rather than JSON: the app reads it with a few lines of code, no serde code
/// for it in the first visit.)
fn reply_text(text: &str, converted: Option<Legacy>, note: Option<(&str, &str)>) -> String {
    let name = ENCODINGS
        .iter()
        .find(|(_, e)| Some(*e) == converted)
        .map(|(n, _)| format!(" {n}"))
        .unwrap_or_default();
    let (vi, en) = note.unwrap_or_default();
    // (A note is one line: the format is line by line.)
    let one_line = |s: &str| s.replace(['\n', '\r'], " ");
    format!("text{name}\n{}\n{}\n{text}", one_line(vi), one_line(en))
}

/// A reply saying why there is no text: `refused`, the reason in Vietnamese, then in English, a
/// line each.
fn reply_refused(vi: &str, en: &str) -> String {
    format!("refused\n{vi}\n{en}")
}

/// The `word` job's reply: the text (with a note when runs in a legacy font were converted), or
/// why there is none.
pub fn word_reply(bytes: &[u8]) -> String {
    let refused = |r: Refusal| reply_refused(&r.message_vi(), &r.message_en());
    match open_file(bytes) {
        Ok(Incoming::Word(w)) => {
            let note = w.converted.map(conversion_note);
            let note = note.as_ref().map(|(vi, en)| (vi.as_str(), en.as_str()));
            reply_text(&w.text, w.converted, note)
        }
        Ok(Incoming::Notice(text)) => reply_text(&text, None, None),
        Ok(Incoming::Saved(_)) => refused(Refusal::NotText(crate::opening::NotText::Binary)),
        Err(r) => refused(r),
    }
}

/// What the clerk is told when a file's text in a legacy font was converted, `(vi, en)`.
fn conversion_note(e: Legacy) -> (String, String) {
    (
        format!(
            "chữ gõ bằng bảng mã cũ {} (phông .VnTime, VNI…) đã được chuyển sang Unicode.",
            e.name_vi()
        ),
        format!(
            "text typed in the old {} encoding (.VnTime, VNI… fonts) was converted to Unicode.",
            e.name_en()
        ),
    )
}

/// Reads a file job's reply; `None` if it is not one.
pub fn parse_file_reply(reply: &str) -> Option<FileReply> {
    let (head, rest) = reply.split_once('\n')?;
    if head == "refused" {
        let (vi, en) = rest.split_once('\n')?;
        return Some(FileReply::Refused {
            vi: vi.into(),
            en: en.into(),
        });
    }
    let encoding = head.strip_prefix("text")?.trim();
    let converted = ENCODINGS
        .iter()
        .find(|(n, _)| *n == encoding)
        .map(|(_, e)| *e);
    let (vi, rest) = rest.split_once('\n')?;
    let (en, text) = rest.split_once('\n')?;
    Some(FileReply::Text {
        text: text.into(),
        converted,
        note: (!vi.is_empty()).then(|| (vi.into(), en.into())),
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
        assert_eq!(
            run("backupWrite", "[]", ""),
            None,
            "written in the workspace's module"
        );
        let read = run("read", "THÔNG BÁO\n1. Giao Phòng A báo cáo.\n", "").unwrap_or_default();
        assert_eq!(import_json(&read).map(|i| i.doc.directives.len()), Ok(1));
        assert_eq!(run("format the disk", "", ""), None);
        assert_eq!(run_bytes("format the disk", b""), None);
    }

    #[test]
    fn a_file_reply_reads_back() {
        let cases = [
            (
                "THÔNG BÁO\nGiao Phòng A.\n",
                Some(Legacy::Tcvn3),
                Some(("đã chuyển", "converted")),
            ),
            ("x", None, None),
            ("", None, Some(("a\nb", "c"))),
        ];
        for (text, converted, note) in cases {
            let reply = parse_file_reply(&reply_text(text, converted, note));
            let note = note.map(|(vi, en)| (vi.replace('\n', " "), en.to_string()));
            assert_eq!(
                reply,
                Some(FileReply::Text {
                    text: text.into(),
                    converted,
                    note
                })
            );
        }
        let refused = parse_file_reply(&word_reply(b"PK\x03\x04 damaged"));
        assert!(
            matches!(&refused, Some(FileReply::Refused { vi, en }) if vi.contains("bị hỏng") && en.contains("damaged")),
            "{refused:?}"
        );
        assert_eq!(parse_file_reply("nonsense"), None);
        assert_eq!(parse_file_reply("text\nonly a note"), None);
        assert!(matches!(
            run("pdfFailed", "password", "").map(|r| parse_file_reply(&r)),
            Some(Some(FileReply::Refused { vi, .. })) if vi.contains("mật khẩu")
        ));
        let page = r#"[{"w":5950,"h":8420,"items":[["THÔNG BÁO",2500,1300,600,120,1]]}]"#;
        assert_eq!(
            run("pdfText", page, "").map(|r| parse_file_reply(&r)),
            Some(Some(FileReply::Text {
                text: "THÔNG BÁO\n".into(),
                converted: None,
                note: None
            }))
        );
        // OCR's text comes with its note; a page where OCR found nothing says so.
        let words = r#"[{"w":20000,"h":28000,"items":[["THÔNG",8000,3000,900,400,0,93],["BÁO",9000,3000,600,400,1,41]]}]"#;
        assert!(matches!(
            run("ocrText", words, "").map(|r| parse_file_reply(&r)),
            Some(Some(FileReply::Text { text, note: Some((vi, en)), .. }))
                if text == "THÔNG BÁO\n" && vi.contains("OCR") && vi.contains("“BÁO”") && en.contains("1 uncertain word")
        ));
        assert!(matches!(
            run("ocrText", r#"[{"w":1,"h":1,"items":[]}]"#, "").map(|r| parse_file_reply(&r)),
            Some(Some(FileReply::Refused { vi, .. })) if vi.contains("OCR")
        ));
        // A text file sent by mistake is still its text.
        assert_eq!(
            parse_file_reply(&word_reply("Giao Phòng A.".as_bytes())),
            Some(FileReply::Text {
                text: "Giao Phòng A.".into(),
                converted: None,
                note: None
            })
        );
    }
}
