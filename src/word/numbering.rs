//! Word's automatic list numbers (`word/numbering.xml`), which are not in a paragraph's text:
//! "1.", "a)", "II.", "-" are rebuilt from the list's definition (each level's start, number
//! format and text such as `%1.` or `%1.%2.`) and counted as Word counts them — a level goes on
//! from its last number, and starts again after any higher level (or a list instance that
//! overrides its start).
//!
//! Bullets are written as the `-` or `+` a clerk types (Word's symbol-font bullets, "•", ""
//! and the like, are not letters the reader knows).

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::reader::Reader;

use super::xml::{attr, val_number, w_name};
use crate::encoding::{self, Legacy};

/// Levels a list has in Word (0 to 8).
const LEVELS: usize = 9;

/// How a level writes its number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Format {
    #[default]
    Decimal,
    /// 01, 02, …
    DecimalZero,
    UpperRoman,
    LowerRoman,
    UpperLetter,
    LowerLetter,
    Bullet,
    /// No number.
    None,
}

impl Format {
    fn from_name(name: &str) -> Format {
        match name {
            "decimalZero" => Format::DecimalZero,
            "upperRoman" => Format::UpperRoman,
            "lowerRoman" => Format::LowerRoman,
            "upperLetter" => Format::UpperLetter,
            "lowerLetter" => Format::LowerLetter,
            "bullet" => Format::Bullet,
            "none" => Format::None,
            // decimal, and the formats of other scripts, counted in digits.
            _ => Format::Decimal,
        }
    }

    fn write(self, n: u32, out: &mut String) {
        match self {
            Format::Decimal | Format::Bullet | Format::None => out.push_str(&n.to_string()),
            Format::DecimalZero => out.push_str(&format!("{n:02}")),
            Format::UpperRoman => out.push_str(&roman(n)),
            Format::LowerRoman => out.push_str(&roman(n).to_lowercase()),
            Format::UpperLetter => out.push_str(&letters(n).to_uppercase()),
            Format::LowerLetter => out.push_str(&letters(n)),
        }
    }
}

