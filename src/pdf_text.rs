//! A PDF's text as the lines a clerk would paste, rebuilt from the positioned pieces of text
//! pdf.js finds on each page (`static/pdf-items.mjs` in the app's worker and in Node): what a copy
//! from a PDF viewer spoils — the order of a two-column header, page headers, footers and page
//! numbers inside sentences — is put right here, before reading.
//!
//! - Pieces on one baseline (within 40 % of the font size) are one line, left to right; a gap of
//!   more than one font size is a jump to another column and becomes a tab (the header's
//!   `ỦY BAN NHÂN DÂN⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, a table's cells), a smaller gap a space.
//! - In a table of three columns or more, a cell's text wrapped onto the lines below is joined
//!   back to its cell, so each row is one line of tab-separated cells, as the reader reads tables.
//! - A line further below the previous one than 1.6 times the page's usual line spacing starts a
//!   paragraph: a blank line before it.
//! - In the top and bottom tenth of a page, a line that comes back on another page (its digits
//!   aside: "Trang 2", "Trang 3") is a running header or footer, and a line that is only a page
//!   number ("2", "- 2 -", "Trang 2/5", "2/5") is one too: both are left out.
//! - A line the layout wrapped (it reaches the text's right edge and ends no sentence) is joined
//!   with the next when that starts at the left edge with no list marker — also across a page
//!   break — so a paragraph is one line again, as typed (a capital after the wrap, "… thực hiện
//!   / Thông báo này.", no longer looks like a new sentence).
//!
//! - A piece set in a legacy Vietnamese font (.VnTime: TCVN3; VNI-Times: VNI), as the PDF names
//!   it, is converted to Unicode by that name.
//!
//! Every count here is linear in the pieces (a sort per page); any input gives text, never a
//! panic.

use std::collections::HashMap;

use serde::Deserialize;

use crate::encoding::{decode_as, legacy_font, Legacy};

/// Why a PDF gives no text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PdfError {
    /// pdf.js could not open it: damaged, cut short, or not a PDF.
    Damaged,
    /// It needs a password to open.
    Password,
    /// No text, not even by OCR (a blank page, a picture with no writing).
    NoText,
    /// OCR could not run: its files could not be fetched (offline before its first use) or the
    /// image could not be decoded.
    NoOcr,
}

impl PdfError {
    /// pdf.js's failure by its name in `static/pdf-items.mjs` (`password`, `damaged`), or OCR's
    /// (`ocr`, in `static/reader-worker.js`).
    pub fn from_name(name: &str) -> PdfError {
        match name {
            "password" => PdfError::Password,
            "ocr" => PdfError::NoOcr,
            _ => PdfError::Damaged,
        }
    }

    /// What went wrong and what to do, in Vietnamese.
    pub fn message_vi(self) -> &'static str {
        match self {
            PdfError::Damaged => "tệp PDF bị hỏng hoặc bị cắt cụt, không đọc được. Hãy lấy lại tệp gốc.",
            PdfError::Password => "tệp PDF có đặt mật khẩu. Hãy mở bằng trình xem PDF, nhập mật khẩu, sao chép toàn bộ văn bản rồi dán vào ô văn bản.",
            PdfError::NoOcr => "không nhận dạng được chữ trong ảnh: bộ nhận dạng chữ (OCR) không tải được hoặc không đọc được ảnh. Lần đầu dùng cần có mạng; nếu vẫn lỗi, hãy dùng bản Word hoặc PDF có chữ của thông báo.",
            PdfError::NoText => "không tìm thấy chữ nào trong tệp, kể cả khi nhận dạng chữ trong ảnh (OCR). Hãy dùng bản Word hoặc PDF có chữ của thông báo, hoặc một bản quét rõ hơn.",
        }
    }

    /// What went wrong and what to do, in English.
    pub fn message_en(self) -> &'static str {
        match self {
            PdfError::Damaged => "the PDF file is damaged or cut short and cannot be read. Get the original file again.",
            PdfError::Password => "the PDF file has a password. Open it in a PDF viewer, enter the password, copy all the text and paste it into the text area.",
            PdfError::NoOcr => "the text in the image could not be recognised: the text recogniser (OCR) could not be loaded or could not read the image. Its first use needs a connection; otherwise use the notice's Word copy or a PDF with text.",
            PdfError::NoText => "no text was found in the file, even by recognising the text in its images (OCR). Use the notice's Word copy or a PDF with text, or a clearer scan.",
        }
    }
}

