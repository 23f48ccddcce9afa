//! A paste from Word or a web page, read from the HTML the clipboard holds beside its plain text:
//! paragraphs and line breaks as lines, list items with their numbers ("1.", "a)", "-"), table
//! rows as lines whose cells are separated by tabs (what the reader takes as table columns), and
//! runs set in a legacy Vietnamese font converted by the font's name (.VnTime… → TCVN3,
//! VNI-… → VNI), which is surer than guessing from the letters.
//!
//! The HTML is tokenized by `html5gum` (a WHATWG tokenizer); this module only keeps the text and
//! the structure the reader needs. It runs in the reader's worker, so the tokenizer is not in the
//! first visit.

use html5gum::{DefaultEmitter, Token, Tokenizer};

use crate::encoding::{self, Legacy};

/// Elements whose start and end break the line.
const BLOCKS: &[&[u8]] = &[
    b"p",
    b"div",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"li",
    b"tr",
    b"table",
    b"ul",
    b"ol",
    b"section",
    b"article",
    b"header",
    b"footer",
    b"blockquote",
    b"pre",
    b"dd",
    b"dt",
    b"dl",
    b"address",
    b"figure",
    b"figcaption",
    b"main",
    b"nav",
    b"aside",
    b"hr",
    b"caption",
];

/// Elements whose text is not part of the notice.
const HIDDEN: &[&[u8]] = &[
    b"script",
    b"style",
    b"head",
    b"title",
    b"template",
    b"noscript",
    b"xml",
];

/// An open list: ordered (its next number) or not.
enum List {
    Ordered(u32),
    Bullets,
}

/// The text of a pasted HTML fragment, with the structure described above; `None` when the HTML
/// holds no text (the plain text is then used). Never panics.
pub fn to_text(html: &str) -> Option<String> {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut out = Text::default();
    // (tag, font encoding it set) for every open element that set a font.
    let mut fonts: Vec<(Vec<u8>, Option<Legacy>)> = Vec::new();
    let mut lists: Vec<List> = Vec::new();
    let mut hidden = 0usize;
    let mut pre = 0usize;
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if HIDDEN.contains(&name.as_slice()) {
                    hidden += usize::from(!tag.self_closing);
                    continue;
                }
                if BLOCKS.contains(&name.as_slice()) {
                    out.line_break();
                }
                match name.as_slice() {
                    b"br" => out.hard_break(),
                    b"pre" => pre += 1,
                    b"ol" => {
                        let start = attribute(&tag.attributes, b"start")
                            .and_then(|s| s.trim().parse::<u32>().ok())
                            .unwrap_or(1);
                        lists.push(List::Ordered(start));
                    }
                    b"ul" => lists.push(List::Bullets),
                    b"li" => match lists.last_mut() {
                        Some(List::Ordered(n)) => {
                            out.push(&format!("{n}. "), None);
                            *n = n.saturating_add(1);
                        }
                        _ => out.push("- ", None),
                    },
                    b"td" | b"th" => out.cell(),
                    _ => {}
                }
                if !tag.self_closing {
                    let style = attribute(&tag.attributes, b"style").unwrap_or_default();
                    let face = attribute(&tag.attributes, b"face").unwrap_or_default();
                    let font =
                        font_encoding(&style).or_else(|| crate::encoding::legacy_font(&face));
                    let sets_font = font.is_some() || style.contains("font-family");
                    if sets_font {
                        fonts.push((name, font));
                    }
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if HIDDEN.contains(&name.as_slice()) {
                    hidden = hidden.saturating_sub(1);
                    continue;
                }
                if let Some(at) = fonts.iter().rposition(|(n, _)| *n == name) {
                    fonts.truncate(at);
                }
                match name.as_slice() {
                    b"pre" => pre = pre.saturating_sub(1),
                    b"ol" | b"ul" => {
                        lists.pop();
                    }
                    b"tr" => out.end_row(),
                    _ => {}
                }
                if BLOCKS.contains(&name.as_slice()) {
                    out.line_break();
                }
            }
            Token::String(s) if hidden == 0 => {
                let text = String::from_utf8_lossy(&s.value);
                // The innermost element that names a font decides.
                let font = fonts.last().and_then(|(_, f)| *f);
                if pre > 0 {
                    out.push_pre(&text, font);
                } else {
                    out.push(&text, font);
                }
            }
            _ => {}
        }
    }
    let text = out.finish();
    (!text.trim().is_empty()).then_some(text)
}

/// An attribute's value as text.
fn attribute<V: std::ops::Deref<Target = html5gum::HtmlString>>(
    attributes: &std::collections::BTreeMap<html5gum::HtmlString, V>,
    name: &[u8],
) -> Option<String> {
    attributes
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
}

/// The legacy encoding a `style` attribute's `font-family` names, if any.
fn font_encoding(style: &str) -> Option<Legacy> {
    let lower = style.to_ascii_lowercase();
    let at = lower.find("font-family")?;
    let value = lower[at + "font-family".len()..].trim_start_matches([' ', ':']);
    let value = value.split(';').next().unwrap_or_default();
    // The first font named is the one the text is set in.
    let first = value.split(',').next().unwrap_or_default();
    crate::encoding::legacy_font(first)
}

/// The text being built: lines, with white space collapsed as a browser shows it.
#[derive(Default)]
struct Text {
    out: String,
    /// A space is owed before the next word (collapsed white space).
    space: bool,
    /// Cells written on the current table row.
    cells: usize,
}

