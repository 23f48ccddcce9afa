//! Import and validation of a JSON file: [`import_json`] checks the format, version and shape,
//! [`validate`] the offsets against the text (an [`ImportError`]) and the quoted text against the
//! offsets (orphans).

use std::collections::HashSet;

use serde::Deserialize;

use crate::document::{Document, Source, FORMAT, VERSION};

use super::carry_over::{Orphan, OrphanWhat};
use super::index::CpIndex;
use super::occurrences::normalize_name;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all (the parser's message).
    NotJson(String),
    /// JSON, but not a ketluan file (the `format` found, if any).
    WrongFormat(Option<String>),
    /// A ketluan file of a version this build cannot read (`None`: missing, or not a whole
    /// number).
    WrongVersion(Option<u64>),
    /// The version written as text (`"version": "1"`) instead of a number.
    VersionAsText(String),
    /// The right format and version, but fields of the wrong shape (the parser's message).
    Malformed(String),
    /// An offset that does not fit the text.
    OffsetsOutOfText {
        what: &'static str,
        start: usize,
        end: usize,
        len: usize,
    },
    /// Two directives share an id.
    DuplicateId(String),
}

/// A file that passed validation, with the annotations whose quotes disagree with their offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub doc: Document,
    pub orphans: Vec<Orphan>,
}

/// The fields that say what a file is (everything else skipped unparsed).
#[derive(Deserialize)]
pub(crate) struct Probe {
    #[serde(default)]
    pub format: Option<String>,
    #[serde(default)]
    pub version: Option<Version>,
}

