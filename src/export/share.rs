//! Share links: the whole document in a URL fragment, so a notice and its corrections travel as
//! one link and never reach a server (browsers do not send the fragment).
//!
//! Payload = base64url without padding (RFC 4648 §5) of the raw-deflate (RFC 1951) compressed,
//! compact `ketluan` JSON. A link is `https://…/#doc=<payload>` ([`FRAGMENT_KEY`]);
//! [`decode`] also takes the bare payload, `#doc=…`, or the whole URL pasted back.
//!
//! Links are refused above [`MAX_PAYLOAD_CHARS`] characters: current browsers open far longer
//! URLs, but a link travels through chat apps (Zalo, Messenger, Teams), e-mail and office
//! documents, which cut, wrap or refuse to linkify very long ones, and a cut link is worse than
//! none. Above the limit the app says so and offers the JSON file instead. A notice of a few
//! pages with its directives compresses to a few thousand characters.
//!
//! Deflate is `miniz_oxide` (pure Rust, no C, about 45 KB of wasm for both directions); base64url
//! is the dozen lines below (the `base64` crate cost about 14 KB of wasm for the same two
//! functions; the tests check these against it).

use std::fmt;

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;
use serde::Deserialize;

use crate::document::{Document, FORMAT, VERSION};

/// Longest payload a link may carry, in characters (all ASCII).
pub const MAX_PAYLOAD_CHARS: usize = 32_000;

/// The fragment's key: links end with `#doc=<payload>`.
pub const FRAGMENT_KEY: &str = "doc=";

/// Largest JSON a payload may inflate to; stops a small link from expanding into gigabytes.
pub const MAX_JSON_BYTES: usize = 8 * 1024 * 1024;

/// Deflate level: the best (9); the output is the same bytes on every platform.
const LEVEL: u8 = 9;

/// Why a link could not be made or opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The payload is longer than [`MAX_PAYLOAD_CHARS`]: offer the JSON file instead.
    TooLong { chars: usize, max: usize },
    /// No payload at all.
    Empty,
    /// Characters outside base64url, or a length no encoder produces.
    NotBase64,
    /// The bytes are not raw deflate data, or inflate to more than [`MAX_JSON_BYTES`].
    Corrupt,
    /// The inflated data is not a ketluan JSON document (the detail says where it failed).
    NotJson(String),
    /// A JSON document of another format.
    WrongFormat(String),
    /// A ketluan document of a version this build does not read.
    WrongVersion(u32),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::TooLong { chars, max } => write!(
                f,
                "the document is too long for a link ({chars} characters, at most {max}); save the JSON file instead"
            ),
            ShareError::Empty => write!(f, "the link carries no document"),
            ShareError::NotBase64 => write!(f, "the link is damaged (not base64url)"),
            ShareError::Corrupt => write!(f, "the link is damaged (the data does not decompress)"),
            ShareError::NotJson(e) => write!(f, "the link does not hold a ketluan document ({e})"),
            ShareError::WrongFormat(fmt_) => {
                write!(f, "the link holds a \"{fmt_}\" file, not a ketluan document")
            }
            ShareError::WrongVersion(v) => write!(
                f,
                "the link was made by a version of ketluan this one cannot read (format version {v}, this one reads {VERSION})"
            ),
        }
    }
}

impl std::error::Error for ShareError {}

impl ShareError {
    /// The message in Vietnamese, for the app's `message` area.
    pub fn message_vi(&self) -> String {
        match self {
            ShareError::TooLong { chars, max } => format!(
                "Văn bản quá dài để chia sẻ bằng liên kết ({chars} ký tự, tối đa {max}). Hãy tải tệp JSON và gửi tệp."
            ),
            ShareError::Empty => "Liên kết không chứa văn bản nào.".to_string(),
            ShareError::NotBase64 | ShareError::Corrupt => {
                "Liên kết bị hỏng hoặc bị cắt bớt. Hãy xin lại liên kết hoặc tệp JSON.".to_string()
            }
            ShareError::NotJson(_) => "Liên kết không chứa dữ liệu của ketluan.".to_string(),
            ShareError::WrongFormat(f) => {
                format!("Liên kết chứa tệp định dạng \"{f}\", không phải của ketluan.")
            }
            ShareError::WrongVersion(v) => format!(
                "Liên kết được tạo bởi phiên bản ketluan khác (định dạng phiên bản {v}); phiên bản này đọc phiên bản {VERSION}."
            ),
        }
    }
}

/// The JSON a link carries before compression: the document, compact.
pub fn link_json(doc: &Document) -> Vec<u8> {
    serde_json::to_vec(doc).unwrap_or_default()
}

/// The payload for `doc`, whatever its length. Use [`link_payload`] to respect the limit.
pub fn encode(doc: &Document) -> String {
    base64url_encode(&compress_to_vec(&link_json(doc), LEVEL))
}

/// The payload for `doc`, or [`ShareError::TooLong`] when it exceeds [`MAX_PAYLOAD_CHARS`].
pub fn link_payload(doc: &Document) -> Result<String, ShareError> {
    payload_of_deflated(&compress_to_vec(&link_json(doc), LEVEL))
}

