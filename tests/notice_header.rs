//! The notice's header facts as the user sets them (issue 10, item 2): an edit stands over the
//! reader's reading at every re-reading, is one undo step while typing on in a field, goes out
//! in the JSON and comes back identical, and a corrected date re-resolves the deadlines that
//! count from it (a day without a year, a period counted from the signing) while the user's own
//! work stays. The notice is invented for these tests.

#![cfg(not(target_arch = "wasm32"))]

use ketluan::document::{DeadlineKind, FieldEdit, FieldName, Source};
use ketluan::edit::{import_json, EditError, Editor, ImportError};
use ketluan::notice::read_given;

/// A notice whose date line was lost in the copy: the reader finds no date, so the deadlines
/// that need one ("trước ngày 20/3", "10 ngày kể từ ngày ký") have no day.
const UNDATED: &str = "UBND HUYỆN AN PHÚ
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 12/TB-PGDĐT
THÔNG BÁO
Kết luận của Trưởng phòng tại cuộc họp giao ban tháng 3
1. Các trường THCS báo cáo kết quả kiểm tra nội bộ trước ngày 20/3.
2. Tổ Tài vụ hoàn thành quyết toán kinh phí trong thời hạn 10 ngày kể từ ngày ký thông báo này.
3. Bộ phận Phổ cập cập nhật số liệu trước ngày 15/12/2024.
";

fn due_of(ed: &Editor, words: &str) -> Option<String> {
    let d = ed.doc().directives.iter().find(|d| d.text.contains(words));
    d.and_then(|d| d.deadline.as_ref())
        .and_then(|dl| dl.due.clone())
}

fn edit(field: FieldName, value: &str) -> FieldEdit {
    FieldEdit {
        field,
        value: Some(value.to_string()),
        at: None,
    }
}

#[test]
fn the_undated_notice_is_read_as_the_tests_expect() {
    let doc = ketluan::read(UNDATED);
    assert_eq!(doc.fields.issued_date, None);
    assert_eq!(doc.fields.number.as_deref(), Some("12/TB-PGDĐT"));
    let ed = Editor::new(doc);
    assert_eq!(due_of(&ed, "kiểm tra nội bộ"), None);
    assert_eq!(due_of(&ed, "quyết toán"), None);
    assert_eq!(due_of(&ed, "Phổ cập").as_deref(), Some("2024-12-15"));
}

#[test]
fn a_given_issue_date_resolves_the_deadlines_that_count_from_it() {
    let doc = read_given(UNDATED, &[edit(FieldName::IssuedDate, "2024-03-05")]);
    assert_eq!(doc.fields.issued_date.as_deref(), Some("2024-03-05"));
    assert_eq!(doc.field_edits.len(), 1);
    let ed = Editor::new(doc);
    assert_eq!(
        due_of(&ed, "kiểm tra nội bộ").as_deref(),
        Some("2024-03-20")
    );
    let relative = ed
        .doc()
        .directives
        .iter()
        .find(|d| d.text.contains("quyết toán"))
        .and_then(|d| d.deadline.clone());
    let relative = relative.expect("the relative deadline is found");
    assert_eq!(relative.kind, DeadlineKind::Relative);
    assert_eq!(relative.due.as_deref(), Some("2024-03-15"));
    // A date stated in full does not move.
    assert_eq!(due_of(&ed, "Phổ cập").as_deref(), Some("2024-12-15"));
}

#[test]
fn a_given_meeting_date_dates_a_notice_that_has_none_of_its_own() {
    let doc = read_given(UNDATED, &[edit(FieldName::MeetingDate, "2025-03-02")]);
    let ed = Editor::new(doc);
    assert_eq!(
        due_of(&ed, "kiểm tra nội bộ").as_deref(),
        Some("2025-03-20")
    );
}

