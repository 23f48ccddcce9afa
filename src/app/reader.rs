//! The reader, as the app reaches it: a text to read is sent to the reader's Web Worker
//! (`lazy/reader-worker.js`, started at the first text and loading the reader's own wasm then,
//! so the first visit does not download it) and what it read comes back as
//! [`Action::Arrived`]. While the reader loads, [`Action::ReaderLoading`] tells how far.
//!
//! Only the latest text sent counts: a reply to an older one is dropped (the paste area holds
//! the newer text). If the worker cannot be loaded (offline before its first use) or fails on a
//! text (a panic aborts the worker, never the app), the reply says so and the next text starts
//! a new worker.
//!
//! With the `inline-reader` feature (the browser tests, whose runner does not serve the worker)
//! the reader runs in the page, its reply still coming back later, as from the worker.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::Callback;

use super::state::Action;
use super::timings;
use crate::intake::Intake;

/// How a text came, which decides whether it is converted from a legacy encoding and what the
/// app says once it is read.
#[derive(Clone, Debug, PartialEq)]
pub enum How {
    /// Typed in the paste area (never converted).
    Typed,
    /// Pasted (converted if need be).
    Pasted,
    /// Put back as it came by "Hoàn tác" (not converted).
    Undo,
    /// The same text read again with the header facts the user set (a date corrected: the
    /// deadlines counted from it are resolved again).
    Redated,
    /// A file of that name (converted if need be), and the worker's note on it in each language
    /// (recognised by OCR, fonts converted).
    File(String, Option<(String, String)>),
}

impl How {
    fn converts(&self) -> bool {
        matches!(self, How::Pasted | How::File(..))
    }
}

/// Why a text came back unread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The reader could not be downloaded (offline before its first use, or the server).
    Load,
    /// The reader failed on this text.
    Read,
}

/// A text sent to the reader and what came back.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrived {
    pub how: How,
    /// The text as it came (what "Hoàn tác" puts back, what "Thử lại" sends again).
    pub text: Rc<str>,
    /// When it was sent (for the browser benchmark's timings).
    pub started: f64,
    pub outcome: Result<Intake, Failure>,
}

/// A text sent and not answered yet: its number, how it came, the text, when it was sent.
type Pending = (u32, How, Rc<str>, f64);

thread_local! {
    /// Where replies go (the app's dispatcher, set on every render of the app).
    static DISPATCH: RefCell<Option<Callback<Action>>> = const { RefCell::new(None) };
    /// The number of the latest text sent; replies to others are dropped.
    static LATEST: Cell<u32> = const { Cell::new(0) };
    /// The text last sent, until its reply comes.
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
}

/// What to do with a job's text (or why there is none).
type JobDone = Box<dyn FnOnce(Result<String, Failure>)>;

thread_local! {
    /// Jobs sent to the worker and not answered yet, by number.
    static JOBS: RefCell<Vec<(u32, JobDone)>> = const { RefCell::new(Vec::new()) };
    static JOB_SEQ: Cell<u32> = const { Cell::new(0) };
}

/// Runs one of the app's other jobs (`crate::worker_jobs`: exports, library backups) in the
/// reader's worker, where their code lives (the first visit does not carry it: the size
/// budget), then calls `done` with its text; `Failure::Load` if the worker could not be loaded,
/// `Failure::Read` if the job failed.
pub fn job(
    name: &'static str,
    a: &str,
    b: &str,
    done: impl FnOnce(Result<String, Failure>) + 'static,
) {
    job_elsewhere(name, a, b, Box::new(done));
}

/// [`job`], awaited.
pub async fn job_done_text(name: &'static str, a: &str, b: &str) -> Result<String, Failure> {
    finished(|done| job_elsewhere(name, a, b, done)).await
}

/// Runs a job on a file's bytes (`crate::worker_jobs::run_bytes`: a Word file's text) in the
/// reader's worker, the bytes handed over rather than copied; its text, or why there is none.
pub async fn job_bytes(name: &'static str, bytes: Vec<u8>) -> Result<String, Failure> {
    finished(|done| job_bytes_elsewhere(name, bytes, done)).await
}

