//! The catalogue of bad and odd inputs (issue 12): each class with its bytes and the verdict both
//! the command line and the app must give. Shared by `tests/bad_inputs.rs` (the CLI and the core
//! verdict, natively) and `tests/web_bad_inputs.rs` (the app's file drop, in the browser).
// Each test file uses only some of these.
#![allow(dead_code)]

/// What an input must give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Read as a notice.
    Notice,
    /// Opened as a ketluan document.
    Saved,
    /// Refused; the English message contains this.
    Refused(&'static str),
}

pub struct Case {
    pub class: &'static str,
    pub bytes: Vec<u8>,
    pub verdict: Verdict,
}

const NOTICE: &str = "THÔNG BÁO\nKết luận của Giám đốc Sở\n1. Giao Phòng Giáo dục Trung học báo cáo trước ngày 20/11/2023.\n";

fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for u in bom
        .then_some(0xFEFF_u16)
        .into_iter()
        .chain(text.encode_utf16())
    {
        out.extend(if little {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    out
}

/// A valid ketluan document of the notice, as JSON.
pub fn document_json() -> String {
    ketluan::read(NOTICE).to_json()
}

/// The document's JSON with one change made to its value.
fn edited(change: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_str(&document_json()).unwrap_or_default();
    change(&mut v);
    v.to_string().into_bytes()
}

fn case(class: &'static str, bytes: impl Into<Vec<u8>>, verdict: Verdict) -> Case {
    Case {
        class,
        bytes: bytes.into(),
        verdict,
    }
}

/// A zip of deflated parts (a Word file's container), CRCs left out (not checked).
fn zip(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, content) in parts {
        let data = miniz_oxide::deflate::compress_to_vec(content, 6);
        let local = out.len() as u32;
        let sizes = |h: &mut Vec<u8>| {
            h.extend(8u16.to_le_bytes()); // deflate
            h.extend([0u8; 8]); // time, date, crc
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((content.len() as u32).to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes());
        };
        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend([20, 0, 0, 0]);
        sizes(&mut out);
        out.extend(name.as_bytes());
        out.extend(&data);
        directory.extend(0x0201_4b50u32.to_le_bytes());
        directory.extend([20, 0, 20, 0, 0, 0]);
        sizes(&mut directory);
        directory.extend([0u8; 10]);
        directory.extend(local.to_le_bytes());
        directory.extend(name.as_bytes());
    }
    let at = out.len() as u32;
    out.extend(&directory);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((parts.len() as u16).to_le_bytes());
    out.extend((parts.len() as u16).to_le_bytes());
    out.extend((directory.len() as u32).to_le_bytes());
    out.extend(at.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// A .docx whose document says it unpacks to 4 GB (a deflate bomb; one that lies about its
/// size stops at the limit while unpacking: `ketluan::word::zip`'s own test).
fn bomb() -> Vec<u8> {
    let mut bytes = zip(&[("word/document.xml", b"<w:document/>")]);
    // The uncompressed size, in the local header (at 22) and in the directory entry.
    bytes[22..26].copy_from_slice(&u32::MAX.to_le_bytes());
    let dir = bytes
        .windows(4)
        .position(|w| w == 0x0201_4b50u32.to_le_bytes())
        .unwrap_or(0);
    bytes[dir + 24..dir + 28].copy_from_slice(&u32::MAX.to_le_bytes());
    bytes
}

/// Every class of input, in the order of the catalogue.
pub fn cases() -> Vec<Case> {
    use Verdict::*;
    let json = document_json();
    let cut = json.as_bytes()[..json.len() / 2].to_vec();
    vec![
        // Empty and near-empty.
        case("empty", b"".to_vec(), Refused("empty")),
        case("white space only", b" \t\r\n \n".to_vec(), Refused("empty")),
        case(
            "a byte order mark only",
            b"\xEF\xBB\xBF".to_vec(),
            Refused("empty"),
        ),
        case(
            "UTF-16 byte order mark only",
            b"\xFF\xFE".to_vec(),
            Refused("empty"),
        ),
        // Files that are not text.
        case(
            "PDF",
            b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj".to_vec(),
            Refused("PDF"),
        ),
        case(
            "Word .docx cut short (zip)",
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00".to_vec(),
            Refused("Word file is damaged"),
        ),
        case(
            "a zip that is not Word (an Excel .xlsx)",
            zip(&[("xl/workbook.xml", b"<workbook/>")]),
            Refused("not a Word document"),
        ),
        case(
            "a .docx whose body has no text (a picture)",
            zip(&[(
                "word/document.xml",
                b"<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:drawing/></w:r></w:p></w:body></w:document>",
            )]),
            Refused("no text in its body"),
        ),
        case(
            "a .docx deflate bomb",
            bomb(),
            Refused("too large to open"),
        ),
        case(
            "a .docx (Word's text)",
            zip(&[(
                "word/document.xml",
                "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>THÔNG BÁO</w:t></w:r></w:p><w:p><w:r><w:t>1. Giao Phòng Giáo dục Trung học báo cáo trước ngày 20/11/2023.</w:t></w:r></w:p></w:body></w:document>".as_bytes(),
            )]),
            Notice,
        ),
        case(
            "Word 97-2003 .doc cut short",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00".to_vec(),
            Refused("Word file is damaged"),
        ),
        case(
            "RTF",
            b"{\\rtf1\\ansi\\deff0 {\\fonttbl}".to_vec(),
            Refused("RTF"),
        ),
        case(
            "PNG image",
            b"\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR".to_vec(),
            Refused("image"),
        ),
        case(
            "JPEG photo",
            b"\xFF\xD8\xFF\xE1\x00\x18Exif\x00\x00".to_vec(),
            Refused("image"),
        ),
        case(
            "GIF image",
            b"GIF89a\x01\x00\x01\x00\x80\x00\x00".to_vec(),
            Refused("image"),
        ),
        case(
            "TIFF scan, little-endian",
            b"II*\x00\x08\x00\x00\x00".to_vec(),
            Refused("image"),
        ),
        case(
            "TIFF scan, big-endian",
            b"MM\x00*\x00\x00\x00\x08".to_vec(),
            Refused("image"),
        ),
        case(
            "BMP image",
            b"BM\x0E\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00".to_vec(),
            Refused("image"),
        ),
        case(
            "WebP image",
            b"RIFF\x1A\x00\x00\x00WEBPVP8 ".to_vec(),
            Refused("image"),
        ),
        case(
            "binary with NUL bytes",
            b"\x7FELF\x02\x01\x01\x00\x00\x00\x00\x00".to_vec(),
            Refused("not text"),
        ),
        case(
            "text with a NUL byte inside",
            b"Giao Ph\xC3\xB2ng\x00 b\xC3\xA1o c\xC3\xA1o".to_vec(),
            Refused("not text"),
        ),
        // Text in every Unicode form and the legacy code pages.
        case("UTF-8", NOTICE.as_bytes().to_vec(), Notice),
        case(
            "UTF-8 with a byte order mark",
            [b"\xEF\xBB\xBF".as_slice(), NOTICE.as_bytes()].concat(),
            Notice,
        ),
        case("UTF-16LE with BOM", utf16(NOTICE, true, true), Notice),
        case("UTF-16BE with BOM", utf16(NOTICE, false, true), Notice),
        case("UTF-16LE without BOM", utf16(NOTICE, true, false), Notice),
        case("UTF-16BE without BOM", utf16(NOTICE, false, false), Notice),
        case(
            "Windows-1258",
            b"S\xF5\xD2 Gi\xE1o du\xF2c v\xE0 \xD0\xE0o ta\xF2o".to_vec(),
            Notice,
        ),
        case(
            "TCVN3 (.VnTime)",
            b"Giao Ph\xDFng Gi\xB8o d\xF4c b\xB8o c\xB8o".to_vec(),
            Notice,
        ),
        case("VNI", b"Giao Pho\xF8ng Gia\xF9o du\xEFc".to_vec(), Notice),
        case(
            "UTF-8 read as Windows-1252, saved as UTF-8",
            "ThÃ´ng bÃ¡o kÃ©t luáº\u{AD}n".as_bytes().to_vec(),
            Notice,
        ),
        case(
            "invalid UTF-8 bytes",
            b"Giao Ph\xF2ng \xFF\xFE\xFD b\xE1o c\xE1o".to_vec(),
            Notice,
        ),
        case(
            "overlong UTF-8 encoding",
            b"Giao \xC0\xAF Ph\xC3\xB2ng".to_vec(),
            Notice,
        ),
        case(
            "lone UTF-16 surrogate",
            [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00].to_vec(),
            Notice,
        ),
        case(
            "carriage returns only (old Mac)",
            NOTICE.replace('\n', "\r").into_bytes(),
            Notice,
        ),
        case("a number alone", b"42".to_vec(), Notice),
        // ketluan documents.
        case("a ketluan document", json.clone().into_bytes(), Saved),
        case(
            "a ketluan document with a BOM",
            [b"\xEF\xBB\xBF".as_slice(), json.as_bytes()].concat(),
            Saved,
        ),
        case(
            "damaged JSON",
            b"{ \"format\": \"ketluan\", oops".to_vec(),
            Refused("damaged or cut short"),
        ),
        case("truncated JSON", cut, Refused("damaged or cut short")),
        case(
            "a JSON array",
            b"[1, 2, 3]".to_vec(),
            Refused("not a ketluan file"),
        ),
        case(
            "JSON of another format",
            br#"{"format":"label-studio","version":1}"#.to_vec(),
            Refused("not “ketluan”"),
        ),
        case(
            "JSON without a format",
            br#"{"version":1,"text":""}"#.to_vec(),
            Refused("not a ketluan file"),
        ),
        case(
            "a newer version",
            edited(|v| v["version"] = 2.into()),
            Refused("newer version of ketluan"),
        ),
        case(
            "a much newer version",
            edited(|v| v["version"] = 99.into()),
            Refused("newer version of ketluan"),
        ),
        case(
            "version 0",
            edited(|v| v["version"] = 0.into()),
            Refused("version 0 of the format"),
        ),
        case(
            "no version",
            edited(|v| {
                v.as_object_mut().map(|o| o.remove("version"));
            }),
            Refused("no valid format version"),
        ),
        case(
            "offsets past the text",
            edited(|v| v["directives"][0]["end"] = 1_000_000.into()),
            Refused("do not fit a text"),
        ),
        case(
            "start after end",
            edited(|v| {
                v["directives"][0]["start"] = 30.into();
                v["directives"][0]["end"] = 20.into();
            }),
            Refused("do not fit a text"),
        ),
        case(
            "an owner past the text",
            edited(|v| v["directives"][0]["owners"][0]["end"] = 1_000_000.into()),
            Refused("do not fit a text"),
        ),
        case(
            "an empty directive id",
            edited(|v| v["directives"][0]["id"] = "".into()),
            Refused("duplicated or empty"),
        ),
        case(
            "duplicate directive ids",
            edited(|v| {
                let d = v["directives"][0].clone();
                if let Some(a) = v["directives"].as_array_mut() {
                    a.push(d);
                }
            }),
            Refused("duplicated or empty"),
        ),
        case(
            "a field of the wrong type",
            edited(|v| v["directives"] = "none".into()),
            Refused("wrong structure"),
        ),
        // Size.
        case(
            "over 8 MiB",
            vec![b'a'; 8 * 1024 * 1024 + 1],
            Refused("too large"),
        ),
    ]
}
