//! Every export format read back by a real parser: the `csv` crate for the CSV, `icalendar` for
//! the .ics, `serde_json` plus the W3C model's rules for the Web Annotations, and the share link
//! decoded back. Documents are built by hand (so the tests do not depend on the reader's current
//! skill) and also taken from `ketluan::read` on the fixtures (so the exports keep working as the
//! reader grows).

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use icalendar::Component;
use ketluan::document::{Deadline, DeadlineKind, Directive, Document, Owner, Role, Source, Status};
use ketluan::export::{self, csv, ics, share, webanno, Format};
use proptest::prelude::*;
use serde_json::Value;

// ---------------------------------------------------------------- a hand-built notice

const NOTICE: &str = "UBND THÀNH PHỐ CẦN THƠ
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 397/TB-SGDĐT
Cần Thơ, ngày 17 tháng 02 năm 2020
THÔNG BÁO
Kết luận của Giám đốc tại Hội nghị sơ kết học kì 1, năm học 2019 - 2020
1. Giao Phòng Tổ chức cán bộ chủ trì, phối hợp với Phòng Kế hoạch - Tài chính rà soát biên chế \"năm 2020\"; hoàn thành trước ngày 15/3/2020.
2. Phòng Giáo dục trung học khẩn trương hướng dẫn các đơn vị tổ chức ôn tập thi trung học phổ thông quốc gia,
đồng thời tổ chức kỳ thi chu đáo \\ an toàn; thực hiện trong tháng 5/2020.
3. Các đơn vị thường xuyên kiểm tra công tác đảm bảo an ninh trật tự trong trường học.
4. Văn phòng tổng hợp báo cáo trước ngày 31/12/2020.
5. =SUM(A1) Thanh tra Sở kiểm tra hồ sơ trước ngày 29/02/2020.
Giao Văn phòng Sở:
- Cập nhật cổng thông tin điện tử trước ngày 01/3/2020;
- Lưu trữ hồ sơ hội nghị trước ngày 10/3/2020.
Nơi nhận:
- Lãnh đạo Sở;
";

/// Code-point offsets of the first `needle` at or after code point `from`.
fn find(text: &str, needle: &str, from: usize) -> (usize, usize) {
    let byte_from = text
        .char_indices()
        .nth(from)
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    let b = text[byte_from..]
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the notice"))
        + byte_from;
    let start = text[..b].chars().count();
    (start, start + needle.chars().count())
}

fn owner(text: &str, name: &str, role: Role, implicit: bool, from: usize) -> Owner {
    let (start, end) = find(text, name, from);
    Owner {
        name: name.to_string(),
        role,
        implicit,
        start,
        end,
        source: Source::Auto,
        why: None,
    }
}

fn deadline(
    text: &str,
    phrase: &str,
    due: Option<&str>,
    kind: DeadlineKind,
    from: usize,
) -> Deadline {
    let (start, end) = find(text, phrase, from);
    Deadline {
        text: phrase.to_string(),
        start,
        end,
        due: due.map(str::to_string),
        kind,
        inherited: false,
        source: Source::Auto,
        why: None,
    }
}

fn directive(text: &str, id: &str, body: &str, status: Status) -> Directive {
    let (start, end) = find(text, body, 0);
    Directive {
        id: id.to_string(),
        start,
        end,
        text: body.to_string(),
        owners: Vec::new(),
        deadline: None,
        status,
        source: Source::Auto,
        why: None,
        done: None,
        extended: None,
        edited: Default::default(),
    }
}

