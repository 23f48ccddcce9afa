//! The text of a Word 97–2003 file (.doc, [MS-DOC]): the container is read by the `cfb` crate;
//! the main document's characters are found through the piece table (the `Clx` in the table
//! stream, where the File Information Block says), each piece one byte per character
//! (Windows-1252) or UTF-16.
//!
//! Word's control characters become what a clerk's copy gives: a paragraph or line end a line
//! break, a table cell's end a tab (a row's end a line break), a field's code left out and its
//! result kept, pictures, footnote marks and soft hyphens dropped. Word's automatic list numbers
//! are not in the text of a .doc and are not rebuilt; text in the old .VnTime/VNI fonts comes as
//! its one-byte letters and is converted afterwards by the reader's encoding detection.

use std::io::{Cursor, Read};

use super::WordError;

/// The most text taken from one file (characters), far more than any notice.
const MAX_CHARS: usize = 16 * 1024 * 1024;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// A stream of the container, whole (at most 64 MiB).
fn stream(file: &mut cfb::CompoundFile<Cursor<&[u8]>>, name: &str) -> Result<Vec<u8>, WordError> {
    let mut s = file.open_stream(name).map_err(|_| WordError::NotWord)?;
    let mut out = Vec::new();
    s.by_ref()
        .take(super::zip::MAX_PART_BYTES as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|_| WordError::Damaged)?;
    if out.len() > super::zip::MAX_PART_BYTES {
        return Err(WordError::TooBig);
    }
    Ok(out)
}

/// The main document's characters of the .doc in `bytes`, control characters and all.
fn characters(bytes: &[u8]) -> Result<Vec<u16>, WordError> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|_| WordError::Damaged)?;
    let doc = stream(&mut file, "WordDocument")?;
    if u16_at(&doc, 0) != Some(0xA5EC) {
        return Err(WordError::NotWord);
    }
    let flags = u16_at(&doc, 0x0A).ok_or(WordError::Damaged)?;
    if flags & 0x0100 != 0 {
        // fEncrypted
        return Err(WordError::Unsupported);
    }
    let table = stream(
        &mut file,
        if flags & 0x0200 != 0 {
            "1Table"
        } else {
            "0Table"
        },
    )?;
    // The FIB: FibBase (32 bytes), csw and FibRgW, cslw and FibRgLw, cbRgFcLcb and FibRgFcLcb.
    let csw = usize::from(u16_at(&doc, 32).ok_or(WordError::Damaged)?);
    let lw = 34 + csw * 2;
    let cslw = usize::from(u16_at(&doc, lw).ok_or(WordError::Damaged)?);
    let ccp_text = u32_at(&doc, lw + 2 + 3 * 4).ok_or(WordError::Damaged)? as usize;
    let fc_lcb = lw + 2 + cslw * 4 + 2;
    let fc_clx = u32_at(&doc, fc_lcb + 33 * 8).ok_or(WordError::Damaged)? as usize;
    let lcb_clx = u32_at(&doc, fc_lcb + 33 * 8 + 4).ok_or(WordError::Damaged)? as usize;
    let clx = fc_clx
        .checked_add(lcb_clx)
        .and_then(|end| table.get(fc_clx..end))
        .ok_or(WordError::Damaged)?;
    // Skip the Prc entries (0x01, cbGrpprl, grpprl) to the Pcdt (0x02, lcb, PlcPcd).
    let mut at = 0;
    while clx.get(at) == Some(&0x01) {
        at += 3 + usize::from(u16_at(clx, at + 1).ok_or(WordError::Damaged)?);
    }
    if clx.get(at) != Some(&0x02) {
        return Err(WordError::Damaged);
    }
    let lcb = u32_at(clx, at + 1).ok_or(WordError::Damaged)? as usize;
    let plc = clx.get(at + 5..).ok_or(WordError::Damaged)?;
    let plc = plc.get(..lcb.min(plc.len())).ok_or(WordError::Damaged)?;
    if plc.len() < 4 {
        return Err(WordError::Damaged);
    }
    let pieces = (plc.len() - 4) / 12;
    let wanted = ccp_text.min(MAX_CHARS);
    let mut out: Vec<u16> = Vec::with_capacity(wanted.min(1 << 20));
    for i in 0..pieces {
        let start = u32_at(plc, i * 4).ok_or(WordError::Damaged)? as usize;
        let end = u32_at(plc, (i + 1) * 4).ok_or(WordError::Damaged)? as usize;
        let pcd = (pieces + 1) * 4 + i * 8;
        let fc = u32_at(plc, pcd + 2).ok_or(WordError::Damaged)?;
        let count = end
            .saturating_sub(start)
            .min(wanted.saturating_sub(out.len()));
        if count == 0 {
            continue;
        }
        if fc & 0x4000_0000 != 0 {
            let from = (fc & 0x3FFF_FFFF) as usize / 2;
            let bytes = doc.get(from..from + count).ok_or(WordError::Damaged)?;
            out.extend(bytes.iter().map(|&b| cp1252(b)));
        } else {
            let from = fc as usize;
            let bytes = doc.get(from..from + count * 2).ok_or(WordError::Damaged)?;
            out.extend(
                bytes
                    .chunks_exact(2)
                    .map(|p| u16::from_le_bytes([p[0], p[1]])),
            );
        }
        if out.len() >= wanted {
            break;
        }
    }
    Ok(out)
}

