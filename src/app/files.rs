//! Opening files (the "Mở tệp" input or a drop): a .txt is read as a pasted notice (converted
//! like a paste if it is in a legacy encoding), a .json as a saved document; anything else is
//! refused and nothing changes. Downloading the JSON.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use yew::Callback;

use super::dom;
use super::messages::Msg;
use super::state::Action;
use crate::document::Document;

/// Files larger than this are refused.
pub const MAX_BYTES: f64 = 8.0 * 1024.0 * 1024.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Text,
    Json,
}

fn kind_of(name: &str, mime: &str) -> Option<Kind> {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".json") || mime == "application/json" {
        Some(Kind::Json)
    } else if lower.ends_with(".txt") || lower.ends_with(".text") || mime == "text/plain" {
        Some(Kind::Text)
    } else {
        None
    }
}

/// Where the reader of the file being read is kept alive (dropping it cancels the read).
pub type ReaderSlot = Rc<RefCell<Option<FileReader>>>;

/// Reads a file and dispatches what it holds (or why it was refused).
pub fn open(file: web_sys::File, dispatch: Callback<Action>, slot: &ReaderSlot) {
    let name = file.name();
    let Some(kind) = kind_of(&name, &file.type_()) else {
        dispatch.emit(Action::Notify(Msg::NotAFileWeRead(name)));
        return;
    };
    if file.size() > MAX_BYTES {
        dispatch.emit(Action::Notify(Msg::FileTooBig));
        return;
    }
    let blob = gloo::file::Blob::from(file);
    let done_slot = Rc::clone(slot);
    let reader = gloo::file::callbacks::read_as_bytes(&blob, move |res| {
        match res {
            Ok(bytes) => dispatch.emit(match kind {
                Kind::Json => Action::OpenJson {
                    name,
                    json: decode(bytes),
                },
                Kind::Text => Action::OpenText {
                    name,
                    text: decode(bytes),
                },
            }),
            Err(_) => dispatch.emit(Action::Notify(Msg::FileUnreadable)),
        }
        if let Ok(mut s) = done_slot.try_borrow_mut() {
            s.take();
        }
    });
    if let Ok(mut s) = slot.try_borrow_mut() {
        *s = Some(reader);
    }
}

/// A file's text: UTF-8 (a byte order mark dropped), UTF-16 with its byte order mark, as the
/// browser reads text files; and anything else as Windows-1252, which is how the single-byte
/// files of the old Vietnamese fonts (TCVN3, VNI, Windows-1258) reach the encoding converter.
pub fn decode(bytes: Vec<u8>) -> String {
    let label = match bytes.as_slice() {
        [0xFF, 0xFE, ..] => "utf-16le",
        [0xFE, 0xFF, ..] => "utf-16be",
        _ => match String::from_utf8(bytes) {
            Ok(mut text) => {
                if text.starts_with('\u{FEFF}') {
                    text.drain(..'\u{FEFF}'.len_utf8());
                }
                return text;
            }
            Err(e) => return decode_as(e.as_bytes(), "windows-1252"),
        },
    };
    decode_as(&bytes, label)
}

fn decode_as(bytes: &[u8], label: &str) -> String {
    web_sys::TextDecoder::new_with_label(label)
        .and_then(|d| d.decode_with_u8_array(bytes))
        .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
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
