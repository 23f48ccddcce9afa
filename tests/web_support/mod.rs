//! Helpers shared by the browser tests (`tests/web_*.rs`, run with wasm-bindgen-test in headless
//! Chromium): the page's document and storage, waiting, finding elements by `data-testid`, and
//! pasting a notice the way the paste area receives it.
// Each test file uses only some of these.
#![allow(dead_code)]

use std::time::Duration;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

pub async fn sleep(ms: u64) {
    yew::platform::time::sleep(Duration::from_millis(ms)).await;
}

/// Waits (up to 5 s) until `f` holds; otherwise fails with what the page shows.
pub async fn until(what: &str, mut f: impl FnMut() -> bool) {
    for _ in 0..250 {
        if f() {
            return;
        }
        sleep(20).await;
    }
    let apps = document().query_selector_all(".app").unwrap();
    let page: Vec<String> = (0..apps.length())
        .filter_map(|i| apps.item(i))
        .map(|a| {
            a.text_content()
                .unwrap_or_default()
                .chars()
                .take(400)
                .collect()
        })
        .collect();
    panic!("timed out waiting for {what}; the page shows: {page:?}");
}

/// Every element under `root` that matches the CSS selector `sel`.
pub fn all(root: &Element, sel: &str) -> Vec<Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into::<Element>().ok()))
        .collect()
}

/// The first element under `root` with this `data-testid`.
pub fn one(root: &Element, testid: &str) -> Option<Element> {
    root.query_selector(&format!("[data-testid=\"{testid}\"]"))
        .unwrap()
}

pub fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().unwrap().click();
}

/// Defines the library's storage (`self.ketluanLibrary`) as index.html does in the built app,
/// once per page.
pub fn install_library() {
    let doc = document();
    if doc.get_element_by_id("library-db").is_some() {
        return;
    }
    let script = doc.create_element("script").unwrap();
    script.set_id("library-db");
    script.set_text_content(Some(include_str!("../../static/library-db.js")));
    doc.head().unwrap().append_child(&script).unwrap();
}

/// The workspace's element (`#workspace`, as index.html has it), made once per page.
pub fn workspace() -> Element {
    let doc = document();
    if let Some(el) = doc.get_element_by_id("workspace") {
        return el;
    }
    let el = doc.create_element("div").unwrap();
    el.set_id("workspace");
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// The app in a new div of the page (storage as it is).
pub fn mount() -> (Element, yew::AppHandle<ketluan::app::App>) {
    install_library();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = ketluan::app::render_into(root.clone());
    (root, handle)
}

/// Removes the app and its div, and empties the storage (the library is left as it is).
pub fn unmount(root: Element, handle: yew::AppHandle<ketluan::app::App>) {
    handle.destroy();
    root.remove();
    local().clear().unwrap();
    // The notice this "tab" had open (a later test is another tab).
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}

/// Puts `text` in the paste area as an input event, and waits for the task table's rows.
pub async fn paste(root: &Element, text: &str) {
    until("the paste area", || one(root, "notice-input").is_some()).await;
    let area: HtmlTextAreaElement = one(root, "notice-input").unwrap().dyn_into().unwrap();
    area.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    area.dispatch_event(&ev).unwrap();
    until("rows", || one(root, "directive-row").is_some()).await;
}

/// Drops a file of these bytes (named `name`, of type `mime`, "" for none) on the app, as a
/// drag and drop from the desktop does.
pub fn drop_file(root: &Element, name: &str, bytes: &[u8], mime: &str) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let opts = web_sys::FilePropertyBag::new();
    opts.set_type(mime);
    let file =
        web_sys::File::new_with_buffer_source_sequence_and_options(&parts, name, &opts).unwrap();
    let dt = web_sys::DataTransfer::new().unwrap();
    dt.items().add_with_file(&file).unwrap();
    let init = web_sys::DragEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_data_transfer(Some(&dt));
    let ev = web_sys::DragEvent::new_with_event_init_dict("drop", &init).unwrap();
    root.first_element_child()
        .unwrap()
        .dispatch_event(&ev)
        .unwrap();
}
