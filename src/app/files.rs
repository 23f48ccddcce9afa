//! Opening files (the "Mở tệp" input or a drop), by what they hold (`ketluan::opening`): a
//! notice as text is read like a paste (converted if it is in a legacy encoding), a Word file
//! (.docx) or a PDF gives its text in the reader's worker (`ketluan::word`; pdf.js and
//! `ketluan::pdf_text`: none of it in the first visit), a
//! ketluan JSON document is opened once checked; anything else is refused with the reason and
//! nothing changes. Several files at once each become a notice of their own. Downloading the
//! JSON.

use std::cell::Cell;
use std::rc::Rc;

use yew::UseReducerDispatcher;

use super::dom;
use super::messages::{Msg, NotOpened};
use super::reader::{self, Failure};
use super::state::{Action, State};
use crate::document::Document;
use crate::opening::{self, Incoming, NotText, Refusal, MAX_INPUT_BYTES};
use crate::worker_jobs::{parse_file_reply, FileReply};

/// The number of the latest opening of files: an opening overtaken by a newer one (the user
/// chose other files while these were read) dispatches nothing.
pub type ReaderSlot = Rc<Cell<u32>>;

/// A notice's text and what to say about it (`(vi, en)`: recognised by OCR, fonts converted).
type FileText = (String, Option<(String, String)>);

/// The text of a Word file (.docx, .doc), a PDF or a photo (`kind`), taken out in the reader's
/// worker (`ketluan::word`; pdf.js, then `ketluan::pdf_text`; OCR for a scan or a photo, then
/// `ketluan::ocr_text`); or why there is none (the worker's reason; the reader not loaded:
/// offline before its first use).
async fn file_text(kind: NotText, bytes: Vec<u8>) -> Result<FileText, NotOpened> {
    let job = match kind {
        NotText::Pdf => "pdf",
        NotText::Image => "ocr",
        _ => "word",
    };
    let reply = reader::job_bytes(job, bytes).await;
    match reply.map(|r| parse_file_reply(&r)) {
        Ok(Some(FileReply::Text { text, note, .. })) => Ok((text, note)),
        Ok(Some(FileReply::Refused { vi, en })) => Err(NotOpened::Said { vi, en }),
        Err(Failure::Load) => Err(NotOpened::Refused(Refusal::NotText(kind))),
        Ok(None) | Err(Failure::Read) => Err(NotOpened::Unreadable),
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

/// Opens the files chosen or dropped, by what each holds (`ketluan::opening`, the same verdict
/// as the command line's: a notice as text or a Word file, a ketluan document checked, or a
/// reason — a PDF, an image, binary data, empty, too big, damaged JSON).
///
/// One file is opened, or refused with its reason and nothing changes. Several files each
/// become a notice of their own in the library — the ketluan documents as they are, each notice
/// read in the reader's worker, the first notice also opened — and each file that cannot be
/// opened is named with its reason while the others still open.
pub fn open_all(files: Vec<web_sys::File>, d: UseReducerDispatcher<State>, slot: &ReaderSlot) {
    if files.is_empty() {
        return;
    }
    let turn = slot.get().wrapping_add(1);
    slot.set(turn);
    let slot = Rc::clone(slot);
    let single = files.len() == 1;
    yew::platform::spawn_local(async move {
        let mut docs = Vec::new();
        let mut first: Option<Action> = None;
        let mut not_opened: Vec<(String, NotOpened)> = Vec::new();
        for file in files {
            if slot.get() != turn {
                // Overtaken or stopped ("Dừng").
                return;
            }
            let name = file.name();
            if file.size() > MAX_INPUT_BYTES as f64 {
                let why = NotOpened::Refused(Refusal::TooBig(file.size() as usize));
                not_opened.push((name, why));
                continue;
            }
            let Ok(bytes) = read_bytes(&file).await else {
                not_opened.push((name, NotOpened::Unreadable));
                continue;
            };
            let text = match opening::open(&bytes) {
                Ok(Incoming::Saved(imported)) if single => {
                    first = Some(Action::OpenSaved { name, imported });
                    continue;
                }
                Ok(Incoming::Saved(imported)) => {
                    docs.push(imported.doc);
                    continue;
                }
                Ok(Incoming::Notice(text)) => Ok((text, None)),
                Ok(Incoming::Word(w)) => Ok((w.text, None)),
                Err(Refusal::NotText(
                    kind @ (NotText::Docx | NotText::Doc | NotText::Pdf | NotText::Image),
                )) => {
                    let text = file_text(kind, bytes).await;
                    // The file's job is over: its progress bar goes.
                    d.dispatch(Action::FileReading(100, false));
                    text
                }
                Err(why) => Err(NotOpened::Refused(why)),
            };
            let (text, note) = match text {
                Ok(text) => text,
                Err(why) => {
                    not_opened.push((name, why));
                    continue;
                }
            };
            if first.is_none() {
                // The first notice is opened (and reaches the library as the open notice).
                first = Some(Action::OpenText { name, text, note });
                continue;
            }
            let read = reader::job_done_text("read", &text, "").await;
            match read
                .ok()
                .and_then(|json| crate::edit::import_json(&json).ok())
            {
                Some(imported) => docs.push(imported.doc),
                None => not_opened.push((name, NotOpened::Unreadable)),
            }
        }
        if slot.get() != turn {
            return;
        }
        if let Some(open_first) = first {
            d.dispatch(open_first);
        }
        if single {
            if let Some((name, why)) = not_opened.pop() {
                d.dispatch(Action::Notify(match why {
                    NotOpened::Refused(why) => Msg::Refused { name, why },
                    NotOpened::Said { vi, en } => Msg::RefusedSaid { name, vi, en },
                    NotOpened::Unreadable => Msg::FileUnreadable,
                }));
            }
            return;
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
    match dom::download(
        &name,
        &dom::pretty_json(&doc.to_compact_json()),
        "application/json",
    ) {
        Ok(()) => Msg::Exported(name),
        Err(_) => Msg::ExportFailed,
    }
}