/// Waits for a job started by `start`, which is given what to call with its outcome.
async fn finished(start: impl FnOnce(JobDone)) -> Result<String, Failure> {
    let outcome: Rc<RefCell<Option<Result<String, Failure>>>> = Rc::default();
    let mut start = Some(start);
    let slot = Rc::clone(&outcome);
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let slot = Rc::clone(&slot);
        if let Some(start) = start.take() {
            start(Box::new(move |r| {
                if let Ok(mut s) = slot.try_borrow_mut() {
                    *s = Some(r);
                }
                let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
            }));
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    let done = outcome.try_borrow_mut().ok().and_then(|mut o| o.take());
    done.unwrap_or(Err(Failure::Read))
}

#[cfg(feature = "inline-reader")]
fn job_elsewhere(name: &'static str, a: &str, b: &str, done: JobDone) {
    done(crate::worker_jobs::run(name, a, b).ok_or(Failure::Read));
}

#[cfg(feature = "inline-reader")]
fn job_bytes_elsewhere(name: &'static str, bytes: Vec<u8>, done: JobDone) {
    done(crate::worker_jobs::run_bytes(name, &bytes).ok_or(Failure::Read));
}

#[cfg(not(feature = "inline-reader"))]
fn job_bytes_elsewhere(name: &'static str, bytes: Vec<u8>, done: JobDone) {
    let seq = next_job(done);
    if !worker::post_job_bytes(seq, name, bytes) {
        job_done(seq, Err(Failure::Load));
    }
}

/// Keeps `done` under a new job number.
#[cfg(not(feature = "inline-reader"))]
fn next_job(done: JobDone) -> u32 {
    let seq = JOB_SEQ.with(|s| {
        let next = s.get().wrapping_add(1);
        s.set(next);
        next
    });
    JOBS.with(|e| e.borrow_mut().push((seq, done)));
    seq
}

#[cfg(not(feature = "inline-reader"))]
fn job_elsewhere(name: &'static str, a: &str, b: &str, done: JobDone) {
    let seq = next_job(done);
    if !worker::post_job(seq, name, a, b) {
        job_done(seq, Err(Failure::Load));
    }
}

/// The worker's answer to job number `seq`.
#[cfg_attr(feature = "inline-reader", allow(dead_code))]
fn job_done(seq: u32, outcome: Result<String, Failure>) {
    let done = JOBS.with(|e| {
        let mut e = e.borrow_mut();
        let at = e.iter().position(|(s, _)| *s == seq)?;
        Some(e.remove(at).1)
    });
    if let Some(done) = done {
        done(outcome);
    }
}

/// Every job waiting fails (the worker could not be loaded or died).
#[cfg_attr(feature = "inline-reader", allow(dead_code))]
fn jobs_failed(why: Failure) {
    let all = JOBS.with(|e| std::mem::take(&mut *e.borrow_mut()));
    for (_, done) in all {
        done(Err(why));
    }
}

/// Stops the file jobs under way ("Dừng" while a scan is recognised): the worker is ended, the
/// jobs fail, and the next job or text starts a new worker (its files are cached by then).
pub fn stop_jobs() {
    #[cfg(not(feature = "inline-reader"))]
    worker::stop();
    jobs_failed(Failure::Read);
}

/// Sets where replies go.
pub fn connect(dispatch: Callback<Action>) {
    DISPATCH.with(|d| *d.borrow_mut() = Some(dispatch));
}

fn emit(action: Action) {
    let dispatch = DISPATCH.with(|d| d.borrow().clone());
    if let Some(dispatch) = dispatch {
        dispatch.emit(action);
    }
}

/// Sends a text to be read; its reply comes as [`Action::Arrived`].
pub fn send(text: Rc<str>, how: How) {
    send_with(text, how, None, "");
}

/// Sends a paste to be read, with the HTML the clipboard held beside its text, if any.
pub fn send_paste(text: Rc<str>, html: Option<Rc<str>>) {
    send_with(text, How::Pasted, html, "");
}

/// Sends the editor's text to be read again with the header facts the user set (`given`: their
/// JSON, `[]` for none); the reply comes as [`Action::Arrived`] with [`How::Redated`].
pub fn send_redated(text: Rc<str>, given: &str) {
    send_with(text, How::Redated, None, given);
}

/// Sends typed text to be read with the header facts the user set (`given`: their JSON).
pub fn send_typed_given(text: Rc<str>, given: &str) {
    send_with(text, How::Typed, None, given);
}

fn send_with(text: Rc<str>, how: How, html: Option<Rc<str>>, given: &str) {
    let seq = LATEST.with(|l| {
        let next = l.get().wrapping_add(1);
        l.set(next);
        next
    });
    let started = timings::read_start();
    let convert = how.converts();
    PENDING.with(|p| *p.borrow_mut() = Some((seq, how, Rc::clone(&text), started)));
    post(seq, &text, convert, html.as_deref(), given);
}

/// Starts loading the reader before the first text comes (the paste area got the focus: a text
/// is about to come). Nothing happens if it is loaded or loading already.
pub fn warm() {
    #[cfg(not(feature = "inline-reader"))]
    worker::warm();
}

/// The reply to text number `seq`, if it is still the latest.
fn reply(seq: u32, outcome: Result<Intake, Failure>) {
    let pending = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        match p.as_ref() {
            Some((s, ..)) if *s == seq => p.take(),
            _ => None,
        }
    });
    if let Some((_, how, text, started)) = pending {
        emit(Action::Arrived(Box::new(Arrived {
            how,
            text,
            started,
            outcome,
        })));
    }
}

