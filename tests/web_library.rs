//! The library in headless Chromium: a summary's object form (IndexedDB) agrees with its JSON
//! (the backup's), and in the app a second notice never replaces the first — both stay in the
//! library with their work, and the first opens again from the list.
#![cfg(target_arch = "wasm32")]

mod web_support;

use ketluan::app::library_db;
use ketluan::app::summary_js::{from_js, to_js};
use ketluan::library::{Summary, TaskDue};
use wasm_bindgen_test::*;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOTICE: &str = include_str!("fixtures/cantho-2020-so-ket-hk1.txt");
const OTHER: &str = include_str!("fixtures/hanoi-2022-giao-ban-thang-9.txt");

fn summaries() -> Vec<Summary> {
    let mut full = Summary::of("n1", &ketluan::read(NOTICE), 1.764e12);
    full.trashed = Some(1.765e12);
    full.rev = 42;
    full.tasks.push(TaskDue {
        id: "d7".into(),
        text: "Giao Văn phòng tổng hợp.".into(),
        lead: vec!["Văn phòng".into(), "Phòng GD&ĐT".into()],
        support: vec!["các trường".into()],
        due: Some("2026-12-15".into()),
        was: Some("2026-12-01".into()),
        done: Some("2026-12-10".into()),
        note: "Đã gửi báo cáo".into(),
    });
    vec![
        full,
        Summary::default(),
        Summary::of("x", &ketluan::read(""), 0.0),
    ]
}

#[wasm_bindgen_test]
fn a_summary_as_an_object_agrees_with_its_json() {
    for s in summaries() {
        assert_eq!(from_js(&to_js(&s)).as_ref(), Some(&s));
        // The object read as JSON (the worker's backup reads it with serde) …
        let json = js_sys::JSON::stringify(&to_js(&s))
            .unwrap()
            .as_string()
            .unwrap();
        assert_eq!(serde_json::from_str::<Summary>(&json).unwrap(), s);
        // … and the JSON read as an object.
        let object = js_sys::JSON::parse(&serde_json::to_string(&s).unwrap()).unwrap();
        assert_eq!(from_js(&object), Some(s));
    }
    assert_eq!(from_js(&js_sys::Object::new().into()), None);
}

async fn empty_library() {
    install_library();
    library_db::replace_all(&js_sys::Array::new().into())
        .await
        .unwrap();
}

fn view_text(root: &web_sys::Element) -> String {
    one(root, "notice-view")
        .and_then(|v| v.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_second_notice_is_a_notice_of_its_own_and_the_first_opens_again_with_its_work() {
    local().clear().unwrap();
    empty_library().await;
    let (root, handle) = mount();
    paste(&root, NOTICE).await;
    // Work on the first notice: its first task confirmed.
    let row = one(&root, "directive-row").unwrap();
    click(&one(&row, "confirm-directive").unwrap());
    sleep(500).await;

    // Another notice pasted over it: a notice of its own, and the app says where the first is.
    paste(&root, OTHER).await;
    until("the message", || {
        one(&root, "message")
            .and_then(|m| m.text_content())
            .is_some_and(|t| t.contains("Thư viện"))
    })
    .await;
    sleep(500).await;
    // The library's list is the workspace module's (lazy in the built app; here in the page),
    // drawn beside the app, as `static/workspace.js` has it draw when the page asks.
    click(&one(&root, "show-library").unwrap());
    let workspace = workspace();
    // The notice this tab has open (the app remembers it for a reload).
    let open_id = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
        .get_item("ketluan.open")
        .unwrap()
        .unwrap_or_default();
    ketluan::app::board::show("library", "vi", &open_id);
    until("two notices in the library", || {
        all(&workspace, "[data-testid=library-item]").len() == 2
    })
    .await;
    let stored = library_db::list().await.unwrap();
    assert_eq!(stored.len(), 2);

    // The first one opens again (the list tells the page), with its work.
    let first = all(&workspace, "[data-testid=library-item]")
        .into_iter()
        .find(|li| li.get_attribute("data-notice-id").as_deref() != Some(open_id.as_str()))
        .unwrap();
    click(&one(&first, "library-open").unwrap());
    until("the first notice", || {
        view_text(&root).contains("Cần Thơ") || view_text(&root).contains("CẦN THƠ")
    })
    .await;
    until("its confirmed task", || {
        one(&root, "directive-row")
            .and_then(|r| r.get_attribute("data-status"))
            .as_deref()
            == Some("confirmed")
    })
    .await;
    ketluan::app::board::hide();
    workspace.remove();
    unmount(root, handle);
    empty_library().await;
}
