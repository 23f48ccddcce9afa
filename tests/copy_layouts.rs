//! How a copy lays its lines out (catalogue J7, J8, J9): every notice in ../shared, copied as a
//! PDF viewer would — hard-wrapped near 80 columns, with and without the blank lines between
//! paragraphs — or double-spaced, reads to the same directives (their owners with their roles,
//! their due dates) and the same meeting facts as the original. The wrapping here is the test's
//! own: words are moved to the next line wherever the line would pass the width, as a viewer
//! breaks them, whatever the word (a unit's capitalised name, a year after a dash).

#![cfg(not(target_arch = "wasm32"))]

use ketluan::document::Document;

mod shared_notices;
use shared_notices::notices;

/// What must not change: each directive's owners with their roles and its due date, in order,
/// and the meeting's date and chair.
fn reading(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = doc
        .directives
        .iter()
        .map(|d| {
            let owners: Vec<String> = d
                .owners
                .iter()
                .map(|o| format!("{}:{:?}", o.name, o.role))
                .collect();
            let due = d.deadline.as_ref().and_then(|x| x.due.clone());
            format!("{} | {due:?}", owners.join(", "))
        })
        .collect();
    out.push(format!(
        "meeting {:?} {:?}",
        doc.fields.meeting_date, doc.fields.meeting_chair
    ));
    out
}

/// `text` with every line longer than `width` + 10 characters broken before the word that
/// would pass `width` (a table's row, with tabs or bars, is left whole).
fn wrapped(text: &str, width: usize) -> String {
    let mut lines = Vec::new();
    for line in text.lines() {
        if line.chars().count() <= width + 10 || line.contains('\t') || line.contains(" | ") {
            lines.push(line.to_string());
            continue;
        }
        let mut current = String::new();
        for word in line.split(' ') {
            let fits = current.chars().count() + 1 + word.chars().count() <= width;
            if !current.is_empty() && !fits {
                lines.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        lines.push(current);
    }
    lines.join("\n")
}

/// `text` without its blank lines.
fn without_blank_lines(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn assert_reads_the_same(copy: impl Fn(&str) -> String, what: &str) {
    for (name, text) in notices() {
        let original = reading(&ketluan::read(&text));
        let copied = reading(&ketluan::read(&copy(&text)));
        assert_eq!(copied, original, "{name}, {what}");
    }
}

#[test]
fn j7_a_copy_hard_wrapped_at_80_columns_reads_as_the_original() {
    assert_reads_the_same(|t| wrapped(t, 80), "wrapped at 80 columns");
}

#[test]
fn j7_j9_a_copy_hard_wrapped_without_blank_lines_reads_as_the_original() {
    assert_reads_the_same(
        |t| without_blank_lines(&wrapped(t, 80)),
        "wrapped at 80 columns, no blank lines",
    );
}

#[test]
fn j9_a_copy_without_blank_lines_or_double_spaced_reads_as_the_original() {
    assert_reads_the_same(without_blank_lines, "no blank lines");
    assert_reads_the_same(|t| t.replace('\n', "\n\n"), "double-spaced");
}
