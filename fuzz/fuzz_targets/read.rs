//! The reader on any bytes (as text, lossily, through the legacy-encoding converter, and as a
//! paste's HTML): it never panics, every range it exports fits its text, and every quote is the
//! text it points to.
#![no_main]

use ketluan::document::Document;
use libfuzzer_sys::fuzz_target;

fn check(doc: &Document) {
    // Offsets inside the text, ids unique; the reader's own quotes never orphaned.
    let orphans = ketluan::edit::validate(doc).expect("the reader's ranges fit its text");
    assert!(orphans.is_empty(), "quotes that disagree with their ranges: {orphans:?}");
    for r in &doc.recipients {
        assert_eq!(doc.slice(r.start, r.end), r.text, "recipient quote");
    }
    for d in &doc.directives {
        assert_eq!(doc.slice(d.start, d.end), d.text, "directive quote");
        if let Some(x) = &d.deadline {
            assert_eq!(doc.slice(x.start, x.end), x.text, "deadline quote");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check(&ketluan::read(&text));
    check(&ketluan::intake::take_in(&text, true).document);
    check(&ketluan::intake::take_in_paste("", Some(&text)).document);
});
