//! Stage 1: the canonical text. Everything else points into it.
//!
//! What users paste comes from PDF viewers, Word and web pages. This stage makes it plain:
//! - Vietnamese letters composed as Unicode NFC would (text from PDFs and macOS is often
//!   decomposed: "a" + U+0301), see `compose`;
//! - CRLF and CR become LF; form feeds and vertical tabs become line breaks;
//! - NBSP and other wide spaces become spaces; zero-width characters and soft hyphens go;
//! - markdown bold markers `**` go; HTML entities left in a web paste ("GD&amp;ĐT", "&nbsp;")
//!   become their characters and `<br>` a line break (J12);
//! - a tab, or a run of 4+ spaces, inside a line separates two columns of a table (the header
//!   "SỞ GD&ĐT <tab> CỘNG HÒA …", the "Nơi nhận: <tab> KT. GIÁM ĐỐC" block): it becomes a line break;
//!   a row of three or more tab-separated columns (a schedule or assignment table) stays one line
//!   with its cells joined by " | ";
//! - spaces are collapsed, lines trimmed, runs of blank lines collapsed to one;
//! - a paragraph broken by a page break or a PDF line wrap is joined back: a line that does not
//!   end a sentence, followed (after blank lines or not) by a line that starts in lowercase,
//!   continues on the same line ("Phòng Giáo" / "dục trung học" → "Phòng Giáo dục trung học").
//!
//! - a page number alone on its line inside a sentence ("… quản lý thu," / "2" / "chi trong …")
//!   is removed and the sentence joined (J8), and so is one between two rows of a table (the
//!   rows stay one table); anywhere else it stays.
//!
//! Apart from those page numbers, the result keeps every word of the paste, in order; only
//! layout changes.

/// Returns the canonical form of pasted text (its folded form is not kept: only one line of it
/// is held at a time, so the text is the only copy made).
pub fn canonical(pasted: &str) -> String {
    canonical_with(pasted, &mut String::new(), false)
}

/// The canonical text and its folded form (`text::fold`), made in the same pass.
pub fn canonical_folded(pasted: &str) -> (String, String) {
    let mut low = String::new();
    let text = canonical_folded_into(pasted, &mut low);
    (text, low)
}

/// What lies between the text written so far and the next cell: a blank line, and a page number
/// held back until it is known whether the sentence goes on after it (J8).
#[derive(Default)]
struct Gap {
    blank: bool,
    /// A page number alone on its line after a sentence left open ("… quản lý thu," / "2").
    page: Option<String>,
    /// Whether a blank line came after the held page number.
    blank_after_page: bool,
    /// Whether a blank line came before it.
    blank_before_page: bool,
    /// The width the paste is hard-wrapped at, if it is (J7, `hard_wraps`), and what a wrap
    /// needs to know of the last line written.
    wrap: Option<usize>,
    last: super::hard_wraps::LineShape,
    /// Whether the paste is double-spaced (`hard_wraps::double_spaced`), and how many blank
    /// lines came since the last line.
    double_spaced: bool,
    blank_lines: usize,
}

/// The canonical text, its folded form written into `low` (cleared first, so that a caller can
/// keep one buffer for many reads).
pub fn canonical_folded_into(pasted: &str, low: &mut String) -> String {
    canonical_with(pasted, low, true)
}

/// The canonical text; its folded form is written into `low` whole with `keep_low`, else line by
/// line, each line's fold dropped before the next (`low` is then a one-line buffer).
fn canonical_with(pasted: &str, low: &mut String, keep_low: bool) -> String {
    // A table copied from a PDF with its cells joined by spaces gets them back first (L11).
    // A paste that lost its line breaks gets back those the genre makes certain (J9).
    let pasted = &*super::lost_breaks::with_breaks(pasted);
    // So does one copied with a cell on each line.
    let pasted = &*super::cell_lines::with_rows(pasted);
    let pasted = &*super::spaced_table::with_cells(pasted);
    // … and a signature glued to the recipients' lines by one space its tab (H10).
    let pasted = &*super::glued_signature::with_tabs(pasted);
    let mut out = String::with_capacity(pasted.len());
    low.clear();
    if keep_low {
        low.reserve(pasted.len());
    }
    let mut gap = Gap {
        wrap: super::hard_wraps::width(pasted),
        double_spaced: super::hard_wraps::double_spaced(pasted),
        ..Gap::default()
    };
    let mut composed = String::new();
    let mut folded = String::new();
    let mut rest = Some(pasted);
    while let Some(r) = rest {
        if !keep_low {
            low.clear(); // nothing reads back what earlier lines wrote
        }
        // Most lines are plain (see `fold_plain`): they are found, checked and folded in one pass
        // over their bytes and copied as they are.
        folded.clear();
        let plain_end = fold_plain(r, &mut folded, keep_low);
        let end =
            plain_end.unwrap_or_else(|| line_break(r.as_bytes()).map_or(r.len(), |(at, _)| at));
        let raw = &r[..end];
        rest = after_break(r, end);
        if plain_end.is_some() && !raw.starts_with(' ') && !raw.ends_with(' ') {
            if push_separator(&mut out, low, raw, &mut gap, true) {
                out.push_str(raw);
                low.push_str(&folded);
            }
        } else {
            let low = keep_low.then_some(&mut *low);
            push_careful(&mut out, low, raw, &mut gap, &mut composed);
        }
    }
    flush_page(&mut out, low, &mut gap);
    // No room kept past the text (blank runs and doubled spaces made it shorter than the paste):
    // the text is held for the whole read, and in the browser all the room it holds is memory.
    out.shrink_to_fit();
    out
}

