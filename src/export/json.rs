//! The JSON users save and share: the `ketluan` format, version 1 (see `crate::document`).
//!
//! This is [`Document::to_json`] and nothing more; reading a JSON file back (format and version
//! checks, offsets that fit the text) is import validation in `src/edit.rs`.

use crate::document::Document;

/// The downloaded JSON: pretty-printed UTF-8, no byte-order mark.
pub fn to_json(doc: &Document) -> String {
    doc.to_json()
}
