//! Acceptance: the reader against a careful clerk's reading of notices (../shared/gold).
//! The same checks (`gold_support`) run on every notice with a gold file: nothing here knows
//! any one text.
//!
//! Every notice — the three real ones and the fifteen made up in the genre's other shapes —
//! must pass every check. A gold reading the team is sure is wrong is listed in
//! `tests/gold_disputed.md` and skipped exactly.

mod gold_support;

use gold_support::{cases, wrong};

#[test]
fn every_notice_passes_every_check() {
    let cases = cases();
    assert!(
        cases.iter().any(|c| c.name.starts_with("made-")),
        "the made-up notices are missing from ../shared"
    );
    let wrong = wrong(&cases);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
