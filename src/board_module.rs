//! The workspace's lazy module (wasm32), built by Trunk as `lazy/ketluan-board*` and fetched by
//! `static/workspace.js` only when the library or the board is first opened, or the library has
//! tasks due soon or overdue: the library's list, the task board, the report per unit and the
//! alert banner (`ketluan::app::board`), which the first visit then does not download (the web
//! app's size budget). The page calls these through `self.ketluanWorkspace`.

/// Shows `view` ("board" or "library"; "" takes it away) in `lang` ("vi" or "en");
/// `open_notice` is the notice the page has open.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn show(view: &str, lang: &str, open_notice: &str) {
    ketluan::app::board::show(view, lang, open_notice);
}

/// Shows the alert banner (counted anew) in `lang`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn show_alerts(lang: &str) {
    ketluan::app::board::show_alerts(lang);
}

/// Takes the banner off the page.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hide_alerts() {
    ketluan::app::board::hide_alerts();
}

/// How many bytes of memory the module has grown to (the browser benchmark reports it).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65_536) as f64
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ketluan-board is the web app's task board module: Trunk builds it (see README).");
    std::process::exit(2);
}
