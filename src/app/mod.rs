//! The Yew web app (wasm32 only): a thin layer over the core. One reducer holds the state
//! ([`state`]); components are small and named after what they show.

pub mod batches;
pub mod board;
pub mod chip_editor;
pub mod deadline_chip;
pub mod dom;
pub mod export_menu;
pub mod files;
pub mod handover;
pub mod i18n;
pub mod input;
pub mod library_actions;
pub mod library_db;
pub mod message_bar;
pub mod messages;
pub mod notice_header;
pub mod notice_view;
pub mod owner_chip;
pub mod panic;
pub mod print_page;
pub mod reader;
pub mod root;
pub mod share_dialog;
pub mod state;
pub mod storage;
pub mod summary_js;
pub mod tag_toolbar;
pub mod task_table;
pub mod timings;
pub mod today;
pub mod workspace;

use std::ops::Deref;
use std::rc::Rc;

pub use root::App;

/// A shared value compared by identity (cheap props for big data such as the document).
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}

/// Starts the app: the panic hook first, then the app in `#app` (or the body), in place of the
/// page's loading shell (`#shell` in index.html).
pub fn start() {
    panic::install();
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("shell"))
    {
        shell.remove();
    }
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.get_element_by_id("app")
            .or_else(|| d.body().map(Into::into))
    });
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// Renders the app into an element (used by the browser tests).
pub fn render_into(root: web_sys::Element) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root(root).render()
}