/// A notice with every case the exports must handle: two roles, commas, quotes, a line break, a
/// backslash and a semicolon in the text, a month deadline, a recurring one (no date), a rejected
/// directive, a formula-like start, a leap day, and an owner inherited by two directives.
fn sample() -> Document {
    let t = NOTICE;
    let mut doc = Document::empty();
    doc.text = t.to_string();
    doc.fields.number = Some("397/TB-SGDĐT".into());
    doc.fields.issued_date = Some("2020-02-17".into());
    doc.fields.issued_place = Some("Cần Thơ".into());
    doc.fields.doc_type = Some("THÔNG BÁO".into());
    doc.fields.subject =
        Some("Kết luận của Giám đốc tại Hội nghị sơ kết học kì 1, năm học 2019 - 2020".into());

    let d1b = "Giao Phòng Tổ chức cán bộ chủ trì, phối hợp với Phòng Kế hoạch - Tài chính rà soát biên chế \"năm 2020\"; hoàn thành trước ngày 15/3/2020.";
    let mut d1 = directive(t, "d1", d1b, Status::Confirmed);
    d1.owners.push(owner(
        t,
        "Phòng Tổ chức cán bộ",
        Role::Lead,
        false,
        d1.start,
    ));
    d1.owners.push(owner(
        t,
        "Phòng Kế hoạch - Tài chính",
        Role::Support,
        false,
        d1.start,
    ));
    d1.deadline = Some(deadline(
        t,
        "trước ngày 15/3/2020",
        Some("2020-03-15"),
        DeadlineKind::Date,
        d1.start,
    ));

    let d2b = "Phòng Giáo dục trung học khẩn trương hướng dẫn các đơn vị tổ chức ôn tập thi trung học phổ thông quốc gia,\nđồng thời tổ chức kỳ thi chu đáo \\ an toàn; thực hiện trong tháng 5/2020.";
    let mut d2 = directive(t, "d2", d2b, Status::Suggested);
    d2.owners.push(owner(
        t,
        "Phòng Giáo dục trung học",
        Role::Lead,
        false,
        d2.start,
    ));
    d2.deadline = Some(deadline(
        t,
        "trong tháng 5/2020",
        Some("2020-05-31"),
        DeadlineKind::Month,
        d2.start,
    ));

    let d3b = "Các đơn vị thường xuyên kiểm tra công tác đảm bảo an ninh trật tự trong trường học.";
    let mut d3 = directive(t, "d3", d3b, Status::Suggested);
    d3.owners
        .push(owner(t, "Các đơn vị", Role::Lead, false, d3.start));
    d3.deadline = Some(deadline(
        t,
        "thường xuyên",
        None,
        DeadlineKind::Recurring,
        d3.start,
    ));

    let d4b = "Văn phòng tổng hợp báo cáo trước ngày 31/12/2020.";
    let mut d4 = directive(t, "d4", d4b, Status::Rejected);
    d4.owners
        .push(owner(t, "Văn phòng", Role::Lead, false, d4.start));
    d4.deadline = Some(deadline(
        t,
        "trước ngày 31/12/2020",
        Some("2020-12-31"),
        DeadlineKind::Date,
        d4.start,
    ));

    let d5b = "=SUM(A1) Thanh tra Sở kiểm tra hồ sơ trước ngày 29/02/2020.";
    let mut d5 = directive(t, "d5", d5b, Status::Confirmed);
    d5.owners
        .push(owner(t, "Thanh tra Sở", Role::Lead, false, d5.start));
    d5.deadline = Some(deadline(
        t,
        "trước ngày 29/02/2020",
        Some("2020-02-29"),
        DeadlineKind::Date,
        d5.start,
    ));

    let heading = find(t, "Giao Văn phòng Sở:", 0).0;
    let d6b = "Cập nhật cổng thông tin điện tử trước ngày 01/3/2020;";
    let mut d6 = directive(t, "d6", d6b, Status::Suggested);
    d6.owners
        .push(owner(t, "Văn phòng Sở", Role::Lead, true, heading));
    d6.deadline = Some(deadline(
        t,
        "trước ngày 01/3/2020",
        Some("2020-03-01"),
        DeadlineKind::Date,
        d6.start,
    ));

    let d7b = "Lưu trữ hồ sơ hội nghị trước ngày 10/3/2020.";
    let mut d7 = directive(t, "d7", d7b, Status::Suggested);
    d7.owners
        .push(owner(t, "Văn phòng Sở", Role::Lead, true, heading));
    d7.deadline = Some(deadline(
        t,
        "trước ngày 10/3/2020",
        Some("2020-03-10"),
        DeadlineKind::Date,
        d7.start,
    ));

    doc.directives = vec![d1, d2, d3, d4, d5, d6, d7];
    for d in &doc.directives {
        assert_eq!(doc.slice(d.start, d.end), d.text, "sample offsets");
        for o in &d.owners {
            assert_eq!(doc.slice(o.start, o.end), o.name, "sample owner offsets");
        }
    }
    doc
}

fn kept(doc: &Document) -> Vec<&Directive> {
    doc.directives
        .iter()
        .filter(|d| d.status != Status::Rejected)
        .collect()
}

fn fixtures() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("tests/fixtures") {
        let path = entry.expect("fixture entry").path();
        if path.extension().and_then(|e| e.to_str()) == Some("txt") {
            let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
            out.push((path.display().to_string(), text));
        }
    }
    assert!(!out.is_empty(), "no fixtures");
    out
}

// ---------------------------------------------------------------- CSV

/// The CSV read back by the `csv` crate: (headers, records).
fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(
        text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]),
        "no UTF-8 BOM"
    );
    let body = &text[csv::BOM.len()..];
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(body.as_bytes());
    let headers = reader
        .headers()
        .expect("CSV headers")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("CSV record").iter().map(str::to_string).collect())
        .collect();
    (headers, rows)
}

/// Every line break outside a quoted field is CRLF, and the file ends with one.
fn assert_crlf_records(text: &str) {
    let mut quoted = false;
    let mut prev = '\0';
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => assert_eq!(prev, '\r', "bare LF between records"),
            _ => {}
        }
        prev = c;
    }
    assert!(!quoted, "unbalanced quotes");
    assert!(text.ends_with("\r\n"));
}

