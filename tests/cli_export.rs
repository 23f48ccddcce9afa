//! The `ketluan` binary, spawned as a clerk's script would: each format prints the library's
//! bytes, `-` reads stdin, and bad input gives a one-line message and a non-zero exit, never a
//! panic.

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use ketluan::document::{Deadline, DeadlineKind, Directive, Document, Owner, Role, Source, Status};
use ketluan::export::{self, csv, share, Format};

const BIN: &str = env!("CARGO_BIN_EXE_ketluan");

fn fixture() -> (PathBuf, String) {
    let path = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/cantho-2020-so-ket-hk1.txt"
    ));
    let text = std::fs::read_to_string(&path).expect("fixture");
    (path, text)
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn ketluan");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(input).expect("write stdin");
    }
    child.wait_with_output().expect("ketluan output")
}

/// A scratch directory for this test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ketluan-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A failure: non-zero exit with `code`, a short message naming the problem, no panic.
fn assert_fails(out: &Output, code: i32, needle: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(code), "stderr: {err}");
    assert!(err.contains(needle), "message {err:?} lacks {needle:?}");
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
    assert!(err.lines().count() <= 2, "a short message: {err}");
    assert!(out.stdout.is_empty());
}

/// A document as the app would hold it after a clerk's corrections.
fn edited_document() -> Document {
    let mut doc = Document::empty();
    doc.text = "Số: 12/TB-SGDĐT\nGiao Phòng Giáo dục trung học, phối hợp với Văn phòng, hoàn thành trước ngày 30/4/2021.".into();
    doc.fields.number = Some("12/TB-SGDĐT".into());
    doc.fields.issued_date = Some("2021-03-02".into());
    let start = 16;
    let end = doc.text.chars().count();
    doc.directives.push(Directive {
        id: "u1".into(),
        start,
        end,
        text: doc.slice(start, end),
        owners: vec![
            Owner {
                name: "Phòng Giáo dục trung học".into(),
                role: Role::Lead,
                implicit: false,
                start: 21,
                end: 45,
                source: Source::User,
                why: None,
            },
            Owner {
                name: "Văn phòng".into(),
                role: Role::Support,
                implicit: false,
                start: 60,
                end: 69,
                source: Source::User,
                why: None,
            },
        ],
        deadline: Some(Deadline {
            text: "trước ngày 30/4/2021".into(),
            start: 82,
            end: 102,
            due: Some("2021-04-30".into()),
            kind: DeadlineKind::Date,
            inherited: false,
            source: Source::User,
            why: None,
        }),
        status: Status::Confirmed,
        source: Source::User,
        why: None,
        done: None,
        extended: None,
        edited: Default::default(),
    });
    doc
}

