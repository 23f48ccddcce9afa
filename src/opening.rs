//! One way in: what the bytes of an opened file (or standard input) are — a notice to read, or
//! a ketluan document to check and open — and why a file is refused, with the same verdict and
//! the same words in the command line and the app.
//!
//! The order of the checks: size, emptiness, kinds of file that are not text (told by their
//! first bytes, each with what to do instead), other binary data; then the text is decoded
//! (UTF-8, UTF-16 with or without a byte order mark, anything else as Windows-1252, which is
//! how the one-byte files of the old Vietnamese fonts reach the encoding converter); a text that
//! starts like JSON is a ketluan document and goes through [`crate::edit::import_json`], never
//! read as a notice.

use crate::edit::{import_json, ImportError, Imported};
use crate::word::{WordError, WordText};

/// The largest input opened, in bytes (8 MiB), in the command line and the app alike.
pub const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// What an input holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// A notice as text (to be read, after converting a legacy encoding).
    Notice(String),
    /// A ketluan document, checked.
    Saved(Box<Imported>),
    /// A Word document's text ([`open_file`] only; the app reads Word files in its worker).
    Word(WordText),
}

/// A kind of file that is not plain text, told by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotText {
    Pdf,
    /// A zip container: Word .docx (or .xlsx, .odt, a .zip).
    Docx,
    /// The old Office container: Word 97–2003 .doc (or .xls).
    Doc,
    Rtf,
    Image,
    /// Anything else with NUL bytes.
    Binary,
}

/// Why an input is refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// Over [`MAX_INPUT_BYTES`] (at least this many bytes).
    TooBig(usize),
    /// Nothing in it but white space.
    Empty,
    NotText(NotText),
    /// A JSON document that cannot be opened.
    Json(ImportError),
    /// A zip file that gives no Word text ([`open_file`] only), with what to say of it in
    /// Vietnamese and in English. (The words travel with the refusal: the web app reads Word
    /// files only in its worker, so its first visit carries none of them.)
    Word(WordError, [&'static str; 2]),
}

/// What `bytes` hold, or why they are refused. Never panics.
pub fn open(bytes: &[u8]) -> Result<Incoming, Refusal> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Refusal::TooBig(bytes.len()));
    }
    if let Some(kind) = not_text(bytes) {
        return Err(Refusal::NotText(kind));
    }
    let text = decode(bytes);
    let body = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if body.trim().is_empty() {
        return Err(Refusal::Empty);
    }
    if body.starts_with(['{', '[']) {
        return import_json(body)
            .map(|i| Incoming::Saved(Box::new(i)))
            .map_err(Refusal::Json);
    }
    Ok(Incoming::Notice(text))
}

fn word_refusal(e: WordError) -> Refusal {
    Refusal::Word(e, [e.message_vi(), e.message_en()])
}

/// What `bytes` hold, as [`open`], a Word document (.docx, or .doc) read too ([`crate::word`]): the
/// command line's way in, and the app's reader worker's for a Word file. Never panics.
pub fn open_file(bytes: &[u8]) -> Result<Incoming, Refusal> {
    match open(bytes) {
        Err(Refusal::NotText(NotText::Docx)) => crate::word::docx_text(bytes)
            .map(Incoming::Word)
            .map_err(word_refusal),
        Err(Refusal::NotText(NotText::Doc)) => crate::word::doc_file_text(bytes)
            .map(Incoming::Word)
            .map_err(word_refusal),
        other => other,
    }
}

