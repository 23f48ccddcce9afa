//! The file readers on any bytes: the one way in with Word files (`ketluan::opening::open_file`:
//! the zip container, styles, numbering, body), the PDF layout on any pdf.js pages
//! (`ketluan::pdf_text`) and the OCR layout on any OCR words (`ketluan::ocr_text`: a tilted
//! photo's margins straightened). Never a panic; a Word file's text reads to a document whose
//! ranges fit.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(ketluan::opening::Incoming::Word(w)) = ketluan::opening::open_file(data) {
        let doc = ketluan::read(&w.text);
        ketluan::edit::validate(&doc).expect("the reader's ranges fit its text");
    }
    let text = String::from_utf8_lossy(data);
    let _ = ketluan::pdf_text::pdf_text(&text);
    let _ = ketluan::ocr_text::recognised(&text);
});
