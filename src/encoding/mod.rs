//! Legacy Vietnamese encodings (genre README §8, E1–E8): text typed in the .VnTime fonts
//! (TCVN3), the VNI fonts, VIQR, Windows-1258 read as Windows-1252, or UTF-8 read as
//! Windows-1252 ("ThÃ´ng bÃ¡o"), found line by line and converted to Unicode before reading.
//!
//! - `tables`: the encodings as data (TCVN3 and VNI codes, 1258 letters and tones, the 1252
//!   bytes, VIQR marks);
//! - `syllable`: what a valid Vietnamese syllable is, the measure of a good reading;
//! - `detect`: the quick look, the scoring of each line and the choice of encoding per line;
//! - `convert`: one decoder per encoding (and TCVN3's restored capitals).
//!
//! Decomposed Unicode (E1) and correctly decoded Windows-1258 (E5) are composed by the reader's
//! canonical stage, so they are not converted here.
//!
//! [`to_unicode`] returns ordinary Unicode text as it is, borrowed, after one pass over its bytes.

mod convert;
mod detect;
mod syllable;
mod tables;

use std::borrow::Cow;

pub use convert::TITLE_WORDS;

/// A legacy encoding the text was converted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Legacy {
    /// TCVN3 (ABC), the .VnTime fonts: `c¸c vµ ®­îc`.
    Tcvn3,
    /// VNI-Windows, the VNI fonts: `caùc vaø ñöôïc`.
    Vni,
    /// VIQR, marks typed in ASCII: `ca'c va\` ddu+o+.c`.
    Viqr,
    /// Windows-1258 read as Windows-1252: `caìc vaÌ ðýõòc`.
    Cp1258,
    /// UTF-8 read as Windows-1252: `cÃ¡c vÃ  Ä‘Æ°á»£c`.
    DoubleUtf8,
}

impl Legacy {
    /// The encoding's name in English messages.
    pub fn name_en(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3 (ABC)",
            Legacy::Vni => "VNI-Windows",
            Legacy::Viqr => "VIQR",
            Legacy::Cp1258 => "Windows-1258",
            Legacy::DoubleUtf8 => "UTF-8 read as Windows-1252",
        }
    }

    /// The encoding's name in Vietnamese messages.
    pub fn name_vi(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3 (ABC)",
            Legacy::Vni => "VNI-Windows",
            Legacy::Viqr => "VIQR",
            Legacy::Cp1258 => "Windows-1258",
            Legacy::DoubleUtf8 => "UTF-8 bị đọc nhầm thành Windows-1252",
        }
    }

    /// "converted from TCVN3 (ABC) to Unicode".
    pub fn message_en(self) -> String {
        match self {
            Legacy::DoubleUtf8 => {
                "converted UTF-8 that had been read as Windows-1252 back to Unicode".to_string()
            }
            _ => format!("converted from {} to Unicode", self.name_en()),
        }
    }

    /// "Văn bản dùng bảng mã TCVN3 (ABC), đã chuyển sang Unicode".
    pub fn message_vi(self) -> String {
        match self {
            Legacy::DoubleUtf8 => {
                "Văn bản UTF-8 bị đọc nhầm thành Windows-1252, đã chuyển lại sang Unicode"
                    .to_string()
            }
            _ => format!(
                "Văn bản dùng bảng mã {}, đã chuyển sang Unicode",
                self.name_vi()
            ),
        }
    }
}

/// Text after [`to_unicode`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Converted<'a> {
    /// The text in Unicode: borrowed and byte for byte the input when nothing was converted.
    pub text: Cow<'a, str>,
    /// The encoding most converted lines were in; None if the text was Unicode already.
    pub encoding: Option<Legacy>,
    /// How many lines were converted (from any encoding: a paste may mix them).
    pub lines_converted: usize,
}

/// Finds lines in a legacy Vietnamese encoding and converts them to Unicode; other lines, and
/// text that is Unicode already, stay byte for byte as they are. Never panics.
pub fn to_unicode(text: &str) -> Converted<'_> {
    let unchanged = Converted {
        text: Cow::Borrowed(text),
        encoding: None,
        lines_converted: 0,
    };
    if !detect::may_be_legacy(text) {
        return unchanged;
    }
    let mut scratch = String::new();
    let lines: Vec<&str> = text.split('\n').collect();
    let scores: Vec<detect::LineScore> = lines
        .iter()
        .map(|line| detect::score(line.strip_suffix('\r').unwrap_or(line), &mut scratch))
        .collect();
    let choice = detect::choose(&scores);
    if choice.iter().all(Option::is_none) {
        return unchanged;
    }
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut counts = [0usize; 5];
    for (i, (line, enc)) in lines.iter().zip(&choice).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match enc {
            Some(enc) => {
                let (body, cr) = match line.strip_suffix('\r') {
                    Some(body) => (body, "\r"),
                    None => (*line, ""),
                };
                detect::decode(*enc, body, &mut out);
                out.push_str(cr);
                if let Some(k) = detect::CANDIDATES.iter().position(|c| c == enc) {
                    counts[k] += 1;
                }
            }
            None => out.push_str(line),
        }
    }
    let lines_converted = counts.iter().sum();
    let encoding = (0..counts.len())
        .filter(|&k| counts[k] > 0)
        .max_by_key(|&k| (counts[k], std::cmp::Reverse(k)))
        .map(|k| detect::CANDIDATES[k]);
    Converted {
        text: Cow::Owned(out),
        encoding,
        lines_converted,
    }
}