/// Writes a held page number as a line of its own (the sentence did not go on after it).
fn flush_page(out: &mut String, low: &mut String, gap: &mut Gap) {
    if let Some(page) = gap.page.take() {
        let gap_before = if gap.blank_before_page { "\n\n" } else { "\n" };
        out.push_str(gap_before);
        low.push_str(gap_before);
        out.push_str(&page);
        super::text::fold_into(&page, low);
        gap.blank = gap.blank_after_page;
    }
}

/// J8: a page number alone on its line ("2", "- 2 -", "Trang 2/3").
fn is_page_number(cell: &str) -> bool {
    let c = cell.trim_matches(|c: char| c == ' ' || c == '-' || c == '–' || c == '—');
    // It ends with its number: most lines are let go here, before any word is lowercased.
    if !c.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let c = match c.split_once(' ') {
        Some((word, rest))
            if crate::lexicon::noise::PAGE_WORDS.contains(&word.to_lowercase().as_str()) =>
        {
            rest
        }
        _ => c,
    };
    let mut parts = c.split('/').map(str::trim);
    let number = |p: Option<&str>| {
        p.is_some_and(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    };
    number(parts.next()) && parts.next().is_none_or(|p| number(Some(p))) && parts.next().is_none()
}

/// The careful path for one raw line: composed if it may not be in NFC (normalisation never
/// crosses a line break, so each line is checked on its own), cleaned, and appended cell by cell.
/// Its fold goes into `low` when there is one (see `canonical_with`).
///
/// The line is cleaned straight onto the end of `out`, each cell given what goes before it
/// (`settle_cell`) as soon as it ends: the text is never held a second time while a long line
/// is cleaned (peak memory, issue 12: a whole paste that lost its line breaks is one line). A
/// row with tabs enough to be a table's is taken back off `out` once cleaned, to be written
/// whole or cell by cell.
fn push_careful(
    out: &mut String,
    mut low: Option<&mut String>,
    raw: &str,
    gap: &mut Gap,
    composed: &mut String,
) {
    let raw = if super::compose::may_need(raw) {
        composed.clear();
        super::compose::compose_into(raw, composed);
        composed.as_str()
    } else {
        raw
    };
    let may_be_row = raw.bytes().filter(|&b| b == b'\t').count() + 1 >= TABLE_MIN_CELLS;
    if !may_be_row {
        let mut settle = |out: &mut String, from: usize, whole: bool| {
            settle_cell(out, from, low.as_deref_mut(), gap, whole)
        };
        clean_line(raw, out, Some(&mut settle));
        return;
    }
    let mut none = String::new();
    let start = out.len();
    let cuts = clean_line(raw, out, None);
    let line = out.split_off(start);
    let mut cells = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for cut in cuts {
        cells.push(&line[from..cut]);
        from = cut;
    }
    cells.push(&line[from..]);
    // A row of a table with three or more tab-separated columns stays one line, its cells
    // joined by " | " (L11: "TT⇥Thời gian⇥Nội dung⇥Đơn vị chủ trì⇥Đơn vị phối hợp"); two
    // columns are a flattened layout (header, signature) and become lines of their own.
    if cells.iter().filter(|c| !c.is_empty()).count() >= TABLE_MIN_CELLS {
        let row = cells.join(TABLE_SEPARATOR);
        if push_separator(
            out,
            low.as_deref_mut().unwrap_or(&mut none),
            &row,
            gap,
            false,
        ) {
            out.push_str(&row);
            if let Some(low) = low {
                super::text::fold_into(&row, low);
            }
        }
        return;
    }
    cells.retain(|c| !c.is_empty());
    let whole = cells.len() == 1;
    for cell in cells {
        if push_separator(
            out,
            low.as_deref_mut().unwrap_or(&mut none),
            cell,
            gap,
            whole,
        ) {
            out.push_str(cell);
            if let Some(low) = low.as_deref_mut() {
                super::text::fold_into(cell, low);
            }
        }
    }
}

/// A cell cleaned in place at the end of `out` (from `from`) is given what goes before it, as
/// `push_separator` decides on a copy of the end of the text before it (all it reads), or is
/// taken off again when held back (a page number, J8); its fold goes into `low` if there is one.
/// Only the cell is moved, once: the whole line costs no more than its length.
fn settle_cell(
    out: &mut String,
    from: usize,
    mut low: Option<&mut String>,
    gap: &mut Gap,
    whole: bool,
) {
    let mut head = tail_of(&out[..from]);
    let kept = head.len();
    let mut none = String::new();
    let low_now = low.as_deref_mut().unwrap_or(&mut none);
    if !push_separator(&mut head, low_now, &out[from..], gap, whole) {
        out.truncate(from);
        return;
    }
    let before = &head[kept..];
    out.insert_str(from, before);
    if let Some(low) = low {
        super::text::fold_into(&out[from + before.len()..], low);
    }
}

/// A copy of the end of `text` holding all that `push_separator` reads of the text before a
/// cell: whether there is any, its last character, its last line if short (`ends_with_doc_type`
/// reads 64 bytes: twice that is kept, so a long text's copy is never taken for the whole).
fn tail_of(text: &str) -> String {
    let mut from = text.len().saturating_sub(128);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    text[from..].to_string()
}

/// How the cells of a table row are joined in the canonical text.
pub const TABLE_SEPARATOR: &str = " | ";

/// The fewest tab-separated columns that make a table row rather than a two-column layout.
const TABLE_MIN_CELLS: usize = 3;

/// What goes before a cell: nothing for an empty one (it only marks a blank line), a space when
/// it continues a broken paragraph, or one line break, two after a blank line. Returns whether
/// the cell is to be written: a page number after a blank line, alone on its line (`whole`),
/// in a sentence left open, is held back, and dropped if the sentence goes on after it (J8).
fn push_separator(
    out: &mut String,
    low: &mut String,
    cell: &str,
    gap: &mut Gap,
    whole: bool,
) -> bool {
    if cell.is_empty() {
        gap.blank_lines += 1;
        // (A double-spaced copy puts a blank line after every line: only two mark a break.)
        if gap.double_spaced && gap.blank_lines < 2 {
            return true;
        }
        if gap.page.is_some() {
            gap.blank_after_page = true;
        } else {
            gap.blank = !out.is_empty();
        }
        return true;
    }
    gap.blank_lines = 0;
    // (With a blank line around it or not: a paste may have lost its blank lines.)
    if gap.page.is_none()
        && whole
        && is_page_number(cell)
        && out
            .chars()
            .next_back()
            .is_some_and(|c| !matches!(c, '.' | ';' | ':' | '!' | '?' | '…'))
    {
        gap.page = Some(cell.to_string());
        gap.blank_before_page = gap.blank;
        gap.blank_after_page = false;
        return false;
    }
    let mut over_page = false;
    if gap.page.is_some() {
        over_page = continues_over_page(out, cell);
        if over_page || continues(out, cell) || row_goes_on(out, cell) {
            gap.page = None;
        } else {
            flush_page(out, low, gap);
        }
    }
    // J7: in a text hard-wrapped at a width, a line that filled it goes on before a capital.
    // (Each line's shape is read once: as the next line here, as the last one after.)
    let mut wrapped = false;
    if let Some(width) = gap.wrap {
        let shape = super::hard_wraps::LineShape::of(cell);
        wrapped = !gap.blank
            && gap.page.is_none()
            && super::hard_wraps::is_wrap(&gap.last, cell, &shape, width);
        gap.last = shape;
    }
    // J12: a list marker alone on its line ("1." / "Các trường …", a PDF's marker column) goes
    // with the text right after it (not over a blank line, nor with another symbol: a page's
    // "-" / "+" buttons for the text size, then its headline).
    let opens_text = cell
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '"' | '“'));
    // (A symbol alone before a line in capitals is a page's widget above its headline; a number
    // or a letter is a heading's: "I." / "KẾT QUẢ".)
    let joins = opens_text
        && !gap.blank
        && bare_marker_ending(out).is_some_and(|m| {
            use super::lines::Marker;
            let numbered = matches!(
                m,
                Marker::Roman | Marker::Arabic | Marker::Nested | Marker::Letter
            );
            numbered || !super::text::mostly_upper(cell)
        });
    if joins {
        out.push(' ');
        low.push(' ');
        return true;
    }
    if !out.is_empty() && (over_page || wrapped || continues(out, cell)) {
        out.push(' ');
        low.push(' ');
    } else if !out.is_empty() {
        out.push('\n');
        low.push('\n');
        if gap.blank {
            out.push('\n');
            low.push('\n');
        }
    }
    gap.blank = false;
    true
}