#[test]
fn csv_reads_back_with_the_csv_crate() {
    let doc = sample();
    let text = csv::to_csv(&doc);
    assert_crlf_records(&text);
    let (headers, rows) = read_csv(&text);
    assert_eq!(headers, csv::HEADERS);
    let kept = kept(&doc);
    assert_eq!(rows.len(), kept.len(), "one row per directive not rejected");
    for (i, (row, d)) in rows.iter().zip(&kept).enumerate() {
        assert_eq!(row.len(), 8);
        assert_eq!(row[0], (i + 1).to_string());
        let expected = if d.text.starts_with('=') {
            format!("'{}", d.text)
        } else {
            d.text.clone()
        };
        assert_eq!(row[1], expected, "text intact");
        assert_eq!(row[7], "397/TB-SGDĐT ngày 17/02/2020");
    }
    assert_eq!(rows[0][2], "Phòng Tổ chức cán bộ");
    assert_eq!(rows[0][3], "Phòng Kế hoạch - Tài chính");
    assert_eq!(rows[0][4], "trước ngày 15/3/2020");
    assert_eq!(rows[0][5], "15/03/2020");
    assert_eq!(rows[0][6], "đã xác nhận");
    assert!(
        rows[0][1].contains("\"năm 2020\"; hoàn thành"),
        "quotes and semicolon survive"
    );
    assert!(
        rows[1][1].contains("quốc gia,\nđồng thời"),
        "line break survives"
    );
    assert!(
        rows[1][1].contains("chu đáo \\ an toàn"),
        "backslash survives"
    );
    assert_eq!(rows[1][5], "31/05/2020");
    assert_eq!(rows[1][6], "gợi ý");
    assert_eq!(rows[2][4], "thường xuyên");
    assert_eq!(rows[2][5], "", "no date for a recurring deadline");
    assert_eq!(
        rows[3][1],
        "'=SUM(A1) Thanh tra Sở kiểm tra hồ sơ trước ngày 29/02/2020."
    );
    assert_eq!(rows[3][5], "29/02/2020");
    assert!(!text.contains("31/12/2020"), "rejected directive left out");
    assert_eq!(rows[4][2], "Văn phòng Sở", "implicit owner kept");
}

#[test]
fn csv_semicolon_variant_reads_back() {
    let doc = sample();
    let text = csv::to_csv_with(&doc, csv::Delimiter::Semicolon);
    let body = &text[csv::BOM.len()..];
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes());
    let rows: Vec<_> = reader.records().map(|r| r.expect("record")).collect();
    assert_eq!(rows.len(), kept(&doc).len());
    assert_eq!(&rows[0][1], kept(&doc)[0].text.as_str());
}

#[test]
fn csv_owner_names_deduplicated_and_joined() {
    let mut doc = sample();
    let extra = doc.directives[0].owners[0].clone();
    let mut upper = extra.clone();
    upper.name = upper.name.to_uppercase();
    let mut second = doc.directives[0].owners[1].clone();
    second.role = Role::Lead;
    doc.directives[0].owners.extend([extra, upper, second]);
    let (_, rows) = read_csv(&csv::to_csv(&doc));
    assert_eq!(
        rows[0][2],
        "Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính"
    );
}

// ---------------------------------------------------------------- iCalendar

/// Structural checks no parser makes: CRLF only, ≤ 75 octets a physical line (the export is a
/// `String`, so no fold can split a UTF-8 character), balanced BEGIN/END.
fn assert_ics_lines(ics: &str) {
    assert!(ics.ends_with("\r\n"));
    let mut depth: Vec<String> = Vec::new();
    for line in ics[..ics.len() - 2].split("\r\n") {
        assert!(!line.contains(['\r', '\n']), "bare CR or LF in {line:?}");
        assert!(line.len() <= 75, "line of {} octets", line.len());
        if let Some(name) = line.strip_prefix("BEGIN:") {
            depth.push(name.to_string());
        } else if let Some(name) = line.strip_prefix("END:") {
            assert_eq!(depth.pop().as_deref(), Some(name), "END without BEGIN");
        }
    }
    assert!(depth.is_empty(), "unclosed {depth:?}");
}

fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

/// The directives that go on a calendar: not rejected, with a real due day.
fn dated(doc: &Document) -> Vec<&Directive> {
    kept(doc)
        .into_iter()
        .filter(|d| {
            d.deadline
                .as_ref()
                .and_then(|dl| dl.due.as_deref())
                .is_some_and(chrono_free_valid)
        })
        .collect()
}

fn chrono_free_valid(iso: &str) -> bool {
    // Mirrors the export's rule: YYYY-MM-DD that exists.
    let p: Vec<&str> = iso.split('-').collect();
    if p.len() != 3 || p[0].len() != 4 || p[1].len() != 2 || p[2].len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (
        p[0].parse::<u32>(),
        p[1].parse::<u32>(),
        p[2].parse::<u32>(),
    ) else {
        return false;
    };
    if !p.iter().all(|s| s.bytes().all(|b| b.is_ascii_digit())) || y == 0 {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let dim = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=dim).contains(&d)
}