/// The payload for [`link_json`] already raw-deflated (by any deflate: the web app uses the
/// browser's `CompressionStream`), or [`ShareError::TooLong`].
pub fn payload_of_deflated(deflated: &[u8]) -> Result<String, ShareError> {
    let payload = base64url_encode(deflated);
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLong {
            chars: payload.len(),
            max: MAX_PAYLOAD_CHARS,
        });
    }
    Ok(payload)
}

/// The fragment to append to the app's URL: `#doc=<payload>`.
pub fn fragment(doc: &Document) -> Result<String, ShareError> {
    Ok(format!("#{FRAGMENT_KEY}{}", link_payload(doc)?))
}

/// The document a link carries. Takes the payload, `#doc=<payload>`, `doc=<payload>` or the
/// whole URL. Refuses over-long, damaged and foreign data and other format versions; does not
/// check that offsets fit the text (import validation in `src/edit.rs` does that).
pub fn decode(link: &str) -> Result<Document, ShareError> {
    let json = inflate(link)?;

    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<u32>,
    }
    let head: Head = serde_json::from_str(&json).map_err(|e| ShareError::NotJson(e.to_string()))?;
    match head.format.as_deref() {
        Some(FORMAT) => {}
        Some(other) => return Err(ShareError::WrongFormat(other.chars().take(40).collect())),
        None => return Err(ShareError::NotJson("no \"format\" field".into())),
    }
    match head.version {
        Some(VERSION) => {}
        Some(v) => return Err(ShareError::WrongVersion(v)),
        None => return Err(ShareError::NotJson("no \"version\" field".into())),
    }
    serde_json::from_str(&json).map_err(|e| ShareError::NotJson(e.to_string()))
}

/// The JSON text a link carries, not parsed: for a caller with its own import checks (the web
/// app gives it to the same validation as an opened JSON file). Refuses over-long, empty,
/// damaged and non-UTF-8 payloads.
pub fn inflate(link: &str) -> Result<String, ShareError> {
    let deflated = deflated_bytes(link)?;
    let json =
        decompress_to_vec_with_limit(&deflated, MAX_JSON_BYTES).map_err(|_| ShareError::Corrupt)?;
    // Parsed as text (not bytes), so the app carries one JSON reader, not two.
    String::from_utf8(json).map_err(|_| ShareError::NotJson("not UTF-8".into()))
}

/// The raw-deflate bytes a link carries, for a caller that inflates them itself (the web app
/// uses the browser's `DecompressionStream`, capping the result at [`MAX_JSON_BYTES`]).
/// Refuses over-long, empty and non-base64url payloads.
pub fn deflated_bytes(link: &str) -> Result<Vec<u8>, ShareError> {
    let link = link.trim();
    let payload = match link.rfind('#') {
        Some(i) => &link[i + 1..],
        None => link,
    };
    // Another key before ours (`#lang=vi&doc=…`) is tolerated.
    let payload = match payload.rfind(FRAGMENT_KEY) {
        Some(i) if i == 0 || payload[..i].ends_with('&') => &payload[i + FRAGMENT_KEY.len()..],
        _ => payload,
    };
    let payload = payload
        .split('&')
        .next()
        .unwrap_or("")
        .trim_end_matches('=');
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLong {
            chars: payload.len(),
            max: MAX_PAYLOAD_CHARS,
        });
    }
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    base64url_decode(payload).ok_or(ShareError::NotBase64)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5).
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Decodes base64url without padding. `None` for any other character, an impossible length, or
/// leftover bits that are not zero (so every payload has exactly one spelling).
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    fn value(c: u8) -> Option<u32> {
        Some(u32::from(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        }))
    }
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 2);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        let full = chunk.len() - 1; // bytes this chunk carries
        for i in 0..full {
            out.push((n >> (16 - 8 * i)) as u8);
        }
        if full < 3 && n & (0xFF_FFFF >> (8 * full)) != 0 {
            return None;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_vectors() {
        // RFC 4648 §10, without padding.
        for (plain, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), enc);
            assert_eq!(base64url_decode(enc).as_deref(), Some(plain.as_bytes()));
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("Zh"), None); // non-zero leftover bits
        assert_eq!(base64url_decode("Z"), None);
        assert_eq!(base64url_decode("Zm9v+g"), None);
        assert_eq!(base64url_decode("Zm9v=="), None);
    }

    #[test]
    fn round_trip_and_forms() {
        let mut doc = Document::empty();
        doc.text = "Số: 397/TB-SGDĐT".into();
        let payload = encode(&doc);
        assert_eq!(decode(&payload), Ok(doc.clone()));
        assert_eq!(decode(&format!("#doc={payload}")), Ok(doc.clone()));
        assert_eq!(
            decode(&format!("https://x.example/ketluan/#lang=vi&doc={payload}")),
            Ok(doc.clone())
        );
        assert_eq!(fragment(&doc), Ok(format!("#doc={payload}")));
        assert_eq!(decode(""), Err(ShareError::Empty));
        assert_eq!(decode("#doc="), Err(ShareError::Empty));
    }
}