impl Text {
    fn at_line_start(&self) -> bool {
        self.out.is_empty() || self.out.ends_with('\n')
    }

    fn line_break(&mut self) {
        self.space = false;
        // A cell just begun: its first paragraph stays on the row's line.
        if !self.at_line_start() && !self.out.ends_with('\t') {
            self.out.push('\n');
        }
    }

    fn hard_break(&mut self) {
        self.space = false;
        self.out.push('\n');
    }

    fn cell(&mut self) {
        self.space = false;
        if self.cells > 0 {
            // The previous cell's closing paragraph does not end the row.
            while self.out.ends_with([' ', '\n']) {
                self.out.pop();
            }
            self.out.push('\t');
        }
        self.cells += 1;
    }

    fn end_row(&mut self) {
        self.cells = 0;
        self.line_break();
    }

    fn write(&mut self, text: &str, font: Option<Legacy>) {
        match font {
            Some(enc) => encoding::decode_as(enc, text, &mut self.out),
            None => self.out.push_str(text),
        }
    }

    /// Text outside `<pre>`: runs of white space are one space, none at a line's start.
    fn push(&mut self, text: &str, font: Option<Legacy>) {
        for (i, word) in text.split([' ', '\t', '\n', '\r', '\u{c}']).enumerate() {
            if i > 0 {
                self.space = true;
            }
            if word.is_empty() {
                continue;
            }
            let after_tab = self.out.ends_with('\t');
            if self.space && !self.at_line_start() && !after_tab {
                self.out.push(' ');
            }
            self.space = false;
            self.write(word, font);
        }
    }

    fn push_pre(&mut self, text: &str, font: Option<Legacy>) {
        self.space = false;
        self.write(&text.replace("\r\n", "\n"), font);
    }

    fn finish(self) -> String {
        let mut text: String = self
            .out
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n");
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_breaks_are_lines_and_white_space_collapses() {
        let html = "<html><head><style>p { color: red }</style><title>x</title></head><body>\
            <p>THÔNG   BÁO</p>\n<p>Kết luận của\n Giám đốc<br>Sở GD&amp;ĐT</p><div>Nơi&nbsp;nhận:</div></body></html>";
        assert_eq!(
            to_text(html).as_deref(),
            Some("THÔNG BÁO\nKết luận của Giám đốc\nSở GD&ĐT\nNơi\u{a0}nhận:\n")
        );
    }

    #[test]
    fn list_items_keep_their_numbers() {
        let html = "<ol><li>Giao Phòng A báo cáo.</li><li>Giao Phòng B.</li></ol>\
            <ol start=\"3\"><li>Giao Phòng C.</li></ol><ul><li>Lưu VT.</li></ul>";
        assert_eq!(
            to_text(html).as_deref(),
            Some("1. Giao Phòng A báo cáo.\n2. Giao Phòng B.\n3. Giao Phòng C.\n- Lưu VT.\n")
        );
    }

    #[test]
    fn word_list_numbers_come_as_text_and_are_kept() {
        // Word writes the number itself, inside conditional comments.
        let html = "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>\
            <span>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>\
            Giao Phòng Giáo dục Trung học báo cáo.<o:p></o:p></p>";
        assert_eq!(
            to_text(html).as_deref(),
            Some("1.\u{a0}\u{a0} Giao Phòng Giáo dục Trung học báo cáo.\n")
        );
    }

    #[test]
    fn table_rows_are_lines_of_tab_separated_cells() {
        let html = "<table><tr><td><p>UBND TỈNH A</p></td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr>\
            <tr><td>SỞ GIÁO DỤC VÀ ĐÀO TẠO</td><td>Độc lập - Tự do - Hạnh phúc</td></tr></table>";
        assert_eq!(
            to_text(html).as_deref(),
            Some("UBND TỈNH A\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc\n")
        );
        // A cell of two paragraphs keeps them as lines, as Word's plain text does.
        let two = "<table><tr><td><p>UBND TỈNH A</p><p>SỞ GD&amp;ĐT</p></td><td><p>CỘNG HÒA</p></td></tr></table>";
        assert_eq!(
            to_text(two).as_deref(),
            Some("UBND TỈNH A\nSỞ GD&ĐT\tCỘNG HÒA\n")
        );
    }

    #[test]
    fn runs_in_a_legacy_font_are_converted_by_the_fonts_name() {
        // "Phòng Giáo dục" typed in .VnTime (TCVN3) and in VNI-Times, beside Unicode text.
        let html = "<p>Giao <span style='font-family:\".VnTime\",serif'>Ph\u{DF}ng Gi\u{B8}o d\u{F4}c</span> \
            v\u{E0} <font face=\"VNI-Times\">Pho\u{F8}ng</font> b\u{E1}o c\u{E1}o.</p>";
        assert_eq!(
            to_text(html).as_deref(),
            Some("Giao Phòng Giáo dục và Phòng báo cáo.\n")
        );
    }

    #[test]
    fn html_without_text_gives_none() {
        assert_eq!(to_text(""), None);
        assert_eq!(
            to_text("<html><head><style>x{}</style></head><body> <br> </body></html>"),
            None
        );
        assert_eq!(to_text("<script>var a = '<p>not text</p>';</script>"), None);
    }
}
