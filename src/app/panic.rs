//! A panic shows a plain message instead of a blank page; the saved work stays in storage (and
//! a pending save is written first). The release build aborts after the hook, which runs first.

use wasm_bindgen::JsValue;

const VI: &str = "Rất tiếc, ứng dụng vừa gặp lỗi và phải dừng. Công việc đã được lưu trong trình duyệt: hãy tải lại trang (F5) để tiếp tục.";
const EN: &str = "Sorry, the app hit an error and had to stop. Your work is saved in this browser: reload the page (F5) to go on.";

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        show();
        // Details for developers only, in the console.
        web_sys::console::error_1(&JsValue::from_str(&format!("ketluan: {info}")));
        super::storage::flush(false);
    }));
}

/// Shows the panic message (a plain element at the top of the page, outside the app).
pub fn show() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id("ketluan-panic").is_some() {
        return;
    }
    let Ok(el) = doc.create_element("div") else {
        return;
    };
    el.set_id("ketluan-panic");
    let _ = el.set_attribute("role", "alert");
    let _ = el.set_attribute("data-testid", "panic");
    let _ = el.set_attribute("class", "panic");
    let lang = doc
        .document_element()
        .and_then(|h| h.get_attribute("lang"))
        .unwrap_or_default();
    let text = if lang == "en" {
        format!("{EN} — {VI}")
    } else {
        format!("{VI} — {EN}")
    };
    el.set_text_content(Some(&text));
    if let Some(body) = doc.body() {
        let _ = body.prepend_with_node_1(&el);
    }
}
