//! The gold checks: a document read by ketluan against a careful clerk's reading of its notice
//! (../shared/gold). The same checks run on every notice with a gold file, whatever it came in
//! (`reader_gold`: the shared .txt; `reader_files`: the Word and PDF fixtures made from them);
//! nothing here knows any one text. A gold reading the team is sure is wrong is listed in
//! `tests/gold_disputed.md` and skipped exactly.

#![allow(dead_code)]

use ketluan::document::{Document, Role};
use serde_json::Value;
use std::path::PathBuf;

pub fn shared() -> PathBuf {
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

pub struct Case {
    pub name: String,
    pub gold: Value,
    pub doc: Document,
}

/// Every notice with a gold file, read from its shared .txt.
pub fn cases() -> Vec<Case> {
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

/// The gold reading of the notice whose shared file is `notice` (`hanoi-….txt`).
pub fn gold_of(notice: &str) -> Option<Value> {
    let dir = shared().join("gold");
    std::fs::read_dir(dir).ok()?.flatten().find_map(|e| {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(e.path()).ok()?).ok()?;
        (gold["notice"].as_str() == Some(notice)).then_some(gold)
    })
}

/// The cases of `tests/gold_disputed.md`: rows of a table whose first two cells are the notice
/// file and the quote (or field name) in backticks.
fn disputed() -> Vec<(String, String)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/gold_disputed.md");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let cell = |i: usize| {
                cells
                    .get(i)
                    .and_then(|c| c.strip_prefix('`'))
                    .and_then(|c| c.strip_suffix('`'))
            };
            Some((cell(1)?.to_string(), cell(2)?.to_string()))
        })
        .collect()
}

fn find_directive<'a>(doc: &'a Document, quote: &str) -> Option<&'a ketluan::document::Directive> {
    let q = norm(quote);
    doc.directives.iter().find(|d| norm(&d.text).contains(&q))
}

/// One check's outcome on one notice: what was wrong, each wrong item with the key (quote or
/// field) that `gold_disputed.md` may name.
#[derive(Default)]
struct Outcome {
    wrong: Vec<(String, String)>,
}

impl Outcome {
    fn fail(&mut self, key: &str, message: String) {
        self.wrong.push((key.to_string(), message));
    }
}

fn gold_directives(c: &Case) -> impl Iterator<Item = (&str, &Value)> {
    c.gold["directives"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|g| (g["quote"].as_str().unwrap_or_default(), g))
}

fn directives_found(c: &Case) -> Outcome {
    let mut out = Outcome::default();
    for (quote, _) in gold_directives(c) {
        if find_directive(&c.doc, quote).is_none() {
            out.fail(quote, format!("not found: {quote}"));
        }
    }
    out
}

