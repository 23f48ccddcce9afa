//! The text of a scan or a photo of a notice, from the words OCR found on each page
//! (tesseract.js in the reader's worker: `static/ocr-items.mjs`), and the words it was unsure
//! of, which the clerk is told to check.
//!
//! The words are laid out as a PDF's pieces of text are (`crate::pdf_text`): the two halves of
//! the header side by side become one tab-joined line, a running header and the page numbers
//! are left out, a paragraph the paper wrapped is one line again. OCR gives every word of one of
//! its lines the same baseline, so a slightly tilted photo still gives whole lines.

use serde::Deserialize;

use crate::pdf_text::{laid_out, Item, PdfError};

/// A word OCR is less sure of than this (its confidence, 0–100) is listed for checking. Clean
/// print scores 85–96; a smudged, broken or half-lit word falls under 60.
pub const UNSURE_BELOW: i64 = 60;

/// How many unsure words the note names (it gives the count of the others).
const NAMED: usize = 8;

/// One page of OCR words, in tenths of a pixel.
#[derive(Deserialize)]
struct Page {
    h: i64,
    /// `[text, x, baseline y, width, size, ends a line, confidence 0–100]`.
    items: Vec<(String, i64, i64, i64, i64, u8, i64)>,
}

/// What OCR read: the text, and the words it was unsure of (each once, in reading order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recognised {
    pub text: String,
    pub unsure: Vec<String>,
}

/// A word as OCR gives it: `(text, x, baseline y, width, size, ends a line, confidence)`.
type Word = (String, i64, i64, i64, i64, u8, i64);

/// The text OCR found on the pages (the JSON `static/ocr-items.mjs` writes), or why there is
/// none: no words at all ([`PdfError::NoText`]), or not such JSON ([`PdfError::Damaged`]).
pub fn recognised(pages_json: &str) -> Result<Recognised, PdfError> {
    let pages: Vec<Page> = serde_json::from_str(pages_json).map_err(|_| PdfError::Damaged)?;
    let mut unsure: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (text, .., confidence) in pages.iter().flat_map(|p| &p.items) {
        let word = text.trim();
        // (A lone mark is not worth a clerk's look.)
        if *confidence < UNSURE_BELOW
            && word.chars().any(char::is_alphanumeric)
            && seen.insert(word)
        {
            unsure.push(word.to_string());
        }
    }
    let text = laid_out(
        pages
            .into_iter()
            .map(|p| (p.h, straightened(lines(p.items)))),
    );
    if text.trim().is_empty() {
        return Err(PdfError::NoText);
    }
    Ok(Recognised { text, unsure })
}

/// A jump to another column is a gap this many times the line's usual gap between words (and at
/// least a font size): a justified line stretches all its gaps alike, so a wide gap alone on a
/// line is a column (the header's two halves, a table's cells), wide gaps all along are not.
const COLUMN_JUMP: i64 = 3;
/// A gap this many font sizes wide is a column jump whatever the line's other gaps.
const WIDE_GAP: i64 = 3;

/// The pieces of each OCR line: its words joined with a space, split only where the line jumps
/// to another column.
fn lines(words: Vec<Word>) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::new();
    let mut line: Vec<Word> = Vec::new();
    for word in words {
        let ends = word.5 != 0;
        line.push(word);
        if ends {
            out.extend(pieces(std::mem::take(&mut line)));
        }
    }
    out.extend(pieces(line));
    out
}

/// One OCR line as pieces (see [`lines`]).
fn pieces(line: Vec<Word>) -> Vec<Item> {
    let gap = |a: &Word, b: &Word| b.1.saturating_sub(a.1.saturating_add(a.3.max(0)));
    let mut gaps: Vec<i64> = line.windows(2).map(|w| gap(&w[0], &w[1])).collect();
    gaps.sort_unstable();
    let usual = gaps.get(gaps.len() / 2).copied().unwrap_or(0).max(1);
    let mut out: Vec<Item> = Vec::new();
    let mut previous: Option<Word> = None;
    for word in line {
        let jump = previous.as_ref().is_none_or(|p| {
            let g = gap(p, &word);
            let size = word.4.max(1);
            g >= WIDE_GAP.saturating_mul(size)
                || (g > size && g >= COLUMN_JUMP.saturating_mul(usual))
        });
        match out.last_mut() {
            Some(piece) if !jump => {
                piece.0.push(' ');
                piece.0.push_str(word.0.trim());
                piece.3 = word.1.saturating_add(word.3.max(0)).saturating_sub(piece.1);
            }
            _ => out.push((word.0.trim().to_string(), word.1, word.2, word.3, word.4, 0)),
        }
        previous = Some(word);
    }
    if let Some(last) = out.last_mut() {
        last.5 = 1;
    }
    out
}

