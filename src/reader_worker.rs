//! The reader's Web Worker (wasm32), built by Trunk as `lazy/ketluan-reader*` and fetched only
//! when the app first needs a text read (`static/reader-worker.js` loads it and passes the
//! messages). It carries the reader, the legacy-encoding converter and the app's other jobs (the
//! exports, the library's backups, the text of Word files: `ketluan::worker_jobs`), which the first visit then does not download (the web app's size budget). Run in a worker, a panic of the reader
//! (an abort in release builds) takes down only the worker; the app starts a new one.

/// Reads `text` (converted first from a legacy encoding when `convert`; a paste with `html`, not
/// empty, is read from its HTML; with `given`, not empty, the JSON of the header facts the user
/// set, read with them: `ketluan::intake::take_in_given`) and returns the [`ketluan::intake::Intake`] as JSON ("" if it
/// could not be written, which the app reports as a failed reading).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn read(text: &str, convert: bool, html: &str, given: &str) -> String {
    let given: Vec<ketluan::document::FieldEdit> = if given.is_empty() {
        Vec::new()
    } else {
        serde_json::from_str(given).unwrap_or_default()
    };
    let intake = if !given.is_empty() {
        ketluan::intake::take_in_given(text, &given)
    } else if html.is_empty() {
        ketluan::intake::take_in(text, convert)
    } else {
        ketluan::intake::take_in_paste(text, Some(html))
    };
    serde_json::to_string(&intake).unwrap_or_default()
}

/// Runs one of the app's other jobs (`ketluan::worker_jobs`: exports, library backups) and
/// returns its text, or "" when it failed (the app reports it).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn job(name: &str, a: &str, b: &str) -> String {
    ketluan::worker_jobs::run(name, a, b).unwrap_or_default()
}

/// Runs a job on a file's bytes (`ketluan::worker_jobs::run_bytes`: a Word file's text) and
/// returns its reply, or "" when the job is unknown.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn job_bytes(name: &str, bytes: &[u8]) -> String {
    ketluan::worker_jobs::run_bytes(name, bytes).unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ketluan-reader is the web app's reader worker: Trunk builds it (see README). For the command line, use `ketluan`.");
    std::process::exit(2);
}