/// One page as pdf.js gives it, in tenths of a point.
#[derive(Deserialize)]
struct Page {
    h: i64,
    /// `[text, x, baseline y from the top, width, font size, ends a line]`, and the piece's font
    /// (an index into `fonts`) on a page whose text may be in a legacy encoding.
    items: Vec<RawItem>,
    /// The fonts' names as the PDF gives them ("ABCDEF+.VnTime"), on such a page.
    #[serde(default)]
    fonts: Vec<String>,
}

/// A piece as `static/pdf-items.mjs` writes it.
#[derive(Deserialize)]
struct RawItem(
    String,
    i64,
    i64,
    i64,
    i64,
    u8,
    #[serde(default)] Option<usize>,
);

/// The legacy encoding of a font as a PDF names it: its subset tag ("ABCDEF+") aside, a .VnTime
/// font (".VnTime", "VnTimeH", "VnArial,Bold": TCVN3) or a VNI font ("VNI-Times": VNI).
fn pdf_font_encoding(name: &str) -> Option<Legacy> {
    let name = match name.split_once('+') {
        Some((tag, rest)) if tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()) => rest,
        _ => name,
    };
    let bare = name.trim_start_matches(['.', '_']);
    let vn_then_capital = bare
        .strip_prefix("Vn")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()));
    if vn_then_capital {
        return Some(Legacy::Tcvn3);
    }
    legacy_font(name).or_else(|| legacy_font(bare))
}

/// The page's pieces, the text of those set in a legacy font converted by the font's name; and
/// the encoding converted, if any.
fn converted(page: Page) -> (i64, Vec<Item>, Option<Legacy>) {
    let encodings: Vec<Option<Legacy>> = page.fonts.iter().map(|f| pdf_font_encoding(f)).collect();
    let mut seen = None;
    let items = page
        .items
        .into_iter()
        .map(|RawItem(text, x, y, w, size, eol, font)| {
            let encoding = font.and_then(|f| encodings.get(f).copied().flatten());
            let text = match encoding {
                Some(e) => {
                    seen = seen.or(Some(e));
                    let mut out = String::with_capacity(text.len() + text.len() / 2);
                    decode_as(e, &text, &mut out);
                    out
                }
                None => text,
            };
            (text, x, y, w, size, eol)
        })
        .collect();
    (page.h, items, seen)
}

/// A piece of text placed on the page.
struct Piece {
    text: String,
    x: f64,
    y: f64,
    width: f64,
    size: f64,
}

/// A line rebuilt on a page: its cells (one, unless the line jumps across columns), each with
/// the place it starts at.
struct Line {
    cells: Vec<(f64, String)>,
    y: f64,
    size: f64,
    /// Where its last piece ends.
    end: f64,
}

impl Line {
    fn text(&self) -> String {
        let cells: Vec<&str> = self.cells.iter().map(|(_, t)| t.trim()).collect();
        cells.join("\t")
    }
}

/// The text of a PDF from its pages' pieces, or why there is none (no text at all: a scan).
pub fn pdf_text(pages_json: &str) -> Result<String, PdfError> {
    converted_pdf_text(pages_json).map(|(text, _)| text)
}

/// [`pdf_text`], and the legacy encoding of the text converted by its fonts' names, if any.
pub fn converted_pdf_text(pages_json: &str) -> Result<(String, Option<Legacy>), PdfError> {
    match converted_text_of(pages_json) {
        Some((text, e)) if !text.trim().is_empty() => Ok((text, e)),
        Some(_) => Err(PdfError::NoText),
        None => Err(PdfError::Damaged),
    }
}

/// The text of a PDF from its pages' pieces (the JSON `static/pdf-items.mjs` writes); `None` when
/// that is not what it is.
pub fn text_of(pages_json: &str) -> Option<String> {
    converted_text_of(pages_json).map(|(text, _)| text)
}

/// [`text_of`], and the legacy encoding of the text converted by its fonts' names, if any.
pub fn converted_text_of(pages_json: &str) -> Option<(String, Option<Legacy>)> {
    let pages: Vec<Page> = serde_json::from_str(pages_json).ok()?;
    let mut encoding = None;
    let pages: Vec<(i64, Vec<Item>)> = pages
        .into_iter()
        .map(|p| {
            let (h, items, e) = converted(p);
            encoding = encoding.or(e);
            (h, items)
        })
        .collect();
    Some((laid_out(pages.into_iter()), encoding))
}