/// The marker the text so far ends with, when its last line is only that (`lines::bare_marker`).
fn bare_marker_ending(out: &str) -> Option<super::lines::Marker> {
    // (Markers are short: only the last dozen bytes are looked at.)
    let b = out.as_bytes();
    let from = b.len().saturating_sub(12);
    let start = match b[from..].iter().rposition(|&c| c == b'\n') {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return None,
    };
    out.get(start..).and_then(super::lines::bare_marker)
}

/// Reads the first line of `text` if it is plain, appending its fold (`text::fold`) to `low`
/// when asked (`fold`), and returns where it ends (its line break, or the end of the text); returns None, having
/// appended part of it, if it is not plain. Small letters (nearly all) are copied in runs; only
/// capitals are decoded and folded one by one.
///
/// A plain line needs neither composing nor cleaning, which is most lines: printable ASCII
/// without doubled spaces or `**`, and letters from Latin-1, Latin Extended A and B and Latin
/// Extended Additional (all of precomposed Vietnamese, none of which NFC changes), and the
/// dashes, quotes and ellipsis of general punctuation. (Outer spaces are the caller's check.)
/// Anything else takes the careful path.
fn fold_plain(text: &str, low: &mut String, fold: bool) -> Option<usize> {
    let b = text.as_bytes();
    let from = low.len();
    let mut run = 0; // start of the stretch copied as it is (ASCII capitals are lowered at the end)
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        // Most bytes are plain ASCII or a single space: told by one table read and one compare.
        if PLAIN_ASCII[c as usize] {
            i += 1;
            continue;
        }
        if c == b' ' && (i == 0 || b[i - 1] != b' ') {
            i += 1;
            continue;
        }
        if c < 0x80 {
            match c {
                // Markup ("&amp;", "&nbsp;", "<br>") needs decoding (J12).
                b'&' | b'<' if may_be_markup(&b[i..]) => return None,
                // Printable ASCII but space and '*' (which must not be doubled).
                0x21..=0x7E if c != b'*' => {}
                // A doubled space or "**" needs cleaning. (The byte before a multi-byte
                // character's end is never ASCII.)
                b' ' | b'*' if i > 0 && b[i - 1] == c => return None,
                b' ' | b'*' => {}
                b'\n' | b'\r' | 0x0B | 0x0C => break,
                _ => return None,
            }
            i += 1;
            continue;
        }
        // Each letter's length, and whether it is surely small (`text::surely_lowercase`, told
        // here for the two commonest lead bytes without a second look).
        let (len, small) = match (c, b.get(i + 1), b.get(i + 2)) {
            (0xC3, Some(&x), _) => (2, x >= 0x9F),
            (0xC3..=0xCB, _, _) => (2, super::text::surely_lowercase(b, i)),
            (0xE1, Some(0xB8..=0xBB), Some(&x)) => (3, x & 1 == 1),
            (0xE1, Some(0xB8..=0xBB), _) => (3, false),
            (0xE2, Some(0x80), Some(0x93 | 0x94 | 0x98 | 0x99 | 0x9C | 0x9D | 0xA6)) => {
                i += 3;
                continue;
            }
            (0xE2, Some(0x80), Some(0xA8 | 0xA9)) => break, // line and paragraph separators
            _ => return None,
        };
        if fold && !small {
            if let Some(ch) = text.get(i..i + len).and_then(|s| s.chars().next()) {
                let l = super::text::fold_char(ch);
                if l != ch {
                    low.push_str(&text[run..i]);
                    low.push(l);
                    run = i + len;
                }
            }
        }
        i += len;
    }
    if fold {
        low.push_str(&text[run..i]);
        if let Some(added) = low.get_mut(from..) {
            added.make_ascii_lowercase();
        }
    }
    Some(i)
}

