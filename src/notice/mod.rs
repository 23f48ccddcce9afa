//! The reader: a pipeline of plain functions over the pasted text, one module per stage.
//! Byte offsets live only inside this module; [`read`] converts them to code points.

use crate::document::Document;

/// Reads pasted text into a document.
pub fn read(pasted: &str) -> Document {
    let mut doc = Document::empty();
    doc.text = pasted.replace("\r\n", "\n");
    doc
}
