//! Legacy encodings in the app (issue 9, item 4), in headless Chromium: a TCVN3 paste or .txt
//! file is converted to Unicode, the message bar says so, and "Hoàn tác" puts back the text
//! exactly as it came; a later paste converts again; typing is never converted.
#![cfg(target_arch = "wasm32")]

mod web_support;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::*;
use web_sys::{Element, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A small notice typed in a .VnTime font (TCVN3), as a paste from such a document gives it
/// (U+00AD is TCVN3's ư).
const TCVN3: &str = "UBND QUËN HAI Bµ TR¦NG
PHßNG GI¸O DôC Vµ §µO T¹O
Sè: 125/TB-PGD§T
Hai Bµ Tr\u{AD}ng, ngµy 10 th¸ng 11 n¨m 2023
TH¤NG B¸O
KÕt luËn cña Tr\u{AD}ëng phßng t¹i cuéc häp giao ban th¸ng 11 n¨m 2023
1. Phßng Gi¸o dôc vµ §µo t¹o ®Ò nghÞ c¸c tr\u{AD}êng THCS b¸o c¸o tr\u{AD}íc ngµy 20/11/2023.
2. Giao c¸c tr\u{AD}êng tiÓu häc hoµn thµnh kÕ ho¹ch d¹y häc tr\u{AD}íc ngµy 30/11/2023.
N¬i nhËn:
- C¸c tr\u{AD}êng THCS;
- L\u{AD}u: VT.
TR¦ëNG PHßNG
NguyÔn V¨n An
";

const SENTENCE: &str =
    "1. Phòng Giáo dục và Đào tạo đề nghị các trường THCS báo cáo trước ngày 20/11/2023.";

async fn mount() -> (Element, yew::AppHandle<ketluan::app::App>) {
    local().clear().unwrap();
    let app = web_support::mount();
    sleep(20).await;
    until("the paste area", || one(&app.0, "notice-input").is_some()).await;
    app
}

fn area(root: &Element) -> HtmlTextAreaElement {
    one(root, "notice-input").unwrap().dyn_into().unwrap()
}

fn message(root: &Element) -> String {
    one(root, "message")
        .and_then(|m| m.text_content())
        .unwrap_or_default()
}

fn view_text(root: &Element) -> String {
    one(root, "notice-view")
        .map(|v| {
            all(&v, "[data-start]")
                .iter()
                .map(|s| s.text_content().unwrap_or_default())
                .collect()
        })
        .unwrap_or_default()
}

/// A paste of `text` over the whole paste area, as Ctrl+V delivers it (a paste event carrying
/// the clipboard's text).
fn paste_event(root: &Element, text: &str) {
    let el = area(root);
    el.focus().unwrap();
    el.select();
    let data = web_sys::DataTransfer::new().unwrap();
    data.set_data("text/plain", text).unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let ev = web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn a_tcvn3_paste_is_converted_and_can_be_undone() {
    let (root, handle) = mount().await;
    let unicode = ketluan::encoding::to_unicode(TCVN3).text.into_owned();
    assert!(unicode.contains(SENTENCE), "{unicode}");

    paste_event(&root, TCVN3);
    until("the conversion message", || {
        message(&root).contains("Văn bản dùng bảng mã TCVN3, đã chuyển sang Unicode")
    })
    .await;
    // The paste area holds the Unicode text, and the notice is read from it. (The area follows
    // at the next drawing: on a busy machine the message may come first; CI saw that once, on
    // 3 December 2026.)
    until("the Unicode text in the paste area", || {
        area(&root).value() == unicode
    })
    .await;
    until("rows", || one(&root, "directive-row").is_some()).await;
    assert!(view_text(&root).contains(SENTENCE));
    let rows = all(&root, "[data-testid=directive-row]");
    assert!(
        rows.iter().any(|r| r
            .text_content()
            .unwrap_or_default()
            .contains("các trường THCS")),
        "a task for the schools"
    );
    assert!(message(&root).contains("dòng"), "{}", message(&root));

    // In English the message follows the interface.
    click(&one(&root, "lang-switch").unwrap());
    until("the English message", || {
        message(&root).contains("Converted from TCVN3 to Unicode")
    })
    .await;
    let undo = one(&root, "undo-conversion").expect("the undo action");
    assert_eq!(undo.text_content().as_deref(), Some("Undo"));
    click(&one(&root, "lang-switch").unwrap());
    until("Vietnamese again", || {
        one(&root, "undo-conversion").and_then(|b| b.text_content()) == Some("Hoàn tác".into())
    })
    .await;

    // "Hoàn tác": the text exactly as pasted, read as it is.
    click(&one(&root, "undo-conversion").unwrap());
    until("the text as pasted", || area(&root).value() == TCVN3).await;
    until("the notice as pasted", || {
        view_text(&root).contains("Phßng Gi¸o dôc vµ §µo t¹o")
    })
    .await;
    assert!(one(&root, "undo-conversion").is_none());
    assert!(message(&root).contains("Đã hoàn tác"), "{}", message(&root));
    until("saved as pasted", || {
        local()
            .get_item("ketluan.doc.v1")
            .unwrap()
            .is_some_and(|s| s.contains("Phßng Gi¸o dôc"))
    })
    .await;

    // Pasting it again converts it again.
    paste_event(&root, TCVN3);
    until("converted again", || area(&root).value() == unicode).await;
    until("the message again", || {
        one(&root, "undo-conversion").is_some()
    })
    .await;
    until("the notice converted", || {
        view_text(&root).contains(SENTENCE)
    })
    .await;

    // Typing over it withdraws the undo at once (it would lose what was typed), before the
    // typed text is read.
    let el = area(&root);
    el.set_value(&format!("{unicode}Thêm một dòng.\n"));
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    sleep(30).await;
    assert!(one(&root, "undo-conversion").is_none(), "withdrawn at once");
    until("the typed text read", || {
        view_text(&root).contains("Thêm một dòng.")
    })
    .await;
    assert_eq!(area(&root).value(), format!("{unicode}Thêm một dòng.\n"));
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn typed_or_unicode_text_is_not_converted() {
    let (root, handle) = mount().await;
    // Typed (an input event, no paste): read as it is, nothing said.
    paste(&root, TCVN3).await;
    assert_eq!(area(&root).value(), TCVN3);
    assert!(view_text(&root).contains("Phßng Gi¸o dôc"));
    assert!(one(&root, "undo-conversion").is_none());

    // A Unicode paste: as it is, no message.
    let unicode = ketluan::encoding::to_unicode(TCVN3).text.into_owned();
    paste_event(&root, &unicode);
    until("the Unicode text", || view_text(&root).contains(SENTENCE)).await;
    // (The paste area follows at the next drawing: on a busy machine, after the view.)
    until("the paste area", || area(&root).value() == unicode).await;
    assert!(one(&root, "message").is_none(), "{}", message(&root));
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn a_single_byte_tcvn3_file_is_converted_and_can_be_undone() {
    let (root, handle) = mount().await;
    // A .txt saved by an old Windows editor: one byte a character.
    let bytes: Vec<u8> = TCVN3
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect();
    drop_file(&root, "ket-luan.txt", &bytes, "text/plain");

    until("the file's message", || {
        let m = message(&root);
        m.contains("ket-luan.txt") && m.contains("TCVN3")
    })
    .await;
    let unicode = ketluan::encoding::to_unicode(TCVN3).text.into_owned();
    assert_eq!(area(&root).value(), unicode);
    until("the notice converted", || {
        view_text(&root).contains(SENTENCE)
    })
    .await;

    click(&one(&root, "undo-conversion").unwrap());
    until("the file as it came", || area(&root).value() == TCVN3).await;
    unmount(root, handle);
}
