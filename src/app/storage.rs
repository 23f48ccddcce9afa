//! The browser's localStorage: the current document (`ketluan.doc.v1`), the units the user
//! tagged (`ketluan.units.v1`), the language (`ketluan.lang`) and the coordination record of the
//! tab that saved last (`ketluan.tab`). Every failure is returned, never swallowed.
//!
//! A saved document the app cannot read (damaged, or written by a newer version) is never
//! overwritten: it is set aside (`ketluan.doc.unreadable.v1`, then `….2`, …) before anything is
//! saved in its place, offered for download until the user discards it; if it cannot be set
//! aside (storage full), nothing is saved over it.

use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::messages::StorageFailure;
use crate::document::{Document, Role};
use crate::edit::{import_json, ImportError, Orphan, Removed};

pub const DOC_KEY: &str = "ketluan.doc.v1";
pub const UNITS_KEY: &str = "ketluan.units.v1";
pub const LANG_KEY: &str = "ketluan.lang";
pub const TAB_KEY: &str = "ketluan.tab";
/// Where an unreadable saved document is kept (the first; then `….2` up to `….9`).
pub const ASIDE_KEY: &str = "ketluan.doc.unreadable.v1";
/// How many unreadable saves are kept aside at most.
const MAX_ASIDE: usize = 9;

/// How many remembered units are kept.
const MAX_UNITS: usize = 200;

fn local() -> Result<web_sys::Storage, StorageFailure> {
    web_sys::window()
        .ok_or(StorageFailure::Unavailable)?
        .local_storage()
        .map_err(|_| StorageFailure::Unavailable)?
        .ok_or(StorageFailure::Unavailable)
}

/// What kind of failure a browser error is.
pub fn classify(err: &JsValue) -> StorageFailure {
    let name = js_sys::Reflect::get(err, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    let code = js_sys::Reflect::get(err, &JsValue::from_str("code"))
        .ok()
        .and_then(|c| c.as_f64());
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageFailure::Full,
        "SecurityError" => StorageFailure::Unavailable,
        _ if code == Some(22.0) || code == Some(1014.0) => StorageFailure::Full,
        "" => StorageFailure::Other("?".into()),
        _ => StorageFailure::Other(name),
    }
}

pub fn get(key: &str) -> Result<Option<String>, StorageFailure> {
    local()?.get_item(key).map_err(|e| classify(&e))
}

pub fn set(key: &str, value: &str) -> Result<(), StorageFailure> {
    local()?.set_item(key, value).map_err(|e| classify(&e))
}

pub fn remove(key: &str) -> Result<(), StorageFailure> {
    local()?.remove_item(key).map_err(|e| classify(&e))
}

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

/// Which tab saved last, and its revision (`ketluan.tab`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct TabRecord {
    pub rev: u64,
    pub tab: String,
    /// The library id of the notice saved (another tab's save of another notice is no
    /// conflict). Empty in records written before the library.
    #[serde(default)]
    pub notice: String,
}

/// The app's data saved inside the document JSON, under `ketluan_app` (ignored by readers of
/// the format): the reader's suggestions the user removed, so re-reading does not revive them.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct AppData {
    #[serde(default)]
    pub rev: u64,
    #[serde(default)]
    pub removed: Vec<Removed>,
    /// The notice's id in the library (`None` in saves written before the library).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_id: Option<String>,
}

#[derive(Serialize)]
struct SavedOut<'a> {
    #[serde(flatten)]
    doc: &'a Document,
    ketluan_app: &'a AppData,
}

/// A document read back from storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub doc: Document,
    pub orphans: Vec<Orphan>,
    pub app: AppData,
}

/// Why the saved document could not be restored.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Storage(StorageFailure),
    /// Unreadable, and set aside (`Ok`) or not (`Err`: then nothing is saved over it).
    Invalid(ImportError, Result<(), StorageFailure>),
}

/// Parses a saved document (the same checks as an imported file).
pub fn parse_saved(json: &str) -> Result<Loaded, ImportError> {
    #[derive(Deserialize)]
    struct AppProbe {
        #[serde(default)]
        ketluan_app: Option<AppData>,
    }
    let imported = import_json(json)?;
    let app = serde_json::from_str::<AppProbe>(json)
        .ok()
        .and_then(|p| p.ketluan_app)
        .unwrap_or_default();
    Ok(Loaded {
        doc: imported.doc,
        orphans: imported.orphans,
        app,
    })
}

/// The saved document, if any. One that cannot be read is set aside.
pub fn load_doc() -> Result<Option<Loaded>, LoadError> {
    match get(DOC_KEY).map_err(LoadError::Storage)? {
        None => Ok(None),
        Some(s) => match parse_saved(&s) {
            Ok(loaded) => {
                remember_written(&s);
                Ok(Some(loaded))
            }
            Err(e) => Err(LoadError::Invalid(e, set_aside(&s))),
        },
    }
}

