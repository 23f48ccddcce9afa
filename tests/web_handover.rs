//! Handing the work over, in headless Chromium: share links made with the browser's deflate
//! round trip through the app's state and read with the command line's decoder (and the other
//! way round); over-long, damaged and foreign links; keeping a shared notice or going back to
//! the saved work; the print view.
#![cfg(target_arch = "wasm32")]

mod web_support;

use std::rc::Rc;

use ketluan::app::handover;
use ketluan::app::messages::Msg;
use ketluan::app::state::{Action, State};
use ketluan::app::storage;
use ketluan::export::share::{self, ShareError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::*;
use web_sys::{Element, HtmlElement};
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

const NOTICE: &str = include_str!("fixtures/cantho-2020-so-ket-hk1.txt");
const OTHER: &str = include_str!("fixtures/hanoi-2022-giao-ban-thang-9.txt");

fn reduce(s: State, a: Action) -> State {
    (*Rc::new(s).reduce(a)).clone()
}

#[wasm_bindgen_test]
async fn a_share_link_round_trips_through_the_state() {
    local().clear().unwrap();
    let doc = ketluan::read(NOTICE);
    let url = handover::share_url(&doc).await.expect("a link");
    let here = web_sys::window().unwrap().location();
    let base = here.origin().unwrap() + &here.pathname().unwrap();
    assert!(url.starts_with(&(base + "#doc=")), "{url}");

    // The browser's deflate is read by the command line's decoder...
    assert_eq!(share::decode(&url).as_ref(), Ok(&doc));
    // ...and the app reads it back into the same document, shown but not saved.
    let json = handover::read_link(&url).await.expect("the link's JSON");
    let s = reduce(State::blank(), Action::LinkRead(Ok(json)));
    assert_eq!(s.editor.doc(), &doc);
    assert_eq!(s.message, None);
    let shared = s.shared.clone().expect("shown as a shared notice");
    assert_eq!(shared.saved, None, "nothing was saved in this browser");
    assert_eq!(storage::load_doc(), Ok(None));

    // Kept: saved from then on (the save itself is the root's effect).
    let kept = reduce(s, Action::KeepShared);
    assert!(kept.shared.is_none());
    assert!(kept.rev > 0 && kept.dirty);
    assert_eq!(kept.message, Some(Msg::KeptShared));
}

#[wasm_bindgen_test]
async fn a_link_made_by_the_command_line_opens_in_the_app() {
    let doc = ketluan::read(OTHER);
    let fragment = share::fragment(&doc).unwrap();
    let json = handover::read_link(&fragment)
        .await
        .expect("the link's JSON");
    let s = reduce(State::blank(), Action::LinkRead(Ok(json)));
    assert_eq!(s.editor.doc(), &doc);
}

#[wasm_bindgen_test]
async fn an_over_long_notice_gets_no_link() {
    let mut text = String::new();
    while text.len() < 1024 * 1024 {
        text.push_str(NOTICE);
        text.push_str(OTHER);
    }
    let doc = ketluan::read(&text);
    match handover::share_url(&doc).await {
        Err(Msg::Link(ShareError::TooLong { chars, max })) => assert!(chars > max),
        other => panic!("expected TooLong, got {:?}", other.map(|u| u.len())),
    }
}

#[wasm_bindgen_test]
async fn damaged_and_foreign_links_change_nothing() {
    let doc = ketluan::read(NOTICE);
    let good = share::fragment(&doc).unwrap();
    let cut = &good[..good.len() - 30];
    let foreign = format!(
        "#doc={}",
        share::base64url_encode(&miniz_oxide::deflate::compress_to_vec(
            br#"{"format":"label-studio","version":1}"#,
            6
        ))
    );
    type Expect = fn(&Msg) -> bool;
    let cases: [(&str, Expect); 4] = [
        ("#doc=AAAA!!", |m| *m == Msg::Link(ShareError::NotBase64)),
        ("#doc=aGVsbG8gd29ybGQ", |m| {
            *m == Msg::Link(ShareError::Corrupt)
        }),
        (cut, |m| {
            matches!(m, Msg::Link(ShareError::Corrupt | ShareError::NotBase64))
        }),
        (&foreign, |m| {
            *m == Msg::Link(ShareError::WrongFormat("label-studio".into()))
        }),
    ];
    let mut before = State::blank();
    before.editor = ketluan::edit::Editor::new(ketluan::read(OTHER));
    for (link, expected) in cases {
        let read = handover::read_link(link).await;
        let s = reduce(before.clone(), Action::LinkRead(read));
        let m = s.message.clone().expect("a message");
        assert!(expected(&m), "{link:.40}: {m:?}");
        assert!(s.shared.is_none());
        assert_eq!(
            s.editor.doc(),
            before.editor.doc(),
            "{link:.40} changed the notice"
        );
        assert!(!m.text(ketluan::app::i18n::Lang::Vi).is_empty());
    }
}

#[wasm_bindgen_test]
async fn saved_work_is_named_and_can_be_gone_back_to() {
    local().clear().unwrap();
    let mine = ketluan::read(NOTICE);
    let app = storage::AppData::default();
    let tab = storage::TabRecord {
        rev: 1,
        tab: "other".into(),
        ..storage::TabRecord::default()
    };
    storage::save_doc(&mine, &app, &tab).unwrap();
    let saved = local().get_item(storage::DOC_KEY).unwrap();

    let theirs = ketluan::read(OTHER);
    let url = handover::share_url(&theirs).await.unwrap();
    let json = handover::read_link(&url).await.unwrap();
    let s = reduce(State::blank(), Action::LinkRead(Ok(json)));
    assert_eq!(s.editor.doc(), &theirs);
    let label = s.shared.as_ref().and_then(|v| v.saved.clone());
    assert_eq!(label.as_deref(), Some("397/TB-SGDĐT ngày 17/02/2020"));

    let back = reduce(s, Action::BackToSaved);
    assert!(back.shared.is_none());
    assert_eq!(back.editor.doc(), &mine);
    assert_eq!(local().get_item(storage::DOC_KEY).unwrap(), saved);
    local().clear().unwrap();
}

#[wasm_bindgen_test]
async fn the_print_view_shows_the_header_and_the_tasks() {
    local().clear().unwrap();
    // The browser's print dialog is not part of the test: count the calls instead.
    let count = js_sys::Function::new_no_args("window.__printed = (window.__printed || 0) + 1;");
    js_sys::Reflect::set(&web_sys::window().unwrap(), &"print".into(), &count).unwrap();

    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = ketluan::app::render_into(root.clone());
    sleep(20).await;
    let area: web_sys::HtmlTextAreaElement = root
        .query_selector("[data-testid=notice-input]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    area.set_value(NOTICE);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    area.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    let doc = ketluan::read(NOTICE);
    let tasks = doc
        .directives
        .iter()
        .filter(|d| d.status != ketluan::document::Status::Rejected)
        .count();
    for _ in 0..250 {
        if root
            .query_selector_all("[data-testid=directive-row]")
            .unwrap()
            .length()
            > 0
        {
            break;
        }
        sleep(20).await;
    }
    let button: HtmlElement = root
        .query_selector("[data-testid=print-view]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    sleep(100).await;

    let page: Element = root
        .query_selector("[data-testid=print-page]")
        .unwrap()
        .expect("the print page");
    let body = document().body().unwrap();
    assert!(body.class_list().contains("printing"));
    let field = |k: &str| {
        page.query_selector(&format!("[data-field={k}] dd"))
            .unwrap()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    assert!(field("number").contains("397/TB-SGDĐT"));
    assert!(field("issued").contains("Cần Thơ, ngày 17/02/2020"));
    assert!(field("subject").contains("sơ kết học kì 1"));
    assert!(field("meeting").contains("16/01/2020"));
    let rows = page.query_selector_all("[data-testid=print-row]").unwrap();
    assert_eq!(rows.length() as usize, tasks);
    let printed = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__printed".into()).unwrap();
    assert_eq!(printed.as_f64(), Some(1.0), "window.print() once");

    let close: HtmlElement = page
        .query_selector("[data-testid=print-close]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    close.click();
    sleep(50).await;
    assert!(root
        .query_selector("[data-testid=print-page]")
        .unwrap()
        .is_none());
    assert!(!body.class_list().contains("printing"));
    unmount(root, handle);
}
