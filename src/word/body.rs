//! The text of a Word document's body (`word/document.xml`) as the lines a clerk would paste:
//! one line per paragraph, in order, its list number written in front; a run set in a legacy
//! font converted by the font's name; tables laid out as lines the reader understands.
//!
//! Tables: a row whose cells hold one paragraph each is one line of tab-separated cells (what
//! Word's copy gives: `Số: 77/TB-SGDĐT⇥Hà Tĩnh, ngày …`); in a table of three or more columns
//! (a schedule, an assignment table) a cell's paragraphs are joined into its one cell; in a
//! layout table of one or two columns (the two-column header, the signature block beside
//! "Nơi nhận") each cell's paragraphs come as lines, one cell after the other — the layout a
//! copy from PDF gives, which keeps every cell's lines together.
//!
//! Left out, as a clerk's copy leaves them out: deleted and moved-away text of tracked changes,
//! hidden text, field codes (their results are kept), the fallback copy of a drawing's text,
//! page headers and footers (another part), footnotes.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

use super::numbering::Numbering;
use super::styles::{NumRef, Styles};
use super::xml::{attr, is_fallback, run_font, toggle_on, val_number, w_name};
use crate::encoding::{self, Legacy};

/// The body's text, and how many characters were converted from each legacy encoding.
pub struct BodyText {
    pub text: String,
    pub converted: HashMap<Legacy, usize>,
}

/// A paragraph being read.
#[derive(Default)]
struct Paragraph {
    style: Option<String>,
    num: NumRef,
    /// Text in runs, each with the legacy encoding of its font (adjacent runs of one
    /// encoding merged, so a word split across runs converts whole).
    parts: Vec<(Option<Legacy>, String)>,
}

impl Paragraph {
    fn push(&mut self, enc: Option<Legacy>, text: &str) {
        match self.parts.last_mut() {
            Some((e, s)) if *e == enc => s.push_str(text),
            _ => self.parts.push((enc, text.to_string())),
        }
    }
}

/// A run being read: its font (its own, or its character style's).
#[derive(Default)]
struct Run {
    font: Option<String>,
    style: Option<String>,
    hidden: bool,
}

/// Where lines go: the body, or the cell being read.
type Cell = Vec<String>;
type Row = Vec<Cell>;
type Table = Vec<Row>;

/// Elements whose whole content is left out.
const SKIPPED: &[&[u8]] = &[
    b"del",
    b"moveFrom",
    b"pPrChange",
    b"rPrChange",
    b"sectPrChange",
    b"tblPrChange",
    b"trPrChange",
    b"tcPrChange",
    b"numberingChange",
    b"instrText",
    b"delText",
    b"footnoteReference",
    b"endnoteReference",
];

struct Walker<'s> {
    styles: &'s Styles,
    numbering: &'s mut Numbering,
    body: Vec<String>,
    tables: Vec<Table>,
    paragraphs: Vec<Paragraph>,
    /// The runs open, innermost last (a text box's runs sit inside a run of its paragraph).
    runs: Vec<Run>,
    in_ppr: bool,
    in_rpr: bool,
    in_text: bool,
    converted: HashMap<Legacy, usize>,
}

/// Reads the body of `document.xml`.
pub fn read(xml: &[u8], styles: &Styles, numbering: &mut Numbering) -> BodyText {
    let mut w = Walker {
        styles,
        numbering,
        body: Vec::new(),
        tables: Vec::new(),
        paragraphs: Vec::new(),
        runs: Vec::new(),
        in_ppr: false,
        in_rpr: false,
        in_text: false,
        converted: HashMap::new(),
    };
    let mut reader = Reader::from_reader(xml);
    // Depth of a skipped element being passed over (0: reading).
    let mut skipping = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                if skipping > 0 {
                    skipping += 1;
                } else if is_fallback(&e) || w_name(&e).is_some_and(|n| SKIPPED.contains(&n)) {
                    skipping = 1;
                } else {
                    w.start(&e, false);
                }
            }
            Ok(Event::Empty(e)) => {
                if skipping == 0 {
                    w.start(&e, true);
                }
            }
            Ok(Event::End(e)) => {
                if skipping > 0 {
                    skipping -= 1;
                } else if let Some(name) = e.name().into_inner().strip_prefix(b"w:") {
                    w.end(name);
                }
            }
            Ok(Event::Text(t)) if skipping == 0 && w.in_text => {
                if let Ok(text) = t.unescape() {
                    w.text(&text);
                }
            }
            Ok(Event::CData(t)) if skipping == 0 && w.in_text => {
                w.text(&String::from_utf8_lossy(&t));
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    // A document cut short: what was open still counts.
    while !w.paragraphs.is_empty() {
        w.end(b"p");
    }
    while !w.tables.is_empty() {
        w.end(b"tbl");
    }
    let mut text = w.body.join("\n");
    text.push('\n');
    BodyText {
        text,
        converted: w.converted,
    }
}

