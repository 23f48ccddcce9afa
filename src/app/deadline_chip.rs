//! A directive's deadline: its phrase and date (dd/mm/yyyy), editable with a date input. The
//! chip is plain markup; only the editor is a component, mounted while editing.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::chip_editor::{editor_handlers, EditorHandlers};
use super::i18n::{t, Lang, K};
use super::state::RowAction;
use crate::document::{Deadline, Extension, Source};
use crate::edit::iso_to_dmy;

/// The deadline as shown (or a button to add one).
pub fn deadline_chip(
    directive_id: &str,
    deadline: Option<&Deadline>,
    extended: Option<&Extension>,
    lang: Lang,
    on_row: &Callback<RowAction>,
    on_edit: Callback<MouseEvent>,
) -> Html {
    let Some(dl) = deadline else {
        return html! {
            <button type="button" class="add-deadline ghost small" data-testid="add-deadline" onclick={on_edit}>
                { "+ " }{ t(lang, K::AddDeadline) }
            </button>
        };
    };
    let due = dl.due.clone().unwrap_or_default();
    let on_clear = {
        let (id, on_row) = (directive_id.to_string(), on_row.clone());
        Callback::from(move |_: MouseEvent| on_row.emit(RowAction::ClearDeadline(id.clone())))
    };
    let date_text = if due.is_empty() {
        t(lang, K::NoDate).to_string()
    } else {
        iso_to_dmy(&due)
    };
    let date = html! { <span class={if due.is_empty() { "no-date" } else { "date" }}>{ date_text.clone() }</span> };
    let class = classes!(
        "chip",
        "deadline-chip",
        dl.inherited.then_some("inherited"),
        (dl.source == Source::User).then_some("user"),
        extended.is_some().then_some("is-extended"),
    );
    // Extended (*gia hạn*, on the board): the original day struck through, then the new one.
    let extended =
        extended.map(|x| format!(" → {} ({})", iso_to_dmy(&x.due), t(lang, K::Extended)));
    // Why the reader suggested it ("hạn — ngày «trước»; năm theo ngày ban hành"), on hover and
    // on keyboard focus.
    let why = crate::explain::deadline(dl, lang == Lang::En);
    let title = match (dl.inherited, why.is_empty()) {
        (true, true) => Some(t(lang, K::Inherited).to_string()),
        (true, false) => Some(format!("{}. {why}", t(lang, K::Inherited))),
        (false, false) => Some(why.clone()),
        (false, true) => None,
    };
    html! {
        <span class={class} data-testid="deadline-chip" data-due={due} title={title.clone()}
            data-why={(!why.is_empty()).then_some(why)}>
            // Named by the words it shows, then what it does and why (WCAG 2.5.3).
            <button type="button" class="chip-main" onclick={on_edit}
                aria-label={format!("{}{date_text} — {}. {}", if dl.text.is_empty() { String::new() } else { format!("{} · ", dl.text) },
                    t(lang, K::EditDeadline), title.clone().unwrap_or_default())}>
                if !dl.text.is_empty() {
                    <span class="phrase">{ dl.text.clone() }</span>
                    <span class="sep">{ " · " }</span>
                }
                { date }
                if let Some(x) = extended {
                    <span class="extended" data-testid="extended">{ x }</span>
                }
            </button>
            <button type="button" class="chip-x" onclick={on_clear} title={t(lang, K::ClearDeadline)}
                aria-label={t(lang, K::ClearDeadline)}>{ "×" }</button>
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct DeadlineEditorProps {
    pub directive_id: AttrValue,
    /// The date now (ISO), empty if none.
    pub due: AttrValue,
    pub lang: Lang,
    pub on_row: Callback<RowAction>,
    /// Editing is over (saved or cancelled).
    pub on_done: Callback<()>,
}

/// Choosing the date a directive is due (`<input type=date>`; empty clears the date).
#[component]
pub fn DeadlineEditor(props: &DeadlineEditorProps) -> Html {
    let input_ref = use_node_ref();
    {
        let input_ref = input_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let lang = props.lang;
    let commit = {
        let (input_ref, id) = (input_ref.clone(), props.directive_id.to_string());
        let (on_row, on_done, old) = (
            props.on_row.clone(),
            props.on_done.clone(),
            props.due.to_string(),
        );
        Callback::from(move |_: ()| {
            let v = input_ref
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if v != old {
                on_row.emit(RowAction::SetDue(id.clone(), (!v.is_empty()).then_some(v)));
            }
            on_done.emit(());
        })
    };
    let EditorHandlers {
        on_key,
        on_save,
        on_cancel,
    } = editor_handlers(&commit, &props.on_done);
    html! {
        <span class="deadline-edit">
            <input type="date" ref={input_ref} value={props.due.clone()} data-testid="deadline-date-input"
                aria-label={t(lang, K::EditDeadline)} onkeydown={on_key} />
            <button type="button" class="small" data-testid="deadline-save" onclick={on_save}>{ t(lang, K::Save) }</button>
            <button type="button" class="small ghost" onclick={on_cancel}>{ t(lang, K::Cancel) }</button>
        </span>
    }
}
