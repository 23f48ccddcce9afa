//! Timing of paste → highlights rendered, for the browser benchmark.
//!
//! Marks `ketluan-read-start` when a reading starts and `ketluan-rendered` once the notice view
//! shows its result, measures `ketluan-read-render` between them, and appends
//! `{chars, read_ms, render_ms, total_ms}` to `window.__ketluanTimings` (an array).

use std::cell::Cell;

use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// (start, after reading, chars) of a reading not yet rendered.
    static PENDING: Cell<Option<(f64, f64, usize)>> = const { Cell::new(None) };
}

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

fn now() -> f64 {
    performance().map_or(0.0, |p| p.now())
}

/// Called when a reading starts; returns its start time.
pub fn read_start() -> f64 {
    if let Some(p) = performance() {
        let _ = p.mark("ketluan-read-start");
    }
    now()
}

/// Called once the reading is done.
pub fn read_done(start: f64, chars: usize) {
    PENDING.with(|p| p.set(Some((start, now(), chars))));
}

/// Called after the notice view rendered (from its effect).
pub fn rendered() {
    let Some((start, read, chars)) = PENDING.with(|p| p.take()) else {
        return;
    };
    let end = now();
    let Some(p) = performance() else { return };
    let _ = p.mark("ketluan-rendered");
    let _ = p.measure_with_start_mark_and_end_mark(
        "ketluan-read-render",
        "ketluan-read-start",
        "ketluan-rendered",
    );
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = JsValue::from_str("__ketluanTimings");
    let list = js_sys::Reflect::get(&window, &key)
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
        .unwrap_or_else(|| {
            let a = js_sys::Array::new();
            let _ = js_sys::Reflect::set(&window, &key, &a);
            a
        });
    let entry = js_sys::Object::new();
    let put = |k: &str, v: f64| {
        let _ = js_sys::Reflect::set(&entry, &JsValue::from_str(k), &JsValue::from_f64(v));
    };
    put("chars", chars as f64);
    put("read_ms", read - start);
    put("render_ms", end - read);
    put("total_ms", end - start);
    list.push(&entry);
}
