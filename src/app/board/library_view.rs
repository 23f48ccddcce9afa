//! The library's list: every notice kept in this browser with its number, date, issuer and
//! subject, and its tasks, overdue and due-soon counts on today's date; a search over them; open,
//! move to the trash, restore from it or delete for good; back up the whole library as one file
//! and restore it. What is kept where is `library_db.rs`'s; this only shows it and asks
//! ([`super::library_panel`] does what it asks). Part of the board's lazy module: the first visit
//! does not carry it.

use yew::prelude::*;

use crate::app::i18n::{t, Lang, K};
use crate::app::Shared;
use crate::export::vn_date;
use crate::library::{matches, Summary};

#[derive(Properties, PartialEq)]
pub struct LibraryViewProps {
    pub lang: Lang,
    /// The notices kept (`None` while the library is being opened).
    pub list: Option<Shared<Vec<Summary>>>,
    /// The browser has no usable IndexedDB.
    pub unavailable: bool,
    /// The open notice's id.
    pub open_id: AttrValue,
    /// Today, `YYYY-MM-DD`.
    pub today: AttrValue,
    pub on_open: Callback<String>,
    pub on_trash: Callback<String>,
    pub on_restore: Callback<String>,
    pub on_delete: Callback<String>,
    pub on_backup: Callback<()>,
    pub on_restore_file: Callback<web_sys::File>,
    pub on_back: Callback<()>,
}

/// "397/TB-SGDĐT · ngày 17/02/2020 · SỞ GIÁO DỤC VÀ ĐÀO TẠO".
fn meta_line(lang: Lang, s: &Summary) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.push(
        s.number
            .clone()
            .unwrap_or_else(|| t(lang, K::NoNumber).to_string()),
    );
    if let Some(d) = s.issued_date.as_deref().or(s.meeting_date.as_deref()) {
        parts.push(match lang {
            Lang::Vi => format!("ngày {}", vn_date(d)),
            Lang::En => vn_date(d),
        });
    }
    if let Some(issuer) = &s.issuer {
        parts.push(issuer.clone());
    }
    parts.join(" · ")
}

/// "3 nhiệm vụ · 1 sắp đến hạn · 1 đã hoàn thành" (overdue apart, shown in red).
fn counts_line(lang: Lang, c: &crate::library::Counts) -> String {
    let mut parts = vec![format!("{} {}", c.tasks, t(lang, K::CountTasks))];
    for (n, k) in [(c.due_soon, K::CountDueSoon), (c.done, K::CountDone)] {
        if n > 0 {
            parts.push(format!("{n} {}", t(lang, k)));
        }
    }
    parts.join(" · ")
}

fn item(props: &LibraryViewProps, s: &Summary, in_trash: bool) -> Html {
    let lang = props.lang;
    let c = s.counts(&props.today);
    let is_open = *s.id == *props.open_id && !in_trash;
    let id = s.id.clone();
    let act = |cb: &Callback<String>, confirm: Option<K>| {
        let (cb, id) = (cb.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            let sure = confirm.is_none_or(|k| {
                web_sys::window()
                    .and_then(|w| w.confirm_with_message(t(lang, k)).ok())
                    .unwrap_or(false)
            });
            if sure {
                cb.emit(id.clone());
            }
        })
    };
    // In the list: open, delete (to the trash). In the trash: restore, delete for good.
    let (first, second) = if in_trash {
        (
            (
                K::RestoreNotice,
                "library-restore",
                act(&props.on_restore, None),
            ),
            (
                K::DeleteForever,
                "library-delete-forever",
                act(&props.on_delete, Some(K::ConfirmDeleteForever)),
            ),
        )
    } else {
        (
            (K::OpenNotice, "library-open", act(&props.on_open, None)),
            (
                K::TrashNotice,
                "library-trash-item",
                act(&props.on_trash, None),
            ),
        )
    };
    let button = |(k, testid, onclick): (K, &'static str, Callback<MouseEvent>)| {
        html! { <button type="button" class="small" data-testid={testid} {onclick}>{ t(lang, k) }</button> }
    };
    html! {
        <li class={classes!("library-item", is_open.then_some("is-open"))} data-testid="library-item"
            data-notice-id={s.id.clone()} aria-current={is_open.then_some("true")}>
            <div class="library-main">
                <b class="library-title">{ s.title() }</b>
                if is_open {
                    { " " }<span class="chip-open">{ t(lang, K::IsOpen) }</span>
                }
                <p class="library-meta">{ meta_line(lang, s) }</p>
                <p class="library-counts" data-testid="library-counts">
                    if c.overdue > 0 {
                        <span class="count-overdue" data-testid="library-overdue">
                            { format!("{} {} · ", c.overdue, t(lang, K::CountOverdue)) }</span>
                    }
                    { counts_line(lang, &c) }
                </p>
            </div>
            <div class="library-actions">{ button(first) }{ button(second) }</div>
        </li>
    }
}