#[test]
fn setting_a_field_keeps_it_over_a_rereading_and_says_when_dates_change() {
    let mut ed = Editor::new(ketluan::read(UNDATED));
    assert_eq!(
        ed.set_field(FieldName::Number, Some("  12/TB-PGDĐT   bis ")),
        Ok(false)
    );
    assert_eq!(ed.doc().fields.number.as_deref(), Some("12/TB-PGDĐT bis"));
    assert_eq!(
        {
            ed.set_clock("2026-12-02T10:00:00Z");
            ed.set_field(FieldName::IssuedDate, Some("2024-03-05"))
        },
        Ok(true),
        "a date changed: the deadlines must be resolved again"
    );
    // Read again with the user's facts, as the app does.
    let fresh = read_given(&ed.doc().text, &ed.doc().field_edits);
    ed.redate_with(fresh);
    assert_eq!(
        due_of(&ed, "kiểm tra nội bộ").as_deref(),
        Some("2024-03-20")
    );
    assert_eq!(ed.doc().fields.number.as_deref(), Some("12/TB-PGDĐT bis"));
    assert_eq!(
        ed.doc()
            .field_edits
            .iter()
            .find(|e| e.field == FieldName::IssuedDate)
            .and_then(|e| e.at.as_deref()),
        Some("2026-12-02T10:00:00Z")
    );

    // An edit of the text, read without the user's facts: they are carried over all the same.
    let edited = ed.doc().text.replace("tháng 3", "tháng Ba");
    ed.reread_with(ketluan::read(&edited));
    assert_eq!(ed.doc().fields.number.as_deref(), Some("12/TB-PGDĐT bis"));
    assert_eq!(ed.doc().fields.issued_date.as_deref(), Some("2024-03-05"));
}

#[test]
fn bad_dates_and_times_are_refused_and_change_nothing() {
    let mut ed = Editor::new(ketluan::read(UNDATED));
    let before = ed.doc().clone();
    assert_eq!(
        ed.set_field(FieldName::IssuedDate, Some("05/03/2024")),
        Err(EditError::BadDate)
    );
    assert_eq!(
        ed.set_field(FieldName::MeetingDate, Some("2023-02-29")),
        Err(EditError::BadDate)
    );
    assert_eq!(
        ed.set_field(FieldName::MeetingTime, Some("8h30")),
        Err(EditError::BadTime)
    );
    assert_eq!(
        ed.set_field(FieldName::MeetingTime, Some("24:00")),
        Err(EditError::BadTime)
    );
    assert_eq!(ed.doc(), &before);
    assert!(!ed.can_undo());
    assert_eq!(
        ed.set_field(FieldName::MeetingTime, Some("08:30")),
        Ok(false)
    );
}

#[test]
fn typing_on_in_one_field_is_one_undo_step() {
    let mut ed = Editor::new(ketluan::read(UNDATED));
    for typed in ["S", "Sở", "Sở GD", "Sở GDĐT"] {
        assert!(ed
            .set_field(FieldName::SignerAuthority, Some(typed))
            .is_ok());
    }
    assert!(ed
        .set_field(FieldName::Subject, Some("Giao ban tháng 3"))
        .is_ok());
    assert_eq!(ed.doc().fields.signer_authority.as_deref(), Some("Sở GDĐT"));
    assert!(ed.undo());
    assert_eq!(
        ed.doc().fields.subject,
        ketluan::read(UNDATED).fields.subject
    );
    assert_eq!(ed.doc().fields.signer_authority.as_deref(), Some("Sở GDĐT"));
    assert!(ed.undo());
    assert_eq!(ed.doc().fields.signer_authority, None);
    assert!(ed.doc().field_edits.is_empty());
    assert!(!ed.can_undo());
    assert!(ed.redo());
    assert_eq!(ed.doc().fields.signer_authority.as_deref(), Some("Sở GDĐT"));
}

#[test]
fn a_field_cleared_is_not_stated_and_a_field_forgotten_goes_back_to_the_reader() {
    let mut ed = Editor::new(ketluan::read(UNDATED));
    assert!(ed.set_field(FieldName::Number, Some("   ")).is_ok());
    assert_eq!(ed.doc().fields.number, None);
    assert_eq!(ed.doc().field_edits[0].value, None);
    assert!(ed.forget_field(FieldName::Number));
    assert!(
        !ed.forget_field(FieldName::Number),
        "nothing left to forget"
    );
    let fresh = read_given(&ed.doc().text, &ed.doc().field_edits);
    ed.redate_with(fresh);
    assert_eq!(ed.doc().fields.number.as_deref(), Some("12/TB-PGDĐT"));
    assert!(ed.doc().field_edits.is_empty());
}