/// The kind of file that is not text, if `bytes` are one.
fn not_text(bytes: &[u8]) -> Option<NotText> {
    const SIGNATURES: [(&[u8], NotText); 10] = [
        (b"%PDF-", NotText::Pdf),
        (b"PK\x03\x04", NotText::Docx),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", NotText::Doc),
        (b"{\\rtf", NotText::Rtf),
        (b"\x89PNG", NotText::Image),
        (b"\xFF\xD8\xFF", NotText::Image),
        (b"GIF8", NotText::Image),
        (b"II*\x00", NotText::Image),
        (b"MM\x00*", NotText::Image),
        (b"BM", NotText::Image),
    ];
    if let Some((_, kind)) = SIGNATURES
        .iter()
        .find(|(sig, _)| bytes.starts_with(sig) && (*sig != b"BM" || bitmap_header(bytes)))
    {
        return Some(*kind);
    }
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return Some(NotText::Image);
    }
    if utf16_order(bytes).is_none() && bytes.contains(&0) {
        return Some(NotText::Binary);
    }
    None
}

/// "BM" starts many texts too: a bitmap's header also gives its own size.
fn bitmap_header(bytes: &[u8]) -> bool {
    let Some(size) = bytes.get(2..6) else {
        return false;
    };
    let size = u32::from_le_bytes([size[0], size[1], size[2], size[3]]) as usize;
    size == bytes.len()
}

/// UTF-16's byte order: little-endian `true`. By the byte order mark, or, without one, by the
/// zero bytes of ASCII letters falling on one side of every pair.
fn utf16_order(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some(true),
        [0xFE, 0xFF, ..] => return Some(false),
        _ => {}
    }
    let pairs = bytes.len() / 2;
    if pairs < 2 || bytes.len() % 2 != 0 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in bytes.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // Vietnamese in UTF-16: most characters are ASCII or in U+00xx/U+01xx/U+1Exx, whose high
    // byte is 0, 1 or 0x1E; ASCII alone gives a zero in every pair.
    if odd * 2 > pairs && even * 10 < pairs {
        Some(true)
    } else if even * 2 > pairs && odd * 10 < pairs {
        Some(false)
    } else {
        None
    }
}

