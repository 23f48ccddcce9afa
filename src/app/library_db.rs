//! Where the library is kept: the browser's IndexedDB (database `ketluan`), through the small
//! script `static/library-db.js` (why it is written by hand, not a wrapper crate: the bundle
//! budget; see its header). localStorage holds a few MB, a few dozen notices; IndexedDB holds as
//! much as the disk allows.
//!
//! Two object stores, keyed by the notice's id: `notices` (each notice's saved JSON, as a
//! string) and `catalogue` (what the list shows of it, [`Summary`] as JSON), so that showing
//! the list never reads the notices. A notice and its summary are always written in one
//! transaction. The open notice is also kept in localStorage (`storage.rs`), written at once
//! even when the tab closes; the library catches up from it at the next start if a write was
//! cut short.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use super::messages::StorageFailure;
use super::storage::classify;
use crate::library::{BackupEntry, Summary};

// `self.ketluanLibrary`, defined by static/library-db.js (index.html loads it first).
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ketluanLibrary, js_name = list)]
    async fn js_list() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ketluanLibrary, js_name = get)]
    async fn js_get(id: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ketluanLibrary, js_name = put)]
    async fn js_put(id: &str, json: Option<String>, summary: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ketluanLibrary, js_name = remove)]
    async fn js_remove(id: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ketluanLibrary, js_name = replaceAll)]
    async fn js_replace_all(entries: js_sys::Array) -> Result<JsValue, JsValue>;
}

fn failure(e: JsValue) -> StorageFailure {
    classify(&e)
}

fn summary_of(v: &JsValue) -> Option<Summary> {
    serde_json::from_str(&v.as_string()?).ok()
}

fn summary_json(summary: &Summary) -> String {
    serde_json::to_string(summary).unwrap_or_default()
}

/// Every notice's summary, in no particular order (a summary that cannot be read is skipped).
pub async fn list() -> Result<Vec<Summary>, StorageFailure> {
    let all = js_list().await.map_err(failure)?;
    let all: js_sys::Array = all.into();
    Ok(all.iter().filter_map(|v| summary_of(&v)).collect())
}

/// A notice's saved JSON.
pub async fn get(id: &str) -> Result<Option<String>, StorageFailure> {
    Ok(js_get(id).await.map_err(failure)?.as_string())
}

/// Keeps a notice (its JSON and summary), in one transaction.
pub async fn put(summary: &Summary, json: &str) -> Result<(), StorageFailure> {
    js_put(&summary.id, Some(json.to_string()), &summary_json(summary))
        .await
        .map(drop)
        .map_err(failure)
}

/// Rewrites a notice's summary only (put in the trash, or taken out of it).
pub async fn put_summary(summary: &Summary) -> Result<(), StorageFailure> {
    js_put(&summary.id, None, &summary_json(summary))
        .await
        .map(drop)
        .map_err(failure)
}

/// Deletes a notice for good.
pub async fn delete(id: &str) -> Result<(), StorageFailure> {
    js_remove(id).await.map(drop).map_err(failure)
}

/// Every notice with its summary, as a backup holds them (a notice missing its JSON is left
/// out).
pub async fn entries() -> Result<Vec<BackupEntry>, StorageFailure> {
    let mut list = list().await?;
    Summary::newest_first(&mut list);
    let mut out = Vec::with_capacity(list.len());
    for summary in list {
        if let Some(json) = get(&summary.id).await? {
            out.push(BackupEntry { summary, json });
        }
    }
    Ok(out)
}

/// Replaces the whole library with `entries` (already checked), in one transaction: either
/// all of it is in, or nothing changed.
pub async fn replace_all(entries: &[BackupEntry]) -> Result<(), StorageFailure> {
    let all = js_sys::Array::new();
    for e in entries {
        let triple = js_sys::Array::of3(
            &JsValue::from_str(&e.summary.id),
            &JsValue::from_str(&e.json),
            &JsValue::from_str(&summary_json(&e.summary)),
        );
        all.push(&triple);
    }
    js_replace_all(all).await.map(drop).map_err(failure)
}
