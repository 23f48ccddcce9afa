//! One task of the board: its text (three lines until clicked or focused), lead and supporting
//! units, due date and how far it is, status, result, its notice; marking it done with its day
//! and result, or open again; the jump to its place in the notice. A component of its own, so
//! that a keystroke in the search draws again only the rows that change.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::store;
use super::words::{days_left, standing, w, W};
use crate::app::i18n::Lang;
use crate::app::Shared;
use crate::board::Row;
use crate::document::{Done, Extension};
use crate::export::vn_date;

#[derive(Properties, PartialEq)]
pub struct BoardRowProps {
    pub lang: Lang,
    pub rows: Shared<Vec<Row>>,
    /// The row's index in `rows`.
    pub index: usize,
    /// Whether its "done" form is open.
    pub marking: bool,
    /// Today, `YYYY-MM-DD` (the form's first day).
    pub today: AttrValue,
    /// Opens (`Some(index)`) or closes the "done" form.
    pub on_marking: Callback<Option<usize>>,
    /// Marks the row done (`Some`) or open again (`None`).
    pub on_mark: Callback<(usize, Option<Done>)>,
    /// Whether its "extend" form is open.
    pub extending: bool,
    /// Opens (`Some(index)`) or closes the "extend" form.
    pub on_extending: Callback<Option<usize>>,
    /// Extends the row's deadline (`Some`) or takes the extension back (`None`).
    pub on_extend: Callback<(usize, Option<Extension>)>,
}

