//! The task board's view: the filters, the rows (a card each on a phone), marking a task done
//! with its day and result or opening it again, the jump to the task in its notice, the CSV,
//! and the report per unit ([`super::report_view`]) on its own tab.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::platform::spawn_local;
use yew::prelude::*;

use super::report_view::ReportView;
use super::store::{self, MarkFailure};
use super::words::{days_left, standing, w, W};
use crate::app::i18n::Lang;
use crate::app::{dom, today::today};
use crate::board::filter::{apply, months};
use crate::board::{board_csv, rows_of, Filter, Row, Standing, UnitIndex, Window};
use crate::document::Done;
use crate::export::vn_date;
use crate::library::Summary;

/// How many rows are drawn at first, and added by "Xem thêm" (a library of 10,000 tasks is
/// filtered whole; only what a screen can show is drawn).
const PAGE: usize = 200;

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub lang: Lang,
    /// The notice open in the page (its tasks are marked done by the page).
    pub open_notice: AttrValue,
    /// The filter to start with (a count of the alert banner).
    #[prop_or_default]
    pub start: Option<Window>,
}

#[derive(Clone, Copy, PartialEq)]
enum Tab {
    Tasks,
    Report,
}

/// What the library gave.
#[derive(Clone, PartialEq)]
enum Loaded {
    Waiting,
    Failed,
    Ready(Rc<Vec<Summary>>, Rc<Vec<Row>>),
}

fn value_of(e: &Event) -> String {
    e.target()
        .and_then(|t| {
            t.dyn_ref::<HtmlSelectElement>()
                .map(|s| s.value())
                .or_else(|| t.dyn_ref::<HtmlInputElement>().map(|i| i.value()))
        })
        .unwrap_or_default()
}

