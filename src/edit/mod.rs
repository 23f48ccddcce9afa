//! The user's edits over a [`Document`](crate::Document): tagging owners, deadlines and
//! directives, confirming or rejecting suggestions, undo/redo, carrying the user's work over a
//! re-reading of changed text, validating an imported JSON file, and offering a tagged unit at its
//! other occurrences.
//!
//! Pure Rust (no browser APIs), tested natively. Every offset is a code point into
//! [`Document::text`](crate::Document::text), end exclusive; nothing here indexes a string by an
//! unchecked offset, and nothing panics on any input.
//!
//! One file per concern:
//! - `index.rs`: code-point offsets ([`CpIndex`]) and the shared char helpers;
//! - `editor.rs`: the [`Editor`], its edits and undo, the suggestions the user removed;
//! - `carry_over.rs`: the user's work carried over a re-reading ([`is_rewrite`], [`Orphan`]);
//! - `import.rs`: [`import_json`] and [`validate`];
//! - `merge.rs`: two copies of one notice merged part by part ([`merge()`]);
//! - `occurrences.rs`: a unit's other occurrences ([`occurrences()`], [`known_units`]);
//! - `segments.rs`: the notice view's [`Segment`]s and the task table's [`short_text`];
//! - `dates.rs`: date checks and the date a deadline phrase states ([`parse_due`]).
//!
//! Everything public is re-exported here: the paths are `crate::edit::X`.

mod carry_over;
mod dates;
mod editor;
pub(crate) mod import;
mod index;
mod merge;
mod occurrences;
mod segments;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod test_support;

pub use carry_over::{has_user_work, is_rewrite, Orphan, OrphanWhat};
pub use dates::{iso_to_dmy, parse_due, valid_iso_date};
pub use editor::{EditError, Editor, Offer, Removed, RemovedWhat, Target, MAX_UNDO};
pub use import::{import_json, validate, ImportError, Imported};
pub use index::CpIndex;
pub use merge::{merge, MergeError, Merged};
pub use occurrences::{
    known_unit_offers, known_units, normalize_name, occurrences, occurrences_many,
};
pub use segments::{chunk_segments, has_kind, mark, segments, short_text, Segment, SPAN_KINDS};

/// No input makes the editor, the import, the segments or the helpers panic.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod no_panic {
    use super::*;
    use crate::document::{Directive, Document, Role, Source, Span, SpanKind, Status};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn edits_never_panic(
            text in "[a-zĐđàáạảãâầấậẩẫ \n/0-9]{0,60}",
            ops in proptest::collection::vec((0u8..12, 0usize..80, 0usize..80), 0..25),
        ) {
            let mut doc = Document::empty();
            doc.text = text.clone();
            let mut ed = Editor::new(doc);
            for (op, a, b) in ops {
                let id = ed.doc().directives.first().map(|d| d.id.clone()).unwrap_or_default();
                let _ = match op {
                    0 => ed.add_directive(a, b).map(|_| ()),
                    1 => ed.add_owner(&id, a, b, Role::Lead).map(|_| ()),
                    2 => ed.set_deadline_span(&id, a, b),
                    3 => ed.set_deadline_due(&id, Some("2022-01-0")),
                    4 => ed.remove_owner(&id, a),
                    5 => ed.rename_owner(&id, a % 2, "x"),
                    6 => ed.set_status(&id, Status::Rejected),
                    7 => ed.delete_directive(&id),
                    8 => { ed.undo(); Ok(()) }
                    9 => { ed.redo(); Ok(()) }
                    10 => ed.clear_deadline(&id),
                    _ => {
                        let cut: String = text.chars().skip(a % 7).collect();
                        let mut fresh = Document::empty();
                        fresh.text = cut;
                        ed.reread_with(fresh);
                        Ok(())
                    }
                };
                let _ = segments(ed.doc());
                prop_assert!(validate(ed.doc()).is_ok());
            }
        }

        #[test]
        fn import_never_panics(s in ".{0,200}") {
            let _ = import_json(&s);
            let _ = parse_due(&s);
            let _ = short_text(&s, 5);
        }

        #[test]
        fn segments_never_panic(
            text in "(.|\n){0,40}",
            spans in proptest::collection::vec((0usize..60, 0usize..60), 0..10),
        ) {
            let mut doc = Document::empty();
            doc.text = text;
            for (s, e) in spans {
                doc.spans.push(Span { kind: SpanKind::Unit, start: s, end: e, level: None });
                doc.directives.push(Directive {
                    id: format!("d{s}"), start: s, end: e, text: String::new(),
                    owners: Vec::new(), deadline: None,
                    status: Status::Suggested, source: Source::Auto, why: None, done: None, extended: None, edited: Default::default(),
                });
            }
            let segs = segments(&doc);
            let joined: String = segs.iter().map(|s| &*s.text).collect();
            prop_assert_eq!(&joined, &doc.text);
            let chunked: String = chunk_segments(segs, 3).iter().flatten().map(|s| &*s.text).collect();
            prop_assert_eq!(&chunked, &doc.text);
            let _ = validate(&doc);
            let _ = occurrences(&doc, "a");
        }
    }
}
