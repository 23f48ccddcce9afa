//! The `message` alert (errors, notices, the other-tab choice), the list of orphaned annotations
//! and the "apply to N other places" offers.

use std::rc::Rc;

use yew::prelude::*;

use super::i18n::{t, Lang, K};
use super::messages::{offer_text, orphan_what, Msg, Tone};
use super::state::{OfferSet, Renaming};
use super::Shared;
use crate::edit::Orphan;
use crate::export::share::ShareError;

#[derive(Properties, PartialEq)]
pub struct MessageBarProps {
    pub message: Option<Msg>,
    pub lang: Lang,
    pub conflict: bool,
    pub on_dismiss: Callback<()>,
    pub on_load_theirs: Callback<()>,
    pub on_keep_mine: Callback<()>,
    /// The JSON download, offered when a document is too long for a share link.
    pub on_export_json: Callback<()>,
    /// "Hoàn tác" after a legacy encoding was converted: the text as it came.
    pub on_undo_conversion: Callback<()>,
    /// "Thử lại" after the reader could not read the text.
    pub on_retry: Callback<()>,
}

#[component]
pub fn MessageBar(props: &MessageBarProps) -> Html {
    let Some(msg) = &props.message else {
        return html! {};
    };
    let lang = props.lang;
    let tone = match msg.tone() {
        Tone::Info => "info",
        Tone::Warn => "warn",
        Tone::Error => "error",
    };
    let emit = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div class={classes!("message", tone)} data-testid="message" role="alert">
            <span class="message-text">{ msg.text(lang) }</span>
            if matches!(msg, Msg::Link(ShareError::TooLong { .. })) {
                <button type="button" class="small primary" data-testid="message-export-json"
                    onclick={emit(&props.on_export_json)}>{ t(lang, K::ExportJson) }</button>
            }
            if matches!(msg, Msg::Converted { .. }) {
                <button type="button" class="small" data-testid="undo-conversion"
                    title={t(lang, K::UndoConversionTitle)}
                    onclick={emit(&props.on_undo_conversion)}>{ t(lang, K::UndoConversion) }</button>
            }
            if matches!(msg, Msg::ReaderFailed(_)) {
                <button type="button" class="small primary" data-testid="retry-reading"
                    onclick={emit(&props.on_retry)}>{ t(lang, K::Retry) }</button>
            }
            if props.conflict {
                <button type="button" class="small" data-testid="load-theirs"
                    onclick={emit(&props.on_load_theirs)}>{ t(lang, K::LoadTheirs) }</button>
                <button type="button" class="small" data-testid="keep-mine"
                    onclick={emit(&props.on_keep_mine)}>{ t(lang, K::KeepMine) }</button>
            } else {
                <button type="button" class="small ghost" data-testid="dismiss-message"
                    onclick={emit(&props.on_dismiss)}>{ t(lang, K::Dismiss) }</button>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct OrphanListProps {
    pub orphans: Shared<Vec<Orphan>>,
    pub lang: Lang,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn OrphanList(props: &OrphanListProps) -> Html {
    if props.orphans.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    let cb = props.on_dismiss.clone();
    html! {
        <div class="orphans" data-testid="orphans">
            <p>{ t(lang, K::Orphans) }</p>
            <ul>
                { for props.orphans.iter().enumerate().map(|(i, o)| html! {
                    <li key={i} data-testid="orphan">
                        <strong>{ orphan_what(lang, o.what) }</strong>{ " (" }{ o.directive_id.clone() }{ "): " }
                        <q lang="vi">{ crate::edit::short_text(&o.quote, 160) }</q>
                    </li>
                }) }
            </ul>
            <button type="button" class="small ghost" onclick={Callback::from(move |_: MouseEvent| cb.emit(()))}>
                { t(lang, K::Dismiss) }
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct OfferBarProps {
    pub offers: Shared<Vec<OfferSet>>,
    pub lang: Lang,
    pub on_apply: Callback<usize>,
    pub on_dismiss: Callback<usize>,
}

#[component]
pub fn OfferBar(props: &OfferBarProps) -> Html {
    if props.offers.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    let offers: Rc<Vec<OfferSet>> = props.offers.0.clone();
    html! {
        <div class="offers" aria-live="polite">
            { for offers.iter().enumerate().map(|(i, set)| {
                let apply = props.on_apply.clone();
                let dismiss = props.on_dismiss.clone();
                html! {
                    <div class="offer" data-testid="offer" key={set.name.clone()}>
                        <span>{ offer_text(lang, &set.name, set.offers.len()) }</span>
                        <button type="button" class="small ok" data-testid="apply-offer"
                            onclick={Callback::from(move |_: MouseEvent| apply.emit(i))}>
                            { t(lang, K::ApplyTo) }
                        </button>
                        <button type="button" class="small ghost" data-testid="dismiss-offer"
                            onclick={Callback::from(move |_: MouseEvent| dismiss.emit(i))}>
                            { t(lang, K::Dismiss) }
                        </button>
                    </div>
                }
            }) }
        </div>
    }
}

/// The offer to rename the same unit in the notice's other tasks, after one was renamed.
pub fn rename_bar(
    r: &Renaming,
    lang: Lang,
    on_apply: Callback<()>,
    on_dismiss: Callback<()>,
) -> Html {
    let emit = |cb: Callback<()>| Callback::from(move |_: MouseEvent| cb.emit(()));
    html! {
        <div class="offer" data-testid="rename-offer" role="status">
            <span>{ super::messages::rename_text(lang, &r.from, &r.to, r.count) }</span>
            <button type="button" class="small ok" data-testid="rename-all"
                onclick={emit(on_apply)}>{ t(lang, K::RenameAll) }</button>
            <button type="button" class="small ghost" data-testid="dismiss-rename"
                onclick={emit(on_dismiss)}>{ t(lang, K::Dismiss) }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AsideBarProps {
    /// How many unreadable saved copies are kept aside.
    pub count: usize,
    pub lang: Lang,
    pub on_download: Callback<()>,
    pub on_discard: Callback<()>,
}

/// Unreadable saved copies kept aside: offered for download until the user discards them.
#[component]
pub fn AsideBar(props: &AsideBarProps) -> Html {
    if props.count == 0 {
        return html! {};
    }
    let lang = props.lang;
    let emit = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div class="offer" data-testid="aside-banner" role="status">
            <span>{ super::messages::aside_text(lang, props.count) }</span>
            <button type="button" class="small primary" data-testid="download-unreadable"
                onclick={emit(&props.on_download)}>{ t(lang, K::DownloadUnreadable) }</button>
            <button type="button" class="small" data-testid="discard-unreadable"
                onclick={emit(&props.on_discard)}>{ t(lang, K::DiscardUnreadable) }</button>
        </div>
    }
}
