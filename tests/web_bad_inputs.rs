//! The catalogue of bad and odd inputs (`tests/bad_input_cases`, issue 12) dropped on the app in
//! headless Chromium: a refused file says exactly what the command line says (the same
//! `ketluan::opening` reason, named after the file) and leaves the open notice and the saved work
//! as they were; an accepted one opens.
#![cfg(target_arch = "wasm32")]

mod bad_input_cases;
mod web_support;

use bad_input_cases::{cases, Verdict};
use ketluan::app::i18n::Lang;
use ketluan::app::messages::Msg;
use ketluan::opening::{NotText, Refusal};
use wasm_bindgen_test::*;
use web_support::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const NOTICE: &str = include_str!("fixtures/cantho-2020-so-ket-hk1.txt");

fn rows(root: &Element) -> Vec<String> {
    all(root, "[data-testid=directive-row]")
        .iter()
        .map(|r| r.text_content().unwrap_or_default())
        .collect()
}

fn message(root: &Element) -> String {
    one(root, "message")
        .and_then(|m| m.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn every_refused_class_says_why_and_changes_nothing() {
    local().clear().unwrap();
    let (root, handle) = mount();
    paste(&root, NOTICE).await;
    sleep(1200).await; // saved
    let before = rows(&root);
    let saved = local().get_item("ketluan.doc.v1").unwrap();
    assert!(saved.is_some());
    for (i, case) in cases().into_iter().enumerate() {
        let Verdict::Refused(_) = case.verdict else {
            continue;
        };
        // A PDF is read by pdf.js, an image by OCR, in the reader's worker, which this test
        // runner does not serve (the reader runs in the page): tests/e2e/pdf.test.mjs and
        // ocr.test.mjs open them in the built app.
        if matches!(
            ketluan::opening::open(&case.bytes),
            Err(Refusal::NotText(NotText::Pdf | NotText::Image))
        ) {
            continue;
        }
        let name = format!("{i:02}.txt");
        // (A Word file is read in the reader's worker: `open_file`'s verdict.)
        let why = ketluan::opening::open_file(&case.bytes).expect_err(case.class);
        let want = Msg::Refused {
            name: name.clone(),
            why,
        }
        .text(Lang::Vi);
        drop_file(&root, &name, &case.bytes, "");
        until(case.class, || message(&root).starts_with(&want)).await;
        assert_eq!(rows(&root), before, "{}: the notice changed", case.class);
        assert_eq!(
            local().get_item("ketluan.doc.v1").unwrap(),
            saved,
            "{}: the saved work changed",
            case.class
        );
    }
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn every_accepted_class_opens() {
    local().clear().unwrap();
    let (root, handle) = mount();
    until("the app", || one(&root, "notice-input").is_some()).await;
    for (i, case) in cases().into_iter().enumerate() {
        if let Verdict::Refused(_) = case.verdict {
            continue;
        }
        let name = format!("{i:02}.txt");
        drop_file(&root, &name, &case.bytes, "");
        let opened = format!("Đã mở “{name}”");
        until(case.class, || message(&root).starts_with(&opened)).await;
    }
    unmount(root, handle);
}
