//! The file readers on any bytes: the one way in with Word files (`ketluan::opening::open_file`:
//! the zip container, styles, numbering, body) and the PDF layout on any pdf.js pages
//! (`ketluan::pdf_text`). Never a panic; a Word file's text reads to a document whose ranges fit.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(ketluan::opening::Incoming::Word(w)) = ketluan::opening::open_file(data) {
        let doc = ketluan::read(&w.text);
        ketluan::edit::validate(&doc).expect("the reader's ranges fit its text");
    }
    let _ = ketluan::pdf_text::pdf_text(&String::from_utf8_lossy(data));
});
