//! The task table: one row per directive with its owners, deadline and status. Rows share one
//! callback per kind of event (the directive's id travels in the props), and are keyed by id.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::batches::use_batches;
use super::deadline_chip::{deadline_chip, DeadlineEditor};
use super::i18n::{status, t, Lang, K};
use super::owner_chip::{owner_chip, OwnerEditor};
use super::state::RowAction;
use super::Shared;
use crate::document::{Directive, Document, Source, Status};
use crate::edit::short_text;
use crate::schedule::{directive_status, DueStatus};

const LIST_ID: &str = "known-units";
/// For a new text, the rows come one frame after the highlighted notice (which the user looks at
/// first), then in batches, so even a huge paste shows at once.
const FIRST_ROWS: usize = 0;
const NEXT_ROWS: usize = 30;
const MORE_ROWS: usize = 200;

#[derive(Properties, PartialEq)]
pub struct TaskTableProps {
    pub doc: Shared<Document>,
    pub lang: Lang,
    /// Names for the owner-name suggestions.
    pub units: Shared<Vec<String>>,
    /// Changes when the text changes (the table then starts again with its first rows).
    pub text_rev: u64,
    pub on_row: Callback<RowAction>,
    /// Show the directive's text in the notice.
    pub on_show: Callback<String>,
    /// Highlight a directive (focus / hover) or none.
    pub on_hover: Callback<Option<String>>,
}