/// The text of `bytes`: UTF-8 (a byte order mark dropped), UTF-16, or else Windows-1252.
pub fn decode(bytes: &[u8]) -> String {
    if let Some(little) = utf16_order(bytes) {
        let units = bytes.chunks_exact(2).map(|p| {
            if little {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        let text: String = char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
        return text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text).to_string(),
        Err(_) => crate::encoding::from_cp1252(bytes),
    }
}

impl Refusal {
    /// What went wrong and what to do, in Vietnamese.
    pub fn message_vi(&self) -> String {
        match self {
            Refusal::TooBig(n) => format!(
                "tệp quá lớn ({} MB; tối đa {} MB). Hãy mở từng thông báo riêng.",
                megabytes(*n),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
            Refusal::Empty => "tệp trống, không có gì để đọc.".into(),
            Refusal::NotText(kind) => match kind {
                // The web app reads these in its reader's worker, so it refuses them only when
                // that worker could not be loaded; the command line says where they open
                // (`src/bin/ketluan.rs`), and those words stay out of the app's first visit.
                NotText::Pdf | NotText::Docx | NotText::Doc | NotText::Image => "bộ đọc tệp PDF, Word và ảnh chưa tải được (lần dùng đầu cần kết nối mạng; sau đó dùng được cả khi không có mạng). Hoặc mở tệp, chọn toàn bộ văn bản (Ctrl+A), sao chép rồi dán vào ô văn bản.",
                NotText::Rtf => "đây là tệp RTF. Hãy mở bằng Word, sao chép toàn bộ văn bản rồi dán vào ô văn bản (hoặc lưu thành .txt).",
                NotText::Binary => "tệp không phải văn bản (có dữ liệu nhị phân). Chỉ mở được tệp văn bản .txt hoặc tệp .json của ketluan.",
            }
            .into(),
            Refusal::Json(e) => e.message_vi(),
            Refusal::Word(_, [vi, _]) => (*vi).into(),
        }
    }

    /// What went wrong and what to do, in English.
    pub fn message_en(&self) -> String {
        match self {
            Refusal::TooBig(n) => format!(
                "the file is too large ({} MB; at most {} MB). Open one notice at a time.",
                megabytes(*n),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
            Refusal::Empty => "the file is empty: nothing to read.".into(),
            Refusal::NotText(kind) => match kind {
                NotText::Pdf | NotText::Docx | NotText::Doc | NotText::Image => "the reader of PDF, Word and image files could not be loaded (its first use needs a network connection; after that it works offline too). Or open the file, select all its text (Ctrl+A), copy and paste it into the text area.",
                NotText::Rtf => "this is an RTF file. Open it in Word, copy all the text and paste it into the text area (or save it as .txt).",
                NotText::Binary => "the file is not text (it holds binary data). Only .txt text files and ketluan .json files can be opened.",
            }
            .into(),
            Refusal::Json(e) => e.message_en(),
            Refusal::Word(_, [_, en]) => (*en).into(),
        }
    }
}

fn megabytes(n: usize) -> String {
    let tenths = (n as u64 * 10 + 512 * 1024) / (1024 * 1024);
    format!("{},{}", tenths / 10, tenths % 10)
}

impl ImportError {
    /// Why a ketluan JSON document is refused, and what to do, in Vietnamese.
    pub fn message_vi(&self) -> String {
        match self {
            ImportError::NotJson(at) => format!("tệp JSON bị hỏng hoặc bị cắt cụt ({at}). Hãy dùng lại tệp gốc, hoặc tải lại JSON từ ứng dụng."),
            ImportError::WrongFormat(None) => "tệp JSON này không phải của ketluan.".into(),
            ImportError::WrongFormat(Some(f)) => format!("tệp có định dạng “{f}”, không phải “ketluan”."),
            ImportError::WrongVersion(Some(v)) if *v > u64::from(crate::document::VERSION) => format!("tệp được tạo bởi phiên bản ketluan mới hơn (định dạng phiên bản {v}) — hãy cập nhật ketluan (tải lại trang) rồi mở lại."),
            ImportError::WrongVersion(Some(v)) => format!("tệp thuộc phiên bản {v} của định dạng; ketluan này chỉ đọc được phiên bản {}.", crate::document::VERSION),
            ImportError::WrongVersion(None) => format!("tệp thiếu số phiên bản định dạng hợp lệ (cần \"version\": {}).", crate::document::VERSION),
            ImportError::VersionAsText(t) => format!("số phiên bản viết thành chữ “{t}”; phải là số (\"version\": {}).", crate::document::VERSION),
            ImportError::Malformed(at) => format!("nội dung tệp không đúng cấu trúc ({at})."),
            ImportError::OffsetsOutOfText { what, start, end, len } => format!("vị trí {start}–{end} ({what}) nằm ngoài văn bản dài {len} ký tự."),
            ImportError::DuplicateId(id) => format!("mã nhiệm vụ “{id}” bị trùng hoặc trống."),
        }
    }

    /// Why a ketluan JSON document is refused, and what to do, in English.
    pub fn message_en(&self) -> String {
        match self {
            ImportError::NotJson(at) => format!("the JSON file is damaged or cut short ({at}). Use the original file again, or download the JSON from the app again."),
            ImportError::WrongFormat(None) => "this JSON file is not a ketluan file.".into(),
            ImportError::WrongFormat(Some(f)) => format!("its format is “{f}”, not “ketluan”."),
            ImportError::WrongVersion(Some(v)) if *v > u64::from(crate::document::VERSION) => format!("it was made by a newer version of ketluan (format version {v}) — update ketluan (reload the page) and open it again."),
            ImportError::WrongVersion(Some(v)) => format!("it is version {v} of the format; this ketluan reads version {}.", crate::document::VERSION),
            ImportError::WrongVersion(None) => format!("it has no valid format version (\"version\": {} is needed).", crate::document::VERSION),
            ImportError::VersionAsText(t) => format!("its version is written as text, “{t}”; it must be a number (\"version\": {}).", crate::document::VERSION),
            ImportError::Malformed(at) => format!("its content has the wrong structure ({at})."),
            ImportError::OffsetsOutOfText { what, start, end, len } => format!("offsets {start}–{end} ({what}) do not fit a text of {len} characters."),
            ImportError::DuplicateId(id) => format!("the task id “{id}” is duplicated or empty."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTICE: &str =
        "THÔNG BÁO\n1. Giao Phòng Giáo dục Trung học báo cáo trước ngày 20/11/2023.\n";

    fn notice(bytes: &[u8]) -> String {
        match open(bytes) {
            Ok(Incoming::Notice(text)) => text,
            other => panic!("not a notice: {other:?}"),
        }
    }

    fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
        for u in units {
            out.extend(if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            });
        }
        out
    }

    #[test]
    fn text_in_every_unicode_form_is_the_same_notice() {
        assert_eq!(notice(NOTICE.as_bytes()), NOTICE);
        let bom = [b"\xEF\xBB\xBF".as_slice(), NOTICE.as_bytes()].concat();
        assert_eq!(notice(&bom), NOTICE);
        for little in [true, false] {
            for with_bom in [true, false] {
                assert_eq!(
                    notice(&utf16(NOTICE, little, with_bom)),
                    NOTICE,
                    "{little} {with_bom}"
                );
            }
        }
    }

    #[test]
    fn one_byte_legacy_files_reach_the_converter_as_windows_1252() {
        // "Phßng" in TCVN3 is the bytes P h 0xDF n g: read as 1252, ß.
        assert_eq!(notice(b"Ph\xDFng \x93x\x94"), "Phßng “x”");
    }

    #[test]
    fn files_that_are_not_text_say_what_they_are() {
        let cases: [(&[u8], NotText); 7] = [
            (b"%PDF-1.7\n%\xE2\xE3", NotText::Pdf),
            (b"PK\x03\x04\x14\x00\x06\x00", NotText::Docx),
            (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", NotText::Doc),
            (b"{\\rtf1\\ansi", NotText::Rtf),
            (b"\x89PNG\r\n\x1A\n\x00\x00", NotText::Image),
            (b"\xFF\xD8\xFF\xE0\x00\x10JFIF", NotText::Image),
            (b"abc\x00\x01\x02\x03\x00\x00\x07", NotText::Binary),
        ];
        for (bytes, kind) in cases {
            assert_eq!(open(bytes), Err(Refusal::NotText(kind)), "{bytes:?}");
        }
        // A text that starts with "BM" is still a text.
        assert_eq!(notice(b"BM: ban giam hieu"), "BM: ban giam hieu");
    }

    #[test]
    fn empty_and_oversized_inputs_are_refused() {
        assert_eq!(open(b""), Err(Refusal::Empty));
        assert_eq!(open(b" \r\n\t\n"), Err(Refusal::Empty));
        assert_eq!(open(b"\xEF\xBB\xBF\n"), Err(Refusal::Empty));
        let big = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert_eq!(open(&big), Err(Refusal::TooBig(MAX_INPUT_BYTES + 1)));
        assert!(Refusal::TooBig(MAX_INPUT_BYTES + 1)
            .message_vi()
            .contains("8,0 MB"));
    }

    #[test]
    fn what_starts_like_json_is_a_document_never_a_notice() {
        let doc = crate::read(NOTICE);
        match open(doc.to_json().as_bytes()) {
            Ok(Incoming::Saved(i)) => assert_eq!(i.doc, doc),
            other => panic!("{other:?}"),
        }
        let json = doc.to_json();
        let cut = &json.as_bytes()[..json.len() / 2];
        assert!(matches!(
            open(cut),
            Err(Refusal::Json(ImportError::NotJson(_)))
        ));
        assert!(matches!(
            open(b"  [1, 2]"),
            Err(Refusal::Json(ImportError::WrongFormat(None)))
        ));
        let newer = r#"{"format":"ketluan","version":2,"text":"","directives":[]}"#;
        let refused = open(newer.as_bytes()).expect_err("newer version");
        assert!(refused.message_vi().contains("phiên bản ketluan mới hơn"));
        assert!(refused.message_en().contains("newer version of ketluan"));
    }
}