#[test]
fn ics_reads_back_with_icalendar() {
    let doc = sample();
    let text = ics::to_ics(&doc);
    assert_ics_lines(&text);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    let cal: icalendar::Calendar = text.parse().expect("icalendar parses the export");
    let todos: Vec<_> = cal.todos().collect();
    let dated = dated(&doc);
    assert_eq!(todos.len(), dated.len(), "one VTODO per dated directive");
    assert_eq!(dated.len(), 5);
    let events: Vec<_> = cal.events().collect();
    assert_eq!(
        events.len(),
        dated.len(),
        "one all-day VEVENT per dated directive"
    );

    let mut uids = HashSet::new();
    for ((todo, event), d) in todos.iter().zip(&events).zip(&dated) {
        let due = d
            .deadline
            .as_ref()
            .and_then(|dl| dl.due.clone())
            .unwrap_or_default();
        match todo.get_due() {
            Some(icalendar::DatePerhapsTime::Date(date)) => assert_eq!(date.to_string(), due),
            other => panic!("DUE is not a date: {other:?}"),
        }
        match event.get_start() {
            Some(icalendar::DatePerhapsTime::Date(date)) => assert_eq!(date.to_string(), due),
            other => panic!("DTSTART is not a date: {other:?}"),
        }
        assert!(matches!(
            event.get_end(),
            Some(icalendar::DatePerhapsTime::Date(_))
        ));
        let description = todo.get_description().expect("DESCRIPTION");
        assert!(
            description.starts_with(d.text.trim()),
            "unfolded, unescaped text identical:\n{description}\n---\n{}",
            d.text
        );
        assert!(description.contains("Văn bản: Thông báo 397/TB-SGDĐT ngày 17/02/2020"));
        for o in &d.owners {
            assert!(
                description.contains(&o.name),
                "owner {} in description",
                o.name
            );
        }
        let summary = todo.get_summary().expect("SUMMARY");
        assert!(!summary.is_empty() && summary.chars().count() <= ics::SUMMARY_CHARS + 1);
        assert!(
            uids.insert(todo.get_uid().expect("UID").to_string()),
            "UIDs unique"
        );
        assert!(
            uids.insert(event.get_uid().expect("UID").to_string()),
            "UIDs unique"
        );
        assert_eq!(todo.property_value("DTSTAMP"), Some("20200217T000000Z"));
        assert_eq!(todo.property_value("STATUS"), Some("NEEDS-ACTION"));
        // A reminder at 09:00 the day before, in the task (relative to DUE) and in the event.
        let alarms: Vec<_> = todo
            .components()
            .iter()
            .chain(event.components())
            .filter(|c| c.component_kind() == "VALARM")
            .collect();
        assert_eq!(alarms.len(), 2, "one VALARM in each");
        for a in &alarms {
            assert_eq!(a.property_value("ACTION"), Some("DISPLAY"));
            assert_eq!(a.property_value("TRIGGER"), Some(ics::REMIND_BEFORE));
            assert!(a
                .property_value("DESCRIPTION")
                .is_some_and(|t| t.starts_with("Ngày mai đến hạn: ")));
        }
    }
    assert!(unfold(&text).contains("TRIGGER;RELATED=END:-PT15H"));
    // The first directive's description with roles and the escaped characters intact.
    let first = todos[0].get_description().unwrap_or_default();
    assert!(first.contains("Chủ trì: Phòng Tổ chức cán bộ\nPhối hợp: Phòng Kế hoạch - Tài chính"));
    assert!(first.contains("Thời hạn: trước ngày 15/3/2020 (hạn 15/03/2020)"));
    assert!(first.contains("Trạng thái: đã xác nhận"));
    let second = todos[1].get_description().unwrap_or_default();
    assert!(second.contains("quốc gia,\nđồng thời tổ chức kỳ thi chu đáo \\ an toàn; thực hiện"));
    // Leap day and the day after it.
    let leap = events.iter().find(|e| {
        matches!(e.get_start(), Some(icalendar::DatePerhapsTime::Date(d)) if d.to_string() == "2020-02-29")
    });
    match leap.and_then(|e| e.get_end()) {
        Some(icalendar::DatePerhapsTime::Date(d)) => assert_eq!(d.to_string(), "2020-03-01"),
        other => panic!("leap-day event end: {other:?}"),
    }
    assert!(!text.contains("20201231"), "rejected directive left out");
    // Escapes in the raw (unfolded) text.
    let raw = unfold(&text);
    assert!(raw.contains("\"năm 2020\"\\; hoàn thành"));
    assert!(raw.contains("quốc gia\\,\\nđồng thời"));
    assert!(raw.contains("chu đáo \\\\ an toàn\\;"));
}

