//! A Word file's styles (`word/styles.xml`) as far as the text needs them: the list a paragraph
//! style numbers its paragraphs with (Word's "List Number" and the headings of many templates
//! carry their numbering in the style, not in the paragraph), and the font a style sets — a
//! style in `.VnTime` puts its text in TCVN3. Styles inherit through `basedOn`; the document's
//! default font and default paragraph style apply last.

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::reader::Reader;

use super::xml::{attr, run_font, val_number, w_name};

/// A list reference: the list instance (`numId`) and the level, each possibly set apart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NumRef {
    pub num_id: Option<String>,
    pub level: Option<u32>,
}

#[derive(Clone, Debug, Default)]
struct Style {
    based_on: Option<String>,
    num: NumRef,
    font: Option<String>,
}

/// The styles of one file.
#[derive(Debug, Default)]
pub struct Styles {
    styles: HashMap<String, Style>,
    default_paragraph: Option<String>,
    default_font: Option<String>,
}

/// How deep `basedOn` is followed (a loop in a damaged file stops here).
const MAX_CHAIN: usize = 16;

impl Styles {
    /// Reads `styles.xml`; a part that cannot be read gives no styles (the text still comes).
    pub fn parse(xml: &[u8]) -> Styles {
        let mut out = Styles::default();
        let mut reader = Reader::from_reader(xml);
        let mut current: Option<(String, Style)> = None;
        let mut in_defaults = false;
        let mut in_ppr = false;
        let mut in_rpr = false;
        loop {
            let (e, empty) = match reader.read_event() {
                Ok(Event::Start(e)) => (e, false),
                Ok(Event::Empty(e)) => (e, true),
                Ok(Event::End(e)) => {
                    match e.name().into_inner() {
                        b"w:style" => {
                            if let Some((id, style)) = current.take() {
                                out.styles.insert(id, style);
                            }
                        }
                        b"w:rPrDefault" => in_defaults = false,
                        b"w:pPr" => in_ppr = false,
                        b"w:rPr" => in_rpr = false,
                        _ => {}
                    }
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => continue,
            };
            match w_name(&e) {
                Some(b"style") => {
                    let id = attr(&e, b"styleId").unwrap_or_default();
                    // Tables, lists and characters have default styles of their own.
                    let is_paragraph = attr(&e, b"type").as_deref() == Some("paragraph");
                    if is_paragraph && attr(&e, b"default").as_deref() == Some("1") {
                        out.default_paragraph = Some(id.clone());
                    }
                    if !empty {
                        current = Some((id, Style::default()));
                    }
                }
                Some(b"rPrDefault") if !empty => in_defaults = true,
                Some(b"pPr") if !empty => in_ppr = true,
                Some(b"rPr") if !empty => in_rpr = true,
                Some(b"basedOn") => {
                    if let Some((_, s)) = current.as_mut() {
                        s.based_on = attr(&e, b"val");
                    }
                }
                Some(b"numId") if in_ppr => {
                    if let Some((_, s)) = current.as_mut() {
                        s.num.num_id = attr(&e, b"val");
                    }
                }
                Some(b"ilvl") if in_ppr => {
                    if let Some((_, s)) = current.as_mut() {
                        s.num.level = val_number(&e);
                    }
                }
                Some(b"rFonts") if in_rpr || in_defaults => {
                    let font = run_font(&e);
                    match current.as_mut() {
                        Some((_, s)) => s.font = font.or(s.font.take()),
                        None if in_defaults => out.default_font = font,
                        None => {}
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// The styles `id` inherits from, itself first.
    fn chain<'a>(&'a self, id: Option<&'a str>) -> impl Iterator<Item = &'a Style> + 'a {
        let mut next = id;
        std::iter::from_fn(move || {
            let style = self.styles.get(next?)?;
            next = style.based_on.as_deref();
            Some(style)
        })
        .take(MAX_CHAIN)
    }

    /// The list a paragraph of style `id` is numbered in (its own style's, or inherited).
    pub fn numbering(&self, id: Option<&str>) -> NumRef {
        let id = id.or(self.default_paragraph.as_deref());
        let mut num = NumRef::default();
        for s in self.chain(id) {
            if num.num_id.is_none() {
                num.num_id.clone_from(&s.num.num_id);
            }
            if num.level.is_none() {
                num.level = s.num.level;
            }
        }
        num
    }

    /// The font of text in character style `run` inside a paragraph of style `paragraph`.
    pub fn font<'a>(&'a self, run: Option<&'a str>, paragraph: Option<&'a str>) -> Option<&'a str> {
        let paragraph = paragraph.or(self.default_paragraph.as_deref());
        self.chain(run)
            .chain(self.chain(paragraph))
            .find_map(|s| s.font.as_deref())
            .or(self.default_font.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLES: &str = r#"<w:styles xmlns:w="x">
      <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="table" w:default="1" w:styleId="TableNormal"/>
      <w:style w:type="numbering" w:default="1" w:styleId="NoList"/>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="ListNumber"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="ListNumber2"><w:basedOn w:val="ListNumber"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Cu"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="VNI"><w:rPr><w:rFonts w:hAnsi="VNI-Times"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>
    </w:styles>"#;

    #[test]
    fn numbering_is_inherited_level_by_level() {
        let s = Styles::parse(STYLES.as_bytes());
        let n = |id| s.numbering(Some(id));
        assert_eq!(n("ListNumber").num_id.as_deref(), Some("3"));
        assert_eq!(n("ListNumber").level, None);
        assert_eq!(n("ListNumber2").num_id.as_deref(), Some("3"));
        assert_eq!(n("ListNumber2").level, Some(1));
        assert_eq!(n("Normal"), NumRef::default());
        assert_eq!(n("Loop"), NumRef::default());
        assert_eq!(n("unknown"), NumRef::default());
    }

    #[test]
    fn a_runs_font_comes_from_its_style_its_paragraphs_or_the_default() {
        let s = Styles::parse(STYLES.as_bytes());
        assert_eq!(s.font(None, Some("Cu")), Some(".VnTime"));
        assert_eq!(s.font(Some("VNI"), Some("Cu")), Some("VNI-Times"));
        assert_eq!(s.font(None, None), Some("Times New Roman"));
        assert_eq!(s.font(None, Some("ListNumber2")), Some("Times New Roman"));
        assert_eq!(Styles::parse(b"<w:styles><w:style").font(None, None), None);
    }
}
