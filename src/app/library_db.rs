//! Where the library is kept: the browser's IndexedDB (database `ketluan`), through the small
//! script `static/library-db.js` (why it is written by hand, not a wrapper crate: the bundle
//! budget; see its header). localStorage holds a few MB, a few dozen notices; IndexedDB holds as
//! much as the disk allows.
//!
//! Two object stores, keyed by the notice's id: `notices` (each notice's saved JSON, as a
//! string) and `catalogue` (what the list shows of it, [`Summary`] as an object: `summary_js.rs`), so that showing
//! the list never reads the notices. A notice and its summary are always written in one
//! transaction. The open notice is also kept in localStorage (`storage.rs`), written at once
//! even when the tab closes; the library catches up from it at the next start if a write was
//! cut short.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use super::messages::StorageFailure;
use super::storage::classify;
use super::summary_js::{from_js, to_js};
use crate::library::Summary;

// `self.ketluanLibrary`, defined by static/library-db.js (index.html loads it first).
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ketluanLibrary, js_name = list)]
    async fn js_list() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ketluanLibrary, js_name = get)]
    async fn js_get(id: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ketluanLibrary, js_name = put)]
    async fn js_put(id: &str, json: Option<String>, summary: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ketluanLibrary, js_name = dump)]
    async fn js_dump() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ketluanLibrary, js_name = remove)]
    async fn js_remove(id: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ketluanLibrary, js_name = replaceAll)]
    async fn js_replace_all(entries: &JsValue) -> Result<JsValue, JsValue>;
}

fn failure(e: JsValue) -> StorageFailure {
    classify(&e)
}

/// Whether `self.ketluanLibrary` is there (index.html loads it; a page without it, or a browser
/// that blocked it, has no library).
fn available() -> Result<(), StorageFailure> {
    let there = js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("ketluanLibrary"))
        .unwrap_or(false);
    if there {
        Ok(())
    } else {
        Err(StorageFailure::Unavailable)
    }
}

/// Every notice's summary, in no particular order (a summary that cannot be read is skipped).
pub async fn list() -> Result<Vec<Summary>, StorageFailure> {
    available()?;
    let all = js_list().await.map_err(failure)?;
    let all: js_sys::Array = all.into();
    Ok(all.iter().filter_map(|v| from_js(&v)).collect())
}

/// Every summary, read whole as one JSON text (the browser's `JSON.stringify`, then serde): for
/// the workspace module, which has serde and reads libraries of thousands of tasks, where one
/// `Reflect` call per field costs many times more. A summary that cannot be read is skipped.
pub async fn list_as_json() -> Result<Vec<Summary>, StorageFailure> {
    available()?;
    let all = js_list().await.map_err(failure)?;
    let json = js_sys::JSON::stringify(&all)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    let each: Vec<Box<serde_json::value::RawValue>> =
        serde_json::from_str(&json).unwrap_or_default();
    Ok(each
        .iter()
        .filter_map(|v| serde_json::from_str(v.get()).ok())
        .collect())
}

/// A notice's saved JSON.
pub async fn get(id: &str) -> Result<Option<String>, StorageFailure> {
    available()?;
    Ok(js_get(id).await.map_err(failure)?.as_string())
}

/// Keeps a notice (its JSON and summary), in one transaction.
pub async fn put(summary: &Summary, json: &str) -> Result<(), StorageFailure> {
    available()?;
    js_put(&summary.id, Some(json.to_string()), &to_js(summary))
        .await
        .map(drop)
        .map_err(failure)
}

/// Rewrites a notice's summary only (put in the trash, or taken out of it).
pub async fn put_summary(summary: &Summary) -> Result<(), StorageFailure> {
    available()?;
    js_put(&summary.id, None, &to_js(summary))
        .await
        .map(drop)
        .map_err(failure)
}

/// Deletes a notice for good.
pub async fn delete(id: &str) -> Result<(), StorageFailure> {
    available()?;
    js_remove(id).await.map(drop).map_err(failure)
}

/// Every notice as stored, `[[id, json, summary], …]` as JSON (what a backup is written from,
/// in the worker: `crate::library::write_stored`).
pub async fn dump() -> Result<String, StorageFailure> {
    available()?;
    let all = js_dump().await.map_err(failure)?;
    js_sys::JSON::stringify(&all)
        .map(String::from)
        .map_err(failure)
}

/// Replaces the whole library with `stored` (`[[id, json, summary], …]`, already checked), in
/// one transaction: either all of it is in, or nothing changed.
pub async fn replace_all(stored: &JsValue) -> Result<(), StorageFailure> {
    available()?;
    js_replace_all(stored).await.map(drop).map_err(failure)
}
