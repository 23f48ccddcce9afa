//! A text taken in whole — a paste, an opened .txt file, the text "Hoàn tác" puts back —
//! converted to Unicode first if it is in a legacy Vietnamese encoding (when asked), then read.
//!
//! This is what the web app's reader worker runs (`src/reader_worker.rs`) and hands back to the
//! app as JSON ([`Intake`] is serde both ways), and what the CLI runs on a text file: one code
//! path for both, tested natively here.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::encoding::{self, Legacy};

/// A legacy encoding found and converted.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Conversion {
    /// The encoding most converted lines were in.
    pub encoding: Legacy,
    /// How many lines were converted (a paste may mix encodings).
    pub lines: usize,
    /// The whole text after conversion (what the paste area then shows; the document's text is
    /// its canonical form).
    pub text: String,
}

/// A text read: the document, and the conversion done before reading, if any.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Intake {
    pub document: Document,
    #[serde(default)]
    pub converted: Option<Conversion>,
    /// The text taken from a paste's HTML (before any conversion), when the paste had HTML with
    /// text in it: what the paste area then shows.
    #[serde(default)]
    pub from_html: Option<String>,
}

/// Reads `text`; with `convert`, lines in a legacy encoding are converted to Unicode first
/// (typed text and the text "Hoàn tác" puts back are read as they are). Never panics.
pub fn take_in(text: &str, convert: bool) -> Intake {
    if !convert {
        return Intake {
            document: crate::read(text),
            converted: None,
            from_html: None,
        };
    }
    let c = encoding::to_unicode(text);
    match (c.text, c.encoding) {
        (Cow::Owned(unicode), Some(encoding)) => Intake {
            document: crate::read(&unicode),
            converted: Some(Conversion {
                encoding,
                lines: c.lines_converted,
                text: unicode,
            }),
            from_html: None,
        },
        (text, _) => Intake {
            document: crate::read(&text),
            converted: None,
            from_html: None,
        },
    }
}

/// Text read with the header facts the user set standing over the reader's (`notice::read_given`):
/// the text the editor holds, read again as it is (never converted).
pub fn take_in_given(text: &str, given: &[crate::document::FieldEdit]) -> Intake {
    Intake {
        document: crate::notice::read_given(text, given),
        converted: None,
        from_html: None,
    }
}

/// A paste: read from its HTML when the clipboard had some with text in it (Word and web pages:
/// lists, tables and legacy fonts kept, `crate::pasted_html`), else from its plain text; either
/// converted from a legacy encoding if need be. Never panics.
pub fn take_in_paste(text: &str, html: Option<&str>) -> Intake {
    match html.and_then(crate::pasted_html::to_text) {
        Some(from_html) => {
            let mut intake = take_in(&from_html, true);
            intake.from_html = Some(from_html);
            intake
        }
        None => take_in(text, true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Giao Phòng GDĐT báo cáo trước ngày 20/11/2023." in TCVN3 (.VnTime): the Unicode
    /// sentence's letters replaced by their TCVN3 bytes read as Windows-1252.
    const TCVN3: &str = "Giao Phßng GD§T b¸o c¸o tr\u{AD}íc ngµy 20/11/2023.";
    const UNICODE: &str = "Giao Phòng GDĐT báo cáo trước ngày 20/11/2023.";

    #[test]
    fn a_legacy_paste_is_converted_then_read_as_its_unicode_original() {
        let got = take_in(TCVN3, true);
        let conv = got.converted.as_ref().expect("converted");
        assert_eq!(conv.encoding, Legacy::Tcvn3);
        assert_eq!((conv.lines, conv.text.as_str()), (1, UNICODE));
        assert_eq!(got.document, crate::read(UNICODE));
    }

    #[test]
    fn typed_text_is_never_converted() {
        let got = take_in(TCVN3, false);
        assert_eq!(got.converted, None);
        assert_eq!(got.document, crate::read(TCVN3));
    }

    #[test]
    fn unicode_is_read_as_it_is() {
        let got = take_in(UNICODE, true);
        assert_eq!(got.converted, None);
        assert_eq!(got.document, crate::read(UNICODE));
    }

    #[test]
    fn a_paste_with_html_is_read_from_it_else_from_its_text() {
        let html = "<ol><li>Giao <span style='font-family:.VnTime'>Ph\u{DF}ng GD\u{A7}T</span> b\u{E1}o c\u{E1}o tr\u{1B0}\u{1EDB}c ng\u{E0}y 20/11/2023.</li></ol>";
        let got = take_in_paste("Giao ...", Some(html));
        let text = "1. Giao Phòng GDĐT báo cáo trước ngày 20/11/2023.\n";
        assert_eq!(got.from_html.as_deref(), Some(text));
        assert_eq!(got.document, crate::read(text));
        let plain = take_in_paste(UNICODE, Some("<p> </p>"));
        assert_eq!(
            (plain.from_html, plain.document),
            (None, crate::read(UNICODE))
        );
        assert_eq!(take_in_paste(TCVN3, None), take_in(TCVN3, true));
    }

    #[test]
    fn the_json_handed_to_the_app_comes_back_the_same() {
        for intake in [take_in(TCVN3, true), take_in(UNICODE, true)] {
            let json = serde_json::to_string(&intake).expect("serializes");
            let back: Intake = serde_json::from_str(&json).expect("deserializes");
            assert_eq!(back, intake);
        }
    }
}