/// n in Roman numerals (up to 3,999; beyond, in digits).
fn roman(n: u32) -> String {
    const DIGITS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    let mut n = n;
    let mut out = String::new();
    for (value, digits) in DIGITS {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// n as Word's letters: a … z, then aa … zz, aaa … (0 in digits).
fn letters(n: u32) -> String {
    if n == 0 {
        return "0".into();
    }
    let letter = char::from(b'a' + ((n - 1) % 26) as u8);
    let times = ((n - 1) / 26 + 1).min(100) as usize;
    std::iter::repeat_n(letter, times).collect()
}

/// One level of a list.
#[derive(Clone, Debug, Default)]
struct Level {
    start: Option<u32>,
    format: Format,
    /// `%1.`, `%1.%2.`, `-`.
    text: String,
    /// The level's font (a `.VnTime` level text is in TCVN3).
    font: Option<Legacy>,
    /// Numbers written in digits at every level ("legal" numbering).
    legal: bool,
}

/// A list instance: the definition it uses and the levels it starts again or redefines.
#[derive(Clone, Debug, Default)]
struct Num {
    abstract_id: String,
    starts: [Option<u32>; LEVELS],
    levels: [Option<Level>; LEVELS],
}

/// The lists of one file, and how far each has counted.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<String, [Level; LEVELS]>,
    nums: HashMap<String, Num>,
    /// Counters per list definition (instances of one definition go on counting together,
    /// as in Word), each level's last number.
    counters: HashMap<String, [Option<u32>; LEVELS]>,
    /// Instances whose start override has been applied.
    restarted: Vec<String>,
    /// Definitions that only point to a list style (`w:numStyleLink`, Word's multilevel list
    /// styles), by the style's id; then resolved to the definition that style's list uses.
    style_links: HashMap<String, String>,
    links: HashMap<String, String>,
}

/// Where a level is being read: in a definition, or in an instance's override.
enum Target {
    None,
    Abstract(String, usize),
    Override(usize),
}

impl Numbering {
    /// Reads `numbering.xml`; a part that cannot be read gives no lists.
    pub fn parse(xml: &[u8]) -> Numbering {
        let mut out = Numbering::default();
        let mut reader = Reader::from_reader(xml);
        let mut abstract_id: Option<String> = None;
        let mut num: Option<(String, Num)> = None;
        let mut target = Target::None;
        let mut override_level: Option<usize> = None;
        loop {
            let e = match reader.read_event() {
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) => e,
                Ok(Event::End(e)) => {
                    match e.name().into_inner() {
                        b"w:abstractNum" => abstract_id = None,
                        b"w:num" => {
                            if let Some((id, n)) = num.take() {
                                out.nums.insert(id, n);
                            }
                        }
                        b"w:lvl" => target = Target::None,
                        b"w:lvlOverride" => override_level = None,
                        _ => {}
                    }
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => continue,
            };
            match w_name(&e) {
                Some(b"abstractNum") => {
                    let id = attr(&e, b"abstractNumId").unwrap_or_default();
                    out.abstracts.entry(id.clone()).or_default();
                    abstract_id = Some(id);
                }
                Some(b"num") => {
                    let id = attr(&e, b"numId").unwrap_or_default();
                    num = Some((id, Num::default()));
                }
                Some(b"numStyleLink") => {
                    if let (Some(a), Some(style)) = (&abstract_id, attr(&e, b"val")) {
                        out.style_links.insert(a.clone(), style);
                    }
                }
                Some(b"abstractNumId") => {
                    if let Some((_, n)) = num.as_mut() {
                        n.abstract_id = attr(&e, b"val").unwrap_or_default();
                    }
                }
                Some(b"lvlOverride") => {
                    override_level = attr(&e, b"ilvl")
                        .and_then(|v| v.parse::<usize>().ok())
                        .filter(|l| *l < LEVELS);
                }
                Some(b"startOverride") => {
                    if let (Some((_, n)), Some(l)) = (num.as_mut(), override_level) {
                        n.starts[l] = val_number(&e);
                    }
                }
                Some(b"lvl") => {
                    let l = attr(&e, b"ilvl")
                        .and_then(|v| v.parse::<usize>().ok())
                        .filter(|l| *l < LEVELS);
                    target = match (l, &abstract_id, &num) {
                        (Some(l), Some(a), _) => Target::Abstract(a.clone(), l),
                        (Some(l), None, Some(_)) => Target::Override(l),
                        _ => Target::None,
                    };
                    if let (Target::Override(l), Some((_, n))) = (&target, num.as_mut()) {
                        n.levels[*l] = Some(Level::default());
                    }
                }
                Some(name) => {
                    let level = match &target {
                        Target::Abstract(a, l) => out.abstracts.get_mut(a).map(|ls| &mut ls[*l]),
                        Target::Override(l) => {
                            num.as_mut().and_then(|(_, n)| n.levels[*l].as_mut())
                        }
                        Target::None => None,
                    };
                    let Some(level) = level else { continue };
                    match name {
                        b"start" => level.start = val_number(&e),
                        b"numFmt" => {
                            level.format = Format::from_name(&attr(&e, b"val").unwrap_or_default())
                        }
                        b"lvlText" => level.text = attr(&e, b"val").unwrap_or_default(),
                        b"isLgl" => level.legal = super::xml::toggle_on(&e),
                        b"rFonts" => {
                            level.font = super::xml::run_font(&e)
                                .as_deref()
                                .and_then(encoding::legacy_font)
                        }
                        _ => {}
                    }
                }
                None => {}
            }
        }
        out
    }

    /// Follows the definitions that point to a list style to the definition that style's list
    /// uses (`styles`: the file's styles).
    pub fn link_styles(&mut self, styles: &super::styles::Styles) {
        for (from, style) in &self.style_links {
            let to = styles
                .numbering(Some(style))
                .num_id
                .and_then(|n| self.nums.get(&n))
                .map(|n| n.abstract_id.clone());
            if let Some(to) = to.filter(|to| to != from) {
                self.links.insert(from.clone(), to);
            }
        }
    }

    fn level(&self, num_id: &str, level: usize) -> Option<(&str, &Level)> {
        let num = self.nums.get(num_id)?;
        let id = self.links.get(&num.abstract_id).unwrap_or(&num.abstract_id);
        let def = num.levels[level]
            .as_ref()
            .or_else(|| self.abstracts.get(id).map(|ls| &ls[level]))?;
        Some((id.as_str(), def))
    }

    /// The number of the next paragraph in list `num_id` at `level` ("2.", "b)", "-"), counted;
    /// `None` when the paragraph is in no list (`numId` 0, or a list the file does not define)
    /// or its level writes nothing.
    pub fn next(&mut self, num_id: &str, level: u32) -> Option<String> {
        let level = (level as usize).min(LEVELS - 1);
        let (abstract_id, def) = self.level(num_id, level)?;
        let abstract_id = abstract_id.to_string();
        let (format, text, font, legal) = (def.format, def.text.clone(), def.font, def.legal);
        let start_of = |l: usize, this: &Numbering| {
            let over = this.nums.get(num_id).and_then(|n| n.starts[l]);
            over.or_else(|| this.level(num_id, l).and_then(|(_, d)| d.start))
                .unwrap_or(1)
        };
        // An instance that starts its list again does it at its first paragraph.
        let restarts = self
            .nums
            .get(num_id)
            .is_some_and(|n| n.starts.iter().any(Option::is_some));
        if restarts && !self.restarted.iter().any(|r| r == num_id) {
            self.restarted.push(num_id.to_string());
            self.counters.remove(&abstract_id);
        }
        let mut counters = self.counters.remove(&abstract_id).unwrap_or([None; LEVELS]);
        counters[level] = Some(match counters[level] {
            Some(n) => n.saturating_add(1),
            None => start_of(level, self),
        });
        for deeper in counters.iter_mut().skip(level + 1) {
            *deeper = None;
        }
        let mut out = String::new();
        if format == Format::Bullet {
            out.push_str(bullet(&text));
        } else if format != Format::None {
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                    ('%', Some(d)) if (1..=LEVELS as u32).contains(&d) => {
                        chars.next();
                        let l = d as usize - 1;
                        let n = counters[l].unwrap_or_else(|| start_of(l, self));
                        let f = match self.level(num_id, l) {
                            Some(_) if legal => Format::Decimal,
                            Some((_, d)) => d.format,
                            None => Format::Decimal,
                        };
                        f.write(n, &mut out);
                    }
                    _ => out.push(c),
                }
            }
        }
        self.counters.insert(abstract_id, counters);
        let out = match font {
            Some(enc) => {
                let mut converted = String::new();
                encoding::decode_as(enc, &out, &mut converted);
                converted
            }
            None => out,
        };
        let out = out.trim();
        (!out.is_empty()).then(|| out.to_string())
    }
}

