//! The zip container of a Word file (.docx): its central directory read from the end of the
//! file, and one part taken out by name, stored or deflated (miniz_oxide, already in the build
//! for share links), never more than [`MAX_PART_BYTES`] unpacked (a deflate bomb stops there).
//!
//! Written by hand rather than with the `zip` crate: a .docx needs only this (no encryption, no
//! zip64, no writing), and the reader's worker keeps its size; every offset is checked, so a
//! damaged or hostile file gives an error, never a panic.

use miniz_oxide::inflate::decompress_to_vec_with_limit;

/// The most a part may unpack to (64 MiB): far more than any notice's `document.xml`.
pub const MAX_PART_BYTES: usize = 64 * 1024 * 1024;

/// Why a part could not be taken out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// No central directory, or one that points outside the file.
    Damaged,
    /// The container has no part of that name.
    Missing,
    /// Compressed with a method other than stored or deflate, or encrypted.
    Unsupported,
    /// Unpacks to more than [`MAX_PART_BYTES`].
    TooBig,
}

/// One entry of the central directory.
struct Entry<'a> {
    name: &'a [u8],
    method: u16,
    flags: u16,
    compressed: usize,
    /// The size it says it unpacks to (a bomb may lie: unpacking stops at the limit anyway).
    size: usize,
    local_header: usize,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

/// A zip file's directory, read once.
pub struct Zip<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry<'a>>,
}