#[component]
pub fn TaskTable(props: &TaskTableProps) -> Html {
    let lang = props.lang;
    let list_id = AttrValue::Static(LIST_ID);
    let directives = &props.doc.directives;

    // Rows shown: none at first (the notice view comes first), then batches after each render.
    let limit = use_batches(props.text_rev, directives.len(), FIRST_ROWS, |n| {
        if n < NEXT_ROWS {
            NEXT_ROWS
        } else {
            n.saturating_add(MORE_ROWS)
        }
    });

    // Where each task stands against its due date, today (derived, never stored).
    let today = super::today::today();
    let rows = directives
        .iter()
        .take(limit)
        .enumerate()
        .map(|(i, d)| {
            html! {
                <DirectiveRow key={d.id.clone()} n={i + 1} directive={Rc::new(d.clone())} {lang}
                    due={directive_status(d, &today)}
                    on_row={props.on_row.clone()} on_show={props.on_show.clone()}
                    on_hover={props.on_hover.clone()} list_id={list_id.clone()} />
            }
        })
        .collect::<Html>();
    let counts = {
        let c = |s: Status| directives.iter().filter(|d| d.status == s).count();
        let mut counts = format!(
            "{} {} · {} {} · {} {}",
            c(Status::Suggested),
            status(lang, Status::Suggested),
            c(Status::Confirmed),
            status(lang, Status::Confirmed),
            c(Status::Rejected),
            status(lang, Status::Rejected),
        );
        let standing: Vec<DueStatus> = directives
            .iter()
            .filter_map(|d| directive_status(d, &today))
            .collect();
        let overdue = standing
            .iter()
            .filter(|s| matches!(s, DueStatus::Overdue { .. }))
            .count();
        let soon = standing
            .iter()
            .filter(|s| matches!(s, DueStatus::DueSoon { .. } | DueStatus::DueToday))
            .count();
        let done = standing
            .iter()
            .filter(|s| matches!(s, DueStatus::DoneOnTime | DueStatus::DoneLate { .. }))
            .count();
        if done > 0 {
            counts += &format!(" · {done} {}", t(lang, K::CountDone));
        }
        if overdue > 0 {
            counts += &format!(" · {overdue} {}", t(lang, K::CountOverdue));
        }
        if soon > 0 {
            counts += &format!(" · {soon} {}", t(lang, K::CountDueSoon));
        }
        counts
    };
    html! {
        <div class="task-table-wrap">
            <datalist id={LIST_ID}>
                { for props.units.iter().map(|u| html! { <option key={u.clone()} value={u.clone()} /> }) }
            </datalist>
            if directives.is_empty() {
                <p class="empty" data-testid="tasks-empty">{ t(lang, K::TasksEmpty) }</p>
            } else {
                <p class="counts" aria-live="polite">{ directives.len() }{ " " }{ t(lang, K::CountTasks) }{ ": " }{ counts }</p>
                // Busy while rows are still being added (a screen reader waits; so do the tests).
                <table class="task-table" data-testid="task-table" aria-busy={(limit < directives.len()).to_string()}>
                    <thead>
                        <tr>
                            <th scope="col" class="col-no">{ t(lang, K::ColNo) }</th>
                            <th scope="col" class="col-task">{ t(lang, K::ColTask) }</th>
                            <th scope="col" class="col-owners">{ t(lang, K::ColOwners) }</th>
                            <th scope="col" class="col-deadline">{ t(lang, K::ColDeadline) }</th>
                            <th scope="col" class="col-status">{ t(lang, K::ColStatus) }</th>
                        </tr>
                    </thead>
                    <tbody>{ rows }</tbody>
                </table>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DirectiveRowProps {
    pub n: usize,
    pub directive: Rc<Directive>,
    pub lang: Lang,
    /// Where the task stands against its due date today, if it has one.
    pub due: Option<DueStatus>,
    pub on_row: Callback<RowAction>,
    pub on_show: Callback<String>,
    pub on_hover: Callback<Option<String>>,
    pub list_id: AttrValue,
}

/// True when the event started on a control inside the row (its own click wins).
fn from_control(e: &Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| {
            el.closest("button, input, select, textarea, a")
                .ok()
                .flatten()
        })
        .is_some()
}

/// What of a row is being edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Editing {
    Owner(usize),
    Deadline,
}

#[component]
pub fn DirectiveRow(props: &DirectiveRowProps) -> Html {
    let editing = use_state_eq(|| None::<Editing>);
    let lang = props.lang;
    let d = &props.directive;
    let id = AttrValue::from(d.id.clone());
    let status_code = match d.status {
        Status::Suggested => "suggested",
        Status::Confirmed => "confirmed",
        Status::Rejected => "rejected",
    };

    let on_click = {
        let (on_show, id) = (props.on_show.clone(), d.id.clone());
        Callback::from(move |e: MouseEvent| {
            if !from_control(&e) {
                on_show.emit(id.clone());
            }
        })
    };
    let on_key = {
        let (on_show, id) = (props.on_show.clone(), d.id.clone());
        Callback::from(move |e: KeyboardEvent| {
            if (e.key() == "Enter" || e.key() == " ") && !from_control(&e) {
                e.prevent_default();
                on_show.emit(id.clone());
            }
        })
    };
    let on_enter = {
        let (on_hover, id) = (props.on_hover.clone(), d.id.clone());
        Callback::from(move |_: MouseEvent| on_hover.emit(Some(id.clone())))
    };
    let on_focus = {
        let (on_hover, id) = (props.on_hover.clone(), d.id.clone());
        Callback::from(move |_: FocusEvent| on_hover.emit(Some(id.clone())))
    };
    let set = |s: Status| {
        let (on_row, id, cur) = (props.on_row.clone(), d.id.clone(), d.status);
        Callback::from(move |_: MouseEvent| {
            let next = if cur == s { Status::Suggested } else { s };
            on_row.emit(RowAction::SetStatus(id.clone(), next));
        })
    };
    let set_done = |done: bool| {
        let (on_row, id) = (props.on_row.clone(), d.id.clone());
        Callback::from(move |_: MouseEvent| {
            let done = done.then(|| crate::document::Done {
                date: super::today::today(),
                note: String::new(),
            });
            on_row.emit(RowAction::SetDone(id.clone(), done));
        })
    };
    let on_delete = {
        let (on_row, id) = (props.on_row.clone(), d.id.clone());
        Callback::from(move |_: MouseEvent| on_row.emit(RowAction::Delete(id.clone())))
    };

    let edit = |what: Editing| {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(Some(what)))
    };
    let on_done = {
        let editing = editing.clone();
        Callback::from(move |_: ()| editing.set(None))
    };
    let owners = d
        .owners
        .iter()
        .enumerate()
        .map(|(i, o)| {
            if *editing == Some(Editing::Owner(i)) {
                html! {
                    <OwnerEditor key={format!("edit-{i}")} directive_id={id.clone()} index={i}
                        owner={o.clone()} {lang} on_row={props.on_row.clone()}
                        list_id={props.list_id.clone()} on_done={on_done.clone()} />
                }
            } else {
                owner_chip(&d.id, i, o, lang, &props.on_row, edit(Editing::Owner(i)))
            }
        })
        .collect::<Html>();
    let deadline = if *editing == Some(Editing::Deadline) {
        let due = d
            .deadline
            .as_ref()
            .and_then(|dl| dl.due.clone())
            .unwrap_or_default();
        html! {
            <DeadlineEditor directive_id={id.clone()} due={AttrValue::from(due)} {lang}
                on_row={props.on_row.clone()} on_done={on_done.clone()} />
        }
    } else {
        deadline_chip(
            &d.id,
            d.deadline.as_ref(),
            d.extended.as_deref(),
            lang,
            &props.on_row,
            edit(Editing::Deadline),
        )
    };

    html! {
        <tr class={classes!("directive-row", status_code, (d.source == Source::User).then_some("user"))}
            data-testid="directive-row" data-id={id.clone()} data-dir={id.clone()}
            data-status={status_code} data-due-status={props.due.map(DueStatus::code)} tabindex="0"
            onclick={on_click} onkeydown={on_key} onmouseenter={on_enter} onfocus={on_focus}>
            <td class="col-no">{ props.n }</td>
            <td class="col-task" lang="vi" data-label={t(lang, K::ColTask)}>
                <span class="task-text" title={d.text.clone()}>{ short_text(&d.text, 220) }</span>
            </td>
            <td class="col-owners" data-label={t(lang, K::ColOwners)}>{ owners }</td>
            <td class="col-deadline" data-label={t(lang, K::ColDeadline)}>
                { deadline }
                { due_badge(lang, props.due, d.done.as_ref().map(|x| x.date.as_str())) }
            </td>
            <td class="col-status" data-label={t(lang, K::ColStatus)}>
                <span class={classes!("status-label", status_code)}>{ status(lang, d.status) }</span>
                <span class="row-actions">
                    <button type="button" class="small ok" data-testid="confirm-directive"
                        aria-pressed={(d.status == Status::Confirmed).to_string()}
                        onclick={set(Status::Confirmed)}>{ "✓ " }{ t(lang, K::Confirm) }</button>
                    <button type="button" class="small warn" data-testid="reject-directive"
                        aria-pressed={(d.status == Status::Rejected).to_string()}
                        onclick={set(Status::Rejected)}>{ "✗ " }{ t(lang, K::Reject) }</button>
                    <button type="button" class="small ghost" data-testid="delete-directive"
                        onclick={on_delete}>{ t(lang, K::Delete) }</button>
                    if d.status != Status::Rejected {
                        if d.done.is_some() {
                            <button type="button" class="small" data-testid="reopen-directive"
                                onclick={set_done(false)}>{ t(lang, K::Reopen) }</button>
                        } else {
                            <button type="button" class="small ok" data-testid="mark-done"
                                title={t(lang, K::MarkDoneTitle)}
                                onclick={set_done(true)}>{ t(lang, K::MarkDone) }</button>
                        }
                    }
                </span>
            </td>
        </tr>
    }
}

