//! Component tests in headless Chromium: the whole app rendered into a div, driven through the
//! DOM the way a user (or the end-to-end tests) would.
#![cfg(target_arch = "wasm32")]

mod web_support;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::*;
use web_sys::{Element, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

const NOTICE: &str = include_str!("fixtures/cantho-2020-so-ket-hk1.txt");

/// A fresh app (empty storage) in its own div.
async fn mount() -> (Element, yew::AppHandle<ketluan::app::App>) {
    local().clear().unwrap();
    let app = web_support::mount();
    sleep(20).await;
    app
}

/// Selects the first occurrence of `phrase` in the notice view, as a mouse would.
async fn select(root: &Element, phrase: &str) {
    let view = one(root, "notice-view").unwrap();
    let segs = all(&view, "[data-start]");
    let mut text = String::new();
    let mut at = Vec::new();
    for s in &segs {
        at.push(text.encode_utf16().count());
        text.push_str(&s.text_content().unwrap_or_default());
    }
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let wanted: Vec<u16> = phrase.encode_utf16().collect();
    let start = utf16
        .windows(wanted.len())
        .position(|w| w == wanted.as_slice())
        .expect("phrase in the view");
    let end = start + wanted.len();
    let locate = |off: usize, is_end: bool| {
        for (i, s) in segs.iter().enumerate() {
            let len = s.text_content().unwrap_or_default().encode_utf16().count();
            let inside = if is_end {
                off <= at[i] + len
            } else {
                off < at[i] + len
            };
            if off >= at[i] && inside {
                return (s.first_child().unwrap(), (off - at[i]) as u32);
            }
        }
        panic!("offset outside the view");
    };
    let (sn, so) = locate(start, false);
    let (en, eo) = locate(end, true);
    let range = document().create_range().unwrap();
    range.set_start(&sn, so).unwrap();
    range.set_end(&en, eo).unwrap();
    let sel = web_sys::window().unwrap().get_selection().unwrap().unwrap();
    sel.remove_all_ranges().unwrap();
    sel.add_range(&range).unwrap();
    until("the tag toolbar", || one(root, "tag-toolbar").is_some()).await;
}

fn chips_named(root: &Element, name: &str) -> Vec<Element> {
    all(root, "[data-testid=owner-chip]")
        .into_iter()
        .filter(|c| c.text_content().unwrap_or_default().contains(name))
        .collect()
}

#[wasm_bindgen_test]
async fn paste_shows_rows_chips_and_highlights() {
    let (root, handle) = mount().await;
    assert!(one(&root, "directive-row").is_none());
    paste(&root, NOTICE).await;

    let rows = all(&root, "[data-testid=directive-row]");
    assert!(rows.len() >= 5, "{} rows", rows.len());
    for r in &rows {
        assert_eq!(r.get_attribute("data-status").as_deref(), Some("suggested"));
        assert!(r.get_attribute("data-id").is_some_and(|id| !id.is_empty()));
        assert!(one(r, "confirm-directive").is_some());
        assert!(one(r, "reject-directive").is_some());
        assert!(one(r, "delete-directive").is_some());
    }
    let chips = all(&root, "[data-testid=owner-chip]");
    assert!(!chips.is_empty());
    for c in &chips {
        let role = c.get_attribute("data-role").unwrap();
        assert!(role == "lead" || role == "support");
        let implicit = c.get_attribute("data-implicit").unwrap();
        assert!(implicit == "true" || implicit == "false");
        // Every suggested owner says why, in Vietnamese, on hover (title) and focus (data-why).
        let why = c.get_attribute("data-why").unwrap_or_default();
        assert!(
            why.starts_with("chủ trì — ") || why.starts_with("phối hợp — "),
            "{why}"
        );
        assert!(c.get_attribute("title").unwrap_or_default().contains(&why));
    }
    for d in all(&root, "[data-testid=deadline-chip]") {
        let due = d.get_attribute("data-due").unwrap();
        assert!(
            due.is_empty() || ketluan::edit::valid_iso_date(&due),
            "{due}"
        );
        let why = d.get_attribute("data-why").unwrap_or_default();
        assert!(why.starts_with("hạn — "), "{why}");
    }

    // Segments: each has data-start; together they are the canonical text, in order.
    let view = one(&root, "notice-view").unwrap();
    let segs = all(&view, "[data-start]");
    assert!(segs.len() > 10);
    let mut at = 0usize;
    let mut text = String::new();
    for s in &segs {
        let start: usize = s.get_attribute("data-start").unwrap().parse().unwrap();
        assert_eq!(start, at);
        let t = s.text_content().unwrap_or_default();
        at += t.chars().count();
        text.push_str(&t);
    }
    assert_eq!(text, ketluan::read(NOTICE).text);
    assert!(!all(&view, ".m-lead").is_empty(), "owners highlighted");
    assert!(!all(&view, ".m-dir").is_empty(), "directives highlighted");

    // The benchmark hook.
    let timings = js_sys::Reflect::get(
        &web_sys::window().unwrap(),
        &wasm_bindgen::JsValue::from_str("__ketluanTimings"),
    )
    .unwrap();
    assert!(js_sys::Array::is_array(&timings));
    assert!(js_sys::Array::from(&timings).length() >= 1);

    // A row and its span highlight each other.
    let row = rows[0].clone();
    let id = row.get_attribute("data-id").unwrap();
    click(&row);
    sleep(30).await;
    let active = all(&view, "[data-active]");
    assert!(!active.is_empty());
    assert!(active
        .iter()
        .all(|el| el.get_attribute("data-dir").as_deref() == Some(id.as_str())));
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn tag_by_selection_then_undo_redo_and_offer() {
    let (root, handle) = mount().await;
    paste(&root, NOTICE).await;
    let unit = "Sở Nội vụ";
    let before = chips_named(&root, unit).len();

    select(&root, unit).await;
    let toolbar = one(&root, "tag-toolbar").unwrap();
    for id in ["tag-lead", "tag-support", "tag-deadline", "tag-directive"] {
        assert!(one(&toolbar, id).is_some(), "{id}");
    }
    click(&one(&toolbar, "tag-lead").unwrap());
    until("the new chip", || {
        chips_named(&root, unit).len() == before + 1
    })
    .await;
    let chip = chips_named(&root, unit).pop().unwrap();
    assert_eq!(chip.get_attribute("data-role").as_deref(), Some("lead"));
    assert_eq!(
        chip.get_attribute("data-implicit").as_deref(),
        Some("false")
    );
    assert!(
        one(&root, "tag-toolbar").is_none(),
        "toolbar gone after tagging"
    );

    // Remembered for later notices.
    until("the unit remembered", || {
        local()
            .get_item("ketluan.units.v1")
            .unwrap()
            .is_some_and(|u| u.contains(unit))
    })
    .await;

    click(&one(&root, "undo").unwrap());
    until("undo", || chips_named(&root, unit).len() == before).await;
    click(&one(&root, "redo").unwrap());
    until("redo", || chips_named(&root, unit).len() == before + 1).await;

    // Confirm a row; its status follows.
    let row = all(&root, "[data-testid=directive-row]").remove(0);
    click(&one(&row, "confirm-directive").unwrap());
    until("confirmed", || {
        all(&root, "[data-testid=directive-row]")[0]
            .get_attribute("data-status")
            .as_deref()
            == Some("confirmed")
    })
    .await;

    // Label all occurrences: a unit tagged in one directive is offered where it appears in
    // another, and applied only when the user says so.
    let unit = "Ủy ban nhân dân thành phố";
    let before = chips_named(&root, unit).len();
    select(&root, unit).await;
    click(&one(&root, "tag-support").unwrap());
    until("the offer", || one(&root, "offer").is_some()).await;
    let offer = one(&root, "offer").unwrap();
    assert!(offer
        .text_content()
        .unwrap()
        .contains("Áp dụng cho 1 chỗ khác"));
    assert_eq!(chips_named(&root, unit).len(), before + 1, "not forced");
    click(&one(&offer, "apply-offer").unwrap());
    until("applied", || chips_named(&root, unit).len() == before + 2).await;
    assert!(chips_named(&root, unit)
        .iter()
        .all(|c| c.get_attribute("data-role").as_deref() == Some("support")));
    assert!(one(&root, "offer").is_none());

    // Autosave reaches localStorage.
    until("autosave", || {
        local()
            .get_item("ketluan.doc.v1")
            .unwrap()
            .is_some_and(|s| s.contains(unit))
    })
    .await;
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn selection_outside_any_directive_says_so() {
    let (root, handle) = mount().await;
    paste(&root, NOTICE).await;
    // The document number comes before every directive.
    select(&root, "397/TB-SGDĐT").await;
    click(&one(&root, "tag-lead").unwrap());
    until("a message", || one(&root, "message").is_some()).await;
    let msg = one(&root, "message").unwrap();
    assert_eq!(msg.get_attribute("role").as_deref(), Some("alert"));
    assert!(msg
        .text_content()
        .unwrap()
        .contains("không thuộc nhiệm vụ nào"));
    unmount(root, handle);
}

fn row_texts(root: &Element) -> Vec<String> {
    all(root, "[data-testid=directive-row]")
        .iter()
        .map(|r| {
            format!(
                "{}|{}|{}",
                r.get_attribute("data-id").unwrap_or_default(),
                r.get_attribute("data-status").unwrap_or_default(),
                r.text_content().unwrap_or_default()
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn dropped_files_open_or_are_refused() {
    let (root, handle) = mount().await;
    paste(&root, NOTICE).await;
    let before = row_texts(&root);
    let saved_doc = ketluan::read(NOTICE);

    // Refused: not JSON, another format, another version, offsets outside the text, an RTF file.
    // (A PDF is read by pdf.js in the reader's worker, which this runner does not serve:
    // tests/e2e/pdf.test.mjs.)
    let mut bad_offsets = saved_doc.clone();
    if let Some(d) = bad_offsets.directives.first_mut() {
        d.end = 1_000_000;
    }
    let cases = [
        ("a.json", "{not json".to_string(), "bị hỏng hoặc bị cắt cụt"),
        (
            "b.json",
            r#"{"format":"webanno","version":1}"#.to_string(),
            "định dạng",
        ),
        (
            "c.json",
            r#"{"format":"ketluan","version":7}"#.to_string(),
            "phiên bản 7",
        ),
        ("d.json", bad_offsets.to_json(), "nằm ngoài văn bản"),
        ("e.rtf", "{\\rtf1\\ansi".to_string(), "tệp RTF"),
        (
            "f.txt",
            "\u{0}\u{1}\u{2}binary\u{0}".to_string(),
            "không phải văn bản",
        ),
        ("g.txt", " \n ".to_string(), "tệp trống"),
    ];
    for (name, content, expect) in cases {
        drop_file(&root, name, content.as_bytes(), "");
        until(expect, || {
            one(&root, "message")
                .and_then(|m| m.text_content())
                .is_some_and(|t| t.contains(expect))
        })
        .await;
        assert_eq!(row_texts(&root), before, "{name} changed nothing");
    }

    // Accepted: the reader's JSON for another notice replaces the view.
    let other = ketluan::read(include_str!("fixtures/hanoi-2022-giao-ban-thang-9.txt"));
    drop_file(
        &root,
        "hanoi.json",
        other.to_json().as_bytes(),
        "application/json",
    );
    until("the other notice", || {
        all(&root, "[data-testid=directive-row]").len() == other.directives.len()
    })
    .await;
    let area: HtmlTextAreaElement = one(&root, "notice-input").unwrap().dyn_into().unwrap();
    assert_eq!(area.value(), other.text, "the paste area follows the file");

    // A .txt is read like a paste.
    drop_file(&root, "cantho.txt", NOTICE.as_bytes(), "text/plain");
    until("the text file", || row_texts(&root) == before).await;
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn orphaned_annotation_in_a_file_is_reported() {
    let (root, handle) = mount().await;
    let mut doc = ketluan::read(NOTICE);
    assert!(!doc.directives.is_empty());
    if let Some(d) = doc.directives.first_mut() {
        d.start += 2;
        d.end += 2;
    }
    drop_file(
        &root,
        "x.json",
        doc.to_json().as_bytes(),
        "application/json",
    );
    until("orphans", || one(&root, "orphans").is_some()).await;
    assert_eq!(all(&root, "[data-testid=orphan]").len(), 1);
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn language_switch_follows_html_lang_and_is_stored() {
    let (root, handle) = mount().await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("vi"));
    let switch = one(&root, "lang-switch").unwrap();
    click(&switch);
    until("english", || {
        html.get_attribute("lang").as_deref() == Some("en")
    })
    .await;
    assert_eq!(
        local().get_item("ketluan.lang").unwrap().as_deref(),
        Some("en")
    );
    assert!(one(&root, "open-file")
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Open"));
    click(&one(&root, "lang-switch").unwrap());
    until("vietnamese", || {
        html.get_attribute("lang").as_deref() == Some("vi")
    })
    .await;
    assert!(one(&root, "open-file")
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Mở tệp"));
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn reload_restores_the_same_rows() {
    let (root, handle) = mount().await;
    paste(&root, NOTICE).await;
    let row = all(&root, "[data-testid=directive-row]").remove(1);
    click(&one(&row, "reject-directive").unwrap());
    until("saved", || {
        local()
            .get_item("ketluan.doc.v1")
            .unwrap()
            .is_some_and(|s| s.contains("\"rejected\""))
    })
    .await;
    let before = row_texts(&root);
    handle.destroy();
    root.remove();

    // A new app over the same storage: the same table.
    let (root, handle) = web_support::mount();
    until("restored rows", || row_texts(&root) == before).await;
    unmount(root, handle);
}

#[wasm_bindgen_test]
fn a_panic_shows_a_message_instead_of_a_blank_page() {
    ketluan::app::panic::show();
    let el = document().get_element_by_id("ketluan-panic").unwrap();
    assert_eq!(el.get_attribute("role").as_deref(), Some("alert"));
    assert!(el.text_content().unwrap().contains("tải lại trang"));
    el.remove();
}