/// The ASCII bytes a plain line may hold anywhere ([`fold_plain`]): printable ASCII but space,
/// '&' and '<' (which may open markup) and '*' (which must not be doubled).
static PLAIN_ASCII: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0x21;
    while c <= 0x7E {
        t[c] = !matches!(c as u8, b'&' | b'<' | b'*');
        c += 1;
    }
    t
};

/// The first line break in `b`: LF, CR, form feed, vertical tab, or the Unicode line and
/// paragraph separators (E2 80 A8/A9); its offset and length.
fn line_break(b: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    loop {
        let at = i + b[i..].iter().position(|&c| c < 0x0E || c == 0xE2)?;
        match b[at] {
            b'\n' | b'\r' | 0x0B | 0x0C => return Some((at, 1)),
            0xE2 if b.get(at + 1) == Some(&0x80) && matches!(b.get(at + 2), Some(0xA8 | 0xA9)) => {
                return Some((at, 3))
            }
            _ => i = at + 1,
        }
    }
}

/// What follows the line of `text` that ends at `end`: None when it ends the text, else the
/// text after its break (CRLF counts as one).
fn after_break(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..).filter(|r| !r.is_empty())?;
    // The break is LF, CR, CRLF, VT, FF (ASCII) or U+2028/U+2029 (three bytes).
    let len = if rest.starts_with("\r\n") {
        2
    } else if rest.as_bytes().first().is_some_and(|&b| b < 0x80) {
        1
    } else {
        3
    };
    rest.get(len..)
}

/// What is done with each cell of a line once cleaned: `out`, where the cell starts in it, and
/// whether it is the whole line (`settle_cell`).
type Settle<'a> = dyn FnMut(&mut String, usize, bool) + 'a;

