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
}

/// Reads `text`; with `convert`, lines in a legacy encoding are converted to Unicode first
/// (typed text and the text "Hoàn tác" puts back are read as they are). Never panics.
pub fn take_in(text: &str, convert: bool) -> Intake {
    if !convert {
        return Intake {
            document: crate::read(text),
            converted: None,
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
        },
        (text, _) => Intake {
            document: crate::read(&text),
            converted: None,
        },
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
    fn the_json_handed_to_the_app_comes_back_the_same() {
        for intake in [take_in(TCVN3, true), take_in(UNICODE, true)] {
            let json = serde_json::to_string(&intake).expect("serializes");
            let back: Intake = serde_json::from_str(&json).expect("deserializes");
            assert_eq!(back, intake);
        }
    }
}
