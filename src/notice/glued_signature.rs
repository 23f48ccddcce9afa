//! A signature column glued to the recipients' block by one space (catalogue H10, H11). The end
//! of a notice is a table of two columns, "Nơi nhận" on the left and the signature on the right;
//! a PDF viewer often gives each row as one line with the cells joined by a single space:
//! "Nơi nhận: KT. GIÁM ĐỐC", "- Như trên; PHÓ GIÁM ĐỐC". With a tab or a run of spaces between
//! them the layout already reads two cells; here the space before a signature's part (an
//! authority, "KT.", "TM." …, or a position in capitals) becomes a tab, a byte for a byte, so that
//! every offset stays where it was.
//!
//! Written by hand: which words are a signature's is the lexicon's (`structure`), and the look
//! is a few lines after each "Nơi nhận", so it stays linear.

use std::borrow::Cow;

use super::text::{fold, table_at};
use crate::lexicon::structure;

/// How many lines after "Nơi nhận" are looked at: the signature's rows are the first few.
const ROWS: usize = 6;

/// The longest line read as a row of the block, in bytes.
const MAX_ROW: usize = 200;

/// `pasted` with the glued signature cells split off by a tab; borrowed when it has none.
pub fn with_tabs(pasted: &str) -> Cow<'_, str> {
    let mut glues = Vec::new();
    for heading in ["Nơi nhận", "NƠI NHẬN"] {
        // (Lines already looked at under an earlier heading are not looked at again.)
        let mut looked_to = 0;
        for at in memchr::memmem::find_iter(pasted.as_bytes(), heading) {
            // (Only a heading that opens its line: "… gửi về Nơi nhận …" is text. Only the
            // spaces before it are looked back over.)
            let before = pasted[..at].trim_end_matches([' ', '\t']);
            if !(before.is_empty() || before.ends_with('\n')) {
                continue;
            }
            let line_start = before.len();
            let mut start = line_start;
            for line in pasted[line_start..].split_inclusive('\n').take(ROWS) {
                if start >= looked_to {
                    if let Some(k) = glue_at(line.trim_end_matches(['\n', '\r'])) {
                        glues.push(start + k);
                    }
                }
                start += line.len();
            }
            looked_to = looked_to.max(start);
        }
    }
    if glues.is_empty() {
        return Cow::Borrowed(pasted);
    }
    let mut bytes = pasted.as_bytes().to_vec();
    for k in glues {
        bytes[k] = b'\t';
    }
    // A space (one byte) became a tab (one byte): still UTF-8.
    String::from_utf8(bytes).map_or(Cow::Borrowed(pasted), Cow::Owned)
}

/// In one row of the block, the space before the signature's cell: the first space after which
/// the rest of the line is in capitals and opens with an authority ("KT. GIÁM ĐỐC") or is a
/// position ("PHÓ GIÁM ĐỐC"), with a recipient's words or the heading before it.
fn glue_at(line: &str) -> Option<usize> {
    // (A row already split, by a tab or a run of spaces, is read as cells; a row is short, and
    // a longer line is text, which keeps the look linear.)
    if line.len() > MAX_ROW || line.contains('\t') || line.trim().contains("  ") {
        return None;
    }
    // The capitals that end the line start after its last lowercase letter: only the spaces
    // from there are looked at.
    let capitals_from = line
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_lowercase())
        .map_or(0, |(i, c)| i + c.len_utf8());
    line[capitals_from..]
        .match_indices(' ')
        .map(|(k, _)| capitals_from + k)
        .find(|&i| {
            let (head, tail) = (line[..i].trim_end(), line[i + 1..].trim());
            // The recipient's side says something in lowercase (the line's last lowercase
            // letter is in it) or ends a cell ("NƠI NHẬN:", "VT;").
            let recipient =
                !head.is_empty() && (capitals_from > 0 || head.ends_with([':', ';', ',']));
            if !recipient || tail.chars().filter(|c| c.is_alphabetic()).count() < 4 {
                return false;
            }
            let low = fold(tail);
            table_at(&low, 0, &structure::SIGNER_AUTHORITIES).is_some()
                || structure::SIGNER_POSITIONS.contains(&low.trim_end_matches(['.', ' ']))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_glued_by_a_space_is_split_off_by_a_tab() {
        let t = "1. Các trường …\n\nNơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Lưu: VT.\nNguyễn Văn An\n";
        assert_eq!(
            with_tabs(t),
            "1. Các trường …\n\nNơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\nNguyễn Văn An\n"
        );
    }

    #[test]
    fn recipients_alone_and_text_that_names_the_heading_are_left_as_they_are() {
        for t in [
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, TCCB.\nKT. GIÁM ĐỐC\n",
            "Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n",
            "Các trường gửi về Nơi nhận KT. GIÁM ĐỐC\n",
            "Nơi nhận:\n- UBND TỈNH;\n- Lưu VT.\n",
        ] {
            assert_eq!(with_tabs(t), t);
        }
    }
}