/// "Quá hạn 12 ngày", "Đến hạn hôm nay", "Sắp đến hạn · còn 3 ngày", "Hoàn thành đúng hạn ·
/// 24/11/2023"; nothing when not due yet.
fn due_badge(lang: Lang, due: Option<DueStatus>, done: Option<&str>) -> Html {
    let vi = lang == Lang::Vi;
    let s = |n: i64| if n == 1 { "" } else { "s" };
    let on = done.map(crate::edit::iso_to_dmy).unwrap_or_default();
    let text = match due {
        Some(DueStatus::DoneOnTime) if vi => format!("Hoàn thành đúng hạn · {on}"),
        Some(DueStatus::DoneOnTime) => format!("Done on time · {on}"),
        Some(DueStatus::DoneLate { days }) if vi => {
            format!("Hoàn thành quá hạn {days} ngày · {on}")
        }
        Some(DueStatus::DoneLate { days }) => format!("Done {days} day{} late · {on}", s(days)),
        Some(DueStatus::Overdue { days }) if vi => format!("Quá hạn {days} ngày"),
        Some(DueStatus::Overdue { days }) => format!("Overdue by {days} day{}", s(days)),
        Some(DueStatus::DueToday) if vi => "Đến hạn hôm nay".to_string(),
        Some(DueStatus::DueToday) => "Due today".to_string(),
        Some(DueStatus::DueSoon { days }) if vi => format!("Sắp đến hạn · còn {days} ngày"),
        Some(DueStatus::DueSoon { days }) => format!("Due in {days} day{}", s(days)),
        Some(DueStatus::NotDue { .. }) | None => return html! {},
    };
    let code = due.map(DueStatus::code).unwrap_or_default();
    html! { <span class={classes!("due-status", code)} data-testid="due-status">{ text }</span> }
}