#[test]
fn export_prints_the_readers_json() {
    let (path, text) = fixture();
    let out = run(&["export", path.to_str().unwrap_or_default()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(out.stdout, ketluan::read(&text).to_json().into_bytes());
}

#[test]
fn dash_reads_stdin() {
    let (_, text) = fixture();
    let out = run(&["export", "-"], Some(text.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(out.stdout, ketluan::read(&text).to_json().into_bytes());
    // A UTF-8 byte-order mark (Notepad) is not part of the notice.
    let with_bom = format!("\u{FEFF}{text}");
    let out = run(&["export", "-"], Some(with_bom.as_bytes()));
    assert_eq!(out.stdout, ketluan::read(&text).to_json().into_bytes());
}

#[test]
fn every_format_prints_the_library_bytes() {
    let (path, text) = fixture();
    let doc = ketluan::read(&text);
    let file = path.to_str().unwrap_or_default();
    for format in Format::ALL {
        let out = run(&["export", "--format", format.name(), file], None);
        assert!(out.status.success(), "{}: {}", format.name(), stderr(&out));
        assert_eq!(
            out.stdout,
            export::render(format, &doc),
            "{}",
            format.name()
        );
    }
    let out = run(&["export", "--format=csv", file], None);
    assert_eq!(out.stdout, csv::to_csv(&doc).into_bytes());
    let out = run(&["export", "-f", "share", file], None);
    assert_eq!(out.stdout, share::encode(&doc).into_bytes());
}

#[test]
fn a_saved_json_document_exports_like_the_app() {
    let doc = edited_document();
    assert_eq!(doc.slice(21, 45), "Phòng Giáo dục trung học");
    assert_eq!(doc.slice(60, 69), "Văn phòng");
    assert_eq!(doc.slice(82, 102), "trước ngày 30/4/2021");
    let dir = scratch("json");
    let path = dir.join("saved.json");
    std::fs::write(&path, doc.to_json()).expect("write");
    let file = path.to_str().unwrap_or_default();
    for format in Format::ALL {
        let out = run(&["export", "--format", format.name(), file], None);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            out.stdout,
            export::render(format, &doc),
            "{}",
            format.name()
        );
    }
    let out = run(
        &["export", "--format", "csv", "-"],
        Some(doc.to_json().as_bytes()),
    );
    assert_eq!(out.stdout, csv::to_csv(&doc).into_bytes());

    // Another version is refused, not misread.
    let mut v2 = serde_json::to_value(&doc).expect("value");
    v2["version"] = 2.into();
    std::fs::write(&path, v2.to_string()).expect("write");
    assert_fails(&run(&["export", file], None), 1, "newer version of ketluan");
    std::fs::write(&path, r#"{"format":"other"}"#).expect("write");
    assert_fails(&run(&["export", file], None), 1, "not “ketluan”");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn open_prints_the_document_a_link_carries() {
    let doc = edited_document();
    let link = format!(
        "https://ketluan.example/{}",
        share::fragment(&doc).expect("fits")
    );
    let out = run(&["open", &link], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(out.stdout, doc.to_json().into_bytes());
    assert_fails(&run(&["open", "#doc=AAAA"], None), 1, "damaged");
}

#[test]
fn read_prints_a_summary() {
    let doc = edited_document();
    let out = run(&["read", "-"], Some(doc.to_json().as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.contains("Số: 12/TB-SGDĐT"), "{text}");
    assert!(text.contains("chủ trì: Phòng Giáo dục trung học"), "{text}");
    assert!(
        text.contains("hạn: trước ngày 30/4/2021 (2021-04-30)"),
        "{text}"
    );
}

#[test]
fn missing_file_fails_cleanly() {
    let out = run(&["export", "/nonexistent/ketluan/notice.txt"], None);
    assert_fails(&out, 1, "no such file");
    assert!(stderr(&out).contains("/nonexistent/ketluan/notice.txt"));
}

#[test]
fn files_are_opened_as_the_app_opens_them() {
    let dir = scratch("bytes");
    // "Sở Giáo dục và Đào tạo" in Windows-1258 (the old Vietnamese code page): not UTF-8, read
    // as Windows-1252 and converted, as the app does.
    let legacy = dir.join("cp1258.txt");
    std::fs::write(
        &legacy,
        b"S\xf5\xd2 Gi\xe1o du\xf2c v\xe0 \xd0\xe0o ta\xf2o\n",
    )
    .expect("write");
    let out = run(&["export", legacy.to_str().unwrap_or_default()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Sở Giáo dục và Đào tạo"));
    assert!(stderr(&out).contains("Windows-1258"), "{}", stderr(&out));
    // UTF-16, with and without its byte order mark.
    for bytes in [
        &b"\xff\xfeS\x00o\x00 \x00G\x00"[..],
        b"S\x00o\x00 \x00G\x00",
    ] {
        let out = run(&["export", "-"], Some(bytes));
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(String::from_utf8_lossy(&out.stdout).contains("\"text\": \"So G"));
    }
    // What is not text says what it is and what to do.
    assert_fails(&run(&["export", "-"], Some(b"%PDF-1.7\n%\xe2")), 1, "PDF");
    assert_fails(
        &run(&["export", "-"], Some(b"PK\x03\x04\x14\x00")),
        1,
        "Word file is damaged",
    );
    assert_fails(
        &run(&["export", "-"], Some(b"a\x00b\x00\x00\x00c")),
        1,
        "not text",
    );
    assert_fails(&run(&["export", "-"], Some(b" \n")), 1, "empty");
    // A damaged or cut ketluan file is refused as damaged JSON, never read as a notice.
    let doc = edited_document();
    let json = doc.to_json();
    let cut = &json.as_bytes()[..json.len() / 2];
    assert_fails(&run(&["export", "-"], Some(cut)), 1, "damaged or cut short");
    // More than 8 MB is refused without reading it all.
    let big = vec![b'a'; 8 * 1024 * 1024 + 10];
    assert_fails(&run(&["export", "-"], Some(&big)), 1, "too large");
    // A directory is not a notice either.
    assert_fails(
        &run(&["export", dir.to_str().unwrap_or_default()], None),
        1,
        "directory",
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// A file name that is not UTF-8 is opened as it is.
#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_opens() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("names");
    let name = std::ffi::OsStr::from_bytes(b"th\xf4ng-b\xe1o.txt");
    let path = dir.join(name);
    std::fs::write(&path, "1. Giao Phòng Giáo dục Trung học báo cáo.\n").expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ketluan"))
        .arg("export")
        .arg(&path)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(dir);
}

/// A share link longer than the app opens is refused at export, with the reason.
#[test]
fn a_share_link_too_long_is_refused_at_export() {
    let mut text = String::new();
    let mut n = 0u64;
    while text.len() < 400_000 {
        // Varied words, which deflate cannot shrink much.
        n = n
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        text.push_str(&format!(
            "{} Giao Phòng {:x} báo cáo.\n",
            text.len() / 40 + 1,
            n >> 20
        ));
    }
    let out = run(&["export", "--format", "share", "-"], Some(text.as_bytes()));
    assert_fails(&out, 1, "share link");
    assert!(out.stdout.is_empty());
}

#[test]
fn usage_errors_and_help() {
    let help = run(&["--help"], None);
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("Usage") && text.contains("--format"));
    assert!(run(&["export", "--help"], None).status.success());
    assert_fails(&run(&[], None), 2, "no command");
    assert_fails(&run(&["frobnicate"], None), 2, "unknown command");
    assert_fails(&run(&["export"], None), 2, "no FILE");
    assert_fails(&run(&["export", "--format"], None), 2, "needs a value");
    assert_fails(
        &run(&["export", "--format", "pdf", "x.txt"], None),
        2,
        "unknown format",
    );
    assert_fails(&run(&["export", "a.txt", "b.txt"], None), 2, "one FILE");
    let version = run(&["--version"], None);
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("ketluan "));
}

/// Empty input is refused, in the app as here: there is nothing to read.
#[test]
fn empty_input_is_refused() {
    let out = run(&["export", "--format", "ics", "-"], Some(b""));
    assert_fails(&out, 1, "empty");
    assert!(out.stdout.is_empty());
}

/// A notice typed in the .VnTime fonts (TCVN3) reads as its Unicode original, and the tool says
/// on stderr, in one line and both languages, that it converted it.
#[test]
fn a_tcvn3_notice_is_converted_and_said_so() {
    let unicode = "UBND HUYỆN YÊN BÌNH\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/TB-PGDĐT\n\nTHÔNG BÁO\n\
                   Kết luận của Trưởng phòng tại cuộc họp giao ban tháng 3\n\
                   1. Giao Trường THCS Yên Bình hoàn thành báo cáo trước ngày 30/4/2021.\n\
                   2. Các trường tiểu học rà soát hồ sơ, gửi về Phòng trước ngày 15/4/2021.\n";
    let tcvn3 = "UBND HUYÖN Y£N B×NH\nPHßNG GI¸O DôC Vµ §µO T¹O\nSè: 12/TB-PGD§T\n\nTH¤NG B¸O\n\
                 KÕt luËn cña Tr\u{AD}ëng phßng t¹i cuéc häp giao ban th¸ng 3\n\
                 1. Giao Tr\u{AD}êng THCS Yªn B×nh hoµn thµnh b¸o c¸o tr\u{AD}íc ngµy 30/4/2021.\n\
                 2. C¸c tr\u{AD}êng tiÓu häc rµ so¸t hå s¬, göi vÒ Phßng tr\u{AD}íc ngµy 15/4/2021.\n";
    let dir = scratch("tcvn3");
    let path = dir.join("thong-bao-vntime.txt");
    std::fs::write(&path, tcvn3).expect("write");
    let out = run(&["export", path.to_str().unwrap_or_default()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        ketluan::read(unicode).to_json()
    );
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("converted from TCVN3 to Unicode")
            && err.contains("Văn bản dùng bảng mã TCVN3, đã chuyển sang Unicode"),
        "{err}"
    );
    // Unicode text is read as it is, without a word on stderr.
    let plain = run(&["export", "-"], Some(unicode.as_bytes()));
    assert!(
        plain.status.success() && plain.stderr.is_empty(),
        "{}",
        stderr(&plain)
    );
    assert_eq!(plain.stdout, out.stdout);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn merge_puts_two_clerks_copies_together() {
    use ketluan::document::Done;
    use ketluan::edit::Editor;
    let (_, text) = fixture();
    let read = ketluan::read(&text);
    let (first, second) = (read.directives[0].id.clone(), read.directives[1].id.clone());
    // One clerk marks the first task done; the other corrects the second's deadline, and
    // later rejects the first (the later change of that part wins).
    let mut ours = Editor::new(read.clone());
    ours.set_clock("2026-12-01T08:00:00.000Z");
    let done = Done {
        date: "2020-03-01".into(),
        note: "Đã báo cáo".into(),
    };
    ours.set_done(&first, Some(done.clone())).unwrap();
    ours.set_status(&first, Status::Confirmed).unwrap();
    let mut theirs = Editor::new(read);
    theirs.set_clock("2026-12-01T09:00:00.000Z");
    theirs
        .set_deadline_due(&second, Some("2020-04-30"))
        .unwrap();
    theirs.set_status(&first, Status::Rejected).unwrap();
    let dir = scratch("merge");
    let (a, b) = (dir.join("ours.json"), dir.join("theirs.json"));
    std::fs::write(&a, ours.doc().to_json()).unwrap();
    std::fs::write(&b, theirs.doc().to_json()).unwrap();

    let out = run(&["merge", a.to_str().unwrap(), b.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("2 part(s) taken"), "{}", stderr(&out));
    let merged: Document = serde_json::from_slice(&out.stdout).expect("JSON");
    let get = |id: &str| merged.directives.iter().find(|d| d.id == id).unwrap();
    assert_eq!(get(&first).done.as_deref(), Some(&done));
    assert_eq!(get(&first).status, Status::Rejected);
    assert_eq!(get(&second).due(), Some("2020-04-30"));
    assert_eq!(
        get(&second).edited.at(ketluan::document::Part::Deadline),
        Some("2026-12-01T09:00:00.000Z")
    );

    // Copies of two different notices are refused.
    let other = dir.join("other.txt");
    std::fs::write(
        &other,
        "Giao Phòng Tài chính rà soát hồ sơ trước ngày 15/12/2022.",
    )
    .unwrap();
    let out = run(
        &["merge", a.to_str().unwrap(), other.to_str().unwrap()],
        None,
    );
    assert_fails(&out, 1, "not copies of the same notice");
    assert_fails(&run(&["merge", a.to_str().unwrap()], None), 2, "two FILEs");
}