#[test]
fn ics_is_reproducible_and_uids_are_stable() {
    let doc = sample();
    let a = ics::to_ics(&doc);
    assert_eq!(a, ics::to_ics(&doc), "same bytes every time");
    let uids = |s: &str| -> Vec<String> {
        unfold(s)
            .lines()
            .filter_map(|l| l.strip_prefix("UID:").map(str::to_string))
            .collect()
    };
    // Confirming a directive or moving the text (junk pasted above it) keeps the UIDs.
    let mut edited = doc.clone();
    for d in &mut edited.directives {
        d.status = Status::Confirmed;
    }
    let shift = "Trang chủ | Tin tức\n".chars().count();
    edited.text = format!("Trang chủ | Tin tức\n{}", edited.text);
    for d in &mut edited.directives {
        d.start += shift;
        d.end += shift;
    }
    let b = ics::to_ics(&edited);
    assert_eq!(uids(&a).len(), 10);
    // The rejected directive now counts too, so compare the shared ones.
    for uid in uids(&a) {
        assert!(uids(&b).contains(&uid), "{uid} changed");
    }
    // Another notice number gives other UIDs.
    let mut other = doc.clone();
    other.fields.number = Some("398/TB-SGDĐT".into());
    let c = ics::to_ics(&other);
    assert!(uids(&a).iter().all(|u| !uids(&c).contains(u)));
}

#[test]
fn ics_identical_texts_get_distinct_uids_and_undated_docs_are_valid() {
    let mut doc = sample();
    let copy = doc.directives[0].clone();
    doc.directives.push(copy);
    let text = ics::to_ics(&doc);
    let cal: icalendar::Calendar = text.parse().expect("parses");
    let uids: HashSet<_> = cal.todos().filter_map(|t| t.get_uid()).collect();
    assert_eq!(uids.len(), cal.todos().count());

    let empty = ics::to_ics(&Document::empty());
    assert_ics_lines(&empty);
    assert!(empty.parse::<icalendar::Calendar>().is_ok());
}

// ---------------------------------------------------------------- Web Annotation

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// Checks the W3C model's required fields and that every selector points at its text; returns
/// the annotations.
fn check_webanno(doc: &Document, json: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(json).expect("valid JSON");
    assert_eq!(v["@context"], webanno::CONTEXT);
    assert_eq!(v["type"], "AnnotationCollection");
    assert!(v["id"].as_str().is_some_and(|s| s.starts_with("urn:uuid:")));
    let page = &v["first"];
    assert_eq!(page["type"], "AnnotationPage");
    assert!(page["id"].as_str().is_some());
    let items = page["items"].as_array().expect("items").clone();
    assert_eq!(v["total"].as_u64(), Some(items.len() as u64));
    let source = webanno::source_urn(doc);
    let mut ids = HashSet::new();
    for a in &items {
        assert_eq!(a["@context"], webanno::CONTEXT);
        assert_eq!(a["type"], "Annotation");
        let id = a["id"].as_str().expect("id");
        assert!(id.starts_with("urn:uuid:") && id.len() == 45, "{id}");
        assert!(ids.insert(id.to_string()), "ids unique");
        assert!(a["motivation"].as_str().is_some());
        let bodies = a["body"].as_array().expect("body array");
        assert!(!bodies.is_empty());
        for b in bodies {
            match b["type"].as_str() {
                Some("TextualBody") => {
                    assert!(b["value"].as_str().is_some());
                    assert!(b["purpose"].as_str().is_some());
                }
                Some("SpecificResource") => {
                    assert_eq!(b["purpose"], "linking");
                    assert!(b["source"].as_str().is_some());
                }
                other => panic!("unexpected body type {other:?}"),
            }
        }
        let target = &a["target"];
        assert_eq!(target["source"], source.as_str());
        let selectors = target["selector"].as_array().expect("selector array");
        let quote = selectors
            .iter()
            .find(|s| s["type"] == "TextQuoteSelector")
            .expect("TextQuoteSelector");
        let pos = selectors
            .iter()
            .find(|s| s["type"] == "TextPositionSelector")
            .expect("TextPositionSelector");
        let (start, end) = (
            pos["start"].as_u64().expect("start") as usize,
            pos["end"].as_u64().expect("end") as usize,
        );
        assert!(start < end && end <= doc.text.chars().count());
        let exact = quote["exact"].as_str().expect("exact");
        assert_eq!(
            slice(&doc.text, start, end),
            exact,
            "position and quote agree"
        );
        let prefix = quote["prefix"].as_str().unwrap_or("");
        let suffix = quote["suffix"].as_str().unwrap_or("");
        assert_eq!(
            slice(&doc.text, start - prefix.chars().count(), start),
            prefix
        );
        assert_eq!(slice(&doc.text, end, end + suffix.chars().count()), suffix);
        assert!(prefix.chars().count() <= webanno::CONTEXT_CHARS);
        assert!(suffix.chars().count() <= webanno::CONTEXT_CHARS);
    }
    // Links point at annotations in the file.
    for a in &items {
        for b in a["body"].as_array().into_iter().flatten() {
            if b["purpose"] == "linking" {
                assert!(ids.contains(b["source"].as_str().expect("link source")));
            }
        }
    }
    items
}

