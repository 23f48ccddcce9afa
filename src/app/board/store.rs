//! Where the board's rows come from and where a task marked done goes: the library in IndexedDB
//! (`library_db.rs`), read through the summaries, never the notices, to show the board.
//!
//! A task of the notice open in the page is marked done by the page itself (an event it listens
//! to: `ketluan-set-done`), so that its editor, its undo and its saving stay the only writer of
//! that notice; any other notice is read, changed and written back here in one transaction, and
//! the page is told ("changed") so that its list follows.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;

use crate::app::library_db;
use crate::app::messages::StorageFailure;
use crate::app::storage::{parse_saved, saved_json};
use crate::board::directory::STORAGE_KEY as DIRECTORY_KEY;
use crate::board::{rows_with, Directory, Row};
use crate::document::{Done, Extension};
use crate::edit::{EditError, Editor};
use crate::library::Summary;

/// What the page is told (`crate::app::workspace::EVENT`, `detail.kind`), and with what:
/// mark a task of its open notice done (notice, task, date, note; date null to reopen).
pub const SET_DONE: &str = "done";
/// A task of the open notice extended (*gia hạn*; `due` null: the extension taken back).
pub const EXTEND: &str = "extend";
/// The library changed under the page (notice).
pub const CHANGED: &str = "changed";
/// Open a notice, at a task if given (notice, task).
pub const OPEN_TASK: &str = "open";
/// Show the board (a count of the banner).
pub const SHOW_BOARD: &str = "show";
/// Back to the open notice (the library's button).
pub const BACK: &str = "back";
/// A notice's summary changed: put in the trash or taken out (summary, an object).
pub const UPDATED: &str = "updated";
/// A notice was deleted for good (notice).
pub const REMOVED: &str = "removed";
/// Save now what waits to be saved (before a backup or a restore reads the library).
pub const FLUSH: &str = "flush";
/// A file was downloaded (name).
pub const EXPORTED: &str = "exported";
/// A download could not be made.
pub const EXPORT_FAILED: &str = "export-failed";
/// A file chosen could not be read.
pub const UNREADABLE: &str = "unreadable";
/// A backup file was refused, the library unchanged (name, vi, en: why).
pub const REFUSED: &str = "refused";
/// The library was restored from a backup (count; json: the open notice's, or null).
pub const RESTORED: &str = "restored";
/// The library refused a change (what: "full", "unavailable" or the browser's error name).
pub const FAILED: &str = "failed";

/// A text field of what the page is told.
pub fn text(v: &str) -> JsValue {
    JsValue::from_str(v)
}

/// What a storage failure is called when the page is told.
pub fn failure_code(f: &StorageFailure) -> String {
    match f {
        StorageFailure::Full => "full".into(),
        StorageFailure::Unavailable => "unavailable".into(),
        StorageFailure::Other(name) => name.clone(),
    }
}

/// The library's summaries as read, and the board's rows made of them.
pub type Reading = (Rc<Vec<Summary>>, Rc<Vec<Row>>);

thread_local! {
    /// The library as last read here, and on which day its rows were made: the board opens on
    /// it at once (the banner read it at start), then reads the library again.
    static LAST: RefCell<Option<(Reading, String)>> = const { RefCell::new(None) };
}

/// The summaries and rows last read, if they were read today.
pub fn last_read(today: &str) -> Option<Reading> {
    LAST.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(_, day)| day == today)
            .map(|(reading, _)| reading.clone())
    })
}

