//! The reader as the app reaches it (src/app/reader.rs), in headless Chromium: only the latest
//! text's reply counts, a reader that cannot load or fails keeps the notice and the text and
//! offers "Thử lại", and its download is shown while it lasts. (The worker itself, lazy and
//! cached, is tested end to end in tests/e2e/infra.test.mjs; here the reader runs in the page,
//! feature `inline-reader`.)
#![cfg(target_arch = "wasm32")]

mod web_support;

use std::cell::RefCell;
use std::rc::Rc;

use ketluan::app::messages::Msg;
use ketluan::app::reader::{self, Arrived, Failure, How};
use ketluan::app::state::{Action, State};
use wasm_bindgen_test::*;
use web_support::*;
use yew::{Callback, Reducible};

wasm_bindgen_test_configure!(run_in_browser);

const NOTICE: &str = "THÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp ngày 10/11/2023\n1. Giao Phòng Giáo dục Trung học báo cáo trước ngày 20/11/2023.\n";

fn arrived(how: How, text: &str, outcome: Result<ketluan::intake::Intake, Failure>) -> Action {
    Action::Arrived(Box::new(Arrived {
        how,
        text: text.into(),
        started: 0.0,
        outcome,
    }))
}

#[wasm_bindgen_test]
async fn only_the_latest_text_sent_is_answered() {
    let got: Rc<RefCell<Vec<Action>>> = Rc::default();
    let sink = Rc::clone(&got);
    reader::connect(Callback::from(move |a: Action| sink.borrow_mut().push(a)));
    reader::send("1. Giao Phòng A báo cáo.".into(), How::Typed);
    reader::send(NOTICE.into(), How::Pasted);
    sleep(30).await;
    let got = got.borrow();
    assert_eq!(got.len(), 1, "{got:?}");
    match &got[0] {
        Action::Arrived(a) => {
            assert_eq!((&a.how, &*a.text), (&How::Pasted, NOTICE));
            let intake = a.outcome.as_ref().expect("read");
            assert_eq!(intake.document.directives.len(), 1);
        }
        other => panic!("not a reading: {other:?}"),
    }
}

#[wasm_bindgen_test]
fn a_reader_that_cannot_load_keeps_the_notice_and_offers_to_try_again() {
    let read = ketluan::intake::take_in(NOTICE, true);
    let s = Rc::new(State::blank()).reduce(arrived(How::Pasted, NOTICE, Ok(read)));
    assert_eq!(s.editor.doc().directives.len(), 1);
    let s = s.reduce(arrived(How::Typed, "new text", Err(Failure::Load)));
    assert_eq!(s.message, Some(Msg::ReaderFailed(Failure::Load)));
    assert_eq!(s.retry, Some((How::Typed, Rc::from("new text"))));
    // The notice read before stays, with its task.
    assert_eq!(s.editor.doc().directives.len(), 1);
    // "Thử lại" sends the text again and withdraws the message.
    let s = s.reduce(Action::Retry);
    assert_eq!((s.message.clone(), s.retry.clone()), (None, None));
}

#[wasm_bindgen_test]
fn a_reading_that_succeeds_withdraws_the_failure() {
    let s = Rc::new(State::blank()).reduce(arrived(How::Typed, NOTICE, Err(Failure::Read)));
    assert_eq!(s.message, Some(Msg::ReaderFailed(Failure::Read)));
    let read = ketluan::intake::take_in(NOTICE, false);
    let s = s.reduce(arrived(How::Typed, NOTICE, Ok(read)));
    assert_eq!((s.message.clone(), s.retry.clone()), (None, None));
    assert_eq!(s.editor.doc().directives.len(), 1);
}

#[wasm_bindgen_test]
fn the_download_is_shown_until_the_reader_is_there() {
    let s = Rc::new(State::blank()).reduce(Action::ReaderLoading(40));
    assert_eq!(s.loading, Some(40));
    let s = s.reduce(Action::ReaderLoading(100));
    assert_eq!(s.loading, None);
    let s = s.reduce(Action::ReaderLoading(10));
    let read = ketluan::intake::take_in(NOTICE, false);
    let s = s.reduce(arrived(How::Typed, NOTICE, Ok(read)));
    assert_eq!(s.loading, None);
}
