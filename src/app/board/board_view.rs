//! The task board's view: the filters, the rows (a card each on a phone), marking a task done
//! with its day and result or opening it again, the jump to the task in its notice, the CSV,
//! and the report per unit ([`super::report_view`]) on its own tab.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::board_row::BoardRow;
use super::choice::Choice;
use super::directory_view::DirectoryView;
use super::report_view::ReportView;
use super::store;
use super::words::{standing, w, W};
use crate::app::i18n::Lang;
use crate::app::{dom, today::today, Shared};
use crate::board::filter::{months, Prepared};
use crate::board::{board_csv, grouped, Filter, Group, GroupBy, Row, Standing, UnitIndex, Window};
use crate::document::{Done, Extension};
use crate::library::Summary;

/// How many rows are drawn at first, and added by "Xem thêm" (a library of 10,000 tasks is
/// filtered whole; only what a screen can show is drawn).
const PAGE: usize = 20;

/// How many rows are drawn in the frame a filter changes in (a screen holds about six); the rest
/// of [`PAGE`] follow in the next frame, so that a keystroke of the search shows its first
/// rows without waiting for twenty to be laid out.
const FIRST: usize = 6;

/// Runs `then` after the next frame is drawn (its animation callback, then a timer); not at all
/// once the returned handle is dropped.
fn after_next_frame(then: impl FnOnce() + 'static) -> impl Drop {
    struct Pending {
        _frame: gloo::render::AnimationFrame,
        timer: Rc<std::cell::Cell<Option<gloo::timers::callback::Timeout>>>,
    }
    impl Drop for Pending {
        fn drop(&mut self) {
            if let Some(t) = self.timer.take() {
                t.cancel();
            }
        }
    }
    let timer = Rc::new(std::cell::Cell::new(None));
    let set = timer.clone();
    let frame = gloo::render::request_animation_frame(move |_| {
        set.set(Some(gloo::timers::callback::Timeout::new(0, then)));
    });
    Pending {
        _frame: frame,
        timer,
    }
}

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

/// The library as read, and its rows; compared by when it was read (never element by element:
/// 10,000 rows).
#[derive(Clone)]
struct Data {
    read: u64,
    list: Rc<Vec<Summary>>,
    rows: Rc<Vec<Row>>,
    /// The rows' order and search text, made once per reading.
    prepared: Rc<Prepared>,
}

impl PartialEq for Data {
    fn eq(&self, other: &Self) -> bool {
        self.read == other.read
    }
}

/// What the library gave.
#[derive(Clone, PartialEq)]
enum Loaded {
    Waiting,
    Failed,
    Ready(Data),
}

/// What the filters offer, made once per reading of the library.
struct Choices {
    units: Rc<UnitIndex>,
    /// (value, shown) of each filter's options.
    unit_options: Shared<Vec<(String, String)>>,
    months: Shared<Vec<(String, String)>>,
    notices: Shared<Vec<(String, String)>>,
    old_summaries: bool,
}

/// The filters the user set, changed by [`Change`]s (a reducer: a callback made once applies
/// its change to the filters as they are then, so that the filters' lists need not be drawn
/// again at each keystroke).
#[derive(PartialEq)]
struct Filters(Filter);

enum Change {
    Unit(String),
    Notice(String),
    Standing(String),
    Month(String),
    Text(String),
    Clear,
}

impl Reducible for Filters {
    type Action = Change;
    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut f = self.0.clone();
        let some = |v: String| Some(v).filter(|v| !v.is_empty());
        match change {
            Change::Unit(v) => f.unit = some(v),
            Change::Notice(v) => f.notice = some(v),
            Change::Standing(v) => f.standing = Standing::from_code(&v),
            Change::Month(v) => f.month = some(v),
            Change::Text(v) => f.text = v,
            Change::Clear => f = Filter::default(),
        }
        Rc::new(Filters(f))
    }
}

