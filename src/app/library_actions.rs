//! What the library's buttons do, between the page and the browser's database
//! (`library_db.rs`): each runs asynchronously and reports back to the state as an
//! [`Action`]. Also the tab's own memory of which notice it has open (sessionStorage, so that
//! reloading a tab reopens its notice even when another tab opened another one since).

use yew::platform::spawn_local;
use yew::UseReducerDispatcher;

use super::library_db;
use super::messages::{Msg, StorageFailure};
use super::reader::{self, Failure};
use super::state::{Action, State};
use super::{dom, storage};
use wasm_bindgen::JsValue;

use super::summary_js::from_js;
use crate::library::Summary;

type Dispatcher = UseReducerDispatcher<State>;

/// sessionStorage key: the notice this tab has open.
const TAB_OPEN_KEY: &str = "ketluan.open";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// An item of localStorage ("" when there is none).
fn local_item(key: &str) -> String {
    local()
        .and_then(|s| s.get_item(key).ok().flatten())
        .unwrap_or_default()
}

fn set_local_item(key: &str, value: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(key, value);
    }
}

/// Remembers, for this tab only, the notice it has open.
pub fn remember_open(id: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(TAB_OPEN_KEY, id);
    }
}

fn open_in_this_tab() -> Option<String> {
    session()?.get_item(TAB_OPEN_KEY).ok().flatten()
}

/// Reads the library's list; then, if this tab had another notice open before it was reloaded
/// (another tab saved since), opens that one again — not when the page came to show a share
/// link (`reopen` false): the link's notice is shown.
pub fn start(d: Dispatcher, open_id: String, reopen: bool) {
    spawn_local(async move {
        let listed = library_db::list().await;
        let mine = open_in_this_tab().filter(|_| reopen);
        let reopen = match (&listed, mine) {
            (Ok(list), Some(mine)) if mine != open_id => list
                .iter()
                .find(|s| s.id == mine && s.trashed.is_none())
                .map(|s| s.id.clone()),
            _ => None,
        };
        d.dispatch(Action::LibraryListed(listed));
        if let Some(id) = reopen {
            open(d, id);
        }
    });
}

/// Reads the list again (another tab changed the library).
pub fn refresh(d: Dispatcher) {
    spawn_local(async move {
        if let Ok(list) = library_db::list().await {
            d.dispatch(Action::LibraryListed(Ok(list)));
        }
    });
}

/// Puts the open notice in the library after it was saved (`json` as saved).
pub fn put(d: Dispatcher, summary: Summary, json: String, report: bool) {
    spawn_local(async move {
        match library_db::put(&summary, &json).await {
            Ok(()) if report => d.dispatch(Action::LibraryUpdated(summary)),
            // No library in this browser: its view says so, not every save.
            Err(f) if report && f != StorageFailure::Unavailable => {
                d.dispatch(Action::Notify(Msg::LibraryFailed(f)))
            }
            _ => {}
        }
    });
}

/// Opens a notice of the library (what waits to be saved of the open one is saved first).
pub fn open(d: Dispatcher, id: String) {
    storage::flush(true);
    spawn_local(async move {
        match library_db::get(&id).await {
            Ok(Some(json)) => {
                remember_open(&id);
                d.dispatch(Action::OpenFromLibrary { id, json });
            }
            Ok(None) => d.dispatch(Action::LibraryRemoved(id)),
            Err(f) => d.dispatch(Action::Notify(Msg::LibraryFailed(f))),
        }
    });
}

/// Downloads the whole library as one backup file (written in the reader's worker).
pub fn backup(d: Dispatcher, today: String) {
    storage::flush(true);
    spawn_local(async move {
        let stored = match library_db::dump().await {
            Ok(s) => s,
            Err(f) => {
                d.dispatch(Action::Notify(Msg::LibraryFailed(f)));
                return;
            }
        };
        // The unit directory (the workspace's, in localStorage) goes in the backup too.
        let directory = local_item(crate::board::directory::STORAGE_KEY);
        reader::job("backupWrite", &stored, &directory, move |file| {
            let name = format!("ketluan-thu-vien-{today}.json");
            let msg = match file {
                Ok(file) => match dom::download(&name, &file, "application/json") {
                    Ok(()) => Msg::Exported(name),
                    Err(_) => Msg::ExportFailed,
                },
                Err(Failure::Load) => Msg::ExporterUnavailable,
                Err(Failure::Read) => Msg::ExportFailed,
            };
            d.dispatch(Action::Notify(msg));
        });
    });
}

/// Restores the library from a backup file: checked whole first (in the reader's worker); then
/// the library is replaced in one transaction. A file that cannot be restored changes nothing
/// and says why.
pub fn restore(d: Dispatcher, file: web_sys::File, open_id: String) {
    let name = file.name();
    storage::flush(true);
    spawn_local(async move {
        let text = match super::files::read_bytes(&file).await {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(_) => {
                d.dispatch(Action::Notify(Msg::FileUnreadable));
                return;
            }
        };
        reader::job("backupRead", &text, "", move |reply| {
            let checked = match reply.map(|r| js_sys::JSON::parse(&r)) {
                Ok(Ok(c)) => c,
                Err(Failure::Load) => {
                    d.dispatch(Action::Notify(Msg::ExporterUnavailable));
                    return;
                }
                _ => {
                    d.dispatch(Action::Notify(Msg::FileUnreadable));
                    return;
                }
            };
            let field = |k: &str| {
                js_sys::Reflect::get(&checked, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
            };
            let stored = field("entries");
            if !js_sys::Array::is_array(&stored) {
                let (vi, en) = (field("vi").as_string(), field("en").as_string());
                let (vi, en) = (vi.unwrap_or_default(), en.unwrap_or_default());
                d.dispatch(Action::Notify(Msg::BackupRefused { name, vi, en }));
                return;
            }
            let directory = field("unit_directory").as_string();
            spawn_local(async move {
                if let Err(f) = library_db::replace_all(&stored).await {
                    d.dispatch(Action::Notify(Msg::LibraryFailed(f)));
                    return;
                }
                if let Some(dir) = directory {
                    set_local_item(crate::board::directory::STORAGE_KEY, &dir);
                }
                let mut open = None;
                let mut list = Vec::new();
                for entry in js_sys::Array::from(&stored).iter() {
                    let entry = js_sys::Array::from(&entry);
                    let Some(summary) = from_js(&entry.get(2)) else {
                        continue;
                    };
                    // The open notice is reopened, unless it is in the backup's trash.
                    if summary.id == open_id && summary.trashed.is_none() {
                        open = entry.get(1).as_string();
                    }
                    list.push(summary);
                }
                d.dispatch(Action::LibraryRestored { list, open });
            });
        });
    });
}

/// Adds checked documents to the library without opening them (several files opened at once):
/// those added, and why the rest could not be, if the library refused one.
pub async fn add(docs: Vec<crate::Document>) -> (Vec<Summary>, Option<StorageFailure>) {
    let mut added = Vec::new();
    for doc in docs {
        let id = super::state::new_notice_id();
        let app = storage::AppData {
            notice_id: Some(id.to_string()),
            ..storage::AppData::default()
        };
        let json = storage::saved_json(&doc, &app);
        let summary = Summary::of(&id, &doc, js_sys::Date::now());
        match library_db::put(&summary, &json).await {
            Ok(()) => added.push(summary),
            Err(f) => return (added, Some(f)),
        }
    }
    (added, None)
}
