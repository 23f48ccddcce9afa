//! Small helpers over the DOM: the selection as code-point offsets, scrolling, the active
//! directive's highlight, the page language, downloads.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `<html lang>`.
pub fn set_html_lang(code: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", code);
    }
}

/// Code points in the first `utf16` UTF-16 units of `s`.
fn cps_in_utf16_prefix(s: &str, utf16: u32) -> usize {
    let mut units = 0u32;
    let mut n = 0usize;
    for c in s.chars() {
        if units >= utf16 {
            break;
        }
        units += c.len_utf16() as u32;
        n += 1;
    }
    n
}

fn data_start(el: &Element) -> Option<usize> {
    el.get_attribute("data-start")?.parse().ok()
}

/// The segment element (with `data-start`) holding or being `node`.
fn segment_of(node: &Node) -> Option<Element> {
    let el = match node.dyn_ref::<Element>() {
        Some(el) => el.clone(),
        None => node.parent_element()?,
    };
    el.closest("[data-start]").ok().flatten()
}

/// The code-point offset of a DOM point (node, offset) inside the notice view.
fn point_offset(view: &Element, node: &Node, offset: u32) -> Option<usize> {
    if !view.contains(Some(node)) {
        return None;
    }
    if node.node_type() == Node::TEXT_NODE {
        let seg = segment_of(node)?;
        let text = node.text_content().unwrap_or_default();
        return Some(data_start(&seg)? + cps_in_utf16_prefix(&text, offset));
    }
    // An element: the point is before its child number `offset`.
    let children = node.child_nodes();
    if let Some(child) = children.item(offset) {
        if let Some(seg) = first_segment(&child) {
            return data_start(&seg);
        }
    }
    // After the last child: the end of the last segment inside.
    let el = node.dyn_ref::<Element>()?;
    let segs = el.query_selector_all("[data-start]").ok()?;
    let last = segs.item(segs.length().checked_sub(1)?)?;
    let last = last.dyn_ref::<Element>()?;
    let text = last.text_content().unwrap_or_default();
    Some(data_start(last)? + text.chars().count())
}

fn first_segment(node: &Node) -> Option<Element> {
    let el = node.dyn_ref::<Element>()?;
    if el.has_attribute("data-start") {
        return Some(el.clone());
    }
    el.query_selector("[data-start]").ok().flatten()
}

/// A selection in the notice: code-point offsets, and where to show the tag toolbar (viewport
/// pixels, below the selection or above it near the bottom of the window).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sel {
    pub start: usize,
    pub end: usize,
    pub x: f64,
    pub y: f64,
}

/// The current selection, when it lies in the view.
pub fn selection_in(view: &Element) -> Option<Sel> {
    let sel = web_sys::window()?.get_selection().ok()??;
    if sel.is_collapsed() || sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let s = point_offset(
        view,
        &range.start_container().ok()?,
        range.start_offset().ok()?,
    )?;
    let e = point_offset(view, &range.end_container().ok()?, range.end_offset().ok()?)?;
    if s >= e {
        return None;
    }
    let rect = range.get_bounding_client_rect();
    let win = web_sys::window()?;
    let width = win.inner_width().ok()?.as_f64().unwrap_or(1000.0);
    let height = win.inner_height().ok()?.as_f64().unwrap_or(800.0);
    const W: f64 = 560.0;
    const H: f64 = 48.0;
    let x = rect.left().min(width - W).max(4.0);
    let below = rect.bottom() + 6.0;
    let y = if below + H > height {
        rect.top() - H - 6.0
    } else {
        below
    };
    // Always on screen, even for a selection scrolled out of sight.
    let y = y.min(height - H - 4.0).max(4.0);
    Some(Sel {
        start: s,
        end: e,
        x,
        y,
    })
}

/// Clears the page's selection.
pub fn clear_selection() {
    if let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = sel.remove_all_ranges();
    }
}

/// Scrolls an element into the middle of its scroller.
pub fn scroll_to(el: &Element) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    opts.set_behavior(web_sys::ScrollBehavior::Smooth);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

fn safe_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Elements (segments and rows) of a directive.
pub fn elements_of(root: &Element, id: &str) -> Vec<Element> {
    let mut out = Vec::new();
    if safe_id(id) {
        if let Ok(list) = root.query_selector_all(&format!("[data-dir=\"{id}\"]")) {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    out.push(el);
                }
            }
        }
        return out;
    }
    if let Ok(list) = root.query_selector_all("[data-dir]") {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                if el.get_attribute("data-dir").as_deref() == Some(id) {
                    out.push(el);
                }
            }
        }
    }
    out
}

/// Marks the elements of the active directive with `data-active` (outside Yew's attributes, so
/// hovering does not re-render anything).
pub fn set_active(root: &Element, id: Option<&str>) {
    if let Ok(list) = root.query_selector_all("[data-active]") {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.remove_attribute("data-active");
            }
        }
    }
    if let Some(id) = id {
        for el in elements_of(root, id) {
            let _ = el.set_attribute("data-active", "");
        }
    }
}

/// The directive id of the element an event happened on, if any.
pub fn directive_at(target: Option<web_sys::EventTarget>) -> Option<String> {
    let el = target?.dyn_into::<Element>().ok()?;
    el.closest("[data-dir]").ok()??.get_attribute("data-dir")
}

/// Offers `text` as a file download (Blob + object URL; nothing leaves the page).
/// JSON indented by two spaces, as `Document::to_json` writes it, by the browser's own
/// `JSON.stringify` (the page then needs no pretty JSON writer of its own); the JSON as it is if
/// the browser cannot.
pub fn pretty_json(compact: &str) -> String {
    js_sys::JSON::parse(compact)
        .and_then(|v| {
            js_sys::JSON::stringify_with_replacer_and_space(
                &v,
                &wasm_bindgen::JsValue::NULL,
                &wasm_bindgen::JsValue::from(2),
            )
        })
        .map(String::from)
        .unwrap_or_else(|_| compact.to_string())
}

pub fn download(name: &str, text: &str, mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    let doc = document().ok_or_else(|| wasm_bindgen::JsValue::from_str("no document"))?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_attribute("hidden", "")?;
    let body = doc
        .body()
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no body"))?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Runs `f` after the browser has painted the next frame (requestAnimationFrame, then a task),
/// for slow work that should not delay what the user is about to see.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        f();
        return;
    };
    let later = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, f).forget();
    });
    if window
        .request_animation_frame(later.unchecked_ref())
        .is_err()
    {
        // No frames (a hidden tab): nothing to wait for.
        web_sys::console::warn_1(&"ketluan: requestAnimationFrame unavailable".into());
    }
}
