//! The share link's dialog (the link, selected, with a copy button) and the banner over a
//! document opened from a link (keep it here, or go back to the saved work). Plain markup; the
//! state (the link, whether it was copied) lives in the root.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::i18n::{t, Lang, K};
use super::messages::shared_text;
use super::state::SharedView;

/// Focuses and selects the link (so Ctrl+C copies it when the clipboard is refused).
pub fn select(field: &NodeRef) {
    if let Some(f) = field.cast::<HtmlTextAreaElement>() {
        let _ = f.focus();
        f.select();
    }
}

fn on_escape(cb: &Callback<()>) -> Callback<KeyboardEvent> {
    let cb = cb.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            cb.emit(());
        }
    })
}

/// The dialog. `copied`: None before "Sao chép", then whether the clipboard took the link.
pub fn share_dialog(
    url: &AttrValue,
    lang: Lang,
    copied: Option<bool>,
    field: &NodeRef,
    on_copy: Callback<MouseEvent>,
    on_close: &Callback<()>,
) -> Html {
    let close = {
        let cb = on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let on_focus = {
        let field = field.clone();
        Callback::from(move |_: FocusEvent| {
            if let Some(f) = field.cast::<HtmlTextAreaElement>() {
                f.select();
            }
        })
    };
    let status = match copied {
        None => "",
        Some(true) => t(lang, K::Copied),
        Some(false) => t(lang, K::CopyByHand),
    };
    html! {
        <div class="dialog" role="dialog" aria-labelledby="share-title" data-testid="share-dialog"
            onkeydown={on_escape(on_close)}>
            <h2 id="share-title">{ t(lang, K::ShareLink) }</h2>
            <p>{ t(lang, K::ShareHint) }</p>
            <textarea class="share-url" data-testid="share-url" readonly=true rows="3" spellcheck="false"
                ref={field.clone()} value={url.clone()} onfocus={on_focus} aria-labelledby="share-title" />
            <div class="dialog-actions">
                <button type="button" class="primary" data-testid="share-copy" onclick={on_copy}>{ t(lang, K::Copy) }</button>
                <button type="button" data-testid="share-close" onclick={close}>{ t(lang, K::Dismiss) }</button>
                <span class="copy-status" role="status" data-testid="share-status">{ status }</span>
            </div>
        </div>
    }
}

/// The banner over a document opened from a link.
pub fn shared_bar(
    shared: &SharedView,
    lang: Lang,
    on_keep: Callback<MouseEvent>,
    on_back: Callback<MouseEvent>,
) -> Html {
    let saved = shared.saved.as_deref();
    html! {
        <div class="offer" data-testid="shared-banner" role="status">
            <span>{ shared_text(lang, saved) }</span>
            <button type="button" class="small primary" data-testid="keep-shared" onclick={on_keep}>
                { t(lang, K::KeepShared) }
            </button>
            if saved.is_some() {
                <button type="button" class="small" data-testid="back-to-saved" onclick={on_back}>
                    { t(lang, K::BackToSaved) }
                </button>
            }
        </div>
    }
}

/// Escape as "close" for the print view too.
pub fn escape_closes(cb: &Callback<()>) -> Callback<KeyboardEvent> {
    on_escape(cb)
}
