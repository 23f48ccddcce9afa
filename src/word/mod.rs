//! A notice in a Word file (.docx) as the text a clerk would paste: its body's paragraphs in
//! order, Word's automatic list numbers written back in front of them, tables laid out as
//! lines, text set in a legacy font converted by the font's name.
//!
//! - `zip`: the container (written by hand: see there);
//! - `xml`: the WordprocessingML names and attributes over quick-xml;
//! - `styles`: what paragraph and character styles give (numbering, fonts);
//! - `numbering`: the list numbers, counted as Word counts them;
//! - `body`: the document's paragraphs and tables as lines;
//! - `doc`: the text of an old Word 97–2003 file (.doc), through its piece table.
//!
//! The command line reads a .docx with this directly; the web app runs it in the reader's
//! worker (`crate::worker_jobs`), so the first visit does not carry it.

mod body;
mod doc;
mod numbering;
mod styles;
mod xml;
pub mod zip;

use serde::{Deserialize, Serialize};

use crate::encoding::Legacy;
use zip::{Zip, ZipError};

/// The text of a Word file, and the legacy encoding most of its converted text was in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordText {
    pub text: String,
    /// The encoding of the legacy-font text converted (the one with most characters), if any.
    #[serde(default)]
    pub converted: Option<Legacy>,
}

/// Why a zip file gives no text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WordError {
    /// Damaged or cut short.
    Damaged,
    /// A zip or an old Office file that is not a Word document (an Excel .xlsx or .xls, an
    /// OpenDocument .odt, a .zip).
    NotWord,
    /// Its document unpacks to more than the limit (a deflate bomb, or not a notice).
    TooBig,
    /// Compressed in a way Word does not use, or encrypted.
    Unsupported,
    /// A Word document with no text in its body (a scan pasted in as a picture).
    NoText,
}

/// The text of the Word 97–2003 file (.doc) in `bytes` (its list numbers are not rebuilt; a
/// legacy font's letters are converted later, by the reader's encoding detection). Never panics.
pub fn doc_file_text(bytes: &[u8]) -> Result<WordText, WordError> {
    doc::doc_text(bytes).map(|text| WordText {
        text,
        converted: None,
    })
}

/// The text of the .docx in `bytes`. Never panics.
pub fn docx_text(bytes: &[u8]) -> Result<WordText, WordError> {
    let zip = Zip::new(bytes).map_err(|_| WordError::Damaged)?;
    if !zip.has("word/document.xml") {
        return Err(WordError::NotWord);
    }
    let part = |name: &str| match zip.part(name) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(ZipError::Missing) => Ok(None),
        Err(ZipError::TooBig) => Err(WordError::TooBig),
        Err(ZipError::Unsupported) => Err(WordError::Unsupported),
        Err(ZipError::Damaged) => Err(WordError::Damaged),
    };
    let document = part("word/document.xml")?.unwrap_or_default();
    let styles = part("word/styles.xml")?
        .map(|x| styles::Styles::parse(&x))
        .unwrap_or_default();
    let mut numbering = part("word/numbering.xml")?
        .map(|x| numbering::Numbering::parse(&x))
        .unwrap_or_default();
    numbering.link_styles(&styles);
    let body = body::read(&document, &styles, &mut numbering);
    if body.text.trim().is_empty() {
        return Err(WordError::NoText);
    }
    let converted = body
        .converted
        .iter()
        .max_by_key(|(enc, n)| (**n, enc.name_en()))
        .map(|(enc, _)| *enc);
    Ok(WordText {
        text: body.text,
        converted,
    })
}

