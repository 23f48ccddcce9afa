//! The root component: wires the state to the parts of the page, and the page's events
//! (selection, shortcuts, drops, saving, other tabs) to the state.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::export_menu::{close_on_click_outside, export_menu};
use super::files::{self, ReaderSlot};
use super::handover;
use super::i18n::{t, K};
use super::input::PasteArea;
use super::library_actions;
use super::message_bar::{rename_bar, AsideBar, MessageBar, OfferBar, OrphanList};
use super::messages::{Msg, StorageFailure};
use super::notice_header::notice_header;
use super::notice_view::NoticeView;
use super::print_page::print_page;
use super::share_dialog::{self, share_dialog, shared_bar};
use super::state::{self, Action, RowAction, State, TagKind, View};
use super::storage::{self, AppData, TabRecord};
use super::tag_toolbar::TagToolbar;
use super::task_table::TaskTable;
use super::{dom, workspace, Shared};
use crate::document::Document;
use crate::export::Format;

/// The pause after a change before it is saved.
pub const SAVE_DEBOUNCE_MS: u32 = 300;
/// The pause after another tab saved another notice before the library's list is read again.
const LIST_AFTER_OTHER_TAB_MS: u32 = 400;

type Dispatcher = UseReducerDispatcher<State>;

/// Saves a state now (unless another tab saved since this one last looked).
fn save_now(s: &State, d: &Dispatcher, report: bool) {
    let stored = storage::load_tab();
    if let Some(rec) = &stored {
        // Another tab's save of another notice is no conflict: each is its own in the library.
        let same_notice = rec.notice.is_empty() || *rec.notice == *s.notice_id;
        if same_notice && rec.tab != *s.tab && rec.rev > s.seen.get() {
            if report {
                d.dispatch(Action::OtherTabSaved);
            }
            return;
        }
    }
    let rev = stored
        .map_or(0, |r| r.rev)
        .max(s.seen.get())
        .saturating_add(1);
    let app = AppData {
        rev,
        removed: s.editor.removed().to_vec(),
        notice_id: Some(s.notice_id.to_string()),
    };
    let rec = TabRecord {
        rev,
        tab: s.tab.to_string(),
        notice: s.notice_id.to_string(),
    };
    match storage::save_doc(s.editor.doc(), &app, &rec) {
        Ok(json) => {
            s.seen.set(rev);
            library_actions::remember_open(&s.notice_id);
            let doc = s.editor.doc();
            if s.to_library && !doc.text.trim().is_empty() {
                let mut summary =
                    crate::library::Summary::of(&s.notice_id, doc, js_sys::Date::now());
                summary.rev = rev;
                library_actions::put(d.clone(), summary, json, report);
            }
            if report {
                d.dispatch(Action::Saved);
            }
        }
        Err(f) => {
            if report {
                d.dispatch(Action::Notify(Msg::SaveFailed(f)));
            }
        }
    }
}

/// Downloads the saved copies the app could not read, as they were stored (the one still in
/// place too, when it could not be set aside).
fn download_unreadable() {
    let mut copies: Vec<String> = storage::aside().into_iter().map(|(_, json)| json).collect();
    if let Ok(Some(stored)) = storage::get(storage::DOC_KEY) {
        if storage::parse_saved(&stored).is_err() && !copies.contains(&stored) {
            copies.push(stored);
        }
    }
    for (n, json) in copies.iter().enumerate() {
        let name = if n == 0 {
            "ketluan-ban-luu-khong-doc-duoc.json".to_string()
        } else {
            format!("ketluan-ban-luu-khong-doc-duoc-{}.json", n + 1)
        };
        let _ = dom::download(&name, json, "application/json");
    }
}

