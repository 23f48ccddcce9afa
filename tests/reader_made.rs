//! A notice written for these tests in another common layout: a district office (Phòng GD&ĐT),
//! a two-column header and signature pasted from a Word table (tabs), "a) b) c)" items under a
//! task heading, "Yêu cầu"/"Giao"/"Đề nghị" openers, days, months and quarters as deadlines.

use ketluan::document::{DeadlineKind, Role};

fn doc() -> ketluan::Document {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/made/phong-gddt-hop-hieu-truong.txt"
    ))
    .expect("fixture");
    ketluan::read(&text)
}

#[test]
fn header_and_signature_from_a_two_column_table() {
    let d = doc();
    let f = &d.fields;
    assert_eq!(f.number.as_deref(), Some("215/TB-PGDĐT"));
    assert_eq!(f.issued_place.as_deref(), Some("Thanh Oai"));
    assert_eq!(f.issued_date.as_deref(), Some("2023-12-28"));
    assert_eq!(f.doc_type.as_deref(), Some("THÔNG BÁO KẾT LUẬN"));
    assert!(f
        .subject
        .as_deref()
        .is_some_and(|s| s.starts_with("Của Trưởng phòng") && s.ends_with("tháng 12 năm 2023")));
    assert_eq!(f.meeting_date.as_deref(), Some("2023-12-26"));
    assert_eq!(f.meeting_chair.as_deref(), Some("Nguyễn Văn Bình"));
    assert_eq!(f.signer_authority.as_deref(), Some("KT. TRƯỞNG PHÒNG"));
    assert_eq!(f.signer_position.as_deref(), Some("PHÓ TRƯỞNG PHÒNG"));
    assert_eq!(f.signer_name.as_deref(), Some("Trần Thị Mai"));
    let r: Vec<(&str, Option<&str>)> = d
        .recipients
        .iter()
        .map(|r| (r.text.as_str(), r.purpose.as_deref()))
        .collect();
    assert_eq!(
        r,
        vec![
            ("UBND huyện", Some("để b/c")),
            ("Các trường MN, TH, THCS", None),
            ("Lưu: VT", None)
        ]
    );
}

/// A directive's opening words, its owners, and its deadline's kind and due date.
type Row = (
    String,
    Vec<(String, Role)>,
    Option<(DeadlineKind, Option<String>)>,
);

/// Each directive as a row: its first 24 characters, owners with roles, deadline kind and due date.
fn rows(d: &ketluan::Document) -> Vec<Row> {
    d.directives
        .iter()
        .map(|x| {
            let owners = x.owners.iter().map(|o| (o.name.clone(), o.role)).collect();
            (
                x.text.chars().take(24).collect(),
                owners,
                x.deadline.as_ref().map(|dl| (dl.kind, dl.due.clone())),
            )
        })
        .collect()
}

#[test]
fn items_owners_and_deadlines() {
    let d = doc();
    let got = rows(&d);
    let want = vec![
        (
            "Các trường tiểu học hoàn",
            vec![("Các trường tiểu học", Role::Lead)],
            Some((DeadlineKind::Date, Some("2024-01-12"))),
        ),
        (
            "Yêu cầu Hiệu trưởng các ",
            // Catalogue O3: "yêu cầu X chỉ đạo Y …" — X and Y both lead.
            vec![
                ("Hiệu trưởng các trường THCS", Role::Lead),
                ("giáo viên", Role::Lead),
            ],
            None,
        ),
        (
            "Giao bộ phận Kế toán chủ",
            vec![
                ("bộ phận Kế toán", Role::Lead),
                ("các trường", Role::Support),
            ],
            Some((DeadlineKind::Month, Some("2024-01-31"))),
        ),
        (
            "Các trường mầm non thườn",
            vec![("Các trường mầm non", Role::Lead)],
            Some((DeadlineKind::Recurring, None)),
        ),
        (
            "Đề nghị Trung tâm Y tế h",
            vec![("Trung tâm Y tế huyện", Role::Lead)],
            Some((DeadlineKind::Quarter, Some("2024-03-31"))),
        ),
    ];
    let want: Vec<Row> = want
        .into_iter()
        .map(|(t, o, dl)| {
            (
                t.to_string(),
                o.into_iter()
                    .map(|(n, r)| (n.to_string(), r))
                    .collect::<Vec<_>>(),
                dl.map(|(k, due)| (k, due.map(str::to_string))),
            )
        })
        .collect();
    assert_eq!(got, want);
    // The assessment part reports; it gives no directive.
    assert!(!d
        .directives
        .iter()
        .any(|x| x.text.contains("đã thực hiện nghiêm túc")));
}