#[cfg(feature = "inline-reader")]
fn post(seq: u32, text: &str, convert: bool, html: Option<&str>, given: &str) {
    let given: Vec<crate::document::FieldEdit> = serde_json::from_str(given).unwrap_or_default();
    let intake = match html {
        _ if !given.is_empty() => crate::intake::take_in_given(text, &given),
        Some(html) => crate::intake::take_in_paste(text, Some(html)),
        None => crate::intake::take_in(text, convert),
    };
    wasm_bindgen_futures::spawn_local(async move { reply(seq, Ok(intake)) });
}

#[cfg(not(feature = "inline-reader"))]
fn post(seq: u32, text: &str, convert: bool, html: Option<&str>, given: &str) {
    worker::post(seq, text, convert, html, given);
}

#[cfg(not(feature = "inline-reader"))]
mod worker {
    //! The Web Worker and its messages (see `static/reader-worker.js` for the other side).

    use std::cell::RefCell;

    use js_sys::{Object, Reflect};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{MessageEvent, Worker};

    use super::{emit, job_done, jobs_failed, reply, Failure};
    use crate::app::state::Action;
    use crate::intake::Intake;

    /// The worker's script, beside its wasm under `lazy/` (see index.html).
    const SCRIPT: &str = "lazy/reader-worker.js";

    struct Running {
        worker: Worker,
        /// Set once the worker failed: the next text starts a new one (its handlers are dropped
        /// then, not while they run).
        failed: bool,
        _on_message: Closure<dyn FnMut(MessageEvent)>,
        _on_error: Closure<dyn FnMut(web_sys::Event)>,
    }

    thread_local! {
        static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
    }

    fn field(data: &JsValue, name: &str) -> JsValue {
        Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    }

    /// Ends the worker after a failure (the next text starts a new one).
    fn fail() {
        RUNNING.with(|r| {
            if let Ok(mut r) = r.try_borrow_mut() {
                if let Some(r) = r.as_mut() {
                    r.worker.terminate();
                    r.failed = true;
                }
            }
        });
    }

    /// Ends the worker on the user's word (see [`super::stop_jobs`]).
    pub fn stop() {
        fail();
    }

    fn on_message(event: MessageEvent) {
        let data = event.data();
        if let Some(p) = field(&data, "progress").as_f64() {
            let percent = (p.clamp(0.0, 1.0) * 100.0).round() as u8;
            emit(if field(&data, "file").is_truthy() {
                Action::FileReading(percent, field(&data, "ocr").is_truthy())
            } else {
                Action::ReaderLoading(percent)
            });
            return;
        }
        if let Some(seq) = field(&data, "jobSeq").as_f64() {
            let outcome = match (
                field(&data, "text").as_string(),
                field(&data, "failed").as_string(),
            ) {
                (Some(text), _) => Ok(text),
                (None, Some(f)) if f == "load" => Err(Failure::Load),
                _ => Err(Failure::Read),
            };
            job_done(seq as u32, outcome);
            return;
        }
        let Some(seq) = field(&data, "seq").as_f64() else {
            return;
        };
        let seq = seq as u32;
        let outcome = if let Some(json) = field(&data, "json").as_string() {
            serde_json::from_str::<Intake>(&json).map_err(|_| Failure::Read)
        } else if field(&data, "failed").as_string().as_deref() == Some("load") {
            Err(Failure::Load)
        } else {
            Err(Failure::Read)
        };
        if outcome.is_err() {
            fail();
        }
        reply(seq, outcome);
    }

