//! The storage module in headless Chromium: round trips, a full storage (QuotaExceededError)
//! shown to the user, an unreadable save, and another tab's save.
#![cfg(target_arch = "wasm32")]

mod web_support;

use ketluan::app::messages::StorageFailure;
use ketluan::app::storage::{self, AppData, TabRecord, Unit};
use ketluan::document::Role;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const NOTICE: &str = include_str!("fixtures/cantho-2020-so-ket-hk1.txt");

#[wasm_bindgen_test]
fn document_units_and_language_round_trip() {
    local().clear().unwrap();
    assert_eq!(storage::load_doc(), Ok(None));
    let mut ed = ketluan::edit::Editor::new(ketluan::read(NOTICE));
    let id = ed.doc().directives[0].id.clone();
    ed.delete_directive(&id).unwrap();
    let app = AppData {
        rev: 4,
        removed: ed.removed().to_vec(),
        notice_id: Some("n1".into()),
    };
    let tab = TabRecord {
        rev: 4,
        tab: "t1".into(),
        ..TabRecord::default()
    };
    storage::save_doc(ed.doc(), &app, &tab).unwrap();
    let loaded = storage::load_doc().unwrap().unwrap();
    assert_eq!(&loaded.doc, ed.doc());
    assert_eq!(loaded.app, app);
    assert!(loaded.orphans.is_empty());
    assert_eq!(storage::load_tab(), Some(tab));
    // What is saved is still the format's JSON, readable as an imported file.
    let raw = local().get_item(storage::DOC_KEY).unwrap().unwrap();
    assert_eq!(&ketluan::edit::import_json(&raw).unwrap().doc, ed.doc());

    let units = vec![Unit {
        name: "Phòng Tổ chức cán bộ".into(),
        role: Role::Lead,
    }];
    storage::save_units(&units).unwrap();
    assert_eq!(storage::load_units(), units);
    storage::save_lang(ketluan::app::i18n::Lang::En).unwrap();
    assert_eq!(storage::load_lang(), Some(ketluan::app::i18n::Lang::En));
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn an_unreadable_save_is_an_error_not_a_panic() {
    local().clear().unwrap();
    local().set_item(storage::DOC_KEY, "{\"format\":").unwrap();
    assert!(matches!(
        storage::load_doc(),
        Err(storage::LoadError::Invalid(_, Ok(())))
    ));
    // Set aside once, however often it is loaded.
    assert!(storage::load_doc().is_err());
    assert_eq!(
        storage::aside(),
        vec![(storage::ASIDE_KEY.to_string(), "{\"format\":".to_string())]
    );
    local().clear().unwrap();
}

/// Fills localStorage until a write of `step` chars fails; returns the keys used.
fn fill_storage() -> Vec<String> {
    let mut keys = Vec::new();
    let mut size = 8 * 1024 * 1024;
    let mut n = 0;
    while size >= 512 {
        let key = format!("filler{n}");
        let value = "x".repeat(size);
        if local().set_item(&key, &value).is_ok() {
            keys.push(key);
            n += 1;
        } else {
            size /= 2;
        }
    }
    keys
}

#[wasm_bindgen_test]
async fn a_full_storage_is_reported() {
    local().clear().unwrap();
    let fillers = fill_storage();
    assert!(!fillers.is_empty());
    assert_eq!(
        storage::set("probe", &"y".repeat(64 * 1024)),
        Err(StorageFailure::Full)
    );

    // The app tells the user (role=alert), in Vietnamese.
    let (root, handle) = mount();
    sleep(20).await;
    paste(&root, NOTICE).await;
    until("the storage-full message", || {
        one(&root, "message")
            .and_then(|m| m.text_content())
            .is_some_and(|t| t.contains("đã đầy"))
    })
    .await;
    assert_eq!(
        one(&root, "message")
            .unwrap()
            .get_attribute("role")
            .as_deref(),
        Some("alert")
    );
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_bad_save_shows_a_message_and_is_kept() {
    local().clear().unwrap();
    local()
        .set_item(storage::DOC_KEY, "not json at all")
        .unwrap();
    let (root, handle) = mount();
    until("the restore message", || {
        one(&root, "message")
            .and_then(|m| m.text_content())
            .is_some_and(|t| t.contains("không đọc được"))
    })
    .await;
    sleep(400).await;
    assert_eq!(
        local().get_item(storage::DOC_KEY).unwrap().as_deref(),
        Some("not json at all"),
        "not overwritten before the user changes anything"
    );
    unmount(root, handle);
}

/// A save written by a newer ketluan (format version 2).
const NEWER: &str = r#"{"format":"ketluan","version":2,"text":"Một định dạng mới","directives":[],"what_is_new":true}"#;

/// A damaged, a truncated and a newer-version save: the message says why and offers the copy;
/// the user's next change is saved, and the unreadable copy survives it, until discarded.
#[wasm_bindgen_test]
async fn an_unreadable_save_is_never_overwritten_and_can_be_downloaded() {
    for (stored, says) in [
        ("not json at all", "không đọc được"),
        (
            "{\"format\":\"ketluan\",\"version\":1,\"text\":\"Thông b",
            "không đọc được",
        ),
        (NEWER, "phiên bản ketluan mới hơn"),
    ] {
        local().clear().unwrap();
        local().set_item(storage::DOC_KEY, stored).unwrap();
        let (root, handle) = mount();
        until("the unreadable-save message", || {
            one(&root, "message")
                .and_then(|m| m.text_content())
                .is_some_and(|t| t.contains(says) && t.contains("không bị ghi đè"))
        })
        .await;
        until("the copy offered", || {
            one(&root, "download-unreadable").is_some()
        })
        .await;
        // The user goes on: a notice pasted and saved over the unreadable one.
        paste(&root, NOTICE).await;
        until("the new work saved", || {
            local()
                .get_item(storage::DOC_KEY)
                .unwrap()
                .is_some_and(|s| s.contains("directives") && s != stored)
        })
        .await;
        assert_eq!(
            local().get_item(storage::ASIDE_KEY).unwrap().as_deref(),
            Some(stored),
            "the unreadable save was not kept aside"
        );
        // Closed (the storage as it is: not `unmount`, which empties it).
        handle.destroy();
        root.remove();

        // Offered again at the next start, until the user discards it.
        let (root, handle) = mount();
        until("the kept-aside bar", || {
            one(&root, "aside-banner")
                .and_then(|m| m.text_content())
                .is_some_and(|t| t.contains("cất riêng"))
        })
        .await;
        click(&one(&root, "discard-unreadable").unwrap());
        until("the copy discarded", || {
            local().get_item(storage::ASIDE_KEY).unwrap().is_none()
        })
        .await;
        until("the bar gone", || one(&root, "aside-banner").is_none()).await;
        unmount(root, handle);
    }
    local().clear().unwrap();
}

/// With no room to set it aside, nothing is saved over an unreadable save.
#[wasm_bindgen_test]
async fn with_a_full_storage_an_unreadable_save_is_not_overwritten() {
    local().clear().unwrap();
    local().set_item(storage::DOC_KEY, NEWER).unwrap();
    let fillers = fill_storage();
    assert!(!fillers.is_empty());
    let doc = ketluan::read(NOTICE);
    let tab = TabRecord {
        rev: 1,
        tab: "t1".into(),
        ..TabRecord::default()
    };
    assert_eq!(
        storage::save_doc(&doc, &AppData::default(), &tab),
        Err(StorageFailure::Full)
    );
    assert_eq!(
        local().get_item(storage::DOC_KEY).unwrap().as_deref(),
        Some(NEWER)
    );
    local().clear().unwrap();
}

/// A fresh app (empty storage) with the notice pasted and saved once.
async fn pasted_and_saved() -> (Element, yew::AppHandle<ketluan::app::App>) {
    local().clear().unwrap();
    let (root, handle) = mount();
    sleep(20).await;
    paste(&root, NOTICE).await;
    until("first save", || {
        local().get_item(storage::TAB_KEY).unwrap().is_some()
    })
    .await;
    (root, handle)
}

/// What the browser does in this tab when another one saves.
fn other_tab_saves(doc: &ketluan::Document, rec: &TabRecord) {
    storage::save_doc(doc, &AppData::default(), rec).unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(storage::TAB_KEY));
    init.set_new_value(Some(&serde_json::to_string(rec).unwrap()));
    let ev = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn another_tab_saving_when_all_is_saved_here_is_followed() {
    let (root, handle) = pasted_and_saved().await;
    sleep(50).await;
    let theirs = ketluan::read("Số: 1/TB-X\n\n1. Phòng Tổ chức cán bộ rà soát hồ sơ.\n");
    let rec = TabRecord {
        rev: 500,
        tab: "other-tab".into(),
        ..TabRecord::default()
    };
    other_tab_saves(&theirs, &rec);
    until("their version", || {
        one(&root, "notice-view")
            .and_then(|v| v.text_content())
            .is_some_and(|t| t == theirs.text)
    })
    .await;
    assert!(one(&root, "load-theirs").is_none());
    assert!(one(&root, "message")
        .unwrap()
        .text_content()
        .unwrap()
        .contains("thẻ (tab) khác"));
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn another_tab_saving_is_not_silently_overwritten() {
    let (root, handle) = pasted_and_saved().await;

    // Another tab saves a different document (the browser sends a storage event) while we have
    // an edit not saved yet.
    let row = one(&root, "directive-row").unwrap();
    one(&row, "confirm-directive")
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    let theirs = ketluan::read("Số: 1/TB-X\n\n1. Phòng Tổ chức cán bộ rà soát hồ sơ.\n");
    let rec = TabRecord {
        rev: 1_000,
        tab: "other-tab".into(),
        ..TabRecord::default()
    };
    other_tab_saves(&theirs, &rec);
    until("the choice", || one(&root, "load-theirs").is_some()).await;
    assert!(one(&root, "keep-mine").is_some());

    // Our edits meanwhile do not overwrite theirs.
    let row = one(&root, "directive-row").unwrap();
    one(&row, "reject-directive")
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    sleep(500).await;
    assert_eq!(storage::load_tab(), Some(rec.clone()));

    // Keep mine: saved over theirs, with a newer revision.
    one(&root, "keep-mine")
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    until("our save", || {
        storage::load_tab().is_some_and(|t| t.rev > 1_000 && t.tab != "other-tab")
    })
    .await;
    let saved = storage::load_doc().unwrap().unwrap();
    assert_eq!(saved.doc.text, ketluan::read(NOTICE).text);
    unmount(root, handle);
}
