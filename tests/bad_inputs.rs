//! Bad and odd inputs (issue 12): for every class of the catalogue (`tests/bad_input_cases`),
//! the verdict of `ketluan::opening` (what the app does with a file; a Word file in its
//! reader's worker, `open_file`) and of the command line are
//! the same — read as a notice, opened as a document, or refused with the same message in both
//! languages. The app's side in the browser: `tests/web_bad_inputs.rs`.

mod bad_input_cases;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use bad_input_cases::{cases, Verdict};
use ketluan::opening::{open_file as open, Incoming};

fn cli(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ketluan"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn ketluan");
    if let Some(mut input) = child.stdin.take() {
        // The tool may stop reading early (an oversized input): a broken pipe is fine.
        let _ = input.write_all(stdin);
    }
    child.wait_with_output().expect("ketluan runs")
}

#[test]
fn the_catalogue_has_forty_classes_or_more() {
    let all = cases();
    assert!(all.len() >= 40, "{} classes", all.len());
    let mut names: Vec<_> = all.iter().map(|c| c.class).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), all.len(), "class names are unique");
}

#[test]
fn the_app_and_the_command_line_give_the_same_verdict_on_every_class() {
    for case in cases() {
        let class = case.class;
        let app = open(&case.bytes);
        let out = cli(&["export", "-"], &case.bytes);
        let stderr = String::from_utf8_lossy(&out.stderr);
        match (case.verdict, app) {
            (
                Verdict::Notice,
                Ok(Incoming::Notice(text) | Incoming::Word(ketluan::word::WordText { text, .. })),
            ) => {
                assert!(out.status.success(), "{class}: the CLI refused: {stderr}");
                let want = ketluan::intake::take_in(&text, true).document.to_json();
                assert_eq!(String::from_utf8_lossy(&out.stdout), want, "{class}");
            }
            (Verdict::Saved, Ok(Incoming::Saved(imported))) => {
                assert!(out.status.success(), "{class}: the CLI refused: {stderr}");
                assert_eq!(
                    String::from_utf8_lossy(&out.stdout),
                    imported.doc.to_json(),
                    "{class}"
                );
            }
            (Verdict::Refused(says), Err(refusal)) => {
                let (en, vi) = (refusal.message_en(), refusal.message_vi());
                assert!(en.contains(says), "{class}: “{en}” does not say “{says}”");
                assert_eq!(out.status.code(), Some(1), "{class}: {stderr}");
                if matches!(
                    refusal,
                    ketluan::opening::Refusal::NotText(
                        ketluan::opening::NotText::Pdf | ketluan::opening::NotText::Image
                    )
                ) {
                    // The app reads these in its worker (refusing them only when it cannot be
                    // loaded); the command line says they open in the web app.
                    assert!(
                        stderr.contains(says)
                            && stderr.contains("web app")
                            && stderr.contains("ứng dụng web"),
                        "{class}: {stderr}"
                    );
                    assert!(out.stdout.is_empty(), "{class}: output on a refusal");
                    continue;
                }
                assert_eq!(
                    stderr,
                    format!("ketluan: standard input: {en} / {vi}\n"),
                    "{class}: the CLI says it otherwise"
                );
                assert!(out.stdout.is_empty(), "{class}: output on a refusal");
            }
            (want, got) => panic!("{class}: want {want:?}, the app's verdict is {got:?}"),
        }
    }
}

#[test]
fn a_directory_and_a_missing_file_are_refused_by_the_command_line() {
    let dir = std::env::temp_dir().join(format!("ketluan-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let out = cli(&["export", dir.to_str().unwrap_or_default()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a directory"));
    let missing = dir.join("none.txt");
    let out = cli(&["export", missing.to_str().unwrap_or_default()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
    let _ = std::fs::remove_dir_all(dir);
}
