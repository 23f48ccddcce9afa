//! A deadline extended (*gia hạn*, issue 10, item 3): the original day is kept in the deadline,
//! the task is followed against the new one (due soon, overdue, done on time), the extension
//! survives a re-reading and the JSON, and goes out in the CSV, the calendar and the library's
//! summary. The notice is invented for these tests.

#![cfg(not(target_arch = "wasm32"))]

use ketluan::document::Extension;
use ketluan::edit::{import_json, EditError, Editor};
use ketluan::library::Summary;
use ketluan::schedule::{directive_status, DueStatus};

const NOTICE: &str = "UBND HUYỆN AN PHÚ
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 12/TB-PGDĐT
An Phú, ngày 05 tháng 3 năm 2024
THÔNG BÁO
Kết luận của Trưởng phòng tại cuộc họp giao ban tháng 3
1. Các trường THCS báo cáo kết quả kiểm tra nội bộ trước ngày 20/3/2024.
2. Tổ Phổ cập thường xuyên cập nhật số liệu.
";

fn editor() -> (Editor, String, String) {
    let ed = Editor::new(ketluan::read(NOTICE));
    let id = |words: &str| {
        ed.doc()
            .directives
            .iter()
            .find(|d| d.text.contains(words))
            .map(|d| d.id.clone())
            .expect("directive")
    };
    let (dated, undated) = (id("kiểm tra nội bộ"), id("Phổ cập"));
    (ed, dated, undated)
}

fn to(due: &str, note: &str) -> Option<Extension> {
    Some(Extension {
        due: due.into(),
        note: note.into(),
        at: None,
    })
}

#[test]
fn an_extension_moves_the_day_the_task_is_followed_against_and_keeps_the_original() {
    let (mut ed, dated, _) = editor();
    let d = |ed: &Editor| {
        ed.doc()
            .directives
            .iter()
            .find(|d| d.id == dated)
            .cloned()
            .expect("directive")
    };
    // On 25/03 the task is overdue…
    assert!(matches!(
        directive_status(&d(&ed), "2024-03-25"),
        Some(DueStatus::Overdue { days: 5 })
    ));
    ed.set_extension(&dated, to("2024-04-10", "Công văn 45/PGDĐT"))
        .expect("extends");
    let now = d(&ed);
    assert_eq!(now.due(), Some("2024-04-10"));
    assert_eq!(
        now.deadline.as_ref().and_then(|dl| dl.due.as_deref()),
        Some("2024-03-20"),
        "the original day is kept"
    );
    // … and extended, it is due soon; done on 08/04 it is done on time.
    assert!(matches!(
        directive_status(&now, "2024-03-25"),
        Some(DueStatus::NotDue { .. })
    ));
    assert!(matches!(
        directive_status(&now, "2024-04-05"),
        Some(DueStatus::DueSoon { .. })
    ));
    ed.set_done(
        &dated,
        Some(ketluan::document::Done {
            date: "2024-04-08".into(),
            note: String::new(),
        }),
    )
    .expect("done");
    assert!(matches!(
        directive_status(&d(&ed), "2024-04-20"),
        Some(DueStatus::DoneOnTime)
    ));
    // Undo takes the done mark, then the extension back.
    assert!(ed.undo());
    assert!(ed.undo());
    assert_eq!(d(&ed).extended, None);
    assert_eq!(d(&ed).due(), Some("2024-03-20"));
}

#[test]
fn only_a_dated_deadline_is_extended_and_only_to_a_real_day() {
    let (mut ed, dated, undated) = editor();
    let before = ed.doc().clone();
    assert_eq!(
        ed.set_extension(&undated, to("2024-04-10", "")),
        Err(EditError::NoDeadline)
    );
    assert_eq!(
        ed.set_extension(&dated, to("10/04/2024", "")),
        Err(EditError::BadDate)
    );
    assert_eq!(
        ed.set_extension("d999", to("2024-04-10", "")),
        Err(EditError::NoSuchDirective)
    );
    assert_eq!(ed.doc(), &before);
    assert!(!ed.can_undo());
}

#[test]
fn the_extension_survives_a_rereading_and_the_json() {
    let (mut ed, dated, _) = editor();
    ed.set_extension(&dated, to("2024-04-10", "Công văn 45/PGDĐT"))
        .expect("extends");
    ed.reread_with(ketluan::read(&NOTICE.replace("tháng 3\n", "tháng Ba\n")));
    let d = ed
        .doc()
        .directives
        .iter()
        .find(|d| d.text.contains("kiểm tra nội bộ"))
        .cloned()
        .expect("kept");
    assert_eq!(d.due(), Some("2024-04-10"));
    let back = import_json(&ed.doc().to_json()).expect("imports");
    assert_eq!(&back.doc, ed.doc());
    // A file whose extension is not a day is refused.
    let bad = ed
        .doc()
        .to_json()
        .replace("\"2024-04-10\"", "\"10/04/2024\"");
    assert!(import_json(&bad).is_err());
    // A document without one writes nothing of it.
    assert!(!ketluan::read(NOTICE).to_json().contains("extended"));
}

#[test]
fn the_csv_the_calendar_and_the_summary_follow_the_new_day() {
    let (mut ed, dated, _) = editor();
    ed.set_extension(&dated, to("2024-04-10", "Công văn 45/PGDĐT"))
        .expect("extends");
    let csv = ketluan::export::csv::to_csv(ed.doc());
    let line = csv
        .lines()
        .find(|l| l.contains("kiểm tra nội bộ"))
        .expect("row");
    assert!(line.contains("10/04/2024"), "{line}");
    assert!(
        line.contains("(gia hạn, hạn cũ 20/03/2024: Công văn 45/PGDĐT)"),
        "{line}"
    );
    let ics = ketluan::export::ics::to_ics(ed.doc());
    assert!(ics.contains("DUE;VALUE=DATE:20240410"));
    assert!(!ics.contains("DUE;VALUE=DATE:20240320"));
    let summary = Summary::of("n1", ed.doc(), 0.0);
    let task = summary
        .tasks
        .iter()
        .find(|t| t.text.contains("kiểm tra nội bộ"))
        .expect("task");
    assert_eq!(
        (task.due.as_deref(), task.was.as_deref()),
        (Some("2024-04-10"), Some("2024-03-20"))
    );
    // On the board: the row is due on the new day, and says the old one.
    let rows = ketluan::board::rows_of(&[summary], "2024-03-25");
    let row = rows
        .iter()
        .find(|r| r.text.contains("kiểm tra nội bộ"))
        .expect("row");
    assert_eq!(row.standing, ketluan::board::Standing::NotDue);
    assert_eq!(row.was.as_deref(), Some("2024-03-20"));
    assert_eq!(row.days_left, Some(16));
}