    fn start() -> Option<Running> {
        let worker = Worker::new(SCRIPT).ok()?;
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(on_message);
        // The script itself failed (not found, offline before its first use): whatever was
        // sent cannot be read.
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|_: web_sys::Event| {
            fail();
            jobs_failed(Failure::Load);
            let seq = super::LATEST.with(|l| l.get());
            reply(seq, Err(Failure::Load));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Running {
            worker,
            failed: false,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    pub fn warm() {
        RUNNING.with(|r| {
            let Ok(mut r) = r.try_borrow_mut() else {
                return;
            };
            if r.as_ref().is_none_or(|w| w.failed) {
                *r = start();
                if let Some(running) = r.as_ref() {
                    let message = Object::new();
                    let _ = Reflect::set(&message, &"warm".into(), &JsValue::TRUE);
                    let _ = running.worker.post_message(&message);
                }
            }
        });
    }

    /// Sends a job (`crate::worker_jobs`); false if it could not be sent.
    pub fn post_job(seq: u32, name: &str, a: &str, b: &str) -> bool {
        RUNNING
            .with(|r| {
                let mut r = r.try_borrow_mut().ok()?;
                if r.as_ref().is_none_or(|w| w.failed) {
                    *r = start();
                }
                let running = r.as_ref()?;
                let message = Object::new();
                Reflect::set(&message, &"jobSeq".into(), &JsValue::from(seq)).ok()?;
                Reflect::set(&message, &"job".into(), &JsValue::from_str(name)).ok()?;
                Reflect::set(&message, &"a".into(), &JsValue::from_str(a)).ok()?;
                Reflect::set(&message, &"b".into(), &JsValue::from_str(b)).ok()?;
                running.worker.post_message(&message).ok()
            })
            .is_some()
    }

    /// Sends a job on bytes, their buffer transferred to the worker; false if it could not be
    /// sent.
    pub fn post_job_bytes(seq: u32, name: &str, bytes: Vec<u8>) -> bool {
        RUNNING
            .with(|r| {
                let mut r = r.try_borrow_mut().ok()?;
                if r.as_ref().is_none_or(|w| w.failed) {
                    *r = start();
                }
                let running = r.as_ref()?;
                let array = js_sys::Uint8Array::from(bytes.as_slice());
                let message = Object::new();
                Reflect::set(&message, &"jobSeq".into(), &JsValue::from(seq)).ok()?;
                Reflect::set(&message, &"job".into(), &JsValue::from_str(name)).ok()?;
                Reflect::set(&message, &"bytes".into(), &array).ok()?;
                let transfer = js_sys::Array::of1(&array.buffer());
                running
                    .worker
                    .post_message_with_transfer(&message, &transfer)
                    .ok()
            })
            .is_some()
    }

    pub fn post(seq: u32, text: &str, convert: bool, html: Option<&str>, given: &str) {
        let sent = RUNNING.with(|r| {
            let mut r = r.try_borrow_mut().ok()?;
            if r.as_ref().is_none_or(|w| w.failed) {
                *r = start();
            }
            let running = r.as_ref()?;
            let message = Object::new();
            Reflect::set(&message, &"seq".into(), &JsValue::from(seq)).ok()?;
            Reflect::set(&message, &"text".into(), &JsValue::from_str(text)).ok()?;
            Reflect::set(&message, &"convert".into(), &JsValue::from(convert)).ok()?;
            if let Some(html) = html {
                Reflect::set(&message, &"html".into(), &JsValue::from_str(html)).ok()?;
            }
            if !given.is_empty() {
                Reflect::set(&message, &"given".into(), &JsValue::from_str(given)).ok()?;
            }
            running.worker.post_message(&message).ok()
        });
        if sent.is_none() {
            // Replied later, as from the worker (this runs inside the app's reducer).
            wasm_bindgen_futures::spawn_local(async move { reply(seq, Err(Failure::Load)) });
        }
    }
}
