//! Opening files (the "Mở tệp" input or a drop), by what they hold (`ketluan::opening`): a
//! notice as text is read like a paste (converted if it is in a legacy encoding), a ketluan JSON
//! document is opened once checked; anything else is refused with the reason and nothing
//! changes. Several files at once each become a notice of their own. Downloading the JSON.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use yew::{Callback, UseReducerDispatcher};

use super::dom;
use super::messages::{Msg, NotOpened};
use super::state::{Action, State};
use crate::document::Document;
use crate::opening::{self, Incoming, Refusal, MAX_INPUT_BYTES};

/// Where the reader of the file being read is kept alive (dropping it cancels the read).
pub type ReaderSlot = Rc<RefCell<Option<FileReader>>>;

/// Reads a file and dispatches what it holds, or why it was refused (`ketluan::opening`, the
/// same verdict as the command line's: a notice as text, a ketluan document checked, or a
/// reason — a PDF, a Word file, an image, binary data, empty, too big, damaged JSON).
pub fn open(file: web_sys::File, dispatch: Callback<Action>, slot: &ReaderSlot) {
    let name = file.name();
    if file.size() > MAX_INPUT_BYTES as f64 {
        let why = Refusal::TooBig(file.size() as usize);
        dispatch.emit(Action::Notify(Msg::Refused { name, why }));
        return;
    }
    let blob = gloo::file::Blob::from(file);
    let done_slot = Rc::clone(slot);
    let reader = gloo::file::callbacks::read_as_bytes(&blob, move |res| {
        dispatch.emit(match res {
            Ok(bytes) => match opening::open(&bytes) {
                Ok(Incoming::Notice(text)) => Action::OpenText { name, text },
                Ok(Incoming::Saved(imported)) => Action::OpenSaved { name, imported },
                Err(why) => Action::Notify(Msg::Refused { name, why }),
            },
            Err(_) => Action::Notify(Msg::FileUnreadable),
        });
        if let Ok(mut s) = done_slot.try_borrow_mut() {
            s.take();
        }
    });
    if let Ok(mut s) = slot.try_borrow_mut() {
        *s = Some(reader);
    }
}

/// A file's bytes (the browser's `Blob.arrayBuffer()`).
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, wasm_bindgen::JsValue> {
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Every file of a file list, in order.
pub fn all(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Opens the files chosen or dropped: one file as [`open`]; several, each a notice of its own —
/// the ketluan documents go straight into the library, the first notice as text is read and
/// opened (the reader reads one text at a time: the others are named, to open one by one), and
/// each file that cannot be opened is named with its reason while the others still open.
pub fn open_all(files: Vec<web_sys::File>, d: UseReducerDispatcher<State>, slot: &ReaderSlot) {
    if files.len() <= 1 {
        if let Some(file) = files.into_iter().next() {
            open(file, Callback::from(move |a| d.dispatch(a)), slot);
        }
        return;
    }
    yew::platform::spawn_local(async move {
        let mut docs = Vec::new();
        let mut text: Option<Action> = None;
        let mut not_opened: Vec<(String, NotOpened)> = Vec::new();
        for file in files {
            let name = file.name();
            if file.size() > MAX_INPUT_BYTES as f64 {
                let why = NotOpened::Refused(Refusal::TooBig(file.size() as usize));
                not_opened.push((name, why));
                continue;
            }
            match read_bytes(&file).await {
                Ok(bytes) => match opening::open(&bytes) {
                    Ok(Incoming::Saved(imported)) => docs.push(imported.doc),
                    Ok(Incoming::Notice(t)) if text.is_none() => {
                        text = Some(Action::OpenText { name, text: t })
                    }
                    Ok(Incoming::Notice(_)) => not_opened.push((name, NotOpened::OneTextAtATime)),
                    Err(why) => not_opened.push((name, NotOpened::Refused(why))),
                },
                Err(_) => not_opened.push((name, NotOpened::Unreadable)),
            }
        }
        if let Some(open_text) = text {
            d.dispatch(open_text);
        }
        let (added, failed) = super::library_actions::add(docs).await;
        // One message for all the files: how many went into the library, and which did not.
        d.dispatch(Action::LibraryAdded { added, not_opened });
        if let Some(f) = failed {
            d.dispatch(Action::Notify(Msg::LibraryFailed(f)));
        }
    });
}

/// Downloads the document as the format's JSON; returns the message to show.
pub fn export(doc: &Document) -> Msg {
    let name = crate::export::file_name(crate::export::Format::Json, doc);
    match dom::download(&name, &doc.to_json(), "application/json") {
        Ok(()) => Msg::Exported(name),
        Err(_) => Msg::ExportFailed,
    }
}