#[function_component(BoardView)]
pub fn board_view(props: &BoardProps) -> Html {
    let lang = props.lang;
    let loaded = use_state(|| Loaded::Waiting);
    let filter = use_state(|| Filter {
        window: props.start,
        ..Filter::default()
    });
    let tab = use_state(|| Tab::Tasks);
    let limit = use_state(|| PAGE);
    let marking = use_state(|| None::<usize>);
    let note = use_state(|| None::<&'static str>);

    {
        // Read at first, and again whenever the page says the library changed.
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            let reload = Callback::from(move |()| {
                let loaded = loaded.clone();
                spawn_local(async move {
                    loaded.set(match store::summaries().await {
                        Ok(list) => {
                            let rows = rows_of(&list, &today());
                            Loaded::Ready(Rc::new(list), Rc::new(rows))
                        }
                        Err(_) => Loaded::Failed,
                    });
                });
            });
            reload.emit(());
            super::REFRESH.with(|r| *r.borrow_mut() = Some(reload));
        });
    }

    let (list, rows) = match &*loaded {
        Loaded::Waiting => {
            return html! { <section class="board" data-testid="board" aria-busy="true">
            <p role="status">{ w(lang, W::Loading) }</p></section> }
        }
        Loaded::Failed => {
            return html! { <section class="board" data-testid="board">
            <p class="board-note" role="alert">{ w(lang, W::Failed) }</p></section> }
        }
        Loaded::Ready(list, rows) => (list.clone(), rows.clone()),
    };

    let units = UnitIndex::of(&rows);
    let kept = apply(&rows, &filter);
    let set_filter = |change: fn(&mut Filter, String)| {
        let (filter, limit) = (filter.clone(), limit.clone());
        Callback::from(move |e: Event| {
            let mut f = (*filter).clone();
            change(&mut f, value_of(&e));
            filter.set(f);
            limit.set(PAGE);
        })
    };
    let on_search = {
        let (filter, limit) = (filter.clone(), limit.clone());
        Callback::from(move |e: InputEvent| {
            let mut f = (*filter).clone();
            f.text = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            filter.set(f);
            limit.set(PAGE);
        })
    };
    let on_unit = set_filter(|f, v| f.unit = Some(v).filter(|v| !v.is_empty()));
    let on_notice = set_filter(|f, v| f.notice = Some(v).filter(|v| !v.is_empty()));
    let on_standing = set_filter(|f, v| f.standing = Standing::from_code(&v));
    let on_month = set_filter(|f, v| f.month = Some(v).filter(|v| !v.is_empty()));
    let on_clear = {
        let filter = filter.clone();
        Callback::from(move |_: MouseEvent| filter.set(Filter::default()))
    };
    let on_csv = {
        let (rows, kept) = (rows.clone(), kept.clone());
        Callback::from(move |_: MouseEvent| {
            let _ = dom::download(
                &format!("nhiem-vu-{}.csv", today()),
                &board_csv(&rows, &kept),
                "text/csv;charset=utf-8",
            );
        })
    };

    // Marks a row done (`Some`) or open again (`None`), in the page's open notice or here.
    let on_mark = {
        let (loaded, marking, note) = (loaded.clone(), marking.clone(), note.clone());
        let open_notice = props.open_notice.clone();
        let (list, rows) = (list.clone(), rows.clone());
        Callback::from(move |(i, done): (usize, Option<Done>)| {
            let Some(row) = rows.get(i).cloned() else {
                return;
            };
            marking.set(None);
            let mut new_rows = (*rows).clone();
            if let Some(r) = new_rows.get_mut(i) {
                r.done = done.as_ref().map(|d| d.date.clone());
                r.note = done.as_ref().map(|d| d.note.clone()).unwrap_or_default();
                r.standing = Standing::of(r.due.as_deref(), r.done.as_deref(), &today());
            }
            if *row.notice == *open_notice {
                store::tell_page(
                    store::SET_DONE,
                    &[
                        ("notice", store::text(&row.notice)),
                        ("task", store::text(&row.task)),
                        ("date", store::maybe(done.as_ref().map(|d| d.date.as_str()))),
                        ("note", store::maybe(done.as_ref().map(|d| d.note.as_str()))),
                    ],
                );
                loaded.set(Loaded::Ready(list.clone(), Rc::new(new_rows)));
                note.set(Some(w(lang, W::SavedDone)));
                return;
            }
            let Some(old) = list.iter().find(|s| s.id == row.notice).cloned() else {
                return;
            };
            let (loaded, note, list) = (loaded.clone(), note.clone(), list.clone());
            spawn_local(async move {
                match store::mark(&row.notice, &row.task, done, &old).await {
                    Ok(summary) => {
                        let mut list = (*list).clone();
                        if let Some(s) = list.iter_mut().find(|s| s.id == summary.id) {
                            *s = summary;
                        }
                        loaded.set(Loaded::Ready(Rc::new(list), Rc::new(new_rows)));
                        store::tell_page(store::CHANGED, &[("notice", store::text(&row.notice))]);
                        note.set(Some(w(lang, W::SavedDone)));
                    }
                    Err(MarkFailure::Gone | MarkFailure::Unreadable | MarkFailure::Storage(_)) => {
                        note.set(Some(w(lang, W::SaveFailed)));
                    }
                }
            });
        })
    };

    let tabs = html! {
        <div class="board-tabs" role="tablist" aria-label={w(lang, W::BoardTitle)}>
            <button type="button" role="tab" data-testid="board-tab-tasks"
                aria-selected={(*tab == Tab::Tasks).to_string()}
                onclick={{ let tab = tab.clone(); Callback::from(move |_: MouseEvent| tab.set(Tab::Tasks)) }}>
                { w(lang, W::BoardTitle) }</button>
            <button type="button" role="tab" data-testid="show-unit-report"
                aria-selected={(*tab == Tab::Report).to_string()}
                onclick={{ let tab = tab.clone(); Callback::from(move |_: MouseEvent| tab.set(Tab::Report)) }}>
                { w(lang, W::ReportTitle) }</button>
        </div>
    };
    let notices: Vec<(String, String)> = list
        .iter()
        .filter(|s| s.trashed.is_none() && !s.tasks.is_empty())
        .map(|s| (s.id.clone(), crate::board::rows::notice_label(s)))
        .collect();
    let old_summaries = list
        .iter()
        .any(|s| s.trashed.is_none() && s.tasks.iter().any(|t| t.id.is_empty()));
    let selected = |a: Option<&str>, b: &str| a == Some(b);

    let filters = html! {
        <div class="board-filters">
            <label class="board-search">
                <span>{ w(lang, W::Search) }<small>{ format!(" ({})", w(lang, W::SearchHint)) }</small></span>
                <input type="search" data-testid="board-search" value={filter.text.clone()} oninput={on_search} />
            </label>
            <label><span>{ w(lang, W::Unit) }</span>
                <select data-testid="board-filter-unit" onchange={on_unit}>
                    <option value="" selected={filter.unit.is_none()}>{ w(lang, W::AllUnits) }</option>
                    { for units.units.iter().map(|u| html! {
                        <option value={u.key.clone()} selected={selected(filter.unit.as_deref(), &u.key)}>
                            { format!("{} ({})", u.name, u.tasks) }</option> }) }
                </select></label>
            <label><span>{ w(lang, W::Standing) }</span>
                <select data-testid="board-filter-status" onchange={on_standing}>
                    <option value="" selected={filter.standing.is_none()}>{ w(lang, W::AllStandings) }</option>
                    { for Standing::ALL.iter().map(|s| html! {
                        <option value={s.code()} selected={filter.standing == Some(*s)}>{ standing(lang, *s) }</option> }) }
                </select></label>
            <label><span>{ w(lang, W::Notice) }</span>
                <select data-testid="board-filter-notice" onchange={on_notice}>
                    <option value="" selected={filter.notice.is_none()}>{ w(lang, W::AllNotices) }</option>
                    { for notices.iter().map(|(id, label)| html! {
                        <option value={id.clone()} selected={selected(filter.notice.as_deref(), id)}>{ label.clone() }</option> }) }
                </select></label>
            <label><span>{ w(lang, W::Month) }</span>
                <select data-testid="board-filter-month" onchange={on_month}>
                    <option value="" selected={filter.month.is_none()}>{ w(lang, W::AllMonths) }</option>
                    { for months(&rows).into_iter().map(|m| {
                        let shown = format!("{}/{}", m.get(5..7).unwrap_or(""), m.get(..4).unwrap_or(""));
                        html! { <option value={m.clone()} selected={selected(filter.month.as_deref(), &m)}>{ shown }</option> } }) }
                </select></label>
            if !filter.is_empty() {
                <button type="button" data-testid="board-clear" onclick={on_clear}>{ w(lang, W::Clear) }</button>
            }
        </div>
    };

    if *tab == Tab::Report {
        return html! {
            <section class="board" data-testid="board" aria-label={w(lang, W::ReportTitle)}>
                <div class="board-head">{ tabs }</div>
                { filters }
                <ReportView {lang} rows={crate::app::Shared(rows.clone())} kept={crate::app::Shared(Rc::new(kept))}
                    units={crate::app::Shared(Rc::new(units))} />
            </section>
        };
    }

    let shown = kept.len().min(*limit);
    let today_s = today();
    html! {
        <section class="board" data-testid="board" aria-label={w(lang, W::BoardTitle)}>
            <div class="board-head">
                { tabs }
                <div class="board-summary">
                    <p role="status" data-testid="board-count">{ format!("{} / {} {}", kept.len(), rows.len(), w(lang, W::Shown)) }</p>
                    <button type="button" data-testid="board-csv" onclick={on_csv} disabled={kept.is_empty()}>{ w(lang, W::Csv) }</button>
                </div>
            </div>
            { filters }
            if let Some(n) = *note {
                <p class="board-note" role="status" data-testid="board-note">{ n }</p>
            }
            if old_summaries {
                <p class="board-note">{ w(lang, W::OldSummary) }</p>
            }
            if rows.is_empty() {
                <p class="board-note" data-testid="board-empty">{ w(lang, W::Empty) }</p>
            } else if kept.is_empty() {
                <p class="board-note" data-testid="board-empty">{ w(lang, W::NoMatch) }</p>
            }
            <ul class="board-rows">
                { for kept.iter().take(shown).map(|&i| row_view(lang, &rows[i], i, *marking == Some(i), &today_s, &marking, &on_mark)) }
            </ul>
            if shown < kept.len() {
                <button type="button" data-testid="board-more" class="board-more"
                    onclick={{ let limit = limit.clone(); Callback::from(move |_: MouseEvent| limit.set(*limit + PAGE)) }}>
                    { format!("{} ({})", w(lang, W::ShowMore), kept.len() - shown) }</button>
            }
        </section>
    }
}