#[component]
pub fn LibraryView(props: &LibraryViewProps) -> Html {
    let lang = props.lang;
    let query = use_state_eq(String::new);
    let in_trash = use_state_eq(|| false);
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                query.set(input.value());
            }
        })
    };
    let toggle_trash = {
        let in_trash = in_trash.clone();
        Callback::from(move |_: MouseEvent| in_trash.set(!*in_trash))
    };
    let on_backup = {
        let cb = props.on_backup.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let on_back = {
        let cb = props.on_back.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let on_restore_file = {
        let cb = props.on_restore_file.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                let sure = web_sys::window()
                    .and_then(|w| w.confirm_with_message(t(lang, K::ConfirmRestore)).ok())
                    .unwrap_or(false);
                if sure {
                    cb.emit(file);
                }
            }
            input.set_value("");
        })
    };

    let body = match &props.list {
        None if props.unavailable => {
            html! { <p class="library-note" role="status">{ t(lang, K::LibraryUnavailable) }</p> }
        }
        None => html! { <p class="library-note" role="status">{ t(lang, K::LibraryLoading) }</p> },
        Some(list) => {
            let trash = *in_trash;
            let shown: Vec<&Summary> = list
                .iter()
                .filter(|s| s.trashed.is_some() == trash)
                .filter(|s| matches(s, &query))
                .collect();
            let any = list.iter().any(|s| s.trashed.is_some() == trash);
            if shown.is_empty() {
                let k = match (trash, any) {
                    (true, false) => K::TrashEmpty,
                    (false, false) => K::LibraryEmpty,
                    _ => K::LibraryNoMatch,
                };
                html! { <p class="library-note" data-testid="library-empty">{ t(lang, k) }</p> }
            } else {
                html! {
                    <ul class="library-list">
                        { for shown.into_iter().map(|s| item(props, s, trash)) }
                    </ul>
                }
            }
        }
    };
    let trashed = props
        .list
        .as_ref()
        .map_or(0, |l| l.iter().filter(|s| s.trashed.is_some()).count());
    html! {
        <section class="library" data-testid="library" aria-labelledby="library-title">
            <div class="library-head">
                <h2 id="library-title" class="pane-title">
                    { if *in_trash { t(lang, K::Trash) } else { t(lang, K::LibraryTitle) } }
                </h2>
                <button type="button" class="small" data-testid="back-to-notice" onclick={on_back}>
                    { t(lang, K::BackToNotice) }</button>
            </div>
            <div class="library-tools">
                <input type="search" data-testid="library-search" class="library-search"
                    placeholder={t(lang, K::LibrarySearch)} aria-label={t(lang, K::LibrarySearch)}
                    value={(*query).clone()} oninput={on_query} />
                <button type="button" class="small" data-testid="library-show-trash"
                    aria-pressed={if *in_trash { "true" } else { "false" }} onclick={toggle_trash}>
                    { if *in_trash { t(lang, K::BackToLibrary).to_string() } else { format!("{} ({trashed})", t(lang, K::Trash)) } }
                </button>
                <button type="button" class="small" data-testid="backup-library"
                    title={t(lang, K::BackupLibraryTitle)} onclick={on_backup}
                    disabled={props.list.as_ref().is_none_or(|l| l.is_empty())}>{ t(lang, K::BackupLibrary) }</button>
                <label class="button small">
                    { t(lang, K::RestoreLibrary) }
                    <input type="file" data-testid="restore-library" class="visually-hidden"
                        accept=".json,application/json" onchange={on_restore_file} />
                </label>
            </div>
            { body }
        </section>
    }
}
