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
/// Whether a word is a valid Vietnamese syllable (the reader tells a word cut off by it, J11).
pub(crate) use syllable::is_syllable;

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

crate::named::named!(Legacy {
    Tcvn3 => "tcvn3",
    Vni => "vni",
    Viqr => "viqr",
    Cp1258 => "cp1258",
    DoubleUtf8 => "double_utf8",
});

impl Legacy {
    /// The encoding's name in English messages.
    pub fn name_en(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3",
            Legacy::Vni => "VNI",
            Legacy::Viqr => "VIQR",
            Legacy::Cp1258 => "Windows-1258",
            Legacy::DoubleUtf8 => "UTF-8 read as Windows-1252",
        }
    }

    /// The encoding's name in Vietnamese messages.
    pub fn name_vi(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3",
            Legacy::Vni => "VNI",
            Legacy::Viqr => "VIQR",
            Legacy::Cp1258 => "Windows-1258",
            Legacy::DoubleUtf8 => "UTF-8 bị đọc nhầm thành Windows-1252",
        }
    }

    /// "converted from TCVN3 to Unicode".
    pub fn message_en(self) -> String {
        match self {
            Legacy::DoubleUtf8 => {
                "converted UTF-8 that had been read as Windows-1252 back to Unicode".to_string()
            }
            _ => format!("converted from {} to Unicode", self.name_en()),
        }
    }

    /// "Văn bản dùng bảng mã TCVN3, đã chuyển sang Unicode".
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

/// Font names (lowercase, start of the name) of the legacy Vietnamese fonts, and their encoding:
/// text set in one of them is in that encoding, whatever its letters look like.
const LEGACY_FONTS: &[(&str, Legacy)] = &[
    (".vn", Legacy::Tcvn3),
    ("vni-", Legacy::Vni),
    ("vni ", Legacy::Vni),
];

/// The legacy encoding of a font name (`.VnTime`, `VNI-Times`; quotes and spaces around
/// ignored), as a Word file or a pasted web page names it.
pub fn legacy_font(name: &str) -> Option<Legacy> {
    let name = name
        .trim()
        .trim_matches(['"', '\'', ' '])
        .to_ascii_lowercase();
    LEGACY_FONTS
        .iter()
        .find(|(prefix, _)| name.starts_with(prefix))
        .map(|(_, enc)| *enc)
}

/// Text known to be in `encoding` (a run set in that encoding's font), converted to Unicode
/// into `out`.
pub fn decode_as(encoding: Legacy, text: &str, out: &mut String) {
    detect::decode(encoding, text, out);
}