/// A byte of a one-byte piece: Windows-1252, as Word stores it.
fn cp1252(b: u8) -> u16 {
    let text = crate::encoding::from_cp1252(&[b]);
    text.chars().next().map_or(u16::from(b), |c| c as u16)
}

/// The text of a .doc: its characters with Word's control characters turned into lines.
pub fn doc_text(bytes: &[u8]) -> Result<String, WordError> {
    let chars = characters(bytes)?;
    let mut out = String::with_capacity(chars.len());
    // Fields: for each open field, whether its result (after the separator) has begun.
    let mut fields: Vec<bool> = Vec::new();
    let mut units = chars.iter().copied().peekable();
    while let Some(u) = units.next() {
        match u {
            0x13 => {
                fields.push(false);
                continue;
            }
            0x14 => {
                if let Some(result) = fields.last_mut() {
                    *result = true;
                }
                continue;
            }
            0x15 => {
                fields.pop();
                continue;
            }
            _ => {}
        }
        if fields.iter().any(|result| !result) {
            continue; // a field's code
        }
        match u {
            0x0B..=0x0D => out.push('\n'), // line, page, paragraph
            0x07 => {
                // A cell's end; two in a row end the row.
                if units.peek() == Some(&0x07) {
                    units.next();
                    out.push('\n');
                } else {
                    out.push('\t');
                }
            }
            0x1E => out.push('-'),
            0x09 => out.push('\t'),
            0x00..=0x1F => {} // pictures, footnote and comment marks, soft hyphens
            _ => out.extend(char::decode_utf16([u]).map(|c| c.unwrap_or('\u{FFFD}'))),
        }
    }
    // A row's cells end with a tab before its line break.
    let text = out
        .lines()
        .map(|l| l.trim_end_matches('\t'))
        .collect::<Vec<_>>()
        .join("\n");
    if text.trim().is_empty() {
        return Err(WordError::NoText);
    }
    Ok(text + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anything_that_is_not_a_doc_is_an_error_never_a_panic() {
        assert_eq!(doc_text(b""), Err(WordError::Damaged));
        assert_eq!(
            doc_text(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"),
            Err(WordError::Damaged)
        );
        for n in 0..600 {
            let mut junk = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
            junk.extend((0..n).map(|i| (i * 37 % 251) as u8));
            let _ = doc_text(&junk);
        }
    }
}