impl Walker<'_> {
    fn start(&mut self, e: &BytesStart<'_>, empty: bool) {
        let Some(name) = w_name(e) else { return };
        match name {
            b"p" if !empty => self.paragraphs.push(Paragraph::default()),
            b"p" => self.lines(vec![String::new()]),
            b"pPr" if !empty => self.in_ppr = true,
            b"pStyle" if self.in_ppr => {
                if let Some(p) = self.paragraphs.last_mut() {
                    p.style = attr(e, b"val");
                }
            }
            b"numId" if self.in_ppr => {
                if let Some(p) = self.paragraphs.last_mut() {
                    p.num.num_id = attr(e, b"val");
                }
            }
            b"ilvl" if self.in_ppr => {
                if let Some(p) = self.paragraphs.last_mut() {
                    p.num.level = val_number(e);
                }
            }
            b"r" if !empty => self.runs.push(Run::default()),
            b"rPr" if !empty && !self.in_ppr => self.in_rpr = true,
            b"rFonts" if self.in_rpr => {
                if let Some(r) = self.runs.last_mut() {
                    r.font = run_font(e);
                }
            }
            b"rStyle" if self.in_rpr => {
                if let Some(r) = self.runs.last_mut() {
                    r.style = attr(e, b"val");
                }
            }
            b"vanish" | b"specVanish" if self.in_rpr => {
                if let Some(r) = self.runs.last_mut() {
                    r.hidden = toggle_on(e);
                }
            }
            b"t" if !empty && !self.runs.is_empty() => self.in_text = true,
            b"tab" if !self.in_ppr => self.text("\t"),
            b"br" | b"cr" => self.text("\n"),
            b"noBreakHyphen" => self.text("-"),
            b"tbl" if !empty => self.tables.push(Vec::new()),
            b"tr" if !empty => {
                if let Some(t) = self.tables.last_mut() {
                    t.push(Vec::new());
                }
            }
            b"tc" => {
                if let Some(row) = self.tables.last_mut().and_then(|t| t.last_mut()) {
                    row.push(Vec::new());
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"p" => {
                if let Some(p) = self.paragraphs.pop() {
                    let line = self.line(p);
                    self.lines(line.split('\n').map(str::to_string).collect());
                }
            }
            b"pPr" => self.in_ppr = false,
            b"rPr" => self.in_rpr = false,
            b"r" => {
                self.runs.pop();
            }
            b"t" => self.in_text = false,
            b"tbl" => {
                if let Some(table) = self.tables.pop() {
                    self.lines(lay_out(table));
                }
            }
            _ => {}
        }
    }

    /// Text of the current run, in the paragraph being read.
    fn text(&mut self, text: &str) {
        let (enc, hidden) = match self.runs.last() {
            Some(r) => {
                let para_style = self.paragraphs.last().and_then(|p| p.style.as_deref());
                let font = r
                    .font
                    .as_deref()
                    .or_else(|| self.styles.font(r.style.as_deref(), para_style));
                (font.and_then(encoding::legacy_font), r.hidden)
            }
            None => (None, false),
        };
        if hidden {
            return;
        }
        if let Some(p) = self.paragraphs.last_mut() {
            p.push(enc, text);
        }
    }

    /// A paragraph's line: its list number, then its text, legacy runs converted.
    fn line(&mut self, p: Paragraph) -> String {
        let from_style = self.styles.numbering(p.style.as_deref());
        let num_id = p.num.num_id.or(from_style.num_id);
        let level = p.num.level.or(from_style.level).unwrap_or(0);
        let number = num_id.and_then(|id| self.numbering.next(&id, level));
        let mut out = String::new();
        if let Some(n) = number {
            out.push_str(&n);
            out.push(' ');
        }
        for (enc, text) in p.parts {
            match enc {
                Some(enc) => {
                    *self.converted.entry(enc).or_default() += text.chars().count();
                    encoding::decode_as(enc, &text, &mut out);
                }
                None => out.push_str(&text),
            }
        }
        out
    }

    /// Lines finished: into the cell being read, else the body.
    fn lines(&mut self, lines: Vec<String>) {
        let cell = self
            .tables
            .last_mut()
            .and_then(|t| t.last_mut())
            .and_then(|row| row.last_mut());
        match cell {
            Some(cell) => cell.extend(lines),
            None => self.body.extend(lines),
        }
    }
}

/// A table's lines (see the module's doc).
fn lay_out(table: Table) -> Vec<String> {
    let columns = table.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::new();
    for row in table {
        let cells: Vec<Vec<String>> = row
            .into_iter()
            .map(|cell| {
                let mut lines: Vec<String> =
                    cell.into_iter().map(|l| l.trim_end().to_string()).collect();
                while lines.last().is_some_and(|l| l.trim().is_empty()) {
                    lines.pop();
                }
                while lines.first().is_some_and(|l| l.trim().is_empty()) {
                    lines.remove(0);
                }
                lines
            })
            .collect();
        if cells.iter().all(|c| c.len() <= 1) || columns >= 3 {
            let joined: Vec<String> = cells
                .iter()
                .map(|c| {
                    c.iter()
                        .map(|l| l.trim())
                        .filter(|l| !l.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            let line = joined.join("\t").trim_end_matches('\t').to_string();
            if !line.trim().is_empty() {
                out.push(line);
            }
        } else {
            for cell in cells.into_iter().filter(|c| !c.is_empty()) {
                out.extend(cell);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(inner: &str) -> String {
        let xml = format!(
            r#"<w:document xmlns:w="x" xmlns:mc="m"><w:body>{inner}<w:sectPr/></w:body></w:document>"#
        );
        let styles = Styles::default();
        let mut numbering = Numbering::default();
        read(xml.as_bytes(), &styles, &mut numbering).text
    }

    fn p(text: &str) -> String {
        format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
    }

    #[test]
    fn paragraphs_in_order_runs_joined_entities_and_breaks() {
        let xml = format!(
            "{}<w:p><w:r><w:t>Phòng Giáo </w:t></w:r><w:hyperlink><w:r><w:t>dục &amp; Đào tạo</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>a</w:t><w:br/><w:t>b</w:t></w:r></w:p><w:p/>{}",
            p("THÔNG BÁO"),
            p("Kết luận")
        );
        assert_eq!(
            body(&xml),
            "THÔNG BÁO\nPhòng Giáo dục & Đào tạo\ta\nb\n\nKết luận\n"
        );
    }

    #[test]
    fn deleted_hidden_field_code_and_fallback_text_is_left_out() {
        let xml = "<w:p><w:r><w:t>Giao </w:t></w:r>\
            <w:del><w:r><w:delText>Phòng A</w:delText></w:r></w:del>\
            <w:ins><w:r><w:t>Phòng B</w:t></w:r></w:ins>\
            <w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t> báo cáo</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType=\"end\"/></w:r>\
            <w:moveFrom><w:r><w:t>cũ</w:t></w:r></w:moveFrom>\
            <mc:AlternateContent><mc:Choice><w:r><w:t>.</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>.</w:t></w:r></mc:Fallback></mc:AlternateContent>\
            </w:p>";
        assert_eq!(body(xml), "Giao Phòng B báo cáo.\n");
    }

    #[test]
    fn a_text_boxs_paragraphs_come_as_lines_and_its_paragraph_goes_on() {
        let xml = "<w:p><w:r><w:t>Số: 12/TB-PGD</w:t></w:r>\
            <w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent></w:drawing><w:t xml:space=\"preserve\"> (bản chính)</w:t></w:r></w:p>";
        assert_eq!(body(xml), "DỰ THẢO\nSố: 12/TB-PGD (bản chính)\n");
    }

    #[test]
    fn a_row_of_single_paragraphs_is_one_line_of_tab_separated_cells() {
        let xml = format!(
            "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>",
            p("Số: 77/TB-SGDĐT"),
            p("Hà Tĩnh, ngày 03 tháng 6 năm 2021")
        );
        assert_eq!(
            body(&xml),
            "Số: 77/TB-SGDĐT\tHà Tĩnh, ngày 03 tháng 6 năm 2021\n"
        );
    }

    #[test]
    fn a_two_column_layout_table_gives_each_cells_lines_in_turn() {
        let xml = format!(
            "<w:tbl><w:tr><w:tc>{}{}<w:p/></w:tc><w:tc>{}{}</w:tc></w:tr></w:tbl>{}",
            p("ỦY BAN NHÂN DÂN"),
            p("HUYỆN MƯỜNG LẠC"),
            p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            p("Độc lập - Tự do - Hạnh phúc"),
            p("THÔNG BÁO")
        );
        assert_eq!(
            body(&xml),
            "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG LẠC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG BÁO\n"
        );
    }

    #[test]
    fn an_assignment_tables_cells_keep_to_their_row() {
        let row = |a: &str, b: &str, c: &str| {
            format!(
                "<w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>",
                p(a),
                b,
                p(c)
            )
        };
        let xml = format!(
            "<w:tbl>{}{}</w:tbl>",
            row("TT", &p("Nội dung"), "Đơn vị chủ trì"),
            row(
                "1",
                &format!("{}{}", p("Rà soát"), p("đội ngũ")),
                "Phòng TCCB"
            )
        );
        assert_eq!(
            body(&xml),
            "TT\tNội dung\tĐơn vị chủ trì\n1\tRà soát đội ngũ\tPhòng TCCB\n"
        );
    }

    #[test]
    fn runs_in_a_legacy_font_are_converted_by_the_fonts_name() {
        let xml = "<w:p><w:r><w:t xml:space=\"preserve\">Giao </w:t></w:r>\
            <w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr><w:t>Ph\u{DF}ng Gi\u{B8}</w:t></w:r>\
            <w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr><w:t>o d\u{F4}c</w:t></w:r>\
            <w:r><w:t xml:space=\"preserve\"> và </w:t></w:r>\
            <w:r><w:rPr><w:rFonts w:hAnsi=\"VNI-Times\"/></w:rPr><w:t>Pho\u{F8}ng</w:t></w:r></w:p>";
        let styles = Styles::default();
        let mut numbering = Numbering::default();
        let doc = format!("<w:document xmlns:w=\"x\"><w:body>{xml}</w:body></w:document>");
        let got = read(doc.as_bytes(), &styles, &mut numbering);
        assert_eq!(got.text, "Giao Phòng Giáo dục và Phòng\n");
        assert_eq!(got.converted.get(&Legacy::Tcvn3), Some(&14));
        assert_eq!(got.converted.get(&Legacy::Vni), Some(&6));
    }

    #[test]
    fn damaged_xml_gives_what_was_read_never_a_panic() {
        assert_eq!(body("<w:p><w:r><w:t>Giao Phòng A"), "Giao Phòng A\n");
        let xml = "<w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p>";
        let styles = Styles::default();
        let mut numbering = Numbering::default();
        assert_eq!(read(xml.as_bytes(), &styles, &mut numbering).text, "x\n");
        for junk in [
            "",
            "<",
            "<w:p",
            "</w:p></w:tbl>",
            "<w:t>&bogus;</w:t>",
            "\u{0}\u{1}",
        ] {
            let _ = read(junk.as_bytes(), &styles, &mut numbering);
        }
    }
}
