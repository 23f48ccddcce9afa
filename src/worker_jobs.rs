//! The jobs the app hands to its lazy worker besides reading: rendering the exports (CSV,
//! iCalendar, Web Annotation) and writing or checking a library backup. They stay out of the
//! first visit (the web app's size budget); the worker (`src/reader_worker.rs`) runs them, and
//! the browser tests, which run the reader in the page, call them here directly.

use crate::edit::import_json;
use crate::export::{render_text, Format};
use crate::library::{read_to_stored, write_stored};

/// Runs job `name` on its arguments; `None` when the job is unknown or its input unreadable.
///
/// - `render(doc_json, format)`: the document in an export format by name (`csv`, `ics`, …);
/// - `backupWrite(stored)`: the backup file of the library as stored (`[[id, json, summary]]`);
/// - `backupRead(file)`: a backup checked whole (see [`read_to_stored`]).
pub fn run(name: &str, a: &str, b: &str) -> Option<String> {
    match name {
        "render" => {
            let format = Format::from_name(b)?;
            let doc = import_json(a).ok()?.doc;
            Some(render_text(format, &doc))
        }
        "backupWrite" => write_stored(a),
        "backupRead" => Some(read_to_stored(a)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::run;

    #[test]
    fn each_job_runs_and_unknown_ones_do_not() {
        let doc = crate::read(
            "THÔNG BÁO\n1. Giao Văn phòng Sở tổng hợp báo cáo trước ngày 20/11/2026.\n",
        );
        let csv = run("render", &doc.to_json(), "csv").unwrap_or_default();
        assert_eq!(
            csv,
            crate::export::render_text(crate::export::Format::Csv, &doc)
        );
        assert_eq!(run("render", &doc.to_json(), "pdf"), None);
        assert_eq!(run("render", "{", "csv"), None);
        assert!(run("backupWrite", "[]", "").is_some_and(|f| f.contains("ketluan-library")));
        assert!(run("backupRead", "{}", "").is_some_and(|r| r.contains("\"vi\"")));
        assert_eq!(run("format the disk", "", ""), None);
    }
}
