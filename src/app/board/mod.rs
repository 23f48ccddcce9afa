//! The workspace across notices — the library's list, the task board, the report per unit and
//! the alert banner: a second Yew app, in its own lazy module (`ketluan-board`, built from
//! `src/board_module.rs` into `dist/lazy/`), that the page fetches only when the library or the
//! board is first opened, or the library has tasks due soon or overdue — the first visit carries
//! none of it (the web app's size budget).
//!
//! It draws into two elements of its own beside the page's app (`#alerts` above it, `#workspace`
//! below it, shown while the page's own view is hidden: two Yew apps never share an element) and talks to the page through window events
//! ([`store`]). The pure part — rows, standings, filters, units, the report, the CSVs — is
//! `crate::board`.

pub mod backup;
pub mod banner;
pub mod board_row;
pub mod board_view;
pub mod choice;
pub mod directory_view;
pub mod library_panel;
pub mod library_view;
pub mod report_view;
pub mod store;
pub mod words;

use std::cell::{Cell, RefCell};

use yew::AppHandle;

use crate::app::i18n::Lang;
use crate::board::Window;
use banner::{Banner, BannerProps};
use board_view::{BoardProps, BoardView};
use library_panel::{LibraryPanel, LibraryPanelProps};

/// Where the board and the library are drawn (index.html), and the banner.
pub const WORKSPACE_HOST: &str = "workspace";
pub const BANNER_HOST: &str = "alerts";

/// What is drawn in the workspace.
enum Shown {
    Board(AppHandle<BoardView>),
    Library(AppHandle<LibraryPanel>),
}

/// What the workspace shows: the view ("board" or "library"), the language and the open notice.
type Showing = (String, Lang, String);

thread_local! {
    static SHOWN: RefCell<Option<(Showing, Shown)>> = const { RefCell::new(None) };
    static BANNER: RefCell<Option<AppHandle<Banner>>> = const { RefCell::new(None) };
    /// How the view shown reads the library again (set by it while it is drawn).
    pub(crate) static REFRESH: RefCell<Option<yew::Callback<()>>> = const { RefCell::new(None) };
    /// A banner's count waiting for the board to open.
    static PENDING: Cell<Option<Window>> = const { Cell::new(None) };
    /// The banner's language, and how it counts again (set by the banner while it is drawn).
    static BANNER_LANG: Cell<Lang> = const { Cell::new(Lang::Vi) };
    pub(crate) static RECOUNT: RefCell<Option<yew::Callback<()>>> = const { RefCell::new(None) };
    /// Whether the user hid the banner (until the page is loaded again).
    pub(crate) static BANNER_HIDDEN: Cell<bool> = const { Cell::new(false) };
}

fn host(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Shows `view` ("board" or "library"; anything else takes the workspace away) in `lang`,
/// knowing which notice the page has open. Shown already as asked, it reads the library again
/// and keeps what the user set (filters, search).
pub fn show(view: &str, lang: &str, open_notice: &str) {
    let lang = Lang::from_code(lang).unwrap_or_default();
    let showing: Showing = (view.to_string(), lang, open_notice.to_string());
    let pending = PENDING.with(Cell::get).is_some() && view == "board";
    let same = SHOWN.with(|s| s.borrow().as_ref().is_some_and(|(now, _)| *now == showing));
    if same && !pending {
        if let Some(refresh) = REFRESH.with(|r| r.borrow().clone()) {
            refresh.emit(());
        }
        return;
    }
    hide();
    let Some(root) = host(WORKSPACE_HOST) else {
        return;
    };
    let open: yew::AttrValue = open_notice.to_string().into();
    let shown = match view {
        "board" => Shown::Board(
            yew::Renderer::<BoardView>::with_root_and_props(
                root,
                BoardProps {
                    lang,
                    open_notice: open,
                    start: PENDING.with(Cell::take),
                },
            )
            .render(),
        ),
        "library" => Shown::Library(
            yew::Renderer::<LibraryPanel>::with_root_and_props(
                root,
                LibraryPanelProps {
                    lang,
                    open_notice: open,
                },
            )
            .render(),
        ),
        _ => return,
    };
    SHOWN.with(|s| *s.borrow_mut() = Some((showing, shown)));
}

/// Takes the workspace's view off the page.
pub fn hide() {
    REFRESH.with(|r| r.borrow_mut().take());
    match SHOWN.with(|s| s.borrow_mut().take()) {
        Some((_, Shown::Board(handle))) => handle.destroy(),
        Some((_, Shown::Library(handle))) => handle.destroy(),
        None => {}
    }
}

/// Shows the alert banner in `lang`, or counts it again when it is already shown (the library
/// changed).
pub fn show_alerts(lang: &str) {
    let lang = Lang::from_code(lang).unwrap_or_default();
    let mounted = BANNER.with(|b| b.borrow().is_some());
    if mounted && BANNER_LANG.with(Cell::get) == lang {
        if let Some(recount) = RECOUNT.with(|r| r.borrow().clone()) {
            recount.emit(());
        }
        return;
    }
    BANNER_LANG.with(|l| l.set(lang));
    hide_alerts();
    let Some(root) = host(BANNER_HOST) else {
        return;
    };
    let on_open = yew::Callback::from(|window: Window| {
        PENDING.with(|p| p.set(Some(window)));
        let board = SHOWN.with(|s| {
            s.borrow()
                .as_ref()
                .filter(|(now, _)| now.0 == "board")
                .map(|(now, _)| now.clone())
        });
        match board {
            Some((view, lang, open)) => show(&view, lang.code(), &open),
            None => store::tell_page(store::SHOW_BOARD, &[]),
        }
    });
    let props = BannerProps { lang, on_open };
    let handle = yew::Renderer::<Banner>::with_root_and_props(root, props).render();
    BANNER.with(|b| *b.borrow_mut() = Some(handle));
}

/// Takes the banner off the page.
pub fn hide_alerts() {
    RECOUNT.with(|r| r.borrow_mut().take());
    if let Some(handle) = BANNER.with(|b| b.borrow_mut().take()) {
        handle.destroy();
    }
}