fn no_report_or_noise(c: &Case) -> Outcome {
    let mut out = Outcome::default();
    let bad = c.gold["not_directives"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(c.gold["noise"].as_array().into_iter().flatten());
    for q in bad.filter_map(Value::as_str) {
        if let Some(d) = find_directive(&c.doc, q) {
            out.fail(q, format!("«{q}» inside {}", d.id));
        }
    }
    out
}

/// Precision: every directive the reader finds is one of the gold's — its text holds a gold
/// quote, or lies inside one (a gold quote may span what the reader cuts in two). Gold lists
/// only some reports as `not_directives`; a report it does not list must not pass either.
fn nothing_beyond_gold(c: &Case) -> Outcome {
    let mut out = Outcome::default();
    let quotes: Vec<String> = gold_directives(c).map(|(q, _)| norm(q)).collect();
    for d in &c.doc.directives {
        let text = norm(&d.text);
        if !quotes
            .iter()
            .any(|q| text.contains(q.as_str()) || q.contains(text.as_str()))
        {
            out.fail(
                &d.text,
                format!("{} is no gold directive: «{}»", d.id, d.text),
            );
        }
    }
    out
}

fn owners_with_role(c: &Case) -> Outcome {
    let mut out = Outcome::default();
    for (quote, g) in gold_directives(c) {
        let found = find_directive(&c.doc, quote);
        for o in g["owners"].as_array().into_iter().flatten() {
            let name = norm(o["name"].as_str().unwrap_or_default());
            let role = if o["role"] == "support" {
                Role::Support
            } else {
                Role::Lead
            };
            let Some(d) = found else {
                out.fail(
                    quote,
                    format!("«{quote}» not found, so {name} ({role:?}) neither"),
                );
                continue;
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
                out.fail(
                    quote,
                    format!("«{quote}» lacks {name} ({role:?}); has {have:?}"),
                );
            }
        }
    }
    out
}

/// Where gold has no deadline, no due date may be set. Wording like "khẩn trương" or "định kỳ"
/// is still reported, as a deadline of kind `urgent` / `recurring` whose `due` is null.
fn deadlines(c: &Case) -> Outcome {
    let mut out = Outcome::default();
    for (quote, g) in gold_directives(c) {
        let Some(d) = find_directive(&c.doc, quote) else {
            out.fail(quote, format!("«{quote}» not found"));
            continue;
        };
        let due = d.deadline.as_ref().and_then(|x| x.due.clone());
        match g["deadline"]["due"].as_str() {
            None => {
                if let Some(due) = due {
                    out.fail(quote, format!("«{quote}» has due {due}, gold has none"));
                }
            }
            Some(want) => {
                let ok = due
                    .as_deref()
                    .and_then(days)
                    .zip(days(want))
                    .is_some_and(|(a, b)| (a - b).abs() <= 31);
                if !ok {
                    out.fail(quote, format!("«{quote}» due {due:?}, gold {want}"));
                }
            }
        }
    }
    out
}

fn header_fields(c: &Case) -> Outcome {
    let mut out = Outcome::default();
    let fields = serde_json::to_value(&c.doc.fields).expect("fields");
    for (key, want) in c.gold["fields"].as_object().into_iter().flatten() {
        let have = &fields[key];
        let same = match (want.as_str(), have.as_str()) {
            (Some(w), Some(h)) => norm(w) == norm(h),
            (None, None) => want.is_null() && have.is_null(),
            _ => false,
        };
        if !same {
            out.fail(key, format!("{key}: want {want}, have {have}"));
        }
    }
    out
}

/// Gold writes a recipient's purpose in brackets after it ("UBND huyện (để b/c)"); the document
/// keeps it apart, so the two are put together the same way before comparing.
fn recipients_and_references(c: &Case) -> Outcome {
    let mut out = Outcome::default();
    let have: Vec<String> = c
        .doc
        .recipients
        .iter()
        .map(|r| match &r.purpose {
            Some(p) => norm(&format!("{} ({p})", r.text)),
            None => norm(&r.text),
        })
        .collect();
    let want: Vec<String> = c.gold["recipients"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(norm)
        .collect();
    if have != want {
        out.fail("recipients", format!("recipients {have:?}, gold {want:?}"));
    }
    let symbols: Vec<&str> = c.doc.references.iter().map(|r| r.symbol.as_str()).collect();
    for r in c.gold["references"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !symbols.contains(&r) {
            out.fail(r, format!("reference {r} missing from {symbols:?}"));
        }
    }
    out
}

type Check = fn(&Case) -> Outcome;

const CHECKS: [(&str, Check); 7] = [
    ("directives found", directives_found),
    ("no report or noise as a directive", no_report_or_noise),
    (
        "nothing found beyond the gold's directives",
        nothing_beyond_gold,
    ),
    ("owners with their role", owners_with_role),
    ("deadlines", deadlines),
    ("header fields", header_fields),
    ("recipients and references", recipients_and_references),
];

/// Runs one check over every notice, leaving out the disputed cases: the messages of the
/// wrong items.
fn run(check: Check, cases: &[Case]) -> Vec<String> {
    let disputed = disputed();
    let mut wrong = Vec::new();
    for c in cases {
        for (key, message) in check(c).wrong {
            if !disputed
                .iter()
                .any(|(n, k)| *n == c.name && norm(k) == norm(&key))
            {
                wrong.push(format!("{}: {message}", c.name));
            }
        }
    }
    wrong
}

/// Every check on every case: the messages of the wrong items, each with its check's name.
pub fn wrong(cases: &[Case]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (name, check) in CHECKS {
        wrong.extend(
            run(check, cases)
                .into_iter()
                .map(|m| format!("[{name}] {m}")),
        );
    }
    wrong
}
