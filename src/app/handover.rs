//! Handing the work over: the other downloads (CSV, iCalendar, Web Annotation), the share link
//! (made from, and opened into, the address bar's fragment, which browsers never send to a
//! server), the clipboard, and the print view's page class.
//!
//! The bytes come from [`crate::export`], the same functions `ketluan export` uses. Share links
//! are the same format as `ketluan export --format share` (base64url of raw-deflated JSON), but
//! the deflating is the browser's own (`CompressionStream`): a deflate in the wasm would cost
//! 18 KB gzipped of the page's 250 KB budget. Links made either way open in both.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStream, ReadableWritablePair, WritableStream};

use super::dom;
use super::messages::Msg;
use super::reader::{self, Failure};
use crate::document::Document;
use crate::export::{self, share, Format};

/// Downloads the document in `format` (JSON here; the other formats rendered in the reader's
/// worker, where the exporters live); `done` gets the message to show.
pub fn download(format: Format, doc: &Document, done: impl FnOnce(Msg) + 'static) {
    let name = export::file_name(format, doc);
    let save = move |text: Result<String, Failure>| match text {
        Ok(text) => match dom::download(&name, &text, format.mime()) {
            Ok(()) => Msg::Exported(name),
            Err(_) => Msg::ExportFailed,
        },
        Err(Failure::Load) => Msg::ExporterUnavailable,
        Err(Failure::Read) => Msg::ExportFailed,
    };
    if format == Format::Json {
        done(save(Ok(dom::pretty_json(&doc.to_compact_json()))));
        return;
    }
    reader::job(
        "render",
        &doc.to_compact_json(),
        format.name(),
        move |text| done(save(text)),
    );
}

// The Compression Streams API (web-sys has it only behind `web_sys_unstable_apis`). Both kinds
// of stream have the same shape; a browser without them fails the constructor (caught).
#[wasm_bindgen]
extern "C" {
    type DeflateStream;
    #[wasm_bindgen(catch, constructor, js_class = "CompressionStream")]
    fn compressor(format: &str) -> Result<DeflateStream, JsValue>;
    #[wasm_bindgen(catch, constructor, js_class = "DecompressionStream")]
    fn decompressor(format: &str) -> Result<DeflateStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DeflateStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DeflateStream) -> WritableStream;
}

/// Why the browser's (de)compression did not give a result.
enum Pipe {
    /// No `CompressionStream` / `DecompressionStream` for raw deflate in this browser.
    Unsupported,
    /// The data is not raw deflate (a damaged link).
    Failed,
}

/// Raw-deflates (or inflates) `bytes` with the browser's streams; the result as an
/// `ArrayBuffer` (deflating) or a string (inflating).
async fn pipe(bytes: &[u8], deflate: bool) -> Result<JsValue, Pipe> {
    let stream = if deflate {
        DeflateStream::compressor("deflate-raw")
    } else {
        DeflateStream::decompressor("deflate-raw")
    };
    let stream = stream.map_err(|_| Pipe::Unsupported)?;
    let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(|_| Pipe::Failed)?;
    let out = blob.stream().pipe_through(&pair);
    let response =
        web_sys::Response::new_with_opt_readable_stream(Some(&out)).map_err(|_| Pipe::Failed)?;
    let read = if deflate {
        response.array_buffer()
    } else {
        response.text()
    };
    let promise = read.map_err(|_| Pipe::Failed)?;
    JsFuture::from(promise).await.map_err(|_| Pipe::Failed)
}

/// The share link for `doc`: this page's address with `#doc=…`; or the message saying why
/// there is none (too long: the JSON file instead).
pub async fn share_url(doc: &Document) -> Result<String, Msg> {
    let deflated = match pipe(&share::link_json(doc), true).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(_) => return Err(Msg::LinkUnsupported),
    };
    let payload = share::payload_of_deflated(&deflated).map_err(Msg::Link)?;
    let loc = web_sys::window().map(|w| w.location());
    let base = loc
        .map(|l| l.origin().unwrap_or_default() + &l.pathname().unwrap_or_default())
        .unwrap_or_default();
    Ok(base + "#" + share::FRAGMENT_KEY + &payload)
}

/// The JSON a share link carries (not checked yet: that is the JSON import's job), or the
/// message saying why it cannot be read.
pub async fn read_link(link: &str) -> Result<String, Msg> {
    let deflated = share::deflated_bytes(link).map_err(Msg::Link)?;
    let json = match pipe(&deflated, false).await {
        Ok(text) => text.as_string().unwrap_or_default(),
        Err(Pipe::Unsupported) => return Err(Msg::LinkUnsupported),
        Err(Pipe::Failed) => return Err(Msg::Link(share::ShareError::Corrupt)),
    };
    if json.len() > share::MAX_JSON_BYTES {
        return Err(Msg::Link(share::ShareError::Corrupt));
    }
    Ok(json)
}

/// Whether a fragment is a share link (`#doc=…`, possibly after other keys).
pub fn is_link(hash: &str) -> bool {
    hash.trim_start_matches('#')
        .split('&')
        .any(|part| part.starts_with(share::FRAGMENT_KEY))
}

/// Whether the address bar holds a share link.
pub fn has_link() -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|h| is_link(&h))
}

/// The share link in the address bar, if any; the address bar is cleared of it (so a reload
/// or a bookmark does not open it again).
pub fn take_link() -> Option<String> {
    let w = web_sys::window()?;
    let loc = w.location();
    let hash = loc.hash().ok()?;
    if !is_link(&hash) {
        return None;
    }
    let clean = loc.pathname().unwrap_or_default() + &loc.search().unwrap_or_default();
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&clean));
    }
    Some(hash)
}

/// Copies `text` to the clipboard; `done(true)` when it was, `done(false)` when the browser has
/// no clipboard here (a page not served over https) or refused.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return done(false);
    };
    // `navigator.clipboard` is undefined outside secure contexts: look before calling it.
    let clip = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")).unwrap_or_default();
    if clip.is_undefined() || clip.is_null() {
        return done(false);
    }
    let promise = clip.unchecked_into::<web_sys::Clipboard>().write_text(text);
    yew::platform::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Adds or removes the `printing` class of `<body>` (the print view's page styles).
pub fn set_printing(on: bool) {
    let body = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body());
    if let Some(body) = body {
        let _ = body.class_list().toggle_with_force("printing", on);
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