/// A straight margin, `x = a + b·y`.
#[derive(Clone, Copy, Debug)]
struct Edge {
    a: f64,
    b: f64,
}

impl Edge {
    fn at(self, y: f64) -> f64 {
        self.a + self.b * y
    }

    /// The line through the points, robustly (Theil–Sen: the median of the slopes between pairs,
    /// then the median intercept), so a band whose lines are all indented or short does not
    /// bend it. At most [`BANDS`] points: a handful of pairs.
    fn through(points: &[(f64, f64)]) -> Option<Edge> {
        if points.len() < 3 {
            return None;
        }
        let mut slopes: Vec<f64> = Vec::new();
        for (i, (y0, x0)) in points.iter().enumerate() {
            for (y1, x1) in &points[i + 1..] {
                if (y1 - y0).abs() > f64::EPSILON {
                    slopes.push((x1 - x0) / (y1 - y0));
                }
            }
        }
        slopes.sort_by(f64::total_cmp);
        let b = *slopes.get(slopes.len() / 2)?;
        let mut intercepts: Vec<f64> = points.iter().map(|(y, x)| x - b * y).collect();
        intercepts.sort_by(f64::total_cmp);
        let a = *intercepts.get(intercepts.len() / 2)?;
        (a.is_finite() && b.abs() <= MAX_SLANT).then_some(Edge { a, b })
    }
}

/// How many bands of lines the page is cut into to find its margins: few enough that each holds
/// a line reaching each margin (a page holds 30 to 40 lines), and a few more than the three a
/// line needs.
const BANDS: usize = 6;
/// A margin slanting more than this (about 6°) is not a photo's angle but a layout's.
const MAX_SLANT: f64 = 0.1;

/// A photo is taken at an angle: the text's margins are straight but slanting, the left one
/// differently from the right (perspective). The words are moved so both margins stand upright
/// where they are at the middle of the page, and lines that start at the margin start at the
/// same place again. Each band of lines down the page gives its leftmost start and rightmost
/// end; a margin is the line through them ([`Edge::through`]). A page with too few lines, or
/// margins that do not slant, is left as it is.
fn straightened(mut items: Vec<Item>) -> Vec<Item> {
    let ys = || items.iter().map(|i| i.2 as f64);
    let (top, bottom) = ys().fold((f64::MAX, f64::MIN), |(t, b), y| (t.min(y), b.max(y)));
    if items.len() < 2 * BANDS || bottom <= top {
        return items;
    }
    let band = |y: f64| (((y - top) / (bottom - top) * BANDS as f64) as usize).min(BANDS - 1);
    let mut lefts = [f64::MAX; BANDS];
    let mut rights = [f64::MIN; BANDS];
    let mut mids = [(0.0, 0usize); BANDS];
    for (_, x, y, w, ..) in &items {
        let (x, y, w) = (*x as f64, *y as f64, (*w).max(0) as f64);
        let n = band(y);
        lefts[n] = lefts[n].min(x);
        rights[n] = rights[n].max(x + w);
        mids[n] = (mids[n].0 + y, mids[n].1 + 1);
    }
    let points = |edges: &[f64; BANDS]| -> Vec<(f64, f64)> {
        (0..BANDS)
            .filter(|n| mids[*n].1 > 0)
            .map(|n| (mids[n].0 / mids[n].1 as f64, edges[n]))
            .collect()
    };
    let (Some(left), Some(right)) = (
        Edge::through(&points(&lefts)),
        Edge::through(&points(&rights)),
    ) else {
        return items;
    };
    let middle = (top + bottom) / 2.0;
    let (l0, r0) = (left.at(middle), right.at(middle));
    if r0 - l0 <= 0.0 {
        return items;
    }
    for item in &mut items {
        let y = item.2 as f64;
        let (l, r) = (left.at(y), right.at(y));
        if r - l <= 0.0 {
            continue;
        }
        let scale = (r0 - l0) / (r - l);
        item.1 = (l0 + (item.1 as f64 - l) * scale).round() as i64;
        item.3 = (item.3.max(0) as f64 * scale).round() as i64;
    }
    items
}