/// A piece of text placed on a page, in tenths of a point (or of a pixel: only proportions
/// count): `(text, x, baseline y from the top, width, font size, ends a line)`.
pub(crate) type Item = (String, i64, i64, i64, i64, u8);

/// The text of pages given as their height and their pieces (a PDF's, or the words OCR found on
/// a scan: `crate::ocr_text`), laid out as this module says.
pub(crate) fn laid_out(pages: impl Iterator<Item = (i64, Vec<Item>)>) -> String {
    let lines: Vec<(Vec<Line>, f64)> = pages
        .map(|(h, items)| (rows_joined(page_lines(items)), h as f64 / 10.0))
        .collect();
    join_pages(lines)
}

/// The lines of one page, top to bottom.
fn page_lines(items: Vec<Item>) -> Vec<Line> {
    let points = |tenths: i64| tenths as f64 / 10.0;
    let mut pieces: Vec<Piece> = items
        .into_iter()
        .filter(|(text, ..)| !text.trim().is_empty())
        .map(|(text, x, y, width, size, _)| Piece {
            text,
            x: points(x),
            y: points(y),
            width: points(width.max(0)),
            size: if size > 0 { points(size) } else { 10.0 },
        })
        .collect();
    pieces.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Vec<Piece>> = Vec::new();
    for piece in pieces {
        match lines.last_mut() {
            Some(line) if (piece.y - line[0].y).abs() <= 0.4 * line[0].size => line.push(piece),
            _ => lines.push(vec![piece]),
        }
    }
    lines
        .into_iter()
        .map(|mut pieces| {
            pieces.sort_by(|a, b| a.x.total_cmp(&b.x));
            let (y, size) = (pieces[0].y, pieces[0].size);
            let mut cells: Vec<(f64, String)> = Vec::new();
            let mut end: Option<f64> = None;
            for p in pieces {
                let gap = end.map(|e| p.x - e);
                end = Some(end.map_or(p.x + p.width, |e: f64| e.max(p.x + p.width)));
                match (gap, cells.last_mut()) {
                    (Some(gap), Some((_, text))) if gap <= COLUMN_GAP * size => {
                        if gap > 0.15 * size
                            && !text.ends_with(char::is_whitespace)
                            && !p.text.starts_with(char::is_whitespace)
                        {
                            text.push(' ');
                        }
                        text.push_str(&p.text);
                    }
                    _ => cells.push((p.x, p.text)),
                }
            }
            Line {
                cells,
                y,
                size,
                end: end.unwrap_or(0.0),
            }
        })
        .collect()
}

/// A gap wider than this many font sizes is a jump to another column (a table's cell, the
/// header's other half); a gap between words is a third of one, a stretched one at most two
/// thirds.
const COLUMN_GAP: f64 = 1.0;

/// A table's rows put back together: a cell's text that wrapped onto the lines below (in a
/// table of three columns or more: two are the header's and the signature's layout, whose
/// lines are lines of their own) is joined to its cell. A line below a row whose pieces all start
/// where the row's cells start, but none where its first cell does, continues the row.
fn rows_joined(lines: Vec<Line>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        let continues = out
            .last()
            .filter(|row| row.cells.len() >= 3)
            .and_then(|row| {
                let near = |x: f64, y: f64| (x - y).abs() <= 0.5 * row.size;
                let first = row.cells[0].0;
                let placed: Option<Vec<usize>> = line
                    .cells
                    .iter()
                    .map(|(x, _)| row.cells.iter().position(|(cx, _)| near(*x, *cx)))
                    .collect();
                let placed = placed?;
                let below = line.y - row.y < 3.0 * row.size;
                (below && !line.cells.iter().any(|(x, _)| near(*x, first))).then_some(placed)
            });
        match (continues, out.last_mut()) {
            (Some(placed), Some(row)) => {
                for ((_, text), at) in line.cells.into_iter().zip(placed) {
                    let cell = &mut row.cells[at].1;
                    cell.push(' ');
                    cell.push_str(text.trim());
                }
                // The row's next line is measured from here.
                row.y = line.y;
            }
            _ => out.push(line),
        }
    }
    out
}