impl WordError {
    /// What went wrong and what to do, in Vietnamese.
    pub fn message_vi(self) -> &'static str {
        match self {
            WordError::Damaged => "tệp Word bị hỏng hoặc bị cắt cụt, không đọc được. Hãy lấy lại tệp gốc, hoặc mở bằng Word rồi sao chép toàn bộ văn bản và dán vào ô văn bản.",
            WordError::NotWord => "tệp không phải văn bản Word — có thể là tệp Excel, OpenDocument hoặc tệp nén. Hãy mở thông báo bằng Word và lưu thành .docx, hoặc sao chép văn bản rồi dán vào ô văn bản.",
            WordError::TooBig => "văn bản trong tệp Word quá lớn để mở (hơn 64 MB khi giải nén). Hãy mở từng thông báo riêng.",
            WordError::Unsupported => "tệp Word được nén theo cách không hỗ trợ hoặc có đặt mật khẩu. Hãy mở bằng Word, bỏ mật khẩu rồi lưu lại, hoặc sao chép văn bản rồi dán vào ô văn bản.",
            WordError::NoText => "tệp Word không có chữ trong phần thân (có thể chỉ là ảnh chụp văn bản). Hãy dùng bản có chữ của thông báo.",
        }
    }

    /// What went wrong and what to do, in English.
    pub fn message_en(self) -> &'static str {
        match self {
            WordError::Damaged => "the Word file is damaged or cut short and cannot be read. Get the original file again, or open it in Word, copy all the text and paste it into the text area.",
            WordError::NotWord => "the file is not a Word document — perhaps an Excel, OpenDocument or zip file. Open the notice in Word and save it as .docx, or copy its text and paste it into the text area.",
            WordError::TooBig => "the text in the Word file is too large to open (over 64 MB unpacked). Open one notice at a time.",
            WordError::Unsupported => "the Word file is compressed in a way that is not supported, or has a password. Open it in Word, remove the password and save it again, or copy the text and paste it into the text area.",
            WordError::NoText => "the Word file has no text in its body (perhaps only a picture of the notice). Use a copy of the notice with text.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use zip::tests::zip;

    const DOCUMENT: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>THÔNG BÁO</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr><w:r><w:t>Giao Phòng Giáo dục Trung học báo cáo trước ngày 20/11/2023.</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Các trường THPT rà soát.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>V¨n phßng Së tæng hîp.</w:t></w:r></w:p>
<w:sectPr/></w:body></w:document>"#;

    const STYLES: &str = r#"<w:styles xmlns:w="x"><w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>"#;

    const NUMBERING: &str = r#"<w:numbering xmlns:w="x"><w:abstractNum w:abstractNumId="7">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>"#;

    fn docx() -> Vec<u8> {
        zip(&[
            ("[Content_Types].xml", b"<Types/>", false),
            ("word/document.xml", DOCUMENT.as_bytes(), true),
            ("word/styles.xml", STYLES.as_bytes(), true),
            ("word/numbering.xml", NUMBERING.as_bytes(), false),
        ])
    }

    #[test]
    fn a_docx_gives_its_text_with_its_list_numbers_and_fonts() {
        let got = docx_text(&docx()).expect("docx");
        assert_eq!(
            got.text,
            "THÔNG BÁO\n1. Giao Phòng Giáo dục Trung học báo cáo trước ngày 20/11/2023.\na) Các trường THPT rà soát.\n2. Văn phòng Sở tổng hợp.\n"
        );
        assert_eq!(got.converted, Some(Legacy::Tcvn3));
        let doc = crate::read(&got.text);
        assert_eq!(doc.directives.len(), 3);
        assert_eq!(doc.directives[0].owners[0].name, "Phòng Giáo dục Trung học");
    }

    #[test]
    fn zips_that_are_not_word_files_say_what_they_are() {
        let xlsx = zip(&[("xl/workbook.xml", b"<workbook/>", true)]);
        assert_eq!(docx_text(&xlsx), Err(WordError::NotWord));
        let picture = zip(&[(
            "word/document.xml",
            b"<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:drawing/></w:r></w:p></w:body></w:document>",
            true,
        )]);
        assert_eq!(docx_text(&picture), Err(WordError::NoText));
        let bytes = docx();
        assert_eq!(
            docx_text(&bytes[..bytes.len() / 2]),
            Err(WordError::Damaged)
        );
        assert_eq!(docx_text(b"not a zip"), Err(WordError::Damaged));
        for e in [
            WordError::Damaged,
            WordError::NotWord,
            WordError::TooBig,
            WordError::Unsupported,
            WordError::NoText,
        ] {
            assert!(e.message_vi().contains("Word") || e.message_vi().contains("zip"));
            assert!(!e.message_en().is_empty());
        }
    }

    #[test]
    fn every_cut_and_flipped_byte_is_an_answer_never_a_panic() {
        let bytes = docx();
        for at in (0..bytes.len()).step_by(7) {
            let _ = docx_text(&bytes[..at]);
            let mut bad = bytes.clone();
            bad[at] = bad[at].wrapping_add(1);
            let _ = docx_text(&bad);
        }
    }
}