impl<'a> Zip<'a> {
    /// Reads the central directory of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Result<Self, ZipError> {
        const END: u32 = 0x0605_4b50;
        const ENTRY: u32 = 0x0201_4b50;
        // The end record is 22 bytes, followed by a comment of at most 65,535.
        let lowest = bytes.len().saturating_sub(22 + 0xFFFF);
        let end = (lowest..=bytes.len().saturating_sub(22))
            .rev()
            .find(|&at| u32_at(bytes, at) == Some(END as usize))
            .ok_or(ZipError::Damaged)?;
        let count = u16_at(bytes, end + 10).ok_or(ZipError::Damaged)? as usize;
        let mut at = u32_at(bytes, end + 16).ok_or(ZipError::Damaged)?;
        let mut entries = Vec::with_capacity(count.min(4096));
        for _ in 0..count {
            let field = |off: usize| u16_at(bytes, at + off).ok_or(ZipError::Damaged);
            if u32_at(bytes, at) != Some(ENTRY as usize) {
                return Err(ZipError::Damaged);
            }
            let name_len = field(28)? as usize;
            let extra_len = field(30)? as usize;
            let comment_len = field(32)? as usize;
            let name = bytes
                .get(at + 46..at + 46 + name_len)
                .ok_or(ZipError::Damaged)?;
            entries.push(Entry {
                name,
                flags: field(8)?,
                method: field(10)?,
                compressed: u32_at(bytes, at + 20).ok_or(ZipError::Damaged)?,
                size: u32_at(bytes, at + 24).ok_or(ZipError::Damaged)?,
                local_header: u32_at(bytes, at + 42).ok_or(ZipError::Damaged)?,
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(Zip { bytes, entries })
    }

    /// Whether the container has a part of that name.
    pub fn has(&self, name: &str) -> bool {
        self.entries.iter().any(|e| e.name == name.as_bytes())
    }

    /// The unpacked bytes of the part `name` (`word/document.xml`).
    pub fn part(&self, name: &str) -> Result<Vec<u8>, ZipError> {
        let e = self
            .entries
            .iter()
            .find(|e| e.name == name.as_bytes())
            .ok_or(ZipError::Missing)?;
        if e.flags & 1 != 0 {
            return Err(ZipError::Unsupported);
        }
        if e.size > MAX_PART_BYTES {
            return Err(ZipError::TooBig);
        }
        let local = e.local_header;
        if u32_at(self.bytes, local) != Some(0x0403_4b50) {
            return Err(ZipError::Damaged);
        }
        let name_len = u16_at(self.bytes, local + 26).ok_or(ZipError::Damaged)? as usize;
        let extra_len = u16_at(self.bytes, local + 28).ok_or(ZipError::Damaged)? as usize;
        let start = local + 30 + name_len + extra_len;
        let data = start
            .checked_add(e.compressed)
            .and_then(|end| self.bytes.get(start..end))
            .ok_or(ZipError::Damaged)?;
        match e.method {
            0 if data.len() > MAX_PART_BYTES => Err(ZipError::TooBig),
            0 => Ok(data.to_vec()),
            8 => decompress_to_vec_with_limit(data, MAX_PART_BYTES).map_err(|e| match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ZipError::TooBig,
                _ => ZipError::Damaged,
            }),
            _ => Err(ZipError::Unsupported),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A zip of `(name, content, deflated)` parts, as a test fixture.
    pub fn zip(parts: &[(&str, &[u8], bool)]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut directory = Vec::new();
        for (name, content, deflated) in parts {
            let data = if *deflated {
                miniz_oxide::deflate::compress_to_vec(content, 6)
            } else {
                content.to_vec()
            };
            let local = out.len() as u32;
            let method: u16 = if *deflated { 8 } else { 0 };
            let header = |sig: u32, central: bool| {
                let mut h = Vec::new();
                h.extend(sig.to_le_bytes());
                if central {
                    h.extend(20u16.to_le_bytes());
                }
                h.extend(20u16.to_le_bytes());
                h.extend(0u16.to_le_bytes());
                h.extend(method.to_le_bytes());
                h.extend([0u8; 8]); // time, date, crc (not checked)
                h.extend((data.len() as u32).to_le_bytes());
                h.extend((content.len() as u32).to_le_bytes());
                h.extend((name.len() as u16).to_le_bytes());
                h.extend(0u16.to_le_bytes());
                if central {
                    h.extend([0u8; 6]); // comment, disk, internal attributes
                    h.extend(0u32.to_le_bytes());
                    h.extend(local.to_le_bytes());
                }
                h.extend(name.as_bytes());
                h
            };
            out.extend(header(0x0403_4b50, false));
            out.extend(&data);
            directory.extend(header(0x0201_4b50, true));
        }
        let dir_at = out.len() as u32;
        out.extend(&directory);
        out.extend(0x0605_4b50u32.to_le_bytes());
        out.extend([0u8; 4]);
        out.extend((parts.len() as u16).to_le_bytes());
        out.extend((parts.len() as u16).to_le_bytes());
        out.extend((directory.len() as u32).to_le_bytes());
        out.extend(dir_at.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out
    }

    #[test]
    fn parts_stored_and_deflated_come_out_whole() {
        let bytes = zip(&[
            ("a.xml", b"<a>stored</a>", false),
            ("word/document.xml", "<w:t>Phòng</w:t>".as_bytes(), true),
        ]);
        let z = Zip::new(&bytes).expect("zip");
        assert!(z.has("word/document.xml") && !z.has("word/numbering.xml"));
        assert_eq!(z.part("a.xml"), Ok(b"<a>stored</a>".to_vec()));
        assert_eq!(
            z.part("word/document.xml"),
            Ok("<w:t>Phòng</w:t>".as_bytes().to_vec())
        );
        assert_eq!(z.part("b.xml"), Err(ZipError::Missing));
    }

    #[test]
    fn damage_anywhere_is_an_error_never_a_panic() {
        let bytes = zip(&[("word/document.xml", b"<w:t>x</w:t>", true)]);
        for cut in 0..bytes.len() {
            if let Ok(z) = Zip::new(&bytes[..cut]) {
                let _ = z.part("word/document.xml");
            }
        }
        for at in 0..bytes.len() {
            let mut bad = bytes.clone();
            bad[at] ^= 0xFF;
            if let Ok(z) = Zip::new(&bad) {
                let _ = z.part("word/document.xml");
            }
        }
        assert_eq!(Zip::new(b"PK\x03\x04").err(), Some(ZipError::Damaged));
    }

    #[test]
    fn a_deflate_bomb_stops_at_the_limit() {
        let zeros = vec![0u8; MAX_PART_BYTES + 1];
        let bytes = zip(&[("word/document.xml", &zeros, true)]);
        assert!(bytes.len() < 200_000, "{}", bytes.len());
        let z = Zip::new(&bytes).expect("zip");
        assert_eq!(z.part("word/document.xml"), Err(ZipError::TooBig));
    }
}
