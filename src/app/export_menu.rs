//! The "Tải dạng khác…" menu: the CSV, iCalendar and Web Annotation downloads. A `<details>`
//! element, so it opens with the keyboard (Enter / Space on its summary) and needs no script to
//! be reachable; it closes after a choice, on Escape, and on a click elsewhere. Plain markup
//! (no component of its own: each component costs the page about 2 KB).

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::i18n::{t, Lang, K};
use crate::export::Format;

/// The formats in the menu (JSON has its own button), with their labels and test hooks.
const ITEMS: [(Format, K, &str); 3] = [
    (Format::Csv, K::ExportCsv, "export-csv"),
    (Format::Ics, K::ExportIcs, "export-ics"),
    (Format::WebAnno, K::ExportWebAnno, "export-webanno"),
];

fn close(menu: &NodeRef, focus_summary: bool) {
    let Some(menu) = menu.cast::<Element>() else {
        return;
    };
    let _ = menu.remove_attribute("open");
    if focus_summary {
        if let Some(s) = menu
            .first_element_child()
            .and_then(|s| s.dyn_into::<HtmlElement>().ok())
        {
            let _ = s.focus();
        }
    }
}

/// Closes the open menu on a click outside it (keep the listener while the menu is shown).
pub fn close_on_click_outside(menu: NodeRef) -> Option<EventListener> {
    let doc = web_sys::window()?.document()?;
    Some(EventListener::new(&doc, "click", move |e| {
        let Some(el) = menu.cast::<Element>() else {
            return;
        };
        let inside = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|n| el.contains(Some(&n)));
        if !inside && el.has_attribute("open") {
            let _ = el.remove_attribute("open");
        }
    }))
}

/// The menu; `on_export` gets the chosen format.
pub fn export_menu(
    lang: Lang,
    disabled: bool,
    menu: &NodeRef,
    on_export: &Callback<Format>,
) -> Html {
    let on_key = {
        let menu = menu.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close(&menu, true);
            }
        })
    };
    let items = ITEMS
        .iter()
        .map(|&(format, label, testid)| {
            let (on_export, menu) = (on_export.clone(), menu.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                close(&menu, true);
                on_export.emit(format);
            });
            html! {
                <button type="button" key={testid} data-testid={testid} {disabled} {onclick}>
                    { t(lang, label) }
                </button>
            }
        })
        .collect::<Html>();
    html! {
        <details class="menu" ref={menu.clone()} onkeydown={on_key}>
            <summary data-testid="export-menu">{ t(lang, K::ExportMenu) }</summary>
            <div class="menu-items">{ items }</div>
        </details>
    }
}