fn is_editable(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.get_attribute("contenteditable").is_some()
        })
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(State::restore);
    let dispatcher = state.dispatcher();
    // The reader's replies come back through the dispatcher.
    super::reader::connect(Callback::from({
        let d = dispatcher.clone();
        move |a: Action| d.dispatch(a)
    }));
    let root = use_node_ref();
    let view_ref = use_node_ref();
    let file_ref = use_node_ref();
    let selection = use_state_eq(|| None::<dom::Sel>);
    let sel_mirror: Rc<RefCell<Option<dom::Sel>>> = use_mut_ref(|| None);
    if let Ok(mut m) = sel_mirror.try_borrow_mut() {
        *m = *selection;
    }
    let active: Rc<RefCell<Option<String>>> = use_mut_ref(|| None);
    let dragging = use_state_eq(|| false);
    let reader_slot: ReaderSlot = (*use_state(|| Rc::new(std::cell::Cell::new(0)))).clone();
    let save_timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    // The open notice's id, for the listeners set up once.
    let open_notice: Rc<RefCell<Rc<str>>> = use_mut_ref(|| state.notice_id.clone());
    // A task the board asked to be shown, until its notice is open.
    let pending_task: Rc<RefCell<Option<String>>> = use_mut_ref(|| None);
    if let Ok(mut n) = open_notice.try_borrow_mut() {
        if **n != *state.notice_id {
            *n = state.notice_id.clone();
        }
    }
    // The share link shown in its dialog, and whether the print view is open.
    // (The link is shown only for the document it was made from.)
    let share_url = use_state_eq(|| None::<(Shared<Document>, AttrValue)>);
    let copied = use_state_eq(|| None::<bool>);
    let share_field = use_node_ref();
    let printing = use_state_eq(|| false);
    let print_ref = use_node_ref();
    let menu_ref = use_node_ref();

    // ---- stable callbacks (one per list / kind of event) ----
    let on_read = {
        let d = dispatcher.clone();
        use_callback((), move |text: String, _| d.dispatch(Action::Read(text)))
    };
    let on_paste = {
        let d = dispatcher.clone();
        use_callback((), move |(text, html): (String, Option<String>), _| {
            d.dispatch(Action::Paste { text, html })
        })
    };
    let on_typed = {
        let d = dispatcher.clone();
        use_callback((), move |_: (), _| d.dispatch(Action::Typed))
    };
    let on_row = {
        let d = dispatcher.clone();
        use_callback((), move |a: RowAction, _| d.dispatch(Action::Row(a)))
    };
    let on_hover = {
        let (root, active) = (root.clone(), active.clone());
        use_callback((), move |id: Option<String>, _| {
            if *active.borrow() == id {
                return;
            }
            if let Some(root) = root.cast::<Element>() {
                dom::set_active(&root, id.as_deref());
            }
            *active.borrow_mut() = id;
        })
    };
    let on_show = {
        let (view_ref, on_hover) = (view_ref.clone(), on_hover.clone());
        use_callback((), move |id: String, _| {
            if let Some(view) = view_ref.cast::<Element>() {
                if let Some(first) = dom::elements_of(&view, &id).first() {
                    dom::scroll_to(first);
                }
            }
            on_hover.emit(Some(id));
        })
    };
    let on_pick = {
        let root = root.clone();
        use_callback((), move |id: String, _| {
            let Some(root) = root.cast::<Element>() else {
                return;
            };
            let row = dom::elements_of(&root, &id)
                .into_iter()
                .find(|el| el.tag_name() == "TR");
            if let Some(row) = row {
                dom::scroll_to(&row);
                if let Some(h) = row.dyn_ref::<HtmlElement>() {
                    let _ = h.focus();
                }
            }
        })
    };
    let on_tag = {
        let (d, sel, selection) = (dispatcher.clone(), sel_mirror.clone(), selection.clone());
        use_callback((), move |kind: TagKind, _| {
            let current = *sel.borrow();
            match current {
                Some(sel) => {
                    d.dispatch(Action::Tag {
                        kind,
                        start: sel.start,
                        end: sel.end,
                    });
                    dom::clear_selection();
                    selection.set(None);
                }
                None => d.dispatch(Action::Notify(Msg::SelectFirst)),
            }
        })
    };
    let on_apply = {
        let d = dispatcher.clone();
        use_callback((), move |i: usize, _| d.dispatch(Action::ApplyOffer(i)))
    };
    let on_dismiss_offer = {
        let d = dispatcher.clone();
        use_callback((), move |i: usize, _| d.dispatch(Action::DismissOffer(i)))
    };
    let on_action = {
        let d = dispatcher.clone();
        Callback::from(move |a: Action| d.dispatch(a))
    };
    // A plain action made anew at each call (`Action` is not `Clone`: its derive cost the
    // first visit's size budget).
    let simple = |a: fn() -> Action| {
        let d = dispatcher.clone();
        Callback::from(move |_: ()| d.dispatch(a()))
    };

    // ---- the selection in the notice view (and where its toolbar goes) ----
    {
        let (view_ref, selection) = (view_ref.clone(), selection.clone());
        use_effect_with((), move |_| {
            let update = Rc::new(move || {
                let sel = view_ref
                    .cast::<Element>()
                    .and_then(|v| dom::selection_in(&v));
                selection.set(sel);
            });
            let mut listeners = Vec::new();
            let window = web_sys::window();
            if let Some(doc) = window.as_ref().and_then(|w| w.document()) {
                let u = update.clone();
                listeners.push(EventListener::new(&doc, "selectionchange", move |_| u()));
                // Scrolling anything (the view, the page) moves the selection on screen.
                let u = update.clone();
                listeners.push(EventListener::new_with_options(
                    &doc,
                    "scroll",
                    gloo::events::EventListenerOptions::run_in_capture_phase(),
                    move |_| u(),
                ));
            }
            if let Some(w) = window {
                let u = update.clone();
                listeners.push(EventListener::new(&w, "resize", move |_| u()));
            }
            move || drop(listeners)
        });
    }

    // ---- keyboard shortcuts: Alt+1..4 tag, Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) undo/redo ----
    {
        let (d, on_tag) = (dispatcher.clone(), on_tag.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
                // Not passive: the shortcuts must be able to stop the browser's own Ctrl+Z.
                EventListener::new_with_options(
                    &doc,
                    "keydown",
                    gloo::events::EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                            return;
                        };
                        if e.alt_key() && !e.ctrl_key() && !e.meta_key() {
                            let kind = match e.code().as_str() {
                                "Digit1" | "Numpad1" => Some(TagKind::Lead),
                                "Digit2" | "Numpad2" => Some(TagKind::Support),
                                "Digit3" | "Numpad3" => Some(TagKind::Deadline),
                                "Digit4" | "Numpad4" => Some(TagKind::Directive),
                                _ => None,
                            };
                            if let Some(kind) = kind {
                                e.prevent_default();
                                on_tag.emit(kind);
                            }
                            return;
                        }
                        if (e.ctrl_key() || e.meta_key())
                            && !e.alt_key()
                            && !is_editable(e.target())
                        {
                            match (e.key().to_ascii_lowercase().as_str(), e.shift_key()) {
                                ("z", false) => {
                                    e.prevent_default();
                                    d.dispatch(Action::Undo);
                                }
                                ("z", true) | ("y", false) => {
                                    e.prevent_default();
                                    d.dispatch(Action::Redo);
                                }
                                _ => {}
                            }
                        }
                    },
                )
            });
            move || drop(listener)
        });
    }

    // ---- saving: debounced, flushed when the tab is hidden or closed; not while showing a
    // document opened from a share link that the user has not kept ----
    {
        let (state, d, timer) = (state.clone(), dispatcher.clone(), save_timer.clone());
        use_effect_with((state.rev, state.conflict), move |(rev, conflict)| {
            if *rev > 0 && !*conflict && state.shared.is_none() {
                let snapshot: State = (*state).clone();
                storage::set_pending(
                    &state.notice_id,
                    Box::new(move |report| save_now(&snapshot, &d, report)),
                );
                let t = Timeout::new(SAVE_DEBOUNCE_MS, || storage::flush(true));
                if let Ok(mut slot) = timer.try_borrow_mut() {
                    *slot = Some(t);
                }
            }
        });
    }
    use_effect_with((), move |_| {
        let doc = web_sys::window().and_then(|w| w.document());
        let vis = doc.as_ref().map(|doc| {
            let doc2 = doc.clone();
            EventListener::new(doc, "visibilitychange", move |_| {
                if doc2.visibility_state() == web_sys::VisibilityState::Hidden {
                    storage::flush(true);
                }
            })
        });
        let hide = web_sys::window()
            .map(|w| EventListener::new(&w, "pagehide", move |_| storage::flush(true)));
        move || {
            drop(vis);
            drop(hide);
            // Unmounted: write what is pending rather than lose it.
            storage::flush(false);
        }
    });

    // ---- another tab saved ----
    {
        let (d, tab, seen) = (dispatcher.clone(), state.tab.clone(), state.seen.clone());
        let notice = open_notice.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if e.key().as_deref() != Some(storage::TAB_KEY) {
                        return;
                    }
                    let rec = e
                        .new_value()
                        .and_then(|v| serde_json::from_str::<TabRecord>(&v).ok());
                    if let Some(rec) = rec {
                        if rec.tab == *tab {
                            return;
                        }
                        let same_notice = rec.notice.is_empty() || *rec.notice == **notice.borrow();
                        if same_notice && rec.rev > seen.get() {
                            d.dispatch(Action::OtherTabSaved);
                        } else if !same_notice {
                            // Another notice saved: the library's list follows, once its
                            // write to the database is through.
                            let d = d.clone();
                            Timeout::new(LIST_AFTER_OTHER_TAB_MS, move || {
                                library_actions::refresh(d)
                            })
                            .forget();
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }

    // ---- a share link: the one the page was opened with, or one put in the address bar of
    // the open page; and the "other formats" menu closes on a click outside it ----
    {
        let d = dispatcher.clone();
        let pending = state.link_pending;
        let menu_ref = menu_ref.clone();
        use_effect_with((), move |_| {
            let outside = close_on_click_outside(menu_ref);
            let open = move |d: Dispatcher| {
                if let Some(link) = handover::take_link() {
                    yew::platform::spawn_local(async move {
                        d.dispatch(Action::LinkRead(handover::read_link(&link).await));
                    });
                }
            };
            if pending {
                open(d.clone());
            }
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    // What waits to be saved is saved before the view changes.
                    storage::flush(true);
                    open(d.clone());
                })
            });
            move || drop((listener, outside))
        });
    }

    // ---- language and remembered units ----
    {
        let d = dispatcher.clone();
        use_effect_with(state.lang, move |lang| {
            dom::set_html_lang(lang.code());
            if let Some(title) = web_sys::window().and_then(|w| w.document()) {
                title.set_title(t(*lang, K::AppTitle));
            }
            if let Err(f) = storage::save_lang(*lang) {
                d.dispatch(Action::Notify(Msg::SaveFailed(f)));
            }
        });
    }
    {
        let (d, units) = (dispatcher.clone(), state.units.clone());
        use_effect_with(state.units_rev, move |rev| {
            if *rev > 0 {
                if let Err(f) = storage::save_units(&units) {
                    d.dispatch(state::units_failure(f));
                }
            }
        });
    }

    // ---- the library's list, the task board and the alert banner: the workspace's lazy
    // module (workspace.rs), drawn beside the page's app while its own view is hidden ----
    {
        let view = match state.view {
            View::Notice => "",
            View::Library => "library",
            View::Board => "board",
        };
        // Drawn again (the library read again) whenever the page's list changes.
        let listed = state.library.as_ref().map_or(0, |l| Rc::as_ptr(l) as usize);
        let key = (view, state.lang.code(), state.notice_id.clone(), listed);
        use_effect_with(key, |(view, lang, open, _)| {
            workspace::show(view, lang, open)
        });
        // Counted again whenever the list changes (the loader fetches the module only when
        // some open task is overdue or due within 7 days).
        use_effect_with((listed, state.lang.code()), |(listed, lang)| {
            if *listed != 0 {
                workspace::alerts(lang);
            }
        });
    }
    {
        let (d, on_row) = (dispatcher.clone(), on_row.clone());
        let (notice, pending) = (open_notice.clone(), pending_task.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, workspace::EVENT, move |e| {
                    let field = |key| workspace::field(e, key);
                    let text = |key| field(key).as_string();
                    let id = text("notice");
                    let is_open = id.as_deref().is_some_and(|id| *id == **notice.borrow());
                    match text("kind").as_deref() {
                        Some("show") => d.dispatch(Action::Show(View::Board)),
                        Some("back") => d.dispatch(Action::Show(View::Notice)),
                        Some("changed") => library_actions::refresh(d.clone()),
                        Some("updated") => {
                            if let Some(s) = super::summary_js::from_js(&field("summary")) {
                                d.dispatch(Action::LibraryUpdated(s));
                            }
                        }
                        Some("removed") => {
                            if let Some(id) = id {
                                d.dispatch(Action::LibraryRemoved(id));
                            }
                        }
                        Some("failed") => {
                            let f = match text("what").unwrap_or_default().as_str() {
                                "full" => StorageFailure::Full,
                                "unavailable" => StorageFailure::Unavailable,
                                other => StorageFailure::Other(other.to_string()),
                            };
                            d.dispatch(Action::Notify(Msg::LibraryFailed(f)));
                        }
                        // A backup or a restore, done by the workspace's module.
                        Some("flush") => storage::flush(true),
                        Some("exported") => d.dispatch(Action::Notify(Msg::Exported(
                            text("name").unwrap_or_default(),
                        ))),
                        Some("export-failed") => d.dispatch(Action::Notify(Msg::ExportFailed)),
                        Some("unreadable") => d.dispatch(Action::Notify(Msg::FileUnreadable)),
                        Some("refused") => d.dispatch(Action::Notify(Msg::BackupRefused {
                            name: text("name").unwrap_or_default(),
                            vi: text("vi").unwrap_or_default(),
                            en: text("en").unwrap_or_default(),
                        })),
                        Some("restored") => {
                            let count = field("count").as_f64().unwrap_or(0.0) as usize;
                            d.dispatch(Action::LibraryRestored {
                                count,
                                open: text("json"),
                            });
                            library_actions::refresh(d.clone());
                        }
                        // A task of the open notice marked done (or open again) on the board.
                        Some("done") if is_open => {
                            let done = text("date").map(|date| crate::document::Done {
                                date,
                                note: text("note").unwrap_or_default(),
                            });
                            if let Some(task) = text("task") {
                                on_row.emit(RowAction::SetDone(task, done));
                            }
                        }
                        // A task of the open notice extended (or the extension taken back).
                        Some("extend") if is_open => {
                            let x = text("due").map(|due| crate::document::Extension {
                                due,
                                note: text("note").unwrap_or_default(),
                                at: text("at"),
                            });
                            if let Some(task) = text("task") {
                                on_row.emit(RowAction::Extend(task, x));
                            }
                        }
                        Some("open") => {
                            *pending.borrow_mut() = text("task");
                            match id {
                                _ if is_open => d.dispatch(Action::Show(View::Notice)),
                                Some(id) => library_actions::open(d.clone(), id),
                                None => {}
                            }
                        }
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        // A task asked for from the board, shown once its notice is open and in view.
        let (pending, on_show) = (pending_task.clone(), on_show.clone());
        use_effect_with((state.notice_id.clone(), state.view), move |(_, view)| {
            if *view == View::Notice && pending.borrow().is_some() {
                dom::after_next_paint(move || {
                    if let Some(task) = pending.borrow_mut().take() {
                        on_show.emit(task);
                    }
                });
            }
        });
    }

    // ---- the library: its list read at start ----
    {
        let (d, id) = (dispatcher.clone(), state.notice_id.to_string());
        let reopen = !state.link_pending;
        use_effect_with((), move |_| library_actions::start(d, id, reopen));
    }
    let on_new_notice = {
        let d = dispatcher.clone();
        Callback::from(move |_: MouseEvent| {
            storage::flush(true);
            d.dispatch(Action::NewNotice);
        })
    };
    let on_show_library = {
        let d = dispatcher.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Show(View::Library)))
    };
    let on_show_board = {
        let d = dispatcher.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Show(View::Board)))
    };
    // ---- derived data ----
    let doc = Shared(state.editor.doc_rc());
    let units = use_memo(
        (doc.clone(), Shared(state.units.clone())),
        |(doc, units)| {
            let names: Vec<String> = units.iter().map(|u| u.name.clone()).collect();
            crate::edit::known_units(doc, &names)
        },
    );

    // ---- files: the "Mở tệp" button, its hidden input, drops ----
    let on_open_click = {
        let file_ref = file_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_ref.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file_change = {
        let (d, slot) = (dispatcher.clone(), reader_slot.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            files::open_all(files::all(input.files()), d.clone(), &slot);
            input.set_value("");
        })
    };
    // "Dừng": the file being read is given up; its opening is overtaken, so nothing opens.
    let on_cancel_file = {
        let (d, slot) = (dispatcher.clone(), reader_slot.clone());
        Callback::from(move |_: MouseEvent| {
            slot.set(slot.get().wrapping_add(1));
            super::reader::stop_jobs();
            d.dispatch(Action::CancelFile);
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let on_drop = {
        let (d, slot, dragging) = (dispatcher.clone(), reader_slot.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let list = files::all(e.data_transfer().and_then(|dt| dt.files()));
            files::open_all(list, d.clone(), &slot);
        })
    };
    let on_export = {
        let (d, doc) = (dispatcher.clone(), doc.clone());
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::Notify(files::export(&doc)));
        })
    };
    let click = |a: fn() -> Action| {
        let d = dispatcher.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(a()))
    };
    let menu_open = use_state(|| false);
    let on_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_: MouseEvent| menu_open.set(!*menu_open))
    };
    // A phone: choosing an item (a button; the export menu's summary only opens it) folds the
    // menu again.
    let on_nav = {
        let menu_open = menu_open.clone();
        Callback::from(move |e: MouseEvent| {
            let button = e
                .target_dyn_into::<Element>()
                .and_then(|t| t.closest("button").ok().flatten());
            if *menu_open && button.is_some_and(|b| !b.class_list().contains("menu-toggle")) {
                menu_open.set(false);
            }
        })
    };
    let on_lang = {
        let (d, other) = (dispatcher.clone(), state.lang.other());
        Callback::from(move |_: MouseEvent| d.dispatch(Action::SetLang(other)))
    };
    let on_export_json = {
        let (d, doc) = (dispatcher.clone(), doc.clone());
        Callback::from(move |_: ()| d.dispatch(Action::Notify(files::export(&doc))))
    };
    let on_export_as = {
        let (d, doc) = (dispatcher.clone(), doc.clone());
        Callback::from(move |f: Format| {
            let d = d.clone();
            handover::download(f, &doc, move |m| d.dispatch(Action::Notify(m)))
        })
    };

    // ---- other formats, share link, print view ----
    {
        // A new link: selected, not copied yet.
        let (copied, field) = (copied.clone(), share_field.clone());
        use_effect_with(share_url.clone(), move |url: &UseStateHandle<_>| {
            copied.set(None);
            if url.is_some() {
                share_dialog::select(&field);
            }
        });
    }
    let on_copy = {
        let (copied, field, url) = (copied.clone(), share_field.clone(), share_url.clone());
        Callback::from(move |_: MouseEvent| {
            // Selected first: if the clipboard is refused, Ctrl+C copies it.
            share_dialog::select(&field);
            if let Some((_, url)) = &*url {
                let copied = copied.clone();
                handover::copy(url, move |ok| copied.set(Some(ok)));
            }
        })
    };
    let on_share = {
        let (d, doc, share_url) = (dispatcher.clone(), doc.clone(), share_url.clone());
        Callback::from(move |_: MouseEvent| {
            let (d, doc, share_url) = (d.clone(), doc.clone(), share_url.clone());
            yew::platform::spawn_local(async move {
                match handover::share_url(&doc).await {
                    Ok(url) => share_url.set(Some((doc, url.into()))),
                    Err(m) => {
                        share_url.set(None);
                        d.dispatch(Action::Notify(m));
                    }
                }
            });
        })
    };
    let on_share_close = {
        let share_url = share_url.clone();
        Callback::from(move |_: ()| share_url.set(None))
    };
    {
        let print_ref = print_ref.clone();
        use_effect_with(*printing, move |on| {
            handover::set_printing(*on);
            if *on {
                // Focus on "In" (Enter prints again, Escape goes back); the browser's dialog
                // once the page is on screen.
                if let Some(b) = print_ref.cast::<HtmlElement>() {
                    let _ = b.focus();
                }
                dom::after_next_paint(handover::print);
            }
            move || handover::set_printing(false)
        });
    }
    let on_print_view = {
        let printing = printing.clone();
        Callback::from(move |_: MouseEvent| printing.set(true))
    };
    let on_print_close = {
        let printing = printing.clone();
        Callback::from(move |_: ()| printing.set(false))
    };

    let lang = state.lang;
    html! {
        <div class={classes!("app", dragging.then_some("dragging"), (state.view != View::Notice).then_some("board-open"))} ref={root}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <header class="topbar">
                <div class="brand">
                    <h1>{ t(lang, K::AppTitle) }</h1>
                    <p class="subtitle">{ t(lang, K::AppSubtitle) }</p>
                </div>
                <nav class={classes!("actions", (*menu_open).then_some("open"))} aria-label="ketluan" onclick={on_nav}>
                    <button type="button" data-testid="new-notice" title={t(lang, K::NewNoticeTitle)}
                        onclick={on_new_notice}>{ t(lang, K::NewNotice) }</button>
                    <button type="button" data-testid="show-library" onclick={on_show_library}
                        aria-pressed={if state.view == View::Library { "true" } else { "false" }}>
                        { t(lang, K::Library) }
                        if let Some(list) = &state.library {
                            { format!(" ({})", list.iter().filter(|s| s.trashed.is_none()).count()) }
                        }
                    </button>
                    <button type="button" data-testid="show-board" onclick={on_show_board}
                        aria-pressed={if state.view == View::Board { "true" } else { "false" }}>
                        { t(lang, K::Board) }</button>
                    // A phone: the rest of the toolbar is folded behind this button (CSS).
                    <button type="button" class="menu-toggle" data-testid="toolbar-menu" onclick={on_menu}
                        aria-expanded={if *menu_open { "true" } else { "false" }}>{ t(lang, K::More) }</button>
                    <button type="button" data-testid="open-file" onclick={on_open_click}>{ t(lang, K::OpenFile) }</button>
                    <input type="file" data-testid="import-json" ref={file_ref} class="visually-hidden"
                        accept=".docx,.doc,.pdf,.json,.txt,.jpg,.jpeg,.png,image/*,application/json,application/pdf,text/plain" tabindex="-1" aria-hidden="true" multiple=true
                        onchange={on_file_change} />
                    <button type="button" class="primary" data-testid="export-json" onclick={on_export}
                        disabled={doc.text.is_empty()}>{ t(lang, K::ExportJson) }</button>
                    { export_menu(lang, doc.text.is_empty(), &menu_ref, &on_export_as) }
                    <button type="button" data-testid="share-link" onclick={on_share}
                        disabled={doc.text.is_empty()}>{ t(lang, K::ShareLink) }</button>
                    <button type="button" data-testid="print-view" onclick={on_print_view}
                        disabled={doc.text.is_empty()}>{ t(lang, K::PrintView) }</button>
                    <button type="button" data-testid="undo" onclick={click(|| Action::Undo)}
                        disabled={!state.can_undo()} aria-keyshortcuts="Control+Z">{ "↶ " }{ t(lang, K::Undo) }</button>
                    <button type="button" data-testid="redo" onclick={click(|| Action::Redo)}
                        disabled={!state.can_redo()} aria-keyshortcuts="Control+Shift+Z">{ "↷ " }{ t(lang, K::Redo) }</button>
                    <button type="button" data-testid="lang-switch" lang={lang.other().code()}
                        title={t(lang, K::LangSwitchTitle)}
                        onclick={on_lang}>{ t(lang, K::LangSwitch) }</button>
                </nav>
            </header>
            <MessageBar message={state.message.clone()} {lang} conflict={state.conflict}
                on_dismiss={simple(|| Action::DismissMessage)} on_load_theirs={simple(|| Action::LoadTheirs)}
                on_keep_mine={simple(|| Action::KeepMine)} {on_export_json}
                on_undo_conversion={simple(|| Action::UndoConversion)} on_retry={simple(|| Action::Retry)} />
            <AsideBar count={state.aside} {lang} on_download={Callback::from(|_: ()| download_unreadable())}
                on_discard={simple(|| Action::DiscardUnreadable)} />
            if let Some(shared) = &state.shared {
                { shared_bar(shared, lang, click(|| Action::KeepShared), click(|| Action::BackToSaved)) }
            }
            if let Some((_, url)) = share_url.as_ref().filter(|(d, _)| *d == doc) {
                { share_dialog(url, lang, *copied, &share_field, on_copy, &on_share_close) }
            }
            <OrphanList orphans={Shared(state.orphans.clone())} {lang} on_dismiss={simple(|| Action::DismissOrphans)} />
            { for state.renaming.as_ref().map(|r| {
                // Answered, the offer goes; the keyboard's focus goes back to the task renamed in.
                let answer = |a: fn() -> Action| {
                    let (d, back, id) = (dispatcher.clone(), on_pick.clone(), r.id.clone());
                    Callback::from(move |_: ()| {
                        d.dispatch(a());
                        back.emit(id.clone());
                    })
                };
                rename_bar(r, lang, answer(|| Action::RenameAll), answer(|| Action::DismissRename))
            }) }
            <OfferBar offers={Shared(state.offers.clone())} {lang} on_apply={on_apply} on_dismiss={on_dismiss_offer} />
            <main class="layout" hidden={state.view != View::Notice}>
                <section class="pane text-pane">
                    <PasteArea {lang} doc={doc.clone()} text={state.area_text()} input_rev={state.input_rev}
                        {on_read} {on_paste} {on_typed} />
                    <div class="notice-pane">
                        <h2 class="pane-title">{ t(lang, K::NoticeTitle) }</h2>
                        if let Some(percent) = state.loading {
                            <p class="reader-loading" role="status" data-testid="reader-loading">
                                { t(lang, match state.loading_file { Some(true) => K::Recognising, Some(false) => K::FileReading, None => K::ReaderLoading }) }
                                <progress max="100" value={percent.to_string()} data-testid="progress"
                                    aria-valuenow={percent.to_string()}>{ format!("{percent} %") }</progress>
                                if state.loading_file.is_some() {
                                    <button type="button" data-testid="cancel-file" onclick={on_cancel_file}>{ t(lang, K::Cancel) }</button>
                                }
                            </p>
                        }
                        if let Some(sel) = *selection {
                            <TagToolbar {lang} on_tag={on_tag.clone()} x={sel.x} y={sel.y} />
                        }
                        <NoticeView doc={doc.clone()} {lang} text_rev={state.text_rev} view_ref={view_ref.clone()}
                            on_hover={on_hover.clone()} {on_pick} />
                    </div>
                </section>
                <section class="pane tasks-pane">
                    if !doc.text.is_empty() {
                        { notice_header(&doc, lang, &on_action) }
                    }
                    <h2 class="pane-title">{ t(lang, K::TasksTitle) }</h2>
                    <TaskTable doc={doc.clone()} {lang} units={Shared(units)} text_rev={state.text_rev}
                        {on_row} {on_show} {on_hover} />
                </section>
            </main>
            <div class="drop-overlay" aria-hidden="true">{ t(lang, K::DropHere) }</div>
            if *printing {
                { print_page(&doc, lang, &print_ref, Callback::from(|_: MouseEvent| handover::print()),
                    &on_print_close) }
            }
        </div>
    }
}
