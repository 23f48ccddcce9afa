//! Stage 1: the canonical text. Everything else points into it.
//!
//! What users paste comes from PDF viewers, Word and web pages. This stage makes it plain:
//! - Unicode NFC (text from PDFs and macOS is often decomposed: "a" + U+0301);
//! - CRLF and CR become LF; form feeds and vertical tabs become line breaks;
//! - NBSP and other wide spaces become spaces; zero-width characters and soft hyphens go;
//! - markdown bold markers `**` go;
//! - a tab, or a run of 4+ spaces, inside a line separates two columns of a table (the header
//!   "SỞ GD&ĐT <tab> CỘNG HÒA …", the "Nơi nhận: <tab> KT. GIÁM ĐỐC" block): it becomes a line break;
//! - spaces are collapsed, lines trimmed, runs of blank lines collapsed to one;
//! - a paragraph broken by a page break or a PDF line wrap is joined back: a line that does not
//!   end a sentence, followed (after blank lines or not) by a line that starts in lowercase,
//!   continues on the same line ("Phòng Giáo" / "dục trung học" → "Phòng Giáo dục trung học").
//!
//! The result keeps every word of the paste, in order; only layout changes.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Returns the canonical form of pasted text.
pub fn canonical(pasted: &str) -> String {
    let mut out = String::with_capacity(pasted.len());
    let mut pending_blank = false;
    let mut line = String::new();
    let mut composed = String::new();
    for raw in split_lines(pasted) {
        // Normalisation never crosses a line break, so each line is checked on its own, and
        // only a line that may not be in NFC is composed.
        let raw = if surely_nfc(raw.as_bytes()) || is_nfc_quick(raw.chars()) == IsNormalized::Yes {
            raw
        } else {
            composed.clear();
            composed.extend(raw.nfc());
            composed.as_str()
        };
        for cell in clean_line(raw, &mut line) {
            if cell.is_empty() {
                pending_blank = !out.is_empty();
                continue;
            }
            if !out.is_empty() && continues(&out, cell) {
                out.push(' ');
            } else if !out.is_empty() {
                out.push('\n');
                if pending_blank {
                    out.push('\n');
                }
            }
            pending_blank = false;
            out.push_str(cell);
        }
    }
    out
}

/// True when no byte of the line can start a character that NFC would change: ASCII, Latin-1,
/// Latin Extended A and B, and Latin Extended Additional (all of precomposed Vietnamese), and
/// general punctuation other than U+2000/U+2001. Anything else goes through the full check.
fn surely_nfc(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            i += 1;
        } else if (0xC2..=0xCB).contains(&c) {
            i += 2;
        } else if c == 0xE1 && matches!(b.get(i + 1), Some(0xB8..=0xBB)) {
            i += 3;
        } else if c == 0xE2 && b.get(i + 1) == Some(&0x80) && !matches!(b.get(i + 2), Some(0x80) | Some(0x81)) {
            i += 3;
        } else {
            return false;
        }
    }
    true
}