/// A line's shape: its text with every run of digits as one `#` ("Trang 2" and "Trang 3" alike).
fn shape(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// A page number alone: "2", "- 2 -", "Trang 2", "2/5", "Trang 2/5", "Page 2 of 5".
fn is_page_number(text: &str) -> bool {
    let s = shape(text);
    let s = s.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let s = s
        .strip_prefix("trang")
        .or_else(|| s.strip_prefix("page"))
        .unwrap_or(s)
        .trim();
    matches!(s, "#" | "#/#" | "# / #" | "# of #" | "# trên #")
}

/// The pages' lines as one text, running headers, footers and page numbers left out.
fn join_pages(pages: Vec<(Vec<Line>, f64)>) -> String {
    let in_margin = |line: &Line, h: f64| line.y < 0.1 * h || line.y > 0.9 * h;
    // How many pages each margin line's shape is on.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (lines, h) in &pages {
        let mut shapes: Vec<String> = lines
            .iter()
            .filter(|l| in_margin(l, *h))
            .map(|l| shape(&l.text()))
            .collect();
        shapes.sort();
        shapes.dedup();
        for s in shapes {
            *seen.entry(s).or_default() += 1;
        }
    }
    let mut out = String::new();
    // The last line ended where the layout wrapped it.
    let mut wrapped = false;
    for (lines, h) in pages {
        let kept: Vec<Line> = lines
            .into_iter()
            .filter(|l| {
                !(in_margin(l, h)
                    && (is_page_number(&l.text())
                        || seen.get(&shape(&l.text())).is_some_and(|n| *n > 1)))
            })
            .collect();
        // The page's usual line spacing (the median of the steps between lines), and where its
        // text block ends on the right (lines wrapped by the layout reach it).
        let mut steps: Vec<f64> = kept.windows(2).map(|w| w[1].y - w[0].y).collect();
        steps.sort_by(f64::total_cmp);
        let usual = steps.get(steps.len() / 2).copied().unwrap_or(0.0);
        let single = |l: &Line| l.cells.len() == 1;
        // (The third widest line's end: a few lines at least reach a wrapped text's edge. A page
        // of a few lines tells no edge: nothing is joined there.)
        let mut ends: Vec<f64> = kept.iter().filter(|l| single(l)).map(|l| l.end).collect();
        ends.sort_by(|a, b| b.total_cmp(a));
        let right = match ends.get(2) {
            Some(end) if ends.len() >= 6 => *end,
            _ => f64::MAX,
        };
        let left = kept
            .iter()
            .filter(|l| single(l))
            .map(|l| l.cells[0].0)
            .fold(f64::MAX, f64::min);
        let mut previous: Option<f64> = None;
        for line in kept {
            let text = line.text();
            let step = previous.map(|y| line.y - y);
            // A line the layout wrapped (it reaches the right edge and ends no sentence or
            // clause) goes on in the next one when that starts at the left edge with no list
            // marker, also over a page break: one line, as the notice was typed.
            let goes_on = wrapped
                && single(&line)
                && line.cells[0].0 <= left + 0.5 * line.size
                && step.is_none_or(|s| s <= 1.35 * usual.max(line.size))
                && !starts_item(&text);
            if goes_on {
                out.pop();
                out.push(' ');
            } else if step.is_some_and(|s| usual > 0.0 && s > 1.6 * usual.max(line.size)) {
                out.push('\n');
            }
            wrapped = single(&line)
                && line.end >= right - 1.5 * line.size
                && !text.trim_end().ends_with(['.', ':', ';', '!', '?']);
            previous = Some(line.y);
            out.push_str(&text);
            out.push('\n');
        }
    }
    out
}