/// The `version` field as found: a number, text, or anything else.
pub(crate) enum Version {
    Number(f64),
    Text(String),
    Other,
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Version;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a version")
            }
            fn visit_u64<E>(self, v: u64) -> Result<Version, E> {
                Ok(Version::Number(v as f64))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Version, E> {
                Ok(Version::Number(v as f64))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Version, E> {
                Ok(Version::Number(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Version, E> {
                Ok(Version::Text(v.to_string()))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Version, E> {
                Ok(Version::Other)
            }
            fn visit_unit<E>(self) -> Result<Version, E> {
                Ok(Version::Other)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Version, A::Error> {
                while a.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(Version::Other)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Version, A::Error> {
                while a
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Version::Other)
            }
        }
        d.deserialize_any(Visit)
    }
}

/// Reads and checks a JSON file: format, version, shape, offsets; reports orphaned annotations.
pub fn import_json(json: &str) -> Result<Imported, ImportError> {
    let json = json.trim_start_matches('\u{feff}');
    let probe = match serde_json::from_str::<Probe>(json) {
        Ok(p) => p,
        Err(e) => {
            // Not JSON at all, or JSON of another shape (an array, a format that is no string).
            return Err(match serde_json::from_str::<serde::de::IgnoredAny>(json) {
                Ok(_) => ImportError::WrongFormat(None),
                Err(_) => ImportError::NotJson(where_in(&e)),
            });
        }
    };
    if probe.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::WrongFormat(probe.format));
    }
    match probe.version {
        // 1 and 1.0 are the same number.
        Some(Version::Number(v)) if v == f64::from(VERSION) => {}
        Some(Version::Number(v)) => {
            let whole = (v.is_finite() && v >= 0.0 && v.fract() == 0.0).then_some(v as u64);
            return Err(ImportError::WrongVersion(whole));
        }
        Some(Version::Text(t)) => return Err(ImportError::VersionAsText(t)),
        Some(Version::Other) | None => return Err(ImportError::WrongVersion(None)),
    }
    let mut doc: Document =
        serde_json::from_str(json).map_err(|e| ImportError::Malformed(where_in(&e)))?;
    let orphans = validate(&doc)?;
    // The user's header facts are what the fields say, whatever a hand-edited file claims.
    let edits = std::mem::take(&mut doc.field_edits);
    doc.fields.apply(&edits);
    doc.field_edits = edits;
    Ok(Imported { doc, orphans })
}

/// Where a JSON error is ("line 3, column 14"). Not the error's own text: formatting it pulls
/// serde's messages and float formatting into the web app (about 6 KB gzipped), and the app
/// shows its own words for these errors anyway.
fn where_in(e: &serde_json::Error) -> String {
    format!("line {}, column {}", e.line(), e.column())
}

fn check(what: &'static str, start: usize, end: usize, len: usize) -> Result<(), ImportError> {
    if start <= end && end <= len {
        Ok(())
    } else {
        Err(ImportError::OffsetsOutOfText {
            what,
            start,
            end,
            len,
        })
    }
}

/// Checks a document's offsets against its text (an error) and its annotations' quoted text
/// against their offsets (orphans).
pub fn validate(doc: &Document) -> Result<Vec<Orphan>, ImportError> {
    let idx = CpIndex::new(&doc.text);
    let len = idx.len();
    for s in &doc.spans {
        check("span", s.start, s.end, len)?;
    }
    for r in &doc.recipients {
        check("recipient", r.start, r.end, len)?;
    }
    for r in &doc.references {
        check("reference", r.start, r.end, len)?;
    }
    // The user's header facts: one per field, a value not blank, a date a real day.
    let mut seen = 0u32;
    for e in &doc.field_edits {
        let bit = 1u32 << (e.field as u32);
        let bad_value = e.value.as_deref().is_some_and(|v| {
            v.trim().is_empty() || (e.field.is_date() && !super::dates::valid_iso_date(v))
        });
        if bad_value || seen & bit != 0 {
            return Err(ImportError::Malformed(format!(
                "field_edits: {}",
                e.field.name()
            )));
        }
        seen |= bit;
    }
    let mut ids: HashSet<&str> = HashSet::with_capacity(doc.directives.len());
    for d in &doc.directives {
        check("directive", d.start, d.end, len)?;
        for o in &d.owners {
            check("owner", o.start, o.end, len)?;
        }
        if let Some(dl) = &d.deadline {
            check("deadline", dl.start, dl.end, len)?;
        }
        if let Some(done) = d
            .done
            .as_ref()
            .filter(|x| !super::dates::valid_iso_date(&x.date))
        {
            return Err(ImportError::Malformed(format!(
                "“{}”, done.date of {}",
                done.date, d.id
            )));
        }
        if let Some(x) = d
            .extended
            .as_ref()
            .filter(|x| !super::dates::valid_iso_date(&x.due))
        {
            return Err(ImportError::Malformed(format!(
                "“{}”, extended.due of {}",
                x.due, d.id
            )));
        }
        if d.id.is_empty() || !ids.insert(d.id.as_str()) {
            return Err(ImportError::DuplicateId(d.id.clone()));
        }
    }
    let mut orphans = Vec::new();
    for d in &doc.directives {
        if idx.slice(&doc.text, d.start, d.end) != Some(d.text.as_str()) {
            orphans.push(Orphan {
                what: OrphanWhat::Directive,
                directive_id: d.id.clone(),
                quote: d.text.clone(),
            });
        }
        for o in &d.owners {
            // A user may rename an owner; the reader's owners quote the text they point to.
            if o.source == Source::User {
                continue;
            }
            let at = normalize_name(idx.slice(&doc.text, o.start, o.end).unwrap_or(""));
            let name = normalize_name(&o.name);
            if name.is_empty() || !(at.contains(&name) || (!at.is_empty() && name.contains(&at))) {
                orphans.push(Orphan {
                    what: OrphanWhat::Owner,
                    directive_id: d.id.clone(),
                    quote: o.name.clone(),
                });
            }
        }
        if let Some(dl) = &d.deadline {
            let ok = if dl.start == dl.end {
                dl.text.is_empty()
            } else {
                idx.slice(&doc.text, dl.start, dl.end) == Some(dl.text.as_str())
            };
            if !ok {
                orphans.push(Orphan {
                    what: OrphanWhat::Deadline,
                    directive_id: d.id.clone(),
                    quote: dl.text.clone(),
                });
            }
        }
    }
    Ok(orphans)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::document::Role;
    use crate::edit::test_support::*;

    #[test]
    fn import_round_trip() {
        let mut ed = editor();
        let (s, e) = cp_find(TEXT, "Các đơn vị");
        ed.add_owner("d2", s, e, Role::Support).unwrap();
        let json = ed.doc().to_json();
        let imported = import_json(&json).unwrap();
        assert_eq!(&imported.doc, ed.doc());
        assert!(imported.orphans.is_empty());
    }

    #[test]
    fn import_refuses_bad_files() {
        assert!(matches!(import_json("hello"), Err(ImportError::NotJson(_))));
        assert!(matches!(import_json(""), Err(ImportError::NotJson(_))));
        assert_eq!(
            import_json(r#"{"format":"webanno","version":1}"#),
            Err(ImportError::WrongFormat(Some("webanno".into())))
        );
        assert_eq!(import_json("[1,2]"), Err(ImportError::WrongFormat(None)));
        assert_eq!(
            import_json(r#"{"format":"ketluan","version":2}"#),
            Err(ImportError::WrongVersion(Some(2)))
        );
        assert!(matches!(
            import_json(r#"{"format":"ketluan","version":1,"text":5}"#),
            Err(ImportError::Malformed(_))
        ));
        let mut doc = reading(TEXT);
        doc.directives[1].end = 10_000;
        assert!(matches!(
            import_json(&doc.to_json()),
            Err(ImportError::OffsetsOutOfText {
                what: "directive",
                ..
            })
        ));
        let mut doc = reading(TEXT);
        doc.directives[1].id = "d1".into();
        assert_eq!(
            import_json(&doc.to_json()),
            Err(ImportError::DuplicateId("d1".into()))
        );
    }

    /// A document of `n` directives, one a line, ids `d1` … `dn`.
    fn many(n: usize) -> Document {
        let mut doc = Document::empty();
        let mut at = 0;
        for i in 1..=n {
            let line = format!("Việc số {i}.");
            let len = line.chars().count();
            doc.text.push_str(&line);
            doc.text.push('\n');
            doc.directives.push(crate::document::Directive {
                id: format!("d{i}"),
                start: at,
                end: at + len,
                text: line,
                owners: Vec::new(),
                deadline: None,
                status: crate::document::Status::Suggested,
                source: Source::Auto,
                why: None,
                done: None,
                extended: None,
                edited: Default::default(),
            });
            at += len + 1;
        }
        doc
    }

    /// Ids are checked in one pass over a large file (each was compared with every id before it,
    /// so 100,000 directives took seconds), and the first id seen twice is the one reported.
    #[test]
    fn duplicate_ids_found_in_a_large_file() {
        let n = 100_000;
        let mut doc = many(n);
        let imported = import_json(&doc.to_json()).unwrap();
        assert_eq!(imported.doc.directives.len(), n);
        assert!(imported.orphans.is_empty());
        doc.directives[n - 1].id = "d50000".into();
        doc.directives[n - 2].id = "d7".into();
        assert_eq!(
            import_json(&doc.to_json()),
            Err(ImportError::DuplicateId("d7".into()))
        );
        doc.directives[n - 2].id = "d99999".into();
        assert_eq!(
            validate(&doc),
            Err(ImportError::DuplicateId("d50000".into()))
        );
        doc.directives[0].id = String::new();
        assert_eq!(validate(&doc), Err(ImportError::DuplicateId(String::new())));
    }

    #[test]
    fn import_reports_orphans() {
        let mut doc = reading(TEXT);
        doc.directives[1].start += 3;
        doc.directives[1].end += 3;
        doc.directives[0].deadline.as_mut().unwrap().start += 1;
        doc.directives[2].owners[0].start = 0;
        doc.directives[2].owners[0].end = 5;
        let imported = import_json(&doc.to_json()).unwrap();
        let whats: Vec<(OrphanWhat, &str)> = imported
            .orphans
            .iter()
            .map(|o| (o.what, o.directive_id.as_str()))
            .collect();
        assert_eq!(
            whats,
            vec![
                (OrphanWhat::Deadline, "d1"),
                (OrphanWhat::Directive, "d2"),
                (OrphanWhat::Owner, "d3"),
            ]
        );
    }
}