/// Cleans one raw line onto the end of `out`, its cells (columns) trimmed; an empty line is one
/// empty cell. With `settle`, each cell is handed to it as soon as it ends (where it starts in
/// `out`, and whether it is the whole line) and nothing is returned; without, the cells after
/// the first are returned as where they begin, counted from the line's start.
fn clean_line(raw: &str, out: &mut String, mut settle: Option<&mut Settle<'_>>) -> Vec<usize> {
    let start = out.len();
    out.reserve(raw.len()); // cleaning never lengthens a line: room made once, not by doubling
    let mut cell = start; // where the cell being cleaned starts
    let mut spaces = 0usize;
    let mut cuts: Vec<usize> = Vec::new();
    let mut tabbed = false;
    // Tabs in the blank being read: in a table's row each is a column, so two in a row leave an
    // empty cell between them ("3⇥Tổng kết năm học⇥Văn phòng Sở⇥⇥Trước 31/5").
    let mut tabs = 0usize;
    let mut i = 0;
    while let Some(c) = raw.get(i..).and_then(|r| r.chars().next()) {
        i += c.len_utf8();
        // J12: HTML markup left in the paste: an entity is its character, a line break tag a
        // break between cells.
        let c = match c {
            '&' | '<' => match markup_at(&raw[i - 1..]) {
                Some((len, decoded)) => {
                    i += len - 1;
                    match decoded {
                        Some(d) => d,
                        None => {
                            spaces += 4;
                            tabbed = true;
                            continue;
                        }
                    }
                }
                None => c,
            },
            c => c,
        };
        match c {
            '*' if raw[i..].starts_with('*') => {
                i += 1;
            }
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            '\t' => {
                spaces += 4;
                tabbed = true;
                tabs += 1;
            }
            c if c == ' ' || c.is_whitespace() || c.is_control() => spaces += 1,
            c => {
                if spaces > 0 && out.len() > cell {
                    // A tab is always a column ("TT⇥Ngày⇥Nội dung"); spaces are a blank
                    // left in a form after "Số:" or "ngày".
                    // (Not after a list marker alone: Word copies "1.⇥Các trường …", J12.)
                    let item = tabbed
                        && settle.is_some()
                        && super::lines::bare_marker(&out[cell..]).is_some();
                    if spaces >= 4 && !item && (tabbed || !ends_with_form_blank(&out[cell..])) {
                        match settle.as_deref_mut() {
                            Some(settle) => settle(out, cell, false),
                            None => {
                                let at = out.len() - start;
                                cuts.extend(std::iter::repeat_n(at, tabs.max(1)));
                            }
                        }
                        cell = out.len();
                    } else {
                        out.push(' ');
                    }
                }
                spaces = 0;
                tabbed = false;
                tabs = 0;
                out.push(c);
            }
        }
    }
    if let Some(settle) = settle {
        settle(out, cell, cell == start);
    }
    cuts
}

/// J12: an HTML entity or line-break tag at the start of `s`: its length, and the character it
/// stands for (None for a tag, which separates cells like a tab).
fn markup_at(s: &str) -> Option<(usize, Option<char>)> {
    markup_bytes(s.as_bytes())
}

/// [`markup_at`] over bytes (markup is ASCII, so a match ends on a char boundary).
fn markup_bytes(b: &[u8]) -> Option<(usize, Option<char>)> {
    use crate::lexicon::noise::{HTML_BREAKS, HTML_ENTITIES};
    // Most '&' are in "GD&ĐT": an entity has an ASCII letter or '#' next and a ';' soon after.
    match (b.first(), b.get(1)) {
        (Some(b'&'), Some(c)) if c.is_ascii_alphabetic() || *c == b'#' => {
            if !b.iter().take(10).any(|&c| c == b';') {
                return None;
            }
        }
        (Some(b'<'), Some(c)) if c.is_ascii_alphabetic() || *c == b'/' => {}
        _ => return None,
    }
    let starts = |p: &str| {
        b.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    };
    if let Some((entity, c)) = HTML_ENTITIES.iter().find(|(e, _)| starts(e)) {
        return Some((entity.len(), Some(*c)));
    }
    HTML_BREAKS
        .iter()
        .find(|tag| starts(tag))
        .map(|tag| (tag.len(), None))
}

/// Whether the fast path must leave a line to the careful one for its markup (J12).
fn may_be_markup(rest: &[u8]) -> bool {
    markup_bytes(rest).is_some()
}