fn row_view(
    lang: Lang,
    row: &Row,
    i: usize,
    marking_this: bool,
    today_s: &str,
    marking: &UseStateHandle<Option<usize>>,
    on_mark: &Callback<(usize, Option<Done>)>,
) -> Html {
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
        let marking = marking.clone();
        Callback::from(move |_: MouseEvent| marking.set(Some(i)))
    };
    let on_reopen = {
        let on_mark = on_mark.clone();
        Callback::from(move |_: MouseEvent| on_mark.emit((i, None)))
    };
    let due = match (&row.due, row.days_left) {
        (Some(d), Some(left)) if !row.standing.is_done() => {
            format!("{} ({})", vn_date(d), days_left(lang, left))
        }
        (Some(d), _) => vn_date(d),
        (None, _) => w(lang, W::NoDue).to_string(),
    };
    let done = row.done.as_deref().map(vn_date);
    html! {
        <li class={classes!("board-row", row.standing.code())} data-testid="board-row"
            data-status={row.standing.code()} data-unit={row.lead.join("; ")}
            data-notice-id={row.notice.clone()} data-task={row.task.clone()}>
            // Three lines at most until clicked or reached by the keyboard (then whole; and
            // on hover, as a tooltip): six tasks fit a laptop's screen, every text can be
            // read in full.
            <p class="board-text" tabindex="0" title={row.text.clone()}>{ &row.text }</p>
            <dl class="board-facts">
                <div><dt>{ w(lang, W::Lead) }</dt><dd>{ if row.lead.is_empty() { "—".to_string() } else { row.lead.join("; ") } }</dd></div>
                if !row.support.is_empty() {
                    <div><dt>{ w(lang, W::Support) }</dt><dd>{ row.support.join("; ") }</dd></div>
                }
                <div><dt>{ w(lang, W::Due) }</dt><dd data-testid="board-due">{ due }{ " · " }
                    <span class="board-standing" data-testid="board-standing">{ standing(lang, row.standing) }</span>
                    if let Some(done) = done {
                        { format!(" {done}") }
                    }</dd></div>
                if !row.note.is_empty() {
                    <div><dt>{ w(lang, W::Result) }</dt><dd>{ &row.note }</dd></div>
                }
                <div><dt>{ w(lang, W::Notice) }</dt><dd class="board-notice" title={row.notice_label.clone()}>{ &row.notice_label }</dd></div>
            </dl>
            <div class="board-actions">
                if row.standing.is_done() {
                    <button type="button" data-testid="board-reopen" onclick={on_reopen}>{ w(lang, W::Reopen) }</button>
                } else if !marking_this {
                    <button type="button" data-testid="mark-done" onclick={on_start_mark}>{ w(lang, W::MarkDone) }</button>
                }
                if !row.task.is_empty() {
                    <button type="button" class="link" data-testid="board-open" onclick={on_open}>{ w(lang, W::OpenInNotice) }</button>
                }
            </div>
            if marking_this {
                <DoneForm {lang} index={i} today={AttrValue::from(today_s.to_string())}
                    on_mark={on_mark.clone()} on_cancel={{ let m = marking.clone(); Callback::from(move |_: MouseEvent| m.set(None)) }} />
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
