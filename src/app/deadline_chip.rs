//! A directive's deadline: its phrase and date (dd/mm/yyyy), editable with a date input.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::i18n::{t, Lang, K};
use super::state::RowAction;
use crate::document::{Deadline, Source};
use crate::edit::iso_to_dmy;

#[derive(Properties, PartialEq)]
pub struct DeadlineCellProps {
    pub directive_id: AttrValue,
    pub deadline: Option<Deadline>,
    pub lang: Lang,
    pub on_row: Callback<RowAction>,
}

#[component]
pub fn DeadlineCell(props: &DeadlineCellProps) -> Html {
    let editing = use_state(|| false);
    let input_ref = use_node_ref();
    {
        let input_ref = input_ref.clone();
        use_effect_with(*editing, move |editing| {
            if *editing {
                if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
            }
        });
    }
    let lang = props.lang;
    let due = props
        .deadline
        .as_ref()
        .and_then(|d| d.due.clone())
        .unwrap_or_default();

    if *editing {
        let commit = {
            let (input_ref, id) = (input_ref.clone(), props.directive_id.to_string());
            let (on_row, editing, old) = (props.on_row.clone(), editing.clone(), due.clone());
            Callback::from(move |_: ()| {
                let v = input_ref
                    .cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default();
                if v != old {
                    on_row.emit(RowAction::SetDue(id.clone(), (!v.is_empty()).then_some(v)));
                }
                editing.set(false);
            })
        };
        let on_key = {
            let (commit, editing) = (commit.clone(), editing.clone());
            Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    commit.emit(());
                }
                "Escape" => {
                    e.prevent_default();
                    editing.set(false);
                }
                _ => {}
            })
        };
        let on_save = {
            let commit = commit.clone();
            Callback::from(move |_: MouseEvent| commit.emit(()))
        };
        let on_cancel = {
            let editing = editing.clone();
            Callback::from(move |_: MouseEvent| editing.set(false))
        };
        return html! {
            <span class="deadline-edit">
                <input type="date" ref={input_ref} value={due} data-testid="deadline-date-input"
                    aria-label={t(lang, K::EditDeadline)} onkeydown={on_key} />
                <button type="button" class="small" data-testid="deadline-save" onclick={on_save}>{ t(lang, K::Save) }</button>
                <button type="button" class="small ghost" onclick={on_cancel}>{ t(lang, K::Cancel) }</button>
            </span>
        };
    }

    let on_edit = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(true))
    };
    let Some(dl) = &props.deadline else {
        return html! {
            <button type="button" class="add-deadline ghost small" data-testid="add-deadline" onclick={on_edit}>
                { "+ " }{ t(lang, K::AddDeadline) }
            </button>
        };
    };
    let on_clear = {
        let (id, on_row) = (props.directive_id.to_string(), props.on_row.clone());
        Callback::from(move |_: MouseEvent| on_row.emit(RowAction::ClearDeadline(id.clone())))
    };
    let date = if due.is_empty() {
        html! { <span class="no-date">{ t(lang, K::NoDate) }</span> }
    } else {
        html! { <span class="date">{ iso_to_dmy(&due) }</span> }
    };
    let class = classes!(
        "chip",
        "deadline-chip",
        dl.inherited.then_some("inherited"),
        (dl.source == Source::User).then_some("user"),
    );
    let title = dl.inherited.then(|| t(lang, K::Inherited));
    html! {
        <span class={class} data-testid="deadline-chip" data-due={due.clone()} title={title}>
            <button type="button" class="chip-main" onclick={on_edit}
                aria-label={format!("{}: {}", t(lang, K::EditDeadline), dl.text)}>
                if !dl.text.is_empty() {
                    <span class="phrase">{ dl.text.clone() }</span>
                    <span class="sep" aria-hidden="true">{ " · " }</span>
                }
                { date }
            </button>
            <button type="button" class="chip-x" onclick={on_clear} title={t(lang, K::ClearDeadline)}
                aria-label={t(lang, K::ClearDeadline)}>{ "×" }</button>
        </span>
    }
}
