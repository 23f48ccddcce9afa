//! What the library's buttons do, between the page and the browser's database
//! (`library_db.rs`): each runs asynchronously and reports back to the state as an
//! [`Action`]. Also the tab's own memory of which notice it has open (sessionStorage, so that
//! reloading a tab reopens its notice even when another tab opened another one since).

use yew::platform::spawn_local;
use yew::UseReducerDispatcher;

use super::library_db;
use super::messages::{Msg, StorageFailure};
use super::state::{Action, State};
use super::storage;

use crate::library::Summary;

type Dispatcher = UseReducerDispatcher<State>;

/// sessionStorage key: the notice this tab has open.
const TAB_OPEN_KEY: &str = "ketluan.open";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
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