/// Whether a line starts a list item: "1.", "1.2.", "a)", "II.", "-", "+", "•".
fn starts_item(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or_default();
    if matches!(first, "-" | "+" | "•" | "–" | "*") {
        return true;
    }
    let Some(body) = first.strip_suffix(['.', ')']) else {
        return false;
    };
    let roman = !body.is_empty() && body.chars().all(|c| "IVXLC".contains(c));
    let number = !body.is_empty()
        && body
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let letter = body.chars().count() == 1 && body.chars().all(|c| c.is_lowercase());
    roman || number || letter
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page's JSON from `(text, x, y)` pieces (in points) at 12 pt, 6 points wide a character.
    fn page(pieces: &[(&str, f64, f64)]) -> String {
        let items: Vec<String> = pieces
            .iter()
            .map(|(t, x, y)| {
                format!(
                    "[{:?},{},{},{},120,0]",
                    t,
                    (x * 10.0) as i64,
                    (y * 10.0) as i64,
                    t.chars().count() * 60
                )
            })
            .collect();
        format!("{{\"w\":5950,\"h\":8420,\"items\":[{}]}}", items.join(","))
    }

    fn text(pages: &[String]) -> String {
        text_of(&format!("[{}]", pages.join(","))).unwrap_or_default()
    }

    #[test]
    fn a_two_column_header_becomes_tab_joined_lines() {
        let p = page(&[
            ("ỦY BAN NHÂN DÂN", 110.0, 90.0),
            ("HUYỆN MƯỜNG LẠC", 108.0, 107.0),
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 278.0, 90.0),
            ("Độc lập - Tự do - Hạnh phúc", 324.0, 107.2),
        ]);
        assert_eq!(
            text(&[p]),
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN MƯỜNG LẠC\tĐộc lập - Tự do - Hạnh phúc\n"
        );
    }

    #[test]
    fn pieces_of_one_line_join_with_a_space_only_where_there_is_a_gap() {
        // "Phòng" then "Giáo dục" 4 points on; "tr" "ường" touching.
        let p = page(&[
            ("Phòng", 100.0, 200.0),
            ("Giáo dục", 134.0, 200.0),
            ("tr", 100.0, 218.0),
            ("ường", 112.0, 218.0),
        ]);
        assert_eq!(text(&[p]), "Phòng Giáo dục\ntrường\n");
    }

    #[test]
    fn running_headers_footers_and_page_numbers_are_left_out() {
        let body = |n: usize| format!("dòng {n} của trang");
        let pages: Vec<String> = (1..=3)
            .map(|n| {
                let head = format!("UBND HUYỆN X - Trang {n}");
                let num = format!("- {n} -");
                let lines = [body(n), body(n + 10)];
                page(&[
                    (head.as_str(), 200.0, 40.0),
                    (lines[0].as_str(), 70.0, 300.0),
                    (lines[1].as_str(), 70.0, 318.0),
                    (num.as_str(), 290.0, 800.0),
                ])
            })
            .collect();
        assert_eq!(
            text(&pages),
            "dòng 1 của trang\ndòng 11 của trang\ndòng 2 của trang\ndòng 12 của trang\ndòng 3 của trang\ndòng 13 của trang\n"
        );
        // A header seen once is the notice's own text; a page number alone never is.
        let one = page(&[
            ("SỞ GIÁO DỤC", 70.0, 40.0),
            ("x", 70.0, 300.0),
            ("1", 290.0, 800.0),
        ]);
        assert_eq!(text(&[one]), "SỞ GIÁO DỤC\nx\n");
        for n in [
            "2",
            "- 2 -",
            "Trang 2",
            "2/5",
            "Trang 2/5",
            "Page 2 of 5",
            "– 12 –",
        ] {
            assert!(is_page_number(n), "{n}");
        }
        for n in ["2.", "Điều 2", "20/11/2023", "1. Giao"] {
            assert!(!is_page_number(n), "{n}");
        }
    }

    #[test]
    fn a_tables_wrapped_cells_join_their_row() {
        // TT | Thời gian | Nội dung | Đơn vị chủ trì: "Nội dung" and the unit wrap.
        let p = page(&[
            ("1", 70.0, 300.0),
            ("11/11", 100.0, 300.0),
            ("Kiểm tra công tác", 170.0, 300.0),
            ("Phòng Giáo dục", 330.0, 300.0),
            ("bán trú", 170.0, 314.0),
            ("Trung học", 330.0, 314.0),
            ("2", 70.0, 332.0),
            ("18/11", 100.0, 332.0),
            ("Tọa đàm", 170.0, 332.0),
            ("Văn phòng Sở", 330.0, 332.0),
            ("Sau bảng, một đoạn văn.", 70.0, 360.0),
        ]);
        assert_eq!(
            text(&[p]),
            "1\t11/11\tKiểm tra công tác bán trú\tPhòng Giáo dục Trung học\n2\t18/11\tTọa đàm\tVăn phòng Sở\nSau bảng, một đoạn văn.\n"
        );
    }

    #[test]
    fn lines_the_layout_wrapped_are_one_line_again_even_over_a_page_break() {
        // 60 characters of 6 points reach x = 430: the text's right edge.
        let full = "Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực";
        let p1 = page(&[
            (
                "Sau khi nghe báo cáo, Giám đốc kết luận như sau:",
                70.0,
                282.0,
            ),
            (full, 70.0, 300.0),
            ("hiện Thông báo này.", 70.0, 318.0),
            (full, 70.0, 336.0),
            ("1. Giao Phòng A báo cáo.", 70.0, 354.0),
            (full, 70.0, 700.0),
        ]);
        let p2 = page(&[("Thông báo này.", 70.0, 100.0), ("x", 300.0, 118.0)]);
        assert_eq!(
            text(&[p1, p2]),
            format!("Sau khi nghe báo cáo, Giám đốc kết luận như sau:\n{full} hiện Thông báo này.\n{full}\n1. Giao Phòng A báo cáo.\n\n{full} Thông báo này.\nx\n")
        );
        for item in ["1.", "2.1.", "a)", "II.", "-", "+"] {
            assert!(starts_item(&format!("{item} Giao")), "{item}");
        }
        for word in ["Thông", "UBND", "2022", "A.", "đ"] {
            assert!(!starts_item(&format!("{word} báo")), "{word}");
        }
    }

    #[test]
    fn a_wider_step_between_lines_starts_a_paragraph() {
        let p = page(&[
            ("THÔNG BÁO", 250.0, 130.0),
            ("Kết luận của Giám đốc", 200.0, 148.0),
            ("1. Giao Phòng A", 70.0, 190.0),
            ("báo cáo.", 70.0, 208.0),
            ("2. Giao Phòng B.", 70.0, 226.0),
        ]);
        assert_eq!(
            text(&[p]),
            "THÔNG BÁO\nKết luận của Giám đốc\n\n1. Giao Phòng A\nbáo cáo.\n2. Giao Phòng B.\n"
        );
    }

    #[test]
    fn a_pdf_with_no_text_is_a_scan() {
        let scan = format!("[{}]", page(&[]));
        assert_eq!(pdf_text(&scan), Err(PdfError::NoText));
        assert_eq!(pdf_text("{"), Err(PdfError::Damaged));
        assert_eq!(PdfError::from_name("password"), PdfError::Password);
        assert_eq!(PdfError::from_name("ocr"), PdfError::NoOcr);
        assert!(PdfError::NoText.message_vi().contains("bản quét"));
    }

    #[test]
    fn text_in_a_legacy_font_is_converted_by_the_fonts_name() {
        // "Giao Phòng Nội vụ" typed in TCVN3 with .VnTime (as its PDF's text layer gives it), a
        // Unicode heading in another font, and a piece whose font is unknown, kept as it is.
        let page = r#"[{"w":5950,"h":8420,"fonts":["ABCDEF+.VnTime","Times-Bold","VNI-Times"],"items":[
            ["THÔNG BÁO",2500,1000,600,120,1,1],
            ["Giao Phßng Néi vô.",700,1300,1500,120,1,0],
            ["Vieäc",700,1500,500,120,1,2],
            ["xß",700,1700,500,120,1,9]]}]"#;
        let (text, encoding) = converted_pdf_text(page).unwrap_or_default();
        assert_eq!(text, "THÔNG BÁO\nGiao Phòng Nội vụ.\nViệc\nxß\n");
        assert_eq!(encoding, Some(Legacy::Tcvn3));
        for (name, want) in [
            (".VnTime", Some(Legacy::Tcvn3)),
            ("VnTimeH", Some(Legacy::Tcvn3)),
            ("QWERTY+VnArial,Bold", Some(Legacy::Tcvn3)),
            ("VNI-Times", Some(Legacy::Vni)),
            ("ABCDEF+TimesNewRomanPSMT", None),
            ("Vnexpress", None),
            ("", None),
        ] {
            assert_eq!(pdf_font_encoding(name), want, "{name}");
        }
        // Without fonts (a Unicode PDF), nothing is converted.
        let plain = r#"[{"w":5950,"h":8420,"items":[["Phßng",700,1300,500,120,1]]}]"#;
        assert_eq!(converted_pdf_text(plain), Ok(("Phßng\n".to_string(), None)));
    }

    #[test]
    fn anything_else_gives_text_or_none_never_a_panic() {
        assert_eq!(text_of("nonsense"), None);
        assert_eq!(text_of("[]"), Some(String::new()));
        assert_eq!(
            text_of(&format!(
                r#"[{{"w":1,"h":0,"items":[["x",{m},{n},{m},0,1],["y",0,0,-5,-1,0]]}}]"#,
                m = i64::MAX,
                n = i64::MIN
            ))
            .map(|t| t.contains('x') && t.contains('y')),
            Some(true)
        );
    }
}