/// Bytes read as Windows-1252, as browsers read a text file that is not UTF-8: how the
/// one-byte files of the old Vietnamese fonts (TCVN3, VNI, Windows-1258) reach [`to_unicode`].
pub fn from_cp1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => tables::CP1252_80[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The README's sample sentence (§8), in Unicode.
    const SAMPLE: &str =
        "Sở Giáo dục và Đào tạo đề nghị các trường THCS báo cáo kết quả trước ngày 20/11/2023";

    fn converts(input: &str, want: &str, encoding: Legacy) {
        let c = to_unicode(input);
        assert_eq!(c.text, want, "{input}");
        assert_eq!(c.encoding, Some(encoding), "{input}");
    }

    fn untouched(input: &str) {
        let c = to_unicode(input);
        assert!(
            matches!(c.text, Cow::Borrowed(t) if t == input),
            "{input} → {}",
            c.text
        );
        assert_eq!((c.encoding, c.lines_converted), (None, 0), "{input}");
    }

    #[test]
    fn e1_nfd_is_left_to_the_readers_composing() {
        let nfd = "So\u{31B}\u{309} Gia\u{301}o du\u{323}c va\u{300} \u{110}a\u{300}o ta\u{323}o \
                   \u{111}e\u{323}\u{302} nghi\u{323}";
        untouched(nfd);
        assert_eq!(crate::read(nfd).text, "Sở Giáo dục và Đào tạo đệ nghị");
    }

    #[test]
    fn e2_tcvn3_sentence() {
        converts(
            "Së Gi¸o dôc vµ §µo t¹o ®Ò nghÞ c¸c tr\u{AD}êng THCS b¸o c¸o kÕt qu¶ tr\u{AD}íc ngµy 20/11/2023",
            SAMPLE,
            Legacy::Tcvn3,
        );
    }

    #[test]
    fn e2_tcvn3_capitals_come_back_from_the_words_around() {
        converts(
            "TH¤NG B¸O\nKÕT LUËN CñA GI¸M §èC Së GI¸O DôC Vµ §µO T¹O\nVÒ ý KIÕN CñA c¸c ®¬n vÞ",
            "THÔNG BÁO\nKẾT LUẬN CỦA GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\nVỀ Ý KIẾN CỦA các đơn vị",
            Legacy::Tcvn3,
        );
        converts(
            "¶nh: Héi nghÞ giao ban. ñy ban nh©n d©n huyÖn vµ HuyÖn ñy ban hµnh kÕ ho¹ch.",
            "Ảnh: Hội nghị giao ban. Ủy ban nhân dân huyện và Huyện ủy ban hành kế hoạch.",
            Legacy::Tcvn3,
        );
    }

    #[test]
    fn e3_vni_sentence() {
        converts(
            "Sôû Giaùo duïc vaø Ñaøo taïo ñeà nghò caùc tröôøng THCS baùo caùo keát quaû tröôùc ngaøy 20/11/2023",
            SAMPLE,
            Legacy::Vni,
        );
        converts(
            "THOÂNG BAÙO KEÁT LUAÄN cuûa Giaùm ñoác Sôû",
            "THÔNG BÁO KẾT LUẬN của Giám đốc Sở",
            Legacy::Vni,
        );
    }

    #[test]
    fn e4_viqr_sentence() {
        converts(
            "So+? Gia'o du.c va` DDa`o ta.o dde^` nghi. ca'c tru+o+`ng THCS ba'o ca'o ke^'t qua? tru+o+'c nga`y 20/11/2023",
            SAMPLE,
            Legacy::Viqr,
        );
        // An escaped mark stays a character; "\\" is a backslash.
        converts(
            "Ho^.i nghi. ke^'t thu'c\\. Ca'c tru+o+`ng ba'o ca'o\\?",
            "Hội nghị kết thúc. Các trường báo cáo?",
            Legacy::Viqr,
        );
    }

    #[test]
    fn e4_viqr_needs_strong_evidence() {
        for text in [
            "I'm sure you agree? We met on 5.12.2022 at 10.30 a.m. and I'll call you.",
            "See https://moet.gov.vn/tin-tuc?id=12&a=b or mail phong.gd@hanoi.edu.vn (e.g. today).",
            "let x = a + b; if (a) { y = x^2 + e^x; } // do it: add(dd, a)",
            "Do you agree? Is it true? Yes. No. Maybe... (a) (b) (e)",
            "fn main() { println!(\"{}\", a.b.c.d); } // TODO: ~/file `code`",
            "Ha Noi, 20/11/2023. Ve viec bao cao ket qua.",
        ] {
            untouched(text);
        }
    }

    #[test]
    fn e5_cp1258_decoded_right_is_left_to_the_readers_composing() {
        // Precomposed ơ and ư, tones as combining marks: neither NFC nor NFD.
        let text = "Sơ\u{309} Gia\u{301}o du\u{323}c va\u{300} Đa\u{300}o ta\u{323}o";
        untouched(text);
        assert_eq!(crate::read(text).text, "Sở Giáo dục và Đào tạo");
    }

    #[test]
    fn e5_cp1258_read_as_1252_sentence() {
        converts(
            "SõÒ Giaìo duòc vaÌ ÐaÌo taòo ðêÌ nghiò caìc trýõÌng THCS baìo caìo kêìt quaÒ trýõìc ngaÌy 20/11/2023",
            SAMPLE,
            Legacy::Cp1258,
        );
    }

    #[test]
    fn e6_double_encoded_utf8_sentence() {
        converts(
            "Sá»Ÿ GiÃ¡o dá»¥c vÃ\u{A0} Ä\u{90}Ã\u{A0}o táº¡o Ä‘á»\u{81} nghá»‹ cÃ¡c trÆ°á»\u{9D}ng THCS bÃ¡o cÃ¡o káº¿t quáº£ trÆ°á»›c ngÃ\u{A0}y 20/11/2023",
            SAMPLE,
            Legacy::DoubleUtf8,
        );
        // The no-break spaces became spaces and 0x90 was dropped on the way.
        converts(
            "ThÃ´ng bÃ¡o: ÄÃ o táº¡o vÃ  bÃ¡o cÃ¡o",
            "Thông báo: Đào tạo và báo cáo",
            Legacy::DoubleUtf8,
        );
    }

    #[test]
    fn e7_each_encoding_is_told_apart() {
        // The same words, each form read as its own encoding only.
        for (form, encoding) in [
            ("c¸c tr\u{AD}êng b¸o c¸o kÕt qu¶ vµ ®Ò nghÞ", Legacy::Tcvn3),
            ("caùc tröôøng baùo caùo keát quaû vaø ñeà nghò", Legacy::Vni),
            (
                "caìc trýõÌng baìo caìo kêìt quaÒ vaÌ ðêÌ nghiò",
                Legacy::Cp1258,
            ),
            (
                "cÃ¡c trÆ°á»\u{9D}ng bÃ¡o cÃ¡o káº¿t quáº£ vÃ\u{A0} Ä‘á»\u{81} nghá»‹",
                Legacy::DoubleUtf8,
            ),
            (
                "ca'c tru+o+`ng ba'o ca'o ke^'t qua? va` dde^` nghi.",
                Legacy::Viqr,
            ),
        ] {
            converts(form, "các trường báo cáo kết quả và đề nghị", encoding);
        }
    }

    #[test]
    fn e7_unicode_and_plain_text_stay_as_they_are() {
        for text in [
            SAMPLE,
            "THÔNG BÁO KẾT LUẬN\nCác trường báo cáo trước ngày 5.12.2022.",
            "Hello world. The quick brown fox jumps over the lazy dog? Café, naïve, Müller, Ñoño, façade.",
            "Nhiệt độ 30°C · giá 1.500.000 đ © 2023 « Trang chủ » ½ §3",
            "Trang chu · Tin tuc » Hoat dong cua nganh",
            "Ðoàn Văn Tâm, Thông báo số 12",
            "",
            "\r\n\n  \t",
        ] {
            untouched(text);
        }
    }

    #[test]
    fn e8_mixed_encodings_decode_line_by_line() {
        let c = to_unicode(
            "THÔNG BÁO\nKÕt luËn cña Gi¸m ®èc Së Gi¸o dôc vµ §µo t¹o\nCác trường báo cáo đúng hạn.\n\
             Caùc tröôøng baùo caùo keát quaû\n",
        );
        assert_eq!(
            c.text,
            "THÔNG BÁO\nKết luận của Giám đốc Sở Giáo dục và Đào tạo\nCác trường báo cáo đúng hạn.\n\
             Các trường báo cáo kết quả\n"
        );
        assert_eq!(c.encoding, Some(Legacy::Tcvn3));
        assert_eq!(c.lines_converted, 2);
    }

    #[test]
    fn line_endings_are_kept() {
        converts(
            "c¸c tr\u{AD}êng\r\nb¸o c¸o kÕt qu¶\r\n",
            "các trường\r\nbáo cáo kết quả\r\n",
            Legacy::Tcvn3,
        );
    }

    #[test]
    fn messages() {
        assert_eq!(
            Legacy::Tcvn3.message_vi(),
            "Văn bản dùng bảng mã TCVN3, đã chuyển sang Unicode"
        );
        assert_eq!(
            Legacy::Tcvn3.message_en(),
            "converted from TCVN3 to Unicode"
        );
        for l in [
            Legacy::Vni,
            Legacy::Viqr,
            Legacy::Cp1258,
            Legacy::DoubleUtf8,
        ] {
            assert!(l.message_vi().contains("Unicode") && l.message_en().contains("Unicode"));
        }
    }
}
