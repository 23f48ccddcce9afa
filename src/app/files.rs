//! Opening files (the "Mở tệp" input or a drop), by what they hold (`ketluan::opening`): a
//! notice as text is read like a paste (converted if it is in a legacy encoding), a ketluan JSON
//! document is opened once checked; anything else is refused with the reason and nothing
//! changes. Downloading the JSON.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use yew::Callback;

use super::dom;
use super::messages::Msg;
use super::state::Action;
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

/// The first file of a file list.
pub fn first(list: Option<web_sys::FileList>) -> Option<web_sys::File> {
    list?.get(0)
}

/// Downloads the document as the format's JSON; returns the message to show.
pub fn export(doc: &Document) -> Msg {
    let name = crate::export::file_name(crate::export::Format::Json, doc);
    match dom::download(&name, &doc.to_json(), "application/json") {
        Ok(()) => Msg::Exported(name),
        Err(_) => Msg::ExportFailed,
    }
}
