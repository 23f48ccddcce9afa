//! The little a Word part's XML needs, over quick-xml: the WordprocessingML element an event
//! is (`w:p` → `p`; elements of other vocabularies, such as a drawing's `a:t`, are none), and an
//! attribute's value by its local name (`w:val` → `val`).

use quick_xml::events::BytesStart;

/// The local name of a `w:` element, or `None` for any other vocabulary.
pub fn w_name<'a>(e: &'a BytesStart<'_>) -> Option<&'a [u8]> {
    let name = e.name();
    let full = name.into_inner();
    full.strip_prefix(b"w:")
}

/// Whether the element is `mc:Fallback` (a copy of the content just before it, for older
/// readers: read once, not twice).
pub fn is_fallback(e: &BytesStart<'_>) -> bool {
    e.name().into_inner() == b"mc:Fallback"
}

/// The value of the attribute whose local name is `local` (`val` finds `w:val`), unescaped.
pub fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        if a.key.local_name().as_ref() == local {
            a.unescape_value().ok().map(|v| v.into_owned())
        } else {
            None
        }
    })
}

/// `w:val` as a number.
pub fn val_number(e: &BytesStart<'_>) -> Option<u32> {
    attr(e, b"val")?.trim().parse().ok()
}

/// Whether a toggle property (`<w:b/>`, `<w:vanish w:val="0"/>`) is on.
pub fn toggle_on(e: &BytesStart<'_>) -> bool {
    !matches!(
        attr(e, b"val").as_deref(),
        Some("0") | Some("false") | Some("off")
    )
}

/// The font a `w:rFonts` names for the text Vietnamese is typed in: `hAnsi` (letters beyond
/// ASCII), else `ascii`.
pub fn run_font(e: &BytesStart<'_>) -> Option<String> {
    attr(e, b"hAnsi").or_else(|| attr(e, b"ascii"))
}