fn tags(a: &Value) -> Vec<String> {
    a["body"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|b| b["purpose"] == "tagging")
        .filter_map(|b| b["value"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn webanno_follows_the_w3c_model_and_points_at_the_text() {
    let doc = sample();
    let json = webanno::to_webanno(&doc);
    let items = check_webanno(&doc, &json);
    let directives: Vec<_> = items
        .iter()
        .filter(|a| tags(a).contains(&"directive".to_string()))
        .collect();
    assert_eq!(directives.len(), kept(&doc).len());
    let exact = |a: &Value| {
        a["target"]["selector"][0]["exact"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    let find_tag = |tag: &str| -> Vec<&Value> {
        items
            .iter()
            .filter(|a| tags(a).iter().any(|t| t == tag))
            .collect()
    };
    let lead = find_tag("lead: Phòng Tổ chức cán bộ");
    assert_eq!(lead.len(), 1);
    assert_eq!(exact(lead[0]), "Phòng Tổ chức cán bộ");
    let support = find_tag("support: Phòng Kế hoạch - Tài chính");
    assert_eq!(support.len(), 1);
    let due = find_tag("deadline: 2020-03-15");
    assert_eq!(exact(due[0]), "trước ngày 15/3/2020");
    assert_eq!(find_tag("deadline: recurring").len(), 1);
    // The inherited owner is one annotation on the heading, linked to both directives.
    let inherited = find_tag("lead: Văn phòng Sở");
    assert_eq!(inherited.len(), 1);
    let links = inherited[0]["body"]
        .as_array()
        .map(|b| b.iter().filter(|b| b["purpose"] == "linking").count());
    assert_eq!(links, Some(2));
    // Rejected directive and its parts are left out.
    assert!(find_tag("deadline: 2020-12-31").is_empty());
    assert!(find_tag("status: confirmed").len() == 2 && find_tag("status: suggested").len() == 4);
    assert_eq!(json, webanno::to_webanno(&doc), "reproducible");
}

#[test]
fn webanno_skips_spans_that_do_not_fit_the_text() {
    let mut doc = sample();
    doc.directives[0].end = 1_000_000;
    doc.directives[1].owners[0].start = 5;
    doc.directives[1].owners[0].end = 5;
    let items = check_webanno(&doc, &webanno::to_webanno(&doc));
    assert_eq!(
        items
            .iter()
            .filter(|a| tags(a).contains(&"directive".to_string()))
            .count(),
        kept(&doc).len() - 1
    );
}

// ---------------------------------------------------------------- share links

#[test]
fn share_round_trips_and_fits_a_link() {
    let doc = sample();
    let payload = share::link_payload(&doc).expect("a notice fits a link");
    assert!(payload
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(share::decode(&payload), Ok(doc.clone()));
    assert_eq!(share::encode(&doc), payload, "reproducible");
    let link = format!(
        "https://ketluan.example/{}",
        share::fragment(&doc).expect("fragment")
    );
    assert_eq!(share::decode(&link), Ok(doc));
}

#[test]
fn share_matches_the_base64_crate() {
    use base64::Engine;
    let doc = sample();
    let payload = share::encode(&doc);
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(&payload)
        .expect("base64url without padding");
    let json = miniz_oxide::inflate::decompress_to_vec(&bytes).expect("raw deflate");
    assert_eq!(
        serde_json::from_slice::<Document>(&json).expect("JSON"),
        doc
    );
}

/// A payload carrying any bytes, as a foreign or damaged link would.
fn payload_of(json: &[u8]) -> String {
    share::base64url_encode(&miniz_oxide::deflate::compress_to_vec(json, 6))
}

#[test]
fn share_refuses_over_long_corrupt_and_foreign_links() {
    // Too long to make: text that deflate cannot shrink much.
    let mut doc = Document::empty();
    let mut x: u64 = 12345;
    doc.text = (0..60_000)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            char::from_u32(0x41 + ((x >> 33) % 58) as u32).unwrap_or('a')
        })
        .collect();
    match share::link_payload(&doc) {
        Err(share::ShareError::TooLong { chars, max }) => {
            assert!(chars > max && max == share::MAX_PAYLOAD_CHARS)
        }
        other => panic!("expected TooLong, got {other:?}"),
    }
    assert!(share::fragment(&doc).is_err());
    // Too long to open.
    let long = "A".repeat(share::MAX_PAYLOAD_CHARS + 1);
    assert!(matches!(
        share::decode(&long),
        Err(share::ShareError::TooLong { .. })
    ));

    // Damaged.
    let good = share::encode(&sample());
    assert_eq!(share::decode("abc$def"), Err(share::ShareError::NotBase64));
    assert!(
        share::decode(&good[..good.len() / 2]).is_err(),
        "cut link refused"
    );
    let mut flipped = good.clone().into_bytes();
    flipped[10] = if flipped[10] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).unwrap_or_default();
    assert!(share::decode(&flipped).is_err(), "flipped link refused");
    assert_eq!(share::decode("AAAA"), Err(share::ShareError::Corrupt));

    // Foreign or other version.
    assert_eq!(
        share::decode(&payload_of(br#"{"format":"other","version":1}"#)),
        Err(share::ShareError::WrongFormat("other".into()))
    );
    let mut v2 = serde_json::to_value(sample()).expect("value");
    v2["version"] = 2.into();
    assert_eq!(
        share::decode(&payload_of(v2.to_string().as_bytes())),
        Err(share::ShareError::WrongVersion(2))
    );
    assert!(matches!(
        share::decode(&payload_of(b"[1,2,3]")),
        Err(share::ShareError::NotJson(_))
    ));
    assert!(matches!(
        share::decode(&payload_of(br#"{"format":"ketluan","version":1,"text":5}"#)),
        Err(share::ShareError::NotJson(_))
    ));

    // A small link that inflates past the limit.
    let mut bomb = br#"{"format":"ketluan","version":1,"text":""#.to_vec();
    bomb.extend(std::iter::repeat_n(b'a', share::MAX_JSON_BYTES + 10));
    bomb.extend(b"\"}");
    let payload = payload_of(&bomb);
    assert!(
        payload.len() <= share::MAX_PAYLOAD_CHARS,
        "{}",
        payload.len()
    );
    assert_eq!(share::decode(&payload), Err(share::ShareError::Corrupt));

    // Messages exist in both languages.
    for e in [
        share::ShareError::Empty,
        share::ShareError::NotBase64,
        share::ShareError::WrongVersion(2),
    ] {
        assert!(!e.to_string().is_empty() && !e.message_vi().is_empty());
    }
}

// ---------------------------------------------------------------- the app and the CLI

#[test]
fn render_is_the_format_functions() {
    let doc = sample();
    assert_eq!(
        export::render(Format::Json, &doc),
        doc.to_json().into_bytes()
    );
    assert_eq!(
        export::render(Format::Csv, &doc),
        csv::to_csv(&doc).into_bytes()
    );
    assert_eq!(
        export::render(Format::Ics, &doc),
        ics::to_ics(&doc).into_bytes()
    );
    assert_eq!(
        export::render(Format::WebAnno, &doc),
        webanno::to_webanno(&doc).into_bytes()
    );
    for f in Format::ALL {
        assert_eq!(
            export::render_text(f, &doc).into_bytes(),
            export::render(f, &doc)
        );
        assert_eq!(Format::from_name(f.name()), Some(f));
        assert!(export::file_name(f, &doc).ends_with(f.extension()));
    }
    assert_eq!(
        export::file_name(Format::Csv, &doc),
        "thong-bao-397-TB-SGDDT.csv"
    );
}

#[test]
fn fixtures_export_through_the_reader() {
    for (name, text) in fixtures() {
        let doc = ketluan::read(&text);
        let (headers, rows) = read_csv(&csv::to_csv(&doc));
        assert_eq!(headers, csv::HEADERS, "{name}");
        assert_eq!(rows.len(), kept(&doc).len(), "{name}");

        let ics_text = ics::to_ics(&doc);
        assert_ics_lines(&ics_text);
        let cal: icalendar::Calendar = ics_text.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(cal.todos().count(), dated(&doc).len(), "{name}");

        check_webanno(&doc, &webanno::to_webanno(&doc));

        let payload = share::encode(&doc);
        assert_eq!(share::decode(&payload).as_ref(), Ok(&doc), "{name}");
        assert!(
            payload.len() <= share::MAX_PAYLOAD_CHARS,
            "{name}: a real notice must fit a link ({} chars)",
            payload.len()
        );
    }
}

// ---------------------------------------------------------------- no panic on anything

/// What a TEXT value holds once escaped and read back.
fn ics_text_model(s: &str) -> String {
    s.replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() && c != '\n' => None,
            c => Some(c),
        })
        .collect()
}

fn any_status() -> impl Strategy<Value = Status> {
    prop_oneof![
        Just(Status::Suggested),
        Just(Status::Confirmed),
        Just(Status::Rejected)
    ]
}

fn any_due() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        (1900u32..2100, 1u32..13, 1u32..32)
            .prop_map(|(y, m, d)| Some(format!("{y:04}-{m:02}-{d:02}"))),
        ".{0,12}".prop_map(Some),
    ]
}

fn any_document() -> impl Strategy<Value = Document> {
    let owner = (".{0,20}", any::<bool>(), 0usize..400, 0usize..400).prop_map(
        |(name, lead, start, end)| Owner {
            name,
            role: if lead { Role::Lead } else { Role::Support },
            implicit: false,
            start,
            end,
            source: Source::User,
            why: None,
        },
    );
    let deadline =
        (".{0,20}", any_due(), 0usize..400, 0usize..400).prop_map(|(text, due, start, end)| {
            Deadline {
                text,
                start,
                end,
                due,
                kind: DeadlineKind::Custom,
                inherited: false,
                source: Source::User,
                why: None,
            }
        });
    let directive = (
        ".{0,120}",
        0usize..400,
        0usize..400,
        proptest::collection::vec(owner, 0..4),
        proptest::option::of(deadline),
        any_status(),
    )
        .prop_map(|(text, start, end, owners, deadline, status)| Directive {
            id: "u1".into(),
            start,
            end,
            text,
            owners,
            deadline,
            status,
            source: Source::User,
            why: None,
            done: None,
            extended: None,
            edited: Default::default(),
        });
    (
        ".{0,300}",
        proptest::option::of(".{0,20}"),
        any_due(),
        proptest::collection::vec(directive, 0..8),
    )
        .prop_map(|(text, number, issued, directives)| {
            let mut doc = Document::empty();
            doc.text = text;
            doc.fields.number = number;
            doc.fields.issued_date = issued;
            doc.directives = directives;
            doc
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_export_panics_and_each_reads_back(doc in any_document()) {
        let (_, rows) = read_csv(&csv::to_csv(&doc));
        prop_assert_eq!(rows.len(), kept(&doc).len());

        let ics_text = ics::to_ics(&doc);
        assert_ics_lines(&ics_text);
        let cal = ics_text.parse::<icalendar::Calendar>().map_err(TestCaseError::fail)?;
        prop_assert_eq!(cal.todos().count(), dated(&doc).len());
        for (todo, d) in cal.todos().zip(dated(&doc)) {
            let description = todo.get_description().unwrap_or_default().to_string();
            // Line breaks of any kind come back as LF, tabs as spaces, other controls dropped.
            let expected = ics_text_model(d.text.trim());
            let got: String = description.chars().take(expected.chars().count()).collect();
            prop_assert_eq!(got, expected);
        }

        check_webanno(&doc, &webanno::to_webanno(&doc));

        let payload = share::encode(&doc);
        prop_assert_eq!(share::decode(&payload), Ok(doc.clone()));
        for f in Format::ALL {
            let _ = export::render(f, &doc);
            let _ = export::file_name(f, &doc);
        }
    }

    #[test]
    fn share_decode_never_panics(s in ".{0,200}") {
        let _ = share::decode(&s);
    }

    #[test]
    fn base64url_agrees_with_the_base64_crate(bytes in proptest::collection::vec(any::<u8>(), 0..200), s in "[A-Za-z0-9_=+/-]{0,40}") {
        use base64::Engine;
        let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        prop_assert_eq!(share::base64url_encode(&bytes), engine.encode(&bytes));
        prop_assert_eq!(share::base64url_decode(&engine.encode(&bytes)), Some(bytes));
        prop_assert_eq!(share::base64url_decode(&s), engine.decode(&s).ok());
    }
}

/// A task marked done says so in the CSV ("hoàn thành 24/11/2023") and is COMPLETED in the
/// calendar, on its day; open ones are unchanged.
#[test]
fn done_tasks_are_done_in_the_csv_and_the_calendar() {
    let mut doc = sample();
    let i = doc
        .directives
        .iter()
        .position(|d| {
            d.status != Status::Rejected && d.deadline.as_ref().is_some_and(|x| x.due.is_some())
        })
        .expect("a dated task");
    doc.directives[i].done = Some(Box::new(ketluan::document::Done {
        date: "2023-11-24".into(),
        note: "Đã nộp báo cáo".into(),
    }));
    let (_, rows) = read_csv(&csv::to_csv(&doc));
    assert!(
        rows.iter().any(|r| r[6] == "hoàn thành 24/11/2023"),
        "{rows:?}"
    );
    let text = ics::to_ics(&doc);
    assert_ics_lines(&text);
    let cal: icalendar::Calendar = text.parse().expect("icalendar parses the export");
    let completed: Vec<_> = cal
        .todos()
        .filter(|t| t.get_status() == Some(icalendar::TodoStatus::Completed))
        .collect();
    assert_eq!(completed.len(), 1);
    assert!(unfold(&text).contains("COMPLETED:20231124T000000Z"));
    // A task done needs no reminder any more; the open ones keep theirs.
    assert!(completed[0].components().is_empty());
    assert_eq!(
        unfold(&text).matches("BEGIN:VALARM").count(),
        2 * (dated(&doc).len() - 1)
    );
    assert_eq!(
        cal.todos()
            .filter(|t| t.get_status() == Some(icalendar::TodoStatus::NeedsAction))
            .count(),
        dated(&doc).len() - 1
    );
}
