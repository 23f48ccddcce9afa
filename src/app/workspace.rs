//! The page's side of the workspace's lazy module (`app::board`, loaded by `static/workspace.js`
//! into `#workspace` and `#alerts`): asking it to show the library, the board or the alert
//! banner, and the events it sends back (`app::board::store`: open a notice, mark a task of the
//! open notice done, the library changed, back up or restore it …). Each call is caught: without
//! the script (blocked, or an old cached page) the page goes on without them.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

/// The workspace module's event to the page (`detail.kind`: `app::board::store`'s kinds).
pub const EVENT: &str = "ketluan-board";

// `self.ketluanWorkspace`, defined by static/workspace.js (index.html loads it first).
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ketluanWorkspace, js_name = show)]
    fn js_show(view: &str, lang: &str, open_notice: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_namespace = ketluanWorkspace, js_name = alerts)]
    fn js_alerts(lang: &str) -> Result<(), JsValue>;
}

/// Shows `view` ("library" or "board") in the workspace, fetching its module the first time
/// (with progress), or takes the workspace away ("").
pub fn show(view: &str, lang: &str, open_notice: &str) {
    let _ = js_show(view, lang, open_notice);
}

/// Shows the alert banner (fetching the module the first time, only when something is due).
pub fn alerts(lang: &str) {
    let _ = js_alerts(lang);
}

/// A field of an event's `detail`.
pub fn field(e: &web_sys::Event, key: &str) -> JsValue {
    js_sys::Reflect::get(e, &JsValue::from_str("detail"))
        .and_then(|detail| js_sys::Reflect::get(&detail, &JsValue::from_str(key)))
        .unwrap_or(JsValue::UNDEFINED)
}
