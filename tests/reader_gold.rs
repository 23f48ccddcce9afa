//! Acceptance: the reader against a careful clerk's reading of real notices (../shared/gold).
//! The same checks run on any notice with a gold file: nothing here knows these three texts.

use ketluan::document::{Document, Role};
use serde_json::Value;
use std::path::PathBuf;

fn shared() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    assert!(
        dir.join("gold").is_dir(),
        "../shared/gold is missing: clone the project with shared/ beside it"
    );
    dir
}

/// Lowercase, whitespace collapsed, outer punctuation and "Giao" dropped: form, not substance.
fn norm(s: &str) -> String {
    let s = s
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let s = s
        .trim_matches(|c: char| c == '.' || c == ';' || c == ',' || c == ':' || c == ' ')
        .to_string();
    s.strip_prefix("giao ").map(str::to_string).unwrap_or(s)
}

fn days(iso: &str) -> Option<i64> {
    let mut it = iso.split('-').map(|x| x.parse::<i64>().ok());
    let (y, m, d) = (it.next()??, it.next()??, it.next()??);
    // Days from a fixed epoch (civil calendar), enough to compare two dates.
    let (y, m) = if m <= 2 { (y - 1, m + 12) } else { (y, m) };
    Some(365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d)
}

struct Case {
    name: String,
    gold: Value,
    doc: Document,
}

fn cases() -> Vec<Case> {
    let dir = shared();
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir.join("gold"))
        .expect("gold dir")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(entry.path()).expect("gold file"))
                .expect("gold json");
        let notice = gold["notice"].as_str().expect("notice name").to_string();
        let text = std::fs::read_to_string(dir.join("notices").join(&notice)).expect("notice file");
        out.push(Case {
            name: notice,
            gold,
            doc: ketluan::read(&text),
        });
    }
    assert!(!out.is_empty(), "no gold files");
    out
}

fn find_directive<'a>(doc: &'a Document, quote: &str) -> Option<&'a ketluan::document::Directive> {
    let q = norm(quote);
    doc.directives.iter().find(|d| norm(&d.text).contains(&q))
}

#[test]
fn every_gold_directive_is_found() {
    let mut missing = Vec::new();
    for c in cases() {
        for g in c.gold["directives"].as_array().into_iter().flatten() {
            let quote = g["quote"].as_str().unwrap_or_default();
            if find_directive(&c.doc, quote).is_none() {
                missing.push(format!("{}: {quote}", c.name));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "directives not found:\n{}",
        missing.join("\n")
    );
}

#[test]
fn no_report_or_noise_is_a_directive() {
    let mut wrong = Vec::new();
    for c in cases() {
        let bad = c.gold["not_directives"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(c.gold["noise"].as_array().into_iter().flatten());
        for q in bad.filter_map(Value::as_str) {
            if let Some(d) = find_directive(&c.doc, q) {
                wrong.push(format!("{}: «{q}» inside {}", c.name, d.id));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_gold_owner_is_present_with_its_role() {
    let mut wrong = Vec::new();
    for c in cases() {
        for g in c.gold["directives"].as_array().into_iter().flatten() {
            let quote = g["quote"].as_str().unwrap_or_default();
            let Some(d) = find_directive(&c.doc, quote) else {
                continue;
            };
            for o in g["owners"].as_array().into_iter().flatten() {
                let name = norm(o["name"].as_str().unwrap_or_default());
                let role = if o["role"] == "support" {
                    Role::Support
                } else {
                    Role::Lead
                };
                if !d
                    .owners
                    .iter()
                    .any(|x| norm(&x.name) == name && x.role == role)
                {
                    let have: Vec<String> = d
                        .owners
                        .iter()
                        .map(|x| format!("{} ({:?})", x.name, x.role))
                        .collect();
                    wrong.push(format!(
                        "{}: «{quote}» lacks {name} ({role:?}); has {have:?}",
                        c.name
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Where gold has no deadline, no due date may be set. Wording like "khẩn trương" or "định kỳ"
/// is still reported, as a deadline of kind `urgent` / `recurring` whose `due` is null: the issue
/// asks for those kinds, and they set no date.
#[test]
fn deadlines_are_due_within_a_month_and_absent_where_none_is_set() {
    let mut wrong = Vec::new();
    for c in cases() {
        for g in c.gold["directives"].as_array().into_iter().flatten() {
            let quote = g["quote"].as_str().unwrap_or_default();
            let Some(d) = find_directive(&c.doc, quote) else {
                continue;
            };
            let due = d.deadline.as_ref().and_then(|x| x.due.clone());
            match g["deadline"]["due"].as_str() {
                None => {
                    if let Some(due) = due {
                        wrong.push(format!(
                            "{}: «{quote}» has due {due}, gold has none",
                            c.name
                        ));
                    }
                }
                Some(want) => {
                    let ok = due
                        .as_deref()
                        .and_then(days)
                        .zip(days(want))
                        .is_some_and(|(a, b)| (a - b).abs() <= 31);
                    if !ok {
                        wrong.push(format!("{}: «{quote}» due {due:?}, gold {want}", c.name));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn header_fields_match() {
    let mut wrong = Vec::new();
    for c in cases() {
        let fields = serde_json::to_value(&c.doc.fields).expect("fields");
        for (key, want) in c.gold["fields"].as_object().into_iter().flatten() {
            let have = &fields[key];
            let same = match (want.as_str(), have.as_str()) {
                (Some(w), Some(h)) => norm(w) == norm(h),
                (None, None) => want.is_null() && have.is_null(),
                _ => false,
            };
            if !same {
                wrong.push(format!("{}: {key}: want {want}, have {have}", c.name));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn recipients_and_references_match() {
    let mut wrong = Vec::new();
    for c in cases() {
        let have: Vec<String> = c.doc.recipients.iter().map(|r| norm(&r.text)).collect();
        let want: Vec<String> = c.gold["recipients"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(norm)
            .collect();
        if have != want {
            wrong.push(format!("{}: recipients {have:?}, gold {want:?}", c.name));
        }
        let symbols: Vec<&str> = c.doc.references.iter().map(|r| r.symbol.as_str()).collect();
        for r in c.gold["references"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !symbols.contains(&r) {
                wrong.push(format!(
                    "{}: reference {r} missing from {symbols:?}",
                    c.name
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