/// Splits on LF, CR, CRLF, form feed, vertical tab, and the Unicode line and paragraph separators.
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.find(['\n', '\r', '\u{0B}', '\u{0C}', '\u{2028}', '\u{2029}']) {
            Some(i) => {
                let c = r[i..].chars().next().map_or(1, char::len_utf8);
                let mut next = i + c;
                if r[i..].starts_with("\r\n") {
                    next += 1;
                }
                rest = Some(&r[next..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Cleans one raw line into `buf` and returns its cells (columns), trimmed; an empty line yields
/// one empty cell.
fn clean_line<'a>(raw: &'a str, buf: &'a mut String) -> Vec<&'a str> {
    if is_clean(raw) {
        return vec![raw];
    }
    buf.clear();
    let mut spaces = 0usize;
    let mut chars = raw.chars().peekable();
    let mut cuts: Vec<usize> = Vec::new();
    while let Some(c) = chars.next() {
        match c {
            '*' if chars.peek() == Some(&'*') => {
                chars.next();
            }
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            '\t' => spaces += 4,
            c if c == ' ' || c.is_whitespace() || c.is_control() => spaces += 1,
            c => {
                if spaces > 0 && !buf.is_empty() {
                    if spaces >= 4 {
                        cuts.push(buf.len());
                    } else {
                        buf.push(' ');
                    }
                }
                spaces = 0;
                buf.push(c);
            }
        }
    }
    let mut cells = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for cut in cuts {
        cells.push(&buf[start..cut]);
        start = cut;
    }
    cells.push(&buf[start..]);
    cells
}

/// A line that needs no cleaning: no control characters, tabs, `**`, doubled or outer spaces,
/// and none of the invisible or special spaces (all of which start with the bytes checked here).
fn is_clean(raw: &str) -> bool {
    let b = raw.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut prev = 0u8;
    for (i, &c) in b.iter().enumerate() {
        let bad = c < 0x20
            || c == 0x7f
            || (c == b' ' && prev == b' ')
            || (c == b'*' && prev == b'*')
            || c == 0xC2
            || (c == 0xE2 && matches!(b.get(i + 1), Some(0x80) | Some(0x81)) && !matches!(b.get(i + 2), Some(0x93) | Some(0x94) | Some(0x98) | Some(0x99) | Some(0x9C) | Some(0x9D) | Some(0xA6)))
            || c == 0xE3
            || c == 0xEF;
        if bad {
            return false;
        }
        prev = c;
    }
    true
}

/// Whether `next` continues the last line of `out` (a broken paragraph).
fn continues(out: &str, next: &str) -> bool {
    let Some(first) = next.chars().next() else { return false };
    if !first.is_lowercase() {
        return false;
    }
    let last_line = out.rsplit('\n').next().unwrap_or("");
    last_line
        .chars()
        .next_back()
        .is_some_and(|c| !matches!(c, '.' | ';' | ':' | '!' | '?' | '…' | ')' | '"' | '”'))
}

#[cfg(test)]
mod tests {
    use super::canonical;

    #[test]
    fn joins_a_paragraph_broken_by_a_page_break() {
        let t = canonical("tham gia thi. Phòng Giáo\r\n\r\ndục trung học, Phòng Kế hoạch");
        assert_eq!(t, "tham gia thi. Phòng Giáo dục trung học, Phòng Kế hoạch");
        assert_eq!(canonical("của Sở Giáo dục\n\nvà Đào tạo về việc"), "của Sở Giáo dục và Đào tạo về việc");
    }

    #[test]
    fn keeps_paragraphs_and_headings_apart() {
        let t = canonical("1. Kết quả đạt được\n\n\n\nTháng 9 năm 2022, toàn Ngành\n- Lưu VT.");
        assert_eq!(t, "1. Kết quả đạt được\n\nTháng 9 năm 2022, toàn Ngành\n- Lưu VT.");
    }

    #[test]
    fn composes_decomposed_letters_and_drops_invisible_marks() {
        let decomposed = "Thông ba\u{301}o\u{200B} ke\u{302}\u{301}t lua\u{323}\u{302}n";
        assert_eq!(canonical(decomposed), "Thông báo kết luận");
    }

    #[test]
    fn spaces_tabs_and_bold_markers() {
        assert_eq!(canonical("**TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG**"), "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG");
        assert_eq!(canonical("  a\u{a0}\u{a0}b  "), "a b");
        assert_eq!(canonical("Nơi nhận:\tKT. GIÁM ĐỐC"), "Nơi nhận:\nKT. GIÁM ĐỐC");
        assert_eq!(canonical("  \n\t\n "), "");
    }

    #[test]
    fn line_endings() {
        assert_eq!(canonical("A\r\nB\rC\nD"), "A\nB\nC\nD");
    }
}