/// H1, H2: a wide gap after "Số:", "ngày" or "tháng" is a blank left in a form to be filled in
/// ("Số:      /TB-UBND", "Tuyên Quang, ngày      tháng 9 năm 2025"), not a column.
fn ends_with_form_blank(buf: &str) -> bool {
    const BEFORE_BLANKS: [&str; 7] = ["Số:", "số:", "ngày", "Ngày", "tháng", "Tháng", "năm"];
    BEFORE_BLANKS.iter().any(|w| {
        buf.ends_with(w)
            && buf[..buf.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether `next` continues the last line of `out` (a broken paragraph).
/// A line that opens with a number inside a sentence ("Chương trình GDPT" / "2018, hoàn thành
/// …", J7): the number is followed by a comma or by a word in lowercase, and the line is no row
/// of a table.
fn number_goes_on(next: &str) -> bool {
    let digits = next.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || next.contains(TABLE_SEPARATOR) {
        return false;
    }
    let rest = &next[digits..];
    rest.starts_with(',')
        || rest
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_lowercase)
}

fn continues(out: &str, next: &str) -> bool {
    let Some(first) = next.chars().next() else {
        return false;
    };
    // "… phối hợp với Phòng Tài chính -" / "Kế hoạch huyện hướng dẫn …" (J7): a line of a
    // sentence that stops on the dash inside a unit's name goes on, though the name's next
    // word is capitalised.
    if first.is_uppercase() && super::lines::marker(next).is_none() && stops_on_a_names_dash(out) {
        return true;
    }
    if !(first.is_lowercase() || number_goes_on(next)) || super::lines::marker(next).is_some() {
        return false; // "a) …" opens an item even in lowercase
    }
    // `out` never ends with a line break, so its last char is its last line's.
    out.chars()
        .next_back()
        .is_some_and(|c| !matches!(c, '.' | ';' | ':' | '!' | '?' | '…' | ')' | '"' | '”'))
        && !ends_with_doc_type(out)
}

/// Whether the last line of `out` stops on a dash after a space ("… Phòng Tài chính -") and is
/// a sentence's (it has lowercase letters: a header in capitals is no sentence).
fn stops_on_a_names_dash(out: &str) -> bool {
    let Some(before) = out.strip_suffix(" -").or_else(|| out.strip_suffix(" –")) else {
        return false;
    };
    // Only the last 200 bytes are read: a sentence's line has lowercase letters within them.
    let from = super::text::boundary_before(before, before.len().saturating_sub(200));
    let line = before[from..].rsplit('\n').next().unwrap_or_default();
    line.chars().any(char::is_lowercase)
}

/// J8: whether a sentence left open before a page number goes on after it, though the next page
/// starts with a capital ("… gửi về" / "Trang 2/3" / "Sở trước ngày 20/11."): the last line is a
/// long line of a paragraph that stops on a word or a comma, and the next is no list item.
fn continues_over_page(out: &str, next: &str) -> bool {
    if super::lines::marker(next).is_some() || !next.starts_with(char::is_alphabetic) {
        return false;
    }
    // Only the last 200 bytes are read: a paragraph's line is long enough within them.
    let bytes = out.as_bytes();
    let from = bytes.len().saturating_sub(200);
    let start = bytes[from..]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(from, |nl| from + nl + 1);
    let Some(line) = out.get(start..) else {
        return false;
    };
    line.len() >= 60
        && line.chars().any(char::is_lowercase)
        && line
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c == ',')
}

/// J8, L11: whether a table goes on over a page break: the last line written is a row (its
/// cells joined by " | ") and so is the next ("… | Quý II/2023" / "2" / "4 | Kiểm tra …"). The
/// page number between them is dropped, so the rows stay one table.
fn row_goes_on(out: &str, next: &str) -> bool {
    let last = out.rfind('\n').map_or(out, |nl| &out[nl + 1..]);
    next.contains(" | ") && last.matches(" | ").nth(1).is_some()
}

/// Whether the last line of `out` is a document type in capitals ("THÔNG BÁO KẾT LUẬN"): the
/// subject's first line after it starts in lowercase ("của Giám đốc Sở …") but is no wrap of
/// it (H3). Only a short last line is looked at.
fn ends_with_doc_type(out: &str) -> bool {
    // Only the last 64 bytes are read: a longer last line is no document type (and a text of
    // one long line is not scanned again at every line joined to it).
    let bytes = out.as_bytes();
    let from = bytes.len().saturating_sub(64);
    let start = match bytes[from..].iter().rposition(|&b| b == b'\n') {
        Some(nl) => from + nl + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let Some(line) = out.get(start..).map(str::trim) else {
        return false;
    };
    !line.is_empty()
        && !line.chars().any(char::is_lowercase)
        && crate::lexicon::structure::DOC_TYPES.contains(&line.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::canonical;

    /// The careful path alone, line by line: what the one-pass fast path must agree with.
    #[cfg(not(target_arch = "wasm32"))]
    fn careful(pasted: &str) -> (String, String) {
        let (mut out, mut low, mut gap) = (String::new(), String::new(), super::Gap::default());
        let mut composed = String::new();
        let mut rest = Some(pasted);
        while let Some(r) = rest {
            let end = super::line_break(r.as_bytes()).map_or(r.len(), |(at, _)| at);
            rest = super::after_break(r, end);
            // Every line composed, whether or not `compose::may_need` says it must be.
            let mut all_composed = String::new();
            super::super::compose::compose_into(&r[..end], &mut all_composed);
            super::push_careful(
                &mut out,
                Some(&mut low),
                &all_composed,
                &mut gap,
                &mut composed,
            );
        }
        super::flush_page(&mut out, &mut low, &mut gap);
        (out, low)
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, ..Default::default() })]
        #[test]
        fn the_fast_path_agrees_with_the_careful_one(
            s in "([a-zA-Z0-9 .,;:()*\\-]|[ăâđêôơưĂÂĐÊÔƠƯáàảãạÁÀẢÃẠếềểễệẾỀỂỄỆớờởỡợỚỜỞỠỢứừửữựỨỪỬỮỰĿŀ×ÀÉÌÒÙÝÞßÿĀāĹĺŁłŸ÷ǅȀ]|[\u{0300}\u{0301}\u{0303}\u{0309}\u{0323}\u{00A0}\u{200B}\u{2028}\u{2029}“”…–—•]|\r\n|\r|\n|\t|\u{000B}|\u{000C}|  |&amp;|&nbsp;|&|<br>|<){0,80}"
        ) {
            proptest::prop_assert_eq!(super::canonical_folded(&s), careful(&s));
        }
    }

    #[test]
    fn joins_a_paragraph_broken_by_a_page_break() {
        let t = canonical("tham gia thi. Phòng Giáo\r\n\r\ndục trung học, Phòng Kế hoạch");
        assert_eq!(t, "tham gia thi. Phòng Giáo dục trung học, Phòng Kế hoạch");
        assert_eq!(
            canonical("của Sở Giáo dục\n\nvà Đào tạo về việc"),
            "của Sở Giáo dục và Đào tạo về việc"
        );
    }

    #[test]
    fn keeps_paragraphs_and_headings_apart() {
        let t = canonical("1. Kết quả đạt được\n\n\n\nTháng 9 năm 2022, toàn Ngành\n- Lưu VT.");
        assert_eq!(
            t,
            "1. Kết quả đạt được\n\nTháng 9 năm 2022, toàn Ngành\n- Lưu VT."
        );
    }

    #[test]
    fn composes_decomposed_letters_and_drops_invisible_marks() {
        let decomposed = "Thông ba\u{301}o\u{200B} ke\u{302}\u{301}t lua\u{323}\u{302}n";
        assert_eq!(canonical(decomposed), "Thông báo kết luận");
    }

    #[test]
    fn spaces_tabs_and_bold_markers() {
        assert_eq!(
            canonical("**TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG**"),
            "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG"
        );
        assert_eq!(canonical("  a\u{a0}\u{a0}b  "), "a b");
        assert_eq!(
            canonical("Nơi nhận:\tKT. GIÁM ĐỐC"),
            "Nơi nhận:\nKT. GIÁM ĐỐC"
        );
        assert_eq!(canonical("  \n\t\n "), "");
    }

    #[test]
    fn folded_in_the_same_pass() {
        let pasted = "THÔNG BÁO\r\n\r\nPhòng Giáo\n\ndục  TRUNG HỌC\t**Đ**";
        let (text, low) = super::canonical_folded(pasted);
        assert_eq!(low, crate::notice::text::fold(&text));
        assert_eq!(canonical(pasted), text);
    }

    /// The text alone (its fold dropped line by line) is the text made with its fold.
    #[test]
    fn the_text_alone_is_the_text_made_with_its_fold() {
        for pasted in [
            include_str!("../../tests/fixtures/hanoi-2022-giao-ban-thang-9.txt"),
            include_str!("../../tests/fixtures/cantho-2020-so-ket-hk1.txt"),
            include_str!("../../tests/fixtures/haugiang-2018-giao-ban-web.txt"),
            "Trang 1\r\n\r\nGiao  Phòng\u{a0}GD&amp;ĐT báo cáo,\n2\nthu chi.\n\nTrang 2/3",
        ] {
            let (text, low) = super::canonical_folded(pasted);
            assert_eq!(canonical(pasted), text);
            assert_eq!(low, crate::notice::text::fold(&text));
        }
    }

    #[test]
    fn h2_blanks_left_in_a_form_are_not_columns() {
        assert_eq!(
            canonical("Số:      /TB-UBND\nTuyên Quang, ngày      tháng 9 năm 2025"),
            "Số: /TB-UBND\nTuyên Quang, ngày tháng 9 năm 2025"
        );
        // Three tab-separated cells are a table row (L11), kept on one line.
        assert_eq!(canonical("TT\tNgày\tNội dung"), "TT | Ngày | Nội dung");
        // A real column after a cell still splits.
        assert_eq!(
            canonical("Số: 12/TB-UBND      Hà Giang, ngày 02 tháng 3 năm 2020"),
            "Số: 12/TB-UBND\nHà Giang, ngày 02 tháng 3 năm 2020"
        );
    }

    #[test]
    fn j8_page_number_inside_a_sentence_is_removed_and_the_sentence_joined() {
        assert_eq!(
            canonical("3. Tăng cường quản lý thu,\n\n2\n\nchi trong các cơ sở giáo dục."),
            "3. Tăng cường quản lý thu, chi trong các cơ sở giáo dục."
        );
        assert_eq!(
            canonical("bảo vệ tài\n\n- 4 -\n\nsản của nhà trường."),
            "bảo vệ tài sản của nhà trường."
        );
        assert_eq!(
            canonical("kiểm tra việc\n\nTrang 2/3\n\ndạy thêm."),
            "kiểm tra việc dạy thêm."
        );
        // A lone number that is not inside a sentence stays where it is.
        assert_eq!(
            canonical("Hết.\n\n2\n\nII. NHIỆM VỤ"),
            "Hết.\n\n2\n\nII. NHIỆM VỤ"
        );
        assert_eq!(
            canonical("Tổng số trường\n\n12\n\nTrường"),
            "Tổng số trường\n\n12\n\nTrường"
        );
        // … with no blank line around it as well (a paste that lost its blank lines).
        assert_eq!(
            canonical("3. Tăng cường quản lý thu,\n2\nchi trong các cơ sở giáo dục."),
            "3. Tăng cường quản lý thu, chi trong các cơ sở giáo dục."
        );
        assert_eq!(
            canonical("Tổng số trường\n12\nTrường"),
            "Tổng số trường\n12\nTrường"
        );
        // A number that goes on with the sentence joins it (J7).
        assert_eq!(
            canonical("theo Chương trình GDPT\n2018, hoàn thành trong tháng 11."),
            "theo Chương trình GDPT 2018, hoàn thành trong tháng 11."
        );
        // In a table row (L11) a number is a cell, not a page number.
        assert_eq!(canonical("TT\t3\tkiểm tra"), "TT | 3 | kiểm tra");
        assert_eq!(canonical("kiểm tra\t3"), "kiểm tra\n3");
        assert_eq!(canonical("thu,\n\n2"), "thu,\n\n2");
    }

    /// J9, J12: a list marker and its item, parted by a tab or a line break in the copy, are one
    /// line; a table's row keeps its cells, and symbols that are no item stay apart.
    #[test]
    fn a_list_marker_stays_with_its_item() {
        assert_eq!(
            canonical("1.\tCác trường báo cáo."),
            "1. Các trường báo cáo."
        );
        assert_eq!(canonical("\u{F0B7}\tRà soát."), "\u{F0B7} Rà soát.");
        assert_eq!(canonical("a)\nPhòng X báo cáo."), "a) Phòng X báo cáo.");
        assert_eq!(canonical("II.\nKẾT QUẢ"), "II. KẾT QUẢ");
        // A table's row: "1." is its first cell.
        assert_eq!(canonical("1.\tRà soát\tPhòng X"), "1. | Rà soát | Phòng X");
        // Not over a blank line; not a page's "-" / "+" buttons, nor a symbol over a headline.
        assert_eq!(canonical("1.\n\nCác trường"), "1.\n\nCác trường");
        assert_eq!(canonical("-\n+"), "-\n+");
        assert_eq!(canonical("+\nHỘI NGHỊ GIAO BAN"), "+\nHỘI NGHỊ GIAO BAN");
        assert_eq!(canonical("*\nSố 12-TB/HU"), "*\nSố 12-TB/HU");
        // A number alone is a page's, not a marker (J8).
        assert_eq!(canonical("Tổng số\n12\nTrường"), "Tổng số\n12\nTrường");
    }

    /// A line cleaned on the careful path (doubled spaces, a soft hyphen, an entity) reads as
    /// the same line pasted clean, wherever it falls: after a long text too, whose end is all
    /// the careful path looks at (it is cleaned in place at the end of the text, issue 12).
    #[test]
    fn a_line_cleaned_in_place_reads_as_the_same_line_pasted_clean() {
        let long = "Phòng Giáo dục và Đào tạo chủ trì rà soát ".repeat(8);
        let cases = [
            (
                "{long}thu,\n\n  2  \n\nchi  trong trường.",
                "{long}thu,\n\n2\n\nchi trong trường.",
            ),
            (
                "{long}\n  tiếp  tục\u{00AD} rà soát.",
                "{long}\ntiếp tục rà soát.",
            ),
            (
                "{long}.\nTHÔNG BÁO KẾT LUẬN\n  của  Giám đốc Sở",
                "{long}.\nTHÔNG BÁO KẾT LUẬN\ncủa Giám đốc Sở",
            ),
            ("{long}\n\n  GD&amp;ĐT  tỉnh", "{long}\n\nGD&ĐT tỉnh"),
            ("  Kết  luận\n\n\n  giao  Phòng", "Kết luận\n\ngiao Phòng"),
        ];
        for (dirty, clean) in cases {
            let (dirty, clean) = (
                dirty.replace("{long}", &long),
                clean.replace("{long}", &long),
            );
            assert_eq!(canonical(&dirty), canonical(&clean), "{dirty:?}");
            let (text, low) = super::canonical_folded(&dirty);
            assert_eq!(text, canonical(&clean));
            assert_eq!(low, super::super::text::fold(&text));
        }
    }

    #[test]
    fn j12_html_entities_and_line_break_tags() {
        assert_eq!(
            canonical("Phòng GD&amp;ĐT&nbsp;huyện<br>Sở GD&ĐT &lt;b&gt; &quot;x&quot;"),
            "Phòng GD&ĐT huyện\nSở GD&ĐT <b> \"x\""
        );
        assert_eq!(canonical("A &AMP; B<BR/>C<br />D"), "A & B\nC\nD");
        assert_eq!(canonical("R&D <3 &x"), "R&D <3 &x");
        #[cfg(not(target_arch = "wasm32"))]
        for s in [
            "GD&amp;ĐT ngày 3",
            "a<br>b",
            "ĐT&#39;s",
            "&nbsp;&nbsp;x",
            "Đ&amp",
            "x&",
        ] {
            assert_eq!(super::canonical_folded(s), careful(s), "{s}");
        }
    }

    #[test]
    fn line_endings() {
        assert_eq!(canonical("A\r\nB\rC\nD"), "A\nB\nC\nD");
    }
}