#[test]
fn a_redating_keeps_the_users_own_deadline_and_the_undo_history() {
    let mut ed = Editor::new(ketluan::read(UNDATED));
    let id = ed
        .doc()
        .directives
        .iter()
        .find(|d| d.text.contains("kiểm tra nội bộ"))
        .map(|d| d.id.clone())
        .expect("directive 1");
    ed.set_deadline_due(&id, Some("2024-04-01")).expect("set");
    assert_eq!(
        ed.set_field(FieldName::IssuedDate, Some("2024-03-05")),
        Ok(true)
    );
    let fresh = read_given(&ed.doc().text, &ed.doc().field_edits);
    ed.redate_with(fresh);
    let dl = ed
        .doc()
        .directives
        .iter()
        .find(|d| d.id == id)
        .and_then(|d| d.deadline.clone());
    let dl = dl.expect("deadline kept");
    assert_eq!(
        (dl.due.as_deref(), dl.source),
        (Some("2024-04-01"), Source::User)
    );
    assert_eq!(due_of(&ed, "quyết toán").as_deref(), Some("2024-03-15"));
    // Undo takes the date back, and the deadlines with it.
    assert!(ed.undo());
    assert_eq!(ed.doc().fields.issued_date, None);
    assert_eq!(due_of(&ed, "quyết toán"), None);
    assert!(ed.undo());
    assert_eq!(due_of(&ed, "kiểm tra nội bộ"), None);
}

#[test]
fn the_users_facts_go_out_in_the_json_and_come_back_identical() {
    let mut ed = Editor::new(ketluan::read(UNDATED));
    ed.set_clock("2026-12-02T10:00:00Z");
    ed.set_field(FieldName::IssuedDate, Some("2024-03-05"))
        .expect("date");
    ed.set_field(FieldName::SignerName, Some("Nguyễn Văn An"))
        .expect("name");
    let fresh = read_given(&ed.doc().text, &ed.doc().field_edits);
    ed.redate_with(fresh);
    let json = ed.doc().to_json();
    assert!(json.contains("\"field_edits\""));
    let back = import_json(&json).expect("imports");
    assert_eq!(&back.doc, ed.doc());
    // A document with no edits writes no `field_edits` (older versions read it unchanged).
    assert!(!ketluan::read(UNDATED).to_json().contains("field_edits"));
}

#[test]
fn a_file_whose_facts_disagree_is_refused_or_put_right() {
    let doc = ketluan::read(UNDATED);
    let with = |edits: &str| {
        let mut v: serde_json::Value = serde_json::from_str(&doc.to_json()).expect("json");
        v["field_edits"] = serde_json::from_str(edits).expect("edits");
        v.to_string()
    };
    for bad in [
        r#"[{"field": "issued_date", "value": "05/03/2024"}]"#,
        r#"[{"field": "number", "value": "1"}, {"field": "number", "value": "2"}]"#,
        r#"[{"field": "number", "value": "  "}]"#,
    ] {
        assert!(
            matches!(import_json(&with(bad)), Err(ImportError::Malformed(_))),
            "{bad}"
        );
    }
    assert!(matches!(
        import_json(&with(r#"[{"field": "colour", "value": "red"}]"#)),
        Err(ImportError::Malformed(_))
    ));
    // The fields are what the user set, whatever the file's `fields` say.
    let ok = import_json(&with(r#"[{"field": "number", "value": "99/TB-X"}]"#)).expect("ok");
    assert_eq!(ok.doc.fields.number.as_deref(), Some("99/TB-X"));
}

#[test]
fn the_fields_are_written_in_the_formats_order_and_read_leniently() {
    let doc = ketluan::read(UNDATED);
    let json = serde_json::to_string(&doc.fields).expect("writes");
    let keys: Vec<&str> = json
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|k| k.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    let order = [
        "number",
        "issued_place",
        "issued_date",
        "doc_type",
        "subject",
        "meeting_date",
        "meeting_time",
        "meeting_place",
        "meeting_chair",
        "meeting_chair_title",
        "meeting_online",
        "signer_authority",
        "signer_position",
        "signer_name",
    ];
    let found: Vec<&str> = keys.into_iter().filter(|k| order.contains(k)).collect();
    assert_eq!(found, order);
    // A missing key is null, an unknown one skipped, a repeated one refused.
    let f: ketluan::document::Fields = serde_json::from_str(
        r#"{"number": "5/TB", "colour": [1, {"a": 2}], "meeting_online": true}"#,
    )
    .expect("reads");
    assert_eq!(f.number.as_deref(), Some("5/TB"));
    assert_eq!((f.subject, f.meeting_online), (None, Some(true)));
    assert!(
        serde_json::from_str::<ketluan::document::Fields>(r#"{"number": "1", "number": "2"}"#)
            .is_err()
    );
    assert!(serde_json::from_str::<ketluan::document::Fields>(r#"{"number": 5}"#).is_err());
}