impl Recognised {
    /// What the clerk is told about this text, in Vietnamese: it was recognised, so check it,
    /// and the words to check first.
    pub fn note_vi(&self) -> String {
        let first = "văn bản được nhận dạng từ ảnh (OCR), hãy đối chiếu với bản gốc trước khi dùng";
        match self.unsure.len() {
            0 => format!("{first}."),
            n => format!(
                "{first}; {n} chữ nhận dạng chưa chắc chắn: {}.",
                named(&self.unsure, "chữ khác")
            ),
        }
    }

    /// The same in English.
    pub fn note_en(&self) -> String {
        let first =
            "the text was recognised from an image (OCR); check it against the original before use";
        match self.unsure.len() {
            0 => format!("{first}."),
            1 => format!("{first}. 1 uncertain word: {}.", named(&self.unsure, "")),
            n => format!(
                "{first}. {n} uncertain words: {}.",
                named(&self.unsure, "others")
            ),
        }
    }
}

/// The first few words in quotes, and how many others.
fn named(words: &[String], others: &str) -> String {
    let mut out: Vec<String> = words.iter().take(NAMED).map(|w| format!("“{w}”")).collect();
    if words.len() > NAMED {
        out.push(format!("+{} {others}", words.len() - NAMED));
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words with their confidence.
    type Words<'a> = [(&'a str, i64)];
    /// An OCR line: its words, where it starts (x) and its baseline (y), in pixels.
    type OcrLine<'a> = (&'a Words<'a>, i64, i64);

    /// A page 2000 × 2800 px of OCR lines, words 15 px wide per letter, 12 px apart, 40 px high.
    fn page(lines: &[OcrLine]) -> String {
        let mut items = Vec::new();
        for (words, x, y) in lines {
            let mut at = *x;
            for (i, (word, confidence)) in words.iter().enumerate() {
                let w = 15 * word.chars().count() as i64;
                let eol = u8::from(i + 1 == words.len());
                items.push(format!(
                    "[{:?},{},{},{},400,{eol},{confidence}]",
                    word,
                    at * 10,
                    y * 10,
                    w * 10
                ));
                at += w + 12;
            }
        }
        format!(r#"{{"w":20000,"h":28000,"items":[{}]}}"#, items.join(","))
    }

    fn pages(pages: &[String]) -> String {
        format!("[{}]", pages.join(","))
    }

    #[test]
    fn the_headers_two_halves_on_one_ocr_line_become_a_tab_joined_line() {
        let words: &[(&str, i64)] = &[("UBND", 95), ("HUYỆN", 93), ("A", 96)];
        let right: &[(&str, i64)] = &[("CỘNG", 95), ("HÒA", 95)];
        let text = pages(&[page(&[
            (words, 200, 300),
            (right, 1100, 302),
            (
                &[("Giao", 94), ("Phòng", 92), ("Nội", 91), ("vụ.", 90)],
                200,
                400,
            ),
        ])]);
        let r = recognised(&text);
        assert_eq!(
            r.map(|r| r.text),
            Ok("UBND HUYỆN A\tCỘNG HÒA\nGiao Phòng Nội vụ.\n".to_string())
        );
    }

    #[test]
    fn unsure_words_are_listed_once_in_reading_order() {
        let text = pages(&[page(&[
            (&[("Giao", 95), ("Phòng", 41), ("Nộj", 35)], 200, 300),
            (&[("vụ", 90), ("Phòng", 30), ("—", 10)], 200, 360),
        ])]);
        let r = recognised(&text).map(|r| r.unsure);
        assert_eq!(r, Ok(vec!["Phòng".to_string(), "Nộj".to_string()]));
    }

    #[test]
    fn the_note_names_the_first_unsure_words_and_counts_the_rest() {
        let none = Recognised {
            text: "x".into(),
            unsure: vec![],
        };
        assert!(none.note_vi().contains("OCR") && !none.note_vi().contains("chưa chắc"));
        let many = Recognised {
            text: "x".into(),
            unsure: (1..=11).map(|n| format!("w{n}")).collect(),
        };
        assert!(many
            .note_vi()
            .contains("11 chữ nhận dạng chưa chắc chắn: “w1”"));
        assert!(many.note_vi().contains("“w8”, +3 chữ khác."));
        assert!(!many.note_vi().contains("w9"));
        assert!(many.note_en().contains("11 uncertain words"));
    }

    #[test]
    fn a_page_number_alone_at_the_foot_is_left_out() {
        let body: Vec<String> = (0..8).map(|n| format!("Dòng{n}")).collect();
        let words: Vec<[(&str, i64); 2]> = body
            .iter()
            .map(|w| [(w.as_str(), 95), ("đủ.", 95)])
            .collect();
        let mut lines: Vec<OcrLine> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.as_slice(), 200, 400 + 60 * i as i64))
            .collect();
        lines.push((&[("2", 90)], 1000, 2700));
        let text = recognised(&pages(&[page(&lines)])).map(|r| r.text);
        assert!(
            text.as_ref()
                .is_ok_and(|t| t.lines().all(|l| l.trim() != "2") && t.contains("Dòng7 đủ.")),
            "{text:?}"
        );
    }

    #[test]
    fn no_words_is_no_text_and_anything_else_never_panics() {
        assert_eq!(
            recognised(r#"[{"w":10,"h":10,"items":[]}]"#),
            Err(PdfError::NoText)
        );
        assert_eq!(recognised("[]"), Err(PdfError::NoText));
        for bad in ["", "{", "[1]", r#"[{"h":1,"items":[["a",1,2,3,4,1]]}]"#] {
            assert_eq!(recognised(bad), Err(PdfError::Damaged), "{bad}");
        }
        let odd = r#"[{"w":0,"h":-5,"items":[["a",-9223372036854775808,9223372036854775807,-1,0,1,-7]]}]"#;
        assert!(recognised(odd).is_ok());
    }

    /// Words of `letters` letters each, 15 px a letter, placed from `x` with `gap` px between.
    fn spaced(words: &[&str], x: i64, y: i64, gap: i64, size: i64) -> Vec<String> {
        let mut at = x;
        let n = words.len();
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let width = 15 * w.chars().count() as i64;
                let item = format!(
                    "[{w:?},{},{},{},{},{},95]",
                    at * 10,
                    y * 10,
                    width * 10,
                    size * 10,
                    u8::from(i + 1 == n)
                );
                at += width + gap;
                item
            })
            .collect()
    }

    #[test]
    fn a_justified_lines_wide_gaps_are_spaces_and_a_lone_wide_gap_is_a_column() {
        // Every gap of the first line stretched to 1.2 font sizes (a justified line with few
        // words); the second has one gap of 4 sizes among ordinary ones (the header's halves).
        let mut items = spaced(
            &["Năm", "học", "này,", "ngành", "đã", "hoàn", "thành"],
            200,
            300,
            48,
            40,
        );
        items.extend(spaced(&["Số:", "12/TB-UBND"], 200, 360, 10, 40));
        items.extend(spaced(
            &["Hà", "Tĩnh,", "ngày", "2/8/2019"],
            1100,
            360,
            10,
            40,
        ));
        let json = format!(r#"[{{"w":20000,"h":28000,"items":[{}]}}]"#, items.join(","));
        assert_eq!(
            recognised(&json).map(|r| r.text),
            Ok(
                "Năm học này, ngành đã hoàn thành\nSố: 12/TB-UBND\tHà Tĩnh, ngày 2/8/2019\n"
                    .to_string()
            )
        );
    }

    #[test]
    fn a_photo_taken_at_an_angle_gives_its_paragraphs_back() {
        // A page photographed from the side: the left margin runs from x = 200 at the top to
        // 300 at the foot, the right one from 1800 to 1840. Each item's lines reach the right
        // margin but the last, and start at the left one.
        let left = |y: i64| 200 + y / 25;
        let right = |y: i64| 1800 + y / 60;
        let mut items = Vec::new();
        let mut y = 300;
        for item in 1..=4 {
            for line in 0..3 {
                let x = left(y);
                let words: Vec<String> = match line {
                    0 => vec![format!("{item}."), "Giao".into(), format!("Phòng{item}")],
                    1 => vec!["rà".into(), "soát".into(), "các".into()],
                    _ => vec!["điểm".into(), "trường.".into()],
                };
                // The line's words spread to the right margin (the last line stops short).
                let end = if line < 2 { right(y) } else { x + 400 };
                let n = words.len() as i64;
                let width = (end - x - 20 * (n - 1)) / n;
                for (i, w) in words.iter().enumerate() {
                    let at = x + i as i64 * (width + 20);
                    items.push(format!(
                        "[{w:?},{},{},{},400,{},95]",
                        at * 10,
                        y * 10,
                        width * 10,
                        u8::from(i as i64 + 1 == n)
                    ));
                }
                y += 60;
            }
            y += 80;
        }
        let json = format!(r#"[{{"w":20000,"h":28000,"items":[{}]}}]"#, items.join(","));
        let text = recognised(&json).map(|r| r.text).unwrap_or_default();
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert_eq!(lines[3], "4. Giao Phòng4 rà soát các điểm trường.");
    }
}