/// A Sở notice whose tasks are addressed by headings ("Đối với …:") and by "Unit: task" bullets,
/// with numeric deadlines after a cue ("trước 15/01/2024") and the meeting facts in the
/// paragraph that also introduces the conclusions.
#[test]
fn addressed_headings_and_unit_colon_bullets() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/made/so-gddt-giao-ban-thang-11.txt"
    ))
    .expect("fixture");
    let d = ketluan::read(&text);
    assert_eq!(d.fields.meeting_date.as_deref(), Some("2023-11-14"));
    assert_eq!(d.fields.number.as_deref(), Some("1832/TB-SGDĐT"));
    let got = rows(&d);
    let lead = |n: &str| (n.to_string(), Role::Lead);
    let want: Vec<Row> = vec![
        (
            "Phòng Giáo dục Trung học".into(),
            vec![lead("Phòng Giáo dục Trung học")],
            Some((DeadlineKind::Date, Some("2024-01-15".into()))),
        ),
        (
            "Văn phòng Sở: tổng hợp l".into(),
            vec![lead("Văn phòng Sở")],
            Some((DeadlineKind::Date, Some("2023-11-28".into()))),
        ),
        (
            "Phòng Kế hoạch - Tài chí".into(),
            vec![
                lead("Phòng Kế hoạch - Tài chính"),
                ("Phòng Tổ chức cán bộ".into(), Role::Support),
            ],
            None,
        ),
        (
            "Chỉ đạo các trường tiểu ".into(),
            // Catalogue O3: every link of a chain leads, the heading's unit and the schools.
            vec![
                lead("các trường tiểu học"),
                lead("Phòng GD&ĐT các huyện, thành phố"),
            ],
            Some((DeadlineKind::Month, Some("2023-12-31".into()))),
        ),
        (
            "Báo cáo số liệu phổ cập ".into(),
            vec![lead("Phòng GD&ĐT các huyện, thành phố")],
            Some((DeadlineKind::Recurring, None)),
        ),
        (
            "Đề nghị UBND các huyện, ".into(),
            vec![lead("UBND các huyện, thành phố"), lead("Phòng GD&ĐT")],
            None,
        ),
    ];
    assert_eq!(got, want);
    assert!(
        !d.directives[3].owners[0].implicit && d.directives[3].owners[1].implicit,
        "the schools named, the heading's unit inherited"
    );
}

/// A short notice: a number without a colon, a signer with no authority ("GIÁM ĐỐC" signs
/// himself) and no recipients block, a unit head that is a person ("Giáo viên chủ nhiệm").
#[test]
fn short_notice_signed_without_authority() {
    let text = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố 45/TB-SGDĐT\n\nTHÔNG BÁO\nKết luận của Giám đốc về công tác an toàn trường học\n\nNgày 02/3/2024, Giám đốc Sở chủ trì cuộc họp. Giám đốc kết luận như sau:\n\n1. Giáo viên chủ nhiệm có trách nhiệm nắm bắt tình hình học sinh.\n2. Hội Cha mẹ học sinh phối hợp với nhà trường tuyên truyền phòng chống đuối nước trong hè 2024.\n\nGIÁM ĐỐC\n\nNguyễn Văn An";
    let d = ketluan::read(text);
    assert_eq!(d.fields.number.as_deref(), Some("45/TB-SGDĐT"));
    assert_eq!(d.fields.signer_position.as_deref(), Some("GIÁM ĐỐC"));
    assert_eq!(d.fields.signer_name.as_deref(), Some("Nguyễn Văn An"));
    assert_eq!(d.directives.len(), 2);
    assert_eq!(
        d.directives[0].owners.first().map(|o| o.name.as_str()),
        Some("Giáo viên chủ nhiệm")
    );
    let second: Vec<(&str, Role)> = d.directives[1]
        .owners
        .iter()
        .map(|o| (o.name.as_str(), o.role))
        .collect();
    assert_eq!(
        second,
        vec![
            ("Hội Cha mẹ học sinh", Role::Lead),
            ("nhà trường", Role::Support)
        ]
    );
    assert_eq!(
        d.directives[1]
            .deadline
            .as_ref()
            .and_then(|x| x.due.as_deref()),
        Some("2024-08-31")
    );
}

/// A news page in sentence case with no blank lines: menu, clock, view counter and photo caption
/// around the article, a byline and other news after it.
#[test]
fn news_page_in_sentence_case() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/made/web-so-gddt-ket-luan.txt"
    ))
    .expect("fixture");
    let d = ketluan::read(&text);
    assert_eq!(
        d.fields.subject.as_deref(),
        Some("Kết luận của Giám đốc Sở tại Hội nghị giao ban tháng 2/2024")
    );
    assert_eq!(d.fields.meeting_date.as_deref(), Some("2024-03-01"));
    assert_eq!(d.fields.meeting_chair.as_deref(), Some("Lê Văn Hải"));
    assert_eq!(d.fields.meeting_online, Some(true));
    let lead = |n: &str| (n.to_string(), Role::Lead);
    let want: Vec<Row> = vec![
        (
            "Các trường THPT hoàn thà".into(),
            vec![lead("Các trường THPT")],
            Some((DeadlineKind::Date, Some("2024-04-15".into()))),
        ),
        (
            "Phòng Quản lý thi chủ tr".into(),
            vec![
                lead("Phòng Quản lý thi"),
                ("Văn phòng Sở".into(), Role::Support),
            ],
            None,
        ),
        (
            "Phòng Kế hoạch - Tài chí".into(),
            vec![lead("Phòng Kế hoạch - Tài chính")],
            Some((DeadlineKind::Quarter, Some("2024-06-30".into()))),
        ),
    ];
    assert_eq!(rows(&d), want);
    for junk in [
        "Lượt xem",
        "Ảnh: Toàn cảnh",
        "Tin, ảnh",
        "Các tin khác",
        "Bình luận",
        "Trang chủ",
    ] {
        let span = d
            .spans
            .iter()
            .find(|s| d.slice(s.start, s.end).starts_with(junk))
            .map(|s| s.kind);
        assert_eq!(span, Some(ketluan::document::SpanKind::Noise), "{junk}");
    }
}