#[function_component(BoardRow)]
pub fn board_row(props: &BoardRowProps) -> Html {
    let (lang, i) = (props.lang, props.index);
    let Some(row) = props.rows.get(i) else {
        return html! {};
    };
    let on_open = {
        let (notice, task) = (row.notice.clone(), row.task.clone());
        Callback::from(move |_: MouseEvent| {
            store::tell_page(
                store::OPEN_TASK,
                &[
                    ("notice", store::text(&notice)),
                    ("task", store::text(&task)),
                ],
            )
        })
    };
    let on_start_mark = {
        let on_marking = props.on_marking.clone();
        Callback::from(move |_: MouseEvent| on_marking.emit(Some(i)))
    };
    let on_reopen = {
        let on_mark = props.on_mark.clone();
        Callback::from(move |_: MouseEvent| on_mark.emit((i, None)))
    };
    let on_start_extend = {
        let on = props.on_extending.clone();
        Callback::from(move |_: MouseEvent| on.emit(Some(i)))
    };
    let on_unextend = {
        let on = props.on_extend.clone();
        Callback::from(move |_: MouseEvent| on.emit((i, None)))
    };
    let mut due = match (&row.due, row.days_left) {
        (Some(d), Some(left)) if !row.standing.is_done() => {
            format!("{} ({})", vn_date(d), days_left(lang, left))
        }
        (Some(d), _) => vn_date(d),
        (None, _) => w(lang, W::NoDue).to_string(),
    };
    if let Some(was) = &row.was {
        due.push_str(&format!(" — {} {}", w(lang, W::Extended), vn_date(was)));
    }
    let can_extend = row.due.is_some() && !row.standing.is_done() && !row.task.is_empty();
    let done = row.done.as_deref().map(vn_date);
    // Marked done, opened again, or the form closed: the button the keyboard was on is gone, so
    // focus goes to the row's first action ("Mở lại" / "Đánh dấu hoàn thành") rather than to
    // the page's start — unless the user is already elsewhere.
    let actions = use_node_ref();
    let drawn = use_mut_ref(|| false);
    {
        let actions = actions.clone();
        use_effect_with(
            (
                row.standing.is_done(),
                props.marking,
                props.extending,
                row.was.is_some(),
            ),
            move |_| {
                // Not when the row is first drawn (the board opening, a search).
                if !drawn.replace(true) {
                    return;
                }
                let lost = web_sys::window()
                    .and_then(|w| w.document())
                    .is_none_or(|d| d.active_element().is_none_or(|a| a.tag_name() == "BODY"));
                if lost {
                    let first = actions
                        .cast::<web_sys::Element>()
                        .and_then(|a| a.query_selector("button").ok().flatten())
                        .and_then(|b| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok()
                        });
                    if let Some(b) = first {
                        let _ = b.focus();
                    }
                }
            },
        );
    }
    html! {
        <li class={classes!("board-row", row.standing.code())} data-testid="board-row"
            data-status={row.standing.code()} data-unit={row.lead.join("; ")}
            data-notice-id={row.notice.clone()} data-task={row.task.clone()}>
            // Three lines at most until clicked or reached by the keyboard (then whole; and
            // on hover, as a tooltip): six tasks fit a laptop's screen, every text can be
            // read in full.
            <p class="board-text" tabindex="0" title={row.text.clone()}>{ &row.text }</p>
            // A line a fact, in as few elements as will do (a search draws dozens of rows at
            // each keystroke).
            <p class="board-facts">
                <span>{ format!("{}: {}", w(lang, W::Lead), if row.lead.is_empty() { "—".to_string() } else { row.lead.join("; ") }) }</span>
                if !row.support.is_empty() {
                    <span>{ format!("{}: {}", w(lang, W::Support), row.support.join("; ")) }</span>
                }
                <span data-testid="board-due">{ format!("{}: {due} · ", w(lang, W::Due)) }
                    <b class="board-standing" data-testid="board-standing">{ standing(lang, row.standing) }</b>
                    { done.map(|d| format!(" {d}")).unwrap_or_default() }</span>
                if !row.note.is_empty() {
                    <span>{ format!("{}: {}", w(lang, W::Result), row.note) }</span>
                }
                <span class="board-notice" title={row.notice_label.clone()}>{ format!("{}: {}", w(lang, W::Notice), row.notice_label) }</span>
            </p>
            <div class="board-actions" ref={actions}>
                if row.standing.is_done() {
                    <button type="button" data-testid="board-reopen" onclick={on_reopen}>{ w(lang, W::Reopen) }</button>
                } else if !props.marking {
                    <button type="button" data-testid="mark-done" onclick={on_start_mark}>{ w(lang, W::MarkDone) }</button>
                }
                if can_extend && !props.extending {
                    <button type="button" data-testid="extend" onclick={on_start_extend}>{ w(lang, W::Extend) }</button>
                }
                if row.was.is_some() && !row.standing.is_done() {
                    <button type="button" data-testid="unextend" onclick={on_unextend}>{ w(lang, W::Unextend) }</button>
                }
                if !row.task.is_empty() {
                    <button type="button" class="link" data-testid="board-open" onclick={on_open}>{ w(lang, W::OpenInNotice) }</button>
                }
            </div>
            if props.extending {
                <ExtendForm {lang} index={i} due={row.due.clone().unwrap_or_default()}
                    on_extend={props.on_extend.clone()} on_cancel={{ let m = props.on_extending.clone(); Callback::from(move |_: MouseEvent| m.emit(None)) }} />
            }
            if props.marking {
                <DoneForm {lang} index={i} today={props.today.clone()}
                    on_mark={props.on_mark.clone()} on_cancel={{ let m = props.on_marking.clone(); Callback::from(move |_: MouseEvent| m.emit(None)) }} />
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct DoneFormProps {
    lang: Lang,
    index: usize,
    today: AttrValue,
    on_mark: Callback<(usize, Option<Done>)>,
    on_cancel: Callback<MouseEvent>,
}

/// The day a task was done (today unless changed) and what came of it.
#[function_component(DoneForm)]
fn done_form(props: &DoneFormProps) -> Html {
    let lang = props.lang;
    let date_ref = use_node_ref();
    let note_ref = use_node_ref();
    {
        let date_ref = date_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = date_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let on_submit = {
        let (date_ref, note_ref) = (date_ref.clone(), note_ref.clone());
        let (on_mark, i, today) = (props.on_mark.clone(), props.index, props.today.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| r.cast::<HtmlInputElement>().map(|i| i.value());
            let date = value(&date_ref)
                .filter(|d| crate::edit::valid_iso_date(d))
                .unwrap_or_else(|| today.to_string());
            let note = value(&note_ref).unwrap_or_default().trim().to_string();
            on_mark.emit((i, Some(Done { date, note })));
        })
    };
    html! {
        <form class="board-done" data-testid="done-form" onsubmit={on_submit}>
            <label><span>{ w(lang, W::DoneOn) }</span>
                <input type="date" data-testid="done-date" ref={date_ref} value={props.today.clone()} required=true /></label>
            <label class="board-done-note"><span>{ w(lang, W::Result) }</span>
                <input type="text" data-testid="done-note" ref={note_ref} /></label>
            <button type="submit" class="primary" data-testid="done-save">{ w(lang, W::Save) }</button>
            <button type="button" data-testid="done-cancel" onclick={props.on_cancel.clone()}>{ w(lang, W::Cancel) }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct ExtendFormProps {
    lang: Lang,
    index: usize,
    /// The day it is due now (the form's first day), `YYYY-MM-DD`.
    due: AttrValue,
    on_extend: Callback<(usize, Option<Extension>)>,
    on_cancel: Callback<MouseEvent>,
}

/// The new day a deadline is extended to (*gia hạn*) and why.
#[function_component(ExtendForm)]
fn extend_form(props: &ExtendFormProps) -> Html {
    let lang = props.lang;
    let date_ref = use_node_ref();
    let note_ref = use_node_ref();
    {
        let date_ref = date_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = date_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let on_submit = {
        let (date_ref, note_ref) = (date_ref.clone(), note_ref.clone());
        let (on_extend, i) = (props.on_extend.clone(), props.index);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| r.cast::<HtmlInputElement>().map(|i| i.value());
            let Some(due) = value(&date_ref).filter(|d| crate::edit::valid_iso_date(d)) else {
                return;
            };
            let note = value(&note_ref).unwrap_or_default().trim().to_string();
            let at = String::from(js_sys::Date::new_0().to_iso_string());
            on_extend.emit((
                i,
                Some(Extension {
                    due,
                    note,
                    at: Some(at),
                }),
            ));
        })
    };
    html! {
        <form class="board-done" data-testid="extend-form" onsubmit={on_submit}>
            <label><span>{ w(lang, W::ExtendTo) }</span>
                <input type="date" data-testid="extend-date" ref={date_ref} value={props.due.clone()} required=true /></label>
            <label class="board-done-note"><span>{ w(lang, W::ExtendWhy) }</span>
                <input type="text" data-testid="extend-note" ref={note_ref} /></label>
            <button type="submit" class="primary" data-testid="extend-save">{ w(lang, W::Save) }</button>
            <button type="button" data-testid="extend-cancel" onclick={props.on_cancel.clone()}>{ w(lang, W::Cancel) }</button>
        </form>
    }
}
