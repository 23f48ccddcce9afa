//! The one way in for documents, on any bytes: `ketluan::opening::open` never panics, and a
//! document it accepts exports and re-imports identically.
#![no_main]

use ketluan::opening::{open, Incoming};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(Incoming::Saved(imported)) = open(data) {
        let json = imported.doc.to_json();
        let again = ketluan::edit::import_json(&json).expect("an accepted document re-imports");
        assert_eq!(again.doc, imported.doc, "export then import changes nothing");
        assert_eq!(again.doc.to_json(), json);
    }
});
