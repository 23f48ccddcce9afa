//! The paste area. Uncontrolled: what the user types stays as typed; it is read after a pause
//! (~150 ms). A paste is read at once, converted first if it is in a legacy encoding, and the
//! area shows what was read. When the text is replaced from elsewhere (a file, a restored save,
//! "Hoàn tác") the area is set to that text, or to the document's.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::i18n::{t, Lang, K};
use super::Shared;
use crate::document::Document;

/// The pause after typing before the text is read.
pub const READ_DEBOUNCE_MS: u32 = 150;
/// Bytes from which a pasted text is put into the area only after the notice is shown.
const BIG_PASTE: usize = 64 * 1024;

#[derive(Properties, PartialEq)]
pub struct PasteAreaProps {
    pub lang: Lang,
    /// The document (its text is put in the area when `input_rev` changes, unless `text` is
    /// given).
    pub doc: Shared<Document>,
    /// What to put in the area instead of the document's text (a paste as read, a text put back).
    pub text: Option<Rc<str>>,
    pub input_rev: u64,
    /// Called with the area's text when it should be read.
    pub on_read: Callback<String>,
    /// Called with a pasted text (all of the area's text after a paste into part of it).
    pub on_paste: Callback<(String, Option<String>)>,
    /// Called on every change typed (not pasted) in the area, before it is read.
    pub on_typed: Callback<()>,
}

#[component]
pub fn PasteArea(props: &PasteAreaProps) -> Html {
    let area = use_node_ref();
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    // Set by a paste: the input event that follows reads at once.
    let pasted: Rc<RefCell<bool>> = use_mut_ref(|| false);

    // The revision last put in the area (a big text is put there after the next paint).
    let latest: Rc<Cell<u64>> = use_memo((), |_| Cell::new(0));
    {
        let area = area.clone();
        let doc = props.doc.clone();
        let text = props.text.clone();
        use_effect_with(props.input_rev, move |rev| {
            // Revision 0: nothing came from elsewhere yet; never clear what is being typed.
            if *rev == 0 {
                return;
            }
            let rev = *rev;
            latest.set(rev);
            let Some(el) = area.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let want: &str = text.as_deref().unwrap_or(&doc.text);
            let now = el.value();
            if now == want {
                return;
            }
            if want.len() < BIG_PASTE {
                el.set_value(want);
                return;
            }
            // A big text takes the browser long to lay out in the area: show the notice first,
            // fill the area after, unless something newer came or the user typed meanwhile.
            let want = want.to_owned();
            super::dom::after_next_paint(move || {
                if latest.get() == rev && el.value() == now {
                    el.set_value(&want);
                }
            });
        });
    }

    let on_input = {
        let (area, timer, pasted, on_read, on_paste, on_typed) = (
            area.clone(),
            timer.clone(),
            pasted.clone(),
            props.on_read.clone(),
            props.on_paste.clone(),
            props.on_typed.clone(),
        );
        Callback::from(move |_: InputEvent| {
            if pasted.replace(false) {
                // A paste is read at once (and any pending read is dropped).
                if let Ok(mut slot) = timer.try_borrow_mut() {
                    slot.take();
                }
                if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                    on_paste.emit((el.value(), None));
                }
                return;
            }
            on_typed.emit(());
            let delay = READ_DEBOUNCE_MS;
            let (area, on_read) = (area.clone(), on_read.clone());
            let t = Timeout::new(delay, move || {
                if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                    on_read.emit(el.value());
                }
            });
            // Replacing the pending timer cancels it.
            if let Ok(mut slot) = timer.try_borrow_mut() {
                *slot = Some(t);
            }
        })
    };
    let on_paste = {
        let (area, timer, pasted, on_paste) = (
            area.clone(),
            timer.clone(),
            pasted.clone(),
            props.on_paste.clone(),
        );
        Callback::from(move |e: Event| {
            // Pasting a whole notice (into an empty area, or over all of it): take the text from
            // the clipboard and read it at once, rather than wait for the browser to insert it
            // (slow for a big paste). Other pastes are left to the browser and read after.
            let el = area.cast::<HtmlTextAreaElement>();
            let whole = el.as_ref().is_some_and(|el| {
                let len = el.text_length();
                let start = el.selection_start().ok().flatten().unwrap_or(0);
                let end = el.selection_end().ok().flatten().unwrap_or(0);
                len == 0 || (start == 0 && end >= len)
            });
            let data = e
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|c| c.clipboard_data());
            let text = data.as_ref().and_then(|d| d.get_data("text/plain").ok());
            // Word and web pages also put HTML on the clipboard: lists, tables and fonts.
            let html = data
                .as_ref()
                .and_then(|d| d.get_data("text/html").ok())
                .filter(|h| !h.trim().is_empty());
            match (whole, text, el) {
                (true, Some(text), Some(_)) if !text.is_empty() => {
                    e.prevent_default();
                    if let Ok(mut slot) = timer.try_borrow_mut() {
                        slot.take();
                    }
                    // Read (from its HTML if any, converted first if need be); the area then
                    // shows what was read (the effect above, before any other event).
                    on_paste.emit((text, html));
                }
                _ => {
                    pasted.replace(true);
                }
            }
        })
    };

    let lang = props.lang;
    html! {
        <div class="paste-area">
            <label for="notice-input" class="pane-title">{ t(lang, K::PasteLabel) }</label>
            <textarea id="notice-input" data-testid="notice-input" ref={area} lang="vi"
                placeholder={t(lang, K::PasteHint)} spellcheck="false"
                oninput={on_input} onpaste={on_paste}
                onfocus={Callback::from(|_: FocusEvent| super::reader::warm())} />
        </div>
    }
}