thread_local! {
    /// How many times the library was read or changed here (tells one from the next).
    static READS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The library read (or changed here), as a new reading.
fn ready(list: Rc<Vec<Summary>>, rows: Rc<Vec<Row>>) -> Loaded {
    let read = READS.with(|r| {
        r.set(r.get() + 1);
        r.get()
    });
    let prepared = Rc::new(Prepared::of(&rows));
    Loaded::Ready(Data {
        read,
        list,
        rows,
        prepared,
    })
}

#[function_component(BoardView)]
pub fn board_view(props: &BoardProps) -> Html {
    let lang = props.lang;
    let loaded = use_state(|| Loaded::Waiting);
    let filter = use_reducer(|| {
        Filters(Filter {
            window: props.start,
            ..Filter::default()
        })
    });
    let tab = use_state(|| Tab::Tasks);
    let limit = use_state(|| PAGE);
    {
        // The first rows of a change are drawn: the rest of the page's rows in the next frame.
        let limit = limit.clone();
        use_effect_with(*limit, move |&n| {
            let pending = (n < PAGE).then(|| after_next_frame(move || limit.set(PAGE)));
            move || drop(pending)
        });
    }
    let group_by = use_state(GroupBy::default);
    let marking = use_state(|| None::<usize>);
    let extending = use_state(|| None::<usize>);
    let note = use_state(|| None::<&'static str>);

    {
        // Drawn at once from the last reading (the banner's, at start), then read again; and
        // again whenever the page says the library changed.
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            if let Some((list, rows)) = store::last_read(&today()) {
                loaded.set(ready(list, rows));
            }
            let reload = Callback::from(move |()| {
                let loaded = loaded.clone();
                spawn_local(async move {
                    let shown = match &*loaded {
                        Loaded::Ready(d) => Some(d.rows.clone()),
                        _ => None,
                    };
                    match store::read(&today()).await {
                        // The same as shown: nothing to draw again.
                        Ok((_, rows)) if shown.is_some_and(|s| Rc::ptr_eq(&s, &rows)) => {}
                        Ok((list, rows)) => loaded.set(ready(list, rows)),
                        Err(_) => loaded.set(Loaded::Failed),
                    }
                });
            });
            reload.emit(());
            super::REFRESH.with(|r| *r.borrow_mut() = Some(reload));
        });
    }

    // Hooks first (the same every drawing), then what is drawn.
    let data = match &*loaded {
        Loaded::Ready(d) => Some(d.clone()),
        _ => None,
    };
    let choices = use_memo(data.clone(), |d| {
        d.as_ref().map(|d| {
            let units = UnitIndex::with(&d.rows, &store::directory());
            let unit_options = units
                .units
                .iter()
                .map(|u| (u.key.clone(), format!("{} ({})", u.name, u.tasks)))
                .collect();
            let month_options = months(&d.rows)
                .into_iter()
                .map(|m| {
                    let shown =
                        format!("{}/{}", m.get(5..7).unwrap_or(""), m.get(..4).unwrap_or(""));
                    (m, shown)
                })
                .collect();
            Choices {
                units: Rc::new(units),
                unit_options: Shared(Rc::new(unit_options)),
                months: Shared(Rc::new(month_options)),
                notices: Shared(Rc::new(
                    d.list
                        .iter()
                        .filter(|s| s.trashed.is_none() && !s.tasks.is_empty())
                        .map(|s| (s.id.clone(), crate::board::rows::notice_label(s)))
                        .collect(),
                )),
                old_summaries: d
                    .list
                    .iter()
                    .any(|s| s.trashed.is_none() && s.tasks.iter().any(|t| t.id.is_empty())),
            }
        })
    });
    let kept: Rc<Vec<usize>> = use_memo((data.clone(), filter.0.clone()), |(d, f)| {
        d.as_ref()
            .map(|d| d.prepared.apply(&d.rows, f))
            .unwrap_or_default()
    });
    // The filters' callbacks: made once (hooks), so the lists are not drawn again.
    let change = |make: fn(String) -> Change| {
        let (d, limit) = (filter.dispatcher(), limit.clone());
        move |v: String, _: &()| {
            d.dispatch(make(v));
            limit.set(FIRST);
        }
    };
    let on_unit = use_callback((), change(Change::Unit));
    let on_notice = use_callback((), change(Change::Notice));
    let on_standing = use_callback((), change(Change::Standing));
    let on_month = use_callback((), change(Change::Month));
    let on_group = {
        let (group_by, limit) = (group_by.clone(), limit.clone());
        use_callback((), move |code: String, _| {
            group_by.set(GroupBy::from_code(&code));
            limit.set(PAGE);
        })
    };
    // The unit index made once per reading (`choices`, keyed on the same reading).
    let groups: Rc<Vec<Group>> = {
        let choices = choices.clone();
        use_memo(
            (data.clone(), kept.clone(), *group_by),
            move |(d, kept, by)| match (d, choices.as_ref()) {
                (Some(d), Some(c)) => grouped(&d.rows, kept, *by, &c.units),
                _ => Vec::new(),
            },
        )
    };

    // Marks a row done (`Some`) or open again (`None`), in the page's open notice or here. A hook,
    // so that it stays the same from one drawing to the next and the rows are not drawn again.
    let on_mark = {
        let (loaded, marking, note) = (loaded.clone(), marking.clone(), note.clone());
        use_callback(
            (data.clone(), props.open_notice.clone()),
            move |(i, done): (usize, Option<Done>), (data, open_notice)| {
                let Some(Data { list, rows, .. }) = data.clone() else {
                    return;
                };
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
                if *row.notice == **open_notice {
                    store::tell_page(
                        store::SET_DONE,
                        &[
                            ("notice", store::text(&row.notice)),
                            ("task", store::text(&row.task)),
                            ("date", store::maybe(done.as_ref().map(|d| d.date.as_str()))),
                            ("note", store::maybe(done.as_ref().map(|d| d.note.as_str()))),
                        ],
                    );
                    loaded.set(ready(list.clone(), Rc::new(new_rows)));
                    note.set(Some(w(lang, W::SavedDone)));
                    return;
                }
                let Some(old) = list.iter().find(|s| s.id == row.notice).cloned() else {
                    return;
                };
                let (loaded, note) = (loaded.clone(), note.clone());
                spawn_local(async move {
                    match store::mark(&row.notice, &row.task, done, &old).await {
                        Ok(summary) => {
                            let mut list = (*list).clone();
                            if let Some(s) = list.iter_mut().find(|s| s.id == summary.id) {
                                *s = summary;
                            }
                            loaded.set(ready(Rc::new(list), Rc::new(new_rows)));
                            store::tell_page(
                                store::CHANGED,
                                &[("notice", store::text(&row.notice))],
                            );
                            note.set(Some(w(lang, W::SavedDone)));
                        }
                        Err(_) => note.set(Some(w(lang, W::SaveFailed))),
                    }
                });
            },
        )
    };
    let on_marking = {
        let marking = marking.clone();
        use_callback((), move |i: Option<usize>, _| marking.set(i))
    };

    // Extends a row's deadline (`Some`) or takes the extension back (`None`), in the page's open
    // notice or here, as `on_mark` does.
    let on_extend = {
        let (loaded, extending, note) = (loaded.clone(), extending.clone(), note.clone());
        use_callback(
            (data.clone(), props.open_notice.clone()),
            move |(i, x): (usize, Option<Extension>), (data, open_notice)| {
                let Some(Data { list, rows, .. }) = data.clone() else {
                    return;
                };
                let Some(row) = rows.get(i).cloned() else {
                    return;
                };
                extending.set(None);
                let mut new_rows = (*rows).clone();
                if let Some(r) = new_rows.get_mut(i) {
                    let original = r.was.take().or_else(|| r.due.clone());
                    r.due = x.as_ref().map(|x| x.due.clone()).or(original.clone());
                    r.was = x.as_ref().and(original);
                    r.standing = Standing::of(r.due.as_deref(), r.done.as_deref(), &today());
                    r.days_left = crate::board::days_from(r.due.as_deref(), &today());
                }
                if *row.notice == **open_notice {
                    store::tell_page(
                        store::EXTEND,
                        &[
                            ("notice", store::text(&row.notice)),
                            ("task", store::text(&row.task)),
                            ("due", store::maybe(x.as_ref().map(|x| x.due.as_str()))),
                            ("note", store::maybe(x.as_ref().map(|x| x.note.as_str()))),
                            ("at", store::maybe(x.as_ref().and_then(|x| x.at.as_deref()))),
                        ],
                    );
                    loaded.set(ready(list.clone(), Rc::new(new_rows)));
                    note.set(Some(w(lang, W::SavedExtension)));
                    return;
                }
                let Some(old) = list.iter().find(|s| s.id == row.notice).cloned() else {
                    return;
                };
                let (loaded, note) = (loaded.clone(), note.clone());
                spawn_local(async move {
                    match store::extend(&row.notice, &row.task, x, &old).await {
                        Ok(summary) => {
                            let mut list = (*list).clone();
                            if let Some(s) = list.iter_mut().find(|s| s.id == summary.id) {
                                *s = summary;
                            }
                            loaded.set(ready(Rc::new(list), Rc::new(new_rows)));
                            store::tell_page(
                                store::CHANGED,
                                &[("notice", store::text(&row.notice))],
                            );
                            note.set(Some(w(lang, W::SavedExtension)));
                        }
                        Err(_) => note.set(Some(w(lang, W::SaveFailed))),
                    }
                });
            },
        )
    };
    // The unit directory changed: the rows are keyed through it again.
    let on_directory = {
        let loaded = loaded.clone();
        use_callback(data.clone(), move |dir: crate::board::Directory, data| {
            if let Some(Data { list, .. }) = data.clone() {
                let rows = crate::board::rows_with(&list, &today(), &dir);
                loaded.set(ready(list, Rc::new(rows)));
            }
        })
    };
    let on_extending = {
        let extending = extending.clone();
        use_callback((), move |i: Option<usize>, _| extending.set(i))
    };
    let rows = match &*loaded {
        Loaded::Waiting => {
            return html! { <section class="board" data-testid="board" aria-busy="true">
            <p role="status">{ w(lang, W::Loading) }</p></section> }
        }
        Loaded::Failed => {
            return html! { <section class="board" data-testid="board">
            <p class="board-note" role="alert">{ w(lang, W::Failed) }</p></section> }
        }
        Loaded::Ready(d) => d.rows.clone(),
    };
    let Some(choices) = choices.as_ref() else {
        return html! {};
    };
    let units = &choices.units;
    let on_search = {
        let (d, limit) = (filter.dispatcher(), limit.clone());
        Callback::from(move |e: InputEvent| {
            let text = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            d.dispatch(Change::Text(text));
            limit.set(FIRST);
        })
    };
    let on_clear = {
        let d = filter.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Change::Clear))
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
    let old_summaries = choices.old_summaries;

    let f = &filter.0;
    let standings: Vec<(String, String)> = Standing::ALL
        .iter()
        .map(|s| (s.code().to_string(), standing(lang, *s).to_string()))
        .collect();
    let group_options: Vec<(String, String)> = [
        (GroupBy::Unit, W::Unit),
        (GroupBy::Notice, W::Notice),
        (GroupBy::Standing, W::Standing),
        (GroupBy::Month, W::Month),
    ]
    .iter()
    .map(|(g, k)| (g.code().to_string(), w(lang, *k).to_string()))
    .collect();
    let filters = html! {
        <div class="board-filters">
            <label class="board-search">
                <span>{ w(lang, W::Search) }<small>{ format!(" ({})", w(lang, W::SearchHint)) }</small></span>
                <input type="search" data-testid="board-search" value={f.text.clone()} oninput={on_search} />
            </label>
            <Choice testid="board-filter-unit" label={w(lang, W::Unit)} all={w(lang, W::AllUnits)}
                options={choices.unit_options.clone()} selected={f.unit.clone()} on_change={on_unit} />
            <Choice testid="board-filter-status" label={w(lang, W::Standing)} all={w(lang, W::AllStandings)}
                options={Shared(Rc::new(standings))} selected={f.standing.map(|s| s.code().to_string())}
                on_change={on_standing} />
            <Choice testid="board-filter-notice" label={w(lang, W::Notice)} all={w(lang, W::AllNotices)}
                options={choices.notices.clone()} selected={f.notice.clone()} on_change={on_notice} />
            <Choice testid="board-group-by" label={w(lang, W::GroupBy)} all={w(lang, W::NoGrouping)}
                options={Shared(Rc::new(group_options))} selected={Some(group_by.code().to_string()).filter(|c| !c.is_empty())}
                on_change={on_group} />
            <Choice testid="board-filter-month" label={w(lang, W::Month)} all={w(lang, W::AllMonths)}
                options={choices.months.clone()} selected={f.month.clone()} on_change={on_month} />
            if !f.is_empty() {
                <button type="button" data-testid="board-clear" onclick={on_clear}>{ w(lang, W::Clear) }</button>
            }
        </div>
    };

    if *tab == Tab::Report {
        return html! {
            <section class="board" data-testid="board" aria-label={w(lang, W::ReportTitle)}>
                <div class="board-head">{ tabs }</div>
                { filters }
                <ReportView {lang} rows={crate::app::Shared(rows.clone())} kept={crate::app::Shared(kept.clone())}
                    units={crate::app::Shared(units.clone())} />
                <DirectoryView {lang} rows={crate::app::Shared(rows.clone())} units={crate::app::Shared(units.clone())}
                    on_change={on_directory} />
            </section>
        };
    }

    let today_s = AttrValue::from(today());
    // The rows drawn: the groups in order, `limit` rows in all (a row may stand in two groups).
    let listed: usize = groups.iter().map(|g| g.rows.len()).sum();
    let shown = listed.min(*limit);
    let mut left = shown;
    let mut drawn: Vec<Html> = Vec::new();
    for (n, group) in groups.iter().enumerate() {
        if left == 0 {
            break;
        }
        if *group_by != GroupBy::Nothing {
            let label = match *group_by {
                GroupBy::Standing => Standing::from_code(&group.label)
                    .map_or(String::new(), |s| standing(lang, s).to_string()),
                _ if group.label.is_empty() => w(lang, W::NoDue).to_string(),
                _ => group.label.clone(),
            };
            drawn.push(html! {
                <li key={format!("g{n}")} class="board-group" data-testid="board-group">
                    <h3>{ format!("{label} ({})", group.rows.len()) }</h3></li>
            });
        }
        for &i in group.rows.iter().take(left) {
            drawn.push(html! {
                <BoardRow key={format!("{n}-{i}")} {lang} rows={Shared(rows.clone())} index={i}
                    marking={*marking == Some(i)} today={today_s.clone()}
                    on_marking={on_marking.clone()} on_mark={on_mark.clone()}
                    extending={*extending == Some(i)} on_extending={on_extending.clone()}
                    on_extend={on_extend.clone()} />
            });
        }
        left -= left.min(group.rows.len());
    }
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
            <ul class="board-rows" aria-busy={(shown < listed && *limit < PAGE).then_some("true")}>
                { for drawn }
            </ul>
            if shown < listed {
                <button type="button" data-testid="board-more" class="board-more"
                    onclick={{ let limit = limit.clone(); Callback::from(move |_: MouseEvent| limit.set(*limit + PAGE)) }}>
                    { format!("{} ({})", w(lang, W::ShowMore), listed - shown) }</button>
            }
        </section>
    }
}