thread_local! {
    /// The document JSON this page last wrote or read back successfully: a stored value equal
    /// to it is readable, and need not be parsed again before it is overwritten.
    static WRITTEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn remember_written(json: &str) {
    WRITTEN.with(|w| {
        if let Ok(mut w) = w.try_borrow_mut() {
            *w = Some(json.to_owned());
        }
    });
}

fn known_readable(json: &str) -> bool {
    WRITTEN.with(|w| w.try_borrow().is_ok_and(|w| w.as_deref() == Some(json)))
}

/// The keys where unreadable saves are kept aside, in order.
fn aside_keys() -> impl Iterator<Item = String> {
    (1..=MAX_ASIDE).map(|n| {
        if n == 1 {
            ASIDE_KEY.to_string()
        } else {
            format!("{ASIDE_KEY}.{n}")
        }
    })
}

/// Keeps an unreadable saved document aside (once: the same text is not kept twice).
pub fn set_aside(json: &str) -> Result<(), StorageFailure> {
    let mut free = None;
    for key in aside_keys() {
        match get(&key)? {
            Some(kept) if kept == json => return Ok(()),
            Some(_) => {}
            None => {
                if free.is_none() {
                    free = Some(key);
                }
            }
        }
    }
    // All places taken: the newest replaces the last one kept.
    let key = free.unwrap_or_else(|| format!("{ASIDE_KEY}.{MAX_ASIDE}"));
    set(&key, json)
}

/// The unreadable saves kept aside: (key, JSON as it was stored).
pub fn aside() -> Vec<(String, String)> {
    aside_keys()
        .filter_map(|key| get(&key).ok().flatten().map(|json| (key, json)))
        .collect()
}

/// Discards the unreadable saves kept aside (the user chose to).
pub fn discard_aside() -> Result<(), StorageFailure> {
    for key in aside_keys() {
        remove(&key)?;
    }
    Ok(())
}

/// Before the document is saved over what is stored: a stored document this page cannot read
/// is set aside first, and if it cannot be, the save is refused.
fn keep_unreadable() -> Result<(), StorageFailure> {
    let Some(stored) = get(DOC_KEY)? else {
        return Ok(());
    };
    if known_readable(&stored) || parse_saved(&stored).is_ok() {
        return Ok(());
    }
    set_aside(&stored)
}

/// The document as saved (the format's JSON plus `ketluan_app`).
pub fn saved_json(doc: &Document, app: &AppData) -> String {
    serde_json::to_string(&SavedOut {
        doc,
        ketluan_app: app,
    })
    .unwrap_or_else(|_| doc.to_compact_json())
}

/// Saves the document, then the tab record (only once the document is in); returns the JSON
/// saved.
pub fn save_doc(doc: &Document, app: &AppData, tab: &TabRecord) -> Result<String, StorageFailure> {
    keep_unreadable()?;
    let json = saved_json(doc, app);
    set(DOC_KEY, &json)?;
    remember_written(&json);
    let rec = serde_json::to_string(tab).unwrap_or_default();
    set(TAB_KEY, &rec)?;
    Ok(json)
}

/// Forgets the open notice kept here (it was put in the library's trash): the next start
/// opens an empty notice.
pub fn forget_doc() -> Result<(), StorageFailure> {
    keep_unreadable()?;
    remove(DOC_KEY)
}

/// The record of the tab that saved last.
pub fn load_tab() -> Option<TabRecord> {
    get(TAB_KEY)
        .ok()
        .flatten()
        .and_then(|s| serde_json::from_str(&s).ok())
}

/// A fresh id for this page (each load is its own tab for coordination).
pub fn new_tab_id() -> String {
    let r = (js_sys::Math::random() * 1e12) as u64;
    format!("t{r:x}")
}

// ---------------------------------------------------------------------------------------------
// Units and language
// ---------------------------------------------------------------------------------------------

/// A unit the user tagged, remembered for later notices.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub name: String,
    pub role: Role,
}

pub fn load_units() -> Vec<Unit> {
    get(UNITS_KEY)
        .ok()
        .flatten()
        .and_then(|s| serde_json::from_str::<Vec<Unit>>(&s).ok())
        .unwrap_or_default()
}

pub fn save_units(units: &[Unit]) -> Result<(), StorageFailure> {
    let keep = units.get(..units.len().min(MAX_UNITS)).unwrap_or(units);
    set(
        UNITS_KEY,
        &serde_json::to_string(keep).unwrap_or_else(|_| "[]".into()),
    )
}

pub fn load_lang() -> Option<super::i18n::Lang> {
    get(LANG_KEY)
        .ok()
        .flatten()
        .and_then(|s| super::i18n::Lang::from_code(&s))
}

pub fn save_lang(lang: super::i18n::Lang) -> Result<(), StorageFailure> {
    set(LANG_KEY, lang.code())
}

// ---------------------------------------------------------------------------------------------
// The pending save (debounced; flushed when the tab is hidden, closed, or on a panic)
// ---------------------------------------------------------------------------------------------

/// A save waiting for its timer. Called with `true` normally, `false` from the panic hook
/// (then it must not touch the UI).
pub type SaveJob = Box<dyn FnOnce(bool)>;

thread_local! {
    /// The save waiting, and the library id of the notice it saves.
    static PENDING: RefCell<Option<(String, SaveJob)>> = const { RefCell::new(None) };
}

/// Replaces the pending save of the same notice; a pending save of another notice (the user
/// went on to a new one within the pause) is written first, never dropped.
pub fn set_pending(notice: &str, job: SaveJob) {
    let other = PENDING.with(|p| {
        p.try_borrow()
            .is_ok_and(|p| p.as_ref().is_some_and(|(n, _)| n != notice))
    });
    if other {
        flush(true);
    }
    PENDING.with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            *p = Some((notice.to_string(), job));
        }
    });
}

/// True while a save waits.
pub fn has_pending() -> bool {
    PENDING.with(|p| p.try_borrow().map(|p| p.is_some()).unwrap_or(false))
}

/// Runs the pending save now, if any.
pub fn flush(report: bool) {
    let job = PENDING.with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.take()));
    if let Some((_, job)) = job {
        job(report);
    }
}
