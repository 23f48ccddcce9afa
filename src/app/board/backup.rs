//! Backing up and restoring the whole library, done here in the workspace's module rather than
//! in the page (the first visit's size budget): the backup file is written and checked whole by
//! the core (`crate::library::backup`), the page is told what to say, and after a restore which
//! notice to reopen. Nothing in the library changes unless the whole file was good.

use wasm_bindgen::JsValue;
use yew::platform::spawn_local;

use super::store::{self, failure_code, maybe, tell_page, text};
use crate::app::messages::StorageFailure;
use crate::app::{dom, files, library_db};
use crate::board::directory::STORAGE_KEY as DIRECTORY_KEY;
use crate::library::{read_to_stored, write_stored_with};

fn failed(f: &StorageFailure) {
    tell_page(store::FAILED, &[("what", text(&failure_code(f)))]);
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Downloads the library as one file, `ketluan-thu-vien-<today>.json`, with the unit directory.
pub fn back_up(today: String) {
    // The page's edit waiting to be saved goes in first (its write is queued before the dump).
    tell_page(store::FLUSH, &[]);
    spawn_local(async move {
        let stored = match library_db::dump().await {
            Ok(s) => s,
            Err(f) => return failed(&f),
        };
        let directory = local()
            .and_then(|s| s.get_item(DIRECTORY_KEY).ok().flatten())
            .unwrap_or_default();
        let name = format!("ketluan-thu-vien-{today}.json");
        let written = write_stored_with(&stored, &directory)
            .and_then(|file| dom::download(&name, &file, "application/json").ok());
        match written {
            Some(()) => tell_page(store::EXPORTED, &[("name", text(&name))]),
            None => tell_page(store::EXPORT_FAILED, &[]),
        }
    });
}

/// Restores the library from a backup file, checked whole first; then replaced in one
/// transaction. The page is told how many notices came back and the JSON of its open notice
/// (`open_id`) if the backup has it out of the trash, else null (it starts a new notice).
pub fn restore(file: web_sys::File, open_id: String) {
    let name = file.name();
    tell_page(store::FLUSH, &[]);
    spawn_local(async move {
        let Ok(bytes) = files::read_bytes(&file).await else {
            return tell_page(store::UNREADABLE, &[]);
        };
        let checked = js_sys::JSON::parse(&read_to_stored(&String::from_utf8_lossy(&bytes)))
            .unwrap_or(JsValue::UNDEFINED);
        let field =
            |k: &str| js_sys::Reflect::get(&checked, &text(k)).unwrap_or(JsValue::UNDEFINED);
        let stored = field("entries");
        if !js_sys::Array::is_array(&stored) {
            let (vi, en) = (field("vi"), field("en"));
            return tell_page(
                store::REFUSED,
                &[("name", text(&name)), ("vi", vi), ("en", en)],
            );
        }
        if let Err(f) = library_db::replace_all(&stored).await {
            return failed(&f);
        }
        if let (Some(dir), Some(local)) = (field("unit_directory").as_string(), local()) {
            let _ = local.set_item(DIRECTORY_KEY, &dir);
        }
        let entries = js_sys::Array::from(&stored);
        let mut open = None;
        for entry in entries.iter() {
            let entry = js_sys::Array::from(&entry);
            let summary = crate::app::summary_js::from_js(&entry.get(2));
            // The open notice is reopened, unless it is in the backup's trash.
            if summary.is_some_and(|s| s.id == open_id && s.trashed.is_none()) {
                open = entry.get(1).as_string();
            }
        }
        tell_page(
            store::RESTORED,
            &[
                ("count", JsValue::from(entries.length())),
                ("json", maybe(open.as_deref())),
            ],
        );
    });
}