/// Every summary of the library, and the board's rows on `today`; the same `Rc`s as the last
/// reading when the library has not changed since.
pub async fn read(today: &str) -> Result<Reading, StorageFailure> {
    let list = library_db::list_as_json().await?;
    if let Some((last, rows)) = last_read(today).filter(|(last, _)| **last == list) {
        return Ok((last, rows));
    }
    let rows = Rc::new(rows_with(&list, today, &directory()));
    let list = Rc::new(list);
    LAST.with(|l| *l.borrow_mut() = Some(((list.clone(), rows.clone()), today.to_string())));
    Ok((list, rows))
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The user's unit directory (empty if there is none or it cannot be read).
pub fn directory() -> Directory {
    let stored = local().and_then(|s| s.get_item(DIRECTORY_KEY).ok().flatten());
    Directory::from_json(stored.as_deref())
}

/// Keeps the user's unit directory; false when the browser refused it. The rows last read are
/// forgotten (their units were keyed through the old directory).
pub fn save_directory(directory: &Directory) -> bool {
    LAST.with(|l| *l.borrow_mut() = None);
    local().is_some_and(|s| s.set_item(DIRECTORY_KEY, &directory.to_json()).is_ok())
}

/// Every summary of the library.
pub async fn summaries() -> Result<Vec<Summary>, StorageFailure> {
    library_db::list_as_json().await
}

/// Tells the page `kind`, with the fields of `detail`.
pub fn tell_page(kind: &str, fields: &[(&str, JsValue)]) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &text("kind"), &text(kind));
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&detail, &text(key), value);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    let event = web_sys::CustomEvent::new_with_event_init_dict(crate::app::workspace::EVENT, &init);
    if let (Some(w), Ok(e)) = (web_sys::window(), event) {
        let _ = w.dispatch_event(&e);
    }
}

/// An optional text field (`None` as null).
pub fn maybe(v: Option<&str>) -> JsValue {
    v.map_or(JsValue::NULL, JsValue::from_str)
}

/// Why a task could not be marked.
#[derive(Debug, PartialEq)]
pub enum MarkFailure {
    /// The notice is no longer in the library, or no longer has the task.
    Gone,
    /// Its saved JSON cannot be read (it is left as it is).
    Unreadable,
    Storage(StorageFailure),
}

/// Marks task `task` of notice `notice` (not the page's open one) done on `done`'s day, or open
/// again (`None`); returns the notice's new summary. Nothing is written unless all went well.
pub async fn mark(
    notice: &str,
    task: &str,
    done: Option<Done>,
    old: &Summary,
) -> Result<Summary, MarkFailure> {
    change(notice, |ed| ed.set_done(task, done), old).await
}

/// Extends the deadline of task `task` of notice `notice` (not the page's open one), or takes
/// the extension back (`None`); as [`mark`]. A task whose deadline has no day is [`MarkFailure::Gone`].
pub async fn extend(
    notice: &str,
    task: &str,
    extension: Option<Extension>,
    old: &Summary,
) -> Result<Summary, MarkFailure> {
    change(notice, |ed| ed.set_extension(task, extension), old).await
}

/// Changes notice `notice` by `edit`, made through the editor as in the page (checked, and
/// stamped with the time for merging), and saves it; returns the notice's new summary. Nothing
/// is written unless all went well: a task that is gone or cannot take the change (an extension
/// of a deadline without a day) is [`MarkFailure::Gone`].
async fn change(
    notice: &str,
    edit: impl FnOnce(&mut Editor) -> Result<(), EditError>,
    old: &Summary,
) -> Result<Summary, MarkFailure> {
    let json = library_db::get(notice)
        .await
        .map_err(MarkFailure::Storage)?
        .ok_or(MarkFailure::Gone)?;
    let mut loaded = parse_saved(&json).map_err(|_| MarkFailure::Unreadable)?;
    let mut ed = Editor::new(std::mem::take(&mut loaded.doc));
    ed.set_clock(&String::from(js_sys::Date::new_0().to_iso_string()));
    edit(&mut ed).map_err(|_| MarkFailure::Gone)?;
    loaded.doc = ed.doc().clone();
    let json = saved_json(&loaded.doc, &loaded.app);
    let mut summary = Summary::of(notice, &loaded.doc, js_sys::Date::now());
    summary.trashed = old.trashed;
    summary.rev = old.rev;
    library_db::put(&summary, &json)
        .await
        .map_err(MarkFailure::Storage)?;
    Ok(summary)
}