/// A bullet as typed: `-` and `+` (and `–`, `*`) kept, any symbol-font bullet becomes `-`.
fn bullet(text: &str) -> &'static str {
    match text.trim() {
        "+" => "+",
        "–" | "—" => "–",
        "*" => "*",
        "" => "",
        _ => "-",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list definition: "I." roman, "1." decimal, "a)" letters, "-" bullets; instance 1 uses
    /// it, instance 2 starts it again at 1, instance 3 is Word's "legal" 1.1.
    const NUMBERING: &str = r#"<w:numbering xmlns:w="x">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
        <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>
        <w:lvl w:ilvl="4"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:isLgl/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="2">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="§iÒu %1."/><w:rPr><w:rFonts w:ascii=".VnTime"/></w:rPr></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
      <w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1"><w:start w:val="5"/><w:numFmt w:val="decimalZero"/><w:lvlText w:val="(%2)"/></w:lvl></w:lvlOverride></w:num>
    </w:numbering>"#;

    fn run(steps: &[(&str, u32)]) -> Vec<String> {
        let mut n = Numbering::parse(NUMBERING.as_bytes());
        steps
            .iter()
            .map(|(id, l)| n.next(id, *l).unwrap_or_else(|| "·".into()))
            .collect()
    }

    #[test]
    fn levels_count_and_start_again_under_a_higher_level() {
        let got = run(&[
            ("1", 0),
            ("1", 1),
            ("1", 1),
            ("1", 2),
            ("1", 2),
            ("1", 3),
            ("1", 4),
            ("1", 1),
            ("1", 2),
            ("1", 0),
            ("1", 1),
        ]);
        let want = [
            "I.", "1.", "2.", "a)", "b)", "-", "+", "3.", "a)", "II.", "1.",
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn instances_of_one_list_go_on_unless_one_starts_again() {
        let got = run(&[("1", 1), ("1", 1), ("2", 1), ("2", 1), ("1", 1)]);
        assert_eq!(got, ["1.", "2.", "1.", "2.", "3."]);
    }

    #[test]
    fn compound_legal_zero_padded_and_legacy_font_numbers() {
        let got = run(&[("3", 0), ("3", 1), ("3", 1), ("3", 2), ("4", 0), ("5", 1)]);
        assert_eq!(got, ["1.", "1.1.", "1.2.", "1.2.1", "Điều 1.", "(05)"]);
    }

    #[test]
    fn a_paragraph_in_no_list_has_no_number() {
        assert_eq!(run(&[("0", 0), ("99", 0), ("1", 12)]), ["·", "·", "·"]);
    }

    #[test]
    fn a_list_defined_by_a_list_style_takes_that_styles_numbers() {
        // Word's multilevel list style: definition 5 only links to style "DanhSach", whose list
        // (instance 7) uses definition 6, where the levels are.
        let numbering = r#"<w:numbering xmlns:w="x">
          <w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="DanhSach"/></w:abstractNum>
          <w:abstractNum w:abstractNumId="6"><w:styleLink w:val="DanhSach"/>
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="7"><w:abstractNumId w:val="6"/></w:num>
          <w:num w:numId="8"><w:abstractNumId w:val="5"/></w:num>
        </w:numbering>"#;
        let styles = r#"<w:styles xmlns:w="x"><w:style w:type="numbering" w:styleId="DanhSach">
          <w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style></w:styles>"#;
        let mut n = Numbering::parse(numbering.as_bytes());
        n.link_styles(&super::super::styles::Styles::parse(styles.as_bytes()));
        assert_eq!(n.next("8", 0).as_deref(), Some("I."));
        assert_eq!(n.next("8", 0).as_deref(), Some("II."));
        // The style's own list counts on with it.
        assert_eq!(n.next("7", 0).as_deref(), Some("III."));
    }

    #[test]
    fn formats() {
        assert_eq!(roman(1994), "MCMXCIV");
        assert_eq!(roman(0), "0");
        assert_eq!(letters(1), "a");
        assert_eq!(letters(27), "aa");
        assert_eq!(letters(u32::MAX).len(), 100);
    }
}
