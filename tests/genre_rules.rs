//! The rules of the genre, one test per entry of the catalogue (`../shared/genre/README.md`),
//! each on sentences invented for the test — none of them comes from a notice the reader was
//! tuned on. A test is named after its entry (o2 = "The requester is not the owner").

use ketluan::document::{DeadlineKind, Directive, Document, Role};

/// A short formal notice of `date` ("08/11/2024") whose body is `body`, after the usual meeting
/// paragraph and the sentence that hands over to the conclusions.
fn notice(date: &str, body: &str) -> Document {
    let mut parts = date.split('/');
    let (d, m, y) = (
        parts.next().unwrap_or("01"),
        parts.next().unwrap_or("01"),
        parts.next().unwrap_or("2024"),
    );
    ketluan::read(&format!(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 101/TB-SGDĐT\n\nThanh Hà, ngày {d} tháng {m} năm {y}\n\nTHÔNG BÁO\nKết luận của Giám đốc Sở tại hội nghị giao ban\n\nSáng ngày {d}/{m}/{y}, Sở tổ chức hội nghị giao ban. Sau khi nghe các đơn vị báo cáo, Giám đốc Sở kết luận như sau:\n\n{body}\n"
    ))
}

/// The directive whose text contains `quote`.
fn directive<'a>(doc: &'a Document, quote: &str) -> &'a Directive {
    doc.directives
        .iter()
        .find(|d| d.text.contains(quote))
        .unwrap_or_else(|| panic!("no directive with «{quote}» in {:#?}", doc.directives))
}

fn no_directive(doc: &Document, quote: &str) {
    assert!(
        !doc.directives.iter().any(|d| d.text.contains(quote)),
        "«{quote}» must not be a directive: {:#?}",
        doc.directives
    );
}

fn owners(d: &Directive) -> Vec<(&str, Role, bool)> {
    d.owners
        .iter()
        .map(|o| (o.name.as_str(), o.role, o.implicit))
        .collect()
}

fn due(d: &Directive) -> Option<&str> {
    d.deadline.as_ref().and_then(|x| x.due.as_deref())
}

const LEAD: Role = Role::Lead;
const SUPPORT: Role = Role::Support;

#[test]
fn o1_the_subject_of_a_modal_owns_the_task() {
    let doc = notice(
        "12/03/2025",
        "Các trường có học sinh khuyết tật cần bố trí giáo viên hỗ trợ học hòa nhập.",
    );
    let d = directive(&doc, "bố trí giáo viên");
    assert_eq!(
        owners(d),
        vec![("Các trường có học sinh khuyết tật", LEAD, false)]
    );
}

#[test]
fn o1_public_bodies_beside_the_schools_own_their_tasks() {
    let doc = notice(
        "20/05/2025",
        "1. Đồn Biên phòng Ia Kha hỗ trợ vận động học sinh bỏ học trở lại lớp.\n\n2. Bưu điện tỉnh bảo đảm vận chuyển đề thi an toàn.\n\n3. Hạt Kiểm lâm huyện hỗ trợ cây giống cho các trường.\n\n4. Tòa án nhân dân huyện tổ chức phiên tòa giả định tại các trường THPT.\n\n5. Cung Thiếu nhi tỉnh mở các lớp dạy bơi trong hè.\n\n6. Các trường vận động nhân dân ủng hộ Quỹ Khuyến học huyện.",
    );
    for (quote, owner) in [
        ("học sinh bỏ học", "Đồn Biên phòng Ia Kha"),
        ("vận chuyển đề thi", "Bưu điện tỉnh"),
        ("cây giống", "Hạt Kiểm lâm huyện"),
        ("phiên tòa", "Tòa án nhân dân huyện"),
        ("dạy bơi", "Cung Thiếu nhi tỉnh"),
        ("ủng hộ", "Các trường"),
    ] {
        assert_eq!(owners(directive(&doc, quote)), vec![(owner, LEAD, false)]);
    }
}

#[test]
fn o24_o16_the_office_of_both_councils_however_its_names_are_spelt() {
    let doc = notice(
        "20/05/2025",
        "1. Văn phòng HĐND và Ủy ban nhân dân huyện theo dõi việc thực hiện.\n\n2. Giao Văn phòng HĐND - UBND thị xã tổng hợp báo cáo.\n\n3. Văn phòng Hội đồng nhân dân và UBND quận cập nhật tiến độ.",
    );
    for (quote, owner) in [
        ("theo dõi việc", "Văn phòng HĐND và Ủy ban nhân dân huyện"),
        ("tổng hợp báo cáo", "Văn phòng HĐND - UBND thị xã"),
        (
            "cập nhật tiến độ",
            "Văn phòng Hội đồng nhân dân và UBND quận",
        ),
    ] {
        assert_eq!(owners(directive(&doc, quote)), vec![(owner, LEAD, false)]);
    }
}

#[test]
fn o2_the_requester_is_not_the_owner() {
    let doc = notice(
        "12/03/2025",
        "Sở đề nghị các phòng GD&ĐT rà soát số lớp ghép ở vùng khó khăn.\n\nGiám đốc Sở giao Phòng Kế hoạch - Tài chính lập dự toán sửa chữa trường lớp.\n\nBan Giám đốc lưu ý các trung tâm GDNN-GDTX ưu tiên tuyển sinh học viên ở xã đặc biệt khó khăn.",
    );
    assert_eq!(
        owners(directive(&doc, "rà soát số lớp ghép")),
        vec![("các phòng GD&ĐT", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "lập dự toán")),
        vec![("Phòng Kế hoạch - Tài chính", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "ưu tiên tuyển sinh")),
        vec![("các trung tâm GDNN-GDTX", LEAD, false)]
    );
}

#[test]
fn o3_every_link_of_a_chain_leads() {
    let doc = notice(
        "02/12/2022",
        "Giám đốc Sở chỉ đạo Phòng GD&ĐT huyện yêu cầu các trường mầm non bổ sung đồ chơi ngoài trời trong tháng 12.",
    );
    let d = directive(&doc, "bổ sung đồ chơi");
    assert_eq!(
        owners(d),
        vec![
            ("Phòng GD&ĐT huyện", LEAD, false),
            ("các trường mầm non", LEAD, false)
        ]
    );
    assert_eq!(due(d), Some("2022-12-31"));
}

#[test]
fn o4_requests_addressed_upward_are_directives() {
    let doc = notice(
        "05/01/2026",
        "Đề nghị UBND tỉnh quan tâm bố trí kinh phí xây dựng nhà công vụ cho giáo viên trong năm 2026.",
    );
    let d = directive(&doc, "nhà công vụ");
    assert_eq!(owners(d), vec![("UBND tỉnh", LEAD, false)]);
    assert_eq!(due(d), Some("2026-12-31"));
}

#[test]
fn o5_the_speaker_is_not_an_owner() {
    let doc = notice(
        "12/03/2025",
        "Phát biểu kết luận, Trưởng phòng Nguyễn Văn Tâm yêu cầu các trường tiểu học tăng cường kiểm tra nội bộ.",
    );
    let d = directive(&doc, "kiểm tra nội bộ");
    assert_eq!(owners(d), vec![("các trường tiểu học", LEAD, false)]);
}

#[test]
fn o6_a_unit_phrase_ends_at_adverbs_and_request_verbs() {
    let doc = notice(
        "12/03/2025",
        "Trung tâm GDNN-GDTX huyện sớm hoàn thành tuyển sinh lớp văn hóa.\n\nPhòng GD&ĐT nhắc nhở các trường THCS cập nhật hồ sơ phổ cập.",
    );
    assert_eq!(
        owners(directive(&doc, "hoàn thành tuyển sinh")),
        vec![("Trung tâm GDNN-GDTX huyện", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "hồ sơ phổ cập")),
        vec![("các trường THCS", LEAD, false)]
    );
}

#[test]
fn o7_a_qualifier_with_a_verb_runs_up_to_an_adverb_of_urgency() {
    let doc = notice(
        "28/09/2021",
        "1. UBND các xã có trường đăng ký đạt chuẩn năm 2022 quan tâm bố trí kinh phí đối ứng.\n\n2. Các trường có học sinh tham gia kỳ thi chọn học sinh giỏi khẩn trương hoàn thiện hồ sơ dự thi.",
    );
    assert_eq!(
        owners(directive(&doc, "kinh phí đối ứng")),
        vec![(
            "UBND các xã có trường đăng ký đạt chuẩn năm 2022",
            LEAD,
            false
        )]
    );
    assert_eq!(
        owners(directive(&doc, "hồ sơ dự thi")),
        vec![(
            "Các trường có học sinh tham gia kỳ thi chọn học sinh giỏi",
            LEAD,
            false
        )]
    );
}

#[test]
fn o7_qualifiers_stay_inside_the_unit() {
    let doc = notice(
        "12/03/2025",
        "Các trường THCS phối hợp với Công an các xã, thị trấn nơi trường đóng tuyên truyền an toàn giao thông.",
    );
    assert_eq!(
        owners(directive(&doc, "an toàn giao thông")),
        vec![
            ("Các trường THCS", LEAD, false),
            ("Công an các xã, thị trấn nơi trường đóng", SUPPORT, false)
        ]
    );
}

#[test]
fn o8_one_owner_then_a_run_of_tasks_after_a_colon() {
    let doc = notice(
        "10/04/2019",
        "Kết luận hội nghị, Trưởng phòng yêu cầu các trường THCS: rà soát học sinh có nguy cơ bỏ học; tổ chức ôn thi vào lớp 10; nộp báo cáo về Phòng trước ngày 20/5.",
    );
    let first = directive(&doc, "rà soát học sinh");
    assert_eq!(owners(first), vec![("các trường THCS", LEAD, false)]);
    assert_eq!(due(first), None);
    let second = directive(&doc, "ôn thi vào lớp 10");
    assert_eq!(owners(second), vec![("các trường THCS", LEAD, true)]);
    assert_eq!(
        due(second),
        None,
        "D11: the trailing date is the last task's"
    );
    let last = directive(&doc, "nộp báo cáo");
    assert_eq!(owners(last), vec![("các trường THCS", LEAD, true)]);
    assert_eq!(due(last), Some("2019-05-20"));
}

#[test]
fn o9_an_alias_owns_the_whole_list() {
    let doc = notice(
        "20/12/2023",
        "Giám đốc Sở yêu cầu các trường THPT, các trung tâm GDTX trên địa bàn tỉnh (sau đây gọi chung là các đơn vị) thực hiện các nội dung sau:\n\n1. Rà soát hồ sơ học bạ điện tử.\n\n2. Báo cáo kết quả về Sở.",
    );
    assert_eq!(
        owners(directive(&doc, "học bạ điện tử")),
        vec![("các đơn vị", LEAD, true)]
    );
}

#[test]
fn o10_an_opening_sentence_gives_its_owners_and_period() {
    let doc = notice(
        "28/11/2023",
        "Giám đốc Sở yêu cầu các phòng thuộc Sở và các đơn vị trực thuộc thực hiện các nội dung sau trong tháng 12/2023:\n\n1. Rà soát danh sách giáo viên hợp đồng.\n\n2. Tổng hợp nhu cầu bồi dưỡng.",
    );
    let d = directive(&doc, "giáo viên hợp đồng");
    assert_eq!(
        owners(d),
        vec![
            ("các phòng thuộc Sở", LEAD, true),
            ("các đơn vị trực thuộc", LEAD, true)
        ]
    );
    assert_eq!(due(d), Some("2023-12-31"));
}

#[test]
fn o11_o14_r5_a_heading_owner_and_an_explicit_support() {
    let doc = notice(
        "15/05/2024",
        "1. Giao Phòng Giáo dục Trung học:\n\n- Hướng dẫn các trường tổ chức thi nghề phổ thông.\n\n- Phối hợp với Trung tâm Y tế tỉnh tổ chức khám sức khỏe cho học sinh lớp 12.",
    );
    assert_eq!(
        owners(directive(&doc, "thi nghề")),
        vec![("Phòng Giáo dục Trung học", LEAD, true)]
    );
    assert_eq!(
        owners(directive(&doc, "khám sức khỏe")),
        vec![
            ("Trung tâm Y tế tỉnh", SUPPORT, false),
            ("Phòng Giáo dục Trung học", LEAD, true)
        ]
    );
}

#[test]
fn o15_co_lead_owners() {
    let doc = notice(
        "12/03/2025",
        "Phòng Tổ chức cán bộ và Phòng Kế hoạch - Tài chính khẩn trương xây dựng đề án vị trí việc làm.",
    );
    assert_eq!(
        owners(directive(&doc, "vị trí việc làm")),
        vec![
            ("Phòng Tổ chức cán bộ", LEAD, false),
            ("Phòng Kế hoạch - Tài chính", LEAD, false)
        ]
    );
}

#[test]
fn o16_names_with_commas_or_va_stay_whole() {
    let doc = notice(
        "12/03/2025",
        "Giao Văn phòng HĐND và UBND huyện theo dõi việc thực hiện.\n\nUBND các xã, thị trấn chỉ đạo các trường mầm non, tiểu học và THCS trên địa bàn kiểm tra bếp ăn.",
    );
    assert_eq!(
        owners(directive(&doc, "theo dõi việc")),
        vec![("Văn phòng HĐND và UBND huyện", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "bếp ăn")),
        vec![
            ("UBND các xã, thị trấn", LEAD, false),
            (
                "các trường mầm non, tiểu học và THCS trên địa bàn",
                LEAD,
                false
            )
        ]
    );
}

/// O16, read as a clause grammar: a comma inside a unit's name starts no clause of its own, so
/// the subject is the whole name however many commas it holds (long lists: benches/worst_cases).
#[test]
fn o16_a_comma_inside_a_name_starts_no_clause() {
    let doc = notice(
        "12/03/2025",
        "Phòng GD&ĐT các huyện, thị xã, thành phố phải báo cáo số liệu trước ngày 20/3.",
    );
    assert_eq!(
        owners(directive(&doc, "báo cáo số liệu")),
        vec![("Phòng GD&ĐT các huyện, thị xã, thành phố", LEAD, false)]
    );
    let doc = notice(
        "12/03/2025",
        "Các trường tiểu học, THCS, THPT trên địa bàn phải kiểm tra bếp ăn trước ngày 25/3.",
    );
    assert_eq!(
        owners(directive(&doc, "kiểm tra bếp ăn")),
        vec![("Các trường tiểu học, THCS, THPT trên địa bàn", LEAD, false)]
    );
}

#[test]
fn o17_a_named_person_owns_the_task() {
    let doc = notice(
        "12/03/2025",
        "Riêng bà Trần Thị Hoa, Hiệu trưởng Trường Tiểu học An Bình, phải nộp bản giải trình về Phòng.",
    );
    assert_eq!(
        owners(directive(&doc, "bản giải trình")),
        vec![("bà Trần Thị Hoa", LEAD, false)]
    );
}

#[test]
fn o19_the_possessor_of_the_work_owns_it() {
    let doc = notice(
        "12/03/2025",
        "Đề cao trách nhiệm của thủ trưởng các đơn vị trong công tác phòng cháy, chữa cháy.",
    );
    assert_eq!(
        owners(directive(&doc, "phòng cháy")),
        vec![("thủ trưởng các đơn vị", LEAD, false)]
    );
}

#[test]
fn o21_an_agentless_directive_has_no_owner_of_its_own() {
    let doc = notice(
        "12/03/2025",
        "Việc tuyển sinh lớp 6 của các trường THCS phải được thực hiện công khai, minh bạch.",
    );
    assert_eq!(owners(directive(&doc, "tuyển sinh lớp 6")), vec![]);
}

#[test]
fn r3_the_subject_of_phoi_hop_leads_when_nobody_chu_tri() {
    let doc = notice(
        "12/03/2025",
        "Trạm Y tế xã phối hợp với các trường kiểm tra bếp ăn bán trú.",
    );
    assert_eq!(
        owners(directive(&doc, "bếp ăn")),
        vec![
            ("Trạm Y tế xã", LEAD, false),
            ("các trường", SUPPORT, false)
        ]
    );
}

#[test]
fn d2_a_date_without_a_year_falls_near_the_notice() {
    let doc = notice(
        "08/11/2024",
        "Các trường gửi danh sách học sinh giỏi về Sở trước ngày 06/11.\n\nCác trường nộp báo cáo thống kê trước ngày 12/01.",
    );
    assert_eq!(
        due(directive(&doc, "học sinh giỏi")),
        Some("2024-11-06"),
        "a few days before the notice: the same year"
    );
    assert_eq!(
        due(directive(&doc, "thống kê")),
        Some("2025-01-12"),
        "across the year boundary"
    );
}

#[test]
fn d4_quarters_with_and_without_a_year() {
    let doc = notice(
        "10/04/2026",
        "Phòng Kế hoạch - Tài chính hoàn thành quyết toán trong quý III/2026.\n\nVăn phòng Sở tổng hợp báo cáo trước quý I.",
    );
    assert_eq!(due(directive(&doc, "quyết toán")), Some("2026-09-30"));
    assert_eq!(
        due(directive(&doc, "tổng hợp báo cáo")),
        Some("2026-03-31"),
        "a quarter just ended is this year's (D2)"
    );
}

#[test]
fn d7_tet_from_the_table_of_lunar_years() {
    let doc = notice(
        "10/01/2024",
        "Các trường hoàn thành chi trả học bổng cho học sinh trước Tết Nguyên đán Giáp Thìn.\n\nCác đơn vị rà soát phương án trực bảo vệ trước khi nghỉ Tết.",
    );
    assert_eq!(due(directive(&doc, "học bổng")), Some("2024-02-09"));
    assert_eq!(due(directive(&doc, "trực bảo vệ")), Some("2024-02-09"));
}

#[test]
fn d8_a_heading_period_passes_to_its_items() {
    let doc = notice(
        "28/12/2018",
        "II. NHIỆM VỤ TRỌNG TÂM THÁNG 01 NĂM 2019\n\n1. Tăng cường kiểm tra nội bộ.\n\n2. Hoàn thành nhập điểm trước ngày 12/01.",
    );
    assert_eq!(due(directive(&doc, "kiểm tra nội bộ")), Some("2019-01-31"));
    assert_eq!(
        due(directive(&doc, "nhập điểm")),
        Some("2019-01-12"),
        "its own date wins"
    );
}

#[test]
fn d9_a_fronted_deadline_belongs_to_the_directive() {
    let doc = notice(
        "14/11/2019",
        "Trước ngày 25/11, các trường THCS gửi kế hoạch dạy bù về Phòng.",
    );
    let d = directive(&doc, "kế hoạch dạy bù");
    assert_eq!(owners(d), vec![("các trường THCS", LEAD, false)]);
    assert_eq!(due(d), Some("2019-11-25"));
}

#[test]
fn d10_a_deadline_in_the_next_sentence() {
    let doc = notice(
        "02/04/2026",
        "1. Phòng Giáo dục phổ thông:\n\n- Phối hợp với Trung tâm Y tế hướng dẫn phòng bệnh mùa hè cho học sinh. Thời hạn: trong tháng 5/2026.",
    );
    assert_eq!(
        due(directive(&doc, "phòng bệnh mùa hè")),
        Some("2026-05-31"),
        "the stated deadline, not the season (D16)"
    );
}

#[test]
fn d12_relative_deadlines() {
    // 09/4/2026 is a Thursday: five working days later is Thursday 16/4.
    let doc = notice(
        "09/04/2026",
        "Các đơn vị gửi báo cáo về Sở trong thời hạn 05 ngày làm việc kể từ ngày ban hành Thông báo này.\n\nHiệu trưởng Trường THCS Hòa Bình tổ chức họp kiểm điểm trong thời hạn 10 ngày kể từ ngày ký Thông báo này.\n\nGiáo viên Lê Văn An viết bản tường trình trong vòng 07 ngày kể từ ngày nhận được Thông báo này.",
    );
    assert_eq!(due(directive(&doc, "gửi báo cáo")), Some("2026-04-16"));
    assert_eq!(due(directive(&doc, "họp kiểm điểm")), Some("2026-04-19"));
    let received = directive(&doc, "bản tường trình");
    let deadline = received.deadline.as_ref().expect("a relative deadline");
    assert_eq!(
        (deadline.kind, deadline.due.as_deref()),
        (DeadlineKind::Relative, None)
    );
}

#[test]
fn d13_week_relative_deadlines() {
    // 14/11/2022 is a Monday.
    let doc = notice(
        "14/11/2022",
        "Các tổ chuyên môn nộp đề kiểm tra trong tuần này.\n\nBộ phận thiết bị kiểm kê phòng thí nghiệm trước thứ Sáu tuần sau.",
    );
    assert_eq!(due(directive(&doc, "nộp đề")), Some("2022-11-20"));
    assert_eq!(due(directive(&doc, "kiểm kê")), Some("2022-11-25"));
}

#[test]
fn d14_khai_giang_is_in_the_calendar() {
    let doc = notice(
        "02/08/2019",
        "Các trường hoàn thành sửa chữa phòng học trước ngày khai giảng năm học mới.",
    );
    assert_eq!(due(directive(&doc, "sửa chữa")), Some("2019-09-05"));
}

#[test]
fn d15_data_windows_are_not_deadlines() {
    let doc = notice(
        "01/11/2024",
        "Các trường cập nhật dữ liệu đội ngũ (số liệu tính đến ngày 31/10/2024); hoàn thành trước ngày 15/11/2024.\n\nCác phòng GD&ĐT rà soát giáo viên dôi dư (số liệu tính đến ngày 20/10/2024).",
    );
    assert_eq!(due(directive(&doc, "dữ liệu đội ngũ")), Some("2024-11-15"));
    assert_eq!(due(directive(&doc, "dôi dư")), None);
}

#[test]
fn d16_names_with_a_period_are_not_deadlines() {
    let doc = notice(
        "05/03/2026",
        "Các trường THPT tổ chức kiểm tra cuối học kỳ II đúng quy chế.\n\nCác trường chuẩn bị điều kiện tổ chức kỳ thi tốt nghiệp THPT năm 2026.",
    );
    assert_eq!(due(directive(&doc, "kiểm tra cuối")), None);
    assert_eq!(due(directive(&doc, "kỳ thi tốt nghiệp")), None);
}

#[test]
fn n4_permissions_are_not_directives() {
    let doc = notice(
        "12/03/2025",
        "Các trường có thể bố trí thêm tiết ôn tập vào buổi chiều.\n\nCác trường rà soát thời khóa biểu.",
    );
    no_directive(&doc, "có thể bố trí");
    directive(&doc, "thời khóa biểu");
}

#[test]
fn n5_the_issuers_commitments_are_not_directives() {
    let doc = notice(
        "12/03/2025",
        "Sở Giáo dục và Đào tạo sẽ thành lập đoàn kiểm tra công tác bán trú trong tháng 4/2025.\n\nVăn phòng Sở theo dõi, đôn đốc việc thực hiện Thông báo này.",
    );
    no_directive(&doc, "sẽ thành lập");
    assert_eq!(
        owners(directive(&doc, "đôn đốc việc")),
        vec![("Văn phòng Sở", LEAD, false)]
    );
}

#[test]
fn n6_closing_formulas_are_not_directives() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường rà soát hồ sơ.\n\nVăn phòng Sở thông báo để các đơn vị biết, thực hiện./.",
    );
    no_directive(&doc, "thông báo để");
    let doc = notice(
        "12/03/2025",
        "1. Các trường rà soát hồ sơ.\n\nĐề nghị thủ trưởng các đơn vị nghiêm túc thực hiện./.",
    );
    no_directive(&doc, "nghiêm túc thực hiện");
    // Contrast: a unit given the monitoring of the implementation ("việc thực hiện") is tasked,
    // even in the last item, closed with "./.".
    let doc = notice(
        "12/03/2025",
        "1. Các trường rà soát hồ sơ.\n\n2. Giao Văn phòng Sở theo dõi, đôn đốc việc thực hiện./.",
    );
    let d = directive(&doc, "theo dõi, đôn đốc");
    assert_eq!(owners(d), vec![("Văn phòng Sở", Role::Lead, false)]);
}

#[test]
fn n7_a_purpose_clause_gives_no_order() {
    let doc = notice(
        "12/03/2025",
        "Để chuẩn bị cho năm học mới, Giám đốc Sở yêu cầu các phòng GD&ĐT thực hiện các nội dung sau:\n\n1. Rà soát mạng lưới trường lớp.",
    );
    assert_eq!(
        owners(directive(&doc, "mạng lưới")),
        vec![("các phòng GD&ĐT", LEAD, true)]
    );
}

#[test]
fn n14_an_order_reported_in_the_past_is_still_an_order() {
    let doc = notice(
        "01/06/2020",
        "Tại buổi làm việc, Phó Giám đốc Sở đã yêu cầu Trường THCS Hòa Phú hoàn trả số tiền thu sai trước ngày 15/6/2020.\n\nCác trường đã tổ chức tốt lễ tổng kết năm học.",
    );
    let d = directive(&doc, "hoàn trả");
    assert_eq!(owners(d), vec![("Trường THCS Hòa Phú", LEAD, false)]);
    assert_eq!(due(d), Some("2020-06-15"));
    no_directive(&doc, "lễ tổng kết");
}

#[test]
fn n15_a_new_owner_inside_an_item_starts_a_new_directive() {
    let doc = notice(
        "12/03/2025",
        "1. Nhà trường sẽ tổ chức hội diễn văn nghệ vào ngày 18/11; các lớp chuẩn bị mỗi lớp 01 tiết mục.",
    );
    no_directive(&doc, "sẽ tổ chức");
    assert_eq!(
        owners(directive(&doc, "mỗi lớp 01 tiết mục")),
        vec![("các lớp", LEAD, false)]
    );
}

#[test]
fn l6_quoted_conclusions_read_as_unquoted() {
    let doc = notice(
        "12/04/2022",
        "Đồng chí Giám đốc Sở nhấn mạnh: “Các phòng GD&ĐT và các trường THPT phải hoàn thành chương trình trước ngày 25/5/2022.",
    );
    let d = directive(&doc, "hoàn thành chương trình");
    assert_eq!(
        owners(d),
        vec![
            ("Các phòng GD&ĐT", LEAD, false),
            ("các trường THPT", LEAD, false)
        ]
    );
    assert_eq!(due(d), Some("2022-05-25"));
}

#[test]
fn o20_a_topic_first_owner() {
    let doc = notice(
        "12/03/2025",
        "1. Đối với các trường PTDTBT: rà soát chế độ ăn bán trú cho học sinh.\n\n2. Đối với Phòng Giáo dục và Đào tạo: chỉ đạo các trường tiểu học tự đánh giá chất lượng.",
    );
    assert_eq!(
        owners(directive(&doc, "chế độ ăn")),
        vec![("các trường PTDTBT", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "tự đánh giá")),
        vec![
            ("Phòng Giáo dục và Đào tạo", LEAD, false),
            ("các trường tiểu học", LEAD, false)
        ]
    );
}

#[test]
fn n1_a_report_in_a_list_item_is_not_a_task() {
    let doc = notice(
        "12/03/2025",
        "1. Sau 2 năm thực hiện, Đề án đã được các địa phương triển khai đồng bộ.\n\n2. Rà soát đội ngũ giáo viên mầm non.",
    );
    no_directive(&doc, "triển khai đồng bộ");
    directive(&doc, "đội ngũ giáo viên");
}

#[test]
fn n8_a_participants_proposal_is_not_a_directive() {
    let doc = notice(
        "12/03/2025",
        "Tại hội nghị, hiệu trưởng một số trường THCS đề nghị Sở cho phép lùi lịch kiểm tra.\n\nCác trường rà soát kế hoạch kiểm tra.",
    );
    no_directive(&doc, "lùi lịch");
    directive(&doc, "rà soát kế hoạch");
}

#[test]
fn l11_a_flattened_table_gives_a_directive_per_row() {
    let doc = notice(
        "25/11/2019",
        "III. LỊCH CÔNG TÁC THÁNG 12/2019\n\nTT\tThời gian\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\n1\t02/12 - 06/12\tKiểm tra nề nếp dạy học tại các trường THCS\tPhòng GD&ĐT\tCác tổ chuyên môn\n2\tThường xuyên\tTheo dõi sĩ số học sinh\tCác trường\tTrạm Y tế xã",
    );
    let first = directive(&doc, "nề nếp dạy học");
    assert_eq!(
        owners(first),
        vec![
            ("Phòng GD&ĐT", LEAD, false),
            ("Các tổ chuyên môn", SUPPORT, false)
        ]
    );
    assert_eq!(due(first), Some("2019-12-06"));
    let second = directive(&doc, "sĩ số");
    assert_eq!(due(second), Some("2019-12-31"), "the table's period (D8)");
    assert_eq!(
        owners(second),
        vec![
            ("Các trường", LEAD, false),
            ("Trạm Y tế xã", SUPPORT, false)
        ]
    );
}

#[test]
fn n7_o9_a_basis_clause_and_the_addressees_of_a_cong_van() {
    let doc = ketluan::read(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 812/SGDĐT-GDTH\nV/v rà soát thiết bị dạy học lớp 5\n\nBắc Sơn, ngày 03 tháng 3 năm 2025\n\nKính gửi: Trưởng phòng Giáo dục và Đào tạo các huyện.\n\nThực hiện Công văn số 120/BGDĐT-GDTH ngày 20/02/2025 của Bộ, Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện một số nội dung sau:\n\n1. Rà soát thiết bị dạy học tối thiểu lớp 5.\n\n2. Không yêu cầu cha mẹ học sinh mua thêm thiết bị.\n",
    );
    for quote in ["thiết bị dạy học tối thiểu", "mua thêm thiết bị"] {
        assert_eq!(
            owners(directive(&doc, quote)),
            vec![("các đơn vị", LEAD, true)],
            "{quote}"
        );
    }
}

#[test]
fn n7_what_the_cited_document_asks_is_no_order_of_this_one() {
    let doc = notice(
        "12/03/2025",
        "Thực hiện Công văn số 415/BGDĐT-CSVC ngày 02/3/2025 của Bộ Giáo dục và Đào tạo, trong đó Bộ đề nghị các sở báo cáo tình hình thiết bị trước ngày 30/4/2025.\n\n1. Các trường THPT rà soát thiết bị dạy học, gửi báo cáo về Sở trước ngày 15/4/2025.",
    );
    no_directive(&doc, "tình hình thiết bị");
    let d = directive(&doc, "rà soát thiết bị");
    assert_eq!(owners(d), vec![("Các trường THPT", LEAD, false)]);
}

/// Issue 9, item 5: every suggestion carries the rule that made it and the words that
/// triggered it, in the JSON as `why`.
#[test]
fn every_suggestion_says_why() {
    use ketluan::document::{DatedFrom, Rule};
    let doc = notice(
        "12/03/2025",
        "1. Giao Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Văn phòng Sở lập dự toán trước ngày 20/3.\n\n2. Tổ chức tập huấn cho giáo viên.",
    );
    let d = directive(&doc, "lập dự toán");
    let why = |w: &Option<ketluan::document::Why>| {
        w.as_ref().map(|w| (w.rule, w.words.clone(), w.dated_from))
    };
    assert_eq!(
        why(&d.owners[0].why),
        Some((Rule::AfterRequest, Some("Giao".into()), None))
    );
    assert_eq!(
        why(&d.owners[1].why),
        Some((Rule::AfterPhoiHop, Some("phối hợp với".into()), None))
    );
    let deadline = d.deadline.as_ref().expect("deadline");
    assert_eq!(
        why(&deadline.why),
        Some((Rule::Day, Some("trước".into()), Some(DatedFrom::Issued)))
    );
    assert_eq!(why(&d.why).map(|w| w.0), Some(Rule::NamesOwner));
    let task = directive(&doc, "tập huấn");
    assert_eq!(
        why(&task.why),
        Some((Rule::Imperative, Some("Tổ chức".into()), None))
    );
    let json = doc.to_json();
    assert!(json.contains("\"why\""), "the JSON carries it");
    assert!(doc.directives.iter().all(|d| d.why.is_some()
        && d.owners.iter().all(|o| o.why.is_some())
        && d.deadline.as_ref().is_none_or(|x| x.why.is_some())));
}

#[test]
fn j7_a_list_item_wrapped_onto_a_capitalised_line_stays_one_item() {
    let doc = notice(
        "20/12/2017",
        "II. NHIỆM VỤ THÁNG 01 NĂM 2018\nTrưởng phòng yêu cầu các trường thực hiện các nội dung sau:\n1. Chuẩn bị chu đáo các điều kiện để giáo viên và học sinh đón Tết\nNguyên đán an toàn, tiết kiệm.\n2. Tăng cường kiểm tra nội bộ.",
    );
    assert!(directive(&doc, "đón Tết")
        .text
        .contains("Nguyên đán an toàn"));
    let second = directive(&doc, "kiểm tra nội bộ");
    assert_eq!(owners(second), vec![("các trường", LEAD, true)]);
    assert_eq!(due(second), Some("2018-01-31"), "the section goes on");
}

#[test]
fn d17_a_date_put_first_dates_an_event() {
    let doc = notice(
        "29/11/2021",
        "Ngày 26/11, Sở GD&ĐT có văn bản đề nghị các phòng GD&ĐT rà soát đội ngũ giáo viên.",
    );
    let d = directive(&doc, "rà soát đội ngũ");
    assert_eq!(owners(d), vec![("các phòng GD&ĐT", LEAD, false)]);
    assert_eq!(due(d), None);
}

#[test]
fn d12_a_relative_deadline_wins_over_a_past_period() {
    let doc = notice(
        "19/09/2025",
        "Hiệu trưởng Trường THPT Long Hòa phải giải trình về việc thu tiền học thêm trong hè, trong vòng 07 ngày kể từ ngày nhận được văn bản.",
    );
    let d = directive(&doc, "giải trình");
    let deadline = d.deadline.as_ref().expect("deadline");
    assert_eq!(
        (deadline.kind, deadline.due.as_deref()),
        (DeadlineKind::Relative, None)
    );
}

#[test]
fn n1_units_listed_in_a_report_are_not_owners() {
    let doc = notice(
        "12/03/2025",
        "1. Sau 2 năm, Đề án đã được các trường, chính quyền địa phương triển khai đồng bộ.\n\n2. Rà soát đội ngũ giáo viên.",
    );
    no_directive(&doc, "triển khai đồng bộ");
}

#[test]
fn o12_siblings_and_topic_headings_pass_nothing_down() {
    let doc = notice(
        "12/03/2025",
        "2. Công tác học sinh\n\n- Tuyệt đối không để học sinh sử dụng điện thoại trong giờ học.\n\n- Các lớp trưởng tập trung ôn luyện cho lớp.\n\n- Tổ chức kiểm tra nề nếp hằng tuần.",
    );
    assert_eq!(owners(directive(&doc, "điện thoại")), vec![]);
    assert_eq!(
        owners(directive(&doc, "nề nếp")),
        vec![],
        "a sibling's owner does not pass"
    );
}

#[test]
fn o13_a_continuation_inherits_the_owner_before_it() {
    let doc = notice(
        "01/06/2021",
        "Sở yêu cầu Phòng GD&ĐT thị xã rà soát các điểm trường lẻ. Đồng thời, báo cáo phương án sắp xếp trước ngày 20/6/2021.",
    );
    let d = directive(&doc, "phương án sắp xếp");
    assert!(owners(d)
        .iter()
        .any(|(n, r, _)| *n == "Phòng GD&ĐT thị xã" && *r == LEAD));
    assert_eq!(due(d), Some("2021-06-20"));
}

#[test]
fn o18_o22_audiences_objects_and_channels_are_not_owners() {
    let doc = notice(
        "12/03/2025",
        "1. Giao Phòng Giáo dục Trung học:\n\n- Tập huấn cho giáo viên chủ nhiệm các lớp 12 về tư vấn hướng nghiệp.\n\n- Hướng dẫn các trường THPT quyết toán kinh phí, gửi về Sở (qua Phòng Kế hoạch - Tài chính).",
    );
    assert_eq!(
        owners(directive(&doc, "tư vấn hướng nghiệp")),
        vec![("Phòng Giáo dục Trung học", LEAD, true)]
    );
    assert_eq!(
        owners(directive(&doc, "quyết toán kinh phí")),
        vec![("Phòng Giáo dục Trung học", LEAD, true)]
    );
}

#[test]
fn o23_a_collective_owner_as_written() {
    let doc = notice(
        "12/03/2025",
        "Toàn ngành tập trung nâng cao chất lượng giáo dục mũi nhọn.",
    );
    assert_eq!(
        owners(directive(&doc, "mũi nhọn")),
        vec![("Toàn ngành", LEAD, false)]
    );
}

/// O24, O6: a place written short with its dot inside a unit's name ("UBND TP. Hà Tĩnh",
/// "Phòng GD&ĐT TX. Kỳ Anh") is the name's, as written; before, the dot ended the sentence and
/// the directive was lost. A unit ends before "ôn thi" as before "ôn tập".
#[test]
fn o24_o6_a_place_written_short_with_its_dot_and_a_verb_of_revision() {
    let doc = notice(
        "12/03/2025",
        "1. UBND TP. Hà Tĩnh bố trí quỹ đất xây dựng trường mầm non.\n\n2. Phòng GD&ĐT TX. Kỳ Anh kiểm tra nề nếp dạy học.\n\n3. Các trường THPT ôn thi cho học sinh lớp 12 theo kế hoạch.",
    );
    assert_eq!(
        owners(directive(&doc, "quỹ đất")),
        vec![("UBND TP. Hà Tĩnh", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "nề nếp dạy học")),
        vec![("Phòng GD&ĐT TX. Kỳ Anh", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "học sinh lớp 12")),
        vec![("Các trường THPT", LEAD, false)]
    );
}

#[test]
fn o24_variant_spellings_are_kept_as_written() {
    let doc = notice(
        "12/03/2025",
        "Phòng Nội vụ chủ trì, phối hợp với Phòng GD & ĐT rà soát biên chế giáo viên.",
    );
    assert_eq!(
        owners(directive(&doc, "biên chế")),
        vec![
            ("Phòng Nội vụ", LEAD, false),
            ("Phòng GD & ĐT", SUPPORT, false)
        ]
    );
}

#[test]
fn r2_r4_r6_roles() {
    let doc = notice(
        "12/03/2025",
        "Trung tâm Y tế huyện tổ chức khám sức khỏe cho học sinh, với sự phối hợp của UBND các xã.\n\nPhòng GD&ĐT và Huyện đoàn phối hợp tổ chức các hoạt động hè cho học sinh.\n\nTrung tâm GDNN-GDTX hỗ trợ các trường THCS tổ chức ngày hội hướng nghiệp.",
    );
    assert_eq!(
        owners(directive(&doc, "khám sức khỏe")),
        vec![
            ("Trung tâm Y tế huyện", LEAD, false),
            ("UBND các xã", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "hoạt động hè")),
        vec![("Phòng GD&ĐT", LEAD, false), ("Huyện đoàn", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "ngày hội hướng nghiệp")),
        vec![("Trung tâm GDNN-GDTX", LEAD, false)]
    );
}

#[test]
fn d1_d3_d5_d6_days_months_years_and_terms() {
    let doc = notice(
        "08/11/2024",
        "Các trường nộp đề về Phòng trước 16h00 ngày 02/12/2024.\n\nCác trường tổ chức kiểm tra chéo từ ngày 10/12 đến ngày 20/12/2024.\n\nVăn phòng Sở báo cáo Giám đốc Sở trong tháng 12/2024.\n\nPhấn đấu đến hết năm 2025 có thêm 05 trường đạt chuẩn quốc gia.\n\nCác trường tổ chức dạy bù, bảo đảm hoàn thành chương trình học kỳ I.",
    );
    assert_eq!(due(directive(&doc, "nộp đề")), Some("2024-12-02"));
    assert_eq!(due(directive(&doc, "kiểm tra chéo")), Some("2024-12-20"));
    assert_eq!(due(directive(&doc, "báo cáo Giám đốc")), Some("2024-12-31"));
    assert_eq!(due(directive(&doc, "đạt chuẩn")), Some("2025-12-31"));
    assert_eq!(due(directive(&doc, "dạy bù")), Some("2025-01-15"));
}

#[test]
fn d18_recurring_and_urgent_wording_has_no_date() {
    let doc = notice(
        "12/03/2025",
        "Đoàn trường kiểm tra việc thực hiện nội quy hằng tuần.\n\nGiao Ban Tuyên giáo chủ trì, định kỳ 6 tháng báo cáo Ban Thường vụ.",
    );
    for quote in ["nội quy", "định kỳ 6 tháng"] {
        let d = directive(&doc, quote);
        assert_eq!(due(d), None, "{quote}");
        assert!(d
            .deadline
            .as_ref()
            .is_some_and(|x| x.kind == DeadlineKind::Recurring));
    }
}

#[test]
fn n2_n3_limitations_and_praise_are_not_directives() {
    let doc = notice(
        "12/03/2025",
        "Tuy nhiên, một số trường chưa thực hiện nghiêm việc công khai các khoản thu.\n\nGiám đốc Sở biểu dương các trường có nhiều học sinh đạt giải.\n\nGiám đốc Sở đồng ý về chủ trương; giao Phòng Giáo dục Trung học hướng dẫn các trường thực hiện.",
    );
    no_directive(&doc, "chưa thực hiện nghiêm");
    no_directive(&doc, "biểu dương");
    assert_eq!(
        owners(directive(&doc, "hướng dẫn các trường thực hiện")),
        vec![("Phòng Giáo dục Trung học", LEAD, false)]
    );
}

#[test]
fn n10_contact_lines_are_not_directives() {
    let doc = notice(
        "12/03/2025",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ Phòng Giáo dục Trung học để được hướng dẫn.",
    );
    no_directive(&doc, "liên hệ");
}

#[test]
fn n12_n13_prohibitions_and_conditions_are_directives() {
    let doc = notice(
        "12/03/2025",
        "Nghiêm cấm giáo viên tổ chức dạy thêm cho học sinh mình đang dạy.\n\nTrường hợp phát hiện học sinh bỏ học, nhà trường báo cáo ngay về Phòng.",
    );
    directive(&doc, "Nghiêm cấm");
    let d = directive(&doc, "bỏ học");
    assert_eq!(owners(d), vec![("nhà trường", LEAD, false)]);
}

#[test]
fn o16_two_directors_of_departments_with_commas_in_their_names() {
    let doc = notice(
        "12/03/2025",
        "Giám đốc Sở Văn hóa, Thể thao và Du lịch, Giám đốc Sở Y tế phối hợp tổ chức tập huấn sơ cấp cứu cho giáo viên thể dục.",
    );
    assert_eq!(
        owners(directive(&doc, "sơ cấp cứu")),
        vec![
            ("Giám đốc Sở Văn hóa, Thể thao và Du lịch", LEAD, false),
            ("Giám đốc Sở Y tế", LEAD, false)
        ]
    );
}

#[test]
fn o17_giao_a_named_official() {
    let doc = notice(
        "12/03/2025",
        "Giao đồng chí Hoàng Văn Bình, chuyên viên phụ trách công tác thi đua, tổng hợp hồ sơ khen thưởng.",
    );
    assert_eq!(
        owners(directive(&doc, "hồ sơ khen thưởng")),
        vec![("đồng chí Hoàng Văn Bình", LEAD, false)]
    );
}

#[test]
fn o20_n4_a_topic_that_is_not_a_unit_and_a_permission() {
    let doc = notice(
        "12/03/2025",
        "Đối với lớp 12, các trường có thể tổ chức ôn tập theo nhóm năng lực.",
    );
    no_directive(&doc, "ôn tập theo nhóm");
}

#[test]
fn o21_o10_an_agentless_item_inherits_the_opening_owners() {
    let doc = notice(
        "20/01/2017",
        "Giám đốc Sở yêu cầu các phòng GD&ĐT và các trường THPT thực hiện tốt các nội dung sau:\n\na) Việc thu, chi các khoản đóng góp tự nguyện phải được công khai.",
    );
    assert_eq!(
        owners(directive(&doc, "đóng góp tự nguyện")),
        vec![
            ("các phòng GD&ĐT", LEAD, true),
            ("các trường THPT", LEAD, true)
        ]
    );
}

#[test]
fn o25_units_after_the_2025_reform() {
    let doc = notice(
        "10/10/2025",
        "UBND các xã, phường chỉ đạo Phòng Văn hóa - Xã hội và các trường mầm non, tiểu học, THCS trên địa bàn rà soát số trẻ trong độ tuổi.",
    );
    assert_eq!(
        owners(directive(&doc, "số trẻ")),
        vec![
            ("UBND các xã, phường", LEAD, false),
            ("Phòng Văn hóa - Xã hội", LEAD, false),
            (
                "các trường mầm non, tiểu học, THCS trên địa bàn",
                LEAD,
                false
            )
        ]
    );
}

#[test]
fn d8_a_lead_in_period_passes_to_each_segment() {
    let doc = notice(
        "05/09/2019",
        "Trong tháng 9/2019, Trưởng phòng đề nghị các trường tập trung: ổn định nề nếp; rà soát sĩ số; kiện toàn tổ chuyên môn.",
    );
    for quote in ["ổn định nề nếp", "rà soát sĩ số", "kiện toàn tổ chuyên môn"]
    {
        assert_eq!(due(directive(&doc, quote)), Some("2019-09-30"), "{quote}");
    }
}

#[test]
fn d9_a_fronted_summer() {
    let doc = notice(
        "20/05/2017",
        "Trong hè 2017, Trưởng phòng GD&ĐT các huyện chỉ đạo các trường tiểu học sửa chữa phòng học.",
    );
    let d = directive(&doc, "sửa chữa phòng học");
    assert_eq!(due(d), Some("2017-08-31"));
    assert_eq!(
        owners(d),
        vec![
            ("Trưởng phòng GD&ĐT các huyện", LEAD, false),
            ("các trường tiểu học", LEAD, false)
        ]
    );
}

#[test]
fn d14_d16_events_and_names_give_no_date_but_targets_do() {
    let doc = notice(
        "05/11/2024",
        "Các phòng GD&ĐT tổng hợp kết quả, báo cáo tại Hội nghị giao ban tháng 11.\n\nPhòng Kế hoạch - Tài chính xây dựng dự toán kinh phí hợp đồng giáo viên năm 2025.\n\nCác phòng GD&ĐT bảo đảm hoàn thành chỉ tiêu phổ cập năm 2024.",
    );
    assert_eq!(due(directive(&doc, "tổng hợp kết quả")), None);
    assert_eq!(due(directive(&doc, "dự toán kinh phí")), None);
    assert_eq!(due(directive(&doc, "chỉ tiêu phổ cập")), Some("2024-12-31"));
}

#[test]
fn n11_targets_given_to_a_sector_are_tasks() {
    let doc = notice(
        "15/09/2021",
        "Đồng chí Bí thư Huyện ủy giao các chỉ tiêu sau cho ngành giáo dục năm học 2021 - 2022:\n\n1. Tỷ lệ học sinh lớp 9 tốt nghiệp THCS đạt 99,5%.",
    );
    let d = directive(&doc, "tốt nghiệp THCS");
    assert_eq!(owners(d), vec![("ngành giáo dục", LEAD, true)]);
    assert_eq!(due(d), Some("2022-05-31"));
}

/// N11: a list item that sets a target with its time and no verb of its own ("Đến hết năm
/// 2025, 100% trường học có camera giám sát.", "… tỷ lệ trẻ 5 tuổi ra lớp đạt 99,5%") is a
/// task, dated; the same figures under a year gone by, or said done, report (N1).
#[test]
fn n11_a_target_with_its_time_in_a_list_of_conclusions_is_a_task() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường rà soát hồ sơ phổ cập.\n\n2. Đến hết năm 2025, 100% trường học có camera giám sát.\n\n3. Đến ngày 31/5/2025, tỷ lệ trẻ em 5 tuổi ra lớp đạt 99,5%.\n\n4. Năm 2024, 100% trường học có nhà vệ sinh đạt chuẩn.\n\n5. Đến nay, 95% phòng học đã được kiên cố hóa.",
    );
    assert_eq!(due(directive(&doc, "camera giám sát")), Some("2025-12-31"));
    assert_eq!(due(directive(&doc, "trẻ em 5 tuổi")), Some("2025-05-31"));
    no_directive(&doc, "nhà vệ sinh đạt chuẩn");
    no_directive(&doc, "kiên cố hóa");
}

#[test]
fn n5_n6_n14_commitments_closings_and_done_orders() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường rà soát hồ sơ.\n\nThời gian tới, Sở sẽ tăng cường kiểm tra đột xuất.\n\nSở đã chỉ đạo các trường tổ chức thành công lễ khai giảng.\n\nTrên đây là kết luận của Giám đốc Sở tại hội nghị.",
    );
    no_directive(&doc, "kiểm tra đột xuất");
    no_directive(&doc, "thành công lễ khai giảng");
    no_directive(&doc, "Trên đây là");
}

#[test]
fn r5_a_bullet_opening_with_chu_tri_under_a_heading_owner() {
    let doc = notice(
        "15/03/2023",
        "2. Giao Sở Giáo dục và Đào tạo:\n\na) Chủ trì, phối hợp với Công an tỉnh, Sở Y tế xây dựng phương án tổ chức kỳ thi.",
    );
    assert_eq!(
        owners(directive(&doc, "phương án tổ chức kỳ thi")),
        vec![
            ("Công an tỉnh", SUPPORT, false),
            ("Sở Y tế", SUPPORT, false),
            ("Sở Giáo dục và Đào tạo", LEAD, true)
        ]
    );
}

#[test]
fn o3_a_chain_after_a_modal() {
    let doc = notice(
        "15/03/2023",
        "UBND các huyện, thị xã, thành phố có trách nhiệm chỉ đạo các cơ quan chức năng bảo đảm an ninh trật tự tại các điểm thi.",
    );
    assert_eq!(
        owners(directive(&doc, "an ninh trật tự")),
        vec![
            ("UBND các huyện, thị xã, thành phố", LEAD, false),
            ("các cơ quan chức năng", LEAD, false)
        ]
    );
}

#[test]
fn o4_a_company_asked_sideways() {
    let doc = notice(
        "15/03/2023",
        "Đề nghị Công ty Điện lực Quảng Nam bảo đảm cung cấp điện liên tục trong thời gian diễn ra kỳ thi.",
    );
    assert_eq!(
        owners(directive(&doc, "cung cấp điện")),
        vec![("Công ty Điện lực Quảng Nam", LEAD, false)]
    );
}

#[test]
fn j12_lists_numbered_with_slashes_and_dashes() {
    let doc = notice(
        "07/11/2022",
        "I/- Công tác chuyên môn\n1- Các tổ chuyên môn nộp kế hoạch dạy học trước thứ Sáu tuần này.\nII/- Công tác khác\na/ Nhà trường sẽ tổ chức kỷ niệm Ngày Nhà giáo Việt Nam vào sáng 19/11.\nb/ Các lớp nộp danh sách văn nghệ về Đoàn trường trước ngày 12/11.",
    );
    let plan = directive(&doc, "kế hoạch dạy học");
    assert_eq!(owners(plan), vec![("Các tổ chuyên môn", LEAD, false)]);
    assert_eq!(due(plan), Some("2022-11-11"));
    no_directive(&doc, "sẽ tổ chức kỷ niệm");
    assert_eq!(
        due(directive(&doc, "danh sách văn nghệ")),
        Some("2022-11-12")
    );
}

#[test]
fn o20_a_topic_then_a_comma_and_its_task() {
    let doc = notice(
        "20/05/2024",
        "Về phía các trường THPT, cần công khai chỉ tiêu tuyển sinh trước ngày 25/5.\n\nĐối với các phòng GD&ĐT, phải hoàn thành tuyển sinh lớp 6 đến ngày 31/7/2024.",
    );
    assert_eq!(
        owners(directive(&doc, "chỉ tiêu tuyển sinh")),
        vec![("các trường THPT", LEAD, false)]
    );
    let d = directive(&doc, "tuyển sinh lớp 6");
    assert_eq!(owners(d), vec![("các phòng GD&ĐT", LEAD, false)]);
    assert_eq!(due(d), Some("2024-07-31"));
}

#[test]
fn o6_lanh_dao_as_a_verb_ends_a_party_body() {
    let doc = notice(
        "12/09/2024",
        "Các chi bộ trường học lãnh đạo thực hiện tốt nhiệm vụ năm học.",
    );
    assert_eq!(
        owners(directive(&doc, "nhiệm vụ năm học")),
        vec![("Các chi bộ trường học", LEAD, false)]
    );
}

#[test]
fn d1_d10_more_ways_to_write_a_day() {
    let doc = notice(
        "02/04/2024",
        "1. Phòng Tổ chức cán bộ xây dựng đề án vị trí việc làm. Thời hạn hoàn thành: 15/4/2024.\n\n2. Các phòng GD&ĐT gửi báo cáo muộn nhất ngày 20/4.\n\n3. Các đơn vị nộp sáng kiến, hạn chót nộp là 10/10/2024.\n\n4. Các trường THPT hoàn thành xong hồ sơ kiểm định trước 30/6/2024.",
    );
    assert_eq!(due(directive(&doc, "vị trí việc làm")), Some("2024-04-15"));
    assert_eq!(due(directive(&doc, "muộn nhất")), Some("2024-04-20"));
    assert_eq!(due(directive(&doc, "sáng kiến")), Some("2024-10-10"));
    assert_eq!(due(directive(&doc, "hồ sơ kiểm định")), Some("2024-06-30"));
}

#[test]
fn l9_o17_a_heading_addressed_to_a_person_with_her_title() {
    let doc = notice(
        "20/10/2023",
        "II. KIẾN NGHỊ, YÊU CẦU\n\n1. Đối với bà Phạm Thị Mai, kế toán nhà trường:\n\n- Bổ sung đầy đủ sổ sách kế toán trước ngày 15/11/2023.",
    );
    let d = directive(&doc, "sổ sách kế toán");
    assert_eq!(owners(d), vec![("bà Phạm Thị Mai", LEAD, true)]);
    assert_eq!(due(d), Some("2023-11-15"));
}

#[test]
fn n3_n4_agreeing_to_a_request_is_no_order() {
    let doc = notice(
        "12/06/2024",
        "Trước đề nghị của một số trường, Sở đồng ý cho các trường điều chỉnh kế hoạch hoạt động hè.\n\nCác trường báo cáo kết quả về Sở trước ngày 30/6.",
    );
    no_directive(&doc, "điều chỉnh kế hoạch");
    assert_eq!(due(directive(&doc, "báo cáo kết quả")), Some("2024-06-30"));
}

#[test]
fn h3_o7_o18_a_notice_pasted_without_blank_lines() {
    let doc = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 45/TB-GDĐT\nHải Châu, ngày 03 tháng 10 năm 2023\nTHÔNG BÁO\nKết luận của Trưởng phòng tại Hội nghị hiệu trưởng tháng 10 năm 2023\nTrưởng phòng kết luận như sau:\n1. Các trường mầm non, tiểu học, THCS công lập và ngoài công lập trên địa bàn quận rà soát dữ liệu học sinh trước ngày 15/10/2023.\n2. Giao chuyên viên phụ trách tiểu học theo dõi, đôn đốc việc thực hiện.\n",
    );
    assert_eq!(
        doc.fields.subject.as_deref(),
        Some("Kết luận của Trưởng phòng tại Hội nghị hiệu trưởng tháng 10 năm 2023")
    );
    assert_eq!(
        owners(directive(&doc, "dữ liệu học sinh")),
        vec![(
            "Các trường mầm non, tiểu học, THCS công lập và ngoài công lập trên địa bàn quận",
            LEAD,
            false
        )]
    );
    assert_eq!(
        owners(directive(&doc, "đôn đốc việc thực hiện")),
        vec![("chuyên viên phụ trách tiểu học", LEAD, false)]
    );
}

#[test]
fn h4_a_news_report_with_no_date_line_dates_its_deadlines_from_its_lead() {
    // A portal page that prints no date line: the headline sits right above the lead paragraph
    // that dates the meeting, which then resolves the yearless deadlines; the headline is the
    // subject, not a task, and the meeting's report is not a task either.
    let doc = ketluan::read(
        "Trang chủ | Giới thiệu | Tin tức\nPhòng GD&ĐT huyện Cư Kuin họp bàn công tác bồi dưỡng học sinh giỏi\nNgày 14/3/2022, Phòng GD&ĐT huyện Cư Kuin tổ chức cuộc họp với hiệu trưởng các trường THCS. Đồng chí Hà Văn Tâm, Trưởng phòng chủ trì cuộc họp.\nKết luận cuộc họp, Trưởng phòng yêu cầu các trường THCS gửi danh sách đội tuyển về Phòng trước ngày 25/3.\nLượt xem: 87\n",
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2022-03-14"));
    assert_eq!(
        doc.fields.subject.as_deref(),
        Some("Phòng GD&ĐT huyện Cư Kuin họp bàn công tác bồi dưỡng học sinh giỏi")
    );
    let d = directive(&doc, "gửi danh sách đội tuyển");
    assert_eq!(owners(d), vec![("các trường THCS", Role::Lead, false)]);
    assert_eq!(due(d), Some("2022-03-25"));
    no_directive(&doc, "họp bàn công tác");
    no_directive(&doc, "tổ chức cuộc họp");
}

/// H4, L5: the headline copied alone above its dated lead, at the very top of the paste (no
/// menu, no date line), is still the subject and the lead still the meeting; before, both were
/// read as directives and the notice had no header.
#[test]
fn h4_l5_a_headline_copied_at_the_top_above_its_dated_lead() {
    let doc = ketluan::read(
        "Ngành giáo dục huyện Phù Cát triển khai nhiệm vụ năm học mới\nNgày 21/8/2013, Phòng GD&ĐT huyện Phù Cát tổ chức hội nghị triển khai nhiệm vụ năm học 2013-2014.\nPhát biểu kết luận, ông Lê Văn Tư, Trưởng phòng yêu cầu các trường hoàn thành tuyển sinh đầu cấp trước ngày 30/8.\nVăn Sơn\n",
    );
    assert_eq!(
        doc.fields.subject.as_deref(),
        Some("Ngành giáo dục huyện Phù Cát triển khai nhiệm vụ năm học mới")
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2013-08-21"));
    no_directive(&doc, "triển khai nhiệm vụ năm học mới");
    no_directive(&doc, "tổ chức hội nghị");
    assert_eq!(
        due(directive(&doc, "tuyển sinh đầu cấp")),
        Some("2013-08-30")
    );
}

/// O5, O8: a directing verb right before a colon ("Đồng chí X đã chỉ đạo: ngành giáo dục cần
/// …; các trường phải …") gives the conclusions, as "kết luận:" does: the one named says them
/// and owns none; who is told is read after the colon. Before, the speaker by name was the owner.
#[test]
fn o5_o8_a_directing_verb_before_a_colon_gives_the_conclusions() {
    let doc = notice(
        "12/03/2025",
        "Tại hội nghị, đồng chí Trần Minh Khoa, Phó Chủ tịch UBND huyện đã chỉ đạo: ngành giáo dục cần nâng cao chất lượng mũi nhọn; các trường phải giảm tỷ lệ học sinh bỏ học.",
    );
    assert_eq!(
        owners(directive(&doc, "chất lượng mũi nhọn")),
        vec![("ngành giáo dục", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "học sinh bỏ học")),
        vec![("các trường", LEAD, false)]
    );
}

/// D18, D16: "đánh giá thường xuyên" and "đánh giá định kỳ" name the two kinds of assessment
/// of Thông tư 27, not how often the task is done: no recurring deadline (issue 9 counts such a
/// deadline where the gold has none as a false one). "kiểm tra thường xuyên việc …" still
/// recurs.
#[test]
fn d18_d16_the_two_kinds_of_assessment_are_names() {
    let doc = notice(
        "12/03/2025",
        "1. Hiệu trưởng các trường tiểu học chỉ đạo giáo viên lớp 4 thực hiện đánh giá thường xuyên theo Thông tư 27/2020/TT-BGDĐT.\n\n2. Tổ chuyên môn kiểm tra thường xuyên việc ghi sổ đầu bài.",
    );
    assert!(directive(&doc, "lớp 4").deadline.is_none());
    assert!(directive(&doc, "sổ đầu bài").deadline.is_some());
}

/// H6: a news page copied without any date of its own, whose lead dates the meeting by day and
/// month only, takes the year from the year its lead names — the school year ("học kỳ II năm
/// học 2023-2024": March is in 2024) or a year written out ("tháng 4-2024") — and its yearless
/// deadlines resolve from the meeting. A document's number ("Công văn 2050/UBND") is no year.
#[test]
fn h6_a_pages_meeting_day_takes_its_year_from_the_year_its_lead_names() {
    let read = |lead: &str| {
        ketluan::read(&format!(
            "Phòng GD&ĐT huyện Yên Thế giao ban tháng 3\n{lead}\nKết luận giao ban, Trưởng phòng yêu cầu các trường hoàn thành kiểm tra nội bộ trước ngày 30/3.\n"
        ))
    };
    let doc = read("Ngày 12/3, Phòng GD&ĐT huyện Yên Thế tổ chức giao ban triển khai nhiệm vụ học kỳ II năm học 2023-2024.");
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2024-03-12"));
    assert_eq!(due(directive(&doc, "kiểm tra nội bộ")), Some("2024-03-30"));
    let doc = read("Sáng 12-3, Phòng GD&ĐT huyện Yên Thế tổ chức giao ban tháng 3 và triển khai nhiệm vụ tháng 4-2025.");
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2025-03-12"));
    let doc = read("Ngày 12/3, Phòng GD&ĐT huyện Yên Thế tổ chức giao ban triển khai Công văn 2050/UBND-VX của UBND huyện.");
    assert_eq!(doc.fields.meeting_date, None);
}

#[test]
fn d18_a_recurring_word_that_describes_pupils_is_no_deadline() {
    let doc = notice(
        "12/03/2025",
        "Yêu cầu giáo viên chủ nhiệm quan tâm, động viên học sinh thường xuyên vắng học.\n\nPhòng Giáo dục và Đào tạo phối hợp với Công an huyện rà soát học sinh hay bỏ học, học sinh thường xuyên đi học muộn.\n\nGiáo viên chủ nhiệm thường xuyên kiểm tra vở ghi của học sinh.",
    );
    for quote in ["động viên học sinh", "rà soát học sinh"] {
        let d = directive(&doc, quote);
        assert!(d.deadline.is_none(), "{quote}: {:?}", d.deadline);
    }
    // Before the task's verb, the same word says how often the task is done.
    let d = directive(&doc, "kiểm tra vở ghi");
    assert!(d
        .deadline
        .as_ref()
        .is_some_and(|x| x.kind == DeadlineKind::Recurring));
}

#[test]
fn o3_a_party_committee_leads_and_directs_the_body_under_it() {
    let doc = notice(
        "20/10/2022",
        "1. Ban cán sự Đảng UBND huyện lãnh đạo, chỉ đạo UBND huyện ban hành kế hoạch sắp xếp trường lớp trong quý I năm 2023.\n\n2. Đề nghị lãnh đạo các trường rà soát đội ngũ giáo viên.",
    );
    let d = directive(&doc, "ban hành kế hoạch");
    assert_eq!(
        owners(d),
        vec![
            ("Ban cán sự Đảng UBND huyện", LEAD, false),
            ("UBND huyện", LEAD, false)
        ]
    );
    // "lãnh đạo" alone is a noun: the schools' leaders own the task.
    let d = directive(&doc, "rà soát đội ngũ");
    assert_eq!(owners(d), vec![("lãnh đạo các trường", LEAD, false)]);
}

#[test]
fn o17_an_appositive_title_not_closed_by_a_comma() {
    let doc = notice(
        "12/03/2025",
        "Ông Đỗ Minh Khoa, thủ quỹ nhà trường phải nộp lại sổ quỹ tiền mặt, chứng từ thu chi về Phòng.\n\nBà Vũ Thị Mai, Tổ trưởng tổ Ngữ văn chịu trách nhiệm duyệt đề kiểm tra trước ngày 20/3/2025.",
    );
    assert_eq!(
        owners(directive(&doc, "sổ quỹ tiền mặt")),
        vec![("Ông Đỗ Minh Khoa", LEAD, false)]
    );
    let d = directive(&doc, "duyệt đề kiểm tra");
    assert_eq!(owners(d), vec![("Bà Vũ Thị Mai", LEAD, false)]);
    assert_eq!(due(d), Some("2025-03-20"));
}

#[test]
fn o6_a_unit_phrase_ends_at_an_adverb_of_manner_before_its_verb() {
    let doc = notice(
        "12/03/2025",
        "Tổ Kế hoạch - Tài chính trực tiếp hướng dẫn các trường lập dự toán.\n\nGiáo viên trực tiếp giảng dạy phải tham gia bồi dưỡng thường xuyên.",
    );
    assert_eq!(
        owners(directive(&doc, "lập dự toán")),
        vec![("Tổ Kế hoạch - Tài chính", LEAD, false)]
    );
    // A role noun keeps its "trực tiếp giảng dạy" (no predicate right after the adverb).
    assert_eq!(
        owners(directive(&doc, "tham gia bồi dưỡng")),
        vec![("Giáo viên trực tiếp giảng dạy", LEAD, false)]
    );
}

#[test]
fn n3_praise_by_the_meeting_body_is_no_task() {
    let doc = notice(
        "12/03/2025",
        "Ban Thường vụ Thị ủy đánh giá cao sự nỗ lực của đội ngũ nhà giáo trong năm học qua.\n\nHội nghị ghi nhận kết quả phổ cập giáo dục của các xã.\n\nCác trường rà soát đội ngũ giáo viên trong tháng 4/2025.",
    );
    no_directive(&doc, "đánh giá cao");
    no_directive(&doc, "ghi nhận kết quả");
    assert_eq!(
        owners(directive(&doc, "rà soát đội ngũ")),
        vec![("Các trường", LEAD, false)]
    );
}

#[test]
fn n3_o2_a_request_joined_to_praise_is_an_order_of_whom_it_names() {
    let doc = notice(
        "12/03/2025",
        "UBND huyện ghi nhận kết quả phổ cập giáo dục và yêu cầu Phòng Văn hóa - Xã hội rà soát số trẻ 5 tuổi trong tháng 4/2025.\n\nÔng Lê Quang Vinh đánh giá cao sự chủ động của các trường, nhưng đề nghị các trường THCS tăng cường ôn thi cho học sinh lớp 9.\n\nSở ghi nhận các đề nghị của các trường vùng khó.",
    );
    let d = directive(&doc, "rà soát số trẻ");
    assert_eq!(owners(d), vec![("Phòng Văn hóa - Xã hội", LEAD, false)]);
    assert_eq!(due(d), Some("2025-04-30"));
    assert_eq!(
        owners(directive(&doc, "ôn thi")),
        vec![("các trường THCS", LEAD, false)]
    );
    // A request named as a thing praised or noted asks nothing.
    no_directive(&doc, "các đề nghị");
}

#[test]
fn l3_o3_r2_a_party_group_and_the_inspection_commission_are_units() {
    let doc = notice(
        "22/08/2023",
        "1. Đảng đoàn HĐND thị xã lãnh đạo HĐND thị xã bố trí kinh phí sửa chữa trường học năm 2024.\n\n2. Giao Ban Dân vận Thị ủy chủ trì, phối hợp với Ủy ban kiểm tra Thị ủy giám sát việc thu, chi đầu năm học.",
    );
    assert_eq!(
        owners(directive(&doc, "sửa chữa trường học")),
        vec![
            ("Đảng đoàn HĐND thị xã", LEAD, false),
            ("HĐND thị xã", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "giám sát việc thu")),
        vec![
            ("Ban Dân vận Thị ủy", LEAD, false),
            ("Ủy ban kiểm tra Thị ủy", SUPPORT, false)
        ]
    );
}

#[test]
fn o3_a_party_committee_leads_the_body_it_is_over() {
    let doc = notice(
        "12/03/2025",
        "Đảng ủy xã Tân Phú lãnh đạo UBND xã chỉ đạo các trường trên địa bàn vận động học sinh ra lớp.\n\nCán bộ lãnh đạo các trường phải gương mẫu chấp hành quy định.",
    );
    assert_eq!(
        owners(directive(&doc, "vận động học sinh")),
        vec![
            ("Đảng ủy xã Tân Phú", LEAD, false),
            ("UBND xã", LEAD, false),
            ("các trường trên địa bàn", LEAD, false)
        ]
    );
    // Without a name before it, "lãnh đạo" stays part of a role noun.
    let d = directive(&doc, "gương mẫu");
    assert!(
        !owners(d).iter().any(|o| o.0 == "Cán bộ"),
        "{:?}",
        owners(d)
    );
}

#[test]
fn o16_communes_and_towns_are_one_collective_unit() {
    let doc = notice(
        "12/03/2025",
        "Trung tâm Y tế huyện phối hợp với các xã, thị trấn tổ chức tiêm chủng cho trẻ.\n\nCác trường phối hợp với các thôn, bản, tổ dân phố vận động trẻ ra lớp.",
    );
    assert_eq!(
        owners(directive(&doc, "tiêm chủng")),
        vec![
            ("Trung tâm Y tế huyện", LEAD, false),
            ("các xã, thị trấn", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "vận động trẻ")),
        vec![
            ("Các trường", LEAD, false),
            ("các thôn, bản, tổ dân phố", SUPPORT, false)
        ]
    );
}

/// A news page (L5): headline, posting date, dated lead paragraph, quoted speech.
fn news_page(body: &str) -> Document {
    ketluan::read(&format!(
        "Kiểm tra công tác chuẩn bị năm học mới tại huyện Đồng Xuân\n20/08/2024 09:15\n{body}\nThu Trang\n"
    ))
}

#[test]
fn h6_an_order_at_the_end_of_the_dated_lead_paragraph() {
    let doc = news_page(
        "Ngày 19/8/2024, đoàn công tác của Sở GD&ĐT do Phó Giám đốc Sở làm trưởng đoàn đã kiểm tra tại 4 trường học; đoàn đề nghị các nhà trường hoàn thành sửa chữa phòng học trước ngày khai giảng.\nTheo báo cáo, các trường đã cơ bản hoàn thành công tác tuyển sinh.",
    );
    let d = directive(&doc, "sửa chữa phòng học");
    assert_eq!(owners(d), vec![("các nhà trường", LEAD, false)]);
    assert_eq!(due(d), Some("2024-09-05"));
    // The opening account (who inspected what) is no task.
    no_directive(&doc, "đã kiểm tra");
    no_directive(&doc, "công tác tuyển sinh");
}

#[test]
fn l6_quoted_speech_on_a_news_page_names_its_owner() {
    let doc = news_page(
        "Ngày 19/8/2024, đoàn công tác của Sở GD&ĐT đã kiểm tra tiến độ xây dựng tại 3 trường.\n\"Các chủ đầu tư phải giám sát chặt chẽ chất lượng công trình\", Phó Giám đốc Sở nhấn mạnh.",
    );
    assert_eq!(
        owners(directive(&doc, "giám sát chặt chẽ")),
        vec![("Các chủ đầu tư", LEAD, false)]
    );
}

#[test]
fn o17_an_honorific_before_a_title_names_its_holder() {
    let doc = notice(
        "12/03/2025",
        "1. Thầy Phó Hiệu trưởng phụ trách chuyên môn duyệt kế hoạch dạy học của các tổ.\n\n2. Cô Tổng phụ trách Đội tổ chức Hội trại mừng Xuân.\n\n3. Giao đồng chí Phó Giám đốc Lê Quang Vinh kiểm tra công tác bán trú.",
    );
    assert_eq!(
        owners(directive(&doc, "duyệt kế hoạch")),
        vec![("Thầy Phó Hiệu trưởng phụ trách chuyên môn", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "Hội trại")),
        vec![("Cô Tổng phụ trách Đội", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "công tác bán trú")),
        vec![("đồng chí Phó Giám đốc Lê Quang Vinh", LEAD, false)]
    );
}

/// O16: the districts said the short way ("các huyện, thành, thị", "các huyện, thị, thành")
/// are one collective unit, as "các huyện, thị xã, thành phố" is.
#[test]
fn o16_districts_towns_and_cities_said_the_short_way_are_one_unit() {
    let doc = notice(
        "12/03/2025",
        "Giao Sở Tài chính chủ trì, phối hợp với UBND các huyện, thành, thị rà soát kinh phí sửa chữa trường lớp.\n\nPhòng GD&ĐT các huyện, thị, thành báo cáo số liệu về Sở trước ngày 20/3/2025.",
    );
    assert_eq!(
        owners(directive(&doc, "rà soát kinh phí")),
        vec![
            ("Sở Tài chính", LEAD, false),
            ("UBND các huyện, thành, thị", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "báo cáo số liệu")),
        vec![("Phòng GD&ĐT các huyện, thị, thành", LEAD, false)]
    );
}

#[test]
fn o16_the_staff_of_a_school_named_together() {
    let doc = notice(
        "12/03/2025",
        "Toàn thể cán bộ, giáo viên, nhân viên nhà trường thực hiện nghiêm quy định về đạo đức nhà giáo.",
    );
    assert_eq!(
        owners(directive(&doc, "đạo đức nhà giáo")),
        vec![(
            "Toàn thể cán bộ, giáo viên, nhân viên nhà trường",
            LEAD,
            false
        )]
    );
}

#[test]
fn o7_a_report_about_the_subject_before_its_modal_qualifies_it() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường mầm non chưa hoàn thành kiểm định chất lượng cần hoàn thành hồ sơ trước ngày 30/4/2025.\n\n2. Các trường đã được cấp kinh phí sửa chữa phải quyết toán trong tháng 6/2025.\n\n3. Các trường còn lại đang khẩn trương thi công.",
    );
    let d = directive(&doc, "hoàn thành hồ sơ");
    assert_eq!(
        owners(d),
        vec![(
            "Các trường mầm non chưa hoàn thành kiểm định chất lượng",
            LEAD,
            false
        )]
    );
    assert_eq!(due(d), Some("2025-04-30"));
    assert_eq!(
        owners(directive(&doc, "quyết toán")),
        vec![("Các trường đã được cấp kinh phí sửa chữa", LEAD, false)]
    );
    no_directive(&doc, "khẩn trương thi công");
}

/// J8, L11: a page number between two rows of a table copied from a PDF or Word ("2", "Trang
/// 2", with or without blank lines) is the page's; the rows after it stay the table's. Before,
/// the table ended at the page number and its next rows were lost.
#[test]
fn j8_l11_a_table_goes_on_over_a_page_number() {
    for page in ["2", "Trang 2", "\n- 2 -\n"] {
        let doc = notice(
            "20/02/2023",
            &format!("TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n1\tRà soát thiết bị dạy học lớp 4\tPhòng KHTC\tPhòng GDTH\tTrước 30/4/2023\n{page}\n2\tKiểm tra công tác tuyển sinh đầu cấp\tThanh tra Sở\tCác phòng chuyên môn\tTháng 7/2023"),
        );
        let d = directive(&doc, "tuyển sinh đầu cấp");
        assert_eq!(
            owners(d),
            vec![
                ("Thanh tra Sở", LEAD, false),
                ("Các phòng chuyên môn", SUPPORT, false)
            ],
            "after «{page}»"
        );
        assert_eq!(due(d), Some("2023-07-31"), "after «{page}»");
    }
}

#[test]
fn l11_every_piece_of_a_units_cell_is_a_unit() {
    let doc = notice(
        "12/03/2025",
        "LỊCH CÔNG TÁC THÁNG 4/2025\nTT\tNội dung\tĐơn vị thực hiện\tThời gian\n1\tKiểm tra bếp ăn bán trú\tBộ phận Mầm non; Y tế trường học\t15/4\n2\tTập huấn phòng cháy\tCác trường, Đội Cảnh sát PCCC huyện\t20/4",
    );
    let d = directive(&doc, "bếp ăn bán trú");
    assert_eq!(
        owners(d),
        vec![
            ("Bộ phận Mầm non", LEAD, false),
            ("Y tế trường học", LEAD, false)
        ]
    );
    assert_eq!(due(d), Some("2025-04-15"));
    assert_eq!(
        owners(directive(&doc, "phòng cháy")),
        vec![
            ("Các trường", LEAD, false),
            ("Đội Cảnh sát PCCC huyện", LEAD, false)
        ]
    );
}

#[test]
fn d16_a_plan_named_with_its_year_is_no_deadline_unless_fulfilled() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường xây dựng Kế hoạch năm 2026 của đơn vị, gửi về Phòng.\n\n2. Các trường phấn đấu hoàn thành kế hoạch năm 2025 được giao.",
    );
    assert_eq!(due(directive(&doc, "Kế hoạch năm 2026")), None);
    assert_eq!(
        due(directive(&doc, "phấn đấu hoàn thành")),
        Some("2025-12-31")
    );
}

#[test]
fn d13_weeks_of_a_month() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường tổ chức kiểm tra nội bộ trong tuần đầu tháng 4.\n\n2. Bộ phận THCS tổ chức hội giảng vào tuần thứ ba tháng 4/2025.\n\n3. Các trường nộp báo cáo trong tuần cuối của tháng 4.\n\n4. Căn cứ vào nhiệm vụ năm học 2024 - 2025, các trường rà soát đội ngũ.",
    );
    assert_eq!(due(directive(&doc, "kiểm tra nội bộ")), Some("2025-04-07"));
    assert_eq!(due(directive(&doc, "hội giảng")), Some("2025-04-21"));
    assert_eq!(due(directive(&doc, "nộp báo cáo")), Some("2025-04-30"));
    // "vào" is a cue before a time word only.
    assert_eq!(due(directive(&doc, "rà soát đội ngũ")), None);
}

#[test]
fn o6_action_verbs_of_finance_and_health_end_a_unit() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường giải ngân vốn sự nghiệp trong 6 tháng đầu năm 2025.\n\n2. Trạm Y tế xã phối hợp với các trường tiêm chủng cho trẻ.\n\n3. Các trường THCS tư vấn tuyển sinh vào lớp 10 cho học sinh.",
    );
    let d = directive(&doc, "giải ngân");
    assert_eq!(owners(d), vec![("Các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2025-06-30"));
    assert_eq!(
        owners(directive(&doc, "tiêm chủng")),
        vec![
            ("Trạm Y tế xã", LEAD, false),
            ("các trường", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "tuyển sinh vào lớp 10")),
        vec![("Các trường THCS", LEAD, false)]
    );
}

#[test]
fn o2_the_one_asked_in_the_passive_owns_the_task() {
    let doc = notice(
        "12/03/2025",
        "Sở Lao động - Thương binh và Xã hội được đề nghị phối hợp với Sở GD&ĐT giải quyết chế độ cho giáo viên hợp đồng trong tháng 4/2025.",
    );
    let d = directive(&doc, "giải quyết chế độ");
    assert_eq!(
        owners(d),
        vec![
            ("Sở Lao động - Thương binh và Xã hội", LEAD, false),
            ("Sở GD&ĐT", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2025-04-30"));
}

#[test]
fn o18_the_audience_of_a_training_item_is_no_owner() {
    let doc = notice(
        "12/03/2025",
        "1. Tập huấn cho tổ trưởng chuyên môn các trường về chương trình môn Tiếng Anh trong tháng 4/2025.\n\n2. Bồi dưỡng giáo viên dạy môn Tin học trong hè 2025.",
    );
    let d = directive(&doc, "Tập huấn");
    assert!(owners(d).is_empty(), "{:?}", owners(d));
    assert_eq!(due(d), Some("2025-04-30"));
    let d = directive(&doc, "Bồi dưỡng giáo viên");
    assert!(owners(d).is_empty(), "{:?}", owners(d));
    assert_eq!(due(d), Some("2025-08-31"));
}

#[test]
fn o21_the_agent_of_a_passive_order_owns_it() {
    let doc = notice(
        "12/03/2025",
        "1. Công tác tự đánh giá phải được các trường mầm non thực hiện nghiêm túc.\n\n2. Việc thu, chi các khoản đóng góp phải được công khai trước cha mẹ học sinh.",
    );
    assert_eq!(
        owners(directive(&doc, "tự đánh giá")),
        vec![("các trường mầm non", LEAD, false)]
    );
    let d = directive(&doc, "công khai");
    assert!(owners(d).is_empty(), "{:?}", owners(d));
}

#[test]
fn h1_the_party_form_with_spaces_around_its_hyphen() {
    let doc = ketluan::read(
        "HUYỆN ỦY LẠC DƯƠNG\n*\nSố 87 - TB/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nLạc Dương, ngày 04 tháng 5 năm 2021\n\nTHÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY\nvề công tác giáo dục năm học 2020 - 2021\n\nNgày 28/4/2021, Thường trực Huyện ủy nghe báo cáo. Thường trực Huyện ủy kết luận:\n\n1. UBND huyện chỉ đạo rà soát đội ngũ theo Kết luận số 12 - KL/TU ngày 03/3/2021.\n",
    );
    assert_eq!(doc.fields.number.as_deref(), Some("87-TB/HU"));
    assert!(
        doc.references.iter().any(|r| r.symbol == "12-KL/TU"),
        "{:?}",
        doc.references
    );
}

#[test]
fn h3_a_type_line_stays_apart_from_a_subject_in_lowercase() {
    let doc = ketluan::read(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 58/TB-SGDĐT\nĐồng Hới, ngày 05 tháng 4 năm 2022\n\nTHÔNG BÁO KẾT LUẬN\ncủa Giám đốc Sở tại cuộc họp\nbàn giải pháp nâng cao chất lượng thi tốt nghiệp THPT năm 2022\n\nChiều ngày 01/4/2022, Giám đốc Sở chủ trì cuộc họp. Giám đốc Sở kết luận:\n\n1. Các trường THPT rà soát học sinh yếu.\n",
    );
    assert_eq!(doc.fields.doc_type.as_deref(), Some("THÔNG BÁO KẾT LUẬN"));
    assert_eq!(
        doc.fields.subject.as_deref(),
        Some("của Giám đốc Sở tại cuộc họp bàn giải pháp nâng cao chất lượng thi tốt nghiệp THPT năm 2022")
    );
}

#[test]
fn l9_the_type_line_of_inspection_conclusions() {
    let doc = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/KL-PGDĐT\nSông Cầu, ngày 05 tháng 9 năm 2019\n\nKẾT LUẬN KIỂM TRA\nCông tác thu, chi đầu năm học tại Trường THCS Lê Lợi\n\nTừ ngày 19/8/2019 đến ngày 23/8/2019, Đoàn kiểm tra đã kiểm tra tại Trường THCS Lê Lợi.\n\n1. Hiệu trưởng Trường THCS Lê Lợi hoàn trả các khoản thu sai quy định trước ngày 30/9/2019.\n",
    );
    assert_eq!(doc.fields.doc_type.as_deref(), Some("KẾT LUẬN KIỂM TRA"));
    assert_eq!(
        doc.fields.subject.as_deref(),
        Some("Công tác thu, chi đầu năm học tại Trường THCS Lê Lợi")
    );
}

#[test]
fn o2_named_partners_with_no_unit_head_after_a_request() {
    let doc = notice(
        "12/03/2025",
        "Đề nghị Viettel Quảng Bình và VNPT Quảng Bình hỗ trợ đường truyền cho các điểm trường vùng sâu.",
    );
    assert_eq!(
        owners(directive(&doc, "đường truyền")),
        vec![
            ("Viettel Quảng Bình", LEAD, false),
            ("VNPT Quảng Bình", LEAD, false)
        ]
    );
}

#[test]
fn o3_a_chain_after_the_supporting_units() {
    let doc = notice(
        "12/03/2025",
        "Phòng Kế hoạch - Tài chính chủ trì, phối hợp với các phòng chuyên môn đôn đốc các đơn vị cập nhật dữ liệu trước ngày 15/4/2025.",
    );
    let d = directive(&doc, "cập nhật dữ liệu");
    let got = owners(d);
    for want in [
        ("Phòng Kế hoạch - Tài chính", LEAD, false),
        ("các phòng chuyên môn", SUPPORT, false),
        ("các đơn vị", LEAD, false),
    ] {
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn o13_a_second_order_joined_by_dong_thoi_is_a_task_of_its_own() {
    let doc = notice(
        "12/03/2025",
        "Giám đốc Sở đề nghị UBND các xã vận động trẻ trong độ tuổi ra lớp, đồng thời giao Phòng Kế hoạch - Tài chính bố trí kinh phí mua sắm thiết bị trước ngày 30/4/2025.",
    );
    let first = directive(&doc, "vận động trẻ");
    assert_eq!(owners(first), vec![("UBND các xã", LEAD, false)]);
    assert_eq!(due(first), None);
    let second = directive(&doc, "mua sắm thiết bị");
    assert_eq!(
        owners(second),
        vec![("Phòng Kế hoạch - Tài chính", LEAD, false)]
    );
    assert_eq!(due(second), Some("2025-04-30"));
}

#[test]
fn d15_a_data_window_before_the_deadline_of_the_same_sentence() {
    let doc = notice(
        "12/03/2025",
        "Các trường báo cáo số học sinh khuyết tật (số liệu tính đến ngày 31/3/2025) trước ngày 10/4/2025.",
    );
    assert_eq!(due(directive(&doc, "khuyết tật")), Some("2025-04-10"));
}

/// D10: "Thời gian báo cáo … chậm nhất ngày …" after a task gives it its date, as "Thời gian
/// nộp …" does; before, "thời gian" was a label only before a colon, so the date was lost. A
/// task that dated itself first keeps its own date: the sentence after it dates the report.
#[test]
fn d10_the_time_to_report_stated_after_the_task() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường rà soát hồ sơ phổ cập giáo dục. Thời gian báo cáo chậm nhất ngày 20/3/2025.\n\n2. Trước ngày 25/3, các trường THCS phải hoàn thành thi thử lớp 9. Thời gian báo cáo kết quả thi thử chậm nhất ngày 31/3.",
    );
    assert_eq!(due(directive(&doc, "hồ sơ phổ cập")), Some("2025-03-20"));
    assert_eq!(due(directive(&doc, "thi thử lớp 9")), Some("2025-03-25"));
}

#[test]
fn d10_a_month_stated_in_the_following_sentence() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường mầm non tổ chức tự đánh giá chất lượng. Thời gian thực hiện: Tháng 5/2025.\n\n2. Các trường tiểu học rà soát thư viện.",
    );
    assert_eq!(due(directive(&doc, "tự đánh giá")), Some("2025-05-31"));
    assert_eq!(due(directive(&doc, "thư viện")), None);
}

#[test]
fn n3_praise_after_a_standing_committee_is_no_task() {
    // "ghi nhận" was read as part of the name ("Thường trực Huyện ủy ghi"), so the praise went
    // through as a task of that body.
    let doc = notice(
        "05/09/2022",
        "Thường trực Thành ủy ghi nhận, biểu dương tinh thần trách nhiệm của đội ngũ giáo viên vùng khó.\n\nCác trường bố trí đủ giáo viên trước ngày 15/9/2022.",
    );
    no_directive(&doc, "biểu dương");
    assert_eq!(
        owners(directive(&doc, "đủ giáo viên")),
        vec![("Các trường", LEAD, false)]
    );
}

#[test]
fn o20_the_matter_first_then_whom_it_is_given_to() {
    let doc = notice(
        "05/09/2022",
        "Việc lắp đặt hệ thống nước sạch cho điểm trường Nà Khương giao Ban Quản lý dự án huyện thực hiện trước ngày 30/11/2022.\n\nViệc bàn giao sách giáo khoa phải được thực hiện trước ngày khai giảng.\n\nViệc giao nhiệm vụ cho giáo viên phải được thực hiện công khai.\n\nViệc bàn giao Trường Mầm non Hoa Sen cho UBND xã quản lý phải hoàn thành trong tháng 12/2022.",
    );
    let d = directive(&doc, "nước sạch");
    assert_eq!(owners(d), vec![("Ban Quản lý dự án huyện", LEAD, false)]);
    assert_eq!(due(d), Some("2022-11-30"));
    // Agentless: no unit is given the matter ("bàn giao" and "giao nhiệm vụ" are the matter).
    assert_eq!(owners(directive(&doc, "sách giáo khoa")), vec![]);
    assert_eq!(
        owners(directive(&doc, "giao nhiệm vụ cho giáo viên")),
        vec![]
    );
    assert_eq!(owners(directive(&doc, "Hoa Sen")), vec![]);
}

#[test]
fn o4_party_committees_in_an_upward_request() {
    let doc = notice(
        "05/09/2022",
        "Kiến nghị Huyện ủy, UBND huyện quan tâm đầu tư xây dựng trường mầm non xã Tân Lập trong năm 2023.",
    );
    let d = directive(&doc, "Tân Lập");
    assert_eq!(
        owners(d),
        vec![("Huyện ủy", LEAD, false), ("UBND huyện", LEAD, false)]
    );
    assert_eq!(due(d), Some("2023-12-31"));
}

#[test]
fn o19_the_possessor_before_a_copula_owns_the_work() {
    let doc = notice(
        "05/09/2022",
        "Trách nhiệm của Hiệu trưởng các trường là bảo đảm an toàn tuyệt đối cho học sinh trong mùa mưa lũ.",
    );
    assert_eq!(
        owners(directive(&doc, "mùa mưa lũ")),
        vec![("Hiệu trưởng các trường", LEAD, false)]
    );
}

#[test]
fn n10_a_contact_line_is_no_task_even_as_a_numbered_item() {
    let doc = notice(
        "14/04/2025",
        "Giao các trường THPT thực hiện một số nội dung sau:\n\n1. Công khai chỉ tiêu tuyển sinh trước ngày 20/4/2025.\n\n2. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ Phòng Giáo dục Trung học (điện thoại 0263.3822.123) để được hướng dẫn.\n\n3. Các trường liên hệ Trung tâm Y tế huyện tổ chức tiêm chủng cho học sinh trong tháng 5/2025.",
    );
    directive(&doc, "chỉ tiêu tuyển sinh");
    no_directive(&doc, "vướng mắc");
    // Getting in touch to do a task is a task.
    assert_eq!(due(directive(&doc, "tiêm chủng")), Some("2025-05-31"));
}

/// A school's own notice (L8): the head teacher concludes.
fn school_notice(body: &str) -> Document {
    ketluan::read(&format!(
        "TRƯỜNG THCS HÒA LẠC\nSố: 12/TB-THCSHL\nHòa Lạc, ngày 06 tháng 11 năm 2023\nTHÔNG BÁO\nKết luận cuộc họp hội đồng sư phạm tháng 11/2023\nHiệu trưởng kết luận như sau:\n{body}\n"
    ))
}

#[test]
fn o17_a_deputy_with_a_remit_is_given_work_not_the_speaker() {
    let doc = school_notice(
        "1. Đồng chí Phó Hiệu trưởng phụ trách cơ sở vật chất chỉ đạo nhân viên bảo vệ kiểm tra hệ thống điện trước ngày 20/11/2023.\n2. Phó Hiệu trưởng yêu cầu các tổ chuyên môn nộp kế hoạch dạy học trước ngày 15/11/2023.",
    );
    assert_eq!(
        owners(directive(&doc, "hệ thống điện")),
        vec![
            (
                "Đồng chí Phó Hiệu trưởng phụ trách cơ sở vật chất",
                LEAD,
                false
            ),
            ("nhân viên bảo vệ", LEAD, false)
        ]
    );
    // Without a remit, the deputy speaks (O5).
    assert_eq!(
        owners(directive(&doc, "kế hoạch dạy học")),
        vec![("các tổ chuyên môn", LEAD, false)]
    );
}

#[test]
fn r2_the_young_pioneers_leader_supports() {
    let doc = school_notice(
        "1. Tổ Ngữ văn phối hợp với Tổng phụ trách Đội tổ chức hội thi kể chuyện về Bác Hồ trong tháng 12/2023.",
    );
    assert_eq!(
        owners(directive(&doc, "kể chuyện")),
        vec![
            ("Tổ Ngữ văn", LEAD, false),
            ("Tổng phụ trách Đội", SUPPORT, false)
        ]
    );
}

#[test]
fn h7_the_speaker_of_the_conclusions_chairs_when_nobody_is_said_to() {
    let page = |speech: &str| {
        ketluan::read(&format!(
            "Giao ban công tác giáo dục tháng 4/2021\nNgày 09/4/2021, Phòng GDĐT huyện Đức Thọ tổ chức hội nghị giao ban công tác giáo dục tháng 4.\n{speech} đề nghị các nhà trường hoàn thành kiểm tra nội bộ trước ngày 30/4.\n"
        ))
    };
    let chair = |doc: &Document| doc.fields.meeting_chair.clone();
    assert_eq!(
        chair(&page(
            "Phát biểu kết luận, đồng chí Nguyễn Thị Mai, Trưởng phòng GDĐT"
        ))
        .as_deref(),
        Some("Nguyễn Thị Mai")
    );
    assert_eq!(
        chair(&page(
            "Phát biểu kết luận hội nghị, Trưởng phòng Trần Văn Hải"
        ))
        .as_deref(),
        Some("Trần Văn Hải")
    );
    // Anybody else's speech names no chair.
    assert_eq!(
        chair(&page("Phát biểu tại hội nghị, đồng chí Lê Văn Tám")),
        None
    );
}

#[test]
fn o9_an_alias_after_the_subject_owns_the_list() {
    let doc = notice(
        "10/10/2024",
        "1. Các phòng GDĐT huyện, thị xã, thành phố (sau đây gọi chung là các phòng GDĐT) chịu trách nhiệm:\n\na) Chỉ đạo các trường THCS rà soát số liệu phổ cập giáo dục;\n\nb) Báo cáo kết quả về Sở trong tháng 11/2024.\n\n2. Các trường tiểu học công lập (gọi tắt là các trường) hoàn thành tự đánh giá trước ngày 30/11/2024.",
    );
    assert_eq!(
        owners(directive(&doc, "Báo cáo kết quả")),
        vec![("các phòng GDĐT", LEAD, true)]
    );
    assert_eq!(
        owners(directive(&doc, "tự đánh giá")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn r6_the_helper_leads_the_one_helped_is_no_owner() {
    let doc = notice(
        "10/10/2024",
        "1. Thanh tra Sở giúp Giám đốc Sở theo dõi, đôn đốc việc thực hiện Thông báo này.\n\n2. Tổ giúp việc Ban chỉ đạo phổ cập giáo dục tổng hợp số liệu trước ngày 20/10/2024.",
    );
    assert_eq!(
        owners(directive(&doc, "đôn đốc")),
        vec![("Thanh tra Sở", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "tổng hợp số liệu")),
        vec![("Tổ giúp việc Ban chỉ đạo phổ cập giáo dục", LEAD, false)]
    );
}

#[test]
fn n6_the_units_told_to_carry_out_the_notice_itself_is_a_closing() {
    let doc = notice(
        "28/08/2023",
        "1. Các trường THPT rà soát đội ngũ giáo viên trước ngày 05/9/2023.\n\nThủ trưởng các đơn vị căn cứ Thông báo này triển khai thực hiện./.",
    );
    directive(&doc, "đội ngũ giáo viên");
    no_directive(&doc, "căn cứ Thông báo này");
}

#[test]
fn o1_n15_members_of_a_board_and_an_item_that_opens_with_theo_doi() {
    let doc = notice(
        "15/06/2024",
        "1. Các thành viên Ban chỉ đạo theo dõi địa bàn được phân công, báo cáo Trưởng ban hằng tháng.\n\n2. Theo dõi, đôn đốc các xã hoàn thành hồ sơ phổ cập trước ngày 30/6/2024.\n\n3. Theo Kế hoạch số 12/KH-SGDĐT, các trường tổ chức hội thi trước ngày 20/6/2024.",
    );
    assert_eq!(
        owners(directive(&doc, "địa bàn được phân công")),
        vec![("Các thành viên Ban chỉ đạo", LEAD, false)]
    );
    // "Theo dõi" is a task, not "Theo …" citing a basis (N7).
    assert_eq!(due(directive(&doc, "hồ sơ phổ cập")), Some("2024-06-30"));
    assert_eq!(
        owners(directive(&doc, "hội thi")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn o5_o23_r1_titles_of_other_units_staff_and_the_focal_point() {
    let doc = notice(
        "10/10/2024",
        "1. Giao Phòng Giáo dục Trung học làm đầu mối, phối hợp với Phòng Khảo thí tổ chức kỳ thi chọn học sinh giỏi.\n\n2. Giám đốc Trung tâm GDTX tỉnh chỉ đạo giáo viên hoàn thành chương trình trước ngày 15/5/2025.\n\n3. Cán bộ, công chức, viên chức của Sở thực hiện nghiêm quy định về giờ làm việc.\n\n4. Hội đồng xét tuyển viên chức hoàn thành việc xét tuyển trước ngày 30/11/2024.\n\n5. Hội đồng thi đua Sở họp xét thi đua trước ngày 15/11/2024.",
    );
    assert_eq!(
        owners(directive(&doc, "học sinh giỏi")),
        vec![
            ("Phòng Giáo dục Trung học", LEAD, false),
            ("Phòng Khảo thí", SUPPORT, false)
        ]
    );
    // The head of another unit is told to act; "Giám đốc Sở" would be the one who speaks.
    assert_eq!(
        owners(directive(&doc, "hoàn thành chương trình")),
        vec![
            ("Giám đốc Trung tâm GDTX tỉnh", LEAD, false),
            ("giáo viên", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "giờ làm việc")),
        vec![("Cán bộ, công chức, viên chức của Sở", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "việc xét tuyển")),
        vec![("Hội đồng xét tuyển viên chức", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "họp xét")),
        vec![("Hội đồng thi đua Sở", LEAD, false)]
    );
}

#[test]
fn r2_a_unit_that_phoi_hop_after_another_chu_tri_supports() {
    let doc = notice(
        "05/03/2025",
        "1. Phòng Văn hóa và Thông tin chủ trì, Phòng Giáo dục và Đào tạo phối hợp tổ chức Hội khỏe Phù Đổng cấp huyện trong quý II/2025.\n\n2. Ban Quản lý dự án đầu tư xây dựng huyện đẩy nhanh tiến độ thi công Trường THCS Kim Sơn.\n\n3. UBND xã Kim Chính phối hợp với Trường Mầm non Kim Chính giải phóng mặt bằng mở rộng khuôn viên trường.",
    );
    let d = directive(&doc, "Phù Đổng");
    assert_eq!(
        owners(d),
        vec![
            ("Phòng Văn hóa và Thông tin", LEAD, false),
            ("Phòng Giáo dục và Đào tạo", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2025-06-30"));
    assert_eq!(
        owners(directive(&doc, "tiến độ thi công")),
        vec![("Ban Quản lý dự án đầu tư xây dựng huyện", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "mặt bằng")),
        vec![
            ("UBND xã Kim Chính", LEAD, false),
            ("Trường Mầm non Kim Chính", SUPPORT, false)
        ]
    );
}

#[test]
fn o20_o7_a_topic_with_its_qualifier_and_n10_what_to_do_if_stuck() {
    let doc = notice(
        "10/10/2024",
        "1. Đối với các trường chưa hoàn thành kiểm định: khẩn trương hoàn thiện hồ sơ trước ngày 30/11/2024.\n\n2. Trường hợp phát sinh khó khăn, các đơn vị báo cáo kịp thời về Sở để được hướng dẫn giải quyết.\n\n3. Các trường gặp khó khăn về kinh phí báo cáo Sở trước ngày 20/10/2024.",
    );
    let d = directive(&doc, "hoàn thiện hồ sơ");
    assert_eq!(
        owners(d),
        vec![("các trường chưa hoàn thành kiểm định", LEAD, false)]
    );
    assert_eq!(due(d), Some("2024-11-30"));
    no_directive(&doc, "để được hướng dẫn");
    // Difficulties told to be reported by a day are a task.
    assert_eq!(due(directive(&doc, "về kinh phí")), Some("2024-10-20"));
}

#[test]
fn n2_a_shortcoming_after_its_unit_is_no_directive() {
    let doc = notice(
        "20/11/2023",
        "Tuy nhiên, một số trường còn chậm cập nhật dữ liệu ngành.\n\nĐội ngũ giáo viên tiếng Anh còn thiếu so với nhu cầu.\n\n1. Các trường còn chậm nộp hồ sơ phải nộp về Phòng trước ngày 30/11/2023.\n\n2. Các trường còn lại tiếp tục rà soát hồ sơ.",
    );
    no_directive(&doc, "còn chậm cập nhật");
    no_directive(&doc, "còn thiếu");
    let d = directive(&doc, "phải nộp về Phòng");
    assert_eq!(
        owners(d),
        vec![("Các trường còn chậm nộp hồ sơ", LEAD, false)]
    );
    assert_eq!(due(d), Some("2023-11-30"));
    assert_eq!(
        owners(directive(&doc, "tiếp tục rà soát")),
        vec![("Các trường còn lại", LEAD, false)]
    );
}

#[test]
fn d8_an_openers_period_ends_with_its_list() {
    let doc = notice(
        "20/11/2023",
        "Phát biểu kết luận, đồng chí Trưởng phòng yêu cầu các trường thực hiện tốt các nhiệm vụ trọng tâm trong tháng 12:\n\n- Hoàn thành cập nhật cơ sở dữ liệu ngành.\n\n- Chuẩn bị tốt các điều kiện tổ chức Tết Dương lịch.\n\nĐồng thời, đồng chí Trưởng phòng đề nghị UBND các xã quan tâm chỉ đạo công tác phổ cập giáo dục.",
    );
    let item = directive(&doc, "Chuẩn bị tốt");
    assert_eq!(owners(item), vec![("các trường", LEAD, true)]);
    assert_eq!(due(item), Some("2023-12-31"));
    let after = directive(&doc, "UBND các xã quan tâm");
    assert_eq!(owners(after), vec![("UBND các xã", LEAD, false)]);
    assert_eq!(due(after), None);
}

#[test]
fn o3_a_chain_after_a_request_verb_goes_through_a_party_body() {
    let doc = notice(
        "05/10/2022",
        "2. Đề nghị Ban cán sự Đảng UBND huyện lãnh đạo UBND huyện chỉ đạo Phòng Giáo dục và Đào tạo thực hiện các nhiệm vụ sau:\n\na) Rà soát mạng lưới trường lớp.\n\n3. Đề nghị Đảng ủy xã Tân Phú lãnh đạo Ủy ban nhân dân xã bố trí quỹ đất xây dựng trường mầm non.",
    );
    assert_eq!(
        owners(directive(&doc, "Rà soát mạng lưới")),
        vec![
            ("Ban cán sự Đảng UBND huyện", LEAD, true),
            ("UBND huyện", LEAD, true),
            ("Phòng Giáo dục và Đào tạo", LEAD, true)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "bố trí quỹ đất")),
        vec![
            ("Đảng ủy xã Tân Phú", LEAD, false),
            ("Ủy ban nhân dân xã", LEAD, false)
        ]
    );
}

#[test]
fn d9_a_deadline_put_first_leaves_the_clause_after_it_first() {
    let doc = notice(
        "05/10/2022",
        "Đề nghị UBND huyện thực hiện:\n\nb) Trước ngày 18/10/2022, chủ trì, phối hợp với UBND các xã, thị trấn tổng hợp số liệu học sinh bỏ học.\n\nc) Trong tháng 11/2022, tổ chức kiểm tra công tác bán trú.",
    );
    let d = directive(&doc, "tổng hợp số liệu");
    let got = owners(d);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.contains(&("UBND các xã, thị trấn", SUPPORT, false)),
        "{got:?}"
    );
    assert!(got.contains(&("UBND huyện", LEAD, true)), "{got:?}");
    assert_eq!(due(d), Some("2022-10-18"));
    let d = directive(&doc, "kiểm tra công tác bán trú");
    assert_eq!(owners(d), vec![("UBND huyện", LEAD, true)]);
    assert_eq!(due(d), Some("2022-11-30"));
}

#[test]
fn d9_a_deadline_between_the_subject_and_its_modal() {
    let doc = notice(
        "05/10/2022",
        "3. Đảng ủy các xã lãnh đạo chính quyền địa phương quan tâm đầu tư cơ sở vật chất trường học; các trường trong vòng 10 ngày kể từ ngày nhận được thông báo này phải rà soát, đề xuất nhu cầu.\n\n4. Các trường trước ngày 20/10/2022 phải nộp báo cáo về Phòng.",
    );
    let d = directive(&doc, "phải rà soát, đề xuất");
    assert_eq!(owners(d), vec![("các trường", LEAD, false)]);
    assert_eq!(
        d.deadline.as_ref().map(|x| x.kind),
        Some(DeadlineKind::Relative)
    );
    assert_eq!(due(d), None);
    assert!(!directive(&doc, "quan tâm đầu tư").text.contains("rà soát"));
    let d = directive(&doc, "phải nộp báo cáo");
    assert_eq!(owners(d), vec![("Các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2022-10-20"));
}

#[test]
fn d17_the_day_of_an_occasion_is_no_deadline() {
    let doc = notice(
        "04/12/2023",
        "2. Cô Lê Thị Hoa, Tổng phụ trách Đội, phối hợp giáo viên chủ nhiệm tổ chức hội thi văn nghệ chào mừng ngày 22/12; báo cáo kế hoạch cho Hiệu trưởng trước ngày 08/12.\n\n3. Đoàn trường tổ chức hoạt động kỷ niệm ngày 26/3.\n\n4. Các lớp hoàn thành trang trí trước ngày kỷ niệm 26/3.",
    );
    assert_eq!(due(directive(&doc, "hội thi văn nghệ")), Some("2023-12-08"));
    assert_eq!(due(directive(&doc, "hoạt động kỷ niệm")), None);
}

#[test]
fn h5_labelled_meeting_facts_on_one_line() {
    let doc = ketluan::read(
        "TRƯỜNG THCS NGUYỄN DU\nSố: 15/TB-THCSND\nQuận 1, ngày 04 tháng 12 năm 2023\nTHÔNG BÁO\nKết luận của Hiệu trưởng tại cuộc họp giao ban tuần 14\nThời gian: 14 giờ 00, thứ Hai ngày 04/12/2023. Địa điểm: Phòng họp số 2, nhà A.\nChủ trì: thầy Phan Văn Long - Hiệu trưởng.\n1. Tổ Toán - Tin hoàn thành đề kiểm tra cuối kỳ I trước ngày 08/12/2023.\n",
    );
    let f = &doc.fields;
    assert_eq!(f.meeting_place.as_deref(), Some("Phòng họp số 2, nhà A"));
    assert_eq!(f.meeting_time.as_deref(), Some("14:00"));
    assert_eq!(f.meeting_date.as_deref(), Some("2023-12-04"));
    assert_eq!(f.meeting_chair.as_deref(), Some("Phan Văn Long"));
}

#[test]
fn d13_within_the_week_said_alone_is_this_week() {
    // Monday 4 December 2023: the week ends on Sunday 10 December.
    let doc = notice(
        "04/12/2023",
        "1. Bộ phận văn phòng cập nhật hồ sơ học sinh lên phần mềm quản lý, hoàn thành trong tuần.\n\n2. Tổ Văn tổ chức dự giờ trong tuần lễ học tập suốt đời.",
    );
    assert_eq!(due(directive(&doc, "cập nhật hồ sơ")), Some("2023-12-10"));
    assert_eq!(due(directive(&doc, "dự giờ")), None);
}

#[test]
fn j10_a_misspelt_request_verb_still_asks() {
    let doc = notice(
        "12/04/2021",
        "Qua kiểm tra, đoàn nhắc nhỡ các nhà thầu đẩy nhanh tiến độ thi công, hoàn thành trước ngày 30/4.",
    );
    let d = directive(&doc, "đẩy nhanh tiến độ");
    assert_eq!(owners(d), vec![("các nhà thầu", LEAD, false)]);
    assert_eq!(due(d), Some("2021-04-30"));
}

#[test]
fn n1_what_is_by_and_large_done_is_reported() {
    let doc = notice(
        "12/06/2019",
        "Nhà trường cơ bản thực hiện đúng quy định về thu, chi; còn một số tồn tại nêu trên.\n\nBan Quản lý dự án xây dựng cơ bản huyện hoàn thành quyết toán công trình trước ngày 30/6/2019.",
    );
    no_directive(&doc, "cơ bản thực hiện đúng");
    assert_eq!(
        owners(directive(&doc, "hoàn thành quyết toán")),
        vec![("Ban Quản lý dự án xây dựng cơ bản huyện", LEAD, false)]
    );
}

#[test]
fn h4_a_cong_vans_subject_naming_a_dated_meeting_is_its_subject() {
    let doc = ketluan::read(
        "UBND TỈNH QUẢNG NGÃI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2105/SGDĐT-GDTrH\nV/v triển khai kết luận của Giám đốc Sở tại cuộc họp ngày 15/9/2022\nQuảng Ngãi, ngày 19 tháng 9 năm 2022\nKính gửi: Hiệu trưởng các trường THPT trực thuộc.\nNgày 15/9/2022, Giám đốc Sở chủ trì cuộc họp về công tác tuyển sinh lớp 10. Theo đó, Giám đốc Sở yêu cầu:\n1. Các trường THPT rà soát số học sinh chưa nhập học, báo cáo về Sở trước ngày 25/9/2022.\n",
    );
    let f = &doc.fields;
    assert_eq!(f.number.as_deref(), Some("2105/SGDĐT-GDTrH"));
    assert_eq!(f.issued_place.as_deref(), Some("Quảng Ngãi"));
    assert_eq!(f.issued_date.as_deref(), Some("2022-09-19"));
    assert_eq!(
        f.subject.as_deref(),
        Some("triển khai kết luận của Giám đốc Sở tại cuộc họp ngày 15/9/2022")
    );
    // H5: the subject's meeting is not read as this one's; the paragraph under the addressees
    // that states it is (the gold's `null` means "not stated").
    assert_eq!(f.meeting_date.as_deref(), Some("2022-09-15"));
    assert_eq!(f.meeting_place, None);
    assert_eq!(
        due(directive(&doc, "rà soát số học sinh")),
        Some("2022-09-25")
    );
}

/// L4, H5: a công văn that passes on a meeting's conclusions states the meeting in the
/// paragraph under its addressees ("Kính gửi:" and its list): that paragraph gives the meeting's
/// date and chair. Before, the addressees ended the header and the paragraph was read as the
/// body, so the meeting was lost. A công văn whose opening states no meeting has none.
#[test]
fn l4_h5_a_cong_van_passing_on_conclusions_states_its_meeting_under_its_addressees() {
    let doc = ketluan::read(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 884/SGDĐT-VP\nV/v thông báo ý kiến kết luận của Giám đốc Sở\nThanh Hà, ngày 11 tháng 3 năm 2025\nKính gửi:\n- Trưởng các phòng thuộc Sở;\n- Hiệu trưởng các trường THPT.\nChiều ngày 07/3/2025, đồng chí Đỗ Văn Lực, Giám đốc Sở chủ trì cuộc họp giao ban. Văn phòng Sở thông báo ý kiến kết luận của Giám đốc Sở như sau:\n1. Các trường THPT hoàn thành kế hoạch ôn thi trước ngày 25/3.\n",
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2025-03-07"));
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Đỗ Văn Lực"));
    let d = directive(&doc, "kế hoạch ôn thi");
    assert_eq!(owners(d), vec![("Các trường THPT", LEAD, false)]);
    assert_eq!(due(d), Some("2025-03-25"));
    no_directive(&doc, "Hiệu trưởng các trường THPT.");
    let none = ketluan::read(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 885/SGDĐT-GDTrH\nV/v báo cáo số liệu đầu năm\nThanh Hà, ngày 11 tháng 3 năm 2025\nKính gửi:\n- Hiệu trưởng các trường THPT.\nThực hiện Công văn số 12/BGDĐT-GDTrH ngày 02/3/2025 của Bộ Giáo dục và Đào tạo, Sở đề nghị các đơn vị thực hiện một số nội dung sau:\n1. Báo cáo số liệu học sinh về Sở trước ngày 20/3/2025.\n",
    );
    assert_eq!(none.fields.meeting_date, None);
    assert_eq!(
        owners(directive(&none, "số liệu học sinh")),
        vec![("các đơn vị", LEAD, true)]
    );
}

#[test]
fn d3_parts_of_a_month_beginning_middle_end() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường THPT nộp kế hoạch kiểm tra nội bộ đầu tháng 12.\n\n2. Phòng Kế hoạch - Tài chính tổng hợp dự toán giữa tháng 12.\n\n3. Văn phòng Sở tổ chức sơ kết thi đua vào cuối tháng 5.\n\n4. Thanh tra Sở hoàn thành kiểm tra dạy thêm trong tháng 12 năm nay.\n\n5. Các trường tổ chức kiểm tra đầu năm học đối với học sinh lớp 6.",
    );
    assert_eq!(due(directive(&doc, "kiểm tra nội bộ")), Some("2024-12-10"));
    assert_eq!(due(directive(&doc, "tổng hợp dự toán")), Some("2024-12-15"));
    assert_eq!(due(directive(&doc, "sơ kết thi đua")), Some("2025-05-31"));
    assert_eq!(
        due(directive(&doc, "kiểm tra dạy thêm")),
        Some("2024-12-31")
    );
    // "đầu"/"giữa" date only a month: "đầu năm học" names when the test is held.
    assert_eq!(due(directive(&doc, "đầu năm học")), None);
}

#[test]
fn d5_the_year_end_with_no_year_is_the_notices_year() {
    let doc = notice(
        "08/11/2024",
        "1. Các phòng GD&ĐT hoàn thành sửa chữa phòng học từ nay đến cuối năm.\n\n2. Các trường hoàn thành đánh giá viên chức đến cuối năm.\n\n3. Các chi bộ tổ chức xếp loại chi bộ cuối năm theo quy định.\n\n4. Các trường hoàn thành tổng kết đến cuối năm học.",
    );
    assert_eq!(
        due(directive(&doc, "sửa chữa phòng học")),
        Some("2024-12-31")
    );
    assert_eq!(
        due(directive(&doc, "đánh giá viên chức")),
        Some("2024-12-31")
    );
    // A rating named by its time (D16), and the school year's end, are no calendar year's end.
    assert_eq!(due(directive(&doc, "xếp loại chi bộ")), None);
    assert_eq!(due(directive(&doc, "tổng kết")), Some("2025-05-31"));
}

/// D16: a half-year said with no cue after a report's or a review's noun names the report
/// ("tổng hợp báo cáo 6 tháng đầu năm 2025", "đánh giá kết quả 6 tháng cuối năm 2025"): no
/// deadline, and its "cuối năm 2025" is none either. With a cue it is due ("trong 6 tháng đầu
/// năm 2025"), and so is "trong tháng cuối năm 2025".
#[test]
fn d16_a_report_named_by_its_half_year_is_no_deadline() {
    let doc = notice(
        "12/03/2025",
        "1. Văn phòng Sở tổng hợp báo cáo 6 tháng đầu năm 2025.\n\n2. Các trường đánh giá kết quả 6 tháng cuối năm 2025.\n\n3. Phòng Tổ chức cán bộ hoàn thành đánh giá viên chức trong 6 tháng đầu năm 2025.\n\n4. Các trường sửa chữa nhà vệ sinh trong tháng cuối năm 2025.",
    );
    assert_eq!(due(directive(&doc, "Văn phòng Sở tổng hợp")), None);
    assert_eq!(due(directive(&doc, "đánh giá kết quả")), None);
    assert_eq!(due(directive(&doc, "viên chức")), Some("2025-06-30"));
    assert_eq!(due(directive(&doc, "nhà vệ sinh")), Some("2025-12-31"));
}

#[test]
fn d16_a_summer_camp_and_summer_activities_are_names() {
    let doc = notice(
        "12/03/2025",
        "1. Phòng GD&ĐT phối hợp với Huyện đoàn tổ chức trại hè cho học sinh.\n\n2. Các trường tổ chức các hoạt động hè an toàn.\n\n3. Các trường sửa chữa phòng học trong dịp hè.",
    );
    assert_eq!(due(directive(&doc, "trại hè")), None);
    assert_eq!(due(directive(&doc, "hoạt động hè")), None);
    assert_eq!(
        due(directive(&doc, "sửa chữa phòng học")),
        Some("2025-08-31")
    );
}

#[test]
fn o6_a_verb_after_a_body_that_is_a_whole_name_ends_it() {
    let doc = notice(
        "12/03/2025",
        "1. Chi bộ tổ chức xếp loại đảng viên.\n\n2. Đảng ủy tổ chức học tập nghị quyết.\n\n3. Chi đoàn tổ chức hoạt động tình nguyện.\n\n4. Ban giám hiệu quản lý chặt chẽ việc thu, chi.\n\n5. Tổ chuyên môn tổ chức sinh hoạt chuyên đề.\n\n6. Ban tổ chức hội thi hoàn thành kế hoạch chấm thi.",
    );
    for (quote, owner) in [
        ("xếp loại đảng viên", "Chi bộ"),
        ("học tập nghị quyết", "Đảng ủy"),
        ("hoạt động tình nguyện", "Chi đoàn"),
        ("quản lý chặt chẽ", "Ban giám hiệu"),
        ("sinh hoạt chuyên đề", "Tổ chuyên môn"),
        // An office's head may take a function name: the committee that organises.
        ("kế hoạch chấm thi", "Ban tổ chức hội thi"),
    ] {
        assert_eq!(
            owners(directive(&doc, quote)),
            vec![(owner, LEAD, false)],
            "{quote}"
        );
    }
}

#[test]
fn r4_units_joined_by_cung_are_co_leads() {
    let doc = notice(
        "12/03/2025",
        "1. Phòng GD&ĐT cùng Huyện đoàn tổ chức các hoạt động ngoại khóa cho học sinh.\n\n2. Trung tâm GDNN-GDTX và Trường THPT Lê Lợi cùng phối hợp rà soát học viên bỏ học.\n\n3. Công an huyện cùng phối hợp với các trường bảo đảm an ninh trường học.\n\n4. Phòng GD&ĐT cùng với Trung tâm Y tế huyện kiểm tra bếp ăn bán trú.",
    );
    assert_eq!(
        owners(directive(&doc, "hoạt động ngoại khóa")),
        vec![("Phòng GD&ĐT", LEAD, false), ("Huyện đoàn", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "học viên bỏ học")),
        vec![
            ("Trung tâm GDNN-GDTX", LEAD, false),
            ("Trường THPT Lê Lợi", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "an ninh trường học")),
        vec![
            ("Công an huyện", LEAD, false),
            ("các trường", SUPPORT, false)
        ]
    );
    // "cùng với Y" marks a supporting unit (R2), not a co-lead.
    assert_eq!(
        owners(directive(&doc, "bếp ăn bán trú")),
        vec![
            ("Phòng GD&ĐT", LEAD, false),
            ("Trung tâm Y tế huyện", SUPPORT, false)
        ]
    );
}

#[test]
fn r2_cung_voi_chu_tri_cung_and_su_tham_gia_mark_support() {
    let doc = notice(
        "08/11/2024",
        "1. Phòng GD&ĐT chủ trì cùng Phòng Văn hóa - Thông tin tổ chức Hội khỏe Phù Đổng cấp huyện.

2. Phòng GD&ĐT tổ chức hội thi giáo viên dạy giỏi có sự tham gia của Công đoàn ngành.

3. Trung tâm Y tế huyện tổ chức khám sức khỏe cho học sinh, với sự phối hợp của UBND các xã.

4. Giáo viên chủ nhiệm các lớp 9 phối hợp với cha mẹ học sinh trong ôn tập thi vào lớp 10.",
    );
    assert_eq!(
        owners(directive(&doc, "Hội khỏe Phù Đổng")),
        vec![
            ("Phòng GD&ĐT", LEAD, false),
            ("Phòng Văn hóa - Thông tin", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "giáo viên dạy giỏi")),
        vec![
            ("Phòng GD&ĐT", LEAD, false),
            ("Công đoàn ngành", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "khám sức khỏe")),
        vec![
            ("Trung tâm Y tế huyện", LEAD, false),
            ("UBND các xã", SUPPORT, false)
        ]
    );
    // A unit's name never ends with a preposition.
    assert_eq!(
        owners(directive(&doc, "ôn tập thi")),
        vec![
            ("Giáo viên chủ nhiệm các lớp 9", LEAD, false),
            ("cha mẹ học sinh", SUPPORT, false)
        ]
    );
}

#[test]
fn o8_a_topic_given_an_inline_list_by_the_speaker() {
    let doc = notice(
        "08/11/2024",
        "Đối với Phòng GD&ĐT huyện Tân Lạc, Giám đốc Sở giao: rà soát đội ngũ giáo viên; bổ sung thiết bị dạy học lớp 5; riêng Trường Tiểu học Tân Lạc phải hoàn thành sửa chữa phòng học trước ngày 20/8.\n\nĐối với các trường THPT, Giám đốc Sở yêu cầu tăng cường quản lý học sinh nội trú.",
    );
    let topic = "Phòng GD&ĐT huyện Tân Lạc";
    assert_eq!(
        owners(directive(&doc, "rà soát đội ngũ")),
        vec![(topic, LEAD, false)]
    );
    let second = directive(&doc, "bổ sung thiết bị");
    assert!(!second.text.contains("rà soát"), "{}", second.text);
    assert_eq!(owners(second), vec![(topic, LEAD, true)]);
    let third = directive(&doc, "sửa chữa phòng học");
    assert_eq!(
        owners(third),
        vec![("Trường Tiểu học Tân Lạc", LEAD, false)]
    );
    assert_eq!(due(third), Some("2025-08-20"));
    assert_eq!(due(second), None);
    assert_eq!(
        owners(directive(&doc, "học sinh nội trú")),
        vec![("các trường THPT", LEAD, false)]
    );
}

#[test]
fn n8_what_a_participant_reports_in_the_meetings_narrative_is_no_order() {
    let doc = notice(
        "14/10/2025",
        "Tại buổi làm việc, Trưởng phòng GD&ĐT Bùi Thị Lan báo cáo: toàn huyện hiện thiếu 112 giáo viên; nhiều phòng học xuống cấp chưa được sửa chữa.\n\nTại cuộc họp, đại diện Phòng Tài chính - Kế hoạch cho biết: kinh phí sửa chữa đã được bố trí.\n\nTại hội nghị, các trường đề xuất bổ sung biên chế giáo viên.\n\nTại hội nghị, Giám đốc Sở yêu cầu các trường rà soát đội ngũ, báo cáo về Sở trước ngày 30/10.",
    );
    no_directive(&doc, "thiếu 112 giáo viên");
    no_directive(&doc, "phòng học xuống cấp");
    no_directive(&doc, "kinh phí sửa chữa");
    no_directive(&doc, "bổ sung biên chế");
    // The chair's answer in the same narrative is an order, "báo cáo" in it a task.
    let d = directive(&doc, "rà soát đội ngũ");
    assert_eq!(owners(d), vec![("các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2025-10-30"));
}

#[test]
fn o5_the_speaker_after_a_topic_is_no_part_of_its_name() {
    let doc = notice(
        "14/10/2025",
        "Đối với Ban Quản lý dự án đầu tư xây dựng huyện, đồng chí đề nghị đẩy nhanh tiến độ xây dựng 8 phòng học.\n\nĐối với Phòng Nội vụ, đồng chí Phó Chủ tịch yêu cầu hoàn thành tuyển dụng giáo viên trong tháng 11.",
    );
    assert_eq!(
        owners(directive(&doc, "8 phòng học")),
        vec![("Ban Quản lý dự án đầu tư xây dựng huyện", LEAD, false)]
    );
    let d = directive(&doc, "tuyển dụng giáo viên");
    assert_eq!(owners(d), vec![("Phòng Nội vụ", LEAD, false)]);
    assert_eq!(due(d), Some("2025-11-30"));
}

#[test]
fn l9_the_team_reports_the_chief_inspector_is_told_a_capital_heading_names_no_unit() {
    let doc = ketluan::read(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 45/KL-SGDĐT\n\nLâm Hà, ngày 05 tháng 6 năm 2025\n\nKẾT LUẬN THANH TRA\nVề việc thu, chi tại Trường THPT Đạ Huoai\n\nThực hiện Quyết định số 120/QĐ-SGDĐT ngày 10/4/2025 của Giám đốc Sở; từ ngày 15/4/2025 đến ngày 25/4/2025, Đoàn thanh tra đã tiến hành thanh tra tại trường. Giám đốc Sở kết luận như sau:\n\nI. KẾT QUẢ THANH TRA\n\n1. Một số khoản chi chưa đúng quy định.\n\nII. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ\n\n1. Giao Phòng Kế hoạch - Tài chính theo dõi việc thu hồi tiền.\n\n2. Chánh Thanh tra Sở có trách nhiệm kiểm tra việc thực hiện Kết luận này, báo cáo Giám đốc Sở trước ngày 31/7/2025.\n\n3. Chánh Văn phòng Sở công khai Kết luận này trên cổng thông tin điện tử của Sở.\n",
    );
    no_directive(&doc, "Đoàn thanh tra đã tiến hành");
    assert_eq!(
        owners(directive(&doc, "kiểm tra việc thực hiện")),
        vec![("Chánh Thanh tra Sở", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "công khai Kết luận")),
        vec![("Chánh Văn phòng Sở", LEAD, false)]
    );
    // Words in capitals with their marks ("BIỆN PHÁP XỬ LÝ") are no acronym of a unit.
    assert!(doc
        .directives
        .iter()
        .flat_map(|d| &d.owners)
        .all(|o| !o.name.contains("BIỆN PHÁP")));
}

#[test]
fn n10_getting_in_touch_is_a_task_when_it_is_the_work_itself() {
    let doc = notice(
        "24/11/2025",
        "1. Các giáo viên chủ nhiệm liên hệ cha mẹ học sinh có con nghỉ học nhiều ngày; báo cáo Ban Giám hiệu vào thứ Hai tuần sau.\n\n2. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ Phòng Giáo dục Trung học để được hướng dẫn.",
    );
    let d = directive(&doc, "liên hệ cha mẹ học sinh");
    assert_eq!(owners(d), vec![("Các giáo viên chủ nhiệm", LEAD, false)]);
    assert!(d.text.contains("báo cáo Ban Giám hiệu"), "{}", d.text);
    assert_eq!(due(d), Some("2025-12-01"));
    no_directive(&doc, "để được hướng dẫn");
}

#[test]
fn d6_a_term_that_ended_days_before_the_notice_is_the_one_meant() {
    let june = notice(
        "02/06/2025",
        "1. Các trường tuyên truyền kỹ năng phòng chống đuối nước cho học sinh trước khi nghỉ hè.",
    );
    assert_eq!(due(directive(&june, "đuối nước")), Some("2025-05-31"));
    let january = notice(
        "20/01/2025",
        "1. Các trường tổ chức dạy bù, bảo đảm hoàn thành chương trình học kỳ I.",
    );
    assert_eq!(due(directive(&january, "dạy bù")), Some("2025-01-15"));
    // Months after the term ended, the next one is meant.
    let october = notice(
        "10/10/2025",
        "1. Các trường tuyên truyền kỹ năng phòng chống đuối nước cho học sinh trước khi nghỉ hè.",
    );
    assert_eq!(due(directive(&october, "đuối nước")), Some("2026-05-31"));
}

#[test]
fn o4_a_proposal_opening_the_sentence_asks_the_body_named() {
    let doc = notice(
        "08/11/2024",
        "Đề xuất Sở Nội vụ bổ sung biên chế giáo viên cho ngành trong năm 2025.\n\nĐề xuất giải pháp khắc phục tình trạng thiếu giáo viên.",
    );
    let d = directive(&doc, "bổ sung biên chế");
    assert_eq!(owners(d), vec![("Sở Nội vụ", LEAD, false)]);
    assert_eq!(due(d), Some("2025-12-31"));
    // Before no unit it is a task of its own, with no owner named.
    assert!(owners(directive(&doc, "giải pháp khắc phục")).is_empty());
}

#[test]
fn o6_a_supporting_units_name_ends_at_the_verb_of_the_task() {
    let doc = notice(
        "18/09/2025",
        "Các trường phối hợp với trạm y tế xã, phường phun hóa chất diệt muỗi trước ngày 30/9.",
    );
    let d = directive(&doc, "diệt muỗi");
    assert_eq!(
        owners(d),
        vec![
            ("Các trường", LEAD, false),
            ("trạm y tế xã, phường", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2025-09-30"));
}

#[test]
fn h7_on_a_news_page_the_one_who_concludes_chairs() {
    let page = |sentence: &str| {
        ketluan::read(&format!(
            "Sở GD&ĐT yêu cầu các trường phòng chống sốt xuất huyết\n\nNgày 17/9, Sở GD&ĐT tổ chức họp trực tuyến với các phòng GD&ĐT về phòng chống dịch.\n\n{sentence}\n\nThanh Tâm\n"
        ))
        .fields
        .meeting_chair
    };
    assert_eq!(
        page("Kết luận cuộc họp, Phó Giám đốc Sở GD&ĐT Lê Thị Hạnh yêu cầu các phòng GD&ĐT chỉ đạo các trường tổng vệ sinh trường lớp.").as_deref(),
        Some("Lê Thị Hạnh")
    );
    assert_eq!(
        page("Phát biểu chỉ đạo, ông Trần Văn Nam, Giám đốc Sở yêu cầu các trường tổng vệ sinh trường lớp.").as_deref(),
        Some("Trần Văn Nam")
    );
}

/// H7: "Kết luận giao ban, ông X, Trưởng phòng … yêu cầu:" names the chair as "Kết luận cuộc
/// họp, …" does (and "Kết luận tại hội nghị, …"); before, a giao ban's page had no chair.
#[test]
fn h7_who_concludes_the_giao_ban_chairs_it() {
    let page = |sentence: &str| {
        ketluan::read(&format!(
            "Phòng GD&ĐT giao ban hiệu trưởng tháng 3\n\nSáng 14/3, Phòng GD&ĐT huyện tổ chức giao ban hiệu trưởng các trường tháng 3.\n\n{sentence}\n\nMinh Thu\n"
        ))
        .fields
        .meeting_chair
    };
    assert_eq!(
        page("Kết luận giao ban, bà Đinh Thị Hoa, Trưởng phòng GD&ĐT huyện yêu cầu các trường rà soát hồ sơ phổ cập.").as_deref(),
        Some("Đinh Thị Hoa")
    );
    assert_eq!(
        page("Kết luận tại hội nghị, Phó Trưởng phòng Lê Văn Đức đề nghị các trường rà soát hồ sơ phổ cập.").as_deref(),
        Some("Lê Văn Đức")
    );
}

/// N1: a subject whose action is said done ("tổ chức thành công", "tổ chức tốt đẹp") with no
/// "đã" reports it, as the same words opening a paragraph do; a task to be done well stays one.
#[test]
fn n1_a_subjects_action_said_done_without_da_reports() {
    let doc = notice(
        "12/03/2025",
        "Trong tháng, các trường tích cực thi đua. Một số trường tổ chức thành công Hội thi giáo viên dạy giỏi cấp trường. Trường THCS Lê Lợi tổ chức tốt đẹp Lễ kỷ niệm ngày thành lập trường.\n\nCác trường THCS phấn đấu tổ chức thành công Hội khỏe Phù Đổng cấp huyện.",
    );
    no_directive(&doc, "Hội thi giáo viên dạy giỏi");
    no_directive(&doc, "ngày thành lập trường");
    assert_eq!(
        owners(directive(&doc, "Hội khỏe Phù Đổng")),
        vec![("Các trường THCS", LEAD, false)]
    );
}

#[test]
fn l10_results_are_reported_and_tasks_are_ordered_by_their_parts_heading() {
    let doc = notice(
        "25/11/2024",
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n\n1. Chỉ đạo các trường THCS tổ chức khảo sát chất lượng đầu năm đối với học sinh lớp 6.\n\n2. Hoàn thành việc sắp xếp 03 trường tiểu học.\n\nII. TỒN TẠI, HẠN CHẾ\n\n- Một số trường chưa cập nhật kịp thời dữ liệu ngành.\n\nIII. NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2024\n\n1. Chỉ đạo các trường THCS tổ chức kiểm tra giữa kỳ môn Ngữ văn.",
    );
    no_directive(&doc, "khảo sát chất lượng đầu năm");
    no_directive(&doc, "sắp xếp 03 trường");
    no_directive(&doc, "dữ liệu ngành");
    let d = directive(&doc, "kiểm tra giữa kỳ");
    assert_eq!(due(d), Some("2024-12-31"), "the heading's month");
}

#[test]
fn h8_attendees_are_neither_owners_nor_directives() {
    let doc = notice(
        "25/11/2024",
        "Tham dự cuộc họp có lãnh đạo: Phòng Tài chính - Kế hoạch, Phòng Nội vụ, Công an huyện, Huyện đoàn; Hiệu trưởng các trường THCS trên địa bàn.\n\nCác trường THCS rà soát hồ sơ xét tốt nghiệp.",
    );
    no_directive(&doc, "Tham dự");
    assert_eq!(doc.directives.len(), 1, "{:#?}", doc.directives);
    assert_eq!(
        owners(directive(&doc, "xét tốt nghiệp")),
        vec![("Các trường THCS", LEAD, false)]
    );
}

#[test]
fn o14_r7_an_item_with_its_own_lead_drops_the_inherited_and_supports_are_never_inherited() {
    let doc = notice(
        "25/11/2024",
        "1. Giao Phòng Giáo dục Tiểu học chủ trì, phối hợp với Phòng Tổ chức cán bộ:\n\n- Rà soát đội ngũ giáo viên còn thiếu theo định mức;\n\n- Phòng Kế hoạch - Tài chính cân đối kinh phí hợp đồng giáo viên.",
    );
    assert_eq!(
        owners(directive(&doc, "đội ngũ giáo viên")),
        vec![("Phòng Giáo dục Tiểu học", LEAD, true)],
        "the support of the heading belongs to the heading"
    );
    assert_eq!(
        owners(directive(&doc, "cân đối kinh phí")),
        vec![("Phòng Kế hoạch - Tài chính", LEAD, false)]
    );
}

#[test]
fn o22_submitting_to_an_authority_is_a_task_of_the_one_who_submits() {
    let doc = notice(
        "25/11/2024",
        "Trình UBND huyện phê duyệt danh mục sửa chữa trường lớp năm 2025 trước ngày 15/01/2025.\n\nTrình cấp có thẩm quyền phê duyệt đề án sáp nhập trường trong quý I/2025.\n\nTrình độ tin học của một bộ phận giáo viên còn hạn chế.\n\nTrình tự xét duyệt hồ sơ thực hiện như năm trước.",
    );
    let d = directive(&doc, "danh mục sửa chữa");
    assert_eq!(owners(d), vec![], "the authority is no owner");
    assert_eq!(due(d), Some("2025-01-15"));
    let d = directive(&doc, "đề án sáp nhập");
    assert_eq!(owners(d), vec![]);
    assert_eq!(due(d), Some("2025-03-31"));
    no_directive(&doc, "Trình độ");
    no_directive(&doc, "Trình tự");
}

#[test]
fn j11_a_sentence_cut_off_at_the_end_is_no_directive() {
    let doc = notice(
        "25/11/2024",
        "Giao Văn phòng Sở theo dõi, đôn đốc việc thực hiện Thông báo này. Các phòng, đơn vị thực hiện theo đúng k",
    );
    directive(&doc, "đôn đốc việc thực hiện");
    no_directive(&doc, "theo đúng k");
    assert!(
        !doc.directives
            .iter()
            .flat_map(|d| &d.owners)
            .any(|o| o.name.contains("Các phòng")),
        "the fragment names no owner"
    );
    // A last word that is a word: not cut (and an acronym is no fragment either).
    let whole = notice(
        "25/11/2024",
        "Các trường rà soát hồ sơ phổ cập giáo dục xong",
    );
    directive(&whole, "hồ sơ phổ cập");
    let acronym = notice(
        "25/11/2024",
        "Các trường phối hợp tổ chức Hội khỏe Phù Đổng cấp THCS",
    );
    directive(&acronym, "Hội khỏe");
}

#[test]
fn o15_the_press_and_broadcasters_among_co_leads() {
    let doc = notice(
        "12/12/2024",
        "Đề nghị Ban Tuyên giáo Huyện ủy, Báo Lào Cai, Đài Truyền thanh - Truyền hình huyện đẩy mạnh tuyên truyền về chuyển đổi số trong giáo dục.\n\nII. CHẾ ĐỘ BÁO CÁO\n\n1. Các trường báo cáo số liệu về Phòng trước ngày 20/12.\n\n2. Báo cáo đột xuất khi có sự cố về an toàn trường học.",
    );
    assert_eq!(
        owners(directive(&doc, "chuyển đổi số")),
        vec![
            ("Ban Tuyên giáo Huyện ủy", LEAD, false),
            ("Báo Lào Cai", LEAD, false),
            ("Đài Truyền thanh - Truyền hình huyện", LEAD, false)
        ]
    );
    // "BÁO CÁO", "Báo cáo": no newspaper.
    let d = directive(&doc, "báo cáo số liệu");
    assert_eq!(owners(d), vec![("Các trường", LEAD, false)]);
    assert_eq!(owners(directive(&doc, "Báo cáo đột xuất")), vec![]);
}

#[test]
fn o17_deputies_by_their_remit_and_several_holders_of_a_title_own_tasks() {
    let doc = notice(
        "12/12/2024",
        "Phó Giám đốc Sở phụ trách khối văn hóa chỉ đạo các phòng chuyên môn kiểm tra hồ sơ thi đua.\n\nCác đồng chí Phó Giám đốc Sở chỉ đạo các phòng chuyên môn triển khai nhiệm vụ học kỳ II.\n\nĐề nghị các đồng chí Hiệu trưởng các trường THPT nâng cao trách nhiệm quản lý dạy thêm.",
    );
    assert_eq!(
        owners(directive(&doc, "hồ sơ thi đua")),
        vec![
            ("Phó Giám đốc Sở phụ trách khối văn hóa", LEAD, false),
            ("các phòng chuyên môn", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "nhiệm vụ học kỳ II")),
        vec![
            ("Các đồng chí Phó Giám đốc Sở", LEAD, false),
            ("các phòng chuyên môn", LEAD, false)
        ],
        "several deputies are not the one who speaks"
    );
    assert_eq!(
        owners(directive(&doc, "quản lý dạy thêm")),
        vec![("các đồng chí Hiệu trưởng các trường THPT", LEAD, false)]
    );
}

#[test]
fn o6_o7_a_qualifier_of_manner_between_the_subject_and_its_verb() {
    let doc = notice(
        "12/12/2024",
        "Các phòng chuyên môn theo chức năng, nhiệm vụ được giao chủ động hướng dẫn các đơn vị thực hiện.\n\nCác phòng, ban, theo lĩnh vực phụ trách, kiểm tra việc thu chi đầu năm.\n\nCác đồng chí Phó Giám đốc Sở theo lĩnh vực được phân công trực tiếp chỉ đạo các phòng rà soát hồ sơ.",
    );
    assert_eq!(
        owners(directive(&doc, "hướng dẫn các đơn vị")),
        vec![("Các phòng chuyên môn", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "thu chi đầu năm")),
        vec![("Các phòng, ban", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "rà soát hồ sơ")),
        vec![
            ("Các đồng chí Phó Giám đốc Sở", LEAD, false),
            ("các phòng", LEAD, false)
        ]
    );
}

#[test]
fn o6_hands_on_verbs_end_the_unit_and_open_an_item() {
    let doc = notice(
        "12/12/2024",
        "Chậm nhất sau 05 ngày làm việc kể từ ngày kết thúc kỳ kiểm tra, các trường nhập điểm lên hệ thống.\n\nNhập điểm kiểm tra cuối kỳ lên phần mềm trước ngày 15/01/2025.\n\nCác trường vùng lũ di dời thiết bị lên tầng cao, gia cố phòng học.",
    );
    let d = directive(&doc, "các trường nhập điểm");
    assert_eq!(owners(d), vec![("các trường", LEAD, false)]);
    assert_eq!(
        d.deadline.as_ref().map(|x| x.kind),
        Some(DeadlineKind::Relative),
        "D9, D12: fronted and relative"
    );
    assert_eq!(
        due(directive(&doc, "cuối kỳ lên phần mềm")),
        Some("2025-01-15")
    );
    assert_eq!(
        owners(directive(&doc, "di dời thiết bị")),
        vec![("Các trường vùng lũ", LEAD, false)]
    );
}

#[test]
fn o16_a_name_joined_by_a_dash_keeps_its_verb_like_words() {
    let doc = notice(
        "12/12/2024",
        "Giao cho Trung tâm Kỹ thuật tổng hợp - Hướng nghiệp tỉnh xây dựng kế hoạch tư vấn hướng nghiệp.\n\nPhòng Kế hoạch - Tài chính tổng hợp dự toán - kế hoạch vốn năm 2025.",
    );
    assert_eq!(
        owners(directive(&doc, "tư vấn hướng nghiệp")),
        vec![(
            "Trung tâm Kỹ thuật tổng hợp - Hướng nghiệp tỉnh",
            LEAD,
            false
        )]
    );
    assert_eq!(
        owners(directive(&doc, "dự toán")),
        vec![("Phòng Kế hoạch - Tài chính", LEAD, false)],
        "a dash before a lowercase word joins no name"
    );
}

#[test]
fn l11_an_empty_cell_keeps_its_column_and_a_time_cell_is_all_deadline() {
    let doc = notice(
        "12/12/2024",
        "Giám đốc Sở giao nhiệm vụ cụ thể như sau:\n\nTT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n1\tRà soát quy hoạch mạng lưới trường lớp\tPhòng Kế hoạch - Tài chính\tPhòng Tổ chức cán bộ\tTháng 01/2025\n2\tTổ chức Hội khỏe Phù Đổng cấp tỉnh\tPhòng Giáo dục Trung học\tCác trường THPT\tQuý II/2025\n3\tTổng kết năm học\tVăn phòng Sở\t\tTrước 31/5/2025",
    );
    assert_eq!(
        due(directive(&doc, "mạng lưới trường lớp")),
        Some("2025-01-31")
    );
    assert_eq!(
        due(directive(&doc, "Hội khỏe Phù Đổng")),
        Some("2025-06-30")
    );
    // The row with no supporting unit was a column short, and dropped.
    let d = directive(&doc, "Tổng kết năm học");
    assert_eq!(owners(d), vec![("Văn phòng Sở", LEAD, false)]);
    assert_eq!(due(d), Some("2025-05-31"));
}

#[test]
fn l3_o3_the_party_organisations_own_and_lead_the_unit_under_them() {
    // "tổ chức" alone is the verb; "tổ chức cơ sở đảng", "tổ chức đảng" are party bodies, and a
    // plural party body ("Các chi bộ") "lãnh đạo" the unit after it as a link of the chain.
    let doc = notice(
        "05/09/2012",
        "1. Các tổ chức cơ sở đảng trong ngành giáo dục lãnh đạo nhà trường thực hiện tốt nhiệm vụ chính trị; làm tốt công tác phát triển đảng viên.\n\n2. Các tổ chức đảng, đoàn thể vận động đoàn viên tham gia phong trào khuyến học.\n\n3. Các chi bộ lãnh đạo nhà trường rà soát quy hoạch cán bộ quản lý trước ngày 30/9/2012.\n\n4. Tổ chức đảng viên học tập nghị quyết trong tháng 10/2012.",
    );
    let d = directive(&doc, "nhiệm vụ chính trị");
    assert_eq!(
        owners(d),
        vec![
            ("Các tổ chức cơ sở đảng trong ngành giáo dục", LEAD, false),
            ("nhà trường", LEAD, false)
        ]
    );
    assert!(d.text.contains("phát triển đảng viên"), "{}", d.text);
    assert_eq!(
        owners(directive(&doc, "phong trào khuyến học")),
        vec![("Các tổ chức đảng, đoàn thể", LEAD, false)]
    );
    let d = directive(&doc, "quy hoạch cán bộ");
    assert_eq!(
        owners(d),
        vec![("Các chi bộ", LEAD, false), ("nhà trường", LEAD, false)]
    );
    assert_eq!(due(d), Some("2012-09-30"));
    let d = directive(&doc, "học tập nghị quyết");
    assert_eq!(owners(d), vec![]);
    assert_eq!(due(d), Some("2012-10-31"));
}

#[test]
fn h5_a_meeting_named_after_tai_is_no_place() {
    let doc = ketluan::read(
        "HUYỆN ỦY NAM ĐÀN\nSố 85-TB/HU\nNam Đàn, ngày 05 tháng 9 năm 2012\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nTại phiên họp ngày 30/8/2012, sau khi nghe báo cáo, Ban Thường vụ Huyện ủy kết luận như sau:\n1. Các chi bộ trường học rà soát đảng viên trước ngày 30/9/2012.\n",
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2012-08-30"));
    assert_eq!(doc.fields.meeting_place, None);
    let doc = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/TB-PGDĐT\nBa Vì, ngày 10 tháng 3 năm 2023\nTHÔNG BÁO\nKết luận của Trưởng phòng tại hội nghị giao ban\nTại hội nghị giao ban tháng 3 tổ chức ngày 08/3/2023 tại Hội trường UBND huyện, Trưởng phòng kết luận như sau:\n1. Các trường rà soát đội ngũ trước ngày 20/3/2023.\n",
    );
    assert_eq!(
        doc.fields.meeting_place.as_deref(),
        Some("Hội trường UBND huyện")
    );
}

#[test]
fn n9_a_headline_and_a_caption_that_restate_a_directive_count_once() {
    let doc = ketluan::read(
        "Trang chủ > Tin tức > Giáo dục\nSở GD&ĐT yêu cầu các trường rà soát, sửa chữa phòng học trước mùa mưa bão\nNgày đăng: 02/09/2024\nNgày 30/8, Sở GD&ĐT tổ chức cuộc họp với các phòng GD&ĐT và các trường THPT về công tác chuẩn bị năm học mới.\nPhát biểu kết luận, Giám đốc Sở Nguyễn Văn Hùng yêu cầu các trường THPT rà soát, sửa chữa phòng học xuống cấp trước ngày 15/9.\nGiám đốc Sở yêu cầu các trường rà soát, sửa chữa phòng học trước mùa mưa bão (ảnh: Thu Hà).\nTin, ảnh: Thu Hà\n",
    );
    let found: Vec<_> = doc
        .directives
        .iter()
        .filter(|d| d.text.contains("sửa chữa phòng học"))
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(owners(found[0]), vec![("các trường THPT", LEAD, false)]);
    assert_eq!(due(found[0]), Some("2024-09-15"));
}

#[test]
fn l9_o12_a_heading_in_capitals_after_kien_nghi_names_no_owner() {
    // The part headings of an inspection ("KIẾN NGHỊ VÀ BIỆN PHÁP XỬ LÝ") are topics: in a line
    // in capitals a capital is no name, so nothing after "kiến nghị" is an owner.
    let doc = ketluan::read(
        "THANH TRA SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 32/KL-TTr\nThái Bình, ngày 14 tháng 11 năm 2014\nKẾT LUẬN THANH TRA\nVề việc thu, chi tại Trường THPT Bắc Hà\nChánh Thanh tra Sở kết luận như sau:\nI. KẾT QUẢ KIỂM TRA\nNhà trường thu một số khoản chưa đúng quy định.\nII. KIẾN NGHỊ VÀ BIỆN PHÁP XỬ LÝ\n1. Đối với Hiệu trưởng Trường THPT Bắc Hà:\n- Hoàn trả cho cha mẹ học sinh số tiền thu sai trong thời hạn 30 ngày kể từ ngày ký Kết luận này.\n2. Báo cáo kết quả thực hiện về Thanh tra Sở trước ngày 15/01/2015.\nIII. ĐỀ NGHỊ VÀ KIẾN NGHỊ KHÁC\n1. Nộp hồ sơ về Thanh tra Sở trước ngày 20/01/2015.\n",
    );
    let d = directive(&doc, "Hoàn trả");
    assert_eq!(
        owners(d),
        vec![("Hiệu trưởng Trường THPT Bắc Hà", LEAD, true)]
    );
    assert_eq!(due(d), Some("2014-12-14"));
    for quote in ["Báo cáo kết quả thực hiện", "Nộp hồ sơ"] {
        assert_eq!(owners(directive(&doc, quote)), vec![], "{quote}");
    }
}

#[test]
fn o1_o16_the_districts_own_what_they_are_told() {
    // "huyện", "thị xã", "thành phố" head a unit of their own (as "xã", "phường" do); what a
    // district has done is still a report.
    let doc = notice(
        "21/08/2015",
        "Các trường rà soát đội ngũ. Các huyện miền núi cần quan tâm xây dựng nhà bán trú cho học sinh.\n\nHuyện đã hoàn thành phổ cập giáo dục mầm non cho trẻ 5 tuổi.\n\nCác huyện, thị xã, thành phố chỉ đạo các trường rà soát học sinh bỏ học trước ngày 30/11.\n\nĐề nghị thành phố Hạ Long bố trí quỹ đất xây dựng trường học.",
    );
    assert_eq!(
        owners(directive(&doc, "nhà bán trú")),
        vec![("Các huyện miền núi", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "rà soát đội ngũ")),
        vec![("Các trường", LEAD, false)]
    );
    no_directive(&doc, "phổ cập giáo dục mầm non");
    let d = directive(&doc, "học sinh bỏ học");
    assert_eq!(
        owners(d),
        vec![
            ("Các huyện, thị xã, thành phố", LEAD, false),
            ("các trường", LEAD, false)
        ]
    );
    assert_eq!(due(d), Some("2015-11-30"));
    assert_eq!(
        owners(directive(&doc, "quỹ đất")),
        vec![("thành phố Hạ Long", LEAD, false)]
    );
}

#[test]
fn r1_o2_assigning_and_agreeing_to_give_a_task_name_its_owner() {
    let doc = notice(
        "08/11/2024",
        "1. Phân công đồng chí Phó Giám đốc Sở Nguyễn Văn An trực tiếp chỉ đạo công tác tuyển sinh lớp 10.\n\n2. Thống nhất giao Phòng Kế hoạch - Tài chính tham mưu phân bổ kinh phí sự nghiệp giáo dục năm 2025.\n\n3. Hội nghị thống nhất với đề xuất của Phòng Giáo dục Mầm non về lịch kiểm tra.",
    );
    assert_eq!(
        owners(directive(&doc, "tuyển sinh lớp 10")),
        vec![("đồng chí Phó Giám đốc Sở Nguyễn Văn An", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "phân bổ kinh phí")),
        vec![("Phòng Kế hoạch - Tài chính", LEAD, false)]
    );
    no_directive(&doc, "lịch kiểm tra");
}

#[test]
fn o20_the_unit_singled_out_by_rieng_owns() {
    let doc = notice(
        "08/11/2024",
        "1. Riêng Trường THPT Chu Văn An, hoàn thành việc sửa chữa nhà đa năng trước ngày 30/12/2024.\n\n2. Riêng Trường THPT Lê Quý Đôn cần bổ sung hồ sơ kiểm định.\n\n3. Riêng năm nay, các trường tổ chức khai giảng sớm hơn một tuần.",
    );
    let d = directive(&doc, "nhà đa năng");
    assert_eq!(owners(d), vec![("Trường THPT Chu Văn An", LEAD, false)]);
    assert_eq!(due(d), Some("2024-12-30"));
    assert_eq!(
        owners(directive(&doc, "hồ sơ kiểm định")),
        vec![("Trường THPT Lê Quý Đôn", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "khai giảng sớm")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn r1_r2_n15_a_clause_that_only_gives_roles_belongs_to_the_task_before_it() {
    let doc = notice(
        "08/11/2024",
        "1. Giám đốc Sở giao: Phòng Tổ chức cán bộ chủ trì; Văn phòng Sở phối hợp thực hiện.\n\n2. Tổ chức hội thi giáo viên dạy giỏi cấp tỉnh; Phòng Giáo dục Trung học chủ trì, Công đoàn ngành phối hợp.\n\n3. Các trường rà soát thiết bị dạy học; Phòng Kế hoạch - Tài chính tổng hợp nhu cầu mua sắm.",
    );
    assert_eq!(
        owners(directive(&doc, "Văn phòng Sở phối hợp")),
        vec![
            ("Phòng Tổ chức cán bộ", LEAD, false),
            ("Văn phòng Sở", SUPPORT, false)
        ]
    );
    let d = directive(&doc, "hội thi giáo viên");
    assert!(d.text.contains("Công đoàn ngành phối hợp"), "{}", d.text);
    assert_eq!(
        owners(d),
        vec![
            ("Phòng Giáo dục Trung học", LEAD, false),
            ("Công đoàn ngành", SUPPORT, false)
        ]
    );
    // A clause with a task of its own is still a directive of its own (N15).
    assert_eq!(
        owners(directive(&doc, "tổng hợp nhu cầu")),
        vec![("Phòng Kế hoạch - Tài chính", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "rà soát thiết bị")),
        vec![("Các trường", LEAD, false)]
    );
}

#[test]
fn h5_l8_a_labelled_time_line_with_a_comma_before_its_day() {
    // "Thời gian: 16 giờ 30, ngày 11/01/2021." looks like a place-and-date line ("Huế, ngày …")
    // but is labelled: the meeting's day and time.
    let doc = ketluan::read(
        "TRƯỜNG TIỂU HỌC VĨNH NINH\nSố: 08/TB-THVN\nHuế, ngày 12 tháng 01 năm 2021\nTHÔNG BÁO\nKết luận cuộc họp Hội đồng sư phạm tháng 01/2021\nThời gian: 16 giờ 30, ngày 11/01/2021.\nĐịa điểm: Phòng Hội đồng.\nChủ trì: Cô Lê Thị Hạnh - Hiệu trưởng.\nSau khi nghe các bộ phận báo cáo, Hiệu trưởng kết luận:\n1. Các tổ chuyên môn hoàn thành kiểm tra định kỳ trước ngày 15/01/2021.\n",
    );
    let f = &doc.fields;
    assert_eq!(f.issued_place.as_deref(), Some("Huế"));
    assert_eq!(f.issued_date.as_deref(), Some("2021-01-12"));
    assert_eq!(f.meeting_date.as_deref(), Some("2021-01-11"));
    assert_eq!(f.meeting_time.as_deref(), Some("16:30"));
    assert_eq!(f.meeting_place.as_deref(), Some("Phòng Hội đồng"));
    assert_eq!(f.meeting_chair.as_deref(), Some("Lê Thị Hạnh"));
}

#[test]
fn o6_l8_the_hands_on_work_of_a_schools_staff_ends_the_unit() {
    let doc = notice(
        "12/01/2021",
        "- Các lớp trang trí lớp học xong trước ngày 25/01.\n- Giáo viên chủ nhiệm nhận xét học bạ trước ngày 18/01/2021.\n- Tổ Văn phòng soạn thảo kế hoạch tổ chức Tết cho học sinh.\n- Nhân viên bảo vệ canh gác tài sản trong dịp nghỉ Tết.",
    );
    let d = directive(&doc, "trang trí lớp học");
    assert_eq!(owners(d), vec![("Các lớp", LEAD, false)]);
    assert_eq!(due(d), Some("2021-01-25"));
    assert_eq!(
        owners(directive(&doc, "nhận xét học bạ")),
        vec![("Giáo viên chủ nhiệm", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "soạn thảo kế hoạch")),
        vec![("Tổ Văn phòng", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "canh gác")),
        vec![("Nhân viên bảo vệ", LEAD, false)]
    );
}

#[test]
fn o15_a_determiner_after_a_comma_starts_another_unit() {
    let doc = notice(
        "15/05/2023",
        "1. UBND các huyện, thị xã, thành phố chỉ đạo Phòng Giáo dục và Đào tạo, các trường học trên địa bàn thực hiện nghiêm quy định về dạy thêm, học thêm.\n\n2. Các phòng chuyên môn, các đơn vị trực thuộc Sở rà soát thủ tục hành chính.\n\n3. Các cấp ủy, tổ chức đảng quán triệt nghị quyết đến đảng viên.",
    );
    assert_eq!(
        owners(directive(&doc, "dạy thêm, học thêm")),
        vec![
            ("UBND các huyện, thị xã, thành phố", LEAD, false),
            ("Phòng Giáo dục và Đào tạo", LEAD, false),
            ("các trường học trên địa bàn", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "thủ tục hành chính")),
        vec![
            ("Các phòng chuyên môn", LEAD, false),
            ("các đơn vị trực thuộc Sở", LEAD, false)
        ]
    );
    // Without a determiner of its own the nouns share one ("các cấp ủy, tổ chức đảng").
    assert_eq!(
        owners(directive(&doc, "quán triệt nghị quyết")),
        vec![("Các cấp ủy, tổ chức đảng", LEAD, false)]
    );
}

#[test]
fn h10_a_signers_name_with_a_degree_before_it() {
    let doc = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 125/TB-GDĐT\nNgũ Hành Sơn, ngày 5 tháng 3 năm 2019\nTHÔNG BÁO\nKết luận của Trưởng phòng tại cuộc họp giao ban\nTrưởng phòng kết luận:\n1. Các trường rà soát cơ sở dữ liệu ngành trước ngày 15/3/2019.\nNơi nhận:\n- Các trường MN, TH, THCS;\n- Lưu: VT.\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n(Đã ký)\n\nThS. Nguyễn Thị Thu Hà\n",
    );
    let f = &doc.fields;
    assert_eq!(f.signer_authority.as_deref(), Some("KT. TRƯỞNG PHÒNG"));
    assert_eq!(f.signer_position.as_deref(), Some("PHÓ TRƯỞNG PHÒNG"));
    assert_eq!(f.signer_name.as_deref(), Some("ThS. Nguyễn Thị Thu Hà"));
}

#[test]
fn o11_o12_a_heading_that_is_a_unit_alone_passes_it_down() {
    // "I. Các trường THPT" with no colon names the owner of its items as "… :" does; a topic
    // heading ("2. Công tác học sinh") still names none (O12).
    let doc = notice(
        "28/04/2011",
        "I. Các trường THPT\na) Tổ chức ôn tập cho học sinh lớp 12, kết thúc trước 15/5.\nb) Hoàn thành hồ sơ xét tốt nghiệp, nộp về Sở vào đầu tháng 6.\nII. Các phòng GD&ĐT\na) Chỉ đạo các trường THCS xét tốt nghiệp THCS, hoàn thành cuối tháng 5/2011.\nIII. Công tác học sinh\na) Tăng cường giáo dục an toàn giao thông cho học sinh.",
    );
    let d = directive(&doc, "ôn tập cho học sinh lớp 12");
    assert_eq!(owners(d), vec![("Các trường THPT", LEAD, true)]);
    assert_eq!(due(d), Some("2011-05-15"));
    assert_eq!(
        owners(directive(&doc, "hồ sơ xét tốt nghiệp")),
        vec![("Các trường THPT", LEAD, true)]
    );
    assert_eq!(
        owners(directive(&doc, "xét tốt nghiệp THCS")),
        vec![
            ("các trường THCS", LEAD, false),
            ("Các phòng GD&ĐT", LEAD, true)
        ]
    );
    assert_eq!(owners(directive(&doc, "an toàn giao thông")), vec![]);
}

#[test]
fn o7_o16_a_councils_function_keeps_its_verb_a_schools_does_not() {
    // After a head that takes a function name ("Hội đồng", "Ban"), the verb that names the
    // function is the name's; after any other head it is the predicate.
    let doc = notice(
        "14/05/2022",
        "- Hội đồng xét tốt nghiệp các trường hoàn thành hồ sơ trước ngày 30/5.\n- Ban chấm thi tổ chức chấm bài theo quy định.\n- Ban soạn thảo hoàn thiện dự thảo quy chế.\n- Các trường THCS xét tốt nghiệp cho học sinh lớp 9 trước ngày 30/5.\n- Nhân viên phục vụ dọn dẹp phòng thi.\n- Các đơn vị trường học tập trung ôn tập cho học sinh lớp 9.",
    );
    assert_eq!(
        owners(directive(&doc, "hoàn thành hồ sơ")),
        vec![("Hội đồng xét tốt nghiệp các trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "chấm bài")),
        vec![("Ban chấm thi", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "dự thảo quy chế")),
        vec![("Ban soạn thảo", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "cho học sinh lớp 9 trước")),
        vec![("Các trường THCS", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "dọn dẹp phòng thi")),
        vec![("Nhân viên phục vụ", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "ôn tập cho học sinh lớp 9")),
        vec![("Các đơn vị trường học", LEAD, false)]
    );
}

#[test]
fn l1_d8_a_roman_heading_after_an_arabic_list_is_a_heading_not_an_item() {
    // Roman numerals stand above arabic ones even when an opener's "1." list comes first: "II.
    // Nhiệm vụ trọng tâm tháng 02/2022" heads a section (its period passes down) and is no task.
    let doc = notice(
        "14/01/2022",
        "Trưởng phòng yêu cầu Hiệu trưởng các trường thực hiện tốt một số nội dung sau:\n1. Rà soát chất lượng học sinh.\n2. Xây dựng kế hoạch phụ đạo học sinh yếu, hoàn thành trước ngày 25/01.\nII. Nhiệm vụ trọng tâm tháng 02/2022\n1. Tổ chức cho học sinh nghỉ Tết Nguyên đán đúng quy định.",
    );
    no_directive(&doc, "Nhiệm vụ trọng tâm");
    assert_eq!(due(directive(&doc, "nghỉ Tết")), Some("2022-02-28"));
    assert_eq!(due(directive(&doc, "phụ đạo")), Some("2022-01-25"));
}

#[test]
fn d15_a_data_window_in_brackets_is_no_deadline() {
    let doc = notice(
        "10/10/2024",
        "1. Các trường báo cáo số liệu (tính đến 15/10) về Sở trước ngày 25/10/2024.\n\n2. Các trường rà soát đội ngũ (số liệu tính đến ngày 30/9/2024).",
    );
    assert_eq!(due(directive(&doc, "báo cáo số liệu")), Some("2024-10-25"));
    assert_eq!(due(directive(&doc, "rà soát đội ngũ")), None);
}

#[test]
fn d17_when_the_work_starts_is_not_when_it_is_due() {
    let doc = notice(
        "01/03/2024",
        "1. Các trường triển khai quy định mới về dạy thêm, học thêm từ ngày 14/3/2024.\n\n2. Tổ chức kiểm tra chéo từ ngày 10/3 đến ngày 20/3/2024.\n\n3. Các trường tổ chức ôn tập từ ngày 15/3 - 30/4/2024.\n\n4. Các trường áp dụng từ ngày 01/4/2024 mẫu hồ sơ mới.",
    );
    assert_eq!(due(directive(&doc, "dạy thêm, học thêm")), None);
    assert_eq!(due(directive(&doc, "kiểm tra chéo")), Some("2024-03-20"));
    assert_eq!(due(directive(&doc, "ôn tập")), Some("2024-04-30"));
    assert_eq!(due(directive(&doc, "mẫu hồ sơ mới")), None);
}

#[test]
fn o20_o5_a_topic_then_the_speaker_by_name() {
    let doc = notice(
        "06/10/2023",
        "Đối với UBND các xã, thị trấn, bà Hòa yêu cầu phối hợp chặt chẽ với nhà trường trong công tác phổ cập giáo dục, hoàn thành trước ngày 31/12/2023.\n\nĐối với Phòng Tài chính - Kế hoạch, ông Tuấn đề nghị cân đối nguồn kinh phí sửa chữa trường học.",
    );
    let d = directive(&doc, "phổ cập giáo dục");
    assert_eq!(
        owners(d),
        vec![
            ("UBND các xã, thị trấn", LEAD, false),
            ("nhà trường", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2023-12-31"));
    assert_eq!(
        owners(directive(&doc, "cân đối nguồn kinh phí")),
        vec![("Phòng Tài chính - Kế hoạch", LEAD, false)]
    );
}

#[test]
fn r1_r2_d10_labelled_lead_support_and_time_after_a_task() {
    // An assignment laid out with labels, on the task's line or on list lines under it: the
    // labelled units own it (lead, support) and the labelled time is its deadline; the labels
    // are no tasks, and a task that read as none is one when units are named for it.
    let doc = notice(
        "10/01/2025",
        "1. Tổ chức Hội khỏe Phù Đổng cấp tỉnh năm 2025.\n- Đơn vị chủ trì: Phòng Giáo dục Trung học.\n- Đơn vị phối hợp: Công đoàn ngành, Tỉnh đoàn.\n- Thời gian hoàn thành: tháng 3/2025.\n2. Tổng kết năm học 2024 - 2025.\n- Đơn vị chủ trì: Văn phòng Sở.\n- Thời gian: tháng 5/2025.\n3. Kiểm tra công tác tuyển sinh. Đơn vị chủ trì: Thanh tra Sở; đơn vị phối hợp: Phòng Quản lý chất lượng. Thời gian: tháng 6/2025.\n4. Thời gian qua, các trường đã chủ động tuyển sinh.",
    );
    let d = directive(&doc, "Hội khỏe Phù Đổng");
    assert_eq!(
        owners(d),
        vec![
            ("Phòng Giáo dục Trung học", LEAD, false),
            ("Công đoàn ngành", SUPPORT, false),
            ("Tỉnh đoàn", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2025-03-31"));
    let d = directive(&doc, "Tổng kết năm học");
    assert_eq!(owners(d), vec![("Văn phòng Sở", LEAD, false)]);
    assert_eq!(due(d), Some("2025-05-31"));
    let d = directive(&doc, "công tác tuyển sinh");
    assert_eq!(
        owners(d),
        vec![
            ("Thanh tra Sở", LEAD, false),
            ("Phòng Quản lý chất lượng", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2025-06-30"));
    assert!(
        !doc.directives.iter().any(|d| d.text.starts_with("Đơn vị")),
        "{:#?}",
        doc.directives
    );
    no_directive(&doc, "chủ động tuyển sinh");
    assert_eq!(doc.directives.len(), 3, "{:#?}", doc.directives);
}

#[test]
fn l1_d8_parts_lettered_a_b_stand_above_roman_sections() {
    // "A. … B. NHIỆM VỤ THÁNG 5/2011" then "I. Các trường THPT", "II. …": the Roman sections
    // are inside part B, whose period their items keep.
    let doc = notice(
        "28/04/2011",
        "A. ĐÁNH GIÁ CHUNG\nTrong tháng 4, các đơn vị đã thực hiện tốt kế hoạch.\nB. NHIỆM VỤ THÁNG 5/2011\nI. Các trường THPT\na) Tổ chức ôn tập cho học sinh lớp 12.\nII. Các phòng GD&ĐT\na) Thường xuyên kiểm tra việc dạy thêm, học thêm.",
    );
    let d = directive(&doc, "ôn tập cho học sinh lớp 12");
    assert_eq!(owners(d), vec![("Các trường THPT", LEAD, true)]);
    assert_eq!(due(d), Some("2011-05-31"));
    let d = directive(&doc, "dạy thêm, học thêm");
    assert_eq!(owners(d), vec![("Các phòng GD&ĐT", LEAD, true)]);
    assert_eq!(due(d), Some("2011-05-31"));
}

#[test]
fn o16_d18_a_centre_for_continuing_education_keeps_its_name() {
    // "thường xuyên" (regularly) is part of the name of the centres for continuing education,
    // not an adverb that ends the unit or a recurring deadline.
    let doc = notice(
        "20/11/2024",
        "1. Trung tâm Giáo dục thường xuyên tỉnh mở lớp bồi dưỡng kỹ năng số cho học viên.\n\n2. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Sơn Hà rà soát học viên bỏ học, báo cáo trước ngày 05/12.\n\n3. Các trường thường xuyên kiểm tra bếp ăn bán trú.",
    );
    let d = directive(&doc, "kỹ năng số");
    assert_eq!(
        owners(d),
        vec![("Trung tâm Giáo dục thường xuyên tỉnh", LEAD, false)]
    );
    assert!(d.deadline.is_none(), "{:?}", d.deadline);
    let d = directive(&doc, "học viên bỏ học");
    assert_eq!(
        owners(d),
        vec![(
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Sơn Hà",
            LEAD,
            false
        )]
    );
    assert_eq!(due(d), Some("2024-12-05"));
    // The adverb itself still tells how often.
    let d = directive(&doc, "bếp ăn bán trú");
    assert_eq!(owners(d), vec![("Các trường", LEAD, false)]);
    assert_eq!(
        d.deadline.as_ref().map(|x| x.kind),
        Some(DeadlineKind::Recurring)
    );
}

#[test]
fn d9_a_deadline_between_the_subject_and_its_verb() {
    let doc = notice(
        "20/11/2024",
        "1. Các trường THCS chậm nhất là ngày 12 tháng 12 năm 2024 gửi báo cáo sơ kết học kỳ về Sở.\n\n2. Các trường tiểu học trước ngày 10/12 nộp hồ sơ kiểm định.\n\n3. Phòng Khảo thí, trước ngày 20/12, công bố đáp án.\n\n4. Các trường THPT, trong tháng 12/2024, tổ chức kiểm tra cuối kỳ.\n\n5. Các trường mầm non hoàn thành trong tháng 12 việc cập nhật cơ sở dữ liệu.",
    );
    for (quote, owner, date) in [
        ("sơ kết học kỳ", "Các trường THCS", "2024-12-12"),
        ("hồ sơ kiểm định", "Các trường tiểu học", "2024-12-10"),
        ("công bố đáp án", "Phòng Khảo thí", "2024-12-20"),
        ("kiểm tra cuối kỳ", "Các trường THPT", "2024-12-31"),
        // A cue that is a verb ("hoàn thành") is the predicate, not a deadline skipped.
        ("cơ sở dữ liệu", "Các trường mầm non", "2024-12-31"),
    ] {
        let d = directive(&doc, quote);
        assert_eq!(owners(d), vec![(owner, LEAD, false)], "{quote}");
        assert_eq!(due(d), Some(date), "{quote}");
    }
}

/// O17/O18: "các đồng chí" before a title alone names all its holders, as subject and after a
/// request ("Các đồng chí Hiệu trưởng chỉ đạo …", "Đề nghị các đồng chí Hiệu trưởng …"); before,
/// a title with no unit after it made the sentence no directive, or one with no owner.
#[test]
fn o17_the_holders_of_a_title_addressed_as_comrades() {
    let doc = notice(
        "12/03/2025",
        "1. Các đồng chí Hiệu trưởng chỉ đạo giáo viên chủ nhiệm cập nhật sổ điểm điện tử trước ngày 20/3.\n\n2. Đề nghị các đồng chí Hiệu trưởng thực hiện nghiêm chế độ báo cáo định kỳ.",
    );
    let d = directive(&doc, "sổ điểm điện tử");
    assert_eq!(
        owners(d),
        vec![
            ("Các đồng chí Hiệu trưởng", LEAD, false),
            ("giáo viên chủ nhiệm", LEAD, false)
        ]
    );
    assert_eq!(due(d), Some("2025-03-20"));
    assert_eq!(
        owners(directive(&doc, "chế độ báo cáo")),
        vec![("các đồng chí Hiệu trưởng", LEAD, false)]
    );
}

#[test]
fn o17_a_title_and_a_name_without_an_honorific() {
    let doc = notice(
        "20/11/2024",
        "1. Giao Phó Giám đốc Trần Thị Hạnh chỉ đạo việc tổ chức Hội khỏe Phù Đổng cấp tỉnh.\n\n2. Phó Giám đốc Lê Minh Tâm trực tiếp chỉ đạo công tác chuẩn bị kỳ thi chọn học sinh giỏi.\n\n3. Kế toán Đỗ Thị Lan hoàn thành quyết toán kinh phí trước ngày 25/12.\n\n4. Giám đốc Sở yêu cầu Hiệu trưởng Trường THPT Lý Tự Trọng báo cáo giải trình.",
    );
    assert_eq!(
        owners(directive(&doc, "Hội khỏe")),
        vec![("Phó Giám đốc Trần Thị Hạnh", LEAD, false)]
    );
    // A deputy named in the head's conclusions is given the work, not speaking.
    assert_eq!(
        owners(directive(&doc, "kỳ thi chọn")),
        vec![("Phó Giám đốc Lê Minh Tâm", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "quyết toán kinh phí")),
        vec![("Kế toán Đỗ Thị Lan", LEAD, false)]
    );
    // A title before a unit is the unit's head, as before.
    assert_eq!(
        owners(directive(&doc, "báo cáo giải trình")),
        vec![("Hiệu trưởng Trường THPT Lý Tự Trọng", LEAD, false)]
    );
}

#[test]
fn o18_pupils_and_parents_are_told_not_given_the_task() {
    let doc = notice(
        "20/11/2024",
        "1. GVCN các lớp nhắc nhở học sinh thực hiện nghiêm nội quy nhà trường.\n\n2. Nhà trường yêu cầu cha mẹ học sinh đưa đón con đúng giờ.\n\n3. Giám đốc Sở yêu cầu học sinh không mang điện thoại vào phòng thi.\n\n4. Hiệu trưởng yêu cầu giáo viên chủ nhiệm nộp sổ điểm trước ngày 30/11.",
    );
    assert_eq!(
        owners(directive(&doc, "nghiêm nội quy")),
        vec![("GVCN các lớp", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "đưa đón con")),
        vec![("Nhà trường", LEAD, false)]
    );
    // The one who concludes is still no owner, and pupils are none either.
    assert!(directive(&doc, "điện thoại")
        .owners
        .iter()
        .all(|o| o.name != "Giám đốc Sở" && o.name != "học sinh"));
    // A role noun after the request owns, as before (O2).
    assert_eq!(
        owners(directive(&doc, "sổ điểm")),
        vec![("giáo viên chủ nhiệm", LEAD, false)]
    );
}

#[test]
fn o7_a_relative_clause_before_the_modal_stays_in_the_owner() {
    let doc = notice(
        "20/11/2024",
        "1. Giáo viên dạy lớp 9 cần tăng cường phụ đạo học sinh yếu kém.\n\n2. Các trường tổ chức bán trú cần bảo đảm an toàn thực phẩm.\n\n3. Các đồng chí giáo viên dạy lớp 5 tăng cường ôn tập cho học sinh.\n\n4. Thủ trưởng các đơn vị không được né tránh mà phải tăng cường tiếp xúc với báo chí.\n\n5. Hiệu trưởng trường nào để xảy ra tình trạng lạm thu phải chịu trách nhiệm trước Giám đốc Sở.",
    );
    assert_eq!(
        owners(directive(&doc, "phụ đạo")),
        vec![("Giáo viên dạy lớp 9", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "an toàn thực phẩm")),
        vec![("Các trường tổ chức bán trú", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "ôn tập")),
        vec![("Các đồng chí giáo viên dạy lớp 5", LEAD, false)]
    );
    // A negation opens the predicate; a condition warns whoever it may be.
    assert_eq!(
        owners(directive(&doc, "né tránh")),
        vec![("Thủ trưởng các đơn vị", LEAD, false)]
    );
    assert!(directive(&doc, "lạm thu")
        .owners
        .iter()
        .all(|o| !o.name.contains("để xảy ra")));
}

#[test]
fn n8_a_news_report_tells_what_was_said() {
    let doc = notice(
        "18/01/2024",
        "Báo cáo tại hội nghị cho biết, học kỳ I toàn huyện có 98% học sinh đạt yêu cầu về học lực.\n\nÔng Nam cho hay: nhiều trường còn thiếu phòng học bộ môn.\n\nBáo cáo kết quả kiểm tra nội bộ về Phòng trước ngày 30/4.",
    );
    no_directive(&doc, "98% học sinh");
    no_directive(&doc, "phòng học bộ môn");
    // "Báo cáo" as the order itself still is one.
    assert_eq!(due(directive(&doc, "kiểm tra nội bộ")), Some("2024-04-30"));
}

#[test]
fn o7_a_qualifier_with_co_and_a_list_stays_in_the_owner() {
    let doc = notice(
        "20/11/2024",
        "1. Các trường có tổ chức dạy thêm, học thêm phải đăng ký với Phòng trước ngày 10/12.\n\n2. Các trường có học sinh bán trú cần kiểm tra bếp ăn hằng tuần.",
    );
    let d = directive(&doc, "đăng ký với Phòng");
    assert_eq!(
        owners(d),
        vec![("Các trường có tổ chức dạy thêm, học thêm", LEAD, false)]
    );
    assert_eq!(due(d), Some("2024-12-10"));
    assert_eq!(
        owners(directive(&doc, "bếp ăn")),
        vec![("Các trường có học sinh bán trú", LEAD, false)]
    );
}

#[test]
fn r2_a_supporter_s_help_after_its_role_is_still_its_role() {
    let doc = notice(
        "20/11/2024",
        "1. Trung tâm Y tế huyện chủ trì việc khám sức khỏe cho học sinh; các trường phối hợp, tạo điều kiện.\n\n2. Phòng Giáo dục Tiểu học tổ chức giao lưu tiếng Anh; Trường Tiểu học Kim Đồng phối hợp, hỗ trợ.",
    );
    assert_eq!(
        owners(directive(&doc, "khám sức khỏe")),
        vec![
            ("Trung tâm Y tế huyện", LEAD, false),
            ("các trường", SUPPORT, false)
        ]
    );
    // One task: the supporter's clause is no task of its own.
    assert_eq!(doc.directives.len(), 2, "{:#?}", doc.directives);
    assert_eq!(
        owners(directive(&doc, "giao lưu tiếng Anh")),
        vec![
            ("Phòng Giáo dục Tiểu học", LEAD, false),
            ("Trường Tiểu học Kim Đồng", SUPPORT, false)
        ]
    );
}

#[test]
fn d13_this_month_and_next_month_resolve_against_the_notice() {
    // A notice of Friday 20 December 2024.
    let doc = notice(
        "20/12/2024",
        "1. Phòng Kế hoạch - Tài chính tham mưu phân bổ kinh phí trong tháng này.\n\n2. Các trường tổ chức hội thi giáo viên giỏi trong tháng tới.\n\n3. Các trường báo cáo số liệu tháng này về Sở.",
    );
    assert_eq!(due(directive(&doc, "phân bổ kinh phí")), Some("2024-12-31"));
    // Next month crosses into the next year.
    assert_eq!(due(directive(&doc, "giáo viên giỏi")), Some("2025-01-31"));
    // Without a cue "tháng này" dates the figures, not the task.
    assert_eq!(due(directive(&doc, "báo cáo số liệu")), None);
}

#[test]
fn d2_a_day_in_words_after_a_cue_needs_no_ngay() {
    let doc = notice(
        "08/11/2024",
        "1. Phòng Tổ chức cán bộ tham mưu quyết định bổ nhiệm xong trước 30 tháng 11.\n2. Phòng Kế hoạch - Tài chính trình phương án chậm nhất 15 tháng 1 năm 2025.\n3. Các trường duy trì sĩ số trong 3 tháng 10 ngày còn lại của học kỳ.",
    );
    assert_eq!(due(directive(&doc, "bổ nhiệm")), Some("2024-11-30"));
    assert_eq!(due(directive(&doc, "trình phương án")), Some("2025-01-15"));
    assert_eq!(
        due(directive(&doc, "duy trì sĩ số")),
        None,
        "a length of time is not a day"
    );
}

#[test]
fn d4_the_first_and_the_last_quarter_in_words() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường hoàn thành tự đánh giá kiểm định chất lượng trong quý đầu năm 2025.\n2. Văn phòng Sở tổng hợp số liệu thi đua trong quý cuối của năm 2025.\n3. Phòng Giáo dục Tiểu học hoàn thành khảo sát trong quý đầu tiên.",
    );
    assert_eq!(due(directive(&doc, "tự đánh giá")), Some("2025-03-31"));
    assert_eq!(due(directive(&doc, "số liệu thi đua")), Some("2025-12-31"));
    assert_eq!(
        due(directive(&doc, "khảo sát")),
        Some("2025-03-31"),
        "no year: the next first quarter"
    );
}

#[test]
fn d6_the_first_week_and_month_of_the_school_year() {
    let doc = notice(
        "05/08/2025",
        "1. Công an xã bảo đảm an toàn giao thông khu vực cổng trường trong tuần đầu năm học.\n2. Các trường tổ chức khảo sát chất lượng đầu năm trong tháng đầu tiên của năm học 2025-2026.\n3. Các trường tổ chức kiểm tra sức khỏe học sinh ngay từ đầu năm học.",
    );
    assert_eq!(due(directive(&doc, "cổng trường")), Some("2025-09-12"));
    assert_eq!(
        due(directive(&doc, "khảo sát chất lượng")),
        Some("2025-09-30")
    );
    assert_eq!(
        due(directive(&doc, "sức khỏe")),
        None,
        "\"đầu năm học\" alone names a time (see the lexicon)"
    );
}

#[test]
fn j12_items_opened_by_ordinal_words() {
    let doc = notice(
        "12/02/2025",
        "Đồng chí Giám đốc Sở đề nghị các nhà trường tập trung thực hiện các nhiệm vụ sau:\nThứ nhất, tiếp tục rà soát học sinh có nguy cơ bỏ học.\nThứ hai, các trường THCS xây dựng kế hoạch ôn thi vào lớp 10, hoàn thành trước 28/2.\n\nVề công tác thi đua, Giám đốc Sở yêu cầu Văn phòng Sở:\nMột là, tổng hợp hồ sơ khen thưởng.\nHai là, trình Hội đồng thi đua trước ngày 10/3.",
    );
    assert_eq!(
        owners(directive(&doc, "nguy cơ bỏ học")),
        vec![("các nhà trường", LEAD, true)]
    );
    let d = directive(&doc, "ôn thi vào lớp 10");
    assert_eq!(owners(d), vec![("các trường THCS", LEAD, false)]);
    assert_eq!(due(d), Some("2025-02-28"));
    assert_eq!(
        owners(directive(&doc, "hồ sơ khen thưởng")),
        vec![("Văn phòng Sở", LEAD, true)]
    );
    assert_eq!(due(directive(&doc, "Hội đồng thi đua")), Some("2025-03-10"));
}

#[test]
fn o7_what_the_owner_has_not_done_yet_stays_in_its_name() {
    let doc = notice(
        "08/11/2024",
        "Tuy nhiên, một số trường chưa thực hiện kịp thời việc báo cáo. Một số trường chưa tổ chức tốt việc tổ chức hoạt động ngoài giờ lên lớp.\n\n1. Yêu cầu các đơn vị chưa gửi hồ sơ thi đua gửi về Sở trước ngày 15/11/2024.\n2. Các trường chưa triển khai phần mềm quản lý, khẩn trương triển khai trước ngày 30/11/2024.\n3. Trường nào chưa có kế hoạch thì khẩn trương xây dựng, gửi về Phòng trước ngày 20/11.\n4. Đề nghị các trường chưa hoàn thành cập nhật dữ liệu phải hoàn thành trước ngày 25/11/2024.",
    );
    assert_eq!(
        owners(directive(&doc, "hồ sơ thi đua")),
        vec![("các đơn vị chưa gửi hồ sơ thi đua", LEAD, false)],
        "the qualifier's verb said again opens the predicate"
    );
    assert_eq!(
        owners(directive(&doc, "phần mềm")),
        vec![("Các trường chưa triển khai phần mềm quản lý", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "chưa có kế hoạch")),
        vec![("Trường nào chưa có kế hoạch", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "cập nhật dữ liệu")),
        vec![("các trường chưa hoàn thành cập nhật dữ liệu", LEAD, false)]
    );
    // What was not done, with no predicate after it, is a report (N2).
    no_directive(&doc, "kịp thời việc báo cáo");
    no_directive(&doc, "ngoài giờ lên lớp");
}

#[test]
fn o21_the_agent_of_a_passive_assignment_owns_it() {
    let doc = notice(
        "08/11/2024",
        "Hội nghị do đồng chí Giám đốc Sở chủ trì. Do thiếu giáo viên, một số trường chưa bố trí đủ môn học. Hội thi do Sở tổ chức đã thu hút 300 giáo viên tham gia.\n\n1. Việc tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh do Phòng Giáo dục Tiểu học chủ trì thực hiện, hoàn thành trong tháng 12/2024.\n2. Kế hoạch kiểm tra chuyên đề được giao cho đồng chí Phó Giám đốc Nguyễn Văn Tuấn xây dựng, ban hành trước 25/11.\n3. Báo cáo sơ kết học kỳ I do Văn phòng Sở tổng hợp, trình Giám đốc Sở trước ngày 10/01/2025.",
    );
    let d = directive(&doc, "giáo viên dạy giỏi");
    assert_eq!(owners(d), vec![("Phòng Giáo dục Tiểu học", LEAD, false)]);
    assert_eq!(due(d), Some("2024-12-31"));
    assert_eq!(
        owners(directive(&doc, "chuyên đề")),
        vec![("đồng chí Phó Giám đốc Nguyễn Văn Tuấn", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "sơ kết")),
        vec![("Văn phòng Sở", LEAD, false)]
    );
    // The chair, a cause and a report are no assignments.
    no_directive(&doc, "Hội nghị do");
    no_directive(&doc, "thiếu giáo viên");
    no_directive(&doc, "thu hút");
}

#[test]
fn o7_who_manages_a_unit_is_part_of_its_name() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường do UBND huyện quản lý thực hiện báo cáo tài chính theo quy định.\n2. Đề nghị các trường do Sở Giáo dục và Đào tạo trực tiếp quản lý rà soát hồ sơ trước ngày 20/11.",
    );
    assert_eq!(
        owners(directive(&doc, "báo cáo tài chính")),
        vec![("Các trường do UBND huyện quản lý", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "rà soát hồ sơ")),
        vec![(
            "các trường do Sở Giáo dục và Đào tạo trực tiếp quản lý",
            LEAD,
            false
        )]
    );
}

#[test]
fn o15_two_persons_named_as_subjects_are_co_leads() {
    let doc = notice(
        "02/12/2024",
        "1. Thầy Trần Văn Nam, cô Lê Thị Hoa bồi dưỡng đội tuyển học sinh giỏi cấp huyện.\n2. Đồng chí Nguyễn Văn An và đồng chí Trần Thị Bình chuẩn bị nội dung hội nghị tổng kết.\n3. Ông Phạm Văn Hùng, Phó Hiệu trưởng, phải hoàn thành báo cáo trước ngày 10/12.",
    );
    assert_eq!(
        owners(directive(&doc, "đội tuyển")),
        vec![
            ("Thầy Trần Văn Nam", LEAD, false),
            ("cô Lê Thị Hoa", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "hội nghị tổng kết")),
        vec![
            ("Đồng chí Nguyễn Văn An", LEAD, false),
            ("đồng chí Trần Thị Bình", LEAD, false)
        ]
    );
    // A person with the title set off by commas is one owner.
    assert_eq!(
        owners(directive(&doc, "hoàn thành báo cáo")),
        vec![("Ông Phạm Văn Hùng", LEAD, false)]
    );
}

#[test]
fn o18_school_staff_named_by_their_role_own_their_tasks() {
    let doc = notice(
        "02/12/2024",
        "1. Bảo vệ kiểm tra hệ thống điện, phòng cháy chữa cháy trước ngày 20/12.\n2. Thủ quỹ đối chiếu tồn quỹ tiền mặt với kế toán trước ngày 25/12.\n3. Thư viện trường tổ chức Ngày hội đọc sách trong tháng 4.\n4. Y tế trường học kiểm tra vệ sinh bếp ăn bán trú hằng ngày.",
    );
    for (quote, owner) in [
        ("hệ thống điện", "Bảo vệ"),
        ("tồn quỹ", "Thủ quỹ"),
        ("đọc sách", "Thư viện trường"),
        ("bếp ăn", "Y tế trường học"),
    ] {
        assert_eq!(owners(directive(&doc, quote)), vec![(owner, LEAD, false)]);
    }
    // "bảo vệ" before its object is the verb: no unit.
    let doc = notice(
        "02/12/2024",
        "Giao Phòng Chính trị tư tưởng hướng dẫn các trường bảo vệ an toàn cho học sinh.",
    );
    assert_eq!(
        owners(directive(&doc, "an toàn cho học sinh")),
        vec![("Phòng Chính trị tư tưởng", LEAD, false)]
    );
}

#[test]
fn o21_items_opened_by_a_verb_of_managing_or_paying_are_tasks() {
    let doc = notice(
        "02/12/2024",
        "1. Quản lý chặt chẽ việc dạy thêm, học thêm trong nhà trường.\n2. Chi trả đầy đủ chế độ cho giáo viên hợp đồng trước ngày 25/12.\n3. Phân công giáo viên dạy thay kịp thời khi có giáo viên nghỉ ốm.\n4. Trình độ đào tạo của giáo viên đạt chuẩn 100%.",
    );
    assert!(owners(directive(&doc, "dạy thêm, học thêm")).is_empty());
    assert_eq!(due(directive(&doc, "chế độ")), Some("2024-12-25"));
    directive(&doc, "dạy thay kịp thời");
    // "trình" opens no task: "Trình độ" is a noun.
    no_directive(&doc, "Trình độ đào tạo");
}

#[test]
fn d1_a_deadline_given_as_a_label_with_a_colon() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường nộp báo cáo thống kê (hạn nộp: 15/11/2024).\n2. Các trường gửi danh sách đội tuyển, hạn: 20/11.\n3. Các trường báo cáo số liệu học sinh: 150 em, tính đến 15/11/2024.",
    );
    assert_eq!(due(directive(&doc, "thống kê")), Some("2024-11-15"));
    assert_eq!(due(directive(&doc, "đội tuyển")), Some("2024-11-20"));
    assert_eq!(
        due(directive(&doc, "số liệu học sinh")),
        None,
        "a data window after a colon is still no deadline (D15)"
    );
}

#[test]
fn d7_before_the_new_year_holiday() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường hoàn thành thanh toán chế độ trước Tết Dương lịch 2025.\n2. Văn phòng Sở tổng hợp báo cáo trước Tết Dương lịch.",
    );
    assert_eq!(due(directive(&doc, "thanh toán")), Some("2024-12-31"));
    assert_eq!(due(directive(&doc, "tổng hợp báo cáo")), Some("2024-12-31"));
}

#[test]
fn d3_d13_a_day_of_this_or_next_month_and_two_months_together() {
    let doc = notice(
        "20/12/2024",
        "1. Các trường nộp hồ sơ thi đua trước ngày 28 tháng này.\n2. Các trường nộp báo cáo tài chính trước ngày 05 tháng sau.\n3. Các trường tổ chức kiểm tra nội bộ trong tháng 12 và tháng 01/2025.\n4. Các trường tổ chức hội giảng trong tháng 01 và tháng 02/2025.\n5. Các trường nâng cao chất lượng mũi nhọn trong 3 tháng tới.",
    );
    assert_eq!(due(directive(&doc, "thi đua")), Some("2024-12-28"));
    assert_eq!(due(directive(&doc, "tài chính")), Some("2025-01-05"));
    assert_eq!(due(directive(&doc, "hội giảng")), Some("2025-02-28"));
    assert_eq!(
        due(directive(&doc, "mũi nhọn")),
        Some("2025-03-20"),
        "three months from the notice's date (D12)"
    );
    // (A month later in the year than the second is not read as a range: "tháng 12 và tháng 01"
    // keeps the first.)
    assert_eq!(due(directive(&doc, "kiểm tra nội bộ")), Some("2024-12-31"));
}

#[test]
fn h7_who_holds_a_working_session_or_leads_the_delegation_chairs_it() {
    let page = |sentence: &str| {
        ketluan::read(&format!(
            "UBND huyện làm việc với ngành giáo dục\nNgày đăng: 18/09/2023\n{sentence}\nKết luận buổi làm việc, đồng chí Phó Chủ tịch UBND huyện yêu cầu Phòng GD&ĐT tham mưu phương án hợp đồng giáo viên trước ngày 30/9.\n"
        ))
        .fields
    };
    let f = page("Chiều 15/9, đồng chí Nguyễn Văn Thành - Phó Chủ tịch UBND huyện đã có buổi làm việc với Phòng Giáo dục và Đào tạo về nhiệm vụ năm học mới.");
    assert_eq!(f.meeting_chair.as_deref(), Some("Nguyễn Văn Thành"));
    assert_eq!(
        f.meeting_chair_title.as_deref(),
        Some("Phó Chủ tịch UBND huyện")
    );
    let f = page("Chiều 15/9, đoàn công tác của UBND huyện do đồng chí Lê Minh Hải, Phó Chủ tịch UBND huyện dẫn đầu đã làm việc với Phòng Giáo dục và Đào tạo.");
    assert_eq!(f.meeting_chair.as_deref(), Some("Lê Minh Hải"));
    assert_eq!(
        f.meeting_chair_title.as_deref(),
        Some("Phó Chủ tịch UBND huyện")
    );
    assert_eq!(f.meeting_date.as_deref(), Some("2023-09-15"));
}

#[test]
fn o3_a_chain_verb_after_a_run_of_predicates() {
    let doc = notice(
        "08/11/2024",
        "1. Lãnh đạo Sở phụ trách các khối theo dõi, chỉ đạo các phòng chuyên môn thực hiện.\n2. Phòng Giáo dục Tiểu học hướng dẫn, kiểm tra, đôn đốc các phòng GD&ĐT hoàn thành kiểm định chất lượng trước ngày 30/12.\n3. Văn phòng Sở theo dõi, tổng hợp kết quả thực hiện Thông báo này.",
    );
    assert_eq!(
        owners(directive(&doc, "phòng chuyên môn")),
        vec![
            ("Lãnh đạo Sở phụ trách các khối", LEAD, false),
            ("các phòng chuyên môn", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "kiểm định chất lượng")),
        vec![
            ("Phòng Giáo dục Tiểu học", LEAD, false),
            ("các phòng GD&ĐT", LEAD, false)
        ]
    );
    // No chain verb in the run: the subject alone.
    assert_eq!(
        owners(directive(&doc, "tổng hợp kết quả")),
        vec![("Văn phòng Sở", LEAD, false)]
    );
}

#[test]
fn d12_days_after_an_undated_event_have_no_date_even_in_a_dated_section() {
    let doc = notice(
        "02/12/2024",
        "II. NHIỆM VỤ THÁNG 12/2024\n1. Giáo viên bộ môn nhập điểm vào phần mềm chậm nhất 3 ngày sau khi kiểm tra.\n2. Các trường gửi báo cáo về Sở trong vòng 07 ngày kể từ ngày nhận được văn bản.\n3. Các trường rà soát hồ sơ phổ cập.",
    );
    for quote in ["nhập điểm", "gửi báo cáo"] {
        let d = directive(&doc, quote);
        let deadline = d.deadline.as_ref().expect("a relative deadline");
        assert_eq!(deadline.kind, DeadlineKind::Relative, "{quote}");
        assert_eq!(due(d), None, "{quote}");
    }
    // An item with no deadline of its own takes the section's month (D8).
    assert_eq!(due(directive(&doc, "phổ cập")), Some("2024-12-31"));
}

#[test]
fn h4_j2_a_news_page_with_its_name_above_the_date_line_and_an_agency_tag() {
    let doc = ketluan::read(
        "Báo Tuổi Trẻ Thủ đô\nGiáo dục | 14:05 | 22/10/2024\nQuận Hoàn Kiếm: Siết chặt quản lý thu chi đầu năm học\n(TTTĐ) - Chiều 21/10, Phòng GD&ĐT quận Hoàn Kiếm tổ chức hội nghị hiệu trưởng các trường mầm non, tiểu học, THCS.\nĐồng thời, bà Trưởng phòng yêu cầu bộ phận tài chính của Phòng kiểm tra việc thu chi tại các trường trong tháng 11.\nNgọc Anh\n",
    );
    let f = &doc.fields;
    assert_eq!(
        f.subject.as_deref(),
        Some("Quận Hoàn Kiếm: Siết chặt quản lý thu chi đầu năm học"),
        "the headline under the date line, not the paper's name above it"
    );
    assert_eq!(
        f.issued_date.as_deref(),
        Some("2024-10-22"),
        "a section's name beside the clock"
    );
    assert_eq!(f.meeting_date.as_deref(), Some("2024-10-21"));
    // The headline and the lead are no tasks.
    no_directive(&doc, "Siết chặt");
    no_directive(&doc, "tổ chức hội nghị hiệu trưởng");
    let d = directive(&doc, "kiểm tra việc thu chi");
    assert_eq!(
        owners(d),
        vec![("bộ phận tài chính của Phòng", LEAD, false)]
    );
    assert_eq!(due(d), Some("2024-11-30"));
}

#[test]
fn j1_h4_a_newspapers_name_and_sections_over_a_date_line_above_the_headline() {
    let doc = ketluan::read(
        "BÁO ĐIỆN TỬ TỈNH\nThời sự | Giáo dục | Y tế | Du lịch\nGiáo dục\nThứ ba, 12/11/2024 - 10:20\nHuyện miền núi đẩy mạnh chuyển đổi số trong trường học\n(BĐT) - Chiều 11/11, Phòng GD&ĐT huyện Sơn Tây tổ chức hội nghị triển khai chuyển đổi số.\nKết luận hội nghị, ông Trưởng phòng giao bộ phận tin học của Phòng hướng dẫn các trường cập nhật dữ liệu học sinh trong tháng 12.\nThu Hà\n",
    );
    let f = &doc.fields;
    assert_eq!(
        f.subject.as_deref(),
        Some("Huyện miền núi đẩy mạnh chuyển đổi số trong trường học"),
        "the headline under the date line, not the paper's name or its sections"
    );
    assert_eq!(f.issued_date.as_deref(), Some("2024-11-12"));
    assert_eq!(f.meeting_date.as_deref(), Some("2024-11-11"));
    no_directive(&doc, "đẩy mạnh chuyển đổi số");
    no_directive(&doc, "Y tế");
    let d = directive(&doc, "cập nhật dữ liệu");
    assert_eq!(owners(d), vec![("bộ phận tin học của Phòng", LEAD, false)]);
    assert_eq!(due(d), Some("2024-12-31"));
}

/// N8: "Báo cáo tại hội nghị, bà X, Phó Trưởng phòng cho biết …" reports what was said (the
/// telling after the one named and her title); before, "Báo cáo" opened it as an order with no
/// owner. "Báo cáo tại hội nghị giao ban tháng 4 kết quả …", with no comma, is still one.
#[test]
fn n8_reporting_at_the_meeting_put_first_tells_what_was_said() {
    let doc = notice(
        "12/03/2025",
        "Báo cáo tại hội nghị, bà Lê Thị Hoa, Phó Trưởng phòng Giáo dục Tiểu học cho biết 100% trường đã hoàn thành kiểm tra giữa kỳ. Phát biểu tại hội nghị, ông Trần Văn An, Hiệu trưởng Trường THPT Lê Lợi cho biết nhà trường còn thiếu 5 giáo viên.\n\n1. Các trường tổng hợp số liệu, báo cáo tại hội nghị giao ban tháng 4.\n\n2. Báo cáo tại hội nghị giao ban tháng 4 kết quả khảo sát chất lượng.",
    );
    no_directive(&doc, "100% trường");
    no_directive(&doc, "thiếu 5 giáo viên");
    directive(&doc, "tổng hợp số liệu");
    directive(&doc, "kết quả khảo sát chất lượng");
}

#[test]
fn n8_n3_the_chairs_answer_under_a_proposal_named_as_its_label() {
    let doc = notice(
        "28/09/2021",
        "2. Về các kiến nghị, đề xuất:\na) Đề nghị của Trường THCS Nam Sơn về sửa chữa nhà đa năng: giao Phòng Kinh tế và Hạ tầng khảo sát, lập dự toán trước ngày 20/10/2021.\nb) Kiến nghị của UBND xã Tân Hòa, UBND xã Tân Lộc về mặt bằng xây dựng điểm trường: UBND các xã chủ động vận động nhân dân hiến đất.\nc) Đối với đề nghị kéo dài thời gian thi công Trường Mầm non Hoa Sen: không chấp thuận.\nd) Đồng ý với đề xuất của Phòng GD&ĐT về việc điều chỉnh kế hoạch tuyển sinh.\ne) Đối với đề nghị hỗ trợ kinh phí mua bàn ghế: thống nhất về chủ trương, giao Phòng Tài chính - Kế hoạch cân đối nguồn.",
    );
    let d = directive(&doc, "khảo sát, lập dự toán");
    assert_eq!(
        owners(d),
        vec![("Phòng Kinh tế và Hạ tầng", LEAD, false)],
        "the proposer named in the label is no owner"
    );
    assert_eq!(due(d), Some("2021-10-20"));
    assert_eq!(
        owners(directive(&doc, "hiến đất")),
        vec![("UBND các xã", LEAD, false)]
    );
    // A refusal and an agreement decide; they give no one work.
    no_directive(&doc, "không chấp thuận");
    no_directive(&doc, "điều chỉnh kế hoạch tuyển sinh");
    assert_eq!(
        owners(directive(&doc, "cân đối nguồn")),
        vec![("Phòng Tài chính - Kế hoạch", LEAD, false)]
    );
}

/// A notice copied from a PDF viewer: every line of a paragraph broken near 62 characters,
/// wherever a word fell — often right before a unit's or a person's capitalised name.
const WRAPPED_AT_62: &str = "UBND HUYỆN SƠN HÀ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 57/TB-PGDĐT\nSơn Hà, ngày 12 tháng 12 năm 2024\nTHÔNG BÁO\nKết luận của Trưởng phòng tại cuộc họp giao ban tháng 12\nNgày 10/12/2024, Phòng Giáo dục và Đào tạo tổ chức họp giao ban.\nĐồng chí Phạm Văn Long, Trưởng phòng chủ trì cuộc họp. Sau khi\nnghe báo cáo, Trưởng phòng kết luận như sau:\n1. Bộ phận Kế hoạch - Tài chính của Phòng chủ trì, phối hợp với\nPhòng Tài chính - Kế hoạch huyện rà soát kinh phí sửa chữa\ncác điểm trường lẻ, báo cáo Trưởng phòng trước ngày\n25/12/2024.\n2. Các trường phối hợp với Công an xã, Đoàn Thanh niên xã và\nTrạm Y tế xã tuyên truyền phòng chống đuối nước cho học sinh;\nhoàn thành trước ngày 31/12/2024.\n3. Giao ông Đinh Văn Hùng, chuyên viên phụ trách tiểu học theo\ndõi việc dạy tăng cường tiếng Việt tại Trường Tiểu học Sơn\nLinh, Trường Tiểu học Sơn Giang và Trường Tiểu học Sơn\nThượng; gửi báo cáo về Phòng (qua bộ phận chuyên môn)\ntrước ngày 05/01/2025.\nNơi nhận:\n- Các trường;\n- Lưu: VT.\nTRƯỞNG PHÒNG\nPhạm Văn Long\n";

#[test]
fn j7_a_pdf_wrapped_at_a_width_goes_on_before_a_capital() {
    let doc = ketluan::read(WRAPPED_AT_62);
    let d = directive(&doc, "kinh phí sửa chữa");
    assert_eq!(
        owners(d),
        vec![
            ("Bộ phận Kế hoạch - Tài chính của Phòng", LEAD, false),
            ("Phòng Tài chính - Kế hoạch huyện", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2024-12-25"));
    let d = directive(&doc, "đuối nước");
    assert_eq!(
        owners(d),
        vec![
            ("Các trường", LEAD, false),
            ("Công an xã", SUPPORT, false),
            ("Đoàn Thanh niên xã", SUPPORT, false),
            ("Trạm Y tế xã", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2024-12-31"));
    let d = directive(&doc, "tiếng Việt tại Trường Tiểu học Sơn Linh");
    assert_eq!(due(d), Some("2025-01-05"));
    assert!(
        d.text.contains("Trường Tiểu học Sơn Thượng"),
        "a name broken over two lines is read whole: {}",
        d.text
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2024-12-10"));
    // A sentence of the meeting's paragraph that starts a line after a full one is still the
    // paragraph's.
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Phạm Văn Long"));
    no_directive(&doc, "chủ trì cuộc họp");
}

#[test]
fn j9_j7_a_double_spaced_copy_reads_as_its_single_spaced_original() {
    // Some viewers copy a blank line after every line; only two blank lines part paragraphs.
    let single = ketluan::read(WRAPPED_AT_62);
    let double = ketluan::read(&WRAPPED_AT_62.replace('\n', "\n\n"));
    let seen = |doc: &Document| {
        doc.directives
            .iter()
            .map(|d| (d.text.clone(), d.owners.len(), due(d).map(str::to_string)))
            .collect::<Vec<_>>()
    };
    assert_eq!(seen(&double), seen(&single));
    assert_eq!(double.directives.len(), 3);
    assert_eq!(
        double.fields.meeting_chair.as_deref(),
        Some("Phạm Văn Long")
    );
}

#[test]
fn l7_j1_a_cong_van_reposted_under_a_pages_section_and_date_line() {
    let doc = ketluan::read(
        "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ\nVăn bản chỉ đạo\nNgày đăng: 18/10/2024 | Lượt xem: 57\n\nUBND TỈNH PHÚ YÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1876/SGDĐT-GDTrH\nV/v phòng, chống bạo lực học đường\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhú Yên, ngày 16 tháng 10 năm 2024\nKính gửi: Hiệu trưởng các trường THPT.\nSở GD&ĐT đề nghị Hiệu trưởng các trường THPT kiện toàn Ban chỉ đạo phòng, chống bạo lực học đường, hoàn thành trước ngày 31/10/2024.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn Nam\n\nTin liên quan\nKế hoạch tuyển sinh năm học 2025-2026 (02/10/2024)\n",
    );
    let f = &doc.fields;
    assert_eq!(
        f.subject.as_deref(),
        Some("phòng, chống bạo lực học đường"),
        "neither the page's section nor the issuer under its date line is the headline"
    );
    assert_eq!(f.number.as_deref(), Some("1876/SGDĐT-GDTrH"));
    assert_eq!(f.issued_date.as_deref(), Some("2024-10-16"));
    let d = directive(&doc, "kiện toàn Ban chỉ đạo");
    assert_eq!(
        owners(d),
        vec![("Hiệu trưởng các trường THPT", LEAD, false)]
    );
    assert_eq!(due(d), Some("2024-10-31"));
}

#[test]
fn h4_l9_a_subject_with_no_blank_line_under_it_ends_where_a_sentence_opens() {
    let cong_van = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 388/PGDĐT-THCS\nV/v ôn tập thi tuyển sinh vào lớp 10\nKính gửi: Hiệu trưởng các trường THCS.\nThực hiện Kế hoạch số 455/KH-SGDĐT ngày 02/3/2023 của Sở GD&ĐT, Phòng GD&ĐT đề nghị các trường tổ chức thi thử trước ngày 15/4/2023.\n",
    );
    assert_eq!(
        cong_van.fields.subject.as_deref(),
        Some("ôn tập thi tuyển sinh vào lớp 10")
    );
    assert_eq!(due(directive(&cong_van, "thi thử")), Some("2023-04-15"));
    let inspection = ketluan::read(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/KL-SGDĐT\nBắc Kạn, ngày 10 tháng 4 năm 2021\nKẾT LUẬN THANH TRA\nViệc thực hiện các quy định về quản lý tài chính tại Trường THPT Chợ Đồn\nTừ ngày 22/3/2021 đến ngày 26/3/2021, Đoàn thanh tra đã tiến hành thanh tra tại Trường THPT Chợ Đồn.\n1. Hiệu trưởng Trường THPT Chợ Đồn hoàn trả các khoản thu sai trước ngày 30/4/2021.\n",
    );
    assert_eq!(
        inspection.fields.subject.as_deref(),
        Some("Việc thực hiện các quy định về quản lý tài chính tại Trường THPT Chợ Đồn")
    );
}

#[test]
fn d10_r1_an_unmarked_label_line_under_a_numbered_task_is_the_tasks() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường rà soát hồ sơ phổ cập giáo dục.\nThời gian hoàn thành: trong tháng 12/2024.\n2. Tổng kết phong trào thi đua năm học.\nĐơn vị chủ trì: Văn phòng Sở; đơn vị phối hợp: Công đoàn ngành.\n3. Các trường cập nhật dữ liệu học sinh.",
    );
    assert_eq!(doc.directives.len(), 3, "{:#?}", doc.directives);
    let d = directive(&doc, "hồ sơ phổ cập");
    assert_eq!(owners(d), vec![("Các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2024-12-31"));
    let d = directive(&doc, "phong trào thi đua");
    assert_eq!(
        owners(d),
        vec![
            ("Văn phòng Sở", LEAD, false),
            ("Công đoàn ngành", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "dữ liệu học sinh")),
        vec![("Các trường", LEAD, false)]
    );
}

#[test]
fn n8_a_school_proposing_to_the_issuer_is_no_task_but_a_department_asked_to_propose_is() {
    let doc = notice(
        "14/11/2024",
        "1. Ông Hoàng Văn Tám, Hiệu trưởng Trường THCS Sơn Hà đề xuất Phòng sớm hướng dẫn việc thu quỹ lớp.\n\n2. Trường Tiểu học Hòa Bình kiến nghị Sở bổ sung biên chế giáo viên âm nhạc. Giám đốc Sở giao Phòng Tổ chức cán bộ rà soát, đề xuất phương án trước ngày 30/11.\n\n3. Một vài trường xin được lùi lịch kiểm tra học kỳ.\n\n4. Phòng Kế hoạch - Tài chính đề xuất Giám đốc Sở phương án bố trí kinh phí trước ngày 10/12.\n\n5. Bà Lê Thị Mai, Phó Chủ tịch UBND huyện đề nghị Phòng GD&ĐT chỉ đạo các trường rà soát học sinh bỏ học.",
    );
    no_directive(&doc, "thu quỹ lớp");
    no_directive(&doc, "âm nhạc");
    no_directive(&doc, "lùi lịch");
    let answer = directive(&doc, "đề xuất phương án trước");
    assert_eq!(owners(answer), vec![("Phòng Tổ chức cán bộ", LEAD, false)]);
    // A department of the issuer is given the proposing to do; a leader's request is an order.
    let d = directive(&doc, "phương án bố trí kinh phí");
    assert_eq!(owners(d), vec![("Phòng Kế hoạch - Tài chính", LEAD, false)]);
    let d = directive(&doc, "học sinh bỏ học");
    assert_eq!(
        owners(d),
        vec![("Phòng GD&ĐT", LEAD, false), ("các trường", LEAD, false)]
    );
}

#[test]
fn o16_councils_named_after_their_work_keep_their_verbs() {
    let doc = notice(
        "14/11/2024",
        "Hội đồng thi đua khen thưởng Sở xét duyệt danh sách đề nghị khen thưởng trước ngày 25/11/2024.\n\nBan Chỉ huy phòng, chống thiên tai huyện chỉ đạo các xã kiểm tra trường học vùng trũng.\n\nCác trường xây dựng kế hoạch phòng, chống dịch bệnh.",
    );
    let d = directive(&doc, "xét duyệt danh sách");
    assert_eq!(
        owners(d),
        vec![("Hội đồng thi đua khen thưởng Sở", LEAD, false)]
    );
    let d = directive(&doc, "vùng trũng");
    assert_eq!(
        owners(d),
        vec![
            ("Ban Chỉ huy phòng, chống thiên tai huyện", LEAD, false),
            ("các xã", LEAD, false)
        ]
    );
    // Inside a task the same words are the work, not a name.
    assert_eq!(
        owners(directive(&doc, "dịch bệnh")),
        vec![("Các trường", LEAD, false)]
    );
}

#[test]
fn o21_a_document_sent_on_by_a_time_is_a_task_without_its_sender() {
    let doc = notice(
        "14/11/2024",
        "1. Số liệu báo cáo tính đến ngày 31/12/2024, gửi về Sở trước ngày 05/01/2025.\n\n2. Hồ sơ đề nghị công nhận trường đạt chuẩn quốc gia nộp về Sở trước ngày 15/12/2024.\n\n3. Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường hoàn thành trong tháng 12/2024.\n\n4. Hồ sơ thi đua của các trường đã gửi về Sở trước ngày 10/11/2024.\n\n5. Số liệu thống kê của một số đơn vị gửi về Sở còn chậm.",
    );
    let d = directive(&doc, "Số liệu báo cáo");
    assert_eq!(
        due(d),
        Some("2025-01-05"),
        "the data window is not the deadline"
    );
    assert!(owners(d).is_empty());
    assert_eq!(due(directive(&doc, "chuẩn quốc gia")), Some("2024-12-15"));
    assert_eq!(
        due(directive(&doc, "Hội khỏe Phù Đổng")),
        Some("2024-12-31")
    );
    // What was sent, or is sent late, is reported (N1, N2).
    no_directive(&doc, "hồ sơ thi đua");
    no_directive(&doc, "còn chậm");
}

#[test]
fn d12_a_count_of_days_weeks_or_months_ahead_runs_from_the_notices_date() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường rà soát hồ sơ kiểm định trong 3 tháng tới.\n\n2. Các trường sửa chữa phòng học trong 2 tuần tiếp theo.\n\n3. Phòng Tổ chức cán bộ trình phương án trong vòng 10 ngày tới.\n\n4. Văn phòng Sở tổng hợp ý kiến trong tháng tới.\n\n5. Các trường báo cáo kết quả trong thời gian tới.",
    );
    let d = directive(&doc, "kiểm định");
    assert_eq!(due(d), Some("2025-02-08"));
    assert_eq!(
        d.deadline.as_ref().map(|x| x.kind),
        Some(DeadlineKind::Relative)
    );
    assert_eq!(due(directive(&doc, "phòng học")), Some("2024-11-22"));
    assert_eq!(due(directive(&doc, "trình phương án")), Some("2024-11-18"));
    // "tháng tới" alone is next month (D13), "thời gian tới" no date.
    assert_eq!(due(directive(&doc, "tổng hợp ý kiến")), Some("2024-12-31"));
    assert_eq!(due(directive(&doc, "thời gian tới")), None);
}

#[test]
fn r1_the_lead_named_in_a_bracket_after_the_task() {
    let doc = notice(
        "04/03/2019",
        "II. NHIỆM VỤ TRỌNG TÂM THÁNG 3/2019\n- Tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học (Bộ phận Tiểu học tham mưu, thực hiện). Thời gian: từ ngày 11/3 đến ngày 15/3/2019.\n- Kiểm tra hồ sơ phổ cập giáo dục các xã (Giao: Bộ phận Phổ cập).\n- Tổng hợp số liệu thống kê (qua bộ phận THCS).",
    );
    let d = directive(&doc, "dạy giỏi");
    assert_eq!(owners(d), vec![("Bộ phận Tiểu học", LEAD, false)]);
    assert_eq!(due(d), Some("2019-03-15"));
    assert_eq!(
        owners(directive(&doc, "phổ cập giáo dục")),
        vec![("Bộ phận Phổ cập", LEAD, false)]
    );
    // A channel in a bracket names no owner.
    assert!(owners(directive(&doc, "số liệu thống kê")).is_empty());
}

#[test]
fn o6_o7_a_unit_ends_before_its_verb_and_keeps_what_is_under_way_in_it() {
    let doc = notice(
        "04/03/2019",
        "Hiệu trưởng các trường chỉ đạo tổ chuyên môn sinh hoạt theo nghiên cứu bài học.\n\nCác trường có công trình đang thi công phối hợp với nhà thầu bảo đảm an toàn cho học sinh.\n\nCác trường có công trình đang thi công.",
    );
    assert_eq!(
        owners(directive(&doc, "nghiên cứu bài học")),
        vec![
            ("Hiệu trưởng các trường", LEAD, false),
            ("tổ chuyên môn", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "nhà thầu")),
        vec![
            ("Các trường có công trình đang thi công", LEAD, false),
            ("nhà thầu", SUPPORT, false)
        ]
    );
    assert_eq!(
        doc.directives.len(),
        2,
        "what is under way alone is reported"
    );
}

#[test]
fn n7_after_a_purpose_or_an_occasion_put_first_the_next_clause_opens_the_sentence() {
    let doc = notice(
        "04/03/2019",
        "1. Để nâng cao chất lượng, tổ chức bồi dưỡng giáo viên cốt cán.\n2. Hưởng ứng Tháng Thanh niên, các trường phối hợp với Đoàn xã tổ chức các hoạt động tình nguyện.",
    );
    assert!(owners(directive(&doc, "cốt cán")).is_empty());
    assert_eq!(
        owners(directive(&doc, "tình nguyện")),
        vec![("các trường", LEAD, false), ("Đoàn xã", SUPPORT, false)]
    );
}

#[test]
fn d6_before_the_new_school_year_is_its_opening_day() {
    let doc = notice(
        "12/11/2019",
        "1. Đề nghị Sở Giáo dục và Đào tạo bổ sung chỉ tiêu biên chế giáo viên cho huyện trước năm học mới.\n2. Các trường tổng kết năm học trước ngày 31/5.",
    );
    assert_eq!(due(directive(&doc, "biên chế")), Some("2020-09-05"));
    assert_eq!(due(directive(&doc, "tổng kết")), Some("2020-05-31"));
    let summer = notice(
        "10/07/2024",
        "Các trường hoàn thành sửa chữa phòng học trước năm học mới.",
    );
    assert_eq!(due(directive(&summer, "sửa chữa")), Some("2024-09-05"));
}

#[test]
fn d8_a_purpose_put_first_gives_its_list_no_period() {
    let doc = notice(
        "15/08/2023",
        "1. Để chuẩn bị tốt cho năm học 2023-2024, Ban Thường vụ Huyện ủy yêu cầu:\n- Ban cán sự đảng UBND huyện lãnh đạo UBND huyện bố trí đủ giáo viên cho các trường.\n- Đảng ủy các xã vận động trẻ trong độ tuổi ra lớp.\n2. Để hoàn thành nhiệm vụ năm học, Giám đốc Sở yêu cầu các trường thực hiện tốt các nội dung sau trong học kỳ II:\n- Tăng cường kiểm tra nội bộ.",
    );
    assert_eq!(due(directive(&doc, "đủ giáo viên")), None);
    assert_eq!(due(directive(&doc, "ra lớp")), None);
    // The period said after the purpose still passes down.
    assert_eq!(due(directive(&doc, "kiểm tra nội bộ")), Some("2024-05-31"));
}

#[test]
fn o18_a_title_alone_before_a_modal_is_its_holder() {
    let doc = notice(
        "14/10/2024",
        "Phát biểu kết luận, Giám đốc Sở nhấn mạnh: “Các nhà trường tuyệt đối không được thu các khoản ngoài quy định. Hiệu trưởng phải công khai các khoản thu trước ngày 31/10”.\n\nThủ trưởng cần gương mẫu trong việc chấp hành quy định.",
    );
    assert_eq!(
        owners(directive(&doc, "ngoài quy định")),
        vec![("Các nhà trường", LEAD, false)]
    );
    let d = directive(&doc, "công khai các khoản thu");
    assert_eq!(owners(d), vec![("Hiệu trưởng", LEAD, false)]);
    assert_eq!(due(d), Some("2024-10-31"));
    assert_eq!(
        owners(directive(&doc, "gương mẫu")),
        vec![("Thủ trưởng", LEAD, false)]
    );
}

#[test]
fn l9_blame_for_what_an_inspection_found_is_no_task() {
    let doc = notice(
        "20/06/2021",
        "II. KẾT LUẬN\nHiệu trưởng nhà trường chịu trách nhiệm chính về những sai phạm nêu trên; kế toán chịu trách nhiệm liên đới.\nIII. KIẾN NGHỊ\n1. Thủ trưởng các đơn vị chịu trách nhiệm trước Giám đốc Sở nếu để xảy ra vi phạm.\n2. Hiệu trưởng chịu trách nhiệm về kết quả tuyển sinh của nhà trường.",
    );
    no_directive(&doc, "sai phạm nêu trên");
    no_directive(&doc, "liên đới");
    // A warning, and responsibility for work ahead, are directives.
    assert_eq!(
        owners(directive(&doc, "để xảy ra vi phạm")),
        vec![("Thủ trưởng các đơn vị", LEAD, false)]
    );
    directive(&doc, "kết quả tuyển sinh");
}

#[test]
fn d1_a_day_written_after_its_weekday() {
    let doc = notice(
        "18/11/2024",
        "1. Đ/c Nguyễn Thị Lan (PHT): chỉ đạo các tổ chuyên môn hoàn thành đề kiểm tra giữa kỳ, nộp về PHT trước thứ Năm (21/11).\n2. Văn phòng hoàn thành hồ sơ vào chiều thứ Sáu, ngày 22/11/2024.\n3. Các tổ họp vào sáng Chủ nhật (24/11).",
    );
    let d = directive(&doc, "giữa kỳ");
    assert_eq!(due(d), Some("2024-11-21"));
    assert_eq!(
        d.deadline.as_ref().map(|x| x.text.as_str()),
        Some("trước thứ Năm (21/11)")
    );
    assert_eq!(due(directive(&doc, "hồ sơ vào chiều")), Some("2024-11-22"));
    assert_eq!(due(directive(&doc, "Chủ nhật")), Some("2024-11-24"));
}

#[test]
fn l10_an_item_labelled_as_the_week_past_reports() {
    let doc = notice(
        "18/11/2024",
        "1. Công tác tuần qua: Các tổ thực hiện nghiêm túc chương trình; tổ chức thành công Lễ kỷ niệm Ngày Nhà giáo Việt Nam.\n2. Công tác tuần tới: Các tổ hoàn thành đề kiểm tra giữa kỳ.",
    );
    no_directive(&doc, "nghiêm túc chương trình");
    directive(&doc, "đề kiểm tra giữa kỳ");
}

#[test]
fn o7_a_qualifier_after_co_runs_to_the_modal() {
    let doc = notice(
        "04/03/2019",
        "Hiệu trưởng các trường THCS, THPT có học sinh tham dự kỳ thi chịu trách nhiệm đưa đón học sinh.\n\nCác trường có học sinh đạt giải tổ chức tuyên dương.",
    );
    assert_eq!(
        owners(directive(&doc, "đưa đón")),
        vec![(
            "Hiệu trưởng các trường THCS, THPT có học sinh tham dự kỳ thi",
            LEAD,
            false
        )]
    );
    // Without a modal the first verb is the predicate.
    assert_eq!(
        owners(directive(&doc, "tuyên dương")),
        vec![("Các trường có học sinh đạt giải", LEAD, false)]
    );
}

#[test]
fn n1_an_overall_assessment_reports() {
    let doc = notice(
        "04/03/2019",
        "1. Nhìn chung, các đơn vị thực hiện tốt chế độ báo cáo.\n2. Nhìn chung, các trường cần chú trọng hơn công tác y tế học đường.",
    );
    no_directive(&doc, "chế độ báo cáo");
    // A modal still gives an order.
    assert_eq!(
        owners(directive(&doc, "y tế học đường")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn o17_the_one_sent_or_named_for_a_task_leads() {
    let doc = notice(
        "04/03/2019",
        "1. Cử đồng chí Trần Văn Bình, chuyên viên Phòng Giáo dục Tiểu học tham gia Đoàn kiểm tra của Bộ.\n2. Chỉ định Trường THCS Tân Phú làm đơn vị đăng cai Hội khỏe Phù Đổng.\n3. Cử cán bộ tham gia tập huấn tại Hà Nội.\n4. Cử tri phản ánh chất lượng bữa ăn bán trú.",
    );
    assert_eq!(
        owners(directive(&doc, "Đoàn kiểm tra của Bộ")),
        vec![("đồng chí Trần Văn Bình", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "đăng cai")),
        vec![("Trường THCS Tân Phú", LEAD, false)]
    );
    // Staff sent without a name own nothing; voters are no order to send.
    assert!(owners(directive(&doc, "tập huấn tại Hà Nội")).is_empty());
    no_directive(&doc, "Cử tri");
}

#[test]
fn o16_a_proper_name_runs_over_its_verbs_to_its_place() {
    let doc = notice(
        "04/03/2019",
        "Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh khảo sát trẻ khuyết tật.\n\nPhòng Giáo dục và Đào tạo thị xã Bình Long phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao thị xã tổ chức Hội khỏe Phù Đổng.\n\nPhòng Giáo dục Tiểu học kiểm tra việc dạy học tại xã Tân Phú.",
    );
    assert_eq!(
        owners(directive(&doc, "khuyết tật")),
        vec![(
            "Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh",
            LEAD,
            false
        )]
    );
    assert_eq!(
        owners(directive(&doc, "Hội khỏe")),
        vec![
            ("Phòng Giáo dục và Đào tạo thị xã Bình Long", LEAD, false),
            (
                "Trung tâm Văn hóa, Thông tin và Thể thao thị xã",
                SUPPORT,
                false
            )
        ]
    );
    // The verb of a task that ends at a place is the predicate.
    assert_eq!(
        owners(directive(&doc, "dạy học tại xã")),
        vec![("Phòng Giáo dục Tiểu học", LEAD, false)]
    );
}

#[test]
fn o15_a_unit_named_twice_among_co_leads_is_one_owner() {
    let doc = notice(
        "04/03/2019",
        "Sở Thông tin và Truyền thông, Báo Bình Phước, Đài Phát thanh - Truyền hình và Báo Bình Phước tăng cường tuyên truyền.",
    );
    assert_eq!(
        owners(directive(&doc, "tuyên truyền")),
        vec![
            ("Sở Thông tin và Truyền thông", LEAD, false),
            ("Báo Bình Phước", LEAD, false),
            ("Đài Phát thanh - Truyền hình", LEAD, false)
        ]
    );
}

#[test]
fn d5_a_target_named_at_length_is_due_at_its_years_end() {
    let doc = notice(
        "04/03/2025",
        "1. Các phòng GD&ĐT hoàn thành chỉ tiêu huy động trẻ ra lớp năm 2025.\n2. Các trường triển khai Kế hoạch năm 2025 về chuyển đổi số.\n3. Phòng Kế hoạch - Tài chính xây dựng dự toán ngân sách năm 2025.",
    );
    assert_eq!(due(directive(&doc, "huy động trẻ")), Some("2025-12-31"));
    // A plan or a budget named with its year is no deadline (D16).
    assert_eq!(due(directive(&doc, "chuyển đổi số")), None);
    assert_eq!(due(directive(&doc, "dự toán")), None);
}

#[test]
fn l5_an_order_after_a_sentence_ending_in_a_number_in_the_dated_lead() {
    let doc = ketluan::read(
        "Sở GD&ĐT giao ban tháng 3\nNgày đăng: 12/03/2024\n(GD&TĐ) - Chiều 11/3, Sở GD&ĐT tổ chức giao ban tháng 3. Giám đốc Sở yêu cầu các trường hoàn thành hồ sơ trước ngày 20/3.\nTin liên quan\n",
    );
    let d = directive(&doc, "hoàn thành hồ sơ");
    assert_eq!(owners(d), vec![("các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2024-03-20"));
}

#[test]
fn h7_who_concludes_is_the_chair_over_who_gave_the_directing_speech() {
    let doc = ketluan::read(
        "Hội nghị sơ kết học kỳ I năm học 2022-2023\nNgày đăng: 16/01/2023\nNgày 13/01/2023, Phòng GD&ĐT huyện Nho Quan tổ chức Hội nghị sơ kết học kỳ I. Tới dự có đồng chí Đinh Văn Hùng, Phó Chủ tịch UBND huyện.\nPhát biểu chỉ đạo hội nghị, đồng chí Đinh Văn Hùng ghi nhận những kết quả ngành giáo dục đạt được.\nKết luận hội nghị, đồng chí Trưởng phòng GD&ĐT Phạm Văn Tuấn yêu cầu các đơn vị hoàn thành việc bàn giao chất lượng học sinh lớp 9 trước ngày 20/01.\n",
    );
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Phạm Văn Tuấn"));
    assert_eq!(due(directive(&doc, "bàn giao")), Some("2023-01-20"));
}

#[test]
fn j12_items_numbered_in_brackets() {
    let doc = notice(
        "04/03/2025",
        "Giám đốc Sở yêu cầu:\n(1) Các trường tiểu học tổ chức giao lưu Tiếng Việt.\n(2) Rà soát học sinh có nguy cơ bỏ học.",
    );
    assert_eq!(
        owners(directive(&doc, "giao lưu")),
        vec![("Các trường tiểu học", LEAD, false)]
    );
    directive(&doc, "nguy cơ bỏ học");
}

#[test]
fn d9_o2_a_request_then_a_deadline_put_first_then_who_is_asked() {
    let doc = notice(
        "14/01/2025",
        "1. Đề nghị trong học kỳ II, ngành giáo dục tập trung nâng cao chất lượng giáo dục toàn diện.\n2. Trung tâm Y tế huyện đảm nhận việc khám sức khỏe cho học sinh.",
    );
    let d = directive(&doc, "toàn diện");
    assert_eq!(owners(d), vec![("ngành giáo dục", LEAD, false)]);
    assert_eq!(due(d), Some("2025-05-31"));
    assert_eq!(
        owners(directive(&doc, "khám sức khỏe")),
        vec![("Trung tâm Y tế huyện", LEAD, false)]
    );
}

/// O19: the papers a unit must hand in, with their possessor and a modal ("Kế hoạch của các
/// trường phải gửi về Sở …", "Hồ sơ của các đơn vị cần hoàn thiện …"), are that unit's work, as
/// "Báo cáo của các đơn vị gửi về Sở …" is. Before, no owner.
#[test]
fn o19_the_papers_of_a_unit_with_a_modal_are_its_work() {
    let doc = notice(
        "12/03/2025",
        "1. Kế hoạch ôn thi của các trường THPT phải gửi về Sở trước ngày 20/3.\n\n2. Hồ sơ thi đua của các đơn vị cần hoàn thiện trước ngày 25/3.",
    );
    let d = directive(&doc, "Kế hoạch ôn thi");
    assert_eq!(owners(d), vec![("các trường THPT", LEAD, false)]);
    assert_eq!(due(d), Some("2025-03-20"));
    assert_eq!(
        owners(directive(&doc, "Hồ sơ thi đua")),
        vec![("các đơn vị", LEAD, false)]
    );
}

#[test]
fn o19_the_work_named_at_length_then_its_possessor_then_a_modal() {
    let doc = notice(
        "14/01/2025",
        "Công tác kiểm định chất lượng giáo dục của các trường cần được quan tâm hơn.\n\nHoạt động ngoại khóa của các trường THCS phải bảo đảm an toàn.\n\nCông tác chuẩn bị của Ban tổ chức đã được thực hiện chu đáo.",
    );
    assert_eq!(
        owners(directive(&doc, "kiểm định")),
        vec![("các trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "ngoại khóa")),
        vec![("các trường THCS", LEAD, false)]
    );
    no_directive(&doc, "chu đáo");
}

#[test]
fn n4_leave_to_act_as_one_sees_fit_is_no_directive() {
    let doc = notice(
        "14/01/2025",
        "1. Các trường được chủ động xây dựng kế hoạch giáo dục nhà trường.\n2. Các trường không được tổ chức dạy thêm đối với học sinh tiểu học.",
    );
    no_directive(&doc, "kế hoạch giáo dục nhà trường");
    // A prohibition is a directive (N12).
    assert_eq!(
        owners(directive(&doc, "dạy thêm")),
        vec![("Các trường", LEAD, false)]
    );
}

#[test]
fn o2_who_is_asked_after_a_time_with_no_date() {
    let doc = notice(
        "14/01/2025",
        "Phát biểu kết luận, đồng chí Nguyễn Văn Hòa đề nghị thời gian tới, ngành giáo dục cần tập trung triển khai các giải pháp nâng cao chất lượng.\n\nĐề nghị trong thời gian tới, các trường tăng cường kiểm tra nội bộ.",
    );
    let d = directive(&doc, "các giải pháp");
    assert_eq!(owners(d), vec![("ngành giáo dục", LEAD, false)]);
    assert_eq!(due(d), None);
    assert_eq!(
        owners(directive(&doc, "kiểm tra nội bộ")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn o20_o7_a_topic_with_what_it_has_not_done_then_a_comma() {
    let doc = notice(
        "14/10/2024",
        "1. Đối với các trường chưa đạt chuẩn quốc gia, Hiệu trưởng xây dựng lộ trình cụ thể, báo cáo Sở trong quý I năm 2025.\n\n2. Đối với các cơ sở chưa có giấy phép hoạt động, cần hoàn thiện hồ sơ trong tháng 11/2024.\n\n3. Đối với các đơn vị chưa nộp quyết toán, Giám đốc Sở giao: đôn đốc nộp ngay.",
    );
    let d = directive(&doc, "lộ trình cụ thể");
    assert_eq!(owners(d), vec![("Hiệu trưởng", LEAD, false)]);
    assert_eq!(due(d), Some("2025-03-31"));
    assert_eq!(
        owners(directive(&doc, "hoàn thiện hồ sơ")),
        vec![("các cơ sở chưa có giấy phép hoạt động", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "đôn đốc nộp")),
        vec![("các đơn vị chưa nộp quyết toán", LEAD, false)]
    );
    // What the unit singled out must do is no qualifier of it.
    let doc = notice(
        "14/10/2024",
        "Riêng Trường THCS Kim Đồng khẩn trương khắc phục tồn tại sau kiểm tra, báo cáo trước ngày 20/12.",
    );
    let d = directive(&doc, "khắc phục tồn tại");
    assert_eq!(owners(d), vec![("Trường THCS Kim Đồng", LEAD, false)]);
    assert_eq!(due(d), Some("2024-12-20"));
}

#[test]
fn o16_teams_named_by_their_work() {
    let doc = notice(
        "14/10/2024",
        "1. Đoàn kiểm tra liên ngành của Sở hoàn thành biên bản kiểm tra trong tháng 10/2024.\n\n2. Tổ tư vấn tuyển sinh của trường giải đáp thắc mắc của phụ huynh.\n\n3. Giao Tổ công tác kiểm tra dạy thêm của Sở tăng cường kiểm tra đột xuất.",
    );
    assert_eq!(
        owners(directive(&doc, "biên bản kiểm tra")),
        vec![("Đoàn kiểm tra liên ngành của Sở", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "giải đáp")),
        vec![("Tổ tư vấn tuyển sinh của trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "đột xuất")),
        vec![("Tổ công tác kiểm tra dạy thêm của Sở", LEAD, false)]
    );
}

#[test]
fn o7_what_was_done_to_the_unit_stays_in_its_name() {
    let doc = notice(
        "14/10/2024",
        "1. Các đơn vị được kiểm tra báo cáo kết quả khắc phục về Sở.\n\n2. Các trường được công nhận đạt chuẩn quốc gia tiếp tục duy trì các tiêu chuẩn.\n\n3. Các trường được giao tự chủ tài chính phải công khai dự toán.\n\n4. Phòng Giáo dục Trung học được giao chủ trì tổ chức hội thi.\n\n5. Các trường được kiểm tra năm 2023 đã khắc phục các tồn tại.\n\n6. Yêu cầu các cơ sở được cấp phép hoạt động niêm yết công khai giấy phép.\n\n7. Các trường được phép tổ chức dạy học 2 buổi/ngày.",
    );
    let owner = |quote| owners(directive(&doc, quote));
    assert_eq!(
        owner("kết quả khắc phục"),
        vec![("Các đơn vị được kiểm tra", LEAD, false)]
    );
    assert_eq!(
        owner("duy trì các tiêu chuẩn"),
        vec![("Các trường được công nhận đạt chuẩn quốc gia", LEAD, false)]
    );
    assert_eq!(
        owner("công khai dự toán"),
        vec![("Các trường được giao tự chủ tài chính", LEAD, false)]
    );
    assert_eq!(
        owner("tổ chức hội thi"),
        vec![("Phòng Giáo dục Trung học", LEAD, false)]
    );
    no_directive(&doc, "đã khắc phục");
    assert_eq!(
        owner("niêm yết"),
        vec![("các cơ sở được cấp phép hoạt động", LEAD, false)]
    );
    no_directive(&doc, "2 buổi/ngày");
}

#[test]
fn d12_a_relative_deadline_names_what_it_counts_from() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường nộp hồ sơ trong vòng 10 ngày kể từ ngày nhận được kết luận này.\n\n2. Các trường hoàn thành khắc phục chậm nhất 30 ngày sau khi kết thúc đợt kiểm tra.\n\n3. Các trường nộp danh sách trong vòng 10 ngày kể từ ngày 02/12/2024.\n\n4. Các trường báo cáo trong thời hạn 15 ngày kể từ ngày ký Thông báo này.",
    );
    let deadline = |quote| directive(&doc, quote).deadline.clone().expect("a deadline");
    let d = deadline("nộp hồ sơ");
    assert_eq!(
        d.text,
        "trong vòng 10 ngày kể từ ngày nhận được kết luận này"
    );
    assert_eq!((d.kind, d.due), (DeadlineKind::Relative, None));
    let d = deadline("hoàn thành khắc phục");
    assert_eq!(d.text, "chậm nhất 30 ngày sau khi kết thúc đợt kiểm tra");
    assert_eq!(d.due, None);
    assert_eq!(deadline("nộp danh sách").due.as_deref(), Some("2024-12-12"));
    let d = deadline("báo cáo trong");
    assert_eq!(d.text, "trong thời hạn 15 ngày kể từ ngày ký Thông báo này");
    assert_eq!(d.due.as_deref(), Some("2024-11-23"));
}

#[test]
fn d17_a_period_said_to_be_past_is_no_deadline() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường khắc phục những hạn chế đã nêu trong năm học trước.\n\n2. Các trường rút kinh nghiệm việc tổ chức thi trong tháng 10 vừa qua.\n\n3. Các trường hoàn thành kiểm kê trong tháng 12 trước ngày nghỉ lễ.",
    );
    assert!(directive(&doc, "hạn chế đã nêu").deadline.is_none());
    assert!(directive(&doc, "rút kinh nghiệm").deadline.is_none());
    assert_eq!(due(directive(&doc, "kiểm kê")), Some("2024-12-31"));
}

#[test]
fn o11_l10_heading_owners_after_an_assessment_with_dashes() {
    // The assessment's "-" items come first; the recommendations' "1." under "III." is the
    // heading, and its "-" items are its tasks.
    let doc = notice(
        "20/12/2024",
        "I. ƯU ĐIỂM\n\nNhà trường đã xây dựng kế hoạch năm học đầy đủ.\n\nII. HẠN CHẾ, TỒN TẠI\n\n- Hồ sơ chuyên môn của một số giáo viên chưa cập nhật kịp thời.\n\nIII. KIẾN NGHỊ\n\n1. Đối với Hiệu trưởng nhà trường:\n\n- Chỉ đạo khắc phục ngay các tồn tại nêu trên.\n\n- Hoàn trả các khoản thu sai quy định cho cha mẹ học sinh.\n\n2. Đối với giáo viên:\n\n- Cập nhật đầy đủ hồ sơ chuyên môn theo quy định.",
    );
    no_directive(&doc, "chưa cập nhật kịp thời");
    for quote in ["khắc phục ngay", "Hoàn trả"] {
        assert_eq!(
            owners(directive(&doc, quote)),
            vec![("Hiệu trưởng nhà trường", LEAD, true)],
            "{quote}"
        );
    }
    assert_eq!(
        owners(directive(&doc, "Cập nhật đầy đủ")),
        vec![("giáo viên", LEAD, true)]
    );
}

#[test]
fn o17_a_person_whose_title_follows_a_dash() {
    let doc = notice(
        "14/10/2024",
        "1. Ông Trần Văn Nam - Trưởng phòng Tổ chức cán bộ hoàn thiện đề án vị trí việc làm trước ngày 31/12/2024.\n\n2. Bà Lê Thị Thu – Hiệu trưởng Trường THCS Kim Đồng phải hoàn trả các khoản thu sai.",
    );
    let d = directive(&doc, "đề án vị trí");
    assert_eq!(owners(d), vec![("Ông Trần Văn Nam", LEAD, false)]);
    assert_eq!(due(d), Some("2024-12-31"));
    assert_eq!(
        owners(directive(&doc, "hoàn trả")),
        vec![("Bà Lê Thị Thu", LEAD, false)]
    );
}

#[test]
fn d2_a_year_said_from_the_notice() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường hoàn thành kiểm kê trong năm nay.\n\n2. Phòng Kế hoạch - Tài chính quyết toán trong quý I năm sau.\n\n3. Văn phòng Sở tổng kết trước ngày 15/3 năm sau.\n\n4. Các trường ôn tập trong tháng 2 năm tới.\n\n5. Các trường xây dựng kế hoạch phát triển trong những năm tới.",
    );
    let d = directive(&doc, "kiểm kê");
    assert_eq!(due(d), Some("2024-12-31"));
    assert_eq!(
        d.deadline.as_ref().map(|x| x.text.as_str()),
        Some("trong năm nay")
    );
    assert_eq!(due(directive(&doc, "quyết toán")), Some("2025-03-31"));
    assert_eq!(due(directive(&doc, "tổng kết")), Some("2025-03-15"));
    assert_eq!(due(directive(&doc, "ôn tập")), Some("2025-02-28"));
    assert_eq!(due(directive(&doc, "những năm tới")), None);
}

#[test]
fn d17_a_past_period_that_a_report_is_about() {
    let doc = notice(
        "08/11/2024",
        "1. Các đơn vị báo cáo kết quả thực hiện nhiệm vụ trong tháng 10/2024.\n\n2. Các đơn vị tổng hợp số liệu học sinh bỏ học trong năm học 2023 - 2024.\n\n3. Các đơn vị hoàn thành kiểm kê tài sản trong tháng 12/2024.\n\n4. Các đơn vị báo cáo kết quả tuyển sinh trong tháng 11/2024.",
    );
    assert!(directive(&doc, "thực hiện nhiệm vụ").deadline.is_none());
    assert!(directive(&doc, "học sinh bỏ học").deadline.is_none());
    assert_eq!(due(directive(&doc, "kiểm kê")), Some("2024-12-31"));
    // The month still running is when the report is due.
    assert_eq!(due(directive(&doc, "tuyển sinh")), Some("2024-11-30"));
}

#[test]
fn o23_o24_the_staff_named_together_or_by_initials() {
    let doc = notice(
        "14/10/2024",
        "1. Đội ngũ cán bộ quản lý, giáo viên các trường tích cực tự học, tự bồi dưỡng.\n\n2. CBQL, GV, NV các trường nghiêm túc thực hiện quy tắc ứng xử.\n\n3. Các cơ sở GDMN độc lập phải đăng ký hoạt động với UBND cấp xã.\n\n4. Giao Phòng Tổ chức cán bộ rà soát đội ngũ giáo viên.",
    );
    let owner = |quote| owners(directive(&doc, quote));
    assert_eq!(
        owner("tự bồi dưỡng"),
        vec![("Đội ngũ cán bộ quản lý, giáo viên các trường", LEAD, false)]
    );
    assert_eq!(
        owner("quy tắc ứng xử"),
        vec![("CBQL, GV, NV các trường", LEAD, false)]
    );
    assert_eq!(
        owner("đăng ký hoạt động"),
        vec![("Các cơ sở GDMN độc lập", LEAD, false)]
    );
    assert_eq!(
        owner("rà soát đội ngũ"),
        vec![("Phòng Tổ chức cán bộ", LEAD, false)]
    );
}

#[test]
fn n15_an_item_labelled_with_its_subject() {
    let doc = notice(
        "14/10/2024",
        "1. Nhiệm vụ thời gian tới: Tổ chức tốt Hội khỏe Phù Đổng cấp huyện.\n\n2. Công tác thi đua: rà soát hồ sơ đề nghị khen thưởng; hoàn thành trước ngày 30/10/2024.\n\n3. Công tác tuyển sinh: các trường công khai chỉ tiêu trước ngày 20/12/2024.",
    );
    directive(&doc, "Hội khỏe Phù Đổng");
    assert_eq!(
        due(directive(&doc, "hồ sơ đề nghị khen thưởng")),
        Some("2024-10-30")
    );
    assert_eq!(
        owners(directive(&doc, "công khai chỉ tiêu")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn n1_n15_done_well_opens_a_report_in_a_paragraph_and_a_target_in_a_list() {
    let doc = notice(
        "14/10/2024",
        "Năm học qua, ngành đạt nhiều kết quả. Tổ chức thành công Lễ kỷ niệm 40 năm Ngày Nhà giáo Việt Nam. Thời gian tới, các trường tổ chức tốt Hội khỏe Phù Đổng.\n\nII. NHIỆM VỤ THỜI GIAN TỚI\n\n1. Tổ chức thành công Hội thi giáo viên dạy giỏi cấp tỉnh trong tháng 11/2024.",
    );
    no_directive(&doc, "Lễ kỷ niệm 40 năm");
    directive(&doc, "Hội khỏe Phù Đổng");
    assert_eq!(
        due(directive(&doc, "giáo viên dạy giỏi")),
        Some("2024-11-30")
    );
}

#[test]
fn l10_n1_results_and_what_is_left_to_do_by_their_headings() {
    let doc = notice(
        "14/10/2024",
        "1. Những việc đã làm được\n\n- Hoàn thành việc khắc phục hậu quả mưa lũ tại các điểm trường.\n\n2. Những việc cần làm\n\n- Tổ chức kiểm tra cuối học kỳ I.\n\nIII. KẾT QUẢ NỔI BẬT\n\n- Tổ chức thành công Lễ kỷ niệm Ngày Nhà giáo Việt Nam.",
    );
    no_directive(&doc, "mưa lũ");
    no_directive(&doc, "Lễ kỷ niệm");
    directive(&doc, "kiểm tra cuối học kỳ I");
    // Before an item's colon, "kết quả" names what the task is about.
    let doc = notice(
        "14/10/2024",
        "1. Kết quả tuyển sinh: các trường báo cáo về Sở trước ngày 20/12/2024.",
    );
    assert_eq!(
        due(directive(&doc, "các trường báo cáo")),
        Some("2024-12-20")
    );
}

#[test]
fn o3_a_chain_after_a_units_colon() {
    let doc = notice(
        "14/10/2024",
        "3. UBND các xã, thị trấn: Chỉ đạo Ban Chỉ đạo phổ cập giáo dục xã rà soát số liệu phổ cập.\n\n4. Phòng Tài chính - Kế hoạch: Cân đối kinh phí sửa chữa trường học.",
    );
    assert_eq!(
        owners(directive(&doc, "số liệu phổ cập")),
        vec![
            ("UBND các xã, thị trấn", LEAD, false),
            ("Ban Chỉ đạo phổ cập giáo dục xã", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "Cân đối")),
        vec![("Phòng Tài chính - Kế hoạch", LEAD, false)]
    );
}

#[test]
fn n6_a_closing_formula_that_names_the_notice_without_its_slash() {
    let doc = notice(
        "14/10/2024",
        "1. Các trường THPT hoàn thành cập nhật dữ liệu trước ngày 15/12/2024.\n\n2. Văn phòng Sở theo dõi, đôn đốc việc thực hiện Thông báo này.\n\n3. Các trường báo cáo kết quả thực hiện Thông báo này trước ngày 30/12/2024.\n\nYêu cầu các đơn vị nghiêm túc triển khai thực hiện Thông báo này.\n\nĐề nghị Thủ trưởng các đơn vị căn cứ nội dung kết luận tổ chức thực hiện.",
    );
    no_directive(&doc, "nghiêm túc triển khai");
    no_directive(&doc, "căn cứ nội dung kết luận");
    assert_eq!(
        owners(directive(&doc, "đôn đốc việc thực hiện")),
        vec![("Văn phòng Sở", LEAD, false)]
    );
    assert_eq!(
        due(directive(&doc, "báo cáo kết quả thực hiện")),
        Some("2024-12-30")
    );
}

#[test]
fn r2_supporters_listed_before_their_marker() {
    let doc = notice(
        "14/10/2024",
        "1. Phòng Giáo dục Tiểu học chủ trì; Phòng Kế hoạch - Tài chính, Văn phòng Sở phối hợp tham mưu tổ chức hội nghị.\n\n2. Phòng Giáo dục Trung học chủ trì, Phòng Khảo thí, Thanh tra Sở phối hợp kiểm tra công tác coi thi.\n\n3. Tổ chức hội thi văn nghệ; Phòng Chính trị chủ trì, Công đoàn ngành phối hợp.",
    );
    assert_eq!(
        owners(directive(&doc, "tổ chức hội nghị")),
        vec![
            ("Phòng Giáo dục Tiểu học", LEAD, false),
            ("Phòng Kế hoạch - Tài chính", SUPPORT, false),
            ("Văn phòng Sở", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "coi thi")),
        vec![
            ("Phòng Giáo dục Trung học", LEAD, false),
            ("Phòng Khảo thí", SUPPORT, false),
            ("Thanh tra Sở", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "văn nghệ")),
        vec![
            ("Phòng Chính trị", LEAD, false),
            ("Công đoàn ngành", SUPPORT, false)
        ]
    );
}

#[test]
fn o13_a_sentence_going_on_in_the_paragraph_is_a_task_of_its_own() {
    let doc = notice(
        "01/06/2021",
        "Sở yêu cầu Phòng GD&ĐT thị xã rà soát các điểm trường lẻ. Đồng thời, báo cáo phương án sắp xếp trước ngày 20/6/2021.\n\nCác trường rà soát hồ sơ học sinh. Hoàn thành trước ngày 25/6/2021.\n\n1. Các trường THCS tổ chức ôn tập cho học sinh lớp 9. Chú trọng học sinh yếu, kém.",
    );
    let first = directive(&doc, "điểm trường lẻ");
    assert_eq!(owners(first), vec![("Phòng GD&ĐT thị xã", LEAD, false)]);
    assert_eq!(due(first), None);
    assert!(!first.text.contains("phương án"));
    let second = directive(&doc, "phương án sắp xếp");
    assert_eq!(owners(second), vec![("Phòng GD&ĐT thị xã", LEAD, true)]);
    assert_eq!(due(second), Some("2021-06-20"));
    // A bare completion goes with the task before it.
    let d = directive(&doc, "hồ sơ học sinh");
    assert!(d.text.contains("Hoàn thành"), "{}", d.text);
    assert_eq!(due(d), Some("2021-06-25"));
    // In a list item, one item is one directive (N15).
    assert!(directive(&doc, "ôn tập cho học sinh lớp 9")
        .text
        .contains("Chú trọng"));
}

#[test]
fn h9_j2_a_posting_line_said_in_words() {
    let doc = ketluan::read(
        "Hội nghị giao ban ngành giáo dục tháng 9\nTin đăng ngày 19/9/2025\nSáng 18/9, Sở GD&ĐT tổ chức hội nghị giao ban. Giám đốc Sở yêu cầu các trường rà soát đội ngũ trước ngày 30/9.\n",
    );
    assert_eq!(doc.fields.issued_date.as_deref(), Some("2025-09-19"));
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2025-09-18"));
    assert_eq!(due(directive(&doc, "rà soát đội ngũ")), Some("2025-09-30"));
}

#[test]
fn o15_posts_that_share_the_unit_said_after_the_last() {
    let doc = notice(
        "14/10/2024",
        "1. Kế toán và thủ quỹ các trường rà soát chứng từ thanh toán.\n\n2. Hiệu trưởng, kế toán các trường công khai dự toán.\n\n3. Phòng GD&ĐT và Hiệu trưởng các trường THCS kiểm tra hồ sơ.",
    );
    let owner = |quote| owners(directive(&doc, quote));
    assert_eq!(
        owner("chứng từ"),
        vec![("Kế toán và thủ quỹ các trường", LEAD, false)]
    );
    assert_eq!(
        owner("công khai dự toán"),
        vec![("Hiệu trưởng, kế toán các trường", LEAD, false)]
    );
    assert_eq!(
        owner("kiểm tra hồ sơ"),
        vec![
            ("Phòng GD&ĐT", LEAD, false),
            ("Hiệu trưởng các trường THCS", LEAD, false)
        ]
    );
}

#[test]
fn o18_a_post_alone_before_its_task() {
    let doc = notice(
        "14/10/2024",
        "1. Hiệu trưởng xây dựng lộ trình cụ thể, báo cáo Sở trong quý I năm 2025.\n\n2. Giám đốc Sở đánh giá cao kết quả của các trường.",
    );
    let d = directive(&doc, "lộ trình cụ thể");
    assert_eq!(owners(d), vec![("Hiệu trưởng", LEAD, false)]);
    assert_eq!(due(d), Some("2025-03-31"));
    no_directive(&doc, "đánh giá cao");
}

#[test]
fn h9_a_date_line_in_words_is_the_posting_date() {
    let doc = ketluan::read(
        "Hội nghị giao ban ngành giáo dục tháng 9\nNgày 19 tháng 9 năm 2025\nSáng 18/9, Sở GD&ĐT tổ chức hội nghị giao ban. Giám đốc Sở yêu cầu các trường rà soát đội ngũ trước ngày 30/9.\n",
    );
    assert_eq!(doc.fields.issued_date.as_deref(), Some("2025-09-19"));
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2025-09-18"));
}

#[test]
fn o3_a_manner_or_a_modal_before_the_next_link() {
    let doc = notice(
        "12/02/2024",
        "1. Đề nghị các phòng GD&ĐT tiếp tục chỉ đạo các trường duy trì sĩ số học sinh sau Tết.\n\n2. Đề nghị UBND các xã quan tâm chỉ đạo các trường mầm non rà soát trẻ trong độ tuổi.\n\n3. Giao Phòng Khảo thí có trách nhiệm đôn đốc các hội đồng thi hoàn thành hồ sơ.\n\n4. Đề nghị các trường tiếp tục thực hiện tốt công tác phổ cập giáo dục.",
    );
    assert_eq!(
        owners(directive(&doc, "sĩ số")),
        vec![
            ("các phòng GD&ĐT", LEAD, false),
            ("các trường", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "độ tuổi")),
        vec![
            ("UBND các xã", LEAD, false),
            ("các trường mầm non", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "hội đồng thi")),
        vec![
            ("Phòng Khảo thí", LEAD, false),
            ("các hội đồng thi", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "phổ cập")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn o1_o6_the_everyday_work_of_schools_ends_the_unit_and_owns() {
    let doc = notice(
        "02/10/2023",
        "1. Giáo viên chủ nhiệm các lớp thu hồ sơ học sinh, bàn giao cho văn thư chậm nhất ngày 10/10.\n\n2. Các trường tiểu học phát phiếu khảo sát cho cha mẹ học sinh.\n\n3. Bộ phận văn thư in giấy chứng nhận cho học sinh đạt giải.\n\n4. Các trường THCS tuyển chọn học sinh giỏi dự thi cấp tỉnh.\n\n5. Các trường mầm non tổng vệ sinh trường lớp trước ngày khai giảng.\n\n6. Tổ Ngữ văn lấy ý kiến giáo viên về sách giáo khoa lớp 8.\n\n7. Các trường siết chặt kỷ luật, kỷ cương trong dạy học.\n\n8. Các phòng thực hành được trang bị đầy đủ thiết bị.",
    );
    let lead = |quote: &str| owners(directive(&doc, quote));
    assert_eq!(
        lead("thu hồ sơ"),
        vec![("Giáo viên chủ nhiệm các lớp", LEAD, false)]
    );
    assert_eq!(due(directive(&doc, "thu hồ sơ")), Some("2023-10-10"));
    assert_eq!(
        lead("phiếu khảo sát"),
        vec![("Các trường tiểu học", LEAD, false)]
    );
    assert_eq!(
        lead("giấy chứng nhận"),
        vec![("Bộ phận văn thư", LEAD, false)]
    );
    assert_eq!(
        lead("học sinh giỏi"),
        vec![("Các trường THCS", LEAD, false)]
    );
    assert_eq!(
        lead("trường lớp"),
        vec![("Các trường mầm non", LEAD, false)]
    );
    assert_eq!(lead("sách giáo khoa"), vec![("Tổ Ngữ văn", LEAD, false)]);
    assert_eq!(lead("kỷ cương"), vec![("Các trường", LEAD, false)]);
    // A room named after its work is no unit, and what is said of it owns nothing.
    let d = doc
        .directives
        .iter()
        .find(|d| d.text.contains("phòng thực hành"));
    assert!(d.is_none_or(|d| d.owners.is_empty()), "{d:?}");
}

#[test]
fn o17_a_title_with_its_remit_and_no_unit_is_given_the_work() {
    let doc = notice(
        "02/10/2023",
        "1. Phó Hiệu trưởng phụ trách chuyên môn kiểm tra hồ sơ chuyên môn của các tổ trước ngày 15/10.\n\n2. Phó Hiệu trưởng phụ trách cơ sở vật chất phải kiểm tra hệ thống điện các phòng học.\n\n3. Các tổ chuyên môn sinh hoạt theo cụm.",
    );
    let d = directive(&doc, "hồ sơ chuyên môn");
    assert_eq!(
        owners(d),
        vec![("Phó Hiệu trưởng phụ trách chuyên môn", LEAD, false)]
    );
    assert_eq!(due(d), Some("2023-10-15"));
    assert_eq!(
        owners(directive(&doc, "hệ thống điện")),
        vec![("Phó Hiệu trưởng phụ trách cơ sở vật chất", LEAD, false)]
    );
}

#[test]
fn d1_d2_the_first_days_of_a_month_said_with_mung_and_a_day_of_next_month() {
    let doc = notice(
        "20/11/2023",
        "1. Các trường THCS gửi danh sách học sinh dự thi về Phòng trước ngày mùng 5 tháng 12.\n\n2. Bộ phận Kế toán nộp hồ sơ quyết toán trước mồng 10/01/2024.\n\n3. Các trường mầm non báo cáo số trẻ trước ngày 05 của tháng sau.",
    );
    assert_eq!(due(directive(&doc, "dự thi")), Some("2023-12-05"));
    assert_eq!(due(directive(&doc, "quyết toán")), Some("2024-01-10"));
    assert_eq!(due(directive(&doc, "số trẻ")), Some("2023-12-05"));
}

#[test]
fn d18_a_day_said_every_year_or_month_is_no_single_date() {
    let doc = notice(
        "20/11/2023",
        "1. Các trường tổng hợp số liệu phổ cập, gửi về Phòng trước ngày 31/12 hằng năm.\n\n2. Các trường báo cáo sĩ số trước ngày 25 hàng tháng.\n\n3. Các trường gửi báo cáo tháng 12 trước ngày 25/12.",
    );
    for quote in ["phổ cập", "sĩ số"] {
        let d = directive(&doc, quote);
        assert_eq!(due(d), None, "{quote}");
        assert_eq!(
            d.deadline.as_ref().map(|x| x.kind),
            Some(DeadlineKind::Recurring),
            "{quote}"
        );
    }
    assert_eq!(due(directive(&doc, "tháng 12 trước")), Some("2023-12-25"));
}

#[test]
fn l5_o5_a_guest_who_attends_and_directs_is_told_and_speaking_at_the_meeting_is_no_task() {
    let doc = ketluan::read(
        "Hội nghị sơ kết học kỳ I ngành giáo dục huyện Sông Lô\nThứ Năm, 25/01/2024 - 10:12\nChiều ngày 23/1, Phòng GD&ĐT huyện Sông Lô tổ chức hội nghị sơ kết học kỳ I. Đồng chí Lý Thị Hoa, Phó Chủ tịch UBND huyện dự và chỉ đạo hội nghị.\nChỉ đạo tại hội nghị, đồng chí Lý Thị Hoa đề nghị ngành giáo dục huyện tập trung nâng cao chất lượng giáo dục mũi nhọn.\nPhát biểu tại hội nghị, đồng chí cũng yêu cầu các nhà trường rà soát học sinh có nguy cơ bỏ học trước Tết Nguyên đán.\n",
    );
    no_directive(&doc, "dự và chỉ đạo");
    assert_eq!(
        owners(directive(&doc, "mũi nhọn")),
        vec![("ngành giáo dục huyện", LEAD, false)]
    );
    let d = directive(&doc, "nguy cơ bỏ học");
    assert_eq!(owners(d), vec![("các nhà trường", LEAD, false)]);
    assert_eq!(due(d), Some("2024-02-09"));
}

#[test]
fn o6_a_party_body_leading_a_matter_ends_before_lanh_dao() {
    let doc = notice(
        "16/05/2022",
        "1. Các cấp ủy, tổ chức đảng lãnh đạo việc huy động trẻ ra lớp.\n\n2. Cấp ủy các trường lãnh đạo công tác phát triển đảng viên trong học sinh.\n\n3. Lãnh đạo các trường rà soát hồ sơ thi đua.",
    );
    assert_eq!(
        owners(directive(&doc, "huy động trẻ")),
        vec![("Các cấp ủy, tổ chức đảng", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "đảng viên")),
        vec![("Cấp ủy các trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "thi đua")),
        vec![("Lãnh đạo các trường", LEAD, false)]
    );
}

/// The lines of the text marked as web-page junk.
fn noise(doc: &Document) -> Vec<String> {
    doc.spans
        .iter()
        .filter(|s| s.kind == ketluan::document::SpanKind::Noise)
        .map(|s| doc.slice(s.start, s.end))
        .collect()
}

#[test]
fn h2_the_place_and_date_line_with_runs_of_spaces_and_a_blank_day() {
    let head = |line: &str| {
        ketluan::read(&format!(
            "UBND HUYỆN MỘC CHÂU\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 214/TB-PGDĐT\n{line}\n\nTHÔNG BÁO\nKết luận giao ban tháng 9\n\nChiều ngày 04/10/2019, Phòng GD&ĐT họp giao ban. Trưởng phòng kết luận:\n\n1. Các trường rà soát hồ sơ phổ cập.\n"
        ))
    };
    let doc = head("Mộc Châu, ngày   7 tháng  10 năm  2019");
    assert_eq!(doc.fields.issued_place.as_deref(), Some("Mộc Châu"));
    assert_eq!(doc.fields.issued_date.as_deref(), Some("2019-10-07"));
    let doc = head("Tân Uyên,\tngày 02 tháng 8 năm 2019");
    assert_eq!(doc.fields.issued_place.as_deref(), Some("Tân Uyên"));
    assert_eq!(doc.fields.issued_date.as_deref(), Some("2019-08-02"));
    // An unsigned copy leaves the day blank: no issue date.
    let doc = head("Mộc Châu, ngày      tháng 10 năm 2019");
    assert_eq!(doc.fields.issued_date, None);
}

#[test]
fn h11_recipients_with_purposes_and_a_signature_column_glued_by_tabs() {
    let doc = ketluan::read(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 88/TB-SGDĐT\nPhan Thiết, ngày 10 tháng 3 năm 2021\n\nTHÔNG BÁO\nKết luận giao ban tháng 3\n\nNgày 08/3/2021, Giám đốc Sở chủ trì họp giao ban. Giám đốc Sở kết luận:\n\n1. Các phòng GD&ĐT rà soát đội ngũ giáo viên.\n\nNơi nhận:\tKT. GIÁM ĐỐC\n- UBND tỉnh (b/c);\tPHÓ GIÁM ĐỐC\n- Các phòng GD&ĐT (t/h);\n- Như trên;\t(Đã ký)\n- Lưu: VT, VP.\tTrần Văn Khoa\n",
    );
    let recipients: Vec<(&str, Option<&str>)> = doc
        .recipients
        .iter()
        .map(|r| (r.text.as_str(), r.purpose.as_deref()))
        .collect();
    assert_eq!(
        recipients,
        vec![
            ("UBND tỉnh", Some("b/c")),
            ("Các phòng GD&ĐT", Some("t/h")),
            ("Như trên", None),
            ("Lưu: VT, VP", None),
        ]
    );
    assert_eq!(doc.fields.signer_authority.as_deref(), Some("KT. GIÁM ĐỐC"));
    assert_eq!(doc.fields.signer_position.as_deref(), Some("PHÓ GIÁM ĐỐC"));
    assert_eq!(doc.fields.signer_name.as_deref(), Some("Trần Văn Khoa"));
    // Recipients are no owners.
    assert_eq!(doc.directives.len(), 1);
}

#[test]
fn h12_references_are_symbols_and_their_dates_no_deadlines() {
    let doc = notice(
        "08/11/2024",
        "1. Phòng Giáo dục Trung học hướng dẫn các trường thực hiện theo Công văn số  3120 / SGDĐT-VP ngày 25/10/2024 và Quyết định số 12/2013/QĐ-UBND của UBND tỉnh.\n\n2. Các trường thực hiện Chương trình GDPT 2018 theo công văn số 512 của Phòng, sử dụng Mẫu 1 đính kèm.",
    );
    let symbols: Vec<&str> = doc.references.iter().map(|r| r.symbol.as_str()).collect();
    assert_eq!(symbols, vec!["3120/SGDĐT-VP", "12/2013/QĐ-UBND"]);
    assert_eq!(doc.references[0].date.as_deref(), Some("2024-10-25"));
    // The notice's own number is no reference, nor is the cited document's date a deadline.
    assert!(!symbols.contains(&"101/TB-SGDĐT"));
    assert_eq!(due(directive(&doc, "3120")), None);
}

/// A news page of a Phòng's portal with the junk such pages carry (J1–J6).
const NEWS_PAGE: &str = "Bỏ qua liên kết\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ\nĐăng nhập | Tìm kiếm...\nTrang chủ » Tin tức » Hoạt động ngành\nGiao ban hiệu trưởng các trường tiểu học tháng 10\nNgày đăng: 12/10/2020 | Lượt xem: 1.152\nNgày 09/10, Phòng GD&ĐT huyện Hòa Vang tổ chức giao ban hiệu trưởng các trường tiểu học. Bà Trần Thị Hạnh, Trưởng phòng chủ trì hội nghị.\nQuang cảnh hội nghị giao ban\nKết luận hội nghị, bà Trần Thị Hạnh yêu cầu các trường tiểu học rà soát hồ sơ phổ cập, gửi về Phòng trước ngày 20/10.\nẢnh: Đồng chí Trần Thị Hạnh phát biểu kết luận hội nghị (Ảnh: Minh Châu)\nBà cũng đề nghị các trường tổ chức tốt Ngày hội đọc sách trong tháng 11.Tin cùng chuyên mục\nChia sẻ:FacebookZaloSao chép liên kết\nTin, ảnh: Minh Châu\nCác tin khác:\n» Tập huấn giáo viên cốt cán năm 2020 (05/10/2020)\n» Kiểm tra nề nếp dạy học các trường tiểu học (28/09/2020)\nTin mới hơn:\nTags: giao ban, tiểu học\nTHỐNG KÊ TRUY CẬP\nĐang trực tuyến: 31\nHôm nay: 1.207\nBản quyền thuộc Phòng Giáo dục và Đào tạo huyện Hòa Vang. Địa chỉ: thôn Dương Sơn, xã Hòa Châu.\n";

#[test]
fn j1_navigation_and_menus_are_junk_and_the_headline_is_the_subject() {
    let doc = ketluan::read(NEWS_PAGE);
    let junk = noise(&doc);
    for line in [
        "Bỏ qua liên kết",
        "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ",
        "Đăng nhập | Tìm kiếm...",
        "Trang chủ » Tin tức » Hoạt động ngành",
    ] {
        assert!(junk.iter().any(|j| j == line), "{line} in {junk:?}");
    }
    assert_eq!(
        doc.fields.subject.as_deref(),
        Some("Giao ban hiệu trưởng các trường tiểu học tháng 10")
    );
}

#[test]
fn j3_photo_captions_are_junk_and_no_directive() {
    let doc = ketluan::read(NEWS_PAGE);
    let junk = noise(&doc);
    assert!(
        junk.iter().any(|j| j == "Quang cảnh hội nghị giao ban"),
        "{junk:?}"
    );
    assert!(
        junk.iter()
            .any(|j| j.starts_with("Ảnh: Đồng chí Trần Thị Hạnh")),
        "{junk:?}"
    );
    no_directive(&doc, "Quang cảnh");
    no_directive(&doc, "phát biểu kết luận hội nghị (Ảnh");
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Trần Thị Hạnh"));
}

#[test]
fn j4_bylines_at_the_end_and_glued_to_the_last_sentence_are_cut_off() {
    let doc = ketluan::read(
        "Họp giao ban tháng 3 ngành giáo dục thành phố\nCập nhật: 14/03/2019 Lượt xem: 87\nSáng 12/3, Sở GD&ĐT TP.HCM tổ chức họp giao ban. Giám đốc Sở yêu cầu các trường THPT hoàn thành kiểm tra nội bộ trước ngày 30/3.NGỌC HÂN\nBà cũng đề nghị Phòng GD&ĐT Q.1 rà soát hồ sơ tuyển sinh.Minh Thư - Phòng GDTH\nTin, ảnh: Quốc Việt\n",
    );
    let d = directive(&doc, "kiểm tra nội bộ");
    assert!(d.text.ends_with("trước ngày 30/3."), "{}", d.text);
    assert_eq!(due(d), Some("2019-03-30"));
    let d = directive(&doc, "tuyển sinh");
    assert!(d.text.ends_with("hồ sơ tuyển sinh."), "{}", d.text);
    // ("Q.1" and "TP.HCM" are not cut.)
    assert_eq!(owners(d), vec![("Phòng GD&ĐT Q.1", LEAD, false)]);
    let junk = noise(&doc);
    for line in ["NGỌC HÂN", "Minh Thư - Phòng GDTH", "Tin, ảnh: Quốc Việt"] {
        assert!(junk.iter().any(|j| j == line), "{line} in {junk:?}");
    }
    // The glued date is no document symbol.
    assert!(doc.references.is_empty(), "{:?}", doc.references);
}

/// J5: a page's text-size buttons on a line of their own ("Font size: A- A A+", "Cỡ chữ: A A
/// A") between the date line and the lead are junk; before, they ended the page's header, so the
/// headline and the lead were read as directives and the meeting was lost.
#[test]
fn j5_a_pages_text_size_buttons_are_junk() {
    for widget in ["Font size: A- A A+", "Cỡ chữ: A A A"] {
        let doc = ketluan::read(&format!(
            "Tin tức » Tin giáo dục\nPhòng GD&ĐT huyện Lập Thạch họp giao ban tháng 10\n18/10/2024 09:12\n{widget}\nIn bài viết\nChiều 16/10, Phòng GD&ĐT huyện Lập Thạch tổ chức hội nghị giao ban tháng 10.\nKết luận hội nghị, bà Lê Thu Hà, Trưởng phòng GD&ĐT yêu cầu các trường hoàn thành kế hoạch giáo dục trước ngày 25/10.\n"
        ));
        assert_eq!(
            doc.fields.subject.as_deref(),
            Some("Phòng GD&ĐT huyện Lập Thạch họp giao ban tháng 10"),
            "{widget}"
        );
        assert_eq!(
            doc.fields.meeting_date.as_deref(),
            Some("2024-10-16"),
            "{widget}"
        );
        assert_eq!(doc.directives.len(), 1, "{widget}: {:#?}", doc.directives);
        assert_eq!(
            due(directive(&doc, "kế hoạch giáo dục")),
            Some("2024-10-25")
        );
    }
}

#[test]
fn j5_widgets_glued_to_a_sentence_are_cut_off() {
    let doc = ketluan::read(NEWS_PAGE);
    let d = directive(&doc, "Ngày hội đọc sách");
    assert!(d.text.ends_with("trong tháng 11."), "{}", d.text);
    assert_eq!(due(d), Some("2020-11-30"));
    let junk = noise(&doc);
    for line in [
        "Tin cùng chuyên mục",
        "Chia sẻ:FacebookZaloSao chép liên kết",
    ] {
        assert!(junk.iter().any(|j| j == line), "{line} in {junk:?}");
    }
    assert_eq!(doc.directives.len(), 2, "{:#?}", doc.directives);
}

#[test]
fn j6_related_news_tags_counters_and_footers_give_no_task_and_no_date() {
    let doc = ketluan::read(NEWS_PAGE);
    no_directive(&doc, "Tập huấn giáo viên cốt cán");
    no_directive(&doc, "Kiểm tra nề nếp");
    let junk = noise(&doc);
    for line in [
        "Các tin khác:",
        "» Tập huấn giáo viên cốt cán năm 2020 (05/10/2020)",
        "Tin mới hơn:",
        "Tags: giao ban, tiểu học",
        "THỐNG KÊ TRUY CẬP",
        "Đang trực tuyến: 31",
        "Hôm nay: 1.207",
    ] {
        assert!(junk.iter().any(|j| j == line), "{line} in {junk:?}");
    }
    assert!(
        junk.iter().any(|j| j.starts_with("Bản quyền thuộc")),
        "{junk:?}"
    );
    // Their dates are neither the page's nor a meeting's.
    assert_eq!(doc.fields.issued_date.as_deref(), Some("2020-10-12"));
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2020-10-09"));
}

#[test]
fn j8_a_page_number_inside_a_sentence_is_dropped_and_the_sentence_joined() {
    for page in ["2", "- 2 -", "Trang 2/3"] {
        let doc = notice(
            "08/11/2024",
            &format!("1. Bộ phận Kế hoạch - Tài chính hướng dẫn các trường thực hiện quản lý thu,\n\n{page}\n\nchi đầu năm học theo đúng quy định.\n\n2. Các trường THCS rà soát hồ sơ phổ cập, thống kê học sinh bỏ học trong học kỳ I, gửi về\n\n{page}\n\nSở trước ngày 20/11/2024.\n\n3. Các trường mầm non báo cáo số trẻ.\n\n{page}\n\n4. Các trường tiểu học rà soát đội ngũ."),
        );
        let d = directive(&doc, "quản lý thu");
        assert!(
            d.text.ends_with("thu, chi đầu năm học theo đúng quy định."),
            "{page}: {}",
            d.text
        );
        let d = directive(&doc, "phổ cập");
        assert!(
            d.text.ends_with("gửi về Sở trước ngày 20/11/2024."),
            "{page}: {}",
            d.text
        );
        assert_eq!(due(d), Some("2024-11-20"), "{page}");
        // After a sentence that ended, a page number stays where it is; it is no list item.
        assert_eq!(doc.directives.len(), 4, "{page}: {:#?}", doc.directives);
        assert!(!directive(&doc, "số trẻ").text.contains('2'), "{page}");
    }
}

#[test]
fn j9_spacing_and_markup_damage_are_read_through() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường  THCS\u{a0}rà soát\u{200b} hồ sơ phổ cập,\tgửi về Sở trước ngày 20/11/2024.\n\n2. **Phòng Giáo dục Trung học** hướng dẫn các trường   tổ chức thi thử.\n\n________\n\n3. Các trường mầm\u{ad}non báo cáo số trẻ.",
    );
    let d = directive(&doc, "phổ cập");
    assert_eq!(owners(d), vec![("Các trường THCS", LEAD, false)]);
    assert_eq!(due(d), Some("2024-11-20"));
    assert_eq!(
        owners(directive(&doc, "thi thử")),
        vec![("Phòng Giáo dục Trung học", LEAD, false)]
    );
    assert!(!doc.directives.iter().any(|d| d.text.contains("___")));
    assert_eq!(doc.directives.len(), 3, "{:#?}", doc.directives);
}

#[test]
fn l2_a_two_column_header_flattened_by_tabs_or_glued() {
    let doc = ketluan::read(
        "UBND HUYỆN MỘC CHÂUCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc\nSố : 214 /TB-PGDĐT\tMộc Châu, ngày 07 tháng 10 năm 2019\n\nTHÔNG BÁO\nKết luận của Trưởng phòng tại cuộc họp giao ban tháng 9 năm 2019\n\nChiều ngày 04/10/2019, Trưởng phòng chủ trì họp giao ban. Trưởng phòng kết luận như sau:\n\n1. Các trường tiểu học rà soát dữ liệu học sinh trước ngày 20/10/2019.\n",
    );
    assert_eq!(doc.fields.number.as_deref(), Some("214/TB-PGDĐT"));
    assert_eq!(doc.fields.issued_place.as_deref(), Some("Mộc Châu"));
    assert_eq!(doc.fields.issued_date.as_deref(), Some("2019-10-07"));
    let kind_of = |words: &str| {
        doc.spans
            .iter()
            .find(|s| doc.slice(s.start, s.end) == words)
            .map(|s| s.kind)
    };
    use ketluan::document::SpanKind;
    assert_eq!(kind_of("UBND HUYỆN MỘC CHÂU"), Some(SpanKind::Issuer));
    assert_eq!(
        kind_of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        Some(SpanKind::Motto)
    );
    assert_eq!(kind_of("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), Some(SpanKind::Issuer));
    assert_eq!(
        kind_of("Độc lập - Tự do - Hạnh phúc"),
        Some(SpanKind::Motto)
    );
    assert_eq!(due(directive(&doc, "dữ liệu học sinh")), Some("2019-10-20"));
}

#[test]
fn l2_a_number_cell_glued_to_the_place_and_date() {
    // The header's second row copied as one line, the cells parted by a space or by nothing.
    let header = |row: &str| {
        ketluan::read(&format!(
            "UBND HUYỆN KỲ ANH\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n{row}\nTHÔNG BÁO\nKết luận của Trưởng phòng tại cuộc họp giao ban\n\n1. Các trường tiểu học rà soát dữ liệu học sinh trước ngày 20/10.\n"
        ))
    };
    for (row, number, place) in [
        (
            "Số: 56/TB-PGDĐT Kỳ Anh, ngày 07 tháng 10 năm 2019",
            "56/TB-PGDĐT",
            "Kỳ Anh",
        ),
        (
            "Số: 56/TB-PGDĐTKỳ Anh, ngày 07 tháng 10 năm 2019",
            "56/TB-PGDĐT",
            "Kỳ Anh",
        ),
        (
            "Số 311-TB/HU Kỳ Anh, ngày 07/10/2019",
            "311-TB/HU",
            "Kỳ Anh",
        ),
        // (A symbol's own small letter is no place: "GDTrH".)
        (
            "Số: 1120/PGDĐT-GDTrH Thị xã Kỳ Anh, ngày 07 tháng 10 năm 2019",
            "1120/PGDĐT-GDTrH",
            "Thị xã Kỳ Anh",
        ),
    ] {
        let doc = header(row);
        assert_eq!(doc.fields.number.as_deref(), Some(number), "{row}");
        assert_eq!(doc.fields.issued_place.as_deref(), Some(place), "{row}");
        assert_eq!(
            doc.fields.issued_date.as_deref(),
            Some("2019-10-07"),
            "{row}"
        );
        // The notice's date gives the deadline its year.
        assert_eq!(
            due(directive(&doc, "dữ liệu học sinh")),
            Some("2019-10-20"),
            "{row}"
        );
    }
}

#[test]
fn l4_a_cong_van_with_tasks_and_a_closing_report() {
    let doc = ketluan::read(
        "UBND THỊ XÃ PHÚ THỌ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc\nSố: 388/PGDĐT-THCS\tPhú Thọ, ngày 14 tháng 3 năm 2023\nV/v triển khai ôn tập thi tuyển\nsinh vào lớp 10 THPT\nnăm học 2023 - 2024\n\nKính gửi: Hiệu trưởng các trường THCS trên địa bàn thị xã.\n\nCăn cứ Kế hoạch số 455/KH-SGDĐT ngày 02/3/2023 của Sở GD&ĐT về tổ chức kỳ thi tuyển sinh vào lớp 10 THPT năm học 2023 - 2024;\nPhòng GD&ĐT đề nghị các trường thực hiện một số nội dung sau:\n1. Xây dựng kế hoạch ôn tập cho học sinh lớp 9, phân công giáo viên có kinh nghiệm phụ trách các lớp ôn tập.\n2. Tổ chức thi thử vào lớp 10 ít nhất 02 lần, lần 1 hoàn thành trước ngày 15/4/2023.\nCác trường tổng hợp kết quả thi thử lần 1, gửi về Phòng GD&ĐT (qua bộ phận THCS) trước ngày 20/4/2023.\nNhận được công văn này, đề nghị các trường nghiêm túc triển khai thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, THCS.\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\nĐinh Thị Mai\n",
    );
    assert_eq!(doc.fields.number.as_deref(), Some("388/PGDĐT-THCS"));
    assert_eq!(doc.fields.doc_type, None);
    assert_eq!(
        doc.fields.subject.as_deref(),
        Some("triển khai ôn tập thi tuyển sinh vào lớp 10 THPT năm học 2023 - 2024")
    );
    // The units of the opening request own the numbered tasks (O9).
    assert_eq!(
        owners(directive(&doc, "kế hoạch ôn tập")),
        vec![("các trường", LEAD, true)]
    );
    // The closing report sentence is a directive of its own, with its date (D10).
    let d = directive(&doc, "tổng hợp kết quả thi thử");
    assert_eq!(owners(d), vec![("Các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2023-04-20"));
    // The basis's plan and its date are no task and no deadline (N7, D17).
    no_directive(&doc, "Căn cứ Kế hoạch");
    no_directive(&doc, "Nhận được công văn này");
    assert!(doc.references.iter().any(|r| r.symbol == "455/KH-SGDĐT"));
}

#[test]
fn l7_a_document_retold_on_a_news_page_is_dated_by_the_document() {
    let doc = ketluan::read(
        "Rà soát đội ngũ giáo viên mầm non trước năm học mới\nCập nhật: 18/07/2022 Lượt xem: 512\nNgày 15/7, Sở GD&ĐT Quảng Ngãi có văn bản đề nghị các phòng GD&ĐT huyện, thị xã, thành phố rà soát đội ngũ giáo viên mầm non, báo cáo số lượng giáo viên còn thiếu về Sở trước ngày 30/7.\nTheo văn bản, các phòng GD&ĐT chỉ đạo các trường mầm non bố trí đủ giáo viên theo định mức.\nMinh Khôi\n",
    );
    assert_eq!(doc.fields.issued_date.as_deref(), Some("2022-07-15"));
    assert_eq!(doc.fields.number, None);
    assert_eq!(doc.fields.signer_name, None);
    let d = directive(&doc, "còn thiếu");
    assert_eq!(
        owners(d),
        vec![("các phòng GD&ĐT huyện, thị xã, thành phố", LEAD, false)]
    );
    assert_eq!(due(d), Some("2022-07-30"));
    assert_eq!(
        owners(directive(&doc, "định mức")),
        vec![
            ("các phòng GD&ĐT", LEAD, false),
            ("các trường mầm non", LEAD, false)
        ]
    );
}

#[test]
fn d11_a_trailing_deadline_belongs_to_the_last_task_of_a_run() {
    let doc = ketluan::read(
        "Giao ban hiệu trưởng tháng 11\nNgày đăng: 09/11/2021 | Lượt xem: 311\nNgày 06/11, Phòng GD&ĐT huyện Tam Nông tổ chức hội nghị giao ban hiệu trưởng tháng 11.\nPhát biểu kết luận, Trưởng phòng Lê Thành Công yêu cầu các trường tiểu học và THCS: đẩy mạnh hoạt động thư viện thân thiện; tổ chức tốt Hội thi giáo viên dạy giỏi cấp trường năm 2021; rà soát hồ sơ phổ cập giáo dục, gửi về Phòng trước ngày 25/11.\n",
    );
    assert_eq!(due(directive(&doc, "thư viện thân thiện")), None);
    assert_eq!(due(directive(&doc, "dạy giỏi")), None);
    let d = directive(&doc, "phổ cập giáo dục");
    assert_eq!(due(d), Some("2021-11-25"));
    assert_eq!(owners(d), vec![("các trường tiểu học và THCS", LEAD, true)]);
}

#[test]
fn n12_a_prohibition_is_owned_by_whom_it_forbids() {
    let doc = notice(
        "08/11/2024",
        "1. Nghiêm cấm các trường thu các khoản ngoài quy định.\n\n2. Nghiêm cấm việc dạy thêm trái quy định trong nhà trường.\n\n3. Giám đốc Sở nghiêm cấm giáo viên ép học sinh học thêm.",
    );
    assert_eq!(
        owners(directive(&doc, "ngoài quy định")),
        vec![("các trường", LEAD, false)]
    );
    assert!(owners(directive(&doc, "trái quy định")).is_empty());
    assert_eq!(
        owners(directive(&doc, "ép học sinh")),
        vec![("giáo viên", LEAD, false)]
    );
}

#[test]
fn d10_a_planned_time_or_a_due_label_in_the_next_sentence() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường tổ chức Hội khỏe Phù Đổng cấp trường. Dự kiến tổ chức vào tháng 3/2025.\n2. Các trường gửi danh sách học sinh giỏi về Sở. Hạn nộp: 20/12/2024.\n3. Dự kiến Sở tổ chức hội nghị tổng kết vào tháng 6/2025.",
    );
    assert_eq!(due(directive(&doc, "Phù Đổng")), Some("2025-03-31"));
    let d = directive(&doc, "học sinh giỏi");
    assert_eq!(due(d), Some("2024-12-20"));
    // A list item of its own that opens with the plan is not the last task's deadline.
    assert!(!d.text.contains("tổng kết"), "{}", d.text);
}

#[test]
fn o19_whose_document_is_sent_and_whose_duty_is_said_with_la() {
    let doc = notice(
        "08/11/2024",
        "1. Nhiệm vụ của các trường trong thời gian tới là tập trung ôn tập cho học sinh lớp 12.\n\n2. Hồ sơ thi đua của các đơn vị gửi về Văn phòng Sở trước ngày 10/12.\n\n3. Báo cáo kết quả thực hiện Kế hoạch của Sở gửi về Văn phòng trước ngày 15/12.",
    );
    assert_eq!(
        owners(directive(&doc, "ôn tập")),
        vec![("các trường", LEAD, false)]
    );
    let d = directive(&doc, "thi đua");
    assert_eq!(owners(d), vec![("các đơn vị", LEAD, false)]);
    assert_eq!(due(d), Some("2024-12-10"));
    // The issuer's plan names no sender.
    let d = directive(&doc, "Kế hoạch của Sở");
    assert!(owners(d).is_empty(), "{:?}", owners(d));
    assert_eq!(due(d), Some("2024-12-15"));
}

#[test]
fn o4_a_request_upward_with_its_courtesy() {
    let doc = notice(
        "08/11/2024",
        "1. Kính đề nghị UBND tỉnh quan tâm bố trí kinh phí xây dựng trường chuẩn quốc gia.\n\n2. Kính trình UBND tỉnh phê duyệt kế hoạch sắp xếp trường lớp.",
    );
    assert_eq!(
        owners(directive(&doc, "trường chuẩn")),
        vec![("UBND tỉnh", LEAD, false)]
    );
    // What is submitted is the submitter's task (O22): the authority owns nothing.
    assert!(owners(directive(&doc, "sắp xếp trường lớp")).is_empty());
}

#[test]
fn o23_childminding_groups_and_teams_are_units() {
    let doc = notice(
        "08/11/2024",
        "1. Các nhóm trẻ độc lập đăng ký hoạt động theo quy định trước ngày 30/11.\n\n2. Nhóm chuyên môn Toán xây dựng chuyên đề dạy học theo hướng phát triển năng lực.\n\n3. Giáo viên chia nhóm học sinh để ôn tập.",
    );
    let d = directive(&doc, "đăng ký hoạt động");
    assert_eq!(owners(d), vec![("Các nhóm trẻ độc lập", LEAD, false)]);
    assert_eq!(due(d), Some("2024-11-30"));
    assert_eq!(
        owners(directive(&doc, "chuyên đề")),
        vec![("Nhóm chuyên môn Toán", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "chia nhóm")),
        vec![("Giáo viên", LEAD, false)]
    );
}

#[test]
fn h7_the_chairs_title_after_the_cue_and_before_attending() {
    let read = |meeting: &str| {
        ketluan::read(&format!(
            "UBND HUYỆN TRÀ BỒNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 31/TB-PGDĐT\nTrà Bồng, ngày 20 tháng 10 năm 2023\n\nTHÔNG BÁO\nKết luận cuộc họp\n\n{meeting}\n\n1. Các trường rà soát hồ sơ phổ cập.\n"
        ))
        .fields
    };
    let f = read("Ngày 17 tháng 10 năm 2023, Phòng GD&ĐT họp giao ban. Chủ trì hội nghị: đồng chí Phạm Văn Hùng - Trưởng phòng. Đồng chí Trưởng phòng kết luận như sau:");
    assert_eq!(f.meeting_chair.as_deref(), Some("Phạm Văn Hùng"));
    assert_eq!(f.meeting_chair_title.as_deref(), Some("Trưởng phòng"));
    let f = read("Vào lúc 14h00 ngày 19/10/2023, tại Hội trường UBND huyện, UBND huyện tổ chức hội nghị. Đồng chí Lê Minh, Chủ tịch UBND huyện dự và chủ trì. Chủ tịch UBND huyện kết luận:");
    assert_eq!(f.meeting_chair.as_deref(), Some("Lê Minh"));
    assert_eq!(
        f.meeting_chair_title.as_deref(),
        Some("Chủ tịch UBND huyện")
    );
    assert_eq!(f.meeting_time.as_deref(), Some("14:00"));
}

#[test]
fn o1_o6_building_and_land_work_in_a_district_notice() {
    let doc = notice(
        "08/11/2024",
        "1. Ban Quản lý dự án khởi công xây dựng nhà lớp học Trường Tiểu học Bình Minh trong quý I/2025.\n\n2. Nhà thầu thi công đúng tiến độ, bảo đảm an toàn lao động.\n\n3. UBND các xã đền bù, giải phóng mặt bằng mở rộng trường mầm non.\n\n4. Phòng Tài nguyên và Môi trường cấp giấy chứng nhận quyền sử dụng đất cho các trường.\n\n5. Đơn vị tư vấn giám sát kiểm tra chất lượng vật liệu.",
    );
    let lead = |quote: &str| owners(directive(&doc, quote));
    assert_eq!(
        lead("nhà lớp học"),
        vec![("Ban Quản lý dự án", LEAD, false)]
    );
    assert_eq!(due(directive(&doc, "nhà lớp học")), Some("2025-03-31"));
    assert_eq!(lead("đúng tiến độ"), vec![("Nhà thầu", LEAD, false)]);
    assert_eq!(lead("mặt bằng"), vec![("UBND các xã", LEAD, false)]);
    assert_eq!(
        lead("quyền sử dụng đất"),
        vec![("Phòng Tài nguyên và Môi trường", LEAD, false)]
    );
    assert_eq!(
        lead("vật liệu"),
        vec![("Đơn vị tư vấn giám sát", LEAD, false)]
    );
}

#[test]
fn n1_a_paragraph_that_opens_on_a_time_gone_by_reports() {
    let doc = ketluan::read(
        "Ngành giáo dục huyện Cẩm Sơn sơ kết học kỳ I\nCập nhật: 19/01/2024\nNgày 17/1, Phòng GD&ĐT huyện Cẩm Sơn tổ chức hội nghị sơ kết học kỳ I năm học 2023 - 2024.\nHọc kỳ I, các trường tiếp tục đổi mới phương pháp dạy học, tổ chức nhiều hoạt động trải nghiệm cho học sinh. Các trường mầm non thực hiện tốt chương trình giáo dục mầm non; 100% trẻ được ăn bán trú. Thời gian tới, các trường tổ chức tốt Hội khỏe Phù Đổng cấp trường.\nThời gian qua, các trường tiểu học triển khai hiệu quả Chương trình GDPT 2018.\nPhát biểu kết luận, bà Lê Thị Hằng, Trưởng phòng GD&ĐT đề nghị các trường tập trung nâng cao chất lượng học sinh lớp 9.\n",
    );
    no_directive(&doc, "đổi mới phương pháp");
    no_directive(&doc, "chương trình giáo dục mầm non");
    no_directive(&doc, "Chương trình GDPT 2018");
    // A time to come turns the paragraph to the work ahead; a request is an order anyway.
    directive(&doc, "Hội khỏe Phù Đổng");
    assert_eq!(
        owners(directive(&doc, "học sinh lớp 9")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn o6_a_manner_a_restriction_or_a_plan_to_be_had_ends_the_unit() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường vùng lũ nhanh chóng khắc phục hậu quả, ổn định nề nếp dạy học.\n\n2. Các trường THCS đồng loạt ra quân tổng vệ sinh trường lớp.\n\n3. Các trường ngoài công lập chỉ được thu các khoản theo quy định.\n\n4. Các trường tiểu học có kế hoạch bồi dưỡng giáo viên dạy Tiếng Anh.",
    );
    let lead = |quote: &str| owners(directive(&doc, quote));
    assert_eq!(lead("hậu quả"), vec![("Các trường vùng lũ", LEAD, false)]);
    assert_eq!(lead("trường lớp"), vec![("Các trường THCS", LEAD, false)]);
    assert_eq!(
        lead("theo quy định"),
        vec![("Các trường ngoài công lập", LEAD, false)]
    );
    assert_eq!(
        lead("Tiếng Anh"),
        vec![("Các trường tiểu học", LEAD, false)]
    );
}

#[test]
fn n6_closing_formulas_that_name_the_units_remits_or_the_contents_above() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường rà soát hồ sơ phổ cập.\n\n2. Văn phòng Sở tổng hợp, báo cáo kết quả thực hiện các nội dung trên trước ngày 30/12.\n\nCác đơn vị nêu trên căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.\n\nĐề nghị các đơn vị, cá nhân liên quan triển khai thực hiện các nội dung trên.",
    );
    no_directive(&doc, "căn cứ chức năng");
    no_directive(&doc, "cá nhân liên quan");
    // Reporting on the contents above is a task of its own.
    assert_eq!(due(directive(&doc, "báo cáo kết quả")), Some("2024-12-30"));
    assert_eq!(doc.directives.len(), 2, "{:#?}", doc.directives);
}

#[test]
fn o15_after_a_named_unit_a_post_of_the_schools_is_another_owner() {
    let doc = notice(
        "08/11/2024",
        "1. Giao Phòng Kế hoạch - Tài chính, kế toán các trường rà soát các khoản thu.\n\n2. Hiệu trưởng, kế toán các trường công khai các khoản thu.",
    );
    assert_eq!(
        owners(directive(&doc, "rà soát các khoản thu")),
        vec![
            ("Phòng Kế hoạch - Tài chính", LEAD, false),
            ("kế toán các trường", LEAD, false)
        ]
    );
    // Posts named together share the unit after the last (O15).
    assert_eq!(
        owners(directive(&doc, "công khai")),
        vec![("Hiệu trưởng, kế toán các trường", LEAD, false)]
    );
}

#[test]
fn o23_households_and_people_at_large_own_what_they_are_asked() {
    let doc = notice(
        "08/11/2024",
        "1. Các hộ gia đình đưa trẻ đến trường đúng độ tuổi.\n\n2. Các tổ chức, cá nhân tham gia xã hội hóa giáo dục.\n\n3. Ban Tuyên giáo Huyện ủy định hướng công tác tuyên truyền.\n\n4. Các trường khen thưởng các cá nhân có thành tích.",
    );
    let lead = |quote: &str| owners(directive(&doc, quote));
    assert_eq!(lead("độ tuổi"), vec![("Các hộ gia đình", LEAD, false)]);
    assert_eq!(
        lead("xã hội hóa"),
        vec![("Các tổ chức, cá nhân", LEAD, false)]
    );
    assert_eq!(
        lead("tuyên truyền"),
        vec![("Ban Tuyên giáo Huyện ủy", LEAD, false)]
    );
    // Those praised are objects, not owners (O22).
    assert_eq!(lead("thành tích"), vec![("Các trường", LEAD, false)]);
}

#[test]
fn o6_a_schools_daily_work_ends_the_unit_but_a_centres_name_keeps_its_words() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường khai thác hiệu quả thiết bị dạy học.\n\n2. Các trường mầm non lưu mẫu thức ăn đúng quy định.\n\n3. Các trường THCS xếp lớp cho học sinh lớp 6.\n\n4. Các trường miễn, giảm học phí cho học sinh.\n\n5. Trung tâm giáo dục kỹ năng sống Hoa Sen tổ chức lớp học hè.",
    );
    let lead = |quote: &str| owners(directive(&doc, quote));
    assert_eq!(lead("thiết bị"), vec![("Các trường", LEAD, false)]);
    assert_eq!(
        lead("mẫu thức ăn"),
        vec![("Các trường mầm non", LEAD, false)]
    );
    assert_eq!(lead("lớp 6"), vec![("Các trường THCS", LEAD, false)]);
    assert_eq!(lead("học phí"), vec![("Các trường", LEAD, false)]);
    assert_eq!(
        lead("lớp học hè"),
        vec![("Trung tâm giáo dục kỹ năng sống Hoa Sen", LEAD, false)]
    );
}

#[test]
fn d8_a_short_label_before_a_list_passes_its_period_down() {
    let doc = notice(
        "20/12/2024",
        "III. NHIỆM VỤ\n\nCông tác tháng 01/2025:\n\n- Các trường ổn định nề nếp sau Tết Dương lịch.\n\n- Văn phòng Sở tổng hợp báo cáo trước ngày 10/01/2025.\n\nKết quả học kỳ I:\n\n- Tỷ lệ học sinh khá giỏi tăng.",
    );
    assert_eq!(due(directive(&doc, "nề nếp")), Some("2025-01-31"));
    assert_eq!(due(directive(&doc, "tổng hợp báo cáo")), Some("2025-01-10"));
    // A label of results gives no period (D17) and no task (L10).
    assert!(doc
        .directives
        .iter()
        .filter(|d| d.text.contains("khá giỏi"))
        .all(|d| due(d).is_none()));
}

#[test]
fn h9_a_pages_date_at_its_foot_alone_or_in_the_bylines_brackets() {
    for foot in ["Minh Châu\n11/04/2022", "Tin: Minh Châu (11/04/2022)"] {
        let doc = ketluan::read(&format!(
            "Hội nghị giao ban hiệu trưởng tháng 4\nChiều 08/4, Phòng GD&ĐT tổ chức hội nghị giao ban. Trưởng phòng yêu cầu các trường rà soát hồ sơ trước ngày 20/4.\n{foot}\n"
        ));
        assert_eq!(
            doc.fields.issued_date.as_deref(),
            Some("2022-04-11"),
            "{foot}"
        );
        assert_eq!(
            doc.fields.meeting_date.as_deref(),
            Some("2022-04-08"),
            "{foot}"
        );
        assert_eq!(
            doc.fields.subject.as_deref(),
            Some("Hội nghị giao ban hiệu trưởng tháng 4")
        );
        assert_eq!(
            due(directive(&doc, "rà soát hồ sơ")),
            Some("2022-04-20"),
            "{foot}"
        );
    }
}

#[test]
fn h6_a_news_day_written_with_a_dash_or_a_dot() {
    for lead in [
        "(BNĐT) - Chiều 18-9, Sở GD&ĐT tổ chức hội nghị giao ban.",
        "Sáng 18.9, Sở GD&ĐT tổ chức hội nghị giao ban.",
    ] {
        let doc = ketluan::read(&format!(
            "Giao ban ngành giáo dục tháng 9\nThứ Sáu, 19/9/2025 - 08:15\n{lead} Giám đốc Sở yêu cầu các trường rà soát đội ngũ trước ngày 30-9.\n"
        ));
        assert_eq!(
            doc.fields.meeting_date.as_deref(),
            Some("2025-09-18"),
            "{lead}"
        );
        assert_eq!(
            due(directive(&doc, "đội ngũ")),
            Some("2025-09-30"),
            "{lead}"
        );
    }
}

#[test]
fn l11_a_row_whose_last_cells_are_blank_is_still_a_row() {
    let doc = notice(
        "08/11/2024",
        "V. PHÂN CÔNG THỰC HIỆN\nSTT\tNội dung công việc\tĐơn vị thực hiện\tThời gian hoàn thành\tGhi chú\n1\tRà soát đội ngũ giáo viên\tPhòng Tổ chức cán bộ\tTrước 15/12/2024\t\n2\tTổ chức thi học sinh giỏi cấp tỉnh\tPhòng Khảo thí\tTháng 01/2025\tTheo kế hoạch\n3\tKiểm tra cơ sở vật chất\tVăn phòng Sở\tThường xuyên\n",
    );
    assert_eq!(doc.directives.len(), 3, "{:#?}", doc.directives);
    let d = directive(&doc, "đội ngũ giáo viên");
    assert_eq!(owners(d), vec![("Phòng Tổ chức cán bộ", LEAD, false)]);
    assert_eq!(due(d), Some("2024-12-15"));
    let d = directive(&doc, "cơ sở vật chất");
    assert_eq!(owners(d), vec![("Văn phòng Sở", LEAD, false)]);
    assert_eq!(due(d), None);
}

#[test]
fn d12_a_time_limit_whose_start_is_not_said_is_relative_with_no_date() {
    let doc = notice(
        "08/11/2024",
        "1. Hiệu trưởng Trường THCS Tân Lập hoàn trả các khoản thu sai trong thời hạn 30 ngày.\n\n2. Kế toán nhà trường bổ sung chứng từ trong vòng 15 ngày.\n\n3. Các trường tổ chức đợt thi đua trong 30 ngày.",
    );
    for quote in ["hoàn trả", "chứng từ"] {
        let d = directive(&doc, quote);
        assert_eq!(due(d), None, "{quote}");
        assert_eq!(
            d.deadline.as_ref().map(|x| x.kind),
            Some(DeadlineKind::Relative),
            "{quote}"
        );
    }
    // "trong 30 ngày" alone may say how long the work lasts: no deadline.
    assert!(directive(&doc, "đợt thi đua").deadline.is_none());
}

#[test]
fn d12_the_start_events_day_in_brackets_dates_a_relative_deadline() {
    let doc = notice(
        "08/11/2024",
        "1. Hiệu trưởng Trường THCS Tân Lập nộp báo cáo khắc phục trong 10 ngày kể từ ngày kết thúc kiểm tra (ngày 25/11/2024).\n\n2. Kế toán nhà trường bổ sung chứng từ trong 07 ngày kể từ ngày nhận được văn bản.",
    );
    assert_eq!(due(directive(&doc, "khắc phục")), Some("2024-12-05"));
    let d = directive(&doc, "chứng từ");
    assert_eq!(due(d), None);
    assert_eq!(
        d.deadline.as_ref().map(|x| x.kind),
        Some(DeadlineKind::Relative)
    );
}

#[test]
fn l3_o6_a_party_committees_ways_of_asking_end_the_unit() {
    let doc = notice(
        "16/05/2022",
        "1. Các cấp ủy cụ thể hóa nghị quyết thành chương trình hành động.\n\n2. Đảng ủy các trường nêu cao tinh thần trách nhiệm của người đứng đầu.\n\n3. Đảng viên là giáo viên gương mẫu thực hiện quy định về đạo đức nhà giáo.\n\n4. Các chi bộ quyết tâm hoàn thành chỉ tiêu phát triển đảng viên.",
    );
    let lead = |quote: &str| owners(directive(&doc, quote));
    assert_eq!(
        lead("chương trình hành động"),
        vec![("Các cấp ủy", LEAD, false)]
    );
    assert_eq!(
        lead("người đứng đầu"),
        vec![("Đảng ủy các trường", LEAD, false)]
    );
    assert_eq!(lead("chỉ tiêu"), vec![("Các chi bộ", LEAD, false)]);
}

#[test]
fn o17_o3_a_deputy_named_by_remit_leads_the_chain_the_speaker_does_not() {
    let doc = notice(
        "08/11/2024",
        "1. Phó Chủ tịch phụ trách văn xã chỉ đạo các trường rà soát học sinh bỏ học.\n\n2. Giám đốc Sở chỉ đạo các trường tổ chức thi thử.",
    );
    assert_eq!(
        owners(directive(&doc, "bỏ học")),
        vec![
            ("Phó Chủ tịch phụ trách văn xã", LEAD, false),
            ("các trường", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "thi thử")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn n4_what_a_unit_is_given_is_no_task_of_its_own() {
    let doc = notice(
        "08/11/2024",
        "1. Các điểm trường lẻ được ưu tiên sửa chữa trong năm 2025.\n\n2. Các trường vùng khó được hỗ trợ kinh phí mua sắm thiết bị.\n\n3. Các trường được kiểm tra báo cáo kết quả khắc phục trước ngày 30/11.",
    );
    no_directive(&doc, "được ưu tiên");
    no_directive(&doc, "được hỗ trợ");
    // Those inspected, told to report, still own their report (O7).
    assert_eq!(
        owners(directive(&doc, "khắc phục")),
        vec![("Các trường được kiểm tra", LEAD, false)]
    );
}

#[test]
fn o16_a_joined_name_that_is_a_verb_names_a_boards_work_not_a_schools() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường tiểu học phòng, chống đuối nước cho học sinh trong dịp hè.\n\n2. Ban Chỉ huy phòng, chống thiên tai huyện kiểm tra các điểm trường.",
    );
    assert_eq!(
        owners(directive(&doc, "đuối nước")),
        vec![("Các trường tiểu học", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "điểm trường")),
        vec![("Ban Chỉ huy phòng, chống thiên tai huyện", LEAD, false)]
    );
}

#[test]
fn d7_a_day_named_for_an_occasion_after_a_cue_is_due_that_day() {
    let doc = notice(
        "14/10/2025",
        "1. Các trường hoàn thành hồ sơ khen thưởng trước ngày Nhà giáo Việt Nam 20/11.\n\n2. Bộ phận văn thư gửi danh sách đăng ký trước Quốc khánh (2/9).\n\n3. Các trường tiểu học tổ chức trao quà cho học sinh khó khăn trước Ngày Quốc tế Thiếu nhi.\n\n4. Các trường tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11.",
    );
    assert_eq!(due(directive(&doc, "khen thưởng")), Some("2025-11-20"));
    assert_eq!(
        directive(&doc, "khen thưởng")
            .deadline
            .as_ref()
            .map(|x| x.text.as_str()),
        Some("trước ngày Nhà giáo Việt Nam 20/11")
    );
    // The next such day after the notice, its date said or not.
    assert_eq!(due(directive(&doc, "đăng ký")), Some("2026-09-02"));
    assert_eq!(due(directive(&doc, "trao quà")), Some("2026-06-01"));
    // Without a cue, the day is the occasion the work is for (D17).
    assert_eq!(due(directive(&doc, "chào mừng")), None);
}

#[test]
fn d13_d3_a_week_or_a_half_of_a_month_by_number() {
    let doc = notice(
        "12/11/2024",
        "1. Các trường nộp sản phẩm dự thi trong tuần thứ 2 của tháng 12.\n\n2. Bộ phận THCS tổ chức chuyên đề vào tuần 3 tháng 12/2024.\n\n3. Các trường tổ chức kiểm tra học kỳ I trong nửa đầu tháng 12.\n\n4. Các trường hoàn thành bồi dưỡng giáo viên trong 2 tuần đầu tháng 12.\n\n5. Các trường nộp hồ sơ thi đua trong nửa cuối tháng 12.",
    );
    assert_eq!(due(directive(&doc, "sản phẩm dự thi")), Some("2024-12-14"));
    assert_eq!(due(directive(&doc, "chuyên đề")), Some("2024-12-21"));
    assert_eq!(due(directive(&doc, "kiểm tra học kỳ")), Some("2024-12-15"));
    assert_eq!(due(directive(&doc, "bồi dưỡng")), Some("2024-12-14"));
    assert_eq!(due(directive(&doc, "hồ sơ thi đua")), Some("2024-12-31"));
}

#[test]
fn d7_d6_who_goes_on_holiday_may_stand_between_khi_and_nghi() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường hoàn thành việc sửa chữa nhà vệ sinh trước khi học sinh nghỉ Tết.\n\n2. Các trường THCS hoàn thành chương trình trước khi học sinh nghỉ hè.\n\n3. Các trường giáo dục học sinh kỹ năng phòng tránh đuối nước khi học sinh nghỉ hè.",
    );
    // Tết Ất Tỵ was on 29/01/2025: due the day before.
    assert_eq!(due(directive(&doc, "nhà vệ sinh")), Some("2025-01-28"));
    assert_eq!(
        due(directive(&doc, "hoàn thành chương trình")),
        Some("2025-05-31")
    );
    // Without "trước", the work is done during the holiday, as "trong hè" (D6).
    assert_eq!(due(directive(&doc, "đuối nước")), Some("2025-08-31"));
}

#[test]
fn r2_phoi_ket_hop_and_ket_hop_voi_mark_support() {
    let doc = notice(
        "08/11/2024",
        "1. Phòng Giáo dục Tiểu học chủ trì, phối kết hợp với Phòng Khảo thí tổ chức hội thi giáo viên dạy giỏi.\n\n2. Các trường phối kết hợp chặt chẽ với Trạm Y tế xã tổ chức khám sức khỏe cho học sinh.\n\n3. Văn phòng Sở kết hợp với Phòng Kế hoạch - Tài chính rà soát kinh phí chi thường xuyên.\n\n4. Các trường kết hợp lồng ghép nội dung giáo dục kỹ năng sống vào các môn học.",
    );
    assert_eq!(
        owners(directive(&doc, "dạy giỏi")),
        vec![
            ("Phòng Giáo dục Tiểu học", LEAD, false),
            ("Phòng Khảo thí", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "khám sức khỏe")),
        vec![
            ("Các trường", LEAD, false),
            ("Trạm Y tế xã", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "rà soát kinh phí")),
        vec![
            ("Văn phòng Sở", LEAD, false),
            ("Phòng Kế hoạch - Tài chính", SUPPORT, false)
        ]
    );
    // "kết hợp" alone joins two activities: it ends the name, and names no support.
    assert_eq!(
        owners(directive(&doc, "lồng ghép")),
        vec![("Các trường", LEAD, false)]
    );
}

#[test]
fn d1_a_whole_date_with_dashes_or_dots_needs_no_ngay() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường nộp hồ sơ thi giáo viên giỏi về Sở trước 10-01-2025.\n\n2. Bộ phận văn thư lưu trữ hồ sơ xong chậm nhất 05.12.2024.\n\n3. Các trường nâng tỷ lệ học sinh đạt điểm 2.5 trở lên trong môn Toán.",
    );
    assert_eq!(due(directive(&doc, "giáo viên giỏi")), Some("2025-01-10"));
    assert_eq!(due(directive(&doc, "lưu trữ")), Some("2024-12-05"));
    // A number with a dot is no date.
    assert_eq!(due(directive(&doc, "điểm 2.5")), None);
}

#[test]
fn o1_nang_and_mo_rong_are_predicates() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường nâng tỷ lệ học sinh được học 2 buổi/ngày lên 95%.\n\n2. Các trường mầm non mở rộng mô hình trường học hạnh phúc.",
    );
    assert_eq!(
        owners(directive(&doc, "2 buổi")),
        vec![("Các trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "hạnh phúc")),
        vec![("Các trường mầm non", LEAD, false)]
    );
}

#[test]
fn d16_a_quarter_without_a_cue_names_what_it_is_of() {
    let doc = notice(
        "08/01/2024",
        "1. Bộ phận Kế toán hướng dẫn các trường quyết toán kinh phí quý I/2024.\n\n2. Các trường sửa chữa phòng học xong trong quý II/2024.\n\n3. Các trường nộp báo cáo quý I/2024 trước ngày 05/4/2024.",
    );
    assert_eq!(due(directive(&doc, "quyết toán")), None);
    assert_eq!(due(directive(&doc, "sửa chữa")), Some("2024-06-30"));
    assert_eq!(due(directive(&doc, "nộp báo cáo")), Some("2024-04-05"));
}

#[test]
fn o16_a_label_runs_over_a_comma_of_its_name_to_its_colon() {
    let doc = school_notice(
        "1. Bộ phận thư viện, thiết bị: kiểm kê sách, thiết bị dạy học trong tháng 12/2023.\n\n2. Tổ Văn phòng, y tế: rà soát hồ sơ bảo hiểm y tế học sinh.\n\n3. Tổ Ngữ văn, tổ Toán: xây dựng đề kiểm tra chung.",
    );
    assert_eq!(
        owners(directive(&doc, "kiểm kê sách")),
        vec![("Bộ phận thư viện, thiết bị", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "bảo hiểm y tế")),
        vec![("Tổ Văn phòng, y tế", LEAD, false)]
    );
    // A post that is also a verb, alone after the comma ("bảo vệ"), is the label's too.
    let doc = school_notice("1. Tổ Văn phòng, bảo vệ: trực Tết theo lịch phân công.");
    assert_eq!(
        owners(directive(&doc, "trực Tết")),
        vec![("Tổ Văn phòng, bảo vệ", LEAD, false)]
    );
    let doc = school_notice(
        "1. Bộ phận thư viện, thiết bị: kiểm kê sách, thiết bị dạy học trong tháng 12/2023.\n\n2. Tổ Văn phòng, y tế: rà soát hồ sơ bảo hiểm y tế học sinh.\n\n3. Tổ Ngữ văn, tổ Toán: xây dựng đề kiểm tra chung.",
    );
    // Two units before the colon stay two (O15).
    assert_eq!(
        owners(directive(&doc, "đề kiểm tra chung")),
        vec![("Tổ Ngữ văn", LEAD, false), ("tổ Toán", LEAD, false)]
    );
}

#[test]
fn o2_work_handed_out_to_no_unit_named_is_the_subjects_own() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường phân công chuyên môn hợp lý, bảo đảm đủ giáo viên dạy các môn.\n\n2. Các trường phân công giáo viên trực Tết.\n\n3. Giám đốc Sở phân công đồng chí Phó Giám đốc Trần Văn Hải chỉ đạo công tác thi.",
    );
    assert_eq!(
        owners(directive(&doc, "chuyên môn hợp lý")),
        vec![("Các trường", LEAD, false)]
    );
    // The one named after the verb is given the work (O2); the units in the plural who hand
    // it out are told to, a link of the chain (O3).
    assert_eq!(
        owners(directive(&doc, "trực Tết")),
        vec![("Các trường", LEAD, false), ("giáo viên", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "công tác thi")),
        vec![("đồng chí Phó Giám đốc Trần Văn Hải", LEAD, false)]
    );
}

#[test]
fn o1_duty_and_teaching_verbs_end_the_name_and_truc_tiep_does_not() {
    let doc = school_notice(
        "1. Tổ Văn phòng trực Tết theo lịch phân công.\n\n2. Giáo viên trực tiếp giảng dạy lớp 9 tăng cường ôn tập cho học sinh.\n\n3. Các đơn vị trực thuộc Sở nộp báo cáo tháng.\n\n4. Giáo viên bộ môn vào điểm trên phần mềm đúng hạn.",
    );
    assert_eq!(
        owners(directive(&doc, "theo lịch")),
        vec![("Tổ Văn phòng", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "ôn tập")),
        vec![("Giáo viên trực tiếp giảng dạy lớp 9", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "báo cáo tháng")),
        vec![("Các đơn vị trực thuộc Sở", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "phần mềm")),
        vec![("Giáo viên bộ môn", LEAD, false)]
    );
}

#[test]
fn o1_verbs_of_work_on_things_data_and_contact_end_the_name() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường tháo dỡ phòng học xuống cấp trước ngày 30/11/2024.\n\n2. Các trường mầm non đo thân nhiệt trẻ hằng ngày.\n\n3. Bộ phận kế toán chốt số liệu quyết toán.\n\n4. Giáo viên chủ nhiệm gọi điện cho phụ huynh học sinh vắng học.\n\n5. Ban Chỉ đạo phổ cập giáo dục - xóa mù chữ huyện kiểm tra công nhận phổ cập.\n\n6. Trường THCS Sơn Lộc chằng chống mái tôn trước mùa mưa bão.",
    );
    for (quote, owner) in [
        ("xuống cấp", "Các trường"),
        ("thân nhiệt", "Các trường mầm non"),
        ("quyết toán", "Bộ phận kế toán"),
        ("phụ huynh", "Giáo viên chủ nhiệm"),
        (
            "công nhận phổ cập",
            "Ban Chỉ đạo phổ cập giáo dục - xóa mù chữ huyện",
        ),
        ("mái tôn", "Trường THCS Sơn Lộc"),
    ] {
        assert_eq!(
            owners(directive(&doc, quote)),
            vec![(owner, LEAD, false)],
            "{quote}"
        );
    }
}

#[test]
fn h9_j2_a_date_in_figures_alone_or_after_a_byline_is_the_posting_date() {
    for line in [
        "13.03.2023",
        "13/03/2023 09:45",
        "Tác giả: Minh Anh - 13/03/2023",
        "Posted on 13/03/2023",
    ] {
        let doc = ketluan::read(&format!(
            "Phòng GD&ĐT huyện An Lão giao ban tháng 3\n{line}\nNgày 10/3, Phòng GD&ĐT huyện An Lão tổ chức giao ban hiệu trưởng. Trưởng phòng Lê Văn Tâm chủ trì hội nghị.\nKết luận hội nghị, Trưởng phòng đề nghị các trường hoàn thành hồ sơ thi đua trước ngày 25/3.\n"
        ));
        assert_eq!(
            doc.fields.issued_date.as_deref(),
            Some("2023-03-13"),
            "{line}"
        );
        // The headline ends before the date line.
        assert_eq!(
            doc.fields.subject.as_deref(),
            Some("Phòng GD&ĐT huyện An Lão giao ban tháng 3"),
            "{line}"
        );
        assert_eq!(
            doc.fields.meeting_date.as_deref(),
            Some("2023-03-10"),
            "{line}"
        );
        assert_eq!(
            due(directive(&doc, "hồ sơ thi đua")),
            Some("2023-03-25"),
            "{line}"
        );
    }
}

#[test]
fn l5_o8_the_orders_inline_after_the_intros_request() {
    let doc = ketluan::read(
        "Hội nghị giao ban công tác giáo dục tháng 10 năm 2022\nNgày 05/10/2022, UBND huyện Tiên Du tổ chức hội nghị giao ban công tác giáo dục.\nSau khi nghe báo cáo, đồng chí Phó Chủ tịch UBND huyện ghi nhận những kết quả đạt được và yêu cầu: Phòng GD&ĐT tham mưu UBND huyện ban hành kế hoạch thực hiện chương trình sữa học đường, hoàn thành trong tháng 10; Phòng Tài chính - Kế hoạch bố trí kinh phí sửa chữa phòng học trước ngày 15/11; UBND các xã, thị trấn vận động học sinh bỏ học trở lại lớp.\n",
    );
    let d = directive(&doc, "sữa học đường");
    assert_eq!(owners(d), vec![("Phòng GD&ĐT", LEAD, false)]);
    assert_eq!(due(d), Some("2022-10-31"));
    let d = directive(&doc, "sửa chữa phòng học");
    assert_eq!(owners(d), vec![("Phòng Tài chính - Kế hoạch", LEAD, false)]);
    assert_eq!(due(d), Some("2022-11-15"));
    assert_eq!(
        owners(directive(&doc, "bỏ học")),
        vec![("UBND các xã, thị trấn", LEAD, false)]
    );
    // An intro that hands over to a list below is still one.
    let doc = ketluan::read(
        "Hội nghị giao ban tháng 10\nNgày 05/10/2022, Phòng GD&ĐT tổ chức hội nghị giao ban.\nSau khi nghe báo cáo, Trưởng phòng yêu cầu các trường:\n- Rà soát hồ sơ phổ cập trước ngày 20/10.\n",
    );
    assert_eq!(
        owners(directive(&doc, "phổ cập")),
        vec![("các trường", LEAD, true)]
    );
}

#[test]
fn l9_h6_the_date_of_the_decision_to_inspect_is_not_when_the_team_met() {
    let doc = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 56/TB-PGDĐT\nĐại Từ, ngày 18 tháng 4 năm 2023\nTHÔNG BÁO\nKết luận kiểm tra tại Trường Tiểu học Hùng Sơn\nThực hiện Quyết định số 41/QĐ-PGDĐT ngày 03/4/2023 của Trưởng phòng GD&ĐT, từ ngày 10/4/2023 đến ngày 12/4/2023, Đoàn kiểm tra đã tiến hành kiểm tra tại Trường Tiểu học Hùng Sơn. Trưởng phòng GD&ĐT kết luận như sau:\n1. Hiệu trưởng nhà trường bổ sung chứng từ thanh toán trước ngày 30/4/2023.\n",
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2023-04-10"));
    // A meeting dated in its own words is unchanged.
    let doc = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 57/TB-PGDĐT\nĐại Từ, ngày 18 tháng 4 năm 2023\nTHÔNG BÁO\nKết luận giao ban\nNgày 14/4/2023, Phòng GD&ĐT tổ chức giao ban theo Kế hoạch số 12/KH-PGDĐT ngày 02/4/2023. Trưởng phòng kết luận như sau:\n1. Các trường nộp báo cáo trước ngày 30/4/2023.\n",
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2023-04-14"));
}

#[test]
fn l11_d13_a_week_in_the_time_cell_of_a_months_schedule() {
    let doc = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 88/TB-PGDĐT\nThuận An, ngày 02 tháng 12 năm 2024\nTHÔNG BÁO\nLịch công tác tháng 12/2024\nTrưởng phòng thông báo lịch công tác tháng 12/2024 như sau:\nTT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n1\tHội thi giáo viên dạy giỏi cấp huyện\tBộ phận Tiểu học\tCông đoàn ngành\tTuần 3\n2\tTổng hợp báo cáo thống kê\tBộ phận Kế hoạch\t\tTuần cuối\n3\tSơ kết học kỳ I\tCác trường\t\tThường xuyên\n",
    );
    // L1: the subject under the document type, though it opens as a portal's widget does.
    assert_eq!(
        doc.fields.subject.as_deref(),
        Some("Lịch công tác tháng 12/2024")
    );
    assert_eq!(due(directive(&doc, "dạy giỏi")), Some("2024-12-21"));
    assert_eq!(due(directive(&doc, "thống kê")), Some("2024-12-31"));
    // Work with no week keeps the month's end (D8).
    assert_eq!(due(directive(&doc, "Sơ kết")), Some("2024-12-31"));
}

#[test]
fn o16_o7_party_cells_said_once_and_a_category_after_thuoc_dien() {
    let doc = notice(
        "08/11/2024",
        "1. Các chi, đảng bộ trực thuộc quán triệt nghị quyết đến toàn thể đảng viên.\n\n2. Các trường thuộc diện sáp nhập hoàn thành hồ sơ bàn giao trước ngày 31/12/2024.\n\n3. Các xã thuộc diện hỗ trợ lập danh sách học sinh khó khăn.",
    );
    assert_eq!(
        owners(directive(&doc, "quán triệt")),
        vec![("Các chi, đảng bộ trực thuộc", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "bàn giao")),
        vec![("Các trường thuộc diện sáp nhập", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "học sinh khó khăn")),
        vec![("Các xã thuộc diện hỗ trợ", LEAD, false)]
    );
}

#[test]
fn o16_a_plural_head_its_colon_and_the_names_of_its_members() {
    let doc = notice(
        "08/11/2024",
        "1. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở: Tài chính, Nội vụ, Kế hoạch và Đầu tư và UBND các huyện, thành phố tham mưu UBND tỉnh kế hoạch sắp xếp trường lớp.\n\n2. Các sở: Tài chính, Kế hoạch và Đầu tư cân đối, bố trí nguồn vốn cho các công trình trường học.\n\n3. Các phòng: Tổ chức cán bộ, Kế hoạch - Tài chính rà soát biên chế.\n\n4. Các trường: tổ chức kiểm tra học kỳ I.",
    );
    assert_eq!(
        owners(directive(&doc, "sắp xếp trường lớp")),
        vec![
            ("Sở Giáo dục và Đào tạo", LEAD, false),
            (
                "các sở: Tài chính, Nội vụ, Kế hoạch và Đầu tư",
                SUPPORT,
                false
            ),
            ("UBND các huyện, thành phố", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "nguồn vốn")),
        vec![("Các sở: Tài chính, Kế hoạch và Đầu tư", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "biên chế")),
        vec![(
            "Các phòng: Tổ chức cán bộ, Kế hoạch - Tài chính",
            LEAD,
            false
        )]
    );
    // A colon before a task is the label's, not a list of names.
    assert_eq!(
        owners(directive(&doc, "kiểm tra học kỳ")),
        vec![("Các trường", LEAD, false)]
    );
}

#[test]
fn o17_phu_trach_before_the_work_is_a_predicate_before_a_field_a_remit() {
    let doc = notice(
        "08/11/2024",
        "1. Thầy Lê Văn Hải, Phó Hiệu trưởng, phụ trách xây dựng thời khóa biểu học kỳ II, hoàn thành trước ngày 30/12.\n\n2. Bộ phận Tiểu học phụ trách việc tổ chức hội thi giáo viên dạy giỏi.\n\n3. Phó Giám đốc Sở phụ trách tổ chức cán bộ chỉ đạo rà soát biên chế.\n\n4. Phó Hiệu trưởng phụ trách chuyên môn kiểm tra hồ sơ giáo viên.",
    );
    let d = directive(&doc, "thời khóa biểu");
    assert_eq!(owners(d), vec![("Thầy Lê Văn Hải", LEAD, false)]);
    assert_eq!(due(d), Some("2024-12-30"));
    assert_eq!(
        owners(directive(&doc, "dạy giỏi")),
        vec![("Bộ phận Tiểu học", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "biên chế")),
        vec![("Phó Giám đốc Sở phụ trách tổ chức cán bộ", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "hồ sơ giáo viên")),
        vec![("Phó Hiệu trưởng phụ trách chuyên môn", LEAD, false)]
    );
}

#[test]
fn n8_a_district_office_proposing_to_the_department_gives_itself_no_task() {
    let doc = notice(
        "08/11/2024",
        "1. Phòng GD&ĐT huyện Tân Phú đề xuất Sở bổ sung kinh phí mua sắm thiết bị.\n\n2. Phòng Giáo dục và Đào tạo thành phố đề nghị Sở sớm hướng dẫn tuyển sinh lớp 10.\n\n3. Các phòng GD&ĐT rà soát đội ngũ giáo viên, báo cáo Sở trước ngày 30/11/2024.",
    );
    no_directive(&doc, "bổ sung kinh phí");
    no_directive(&doc, "tuyển sinh lớp 10");
    assert_eq!(
        owners(directive(&doc, "rà soát đội ngũ")),
        vec![("Các phòng GD&ĐT", LEAD, false)]
    );
}

#[test]
fn h10_an_acting_head_signs_with_q_or_quyen() {
    for (position, want) in [
        ("Q. TRƯỞNG PHÒNG", "Q. TRƯỞNG PHÒNG"),
        ("QUYỀN HIỆU TRƯỞNG", "QUYỀN HIỆU TRƯỞNG"),
        ("Q.GIÁM ĐỐC", "Q.GIÁM ĐỐC"),
    ] {
        let doc = ketluan::read(&format!(
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/TB-PGDĐT\nAn Lão, ngày 05 tháng 3 năm 2024\nTHÔNG BÁO\nKết luận giao ban\nTrưởng phòng kết luận như sau:\n1. Các trường nộp báo cáo trước ngày 20/3.\n{position}\n(Đã ký)\nNguyễn Văn An\n"
        ));
        assert_eq!(doc.fields.signer_position.as_deref(), Some(want));
        assert_eq!(doc.fields.signer_name.as_deref(), Some("Nguyễn Văn An"));
        assert_eq!(doc.directives.len(), 1, "{position}");
    }
}

#[test]
fn d12_a_count_said_in_words() {
    let doc = notice(
        "08/11/2024",
        "1. Các trường nộp hồ sơ trong hai tuần tới.\n\n2. Bộ phận kế toán hoàn thành quyết toán trong mười ngày tới.\n\n3. Các trường khắc phục tồn tại trong mười lăm ngày kể từ ngày ký Thông báo này.",
    );
    assert_eq!(due(directive(&doc, "nộp hồ sơ")), Some("2024-11-22"));
    assert_eq!(due(directive(&doc, "quyết toán")), Some("2024-11-18"));
    assert_eq!(due(directive(&doc, "khắc phục")), Some("2024-11-23"));
}

#[test]
fn h7_who_concludes_in_the_meeting_paragraph_or_named_before_the_cue() {
    let chair = |body: &str| {
        ketluan::read(&format!(
            "Phòng GD&ĐT giao ban tháng 3\nNgày đăng: 14/03/2023\n{body}\nCác trường hoàn thành hồ sơ trước ngày 25/3.\n"
        ))
        .fields
        .meeting_chair
    };
    assert_eq!(
        chair("Ngày 12/3, Phòng GD&ĐT tổ chức giao ban hiệu trưởng. Thay mặt lãnh đạo Phòng, ông Nguyễn Văn Hải, Phó Trưởng phòng phát biểu kết luận hội nghị.").as_deref(),
        Some("Nguyễn Văn Hải")
    );
    assert_eq!(
        chair("Ngày 12/3, Phòng GD&ĐT tổ chức giao ban hiệu trưởng. Kết luận hội nghị, ông Trần Văn Bình – Trưởng phòng GD&ĐT – đề nghị các đơn vị tập trung thực hiện.").as_deref(),
        Some("Trần Văn Bình")
    );
    // Who is said to chair stays the chair.
    assert_eq!(
        chair("Ngày 12/3, Phòng GD&ĐT tổ chức giao ban hiệu trưởng. Đồng chí Lê Văn An, Trưởng phòng chủ trì hội nghị. Phát biểu kết luận, đồng chí Trần Thị Bé, Phó Trưởng phòng đề nghị các trường hoàn thành hồ sơ.").as_deref(),
        Some("Lê Văn An")
    );
}

#[test]
fn l11_a_table_copied_from_a_pdf_with_its_cells_joined_by_spaces() {
    let doc = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 88/TB-PGDĐT\nThuận An, ngày 02 tháng 12 năm 2024\nTHÔNG BÁO\nLịch công tác tháng 12/2024\nTrưởng phòng thông báo lịch công tác tháng 12/2024 như sau:\nTT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian\n1 Kiểm tra chuyên đề tại các trường mầm non Bộ phận Mầm non Các trường MN 02/12 - 06/12\n2 Hội thi giáo viên dạy giỏi cấp huyện Bộ phận Tiểu học Công đoàn ngành Tuần 3\n3 Tổng hợp báo cáo thống kê học kỳ I Bộ phận Kế hoạch Trước 25/12\n",
    );
    assert_eq!(doc.directives.len(), 3);
    let d = directive(&doc, "chuyên đề");
    assert_eq!(
        owners(d),
        vec![
            ("Bộ phận Mầm non", LEAD, false),
            ("Các trường MN", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2024-12-06"));
    assert_eq!(due(directive(&doc, "dạy giỏi")), Some("2024-12-21"));
    let d = directive(&doc, "thống kê");
    assert_eq!(owners(d), vec![("Bộ phận Kế hoạch", LEAD, false)]);
    assert_eq!(due(d), Some("2024-12-25"));
}

#[test]
fn h7_an_honorific_before_a_post_names_no_person() {
    let doc = ketluan::read(
        "Hội nghị tổng kết năm học 2023-2024\nCập nhật: 20/07/2024\nSáng 18/7, UBND huyện Yên Dũng tổ chức hội nghị tổng kết năm học.\nPhát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND huyện yêu cầu các trường chuẩn bị tốt cơ sở vật chất cho năm học mới.\n",
    );
    // Not "Phó Chủ": the post is no name.
    assert_eq!(doc.fields.meeting_chair, None);
    let doc = ketluan::read(
        "Hội nghị tổng kết năm học 2023-2024\nCập nhật: 20/07/2024\nSáng 18/7, UBND huyện Yên Dũng tổ chức hội nghị tổng kết năm học.\nPhát biểu kết luận, đồng chí Trưởng phòng GD&ĐT Lê Văn Tám yêu cầu các trường chuẩn bị tốt cơ sở vật chất.\n",
    );
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Lê Văn Tám"));
}

#[test]
fn h7_n7_giao_ban_is_a_meeting_not_a_request() {
    let doc = ketluan::read(
        "Sở GD&ĐT giao ban công tác tháng 11/2023\n(Ngày đăng: 08/11/2023 | Lượt xem: 512)\nChiều ngày 06/11/2023, Sở GD&ĐT tổ chức giao ban công tác tháng 11/2023 với các phòng chuyên môn thuộc Sở. Giám đốc Sở Nguyễn Văn Tường chủ trì buổi giao ban.\nSau khi nghe các phòng báo cáo, Giám đốc Sở kết luận và giao nhiệm vụ:\n- Văn phòng Sở chuẩn bị nội dung Hội nghị tổng kết thi đua; thời gian hoàn thành trong tháng 11.\n",
    );
    no_directive(&doc, "chủ trì buổi giao ban");
    assert_eq!(
        doc.fields.meeting_chair.as_deref(),
        Some("Nguyễn Văn Tường")
    );
    let d = directive(&doc, "tổng kết thi đua");
    assert_eq!(owners(d), vec![("Văn phòng Sở", LEAD, false)]);
    assert_eq!(due(d), Some("2023-11-30"));
}

#[test]
fn j12_word_symbol_bullets_and_other_bullet_signs_open_items() {
    // Word's symbol-font bullet (U+F0B7), a diamond, a middle dot, an arrow and Word's
    // second-level "o": each opens an item of the list under its heading.
    let doc = notice(
        "06/10/2021",
        "1. Văn phòng Sở:\n\u{F0B7} Tổng hợp lịch công tác tuần, gửi các phòng trước thứ Sáu tuần này.\n\u{2756} Các trường chuyên rà soát thiết bị phòng thí nghiệm trước ngày 25/10.\n\u{00B7} Kiểm tra hệ thống phòng cháy tại trụ sở.\no Cập nhật cổng thông tin điện tử của Sở.\n\u{27A4} Hiệu trưởng các trường THPT báo cáo sĩ số học sinh.",
    );
    let implicit = vec![("Văn phòng Sở", LEAD, true)];
    let d = directive(&doc, "lịch công tác tuần");
    assert_eq!(owners(d), implicit);
    assert_eq!(due(d), Some("2021-10-08"));
    let d = directive(&doc, "thiết bị phòng thí nghiệm");
    assert_eq!(owners(d), vec![("Các trường chuyên", LEAD, false)]);
    assert_eq!(due(d), Some("2021-10-25"));
    assert_eq!(owners(directive(&doc, "phòng cháy")), implicit);
    assert_eq!(owners(directive(&doc, "cổng thông tin")), implicit);
    assert_eq!(
        owners(directive(&doc, "sĩ số học sinh")),
        vec![("Hiệu trưởng các trường THPT", LEAD, false)]
    );
}

#[test]
fn j9_j12_a_tab_after_a_list_marker_is_a_space() {
    // Word copies its numbered and bulleted lists as "1.⇥text": the marker and its item stay
    // one line, and the items stay under their heading (a table's row, three columns or more,
    // keeps its cells).
    let doc = notice(
        "06/10/2021",
        "1.\tPhòng Tổ chức cán bộ:\n-\tRà soát đội ngũ giáo viên trước ngày 20/10/2021.\n\u{F0B7}\tTổng hợp nhu cầu tuyển dụng năm học 2022 - 2023.\n2.\tThanh tra Sở:\na)\tKiểm tra việc dạy thêm tại các trường THPT.\nb)\tTrường THPT Lê Lợi sửa chữa nhà đa năng.",
    );
    let staff = vec![("Phòng Tổ chức cán bộ", LEAD, true)];
    let d = directive(&doc, "đội ngũ giáo viên");
    assert_eq!(owners(d), staff);
    assert_eq!(due(d), Some("2021-10-20"));
    assert_eq!(owners(directive(&doc, "nhu cầu tuyển dụng")), staff);
    assert_eq!(
        owners(directive(&doc, "dạy thêm")),
        vec![("Thanh tra Sở", LEAD, true)]
    );
    assert_eq!(
        owners(directive(&doc, "nhà đa năng")),
        vec![("Trường THPT Lê Lợi", LEAD, false)]
    );
    // Right under the subject, with no blank line: the first item is no part of the subject.
    let doc = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 77/TB-PGDĐT\nTân Uyên, ngày 05 tháng 10 năm 2021\nTHÔNG BÁO\nKết luận của Trưởng phòng tại cuộc họp giao ban tháng 10\n1.\tCác trường rà soát hồ sơ học sinh trước ngày 20/10/2021.\n2.\tBộ phận Văn phòng tổng hợp báo cáo.",
    );
    let d = directive(&doc, "hồ sơ học sinh");
    assert_eq!(owners(d), vec![("Các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2021-10-20"));
    assert_eq!(
        owners(directive(&doc, "tổng hợp báo cáo")),
        vec![("Bộ phận Văn phòng", LEAD, false)]
    );
}

#[test]
fn j12_a_list_marker_alone_on_its_line_goes_with_the_next() {
    // A PDF's marker column: the number or the dash on a line of its own, the item under it.
    let doc = notice(
        "06/10/2021",
        "1.\nPhòng Kế hoạch - Tài chính:\n-\nTổng hợp dự toán năm 2022, hoàn thành trước ngày 30/10.\n-\nHướng dẫn các trường quyết toán kinh phí.\n2.\nCác trường tiểu học tổ chức kiểm tra nội bộ.",
    );
    let finance = vec![("Phòng Kế hoạch - Tài chính", LEAD, true)];
    let d = directive(&doc, "dự toán");
    assert_eq!(owners(d), finance);
    assert_eq!(due(d), Some("2021-10-30"));
    assert!(d.text.starts_with("Tổng hợp"), "{}", d.text);
    assert_eq!(owners(directive(&doc, "quyết toán kinh phí")), finance);
    assert_eq!(
        owners(directive(&doc, "kiểm tra nội bộ")),
        vec![("Các trường tiểu học", LEAD, false)]
    );
    // Right under the subject, with no blank line: the first item is no part of the subject.
    let doc = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 78/TB-PGDĐT\nTân Uyên, ngày 05 tháng 10 năm 2021\nTHÔNG BÁO\nKết luận của Trưởng phòng tại cuộc họp giao ban tháng 10\n1.\nCác trường rà soát hồ sơ học sinh trước ngày 20/10/2021.\n2.\nBộ phận Văn phòng tổng hợp báo cáo.",
    );
    let d = directive(&doc, "hồ sơ học sinh");
    assert_eq!(owners(d), vec![("Các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2021-10-20"));
}

#[test]
fn j12_numbers_typed_without_a_space_or_with_a_spaced_dash() {
    // A web page's "1.Các trường …" and a typist's "2 - Phòng …": list items, each with its
    // own owner; a figure ("1.000 học sinh") is none.
    let doc = notice(
        "06/10/2021",
        "1.Các trường THCS rà soát học sinh có nguy cơ bỏ học trước ngày 15/10.\n2 - Phòng Giáo dục Trung học hướng dẫn ôn thi học sinh giỏi.\n3)Trung tâm GDNN-GDTX báo cáo sĩ số.",
    );
    let d = directive(&doc, "nguy cơ bỏ học");
    assert_eq!(owners(d), vec![("Các trường THCS", LEAD, false)]);
    assert_eq!(due(d), Some("2021-10-15"));
    assert!(d.text.starts_with("Các trường"), "{}", d.text);
    assert_eq!(
        owners(directive(&doc, "ôn thi học sinh giỏi")),
        vec![("Phòng Giáo dục Trung học", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "sĩ số")),
        vec![("Trung tâm GDNN-GDTX", LEAD, false)]
    );
}

#[test]
fn d1_a_year_written_in_two_digits() {
    // "5/12/22" is 5 December 2022 (D1); a document's symbol with two digits after it is no date.
    let doc = notice(
        "25/11/2022",
        "1. Các trường THCS nộp hồ sơ thi giáo viên giỏi trước ngày 5/12/22.\n2. Phòng Khảo thí tổ chức chấm thi chậm nhất 20.12.22.\n3. Các trường thực hiện theo Quyết định số 15/11/22-QĐ của UBND huyện.",
    );
    assert_eq!(due(directive(&doc, "giáo viên giỏi")), Some("2022-12-05"));
    assert_eq!(due(directive(&doc, "chấm thi")), Some("2022-12-20"));
    assert_eq!(due(directive(&doc, "Quyết định số")), None);
}

/// A formal notice of 08/10/2021 whose meeting paragraph is `meeting`.
fn formal_with_meeting(meeting: &str) -> Document {
    ketluan::read(&format!(
        "UBND TỈNH HÀ TĨNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/TB-SGDĐT\nHà Tĩnh, ngày 08 tháng 10 năm 2021\nTHÔNG BÁO\nKết luận của Giám đốc Sở tại hội nghị giao ban\n\n{meeting}\n\n1. Các trường THPT rà soát hồ sơ giáo viên trước ngày 20/10.\n"
    ))
}

#[test]
fn h5_h6_a_formal_notice_dates_its_meeting_by_day_and_month() {
    // The paragraph that hands over to the conclusions also tells the meeting: its day without
    // a year is the notice's year.
    for meeting in [
        "Chiều 05/10, đồng chí Nguyễn Văn Thắng, Giám đốc Sở chủ trì hội nghị giao ban. Giám đốc Sở kết luận:",
        "Ngày 05/10, đồng chí Nguyễn Văn Thắng, Giám đốc Sở chủ trì giao ban. Giám đốc Sở kết luận như sau:",
    ] {
        let doc = formal_with_meeting(meeting);
        assert_eq!(
            doc.fields.meeting_date.as_deref(),
            Some("2021-10-05"),
            "{meeting}"
        );
        assert_eq!(
            doc.fields.meeting_chair.as_deref(),
            Some("Nguyễn Văn Thắng"),
            "{meeting}"
        );
    }
}

#[test]
fn h7_a_degree_before_the_chair_s_name() {
    // "PGS.TS", "TS.", "ThS", "NGƯT" before the name, with or without an honorific; the dot of
    // a degree ends no sentence.
    for (meeting, chair) in [
        ("Ngày 05/10/2021, TS. Nguyễn Văn Thắng, Giám đốc Sở chủ trì giao ban. Giám đốc Sở kết luận:", "Nguyễn Văn Thắng"),
        ("Ngày 05/10/2021, đồng chí PGS.TS Lê Thị Hoa, Giám đốc Sở chủ trì giao ban. Giám đốc Sở kết luận:", "Lê Thị Hoa"),
        ("Ngày 05/10/2021, bà ThS. Trần Thị Mai, Phó Giám đốc Sở chủ trì giao ban. Phó Giám đốc Sở kết luận:", "Trần Thị Mai"),
        ("Ngày 05/10/2021, NGƯT Phạm Văn Bình, Giám đốc Sở chủ trì giao ban. Giám đốc Sở kết luận:", "Phạm Văn Bình"),
    ] {
        let doc = formal_with_meeting(meeting);
        assert_eq!(doc.fields.meeting_chair.as_deref(), Some(chair), "{meeting}");
    }
}

#[test]
fn h4_l5_the_headline_above_a_lead_whose_date_line_follows_it() {
    // Some portals print the lead under the headline and the date line under the lead: the
    // headline is still the subject, the lead the meeting, at the page's top or under a menu.
    for top in ["", "Trang chủ > Tin tức > Giáo dục\n"] {
        let doc = ketluan::read(&format!(
            "{top}Quảng Bình: Triển khai nhiệm vụ năm học 2023 - 2024\nGD&TĐ - Sáng 15/9, Sở GD&ĐT Quảng Bình tổ chức hội nghị triển khai nhiệm vụ năm học 2023 - 2024.\n15/09/2023 10:25\nChia sẻ\nKết luận hội nghị, ông Nguyễn Thanh Bình, Giám đốc Sở đề nghị các phòng GD&ĐT rà soát mạng lưới trường lớp trước ngày 30/9.\n"
        ));
        assert_eq!(
            doc.fields.subject.as_deref(),
            Some("Quảng Bình: Triển khai nhiệm vụ năm học 2023 - 2024"),
            "{top}"
        );
        assert_eq!(doc.fields.meeting_date.as_deref(), Some("2023-09-15"));
        assert_eq!(
            doc.fields.meeting_chair.as_deref(),
            Some("Nguyễn Thanh Bình")
        );
        // The headline and the lead are no directives.
        no_directive(&doc, "Triển khai nhiệm vụ");
        no_directive(&doc, "tổ chức hội nghị");
        let d = directive(&doc, "mạng lưới");
        assert_eq!(owners(d), vec![("các phòng GD&ĐT", LEAD, false)]);
        assert_eq!(due(d), Some("2023-09-30"));
    }
}

#[test]
fn o3_o17_a_chain_after_a_person_s_title_or_bracket() {
    // The person asked passes the order on after his title or a bracket: both lead.
    let doc = notice(
        "20/03/2024",
        "1. Giao đồng chí Nguyễn Thị Lan, Phó Trưởng phòng chỉ đạo bộ phận Tiểu học tổ chức giao lưu Trạng nguyên Tiếng Việt trước ngày 10/4/2024.\n2. Yêu cầu Hiệu trưởng Trường THCS Phúc Đồng (ông Võ Văn Tâm) chỉ đạo tổ chuyên môn rà soát kế hoạch dạy học.\n3. Giao đồng chí Lê Văn Nam, chuyên viên theo dõi việc thực hiện.",
    );
    let d = directive(&doc, "Trạng nguyên");
    assert_eq!(
        owners(d),
        vec![
            ("đồng chí Nguyễn Thị Lan", LEAD, false),
            ("bộ phận Tiểu học", LEAD, false)
        ]
    );
    assert_eq!(due(d), Some("2024-04-10"));
    assert_eq!(
        owners(directive(&doc, "kế hoạch dạy học")),
        vec![
            ("Hiệu trưởng Trường THCS Phúc Đồng", LEAD, false),
            ("tổ chuyên môn", LEAD, false)
        ]
    );
    // A title and no chain: the person alone.
    assert_eq!(
        owners(directive(&doc, "theo dõi việc thực hiện")),
        vec![("đồng chí Lê Văn Nam", LEAD, false)]
    );
}

#[test]
fn o5_o10_a_meeting_s_account_before_the_conclusion_names_no_owner() {
    // The paragraph that hands over tells who met ("Sở tổ chức hội nghị"), then who concludes:
    // neither owns the list; a unit asked there does.
    let read = |intro: &str| {
        ketluan::read(&format!(
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 15/TB-SGDĐT\nNinh Bình, ngày 10 tháng 01 năm 2024\nTHÔNG BÁO\nKết luận của Giám đốc Sở tại hội nghị sơ kết học kỳ I\n\n{intro}\n1. Tuyệt đối không để xảy ra tình trạng lạm thu.\n2. Phấn đấu 100% trường học có nhà vệ sinh đạt chuẩn trong năm 2024.\n"
        ))
    };
    for intro in [
        "Ngày 08/01/2024, Sở tổ chức hội nghị sơ kết học kỳ I. Giám đốc Sở kết luận:",
        "Ngày 08/01/2024, Sở tổ chức hội nghị sơ kết, sau khi nghe báo cáo, Giám đốc Sở kết luận như sau:",
    ] {
        let doc = read(intro);
        assert!(owners(directive(&doc, "lạm thu")).is_empty(), "{intro}");
        let d = directive(&doc, "nhà vệ sinh");
        assert!(owners(d).is_empty(), "{intro}");
        assert_eq!(due(d), Some("2024-12-31"));
    }
    let doc = read(
        "Ngày 08/01/2024, Sở tổ chức hội nghị. Giám đốc Sở kết luận và yêu cầu các phòng GD&ĐT thực hiện như sau:",
    );
    assert_eq!(
        owners(directive(&doc, "lạm thu")),
        vec![("các phòng GD&ĐT", LEAD, true)]
    );
}

#[test]
fn h5_a_meeting_day_under_a_subject_that_ends_with_a_month() {
    // "Chiều ngày 12/11/2022, …" right under "… tháng 11/2022": the line above is no document's
    // symbol dating it.
    let doc = ketluan::read(
        "TRƯỜNG THCS NGUYỄN DU\nSố: 05/TB-THCS\nHương Sơn, ngày 14 tháng 11 năm 2022\nTHÔNG BÁO\nKết luận của Hiệu trưởng tại cuộc họp Hội đồng sư phạm tháng 11/2022\n\nChiều ngày 12/11/2022, nhà trường tổ chức họp Hội đồng sư phạm. Chủ trì: thầy Lê Văn Hải - Hiệu trưởng.\nSau khi nghe các tổ báo cáo, Hiệu trưởng kết luận như sau:\n1. Các tổ chuyên môn nộp kế hoạch dạy học trước thứ Sáu tuần sau.\nYêu cầu các tổ, bộ phận và cá nhân nghiêm túc thực hiện.\nHIỆU TRƯỞNG\nLê Văn Hải\n",
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2022-11-12"));
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Lê Văn Hải"));
    assert_eq!(due(directive(&doc, "kế hoạch dạy học")), Some("2022-11-25"));
    // N6: the closing request names nothing to carry out, with no "./." after it.
    no_directive(&doc, "nghiêm túc thực hiện");
}

#[test]
fn n6_a_closing_request_without_its_final_mark() {
    let doc = notice(
        "14/11/2022",
        "1. Các trường rà soát hồ sơ học sinh.\n2. Giao Văn phòng Sở tổ chức thực hiện.\n3. Đề nghị các trường triển khai thực hiện Chương trình GDPT 2018 đúng lộ trình.\nĐề nghị các đơn vị triển khai thực hiện.",
    );
    // "Giao" hands a unit the work; a request to carry out something named is a task.
    assert_eq!(
        owners(directive(&doc, "Văn phòng Sở tổ chức")),
        vec![("Văn phòng Sở", LEAD, false)]
    );
    directive(&doc, "Chương trình GDPT 2018");
    no_directive(&doc, "các đơn vị triển khai thực hiện");
}

#[test]
fn j6_a_page_s_comment_form_and_new_documents_list_are_junk() {
    let doc = ketluan::read(
        "Sở GD&ĐT họp giao ban tháng 11/2022\nNgày đăng: 18/11/2022 | Lượt xem: 512\nSáng 17/11, Sở GD&ĐT tổ chức họp giao ban tháng 11. Bà Phạm Thị Ngọc, Giám đốc Sở chủ trì.\nKết luận cuộc họp, Giám đốc Sở yêu cầu các phòng chuyên môn hoàn thành kế hoạch tháng 12 trước ngày 25/11.\nVăn phòng Sở\nÝ kiến bạn đọc\nGửi ý kiến\nHọ và tên\nNội dung\nGửi\nBình luận (0)\nVăn bản mới\nHướng dẫn thực hiện nhiệm vụ giáo dục thường xuyên năm học 2022 - 2023 (10/11/2022)\nTriển khai cuộc thi Giáo viên chủ nhiệm giỏi cấp tỉnh (05/11/2022)\n",
    );
    assert_eq!(doc.directives.len(), 1, "{:#?}", doc.directives);
    let d = directive(&doc, "kế hoạch tháng 12");
    assert_eq!(owners(d), vec![("các phòng chuyên môn", LEAD, false)]);
    assert_eq!(due(d), Some("2022-11-25"));
    // Each marker alone ends the article, its counter after it too.
    for marker in ["Bình luận (0)", "Tin mới nhất", "Văn bản mới:"] {
        let doc = ketluan::read(&format!(
            "Sở GD&ĐT họp giao ban tháng 11/2022\nNgày đăng: 18/11/2022\nSáng 17/11, Sở GD&ĐT tổ chức họp giao ban.\nGiám đốc Sở yêu cầu các phòng chuyên môn hoàn thành kế hoạch tháng 12.\n{marker}\nHướng dẫn thực hiện nhiệm vụ năm học 2022 - 2023 (10/11/2022)\n"
        ));
        no_directive(&doc, "Hướng dẫn thực hiện");
    }
}

#[test]
fn d12_a_relative_deadline_counted_from_the_meeting() {
    // The meeting's day is stated, so a count from it is dated (from the notice's date when it
    // counts from the signing; from nothing known when it counts from a receipt).
    let doc = ketluan::read(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/TB-SGDĐT\nHà Tĩnh, ngày 12 tháng 11 năm 2019\n\nTHÔNG BÁO\nKết luận của Giám đốc Sở tại hội nghị giao ban\n\nNgày 08/11/2019, Sở tổ chức họp giao ban. Giám đốc Sở kết luận:\n1. Các trường THPT cập nhật dữ liệu ngành trong thời hạn 10 ngày kể từ ngày họp.\n2. Phòng Tổ chức cán bộ tổng hợp nhu cầu giáo viên trong vòng 05 ngày làm việc kể từ ngày họp.\n3. Văn phòng Sở hoàn thiện biên bản trong 10 ngày kể từ ngày ký Thông báo này.\n4. Các trường THCS báo cáo trong vòng 07 ngày kể từ ngày nhận được văn bản của Sở.\n",
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2019-11-08"));
    let d = directive(&doc, "dữ liệu ngành");
    assert_eq!(due(d), Some("2019-11-18"));
    assert_eq!(
        d.deadline.as_ref().map(|x| x.kind),
        Some(DeadlineKind::Relative)
    );
    // Its reason says the count runs from the meeting's date.
    assert_eq!(
        d.deadline
            .as_ref()
            .and_then(|x| x.why.as_ref())
            .and_then(|w| w.dated_from),
        Some(ketluan::document::DatedFrom::Meeting)
    );
    // Friday 8 November and five working days: Friday 15 November.
    assert_eq!(
        due(directive(&doc, "nhu cầu giáo viên")),
        Some("2019-11-15")
    );
    assert_eq!(due(directive(&doc, "biên bản")), Some("2019-11-22"));
    assert_eq!(due(directive(&doc, "văn bản của Sở")), None);
}

/// J10: the request and support verbs with a mark left off in typing ("yêu câu", "Đề nghi",
/// "đê nghị", "phôi hợp") still ask and still name a support; before, the unit ran over the
/// verb ("Giám đốc Sở yêu câu các trường" as owner) or the sentence was no directive.
#[test]
fn j10_request_and_support_verbs_with_a_mark_left_off() {
    let doc = notice(
        "12/03/2025",
        "1. Giám đốc Sở yêu câu các trường THCS rà soát hồ sơ phổ cập.\n\n2. Đề nghi Phòng Kế hoạch - Tài chính bố trí kinh phí sửa chữa.\n\n3. Văn phòng Sở phôi hợp với Công đoàn ngành tổ chức Hội thao.",
    );
    assert_eq!(
        owners(directive(&doc, "hồ sơ phổ cập")),
        vec![("các trường THCS", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "kinh phí sửa chữa")),
        vec![("Phòng Kế hoạch - Tài chính", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "Hội thao")),
        vec![
            ("Văn phòng Sở", LEAD, false),
            ("Công đoàn ngành", SUPPORT, false)
        ]
    );
}

#[test]
fn j10_heads_and_titles_typed_with_a_slip() {
    // "Trưởng phồng", "Giám đôc", "Hiêu trưởng", "truờng", "Sơ GD&ĐT" as typed: the speaker
    // still speaks, the unit is still the owner, named as written.
    let doc = notice(
        "12/04/2021",
        "1. Trưởng phồng yêu cầu các trường tiểu học rà soát hồ sơ phổ cập.\n2. Đồng chí Giám đôc Sở đề nghị các phòng GD&ĐT kiểm tra bếp ăn bán trú.\n3. Hiêu trưởng các trường THCS chỉ đạo tổ chuyên môn xây dựng đề kiểm tra.\n4. Các truờng THPT báo cáo sĩ số trước ngày 20/4.\n5. Sơ GD&ĐT tổng hợp kết quả thi học sinh giỏi.",
    );
    assert_eq!(
        owners(directive(&doc, "phổ cập")),
        vec![("các trường tiểu học", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "bếp ăn")),
        vec![("các phòng GD&ĐT", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "đề kiểm tra")),
        vec![
            ("Hiêu trưởng các trường THCS", LEAD, false),
            ("tổ chuyên môn", LEAD, false)
        ]
    );
    let d = directive(&doc, "sĩ số");
    assert_eq!(owners(d), vec![("Các truờng THPT", LEAD, false)]);
    assert_eq!(due(d), Some("2021-04-20"));
    assert_eq!(
        owners(directive(&doc, "học sinh giỏi")),
        vec![("Sơ GD&ĐT", LEAD, false)]
    );
}

#[test]
fn r2_the_lead_chu_tri_cung_voi_its_supporters() {
    // "chủ trì cùng với Y" as "chủ trì cùng Y" and "cùng với Y": Y supports.
    let doc = notice(
        "02/12/2022",
        "1. Phòng Văn hóa và Thông tin chủ trì cùng với Huyện đoàn tổ chức giải bóng đá học sinh.\n2. Giao Trung tâm Y tế huyện chủ trì cùng với Phòng GD&ĐT, UBND các xã khám sức khỏe cho học sinh.",
    );
    assert_eq!(
        owners(directive(&doc, "bóng đá")),
        vec![
            ("Phòng Văn hóa và Thông tin", LEAD, false),
            ("Huyện đoàn", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "sức khỏe")),
        vec![
            ("Trung tâm Y tế huyện", LEAD, false),
            ("Phòng GD&ĐT", SUPPORT, false),
            ("UBND các xã", SUPPORT, false)
        ]
    );
}

#[test]
fn r1_r2_roles_written_in_brackets_after_the_units() {
    // As a table's cell writes them: "X (chủ trì), Y (phối hợp)".
    let doc = notice(
        "02/12/2022",
        "1. Giao Phòng Giáo dục Tiểu học (chủ trì), Văn phòng Sở (phối hợp) rà soát thiết bị dạy học lớp 3.\n2. Phòng Tổ chức cán bộ (chủ trì), Văn phòng Sở và Thanh tra Sở (phối hợp) hoàn thiện quy chế làm việc.",
    );
    assert_eq!(
        owners(directive(&doc, "thiết bị dạy học")),
        vec![
            ("Phòng Giáo dục Tiểu học", LEAD, false),
            ("Văn phòng Sở", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "quy chế làm việc")),
        vec![
            ("Phòng Tổ chức cán bộ", LEAD, false),
            ("Văn phòng Sở", SUPPORT, false),
            ("Thanh tra Sở", SUPPORT, false)
        ]
    );
    // In a table's units column (L11) too.
    let doc = notice(
        "08/11/2024",
        "STT\tNội dung công việc\tĐơn vị thực hiện\tThời gian hoàn thành\n1\tRà soát đội ngũ giáo viên\tPhòng Tổ chức cán bộ (chủ trì), Văn phòng Sở (phối hợp)\tTrước 15/11/2024",
    );
    let d = directive(&doc, "đội ngũ giáo viên");
    assert_eq!(
        owners(d),
        vec![
            ("Phòng Tổ chức cán bộ", LEAD, false),
            ("Văn phòng Sở", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2024-11-15"));
}

#[test]
fn l1_n6_the_tasks_listed_in_an_appendix_after_the_signature() {
    // The body points to the appendix; the appendix after the signature lists the tasks. No
    // blank line parts the subject from the body: a sentence ends the subject.
    let doc = ketluan::read(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 210/TB-SGDĐT\nLào Cai, ngày 08 tháng 11 năm 2024\nTHÔNG BÁO\nKết luận của Giám đốc Sở tại hội nghị giao ban tháng 10\nGiám đốc Sở giao các đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Thông báo này.\nNơi nhận:\n- Các phòng thuộc Sở;\n- Lưu: VT.\nGIÁM ĐỐC\nHoàng Minh Tuấn\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ GIAO CÁC ĐƠN VỊ\n(Kèm theo Thông báo số 210/TB-SGDĐT ngày 08/11/2024 của Sở GD&ĐT)\n1. Phòng Tổ chức cán bộ rà soát đội ngũ giáo viên, hoàn thành trước ngày 20/11/2024.\n2. Văn phòng Sở chuẩn bị Hội nghị tổng kết năm 2024.\n3. Phòng Kế hoạch - Tài chính lập dự toán ngân sách năm 2025 trước ngày 30/11.\n",
    );
    assert_eq!(
        doc.fields.subject.as_deref(),
        Some("Kết luận của Giám đốc Sở tại hội nghị giao ban tháng 10")
    );
    assert_eq!(doc.fields.signer_name.as_deref(), Some("Hoàng Minh Tuấn"));
    assert_eq!(doc.directives.len(), 3, "{:#?}", doc.directives);
    let d = directive(&doc, "đội ngũ giáo viên");
    assert_eq!(owners(d), vec![("Phòng Tổ chức cán bộ", LEAD, false)]);
    assert_eq!(due(d), Some("2024-11-20"));
    // The notice's date gives the appendix's dates their year.
    assert_eq!(
        due(directive(&doc, "dự toán ngân sách")),
        Some("2024-11-30")
    );
    no_directive(&doc, "tại Phụ lục");
}

#[test]
fn o3_o5_the_head_of_a_department_of_the_sở_is_told_to_act() {
    // Only the director speaks for a Sở; the head of one of its departments passes the order on
    // (a chain, O3: both are owners).
    let doc = notice(
        "14/10/2025",
        "1. Đồng chí Trưởng phòng Giáo dục Tiểu học chỉ đạo các trường tiểu học kiểm tra thư viện trường học.\n2. Trưởng phòng KHTC hướng dẫn các đơn vị lập dự toán năm 2026.\n3. Trưởng phòng yêu cầu các trường nộp hồ sơ thi đua.",
    );
    assert_eq!(
        owners(directive(&doc, "thư viện trường học")),
        vec![
            ("Đồng chí Trưởng phòng Giáo dục Tiểu học", LEAD, false),
            ("các trường tiểu học", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "lập dự toán")),
        vec![("Trưởng phòng KHTC", LEAD, false)]
    );
    // A head with no department named still speaks.
    assert_eq!(
        owners(directive(&doc, "hồ sơ thi đua")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn o17_a_title_in_the_plural_names_its_holders() {
    let doc = notice(
        "14/10/2025",
        "1. Các Phó Giám đốc chỉ đạo các phòng chuyên môn kiểm tra việc tuyển sinh đầu cấp.\n2. Giao các Phó Hiệu trưởng dự giờ giáo viên mới.",
    );
    assert_eq!(
        owners(directive(&doc, "tuyển sinh đầu cấp")),
        vec![
            ("Các Phó Giám đốc", LEAD, false),
            ("các phòng chuyên môn", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "dự giờ")),
        vec![("các Phó Hiệu trưởng", LEAD, false)]
    );
}

#[test]
fn o24_tt_for_trung_tâm_before_the_centres_abbreviation() {
    let doc = notice(
        "14/10/2025",
        "1. TT GDNN-GDTX huyện Cam Lộ mở lớp bổ túc văn hóa cho học viên trong tháng 11/2025.\n2. Các TT GDTX rà soát học viên bỏ học.\n3. Thực hiện Thông tư 32/2020/TT-BGDĐT, các trường cập nhật điều lệ.",
    );
    let d = directive(&doc, "bổ túc văn hóa");
    assert_eq!(owners(d), vec![("TT GDNN-GDTX huyện Cam Lộ", LEAD, false)]);
    assert_eq!(due(d), Some("2025-11-30"));
    assert_eq!(
        owners(directive(&doc, "học viên bỏ học")),
        vec![("Các TT GDTX", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "cập nhật điều lệ")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn j7_o3_the_unit_told_to_act_on_the_next_line() {
    // A short copy whose break after the directing verb is kept: the unit on the next line is
    // still the one told to act, not the beneficiary after "cho".
    let doc = notice(
        "14/10/2025",
        "3. Các chi bộ trường học tăng cường giáo dục chính trị; đảng ủy các xã, thị trấn chỉ đạo\nUBND cùng cấp bố trí kinh phí sửa chữa nhà vệ sinh cho các trường tiểu học.\n4. Các trường rà soát thiết bị.",
    );
    assert_eq!(
        owners(directive(&doc, "nhà vệ sinh")),
        vec![
            ("đảng ủy các xã, thị trấn", LEAD, false),
            ("UBND cùng cấp", LEAD, false)
        ]
    );
}

#[test]
fn n2_some_units_whose_work_still_falls_short() {
    let doc = notice(
        "14/10/2025",
        "Các trường đã hoàn thành kế hoạch tháng 9. Tuy nhiên, một số trường gửi báo cáo thống kê còn chậm. Một số đơn vị thực hiện chưa nghiêm quy định về công khai tài chính. Một số trường mầm non vẫn chậm cập nhật hồ sơ trẻ. Bên cạnh đó, các trường cập nhật phần mềm quản lý chưa kịp thời.\n\n1. Một số trường phải khắc phục tình trạng chậm gửi báo cáo.\n2. Tuy nhiên, các trường tiếp tục rà soát học sinh chưa hoàn thành chương trình lớp 5.\n3. Các trường bồi dưỡng học sinh chưa đạt chuẩn kiến thức.",
    );
    for report in [
        "thống kê còn chậm",
        "công khai tài chính",
        "hồ sơ trẻ",
        "phần mềm quản lý",
    ] {
        no_directive(&doc, report);
    }
    // A modal asks, a call to press on orders, and a shortfall of the pupils names them.
    assert_eq!(
        owners(directive(&doc, "khắc phục tình trạng")),
        vec![("Một số trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "chương trình lớp 5")),
        vec![("các trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "chuẩn kiến thức")),
        vec![("Các trường", LEAD, false)]
    );
}

#[test]
fn l11_an_assignment_table_copied_with_one_cell_per_line() {
    // A PDF viewer's copy: each cell on its own line, an empty cell with no line at all, a task
    // wrapped onto a second line.
    let doc = notice(
        "06/11/2023",
        "Giám đốc Sở phân công thực hiện như sau:\nSTT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành\n1\nRà soát nhu cầu sách giáo khoa lớp 5\nnăm học 2024-2025\nPhòng Giáo dục Tiểu học\nPhòng GD&ĐT các huyện\nTrước 25/11/2023\n2\nTập huấn cán bộ thư viện trường học\nVăn phòng Sở\nTháng 12/2023\n3\nTheo dõi tiến độ xây dựng trường chuẩn quốc gia\nPhòng KHTC\nPhòng GDTrH\nThường xuyên\nTrên đây là kết luận của Giám đốc Sở.",
    );
    assert_eq!(doc.directives.len(), 3, "{:#?}", doc.directives);
    let d = directive(&doc, "sách giáo khoa lớp 5");
    assert_eq!(
        owners(d),
        vec![
            ("Phòng Giáo dục Tiểu học", LEAD, false),
            ("Phòng GD&ĐT các huyện", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2023-11-25"));
    let d = directive(&doc, "cán bộ thư viện");
    assert_eq!(owners(d), vec![("Văn phòng Sở", LEAD, false)]);
    assert_eq!(due(d), Some("2023-12-31"));
    let d = directive(&doc, "trường chuẩn quốc gia");
    assert_eq!(
        owners(d),
        vec![("Phòng KHTC", LEAD, false), ("Phòng GDTrH", SUPPORT, false)]
    );
    assert_eq!(due(d), None);
}

#[test]
fn n3_praise_opening_an_item_gives_no_work() {
    let doc = notice(
        "24/03/2021",
        "1. Ghi nhận những cố gắng của đội ngũ nhà giáo trong năm học vừa qua.\n2. Ghi nhận ý kiến của các trường; giao Phòng Tổ chức cán bộ tổng hợp, tham mưu Giám đốc Sở.",
    );
    no_directive(&doc, "cố gắng của đội ngũ");
    no_directive(&doc, "ý kiến của các trường");
    assert_eq!(
        owners(directive(&doc, "tham mưu Giám đốc Sở")),
        vec![("Phòng Tổ chức cán bộ", LEAD, false)]
    );
}

#[test]
fn o3_a_manner_before_the_opening_directing_verb() {
    let doc = notice(
        "14/10/2025",
        "1. Tiếp tục chỉ đạo các trường tiểu học rà soát học sinh khuyết tật học hòa nhập.\n2. Khẩn trương yêu cầu các trường THCS nộp kế hoạch dạy học trước ngày 25/10.\n3. Tiếp tục giao Phòng Khảo thí hướng dẫn các trường tổ chức kiểm tra giữa kỳ.",
    );
    assert_eq!(
        owners(directive(&doc, "khuyết tật")),
        vec![("các trường tiểu học", LEAD, false)]
    );
    let d = directive(&doc, "kế hoạch dạy học");
    assert_eq!(owners(d), vec![("các trường THCS", LEAD, false)]);
    assert_eq!(due(d), Some("2025-10-25"));
    assert_eq!(
        owners(directive(&doc, "kiểm tra giữa kỳ")),
        vec![("Phòng Khảo thí", LEAD, false)]
    );
}

#[test]
fn o16_the_members_after_a_plural_at_the_end_of_a_units_name() {
    let doc = notice(
        "14/10/2025",
        "1. Phòng GD&ĐT các huyện: Mường Tè, Sìn Hồ, Phong Thổ rà soát giáo viên dôi dư.\n2. Giao UBND các xã: Nậm Hàng, Pa Tần vận động học sinh bỏ học trở lại lớp.",
    );
    assert_eq!(
        owners(directive(&doc, "dôi dư")),
        vec![(
            "Phòng GD&ĐT các huyện: Mường Tè, Sìn Hồ, Phong Thổ",
            LEAD,
            false
        )]
    );
    assert_eq!(
        owners(directive(&doc, "trở lại lớp")),
        vec![("UBND các xã: Nậm Hàng, Pa Tần", LEAD, false)]
    );
}

#[test]
fn h1_a_large_number_with_its_thousands_marked() {
    let doc = ketluan::read(
        "UBND TỈNH BÌNH DƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\nSố: 1.207 /TB-SGDĐT Thủ Dầu Một, ngày 5 tháng 01 năm 2023\nTHÔNG BÁO\nKết luận của Giám đốc Sở tại hội nghị giao ban\nThực hiện Công văn số 4.512 /BGDĐT-GDTrH ngày 12/12/2022 của Bộ GD&ĐT, các trường rà soát hồ sơ học sinh.\n",
    );
    assert_eq!(doc.fields.number.as_deref(), Some("1.207/TB-SGDĐT"));
    assert_eq!(
        doc.references.first().map(|r| r.symbol.as_str()),
        Some("4.512/BGDĐT-GDTrH")
    );
}

#[test]
fn h7_a_deputy_in_charge_named_before_the_cue() {
    for meeting in [
        "Chiều ngày 17/4, tại Sở GD&ĐT, Phó Giám đốc Sở phụ trách Hoàng Thị Yến chủ trì hội nghị.",
        "Chiều ngày 17/4, Phó Giám đốc phụ trách Sở Hoàng Thị Yến chủ trì hội nghị.",
    ] {
        let doc = ketluan::read(&format!(
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/TB-SGDĐT\nHà Giang, ngày 20 tháng 4 năm 2024\nTHÔNG BÁO\nKết luận tại hội nghị giao ban\n{meeting} Kết luận như sau:\n1. Các trường rà soát hồ sơ học sinh.\n"
        ));
        assert_eq!(
            doc.fields.meeting_chair.as_deref(),
            Some("Hoàng Thị Yến"),
            "{meeting}"
        );
    }
}

#[test]
fn o23_every_level_and_sector_is_one_collective_owner() {
    let doc = notice(
        "14/10/2025",
        "1. Các cấp, các ngành quan tâm hỗ trợ học sinh vùng lũ trở lại trường.\n2. Đề nghị các cấp, ngành, đoàn thể huyện tạo điều kiện cho nhà trường tổ chức Hội khỏe Phù Đổng cấp trường.",
    );
    assert_eq!(
        owners(directive(&doc, "vùng lũ")),
        vec![("Các cấp, các ngành", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "Hội khỏe")),
        vec![("các cấp, ngành, đoàn thể huyện", LEAD, false)]
    );
}

#[test]
fn j9_a_notice_pasted_with_all_its_line_breaks_lost() {
    // A web page whose paragraphs were spans: the whole notice on one line.
    let doc = ketluan::read(
        "UBND HUYỆN KIM SƠN PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Số: 61/TB-PGDĐT Kim Sơn, ngày 14 tháng 3 năm 2022 THÔNG BÁO Kết luận của Trưởng phòng tại hội nghị giao ban hiệu trưởng tháng 3 năm 2022 Ngày 11/3/2022, Phòng GD&ĐT tổ chức hội nghị giao ban hiệu trưởng các trường mầm non, tiểu học, THCS. Đồng chí Đinh Văn Cường, Trưởng phòng chủ trì hội nghị. Sau khi nghe các bộ phận báo cáo, Trưởng phòng kết luận như sau: I. ĐÁNH GIÁ CHUNG Trong tháng 2, các trường đã tổ chức dạy học trực tiếp an toàn; công tác phòng, chống dịch được thực hiện nghiêm túc. II. NHIỆM VỤ TRỌNG TÂM THÁNG 3 1. Các trường tiểu học hoàn thành kiểm tra giữa học kỳ II trước ngày 25/3/2022. 2. Các trường THCS rà soát học sinh lớp 9 đăng ký tuyển sinh lớp 10, báo cáo về Phòng trước ngày 31/3/2022. 3. Bộ phận Mầm non phối hợp với Trạm Y tế các xã kiểm tra công tác bán trú tại các trường mầm non. 4. Hiệu trưởng các trường chịu trách nhiệm về công tác an toàn trường học; tuyệt đối không để xảy ra ngộ độc thực phẩm. Trên đây là kết luận của Trưởng phòng tại hội nghị giao ban tháng 3 năm 2022. Nơi nhận: - Các trường MN, TH, THCS; - Lưu: VT. TRƯỞNG PHÒNG Đinh Văn Cường\n",
    );
    assert_eq!(doc.fields.number.as_deref(), Some("61/TB-PGDĐT"));
    assert_eq!(doc.fields.issued_date.as_deref(), Some("2022-03-14"));
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Đinh Văn Cường"));
    assert_eq!(doc.directives.len(), 4, "{:#?}", doc.directives);
    let d = directive(&doc, "giữa học kỳ II");
    assert_eq!(owners(d), vec![("Các trường tiểu học", LEAD, false)]);
    assert_eq!(due(d), Some("2022-03-25"));
    let d = directive(&doc, "công tác bán trú");
    assert_eq!(
        owners(d),
        vec![
            ("Bộ phận Mầm non", LEAD, false),
            ("Trạm Y tế các xã", SUPPORT, false)
        ]
    );
    no_directive(&doc, "dạy học trực tiếp");
    no_directive(&doc, "Trên đây");
}

#[test]
fn j9_a_one_line_paste_with_headings_bullets_and_a_signature() {
    // Headings in capitals run into their first sentence, a short numbered heading into its
    // bullets, a name with its dash ("Kế hoạch - Tài chính"), and the signature's three lines.
    let doc = ketluan::read(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO Số: 88/TB-SGDĐT Phú Thọ, ngày 10 tháng 10 năm 2023 THÔNG BÁO Kết luận của Giám đốc Sở tại hội nghị giao ban tháng 10 năm 2023 Ngày 06/10/2023, Giám đốc Sở chủ trì hội nghị giao ban với các phòng thuộc Sở. Sau khi nghe báo cáo, Giám đốc Sở kết luận như sau: I. KẾT QUẢ THÁNG 9 NĂM 2023 Các đơn vị đã tổ chức khai giảng năm học mới an toàn, đúng kế hoạch. II. NHIỆM VỤ TRỌNG TÂM THÁNG 10 NĂM 2023 Giám đốc Sở yêu cầu các phòng thuộc Sở thực hiện các nội dung sau: 1. Công tác tổ chức - Rà soát nhu cầu giáo viên các môn học mới, báo cáo trước ngày 20/10/2023. - Hoàn thiện hồ sơ tuyển dụng viên chức năm 2023. 2. Giao phòng Kế hoạch - Tài chính hướng dẫn các đơn vị lập dự toán ngân sách năm 2024 trước ngày 31/10/2023. Nơi nhận: - Các phòng thuộc Sở; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Thị Ngọc Hà\n",
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2023-10-06"));
    assert_eq!(doc.fields.signer_authority.as_deref(), Some("KT. GIÁM ĐỐC"));
    assert_eq!(doc.fields.signer_position.as_deref(), Some("PHÓ GIÁM ĐỐC"));
    assert_eq!(doc.fields.signer_name.as_deref(), Some("Trần Thị Ngọc Hà"));
    no_directive(&doc, "khai giảng năm học mới");
    let d = directive(&doc, "nhu cầu giáo viên");
    assert_eq!(owners(d), vec![("các phòng thuộc Sở", LEAD, true)]);
    assert_eq!(due(d), Some("2023-10-20"));
    let d = directive(&doc, "dự toán ngân sách");
    assert_eq!(owners(d), vec![("phòng Kế hoạch - Tài chính", LEAD, false)]);
    assert_eq!(due(d), Some("2023-10-31"));
}

#[test]
fn o8_a_request_its_colon_then_the_owner_opening_a_run_of_tasks() {
    let doc = notice(
        "04/03/2024",
        "Bà Lê Thị Thảo, Phó Trưởng phòng ghi nhận kết quả các trường đạt được, đồng thời đề nghị: các trường tiểu học cần tập trung ôn tập cho học sinh lớp 5; hoàn thành nhập điểm vào phần mềm trước ngày 15/3; tổ chức tốt Ngày hội đọc sách.",
    );
    let d = directive(&doc, "ôn tập cho học sinh lớp 5");
    assert_eq!(owners(d), vec![("các trường tiểu học", LEAD, false)]);
    assert_eq!(due(d), None);
    let d = directive(&doc, "nhập điểm");
    assert_eq!(owners(d), vec![("các trường tiểu học", LEAD, true)]);
    assert_eq!(due(d), Some("2024-03-15"));
    assert_eq!(
        owners(directive(&doc, "Ngày hội đọc sách")),
        vec![("các trường tiểu học", LEAD, true)]
    );
}

#[test]
fn j1_a_menu_with_one_item_per_line_names_no_document_type() {
    let doc = ketluan::read(
        "TRANG THÔNG TIN ĐIỆN TỬ PHÒNG GD&ĐT HUYỆN CẦU KÈ\nTrang chủ\nGiới thiệu\nThông báo\nVăn bản\nThứ Hai, 13/11/2023 | 10:05\nPhòng GD&ĐT họp giao ban hiệu trưởng tháng 11/2023\nSáng ngày 11/11/2023, Phòng GD&ĐT huyện Cầu Kè tổ chức giao ban hiệu trưởng các trường tiểu học, THCS.\nKết luận cuộc họp, Trưởng phòng yêu cầu các trường THCS hoàn thành kiểm tra giữa học kỳ I trước ngày 20/11/2023.\n",
    );
    assert_eq!(doc.fields.doc_type, None);
    assert_eq!(
        doc.fields.subject.as_deref(),
        Some("Phòng GD&ĐT họp giao ban hiệu trưởng tháng 11/2023")
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2023-11-11"));
    no_directive(&doc, "họp giao ban hiệu trưởng tháng");
    let d = directive(&doc, "giữa học kỳ I");
    assert_eq!(owners(d), vec![("các trường THCS", LEAD, false)]);
    assert_eq!(due(d), Some("2023-11-20"));
}

#[test]
fn d1_a_day_written_with_its_weekday_after_ngày() {
    let doc = notice(
        "17/03/2025",
        "1. Các trường THCS gửi danh sách học sinh dự thi về Phòng trước 17 giờ ngày thứ Năm, 20/3/2025.\n2. Các trường tiểu học nộp kế hoạch dạy bù trước ngày thứ Sáu (21/3).\n3. Các trường mầm non phân công cán bộ trực vào ngày thứ Bảy hằng tuần.",
    );
    assert_eq!(due(directive(&doc, "dự thi")), Some("2025-03-20"));
    assert_eq!(due(directive(&doc, "dạy bù")), Some("2025-03-21"));
    // A weekday every week is no date.
    assert_eq!(due(directive(&doc, "hằng tuần")), None);
}

#[test]
fn d14_a_holiday_named_by_its_date() {
    let doc = notice(
        "07/04/2025",
        "1. Các trường hoàn thành tu sửa sân chơi trước dịp lễ 30/4 - 1/5.\n2. Các trường THCS nộp báo cáo an toàn trường học trước kỳ nghỉ lễ 30/4.\n3. Các trường thông báo lịch nghỉ lễ 30/4 cho cha mẹ học sinh.",
    );
    assert_eq!(due(directive(&doc, "sân chơi")), Some("2025-04-30"));
    assert_eq!(
        due(directive(&doc, "an toàn trường học")),
        Some("2025-04-30")
    );
    // Without a cue, the holiday is what the task is about.
    assert_eq!(due(directive(&doc, "lịch nghỉ lễ")), None);
}

#[test]
fn l3_o3_a_party_body_leads_the_work_itself_before_a_verb() {
    let doc = notice(
        "09/09/2024",
        "1. Chi bộ Phòng Giáo dục và Đào tạo lãnh đạo xây dựng kế hoạch bồi dưỡng chuyên môn cho giáo viên.\n2. Đảng ủy xã Tân Phú lãnh đạo UBND xã rà soát học sinh bỏ học.",
    );
    // A verb after "lãnh đạo": no next link, and whom the work is for owns nothing.
    assert_eq!(
        owners(directive(&doc, "bồi dưỡng chuyên môn")),
        vec![("Chi bộ Phòng Giáo dục và Đào tạo", LEAD, false)]
    );
    // A unit after it: the chain (O3).
    assert_eq!(
        owners(directive(&doc, "bỏ học")),
        vec![
            ("Đảng ủy xã Tân Phú", LEAD, false),
            ("UBND xã", LEAD, false)
        ]
    );
}

#[test]
fn d4_d17_the_time_the_work_is_finished_by_is_its_deadline() {
    let doc = notice(
        "09/09/2024",
        "1. Các trường tổ chức bồi dưỡng chuyên môn cho giáo viên trong hè; xong trong quý IV/2024.\n2. Các trường THCS tập huấn sử dụng thiết bị trong tháng 10, hoàn thành trong quý IV.\n3. Các trường tiểu học tổ chức ngày hội đọc sách trong tháng 10/2024.",
    );
    assert_eq!(due(directive(&doc, "trong hè")), Some("2024-12-31"));
    assert_eq!(due(directive(&doc, "thiết bị")), Some("2024-12-31"));
    assert_eq!(due(directive(&doc, "đọc sách")), Some("2024-10-31"));
}

#[test]
fn h7_the_official_who_works_with_a_unit_chairs_the_session() {
    let read = |meeting: &str| {
        ketluan::read(&format!(
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 88/SGDĐT-VP\nThanh Hà, ngày 02 tháng 10 năm 2023\n\n{meeting} Sau khi nghe báo cáo, đồng chí kết luận như sau:\n1. Nhà trường rà soát phòng học bộ môn, gửi Sở trước ngày 20/10/2023.\n2. Các trường làm việc với cha mẹ học sinh về kế hoạch dạy thêm.\n"
        ))
    };
    let doc = read(
        "Ngày 28/9/2023, Phó Giám đốc Sở Trần Minh Đức làm việc với Trường THPT Sông Mây về nhiệm vụ năm học mới.",
    );
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Trần Minh Đức"));
    let doc =
        read("Ngày 28/9/2023, đồng chí Lê Thu Hà, Giám đốc Sở làm việc với Trường THPT Sông Mây.");
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Lê Thu Hà"));
    // A task to work with someone names no chair.
    let doc = read("Ngày 28/9/2023, Sở tổ chức họp giao ban.");
    assert_eq!(doc.fields.meeting_chair, None);
}

#[test]
fn o15_a_single_unit_then_a_comma_then_another_unit_are_two_owners() {
    let doc = notice(
        "11/11/2024",
        "1. Bộ phận kế toán, nhân viên thiết bị kiểm kê tài sản học kỳ I.\n2. Tổ chuyên môn, tổ văn phòng rà soát hồ sơ lưu trữ.\n3. Đội ngũ cán bộ quản lý, giáo viên các trường tích cực tự bồi dưỡng.\n4. Các trung tâm, cơ sở y tế phối hợp khám sức khỏe cho học sinh.\n5. Cán bộ, giáo viên, nhân viên nhà trường thực hiện quy tắc ứng xử.",
    );
    assert_eq!(
        owners(directive(&doc, "kiểm kê")),
        vec![
            ("Bộ phận kế toán", LEAD, false),
            ("nhân viên thiết bị", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "lưu trữ")),
        vec![
            ("Tổ chuyên môn", LEAD, false),
            ("tổ văn phòng", LEAD, false)
        ]
    );
    // A list of staff, or a plural's list, is one owner (O16).
    assert_eq!(
        owners(directive(&doc, "tự bồi dưỡng")),
        vec![("Đội ngũ cán bộ quản lý, giáo viên các trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "khám sức khỏe")),
        vec![("Các trung tâm, cơ sở y tế", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "ứng xử")),
        vec![("Cán bộ, giáo viên, nhân viên nhà trường", LEAD, false)]
    );
}

#[test]
fn n6_the_units_named_above_told_to_carry_out() {
    let doc = notice(
        "11/11/2024",
        "1. Các tổ trưởng nộp kế hoạch thao giảng trước ngày 13/11.\n2. Các bộ phận, cá nhân có tên trên nghiêm túc thực hiện.\n3. Các đơn vị nêu trên triển khai thực hiện.\n4. Các tổ chuyên môn tổ chức thực hiện chuyên đề cấp trường.",
    );
    no_directive(&doc, "có tên trên");
    no_directive(&doc, "nêu trên");
    // What is to be carried out, named: a task.
    directive(&doc, "chuyên đề cấp trường");
}

#[test]
fn d12_a_count_of_days_after_sau_is_relative() {
    let doc = notice(
        "06/05/2024",
        "1. Phòng Quản lý chất lượng báo cáo kết quả sau 05 ngày kết thúc kỳ thi.\n2. Các trường nộp hồ sơ sau 10 ngày kể từ ngày ký Thông báo này.\n3. Các trường tổ chức tuyển sinh sau ngày 15/6.\n4. Các trường THCS hoàn thành hồ sơ sau 2 lần kiểm tra.",
    );
    let d = directive(&doc, "kết thúc kỳ thi");
    let deadline = d.deadline.as_ref().expect("a relative deadline");
    assert_eq!(deadline.kind, DeadlineKind::Relative);
    assert_eq!(deadline.text, "sau 05 ngày kết thúc kỳ thi");
    assert_eq!(deadline.due, None);
    // Counted from the notice's signing: its date plus the count.
    assert_eq!(due(directive(&doc, "nộp hồ sơ")), Some("2024-05-16"));
    // A count of something else is no deadline.
    assert!(directive(&doc, "2 lần").deadline.is_none());
}

#[test]
fn d3_the_start_or_middle_of_the_month_after() {
    let doc = notice(
        "08/12/2025",
        "1. Trường MN Hoa Sen hoàn thiện hồ sơ kiểm định, gửi về Phòng đầu tháng tới.\n2. Các trường tiểu học nộp sáng kiến vào giữa tháng sau.\n3. Các trường THCS nộp báo cáo cuối tháng tới.\n4. Các trường mầm non nộp kế hoạch trong tháng này.",
    );
    assert_eq!(due(directive(&doc, "kiểm định")), Some("2026-01-10"));
    assert_eq!(due(directive(&doc, "sáng kiến")), Some("2026-01-15"));
    assert_eq!(due(directive(&doc, "nộp báo cáo")), Some("2026-01-31"));
    assert_eq!(due(directive(&doc, "nộp kế hoạch")), Some("2025-12-31"));
}

#[test]
fn n2_how_many_units_are_so_is_a_report() {
    let doc = notice(
        "10/10/2024",
        "1. Nhiều trường phải hợp đồng giáo viên với mức lương thấp.\n2. Tuy nhiên, phần lớn các trường chưa bố trí đủ phòng học bộ môn.\n3. Hầu hết giáo viên phải dạy vượt giờ; đề nghị UBND huyện bố trí kinh phí chi trả.\n4. Các trường phải rà soát hợp đồng giáo viên trước ngày 31/10.",
    );
    no_directive(&doc, "mức lương thấp");
    no_directive(&doc, "phòng học bộ môn");
    no_directive(&doc, "vượt giờ");
    // The request in the next clause is an order.
    assert_eq!(
        owners(directive(&doc, "chi trả")),
        vec![("UBND huyện", LEAD, false)]
    );
    assert_eq!(due(directive(&doc, "rà soát hợp đồng")), Some("2024-10-31"));
}

#[test]
fn h7_h10_o17_names_with_an_apostrophe() {
    let doc = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 512/TB-PGDĐT\nChư Sê, ngày 08 tháng 11 năm 2024\nTHÔNG BÁO\nKết luận giao ban tháng 11/2024\nNgày 06/11/2024, đồng chí Rơ Châm H'Nhi - Trưởng phòng chủ trì cuộc họp giao ban. Trưởng phòng kết luận như sau:\n1. Giao đồng chí Ksor H’Bla, chuyên viên, tổng hợp hồ sơ thi đua trước ngày 20/11.\n2. Các trường nộp báo cáo trước ngày 15/11.\nTRƯỞNG PHÒNG\n(Đã ký)\nRơ Châm H'Nhi\n",
    );
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Rơ Châm H'Nhi"));
    assert_eq!(doc.fields.signer_name.as_deref(), Some("Rơ Châm H'Nhi"));
    assert_eq!(
        owners(directive(&doc, "thi đua")),
        vec![("đồng chí Ksor H’Bla", LEAD, false)]
    );
}

#[test]
fn d2_a_day_of_the_month_said_alone() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường THCS hoàn thành hồ sơ trước ngày 15.\n2. Các trường tiểu học nộp kế hoạch trước ngày 10.\n3. Các trường mầm non báo cáo trước ngày 20 hằng tháng.\n4. Các trường tham gia hội thi (dự kiến tổ chức vào ngày 25, 26/3/2025).",
    );
    assert_eq!(due(directive(&doc, "hoàn thành hồ sơ")), Some("2025-03-15"));
    // Past in this month: the next month's.
    assert_eq!(due(directive(&doc, "nộp kế hoạch")), Some("2025-04-10"));
    let d = directive(&doc, "hằng tháng");
    assert_eq!(
        d.deadline.as_ref().map(|x| x.kind),
        Some(DeadlineKind::Recurring)
    );
    assert_eq!(due(d), None);
    // Days listed before their month: the last of them (D1), never "ngày 25" of this month.
    assert_eq!(due(directive(&doc, "hội thi")), Some("2025-03-26"));
}

#[test]
fn o16_a_plural_head_then_several_names_between_commas() {
    let doc = notice(
        "12/03/2025",
        "1. Phòng GD&ĐT các huyện Tuy An, Đồng Xuân, Sơn Hòa rà soát nhu cầu giáo viên.\n2. Giao các trường Tiểu học Kim Đồng, Lê Lợi, Quang Trung tổ chức chuyên đề.\n3. Phòng Kế hoạch - Tài chính, Văn phòng Sở, Phòng Tổ chức cán bộ rà soát biên chế.",
    );
    assert_eq!(
        owners(directive(&doc, "nhu cầu giáo viên")),
        vec![(
            "Phòng GD&ĐT các huyện Tuy An, Đồng Xuân, Sơn Hòa",
            LEAD,
            false
        )]
    );
    assert_eq!(
        owners(directive(&doc, "chuyên đề")),
        vec![(
            "các trường Tiểu học Kim Đồng, Lê Lợi, Quang Trung",
            LEAD,
            false
        )]
    );
    // Units each with its head stay apart (O15).
    assert_eq!(owners(directive(&doc, "biên chế")).len(), 3);
}

#[test]
fn o6_an_aside_between_commas_after_the_subject() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường tiểu học trên địa bàn huyện, nhất là các trường vùng khó, tăng cường dạy tiếng Việt cho học sinh.\n2. Các trường THCS, trong đó có Trường THCS Kim Đồng, phải rà soát hồ sơ trước ngày 20/3.",
    );
    assert_eq!(
        owners(directive(&doc, "tiếng Việt")),
        vec![("Các trường tiểu học trên địa bàn huyện", LEAD, false)]
    );
    let d = directive(&doc, "rà soát hồ sơ");
    assert_eq!(owners(d), vec![("Các trường THCS", LEAD, false)]);
    assert_eq!(due(d), Some("2025-03-20"));
}

#[test]
fn o3_units_in_the_plural_who_pass_the_task_on_lead_too() {
    let doc = notice(
        "12/03/2025",
        "1. Hiệu trưởng các trường giao giáo viên chủ nhiệm lập danh sách học sinh có hoàn cảnh khó khăn.\n2. Các trường yêu cầu giáo viên chủ nhiệm thông báo lịch nghỉ hè.\n3. Sở đề nghị các phòng GD&ĐT báo cáo số lớp học 2 buổi/ngày.",
    );
    assert_eq!(
        owners(directive(&doc, "hoàn cảnh khó khăn")),
        vec![
            ("Hiệu trưởng các trường", LEAD, false),
            ("giáo viên chủ nhiệm", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "lịch nghỉ hè")),
        vec![
            ("Các trường", LEAD, false),
            ("giáo viên chủ nhiệm", LEAD, false)
        ]
    );
    // The one who asks is no owner (O2).
    assert_eq!(
        owners(directive(&doc, "2 buổi/ngày")),
        vec![("các phòng GD&ĐT", LEAD, false)]
    );
}

#[test]
fn n10_a_contact_with_its_phone_number_is_no_task() {
    let doc = notice(
        "12/03/2025",
        "1. Trường hợp các trường cần hỗ trợ, liên hệ đồng chí Lan, chuyên viên Phòng, số điện thoại 0912345678.\n2. Mọi thông tin chi tiết xin liên hệ bộ phận Văn phòng, ĐT: 0203.3856789.\n3. Các trường liên hệ Trung tâm Y tế huyện để tổ chức khám sức khỏe cho học sinh trước ngày 30/3.",
    );
    no_directive(&doc, "0912345678");
    no_directive(&doc, "0203.3856789");
    // Getting in touch to do the work is the work.
    assert_eq!(due(directive(&doc, "khám sức khỏe")), Some("2025-03-30"));
}

#[test]
fn r1_the_lead_named_after_the_task_in_a_bracket_or_after_a_colon() {
    let doc = notice(
        "12/03/2025",
        "1. Rà soát, sắp xếp mạng lưới trường lớp học (Giao Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Tổ chức cán bộ thực hiện).\n2. Tham mưu ban hành Kế hoạch phát triển giáo dục mầm non giai đoạn 2025-2030 (Văn phòng Sở).\n3. Cập nhật dữ liệu ngành: các trường thực hiện.\n4. Báo cáo kết quả về Sở (qua Phòng Giáo dục Trung học).",
    );
    assert_eq!(
        owners(directive(&doc, "mạng lưới")),
        vec![
            ("Phòng Kế hoạch - Tài chính", LEAD, false),
            ("Phòng Tổ chức cán bộ", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "giai đoạn 2025-2030")),
        vec![("Văn phòng Sở", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "dữ liệu ngành")),
        vec![("các trường", LEAD, false)]
    );
    // The channel is no owner (O22).
    assert!(owners(directive(&doc, "Báo cáo kết quả")).is_empty());
}

#[test]
fn n1_what_a_unit_has_counted_and_results_summed_up_before_a_colon() {
    let doc = notice(
        "08/09/2025",
        "1. Ngành giáo dục huyện có nhiều chuyển biến tích cực.\n2. Năm học qua, ngành giáo dục có nhiều chuyển biến: tỷ lệ học sinh đi học chuyên cần đạt 97%; 5 trường đạt chuẩn quốc gia.\n3. Các trường có 2 điểm trường trở lên bố trí giáo viên kiêm nhiệm.\n4. Toàn ngành phấn đấu đạt nhiều kết quả: tỷ lệ học sinh lên lớp đạt 99%.",
    );
    no_directive(&doc, "chuyển biến tích cực");
    no_directive(&doc, "chuyên cần");
    // Which units, in the plural, is a qualifier (O7); a target is a task (N11).
    assert_eq!(
        owners(directive(&doc, "kiêm nhiệm")),
        vec![("Các trường có 2 điểm trường trở lên", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "lên lớp")),
        vec![("Toàn ngành", LEAD, false)]
    );
}

#[test]
fn o17_o18_a_title_in_lowercase_after_the_plural_of_courtesy() {
    let doc = notice(
        "12/03/2025",
        "1. Các đồng chí tổ trưởng chuyên môn nộp kế hoạch tháng 4 trước ngày 25/3.\n2. Các đồng chí Trưởng phòng chuyên môn thuộc Sở rà soát văn bản.",
    );
    let d = directive(&doc, "kế hoạch tháng 4");
    assert_eq!(
        owners(d),
        vec![("Các đồng chí tổ trưởng chuyên môn", LEAD, false)]
    );
    assert_eq!(due(d), Some("2025-03-25"));
    assert_eq!(
        owners(directive(&doc, "rà soát văn bản")),
        vec![("Các đồng chí Trưởng phòng chuyên môn thuộc Sở", LEAD, false)]
    );
}

#[test]
fn r1_a_unit_or_a_person_in_charge_of_work() {
    let doc = notice(
        "12/03/2025",
        "1. Cô Nguyễn Thị Hoa và thầy Lê Văn Nam phụ trách đội tuyển học sinh giỏi.\n2. Phòng GDTrH phụ trách công tác thi tốt nghiệp.\n3. Phó Giám đốc Sở phụ trách khối văn hóa chỉ đạo các phòng chuyên môn rà soát hồ sơ.",
    );
    assert_eq!(
        owners(directive(&doc, "đội tuyển")),
        vec![
            ("Cô Nguyễn Thị Hoa", LEAD, false),
            ("thầy Lê Văn Nam", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "thi tốt nghiệp")),
        vec![("Phòng GDTrH", LEAD, false)]
    );
    // After a title, the remit names its holder (O17).
    assert_eq!(
        owners(directive(&doc, "rà soát hồ sơ"))[0],
        ("Phó Giám đốc Sở phụ trách khối văn hóa", LEAD, false)
    );
}

#[test]
fn n5_n6_following_up_the_notice_is_a_task_of_whoever_follows_it_up() {
    let doc = notice(
        "12/03/2025",
        "1. Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện Thông báo này.\n2. Phòng GD&ĐT chỉ đạo các trường triển khai thực hiện Thông báo này.\n3. Phòng Giáo dục Tiểu học đôn đốc các trường nộp báo cáo đúng hạn.\n4. Đề nghị Thủ trưởng các đơn vị quan tâm, chỉ đạo triển khai thực hiện nghiêm túc Thông báo này./.",
    );
    assert_eq!(
        owners(directive(&doc, "Văn phòng Sở theo dõi")),
        vec![("Văn phòng Sở", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "Phòng GD&ĐT chỉ đạo")),
        vec![("Phòng GD&ĐT", LEAD, false)]
    );
    // Urged to do a task of their own, they lead it too (O3).
    assert_eq!(
        owners(directive(&doc, "đúng hạn")),
        vec![
            ("Phòng Giáo dục Tiểu học", LEAD, false),
            ("các trường", LEAD, false)
        ]
    );
    no_directive(&doc, "quan tâm, chỉ đạo");
}

#[test]
fn d5_the_first_half_of_the_year_said_in_december_is_the_coming_ones() {
    let doc = notice(
        "29/12/2025",
        "1. Các trường THCS hoàn thành kiểm định chất lượng trong 6 tháng đầu năm.\n2. Các trường tiểu học hoàn thành sửa chữa từ nay đến cuối năm.\n3. Các trường mầm non báo cáo kết quả 6 tháng đầu năm 2026 trước ngày 05/7/2026.",
    );
    assert_eq!(due(directive(&doc, "kiểm định")), Some("2026-06-30"));
    assert_eq!(due(directive(&doc, "sửa chữa")), Some("2025-12-31"));
    assert_eq!(due(directive(&doc, "mầm non")), Some("2026-07-05"));
}

#[test]
fn d6_before_a_school_year_is_its_opening_day() {
    let doc = notice(
        "10/04/2025",
        "1. Các trường tiểu học bổ sung giáo viên Tiếng Anh trước năm học 2025-2026.\n2. Các trường THCS sửa chữa phòng học trước thềm năm học mới.\n3. Các trường mầm non hoàn thành kiểm định trong năm học 2025-2026.",
    );
    assert_eq!(due(directive(&doc, "Tiếng Anh")), Some("2025-09-05"));
    assert_eq!(due(directive(&doc, "sửa chữa")), Some("2025-09-05"));
    assert_eq!(due(directive(&doc, "kiểm định")), Some("2026-05-31"));
}

#[test]
fn l8_h7_n8_minutes_with_their_facts_as_a_list() {
    let doc = ketluan::read(
        "TRƯỜNG THCS LÝ TỰ TRỌNG\nBIÊN BẢN\nHọp Hội đồng sư phạm tháng 11 năm 2024\nI. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN\n- Thời gian: 14 giờ 00, ngày 04/11/2024.\n- Địa điểm: Phòng Hội đồng nhà trường.\n- Chủ tọa: thầy Trần Văn Đức - Hiệu trưởng.\nII. NỘI DUNG\n1. Ý kiến thảo luận: Cô Hoa đề nghị nhà trường sớm sửa chữa máy chiếu phòng 9A.\nIII. KẾT LUẬN CỦA CHỦ TỌA\n1. Các tổ chuyên môn tổ chức thao giảng, hoàn thành trước ngày 18/11.\n2. Giáo viên chủ nhiệm nộp sổ chủ nhiệm trước 15/11.\n",
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2024-11-04"));
    assert_eq!(doc.fields.meeting_time.as_deref(), Some("14:00"));
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Trần Văn Đức"));
    no_directive(&doc, "máy chiếu");
    // The year of a date without one comes from the meeting (D2).
    assert_eq!(due(directive(&doc, "thao giảng")), Some("2024-11-18"));
    assert_eq!(due(directive(&doc, "sổ chủ nhiệm")), Some("2024-11-15"));
}

#[test]
fn o5_o6_a_speaker_who_asserts_and_a_vague_time_put_first() {
    let doc = notice(
        "12/03/2025",
        "1. Giám đốc Sở khẳng định, các trường phải tập trung nâng cao chất lượng dạy học.\n2. Ông Hải nhấn mạnh, thời gian tới các trường THCS cần tăng cường dạy môn Tiếng Anh.\n3. Thời gian tới các trường tiểu học cần rà soát đội ngũ giáo viên.",
    );
    assert_eq!(
        owners(directive(&doc, "chất lượng dạy học")),
        vec![("các trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "Tiếng Anh")),
        vec![("các trường THCS", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "đội ngũ giáo viên")),
        vec![("các trường tiểu học", LEAD, false)]
    );
}

#[test]
fn o4_what_a_higher_body_is_asked_to_give_ends_its_name() {
    let doc = notice(
        "12/03/2025",
        "1. Đề xuất UBND tỉnh cho chủ trương đầu tư xây dựng Trường THPT Bình Minh.\n2. Đề nghị Thường trực HĐND huyện cho ý kiến về phương án sắp xếp trường lớp.",
    );
    assert_eq!(
        owners(directive(&doc, "chủ trương đầu tư")),
        vec![("UBND tỉnh", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "sắp xếp trường lớp")),
        vec![("Thường trực HĐND huyện", LEAD, false)]
    );
}

#[test]
fn d3_a_range_of_months_is_due_at_the_later_ones_end() {
    let doc = notice(
        "25/03/2025",
        "1. Bộ phận THCS tổ chức thi Olympic Tiếng Anh trong tháng 4-5/2025.\n2. Bộ phận Tiểu học tổ chức hội thi trong tháng 4 - 5.\n3. Các trường tổ chức thi trong tháng 4 và 12 học sinh tham gia.",
    );
    assert_eq!(due(directive(&doc, "Olympic")), Some("2025-05-31"));
    assert_eq!(due(directive(&doc, "hội thi")), Some("2025-05-31"));
    // A count after "và" is no month.
    assert_eq!(
        due(directive(&doc, "học sinh tham gia")),
        Some("2025-04-30")
    );
}

#[test]
fn l11_d17_a_time_cell_that_says_when_work_starts_is_no_deadline() {
    let doc = ketluan::read(
        "PHÒNG GD&ĐT HUYỆN ĐÔNG ANH\nSố: 55/TB-PGDĐT\nĐông Anh, ngày 25 tháng 3 năm 2025\nTHÔNG BÁO\nKết luận giao ban\nTrưởng phòng kết luận và phân công như sau:\nTT\tNội dung\tĐơn vị thực hiện\tThời gian\n1\tTổ chức câu lạc bộ đọc sách\tBộ phận THCS\tTừ tháng 3\n2\tKiểm tra bán trú\tBộ phận Mầm non\tTừ tháng 4 đến tháng 5\n3\tThi Olympic Tiếng Anh\tBộ phận Tiểu học\tTháng 4-5/2025\n",
    );
    assert_eq!(due(directive(&doc, "đọc sách")), None);
    assert_eq!(due(directive(&doc, "bán trú")), Some("2025-05-31"));
    assert_eq!(due(directive(&doc, "Olympic")), Some("2025-05-31"));
}

#[test]
fn r1_the_lead_set_off_by_dashes_after_the_task() {
    let doc = notice(
        "25/03/2025",
        "1. Xây dựng kế hoạch tuyển sinh năm học 2025-2026 - Phòng Quản lý chất lượng chủ trì - hoàn thành trước ngày 15/4.\n2. Rà soát hồ sơ thi đua - Văn phòng Sở chủ trì, Phòng Tổ chức cán bộ phối hợp - trong tháng 4.\n3. Tổ chức hội thảo - tọa đàm về đổi mới phương pháp dạy học.",
    );
    let d = directive(&doc, "tuyển sinh");
    assert_eq!(owners(d), vec![("Phòng Quản lý chất lượng", LEAD, false)]);
    assert_eq!(due(d), Some("2025-04-15"));
    let d = directive(&doc, "thi đua");
    assert_eq!(
        owners(d),
        vec![
            ("Văn phòng Sở", LEAD, false),
            ("Phòng Tổ chức cán bộ", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2025-04-30"));
    // A dash inside the task names no one.
    assert!(owners(directive(&doc, "tọa đàm")).is_empty());
}

#[test]
fn o17_the_holder_of_a_title_named_by_the_body_it_belongs_to() {
    let doc = notice(
        "15/01/2025",
        "1. Giao đồng chí Phó Bí thư Đảng ủy chỉ đạo xây dựng văn kiện mẫu, gửi các chi bộ trước ngày 20/01/2025.\n2. Giao đồng chí Bí thư Chi bộ Trường THCS Lê Lợi chuẩn bị hội trường.\n3. Giao đồng chí Phó Trưởng phòng Nguyễn Văn An rà soát hồ sơ.",
    );
    let d = directive(&doc, "văn kiện");
    assert_eq!(
        owners(d),
        vec![("đồng chí Phó Bí thư Đảng ủy", LEAD, false)]
    );
    assert_eq!(due(d), Some("2025-01-20"));
    assert_eq!(
        owners(directive(&doc, "hội trường")),
        vec![("đồng chí Bí thư Chi bộ Trường THCS Lê Lợi", LEAD, false)]
    );
    // A name after the title is still the name.
    assert_eq!(
        owners(directive(&doc, "rà soát hồ sơ")),
        vec![("đồng chí Phó Trưởng phòng Nguyễn Văn An", LEAD, false)]
    );
}

#[test]
fn o6_a_unit_phrase_ends_at_the_verb_of_heeding() {
    let doc = notice(
        "02/12/2023",
        "1. Các trường mầm non chú ý công tác phòng chống rét cho trẻ.\n2. Phòng Giáo dục Tiểu học chú ý hướng dẫn các trường dạy học 2 buổi/ngày.\n3. Chú ý bảo đảm an toàn thực phẩm trong bếp ăn bán trú.",
    );
    assert_eq!(
        owners(directive(&doc, "phòng chống rét")),
        vec![("Các trường mầm non", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "2 buổi")),
        vec![("Phòng Giáo dục Tiểu học", LEAD, false)]
    );
    // Said alone, it opens a task.
    assert!(owners(directive(&doc, "bếp ăn")).is_empty());
}

#[test]
fn o6_a_unit_phrase_ends_at_drawing_up_a_plan() {
    let doc = notice(
        "09/09/2024",
        "1. Tổng phụ trách Đội lên kế hoạch tổ chức Tết Trung thu cho học sinh, báo cáo Hiệu trưởng trước ngày 12/9.\n2. Lên kế hoạch tham quan thực tế cho học sinh lớp 5.",
    );
    let d = directive(&doc, "Trung thu");
    assert_eq!(owners(d), vec![("Tổng phụ trách Đội", LEAD, false)]);
    assert_eq!(due(d), Some("2024-09-12"));
    assert!(owners(directive(&doc, "tham quan")).is_empty());
}

#[test]
fn o24_o18_a_school_s_staff_by_their_initials_and_its_year_group_heads() {
    let doc = notice(
        "09/09/2024",
        "1. Toàn thể CB, GV, NV thực hiện nghiêm túc nội quy cơ quan.\n2. Khối trưởng các khối hoàn thành kế hoạch dạy học của khối, nộp về Phó Hiệu trưởng chuyên môn trước thứ Sáu, ngày 13/9/2024.\n3. CBGVNV nhà trường tham gia đầy đủ các buổi sinh hoạt chuyên đề.",
    );
    assert_eq!(
        owners(directive(&doc, "nội quy")),
        vec![("Toàn thể CB, GV, NV", LEAD, false)]
    );
    let d = directive(&doc, "kế hoạch dạy học");
    assert_eq!(owners(d), vec![("Khối trưởng các khối", LEAD, false)]);
    assert_eq!(due(d), Some("2024-09-13"));
    assert_eq!(
        owners(directive(&doc, "chuyên đề")),
        vec![("CBGVNV nhà trường", LEAD, false)]
    );
}

#[test]
fn j7_l10_a_long_numbered_heading_is_not_wrapped_onto_the_sentence_under_it() {
    let doc = notice(
        "27/12/2024",
        "1. Về công tác chuẩn bị Tết Nguyên đán Ất Tỵ 2025\nCác trường xây dựng kế hoạch trực Tết, phân công lãnh đạo trực; gửi lịch trực về Phòng chậm nhất ngày 20/01/2025.\n2. Về công tác chuẩn bị cho kỳ thi học sinh giỏi cấp tỉnh năm nay\nYêu cầu các trường THCS rà soát đội tuyển.\n3. Về công tác kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia\nTrường THCS Lê Lợi hoàn thiện hồ sơ tự đánh giá.\n4. Chuẩn bị chu đáo các điều kiện để giáo viên và học sinh đón Tết\nNguyên đán an toàn, tiết kiệm.\n5. Phòng Giáo dục Tiểu học chủ trì, phối hợp chặt chẽ và thường xuyên với\nCông an huyện kiểm tra an ninh trường học.",
    );
    let d = directive(&doc, "trực Tết");
    assert_eq!(owners(d), vec![("Các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2025-01-20"));
    assert_eq!(
        owners(directive(&doc, "đội tuyển")),
        vec![("các trường THCS", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "tự đánh giá")),
        vec![("Trường THCS Lê Lợi", LEAD, false)]
    );
    // A line broken inside its phrase still goes on onto a capital.
    assert!(directive(&doc, "đón Tết")
        .text
        .contains("Nguyên đán an toàn"));
    let d = directive(&doc, "chặt chẽ");
    assert!(d.text.contains("Công an huyện kiểm tra an ninh"));
    assert_eq!(owners(d)[0], ("Phòng Giáo dục Tiểu học", LEAD, false));
}

#[test]
fn r2_how_the_work_is_shared_stands_between_phoi_hop_and_its_units() {
    let doc = notice(
        "27/12/2024",
        "1. Các trường phối hợp chặt chẽ và thường xuyên với Trạm Y tế xã kiểm tra an toàn thực phẩm.\n2. Các trường phối hợp tốt, hiệu quả với Hội Cha mẹ học sinh vận động học sinh ra lớp.\n3. Các trường phối hợp chặt chẽ Công an xã bảo đảm an ninh trường học.",
    );
    for (quote, support) in [
        ("thực phẩm", "Trạm Y tế xã"),
        ("ra lớp", "Hội Cha mẹ học sinh"),
        ("an ninh", "Công an xã"),
    ] {
        assert_eq!(
            owners(directive(&doc, quote)),
            vec![("Các trường", LEAD, false), (support, SUPPORT, false)]
        );
    }
}

#[test]
fn n6_l4_the_closing_request_of_a_cong_van_after_its_receipt() {
    let doc = notice(
        "14/11/2024",
        "1. Báo cáo số liệu học sinh bỏ học về Phòng trước ngày 05/12/2024.\nNhận được Công văn này, đề nghị Hiệu trưởng các trường THCS nghiêm túc triển khai thực hiện.\nĐề nghị Thủ trưởng các đơn vị triển khai thực hiện Công văn này.\nNhận được Công văn này, các trường rà soát danh sách giáo viên trước ngày 20/11/2024.",
    );
    no_directive(&doc, "nghiêm túc triển khai");
    no_directive(&doc, "thực hiện Công văn này");
    // A task given on receipt is a task.
    let d = directive(&doc, "danh sách giáo viên");
    assert_eq!(owners(d), vec![("các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2024-11-20"));
}

#[test]
fn n1_every_clause_of_a_sentence_that_says_where_it_was_learnt_reports() {
    let doc = notice(
        "14/03/2018",
        "Theo báo cáo, trong tháng 2 các nhà trường đã tổ chức cho học sinh nghỉ Tết an toàn; nhiều trường tổ chức ngoại khóa cho học sinh sau Tết.\nBáo cáo cho thấy các trường tiểu học tổ chức dạy học 2 buổi/ngày.\nTheo báo cáo, các trường đã hoàn thành kiểm tra; đề nghị các trường tiếp tục duy trì nền nếp.\nQua rà soát, Phòng GDTrH tổng hợp danh sách giáo viên dôi dư, báo cáo Giám đốc Sở.",
    );
    no_directive(&doc, "ngoại khóa");
    no_directive(&doc, "2 buổi");
    // What is asked in it, and a task after a check, are still tasks.
    assert_eq!(
        owners(directive(&doc, "nền nếp")),
        vec![("các trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "dôi dư")),
        vec![("Phòng GDTrH", LEAD, false)]
    );
}

#[test]
fn n1_o1_attendance_is_no_modal() {
    let doc = notice(
        "14/03/2018",
        "Tỷ lệ học sinh đi học chuyên cần sau Tết đạt 99,2%.\nCác trường cần duy trì tỷ lệ học sinh đi học chuyên cần.\n1. Giáo dục học sinh tính cần cù, chịu khó.",
    );
    no_directive(&doc, "sau Tết đạt");
    assert_eq!(
        owners(directive(&doc, "duy trì")),
        vec![("Các trường", LEAD, false)]
    );
    directive(&doc, "cần cù");
}

#[test]
fn o5_n3_the_speaker_s_decision_gives_no_one_work() {
    let doc = notice(
        "12/03/2025",
        "1. Đại diện Công đoàn ngành đề xuất tổ chức thăm hỏi giáo viên. Giám đốc Sở thống nhất; đề nghị Công đoàn ngành chủ trì xây dựng kế hoạch thăm hỏi.\n2. Trường THCS Lê Lợi đề xuất sửa chữa phòng học. Giám đốc Sở đồng ý.\n3. Các trường thống nhất nội dung ôn tập trong cụm.",
    );
    no_directive(&doc, "Giám đốc Sở thống nhất");
    no_directive(&doc, "Giám đốc Sở đồng ý");
    assert_eq!(
        owners(directive(&doc, "kế hoạch thăm hỏi")),
        vec![("Công đoàn ngành", LEAD, false)]
    );
    // Units that agree on work among them do it.
    assert_eq!(
        owners(directive(&doc, "ôn tập trong cụm")),
        vec![("Các trường", LEAD, false)]
    );
}

#[test]
fn r1_the_lead_role_said_as_what_the_unit_is() {
    let doc = notice(
        "05/06/2023",
        "1. Phòng Quản lý chất lượng là đơn vị thường trực, đầu mối tổng hợp, theo dõi tình hình thi; báo cáo Ban Chỉ đạo hằng ngày.\n2. Phòng Giáo dục Trung học là đơn vị chủ trì tổ chức hội thi giáo viên giỏi.\n3. Văn phòng Sở là cơ quan đầu mối tiếp nhận hồ sơ thi đua.",
    );
    for (quote, lead) in [
        ("tình hình thi", "Phòng Quản lý chất lượng"),
        ("giáo viên giỏi", "Phòng Giáo dục Trung học"),
        ("thi đua", "Văn phòng Sở"),
    ] {
        assert_eq!(owners(directive(&doc, quote)), vec![(lead, LEAD, false)]);
    }
}

#[test]
fn o1_o16_an_exam_s_boards_sites_and_staff_own_their_tasks() {
    let doc = notice(
        "05/06/2025",
        "1. Các Hội đồng thi hoàn tất công tác chuẩn bị chậm nhất ngày 24/6/2025; Trưởng điểm thi chịu trách nhiệm về an ninh, an toàn tại điểm thi.\n2. Trưởng ban coi thi phổ biến quy chế cho cán bộ coi thi.\n3. Thư ký Hội đồng thi lập biên bản bàn giao bài thi.\n4. Cán bộ coi thi có mặt tại điểm thi đúng giờ.\n5. Ban in sao đề thi làm việc cách ly từ ngày 20/6/2025.\n6. Hội đồng thi đua khen thưởng Sở xét duyệt danh sách khen thưởng.",
    );
    for (quote, lead) in [
        ("chuẩn bị chậm nhất", "Các Hội đồng thi"),
        ("an ninh", "Trưởng điểm thi"),
        ("phổ biến quy chế", "Trưởng ban coi thi"),
        ("biên bản", "Thư ký Hội đồng thi"),
        ("đúng giờ", "Cán bộ coi thi"),
        ("cách ly", "Ban in sao đề thi"),
        ("xét duyệt", "Hội đồng thi đua khen thưởng Sở"),
    ] {
        assert_eq!(owners(directive(&doc, quote)), vec![(lead, LEAD, false)]);
    }
}

#[test]
fn o24_o17_the_plural_of_courtesy_abbreviated() {
    let doc = notice(
        "04/10/2024",
        "1. Các đ/c giáo viên dạy lớp 9 đăng ký dạy ôn học sinh giỏi với chuyên môn trước 10/10.\n2. Các đ/c tổ trưởng chuyên môn nộp kế hoạch tổ trước ngày 08/10.",
    );
    let d = directive(&doc, "dạy ôn");
    assert_eq!(
        owners(d),
        vec![("Các đ/c giáo viên dạy lớp 9", LEAD, false)]
    );
    assert_eq!(due(d), Some("2024-10-10"));
    assert_eq!(
        owners(directive(&doc, "kế hoạch tổ")),
        vec![("Các đ/c tổ trưởng chuyên môn", LEAD, false)]
    );
}

#[test]
fn d7_days_of_the_lunar_calendar() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường tổ chức vui Tết Trung thu cho học sinh, hoàn thành trước Tết Trung thu.\n2. Các trường hoàn thành vệ sinh trường lớp trước ngày 23 tháng Chạp.\n3. Các trường cho học sinh đi học lại vào ngày mùng 6 Tết.\n4. Các trường tổng kết phong trào trước rằm tháng Giêng.\n5. Các trường nộp sản phẩm dự thi trước ngày 15 tháng 8 âm lịch.\n6. Các trường nộp báo cáo trước ngày 15 tháng 8.",
    );
    // Trung thu 2025 fell on 6 October; never Tết Nguyên đán.
    assert_eq!(due(directive(&doc, "vui Tết")), Some("2025-10-05"));
    // Tết 2026 is 17 February.
    assert_eq!(due(directive(&doc, "vệ sinh")), Some("2026-02-10"));
    assert_eq!(due(directive(&doc, "đi học lại")), Some("2026-02-22"));
    assert_eq!(due(directive(&doc, "tổng kết")), Some("2026-03-03"));
    assert_eq!(due(directive(&doc, "sản phẩm")), Some("2025-10-07"));
    // Unmarked, a month is solar.
    assert_eq!(due(directive(&doc, "nộp báo cáo")), Some("2025-08-15"));
}

#[test]
fn l11_an_empty_cell_typed_between_bars_keeps_its_column() {
    let doc = notice(
        "15/08/2024",
        "STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành\n1 | Tham mưu kế hoạch thời gian năm học | Phòng GDTrH | Phòng GDMN-GDTH | Trước 20/8/2024\n2 | Kiểm tra công tác chuẩn bị khai giảng | Các phòng chuyên môn | | Trước ngày khai giảng\n| 3 | Cập nhật cơ sở dữ liệu ngành | Các đơn vị trực thuộc | | Tháng 9/2024 |",
    );
    let d = directive(&doc, "khai giảng");
    assert_eq!(owners(d), vec![("Các phòng chuyên môn", LEAD, false)]);
    assert_eq!(due(d), Some("2024-09-05"));
    let d = directive(&doc, "dữ liệu ngành");
    assert_eq!(owners(d), vec![("Các đơn vị trực thuộc", LEAD, false)]);
    assert_eq!(due(d), Some("2024-09-30"));
}

#[test]
fn o24_o11_the_building_projects_board_abbreviated_keeps_its_name() {
    let doc = notice(
        "28/07/2023",
        "* Ban QLDA đầu tư xây dựng huyện:\n- Đôn đốc nhà thầu tăng cường nhân lực, hoàn thành các hạng mục chính trước ngày 20/8/2023;\n- Phối hợp với Phòng GD&ĐT bàn giao công trình trước khai giảng.",
    );
    let d = directive(&doc, "hạng mục");
    assert!(owners(d).contains(&("Ban QLDA đầu tư xây dựng huyện", LEAD, true)));
    assert_eq!(due(d), Some("2023-08-20"));
    let d = directive(&doc, "bàn giao");
    assert!(owners(d).contains(&("Ban QLDA đầu tư xây dựng huyện", LEAD, true)));
}

#[test]
fn n2_a_condition_put_first_says_when_the_task_applies() {
    let doc = notice(
        "18/09/2024",
        "Trong thời gian học sinh chưa đến trường, các trường tổ chức dạy học trực tuyến.\nNếu công trình chưa kịp bàn giao, Phòng GD&ĐT chỉ đạo nhà trường bố trí lớp học tạm.\nKhi kiểm tra, đoàn đã phát hiện một số trường chưa niêm yết công khai các khoản thu.",
    );
    assert_eq!(
        owners(directive(&doc, "trực tuyến")),
        vec![("các trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "lớp học tạm")),
        vec![("Phòng GD&ĐT", LEAD, false), ("nhà trường", LEAD, false)]
    );
    // What the check found is still a report.
    no_directive(&doc, "niêm yết");
}

#[test]
fn o6_a_unit_phrase_ends_at_keeping_and_grasping() {
    let doc = notice(
        "18/09/2024",
        "1. Giáo viên chủ nhiệm các lớp giữ liên lạc với phụ huynh, nắm tình hình học sinh hằng ngày.\n2. Tổ trưởng chuyên môn nắm bắt tình hình dạy học của tổ.\n3. Các trường giữ vững kỷ cương, nền nếp.",
    );
    for (quote, lead) in [
        ("liên lạc", "Giáo viên chủ nhiệm các lớp"),
        ("dạy học của tổ", "Tổ trưởng chuyên môn"),
        ("kỷ cương", "Các trường"),
    ] {
        assert_eq!(owners(directive(&doc, quote)), vec![(lead, LEAD, false)]);
    }
}

#[test]
fn o6_a_unit_phrase_ends_at_what_a_unit_does_by_itself() {
    let doc = notice(
        "12/03/2025",
        "1. Hiệu trưởng các trường tự chịu trách nhiệm nếu để xảy ra mất an toàn.\n2. Các trường tự đánh giá theo bộ tiêu chí, gửi về Sở trước ngày 30/4.\n3. Trường THCS Tự Lập hoàn thành hồ sơ trước ngày 30/4.",
    );
    for (quote, lead) in [
        ("mất an toàn", "Hiệu trưởng các trường"),
        ("bộ tiêu chí", "Các trường"),
        ("hồ sơ", "Trường THCS Tự Lập"),
    ] {
        assert_eq!(owners(directive(&doc, quote)), vec![(lead, LEAD, false)]);
    }
}

#[test]
fn h8_h7_guests_and_the_chair_named_on_a_news_page_are_no_task() {
    let doc = news_page(
        "Sáng ngày 19/8, Phòng GD&ĐT huyện tổ chức hội nghị triển khai nhiệm vụ năm học.\nĐến dự có đồng chí Lê Văn Hòa, Phó Chủ tịch UBND huyện; đồng chí Phan Thị Thu, Trưởng phòng GD&ĐT chủ trì hội nghị.\nCùng đi có lãnh đạo Phòng Tài chính - Kế hoạch.\nTại hội nghị, đồng chí Trưởng phòng yêu cầu các trường hoàn thành tuyển sinh trước ngày 25/8.",
    );
    no_directive(&doc, "Phó Chủ tịch");
    no_directive(&doc, "chủ trì hội nghị");
    no_directive(&doc, "Tài chính - Kế hoạch");
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Phan Thị Thu"));
    let d = directive(&doc, "tuyển sinh");
    assert_eq!(owners(d), vec![("các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2024-08-25"));
}

#[test]
fn h7_who_chaired_told_in_the_body_is_no_task_but_chairing_a_meeting_to_come_is() {
    let doc = notice(
        "12/09/2024",
        "1. Ông Trần Văn Lâm, Phó Giám đốc Sở chủ trì cuộc họp.\n2. Phòng GDTrH chủ trì hội nghị sơ kết học kỳ I trước ngày 20/01/2025.\n3. Giao đồng chí Chánh Văn phòng chủ trì buổi làm việc với nhà thầu trong tháng 9.",
    );
    no_directive(&doc, "Trần Văn Lâm");
    let d = directive(&doc, "sơ kết");
    assert_eq!(owners(d), vec![("Phòng GDTrH", LEAD, false)]);
    assert_eq!(due(d), Some("2025-01-20"));
    directive(&doc, "nhà thầu");
}

#[test]
fn l3_a_party_body_leads_its_members_and_the_subject_ends_there() {
    let doc = notice(
        "20/03/2024",
        "1. Các chi bộ trường học lãnh đạo đảng viên, giáo viên thực hiện nghiêm quy định về đạo đức nhà giáo.\n2. Chi bộ Trường THCS Kim Đông lãnh đạo cán bộ, đảng viên làm tốt công tác tuyển sinh.\n3. Lãnh đạo các trường rà soát hồ sơ.",
    );
    assert_eq!(
        owners(directive(&doc, "đạo đức nhà giáo")),
        vec![("Các chi bộ trường học", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "tuyển sinh"))[0],
        ("Chi bộ Trường THCS Kim Đông", LEAD, false)
    );
    assert_eq!(
        owners(directive(&doc, "rà soát hồ sơ")),
        vec![("Lãnh đạo các trường", LEAD, false)]
    );
}

#[test]
fn n8_l8_a_teachers_proposal_to_the_school_is_no_task_the_heads_answer_is() {
    let doc = school_notice(
        "1. Cô Mai đề nghị nhà trường sửa lại hệ thống quạt phòng lớp 3A. Hiệu trưởng giao bộ phận cơ sở vật chất kiểm tra, sửa chữa trong tuần.\n2. Thầy Hùng kiến nghị Ban giám hiệu sớm bố trí thêm máy chiếu cho khối 5.\n3. Tổ trưởng tổ 3 đề xuất nhà trường cho phép tổ chức chuyên đề vào thứ Bảy.\n4. Cô Lan nộp kế hoạch chủ nhiệm trước ngày 30/11.\n5. Tổ trưởng các tổ nhắc nhở giáo viên hoàn thành sổ điểm.",
    );
    no_directive(&doc, "hệ thống quạt");
    no_directive(&doc, "máy chiếu");
    no_directive(&doc, "chuyên đề");
    assert_eq!(
        owners(directive(&doc, "kiểm tra, sửa chữa")),
        vec![("bộ phận cơ sở vật chất", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "kế hoạch chủ nhiệm")),
        vec![("Cô Lan", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "sổ điểm"))[0],
        ("Tổ trưởng các tổ", LEAD, false)
    );
}

/// A Sở's công văn (L4) whose body is `body`.
fn cong_van(body: &str) -> Document {
    ketluan::read(&format!(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN HÒA\nSố: 1834/SGDĐT-GDTrH\nV/v tổ chức thi chọn học sinh giỏi\nAn Hòa, ngày 07 tháng 11 năm 2024\nKính gửi:\n- Trưởng phòng GDĐT các huyện;\n- Hiệu trưởng các trường THPT.\n{body}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    ))
}

#[test]
fn l4_o5_the_issuer_that_sets_out_guidance_owns_none_of_its_items() {
    let doc = cong_van(
        "Sở GDĐT hướng dẫn tổ chức thi chọn học sinh giỏi cấp tỉnh như sau:\n1. Các đơn vị đăng ký danh sách thí sinh trước ngày 25/11/2024.\n2. Lập danh sách cán bộ coi thi gửi Sở trước ngày 29/11/2024.",
    );
    assert_eq!(
        owners(directive(&doc, "đăng ký")),
        vec![("Các đơn vị", LEAD, false)]
    );
    let d = directive(&doc, "cán bộ coi thi");
    assert_eq!(owners(d), vec![]);
    assert_eq!(due(d), Some("2024-11-29"));
    // The units it guides own the items.
    let doc = cong_van(
        "Sở GDĐT hướng dẫn các trường THPT thực hiện như sau:\n1. Lập danh sách cán bộ coi thi gửi Sở trước ngày 29/11/2024.",
    );
    assert_eq!(
        owners(directive(&doc, "cán bộ coi thi")),
        vec![("các trường THPT", LEAD, true)]
    );
}

#[test]
fn d17_the_facts_of_an_event_announced_are_no_task() {
    let doc = cong_van(
        "Sở GDĐT đề nghị các đơn vị thực hiện như sau:\n1. Thời gian thi: ngày 18 và 19/12/2024.\n2. Địa điểm thi: Trường THPT chuyên Lê Khiết.\n3. Chuẩn bị hồ sơ thí sinh. Thời gian hoàn thành: trước ngày 30/11/2024.",
    );
    no_directive(&doc, "Thời gian thi");
    no_directive(&doc, "Địa điểm thi");
    let d = directive(&doc, "hồ sơ thí sinh");
    assert_eq!(owners(d), vec![("các đơn vị", LEAD, true)]);
    assert_eq!(due(d), Some("2024-11-30"));
}

#[test]
fn n4_leave_given_in_an_item_with_no_subject_is_no_task() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường tiểu học (sau đây gọi chung là các trường) thực hiện các nội dung sau:\na) Rà soát dữ liệu học sinh, hoàn thành trước ngày 20/3/2025.\nb) Được phép điều chỉnh kế hoạch dạy học của tuần 25, 26 để tổ chức hoạt động trải nghiệm.\nc) Có thể bố trí thêm tiết ôn tập vào buổi chiều.\nd) Cho phép Trường Tiểu học Phú Túc dạy 2 buổi/ngày từ tuần 26.\ne) Có thể nói, các trường phải chú trọng hơn nữa công tác y tế trường học.",
    );
    no_directive(&doc, "Được phép");
    no_directive(&doc, "tiết ôn tập");
    no_directive(&doc, "2 buổi/ngày");
    assert_eq!(
        owners(directive(&doc, "dữ liệu học sinh")),
        vec![("các trường", LEAD, true)]
    );
    // A modal after it orders.
    directive(&doc, "y tế trường học");
}

#[test]
fn d6_the_next_school_year() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường nâng tỷ lệ trường đạt chuẩn quốc gia trong năm học tới.\n2. Phòng GDTrH hoàn thành kiểm định chất lượng trước năm học tới.\n3. Các trường tổng kết công tác trong năm học.",
    );
    assert_eq!(due(directive(&doc, "chuẩn quốc gia")), Some("2026-05-31"));
    assert_eq!(due(directive(&doc, "kiểm định")), Some("2025-09-05"));
    assert_eq!(due(directive(&doc, "tổng kết")), Some("2025-05-31"));
}

#[test]
fn r1_r4_the_lead_named_after_co_leads_makes_the_others_supporters() {
    let doc = notice(
        "06/09/2023",
        "1. Văn phòng Sở, Phòng Giáo dục Trung học và Phòng Giáo dục Tiểu học phối hợp triển khai phần mềm quản lý hồ sơ điện tử; Văn phòng Sở là đầu mối.\n2. Phòng Kế hoạch - Tài chính và Thanh tra Sở phối hợp kiểm tra việc thu, chi đầu năm học. Thanh tra Sở là đơn vị chủ trì.\n3. Phòng GD&ĐT và Huyện đoàn phối hợp tổ chức các hoạt động hè cho học sinh.",
    );
    assert_eq!(
        owners(directive(&doc, "hồ sơ điện tử")),
        vec![
            ("Văn phòng Sở", LEAD, false),
            ("Phòng Giáo dục Trung học", SUPPORT, false),
            ("Phòng Giáo dục Tiểu học", SUPPORT, false)
        ]
    );
    let d = directive(&doc, "thu, chi");
    assert!(d.text.contains("đơn vị chủ trì"));
    assert_eq!(
        owners(d),
        vec![
            ("Thanh tra Sở", LEAD, false),
            ("Phòng Kế hoạch - Tài chính", SUPPORT, false)
        ]
    );
    // One directive each, the lead's sentence inside its directive.
    assert_eq!(doc.directives.len(), 3, "{:#?}", doc.directives);
    // With no lead named, joint subjects both lead (R4).
    assert_eq!(
        owners(directive(&doc, "hoạt động hè")),
        vec![("Phòng GD&ĐT", LEAD, false), ("Huyện đoàn", LEAD, false)]
    );
}

#[test]
fn n6_the_closing_formula_after_the_office_that_issues_it() {
    let doc = notice(
        "15/03/2024",
        "1. Giao Phòng Tài chính - Kế hoạch tham mưu bố trí vốn cho các công trình trường học.\n\nVăn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị liên quan biết, thực hiện.\n\nUBND huyện thông báo kết luận của đồng chí Phó Chủ tịch để các đơn vị biết và thực hiện.",
    );
    assert_eq!(doc.directives.len(), 1, "{:#?}", doc.directives);
    directive(&doc, "bố trí vốn");
}

#[test]
fn h7_the_leader_of_an_inspection_visit_chairs_it() {
    let doc = ketluan::read(
        "ỦY BAN NHÂN DÂN HUYỆN TAM ĐẢO\nSố: 215/TB-UBND\nTam Đảo, ngày 15 tháng 3 năm 2024\nTHÔNG BÁO\nÝ kiến kết luận của đồng chí Phó Chủ tịch UBND huyện tại buổi kiểm tra tiến độ xây dựng trường học\nNgày 12/3/2024, đồng chí Đỗ Minh Tuấn - Phó Chủ tịch UBND huyện cùng lãnh đạo các phòng: Giáo dục và Đào tạo, Tài chính - Kế hoạch đã kiểm tra tiến độ xây dựng các công trình trường học. Sau khi kiểm tra thực tế, đồng chí Phó Chủ tịch UBND huyện kết luận như sau:\n1. Yêu cầu Ban QLDA đầu tư xây dựng huyện hoàn thành công trình trước ngày 30/5/2024.\n",
    );
    assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Đỗ Minh Tuấn"));
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2024-03-12"));
    // A unit that inspects names no chair.
    let doc = ketluan::read(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 15/TB-PGDĐT\nTam Đảo, ngày 15 tháng 3 năm 2024\nTHÔNG BÁO\nKết luận kiểm tra\nNgày 12/3/2024, Phòng GD&ĐT đã kiểm tra công tác bán trú tại Trường Mầm non Hoa Sen. Trưởng phòng kết luận như sau:\n1. Nhà trường bổ sung sổ lưu mẫu thức ăn trước ngày 30/3/2024.\n",
    );
    assert_eq!(doc.fields.meeting_chair, None);
}

#[test]
fn o17_o5_a_deputy_who_directs_owns_the_work_when_the_head_concludes() {
    // The template's notice: "Giám đốc Sở kết luận như sau:".
    let doc = notice(
        "12/03/2025",
        "1. Đồng chí Phó Giám đốc Sở chỉ đạo xây dựng bộ văn kiện mẫu cho các trường.\n2. Đồng chí Phó Giám đốc Sở chỉ đạo các phòng chuyên môn rà soát hồ sơ thi đua.\n3. Giám đốc Sở chỉ đạo các trường hoàn thành kiểm định trước ngày 30/4/2025.",
    );
    assert_eq!(
        owners(directive(&doc, "văn kiện mẫu")),
        vec![("Đồng chí Phó Giám đốc Sở", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "thi đua")),
        vec![
            ("Đồng chí Phó Giám đốc Sở", LEAD, false),
            ("các phòng chuyên môn", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "kiểm định")),
        vec![("các trường", LEAD, false)]
    );
    // When the deputy concludes, the deputy speaks.
    let doc = ketluan::read(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/TB-SGDĐT\nThanh Hà, ngày 12 tháng 03 năm 2025\nTHÔNG BÁO\nKết luận của Phó Giám đốc Sở tại hội nghị giao ban\nNgày 10/3/2025, Sở tổ chức hội nghị giao ban. Đồng chí Phó Giám đốc Sở kết luận như sau:\n1. Đồng chí Phó Giám đốc Sở chỉ đạo các phòng chuyên môn rà soát hồ sơ thi đua.\n",
    );
    assert_eq!(
        owners(directive(&doc, "thi đua")),
        vec![("các phòng chuyên môn", LEAD, false)]
    );
}

#[test]
fn r2_who_supports_the_lead_and_how_in_the_clause_after_it() {
    let doc = notice(
        "12/03/2025",
        "1. Trung tâm Y tế huyện chủ trì khám sức khỏe cho học sinh; các trường phối hợp bố trí địa điểm, thời gian.\n2. Phòng GDTrH chủ trì tổ chức Hội thi khoa học kỹ thuật; Công đoàn ngành phối hợp với Đoàn Thanh niên tổ chức giải bóng đá.\n3. Phòng GDTrH tổ chức Hội thi văn nghệ; Công đoàn ngành phối hợp vận động giáo viên tham gia.",
    );
    let d = directive(&doc, "khám sức khỏe");
    assert!(d.text.contains("bố trí địa điểm"));
    assert_eq!(
        owners(d),
        vec![
            ("Trung tâm Y tế huyện", LEAD, false),
            ("các trường", SUPPORT, false)
        ]
    );
    // "phối hợp với" after it: a task of the clause's subject (R3).
    assert_eq!(
        owners(directive(&doc, "bóng đá")),
        vec![
            ("Công đoàn ngành", LEAD, false),
            ("Đoàn Thanh niên", SUPPORT, false)
        ]
    );
    // No one chủ trì before it: the subject of "phối hợp" leads (R3).
    assert_eq!(
        owners(directive(&doc, "vận động giáo viên")),
        vec![("Công đoàn ngành", LEAD, false)]
    );
}

#[test]
fn j7_r2_a_short_item_line_broken_after_phoi_hop_voi_goes_on_with_its_supporters() {
    let doc = notice(
        "12/03/2025",
        "1. Phòng GD&ĐT chủ trì, phối hợp với\nCông an huyện, Trung tâm Y tế huyện tổ chức tuyên truyền phòng chống ma túy trong tháng 4/2025.\n2. Các trường phối hợp chặt chẽ với\nBan đại diện cha mẹ học sinh quản lý học sinh trong dịp hè.\n3. Hạn chế, tồn tại\nMột số trường chưa hoàn thành kế hoạch.",
    );
    let d = directive(&doc, "ma túy");
    assert!(d.text.starts_with("Phòng GD&ĐT chủ trì"));
    assert_eq!(
        owners(d),
        vec![
            ("Phòng GD&ĐT", LEAD, false),
            ("Công an huyện", SUPPORT, false),
            ("Trung tâm Y tế huyện", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "dịp hè")),
        vec![
            ("Các trường", LEAD, false),
            ("Ban đại diện cha mẹ học sinh", SUPPORT, false)
        ]
    );
    no_directive(&doc, "chưa hoàn thành");
}

#[test]
fn o9_o11_an_alias_in_a_heading_owns_its_items() {
    let doc = notice(
        "22/07/2024",
        "3. UBND các huyện, thành phố (gọi tắt là UBND cấp huyện):\n- Bố trí kinh phí sửa chữa phòng học trước khai giảng năm học mới.\n4. Hiệu trưởng các trường THPT (bà Nguyễn Thị Lan):\n- Hoàn thành hồ sơ kiểm định trước ngày 30/8/2024.",
    );
    assert_eq!(
        owners(directive(&doc, "kinh phí")),
        vec![("UBND cấp huyện", LEAD, true)]
    );
    // A bracket that names no alias keeps the heading's units.
    assert_eq!(
        owners(directive(&doc, "kiểm định")),
        vec![("Hiệu trưởng các trường THPT", LEAD, true)]
    );
}

#[test]
fn o16_o23_collective_names_after_a_title_or_with_nghiep_vu_stay_whole() {
    let doc = notice(
        "12/03/2025",
        "1. Trưởng các phòng, ban, đơn vị thuộc Sở rà soát thủ tục hành chính trước ngày 30/4/2025.\n2. Các phòng chuyên môn, nghiệp vụ thuộc Sở theo chức năng, nhiệm vụ được giao hướng dẫn các đơn vị tổ chức tập huấn.\n3. Hiệu trưởng các trường, Giám đốc Trung tâm GDNN-GDTX rà soát hồ sơ tuyển sinh.",
    );
    assert_eq!(
        owners(directive(&doc, "thủ tục hành chính")),
        vec![("Trưởng các phòng, ban, đơn vị thuộc Sở", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "tập huấn")),
        vec![("Các phòng chuyên môn, nghiệp vụ thuộc Sở", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "tuyển sinh")),
        vec![
            ("Hiệu trưởng các trường", LEAD, false),
            ("Giám đốc Trung tâm GDNN-GDTX", LEAD, false)
        ]
    );
}

#[test]
fn j1_a_breadcrumb_above_the_date_line_is_navigation_not_the_headline() {
    let doc = ketluan::read(
        "Trang chủ\nĐăng nhập\nTin tức - Sự kiện » Tin giáo dục\nThứ hai, 15/04/2024, 09:30 (GMT+7)\nGiao ban công tác giáo dục tháng 4: Tập trung cho kỳ thi tuyển sinh vào lớp 10\nCỡ chữ: A A A | In bài viết | Gửi email\nSáng 15/4, Phòng GD&ĐT thị xã tổ chức giao ban công tác giáo dục tháng 4/2024.\nKết luận hội nghị, bà Nguyễn Thị Tâm, Trưởng phòng GD&ĐT đề nghị các trường THCS hoàn thành việc nhập hồ sơ trước ngày 25/4.\n",
    );
    assert_eq!(
        doc.fields.subject.as_deref(),
        Some("Giao ban công tác giáo dục tháng 4: Tập trung cho kỳ thi tuyển sinh vào lớp 10")
    );
    assert_eq!(doc.fields.meeting_date.as_deref(), Some("2024-04-15"));
    no_directive(&doc, "Tập trung cho kỳ thi");
    no_directive(&doc, "tổ chức giao ban");
    let d = directive(&doc, "nhập hồ sơ");
    assert_eq!(owners(d), vec![("các trường THCS", LEAD, false)]);
    assert_eq!(due(d), Some("2024-04-25"));
    // A line of sections with a sentence in it is no breadcrumb.
    let doc = news_page("Ngày 19/8/2024, Sở tổ chức hội nghị.\nKết quả » các trường phải hoàn thành tuyển sinh trước ngày 25/8.");
    directive(&doc, "tuyển sinh");
}

#[test]
fn o6_a_unit_phrase_ends_at_pledging_and_giving_back() {
    let doc = notice(
        "12/03/2025",
        "1. Yêu cầu giáo viên cam kết không dạy thêm trái quy định.\n2. Nhà trường trả lại cho phụ huynh số tiền thu sai quy định trước ngày 30/4/2025.",
    );
    assert_eq!(
        owners(directive(&doc, "dạy thêm")),
        vec![("giáo viên", LEAD, false)]
    );
    let d = directive(&doc, "thu sai");
    assert_eq!(owners(d), vec![("Nhà trường", LEAD, false)]);
    assert_eq!(due(d), Some("2025-04-30"));
}

#[test]
fn o2_d18_a_vague_time_between_the_request_and_whom_it_asks() {
    let doc = news_page(
        "Ngày 19/8/2024, Phòng GD&ĐT huyện tổ chức hội nghị giao ban.\nĐồng chí Trưởng phòng cũng yêu cầu thời gian tới các đơn vị cần quan tâm hơn nữa đến công tác phổ cập.\nBà đề nghị từ nay các trường không để học sinh bỏ học.",
    );
    let d = directive(&doc, "phổ cập");
    assert_eq!(owners(d), vec![("các đơn vị", LEAD, false)]);
    assert_eq!(due(d), None);
    assert_eq!(
        owners(directive(&doc, "bỏ học")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn h6_j5_the_dated_lead_after_an_unknown_widget_label_is_still_the_meeting() {
    for widget in ["Nghe đọc bài viết", "Thích 12 Chia sẻ", "Tin nổi bật"] {
        let doc = ketluan::read(&format!(
            "Hội nghị giao ban ngành giáo dục tháng 3\n15/03/2024 08:00\n{widget}\nNgày 14/3, Phòng GD&ĐT huyện tổ chức hội nghị giao ban. Đồng chí Lê Văn Hòa, Trưởng phòng chủ trì hội nghị.\nKết luận hội nghị, Trưởng phòng yêu cầu các trường nộp hồ sơ trước ngày 25/3.\n"
        ));
        assert_eq!(
            doc.fields.meeting_date.as_deref(),
            Some("2024-03-14"),
            "{widget}"
        );
        assert_eq!(doc.fields.meeting_chair.as_deref(), Some("Lê Văn Hòa"));
        no_directive(&doc, "tổ chức hội nghị giao ban");
        assert_eq!(doc.directives.len(), 1, "{widget}: {:#?}", doc.directives);
        assert_eq!(due(directive(&doc, "nộp hồ sơ")), Some("2024-03-25"));
    }
}

#[test]
fn n8_a_view_labelled_with_the_participant_who_gave_it_is_no_task() {
    let doc = notice(
        "12/03/2025",
        "1. Ý kiến của Phòng GD&ĐT huyện A: đề nghị Sở bổ sung biên chế giáo viên.\n2. Ý kiến của Hiệu trưởng Trường THPT B: kiến nghị Sở sớm sửa chữa nhà đa năng.\n3. Ý kiến của Giám đốc Sở: các trường hoàn thành hồ sơ kiểm định trước ngày 30/4/2025.",
    );
    no_directive(&doc, "biên chế");
    no_directive(&doc, "nhà đa năng");
    let d = directive(&doc, "kiểm định");
    assert_eq!(owners(d), vec![("các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2025-04-30"));
}

#[test]
fn d16_a_schedule_named_by_its_term_is_no_deadline() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường thông báo cho phụ huynh học sinh biết lịch nghỉ hè.\n2. Các trường xây dựng thời khóa biểu học kỳ II.\n3. Các trường hoàn thành sửa chữa phòng học trước khi nghỉ hè.",
    );
    assert_eq!(due(directive(&doc, "lịch nghỉ hè")), None);
    assert_eq!(due(directive(&doc, "thời khóa biểu")), None);
    assert_eq!(due(directive(&doc, "sửa chữa")), Some("2025-05-31"));
}

#[test]
fn d10_the_last_day_stated_after_the_task_or_after_a_note_label() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường THCS nộp báo cáo tổng kết công tác phổ cập về Sở. Hạn cuối nộp báo cáo là ngày 10/4/2025.\n\n2. Các trường tiểu học rà soát danh sách học sinh khuyết tật. Lưu ý: thời hạn cuối cùng là ngày 15/4/2025.\n\n3. Lưu ý các trường chuẩn bị hồ sơ kiểm định trước ngày 30/4/2025.",
    );
    assert_eq!(due(directive(&doc, "phổ cập")), Some("2025-04-10"));
    assert_eq!(due(directive(&doc, "khuyết tật")), Some("2025-04-15"));
    assert_eq!(
        doc.directives.len(),
        3,
        "the deadline sentences are no tasks of their own: {:#?}",
        doc.directives.iter().map(|d| &d.text).collect::<Vec<_>>()
    );
    assert_eq!(
        owners(directive(&doc, "kiểm định")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn n13_a_condition_on_whichever_unit_put_first_names_no_owner() {
    let doc = notice(
        "12/03/2025",
        "1. Đơn vị nào chậm nộp hồ sơ thi đua, Thủ trưởng đơn vị giải trình bằng văn bản với Giám đốc Sở.\n\n2. Trường nào để học sinh nghỉ học kéo dài thì Hiệu trưởng phải báo cáo ngay về Phòng GD&ĐT.\n\n3. Trung tâm nào chưa kiểm định, Giám đốc trung tâm xây dựng lộ trình khắc phục.",
    );
    assert_eq!(
        owners(directive(&doc, "hồ sơ thi đua")),
        vec![("Thủ trưởng đơn vị", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "nghỉ học kéo dài")),
        vec![("Hiệu trưởng", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "lộ trình khắc phục")),
        vec![("Giám đốc trung tâm", LEAD, false)]
    );
}

#[test]
fn n13_a_warning_of_what_befalls_whoever_fails_is_no_task() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường gửi báo cáo tự đánh giá về Sở trước ngày 30/3/2025. Sau thời hạn trên, đơn vị nào không gửi sẽ bị phê bình trước toàn ngành.\n\n2. Các cơ sở giáo dục thực hiện nghiêm quy định về dạy thêm, học thêm.\n\n3. Các trường không thực hiện đúng quy định sẽ bị xử lý theo quy định.\n\n4. Yêu cầu các trường rà soát hồ sơ tuyển sinh, trường nào sai phạm sẽ bị xử lý.",
    );
    no_directive(&doc, "phê bình trước toàn ngành");
    no_directive(&doc, "không thực hiện đúng quy định");
    assert_eq!(
        owners(directive(&doc, "báo cáo tự đánh giá")),
        vec![("Các trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "hồ sơ tuyển sinh")),
        vec![("các trường", LEAD, false)],
        "a request asked first is still a task, its warning with it"
    );
}

#[test]
fn o16_a_departments_field_by_its_abbreviation_goes_on_with_its_name() {
    let doc = notice(
        "12/03/2025",
        "1. Phòng Khảo thí và KĐCLGD chủ trì tổ chức kỳ thi chọn học sinh giỏi lớp 12.\n\n2. Phòng Quản lý chất lượng và CNTT xây dựng phần mềm quản lý điểm.\n\n3. Phòng Khảo thí và KĐCLGD, Phòng GDTrH phối hợp rà soát ngân hàng đề.\n\n4. Phòng GD&ĐT và UBND các xã rà soát mạng lưới trường lớp.",
    );
    assert_eq!(
        owners(directive(&doc, "học sinh giỏi lớp 12")),
        vec![("Phòng Khảo thí và KĐCLGD", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "phần mềm quản lý điểm")),
        vec![("Phòng Quản lý chất lượng và CNTT", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "ngân hàng đề")),
        vec![
            ("Phòng Khảo thí và KĐCLGD", LEAD, false),
            ("Phòng GDTrH", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "mạng lưới trường lớp")),
        vec![("Phòng GD&ĐT", LEAD, false), ("UBND các xã", LEAD, false)],
        "a unit's abbreviation after 'và' is a unit of its own"
    );
}

#[test]
fn o17_a_persons_title_after_a_dash_alone_or_by_its_initials_is_no_part_of_the_owner() {
    let doc = school_notice(
        "1. Cô Nguyễn Thị Lan - TTCM tổ Toán xây dựng kế hoạch bồi dưỡng học sinh giỏi.\n\n2. Thầy Hùng - TPT Đội tổ chức hội trại kỷ niệm ngày thành lập Đoàn.\n\n3. Đồng chí Trần Văn An - Phó Hiệu trưởng chỉ đạo các tổ chuyên môn đổi mới sinh hoạt chuyên môn.\n\n4. Cô Mai – kế toán hoàn thiện hồ sơ quyết toán trước ngày 31/3/2025.",
    );
    assert_eq!(
        owners(directive(&doc, "bồi dưỡng học sinh giỏi")),
        vec![("Cô Nguyễn Thị Lan", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "hội trại")),
        vec![("Thầy Hùng", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "sinh hoạt chuyên môn")),
        vec![
            ("Đồng chí Trần Văn An", LEAD, false),
            ("các tổ chuyên môn", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "hồ sơ quyết toán")),
        vec![("Cô Mai", LEAD, false)]
    );
}

#[test]
fn d1_days_listed_or_ranged_before_their_month_are_due_on_the_last() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường THCS tổ chức kiểm tra giữa kỳ từ 01/4/2025 - 10/4/2025.\n\n2. Các trường tiểu học tổ chức khảo sát chất lượng từ ngày 14-18/4/2025.\n\n3. Các trường THPT tổ chức thi thử trong các ngày 09, 10/5/2025.\n\n4. Trung tâm GDNN-GDTX tổ chức kiểm tra vào ngày 22 và 23/4/2025.\n\n5. Các trường mầm non thực hiện chế độ ăn mới từ ngày 01/4/2025.\n\n6. Các trường tổ chức ngoại khóa trong hai ngày 26, 27/3/2025.",
    );
    assert_eq!(due(directive(&doc, "giữa kỳ")), Some("2025-04-10"));
    assert_eq!(
        due(directive(&doc, "khảo sát chất lượng")),
        Some("2025-04-18")
    );
    assert_eq!(due(directive(&doc, "thi thử")), Some("2025-05-10"));
    assert_eq!(due(directive(&doc, "GDNN-GDTX")), Some("2025-04-23"));
    assert_eq!(
        due(directive(&doc, "chế độ ăn mới")),
        None,
        "a start alone is no deadline (D17)"
    );
    assert_eq!(due(directive(&doc, "ngoại khóa")), Some("2025-03-27"));
}

#[test]
fn o11_a_manner_qualifier_put_first_in_an_item_under_its_units_heading() {
    let doc = notice(
        "20/09/2024",
        "1. Các phòng chuyên môn thuộc Sở\nTheo chức năng, nhiệm vụ, hướng dẫn, kiểm tra các đơn vị thực hiện nhiệm vụ năm học.\n2. Thanh tra Sở\n- Theo thẩm quyền, xử lý nghiêm các sai phạm về dạy thêm, học thêm.\n- Theo lĩnh vực phụ trách, chủ động tham mưu Giám đốc Sở các văn bản chỉ đạo.",
    );
    assert_eq!(
        owners(directive(&doc, "kiểm tra các đơn vị")),
        vec![("Các phòng chuyên môn thuộc Sở", LEAD, true)]
    );
    assert_eq!(
        owners(directive(&doc, "xử lý nghiêm")),
        vec![("Thanh tra Sở", LEAD, true)]
    );
    assert_eq!(
        owners(directive(&doc, "chủ động tham mưu")),
        vec![("Thanh tra Sở", LEAD, true)]
    );
}

#[test]
fn o4_a_body_asked_for_its_written_view_owns_it_and_a_stress_laid_asks_the_units_after_it() {
    let doc = notice(
        "12/03/2025",
        "1. Sở Tài chính sớm có văn bản hướng dẫn việc thu, chi học phí năm học 2025-2026.\n\n2. Sở Nội vụ có ý kiến về phương án tuyển dụng giáo viên trước ngày 30/3/2025.\n\n3. Nhấn mạnh các trường cần quan tâm công tác phòng, chống bạo lực học đường.",
    );
    assert_eq!(
        owners(directive(&doc, "thu, chi học phí")),
        vec![("Sở Tài chính", LEAD, false)]
    );
    let d = directive(&doc, "tuyển dụng giáo viên");
    assert_eq!(owners(d), vec![("Sở Nội vụ", LEAD, false)]);
    assert_eq!(due(d), Some("2025-03-30"));
    assert_eq!(
        owners(directive(&doc, "bạo lực học đường")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn o20_a_noun_of_the_work_first_then_whom_it_is_given_to() {
    let doc = notice(
        "12/03/2025",
        "1. Công tác tuyển sinh lớp 10 năm học 2025-2026 giao Phòng GDTrH chủ trì, phối hợp với Phòng Khảo thí tham mưu.\n\n2. Kế hoạch tổ chức hội thi giáo viên dạy giỏi giao cho Văn phòng Sở xây dựng, trình Giám đốc Sở trước ngày 20/3/2025.\n\n3. Hồ sơ đề nghị công nhận các trường đạt chuẩn quốc gia gửi về Sở trước ngày 30/4/2025.\n\n4. Kế hoạch bồi dưỡng giáo viên phải đáp ứng yêu cầu các trường đặt ra.",
    );
    assert_eq!(
        owners(directive(&doc, "tuyển sinh lớp 10")),
        vec![
            ("Phòng GDTrH", LEAD, false),
            ("Phòng Khảo thí", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "giáo viên dạy giỏi")),
        vec![("Văn phòng Sở", LEAD, false)]
    );
    let d = directive(&doc, "đạt chuẩn quốc gia");
    assert!(owners(d).is_empty(), "{:?}", owners(d));
    assert_eq!(due(d), Some("2025-04-30"));
    let d = directive(&doc, "bồi dưỡng giáo viên");
    assert!(owners(d).is_empty(), "{:?}", owners(d));
}

#[test]
fn n12_the_parents_board_forbidden_is_told_not_a_share_of_the_units() {
    let doc = notice(
        "12/03/2025",
        "1. Ban đại diện cha mẹ học sinh không được tự đặt ra các khoản thu.\n\n2. Một số trường chưa công khai các khoản thu.",
    );
    assert_eq!(
        owners(directive(&doc, "tự đặt ra")),
        vec![("Ban đại diện cha mẹ học sinh", LEAD, false)]
    );
    no_directive(&doc, "chưa công khai");
}

#[test]
fn n1_just_done_is_a_report_and_both_and_is_a_task() {
    let doc = news_page(
        "Sở GD&ĐT Quảng Nam vừa có văn bản gửi các phòng GD&ĐT, các trường THPT về việc chấn chỉnh công tác thu, chi đầu năm học.\n\nTheo đó, Sở yêu cầu các trường vừa dạy học trực tiếp vừa chuẩn bị phương án dạy học trực tuyến.",
    );
    no_directive(&doc, "vừa có văn bản");
    assert_eq!(
        owners(directive(&doc, "dạy học trực tuyến")),
        vec![("các trường", LEAD, false)]
    );
}

#[test]
fn d14_before_entering_the_new_school_year_is_its_opening_day() {
    let doc = notice(
        "20/06/2025",
        "1. UBND các xã bố trí kinh phí sửa chữa nhỏ cho các trường trước khi vào năm học mới.\n\n2. Các trường rà soát sách giáo khoa trước khi bước vào năm học mới.",
    );
    assert_eq!(due(directive(&doc, "sửa chữa nhỏ")), Some("2025-09-05"));
    assert_eq!(due(directive(&doc, "sách giáo khoa")), Some("2025-09-05"));
}

#[test]
fn r2_supporters_in_brackets_after_the_task() {
    let doc = notice(
        "12/03/2025",
        "1. Phòng GDTrH tổ chức kỳ thi chọn học sinh giỏi (Phòng Khảo thí, Văn phòng Sở phối hợp thực hiện).\n\n2. Trung tâm Y tế huyện khám sức khỏe cho học sinh (các trường phối hợp).",
    );
    assert_eq!(
        owners(directive(&doc, "học sinh giỏi")),
        vec![
            ("Phòng GDTrH", LEAD, false),
            ("Phòng Khảo thí", SUPPORT, false),
            ("Văn phòng Sở", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "khám sức khỏe")),
        vec![
            ("Trung tâm Y tế huyện", LEAD, false),
            ("các trường", SUPPORT, false)
        ]
    );
}

#[test]
fn o24_a_department_by_the_initial_p_and_its_abbreviation() {
    let doc = notice(
        "12/03/2025",
        "1. P.GD&ĐT các huyện hướng dẫn các trường tổ chức kiểm tra cuối kỳ.\n\n2. P. TCCB tham mưu Giám đốc Sở quy trình bổ nhiệm lại.\n\n3. Đề nghị P.KH-TC thẩm định dự toán mua sắm thiết bị.\n\n4. UBND TP. Hà Tĩnh bố trí quỹ đất xây trường.",
    );
    assert_eq!(
        owners(directive(&doc, "kiểm tra cuối kỳ")),
        vec![("P.GD&ĐT các huyện", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "bổ nhiệm lại")),
        vec![("P. TCCB", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "dự toán mua sắm")),
        vec![("P.KH-TC", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "quỹ đất")),
        vec![("UBND TP. Hà Tĩnh", LEAD, false)]
    );
}

#[test]
fn d4_this_quarter_and_the_next_said_from_the_notice() {
    let doc = notice(
        "12/05/2025",
        "1. Các trường hoàn thành kiểm kê tài sản trong quý này.\n\n2. Phòng Kế hoạch - Tài chính trình phương án tự chủ trong quý tới.\n\n3. Văn phòng Sở tổng hợp báo cáo quý này của các đơn vị.",
    );
    assert_eq!(due(directive(&doc, "kiểm kê tài sản")), Some("2025-06-30"));
    assert_eq!(due(directive(&doc, "tự chủ")), Some("2025-09-30"));
    assert_eq!(
        due(directive(&doc, "tổng hợp báo cáo")),
        None,
        "a report of the quarter, no cue: it names the report (D16)"
    );
}

#[test]
fn h10_a_signature_glued_to_the_recipients_by_one_space() {
    let doc = ketluan::read(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/TB-SGDĐT\nThanh Hà, ngày 12 tháng 03 năm 2025\nTHÔNG BÁO\nKết luận của Giám đốc Sở tại hội nghị giao ban\nGiám đốc Sở kết luận như sau:\n1. Các trường rà soát hồ sơ phổ cập trước ngày 20/3/2025.\nNơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Lưu: VT.\n(Đã ký)\nNguyễn Văn An\n",
    );
    let f = &doc.fields;
    assert_eq!(f.signer_authority.as_deref(), Some("KT. GIÁM ĐỐC"));
    assert_eq!(f.signer_position.as_deref(), Some("PHÓ GIÁM ĐỐC"));
    assert_eq!(f.signer_name.as_deref(), Some("Nguyễn Văn An"));
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(recipients, ["Như trên", "Lưu: VT"]);
}

#[test]
fn d6_before_the_summer_starts_is_the_school_years_end() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường rà soát hệ thống điện trước khi vào hè.\n\n2. Các trường tổ chức câu lạc bộ năng khiếu trong hè.",
    );
    assert_eq!(due(directive(&doc, "hệ thống điện")), Some("2025-05-31"));
    assert_eq!(due(directive(&doc, "năng khiếu")), Some("2025-08-31"));
}

#[test]
fn n15_a_warning_after_a_semicolon_goes_on_with_the_task_before_it() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường tổ chức ôn tập cho học sinh lớp 9; trường nào không thực hiện sẽ bị phê bình trước toàn ngành.\n\n2. Các trung tâm rà soát hồ sơ học viên; các trung tâm không thực hiện sẽ bị xử lý theo quy định.",
    );
    assert_eq!(doc.directives.len(), 2, "{:#?}", doc.directives);
    let d = directive(&doc, "ôn tập cho học sinh lớp 9");
    assert_eq!(owners(d), vec![("Các trường", LEAD, false)]);
    assert!(
        d.text.contains("phê bình trước toàn ngành"),
        "the warning stays inside its task: {}",
        d.text
    );
    let d = directive(&doc, "hồ sơ học viên");
    assert_eq!(owners(d), vec![("Các trung tâm", LEAD, false)]);
    assert!(d.text.contains("xử lý theo quy định"), "{}", d.text);
}

#[test]
fn n6_a_report_sent_on_the_appendixs_form_is_a_task_not_a_pointer_to_the_appendixs_tasks() {
    let doc = notice(
        "12/03/2025",
        "1. Giám đốc Sở giao các đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Thông báo này.\n\n2. Các trường báo cáo kết quả tự kiểm tra theo Phụ lục đính kèm gửi về Sở trước ngày 25/3/2025.\n\n3. Thống kê số liệu đội ngũ (theo phụ lục đính kèm), nộp về Văn phòng Sở trong tháng 4/2025.",
    );
    no_directive(&doc, "các nhiệm vụ tại Phụ lục");
    let d = directive(&doc, "kết quả tự kiểm tra");
    assert_eq!(owners(d), vec![("Các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2025-03-25"));
    assert_eq!(due(directive(&doc, "số liệu đội ngũ")), Some("2025-04-30"));
}

#[test]
fn j6_a_heading_of_other_articles_ends_the_article_a_sidebars_above_it_does_not() {
    for heading in [
        "Bài viết khác",
        "Đọc nhiều nhất",
        "Xem thêm",
        "Có thể bạn quan tâm",
        "Tin nổi bật",
    ] {
        let doc = news_page(&format!(
            "Ngày 19/8/2024, Sở GD&ĐT làm việc với UBND huyện Đồng Xuân. Phó Giám đốc Sở đề nghị các nhà trường rà soát đội ngũ giáo viên.\n{heading}\nĐồng Xuân: Hoàn thành sáp nhập 12 điểm trường lẻ\nCác trường THPT phải công khai phương án tuyển sinh lớp 10 trước ngày 30/6"
        ));
        assert_eq!(doc.directives.len(), 1, "{heading}: {:#?}", doc.directives);
        no_directive(&doc, "phương án tuyển sinh");
        // Above the article, a sidebar's heading is junk, and what follows is still read.
        let doc = news_page(&format!(
            "{heading}\nPhó Giám đốc Sở đề nghị các nhà trường rà soát đội ngũ giáo viên trước ngày 30/8/2024."
        ));
        assert_eq!(
            owners(directive(&doc, "rà soát đội ngũ")),
            vec![("các nhà trường", LEAD, false)],
            "{heading}"
        );
    }
}

#[test]
fn j5_a_read_more_widget_glued_to_the_last_sentence_is_cut_off_with_its_date() {
    let doc = news_page(
        "Ngày 19/8/2024, Chủ tịch UBND huyện làm việc với ngành Giáo dục.\nGiao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện.Xem thêm: Huyện Đồng Xuân yêu cầu các trường sửa chữa phòng học trước ngày 20/10",
    );
    let d = directive(&doc, "theo dõi, đôn đốc");
    assert!(d.text.ends_with("việc thực hiện."), "{}", d.text);
    assert_eq!(due(d), None);
    no_directive(&doc, "sửa chữa phòng học");
}

#[test]
fn j2_a_view_counter_or_a_posters_line_under_the_headline_is_junk() {
    for line in [
        "Số lần xem: 87",
        "Người đăng: admin | Lượt xem: 318",
        "Lượt đọc: 1.024",
    ] {
        let doc = ketluan::read(&format!(
            "Giao ban hiệu trưởng tháng 10\n{line}\nNgày 05/10/2021, Phòng GD&ĐT tổ chức giao ban hiệu trưởng tháng 10. Trưởng phòng yêu cầu các trường rà soát hồ sơ phổ cập giáo dục.\n"
        ));
        assert_eq!(
            doc.fields.subject.as_deref(),
            Some("Giao ban hiệu trưởng tháng 10"),
            "{line}"
        );
    }
}

#[test]
fn j7_a_line_that_stops_on_the_dash_inside_a_units_name_goes_on() {
    let doc = notice(
        "12/03/2025",
        "1. Bộ phận Kế toán phối hợp với Phòng Tài chính -\nKế hoạch huyện hướng dẫn các đơn vị lập dự toán, hoàn thành trong tháng 4/2025.\n\n2. Giám đốc các trung tâm GDNN –\nGDTX rà soát hồ sơ học viên.",
    );
    assert_eq!(doc.directives.len(), 2, "{:#?}", doc.directives);
    let d = directive(&doc, "lập dự toán");
    assert_eq!(
        owners(d),
        vec![
            ("Bộ phận Kế toán", LEAD, false),
            ("Phòng Tài chính - Kế hoạch huyện", SUPPORT, false)
        ]
    );
    assert_eq!(due(d), Some("2025-04-30"));
    assert_eq!(
        owners(directive(&doc, "hồ sơ học viên")),
        vec![("Giám đốc các trung tâm GDNN – GDTX", LEAD, false)]
    );
}

#[test]
fn o3_o5_a_title_of_another_post_than_the_concluders_at_the_head_of_a_chain_leads_too() {
    let ubnd = ketluan::read(
        "ỦY BAN NHÂN DÂN\nTỈNH THANH HÀ\nSố: 45/TB-UBND\nThanh Hà, ngày 02 tháng 6 năm 2025\nTHÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo kỳ thi\nPhó Chủ tịch UBND tỉnh kết luận như sau:\n\n1. Giám đốc Sở Y tế chỉ đạo các bệnh viện bố trí xe cứu thương tại các điểm thi.\n\n2. Đồng chí Trưởng phòng GD&ĐT thành phố chịu trách nhiệm chỉ đạo các trường hoàn thành kiểm kê tài sản.\n\n3. Phó Chủ tịch UBND tỉnh chỉ đạo Sở GD&ĐT rà soát phương án thi.\n",
    );
    assert_eq!(
        owners(directive(&ubnd, "xe cứu thương")),
        vec![
            ("Giám đốc Sở Y tế", LEAD, false),
            ("các bệnh viện", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&ubnd, "kiểm kê tài sản")),
        vec![
            ("Đồng chí Trưởng phòng GD&ĐT thành phố", LEAD, false),
            ("các trường", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&ubnd, "phương án thi")),
        vec![("Sở GD&ĐT", LEAD, false)],
        "the concluder's own post speaks"
    );
    let phong = ketluan::read(
        "UBND HUYỆN ĐÔNG SƠN\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/TB-PGDĐT\nĐông Sơn, ngày 06 tháng 11 năm 2024\nTHÔNG BÁO\nKết luận kiểm tra tại Trường THCS Lê Lợi\nTrưởng phòng Giáo dục và Đào tạo kết luận như sau:\n\n1. Hiệu trưởng chỉ đạo tổ Khoa học tự nhiên rà soát kế hoạch dạy học môn Vật lý.\n\n2. Trưởng phòng chỉ đạo bộ phận chuyên môn hướng dẫn nhà trường xây dựng kế hoạch.\n",
    );
    assert_eq!(
        owners(directive(&phong, "môn Vật lý")),
        vec![
            ("Hiệu trưởng", LEAD, false),
            ("tổ Khoa học tự nhiên", LEAD, false)
        ]
    );
    assert_eq!(
        owners(directive(&phong, "bộ phận chuyên môn")),
        vec![("bộ phận chuyên môn", LEAD, false)]
    );
}

#[test]
fn n2_how_far_a_unit_falls_short_is_no_qualifier_before_a_predicate() {
    let doc = notice(
        "12/03/2025",
        "1. Một số cấp ủy xã chưa thực sự quan tâm lãnh đạo công tác giáo dục.\n\n2. Một số trường chưa thật sự chú trọng công tác kiểm tra nội bộ.\n\n3. Các trường chưa hoàn thành kiểm định khẩn trương hoàn thiện hồ sơ tự đánh giá.",
    );
    no_directive(&doc, "chưa thực sự quan tâm");
    no_directive(&doc, "chưa thật sự chú trọng");
    assert_eq!(
        owners(directive(&doc, "hồ sơ tự đánh giá")),
        vec![("Các trường chưa hoàn thành kiểm định", LEAD, false)]
    );
}

#[test]
fn o6_a_unit_phrase_ends_before_going_somewhere_to_do_the_work() {
    let doc = notice(
        "12/03/2025",
        "1. Sở Y tế đi kiểm tra công tác bảo đảm an toàn thực phẩm tại các điểm thi.\n\n2. Các thành viên Ban Chỉ đạo về dự lễ khai giảng tại các trường được phân công.\n\n3. Lãnh đạo Sở xuống kiểm tra các trường vùng khó khăn trong tháng 4/2025.",
    );
    assert_eq!(
        owners(directive(&doc, "an toàn thực phẩm")),
        vec![("Sở Y tế", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "lễ khai giảng")),
        vec![("Các thành viên Ban Chỉ đạo", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "vùng khó khăn")),
        vec![("Lãnh đạo Sở", LEAD, false)]
    );
}

#[test]
fn o1_a_unit_assigned_in_the_passive_does_the_work() {
    let doc = notice(
        "12/06/2025",
        "1. Các thành viên Ban Chỉ đạo được phân công kiểm tra các điểm thi trước ngày 24/6/2025.\n\n2. Cán bộ được cử đi tập huấn có trách nhiệm báo cáo kết quả về Văn phòng Sở.",
    );
    let d = directive(&doc, "kiểm tra các điểm thi");
    assert_eq!(owners(d), vec![("Các thành viên Ban Chỉ đạo", LEAD, false)]);
    assert_eq!(due(d), Some("2025-06-24"));
}

#[test]
fn n3_n5_what_the_one_who_speaks_agrees_to_or_takes_note_of_gives_no_one_work() {
    let doc = ketluan::read(
        "UBND HUYỆN ĐÔNG SƠN\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 158/TB-PGDĐT\nĐông Sơn, ngày 06 tháng 11 năm 2023\nTHÔNG BÁO\nKết luận của Trưởng phòng tại cuộc họp Hiệu trưởng tháng 10 năm 2023\nTrưởng phòng kết luận như sau:\n\n1. Trưởng phòng nhất trí với đề nghị của Trường Tiểu học Phước Hòa về việc lùi thời gian kiểm tra.\n\n2. Trưởng phòng tiếp thu ý kiến chỉ đạo của UBND huyện.\n\n3. Trưởng phòng ghi nhận đề nghị của Trường THCS Đông Hòa, giao bộ phận Kế toán hướng dẫn thủ tục sửa chữa phòng học.\n\n4. Tiếp thu ý kiến góp ý của các trường, bộ phận chuyên môn hoàn thiện dự thảo kế hoạch trước ngày 15/11/2023.\n",
    );
    no_directive(&doc, "lùi thời gian kiểm tra");
    no_directive(&doc, "ý kiến chỉ đạo của UBND huyện");
    assert_eq!(
        owners(directive(&doc, "thủ tục sửa chữa")),
        vec![("bộ phận Kế toán", LEAD, false)]
    );
    assert_eq!(
        due(directive(&doc, "hoàn thiện dự thảo")),
        Some("2023-11-15")
    );
}

#[test]
fn n4_o7_leave_after_a_qualifier_of_the_owner_gives_no_order_and_a_modal_ends_the_owner() {
    let doc = notice(
        "06/11/2024",
        "1. Các trường có nhu cầu sửa chữa phòng học có thể đăng ký về Sở.\n\n2. Các trường được kiểm tra có thể đề xuất bổ sung kinh phí.\n\n3. Các trường có học sinh bán trú cần xây dựng kế hoạch bảo đảm an toàn thực phẩm.\n\n4. Các trường có nhu cầu bổ sung giáo viên gửi đề xuất về Sở trước ngày 20/11/2024.",
    );
    no_directive(&doc, "có thể đăng ký");
    no_directive(&doc, "có thể đề xuất");
    assert_eq!(
        owners(directive(&doc, "an toàn thực phẩm")),
        vec![("Các trường có học sinh bán trú", LEAD, false)]
    );
    assert_eq!(
        due(directive(&doc, "bổ sung giáo viên")),
        Some("2024-11-20")
    );
}

#[test]
fn o23_the_whole_school_or_province_is_one_owner_as_written() {
    let doc = notice(
        "12/03/2025",
        "1. Toàn trường tập trung ôn tập cho học sinh lớp 9.\n\n2. Toàn tỉnh phấn đấu hoàn thành phổ cập giáo dục mầm non cho trẻ 5 tuổi trong năm 2025.\n\n3. Tổ chức ngoại khóa cho học sinh toàn trường trong tháng 4/2025.",
    );
    assert_eq!(
        owners(directive(&doc, "ôn tập cho học sinh lớp 9")),
        vec![("Toàn trường", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "phổ cập giáo dục mầm non")),
        vec![("Toàn tỉnh", LEAD, false)]
    );
    assert_eq!(owners(directive(&doc, "ngoại khóa")), vec![]);
}

#[test]
fn o6_school_health_work_ends_the_supporting_unit() {
    let doc = notice(
        "12/03/2025",
        "1. Trạm Y tế xã phối hợp với các trường tẩy giun cho học sinh.\n\n2. Trung tâm Y tế huyện phối hợp với các trường mầm non cho trẻ uống vitamin A trong tháng 6/2025.",
    );
    assert_eq!(
        owners(directive(&doc, "tẩy giun")),
        vec![
            ("Trạm Y tế xã", LEAD, false),
            ("các trường", SUPPORT, false)
        ]
    );
    assert_eq!(
        owners(directive(&doc, "vitamin A")),
        vec![
            ("Trung tâm Y tế huyện", LEAD, false),
            ("các trường mầm non", SUPPORT, false)
        ]
    );
}

#[test]
fn d3_the_month_said_with_nothing_after_it_is_the_notices() {
    let doc = notice(
        "15/11/2021",
        "1. Phòng Kế hoạch - Tài chính hoàn thành thẩm định dự toán sửa chữa phòng học trong tháng.\n\n2. Trong tháng, các phòng chuyên môn tổ chức kiểm tra nội bộ tại các trường.\n\n3. Các trường báo cáo số liệu hằng tháng về Văn phòng Sở.",
    );
    assert_eq!(
        due(directive(&doc, "thẩm định dự toán")),
        Some("2021-11-30")
    );
    assert_eq!(due(directive(&doc, "kiểm tra nội bộ")), Some("2021-11-30"));
    assert_eq!(due(directive(&doc, "số liệu hằng tháng")), None);
}

#[test]
fn d18_a_recurrence_put_first_makes_the_day_one_of_every_month() {
    let doc = notice(
        "06/11/2023",
        "1. Hằng tháng, trước ngày 25, Văn phòng Sở tổng hợp tình hình học sinh bỏ học.\n\n2. Hàng tháng, chậm nhất ngày 05, các trường gửi báo cáo nhanh về Sở.\n\n3. Phòng Giáo dục Trung học tổng hợp kết quả kiểm tra nội bộ trước ngày 25.",
    );
    assert_eq!(due(directive(&doc, "học sinh bỏ học")), None);
    assert_eq!(due(directive(&doc, "báo cáo nhanh")), None);
    assert_eq!(
        due(directive(&doc, "kiểm tra nội bộ")),
        Some("2023-11-25"),
        "a day of the month with no recurrence is the next such day"
    );
}

#[test]
fn h6_a_weekday_between_the_part_of_the_day_and_the_date_still_dates_the_meeting() {
    for opening in [
        "Chiều thứ Hai (04/11)",
        "Chiều thứ Hai 04/11",
        "Sáng thứ 7 (02/11)",
        "Chiều Chủ nhật, 03/11",
    ] {
        let doc = ketluan::read(&format!(
            "Họp Hội đồng sư phạm tháng 11\nNgày đăng: 06/11/2024\n\n{opening}, Trường THCS Nguyễn Trãi tổ chức họp Hội đồng sư phạm dưới sự chủ trì của thầy Vũ Văn Hải, Hiệu trưởng.\n\nThầy Hiệu trưởng yêu cầu các tổ chuyên môn hoàn thành đề cương ôn tập trước ngày 30/11.\n"
        ));
        let day = opening
            .split(['(', ' ', ','])
            .find(|w| w.contains('/'))
            .unwrap_or("");
        let (d, m) = day
            .trim_end_matches(')')
            .split_once('/')
            .unwrap_or(("", ""));
        assert_eq!(
            doc.fields.meeting_date.as_deref(),
            Some(format!("2024-{m}-{d}").as_str()),
            "{opening}"
        );
        no_directive(&doc, "tổ chức họp Hội đồng sư phạm");
        assert_eq!(due(directive(&doc, "đề cương ôn tập")), Some("2024-11-30"));
    }
}

#[test]
fn o2_work_named_first_then_the_speaker_asks_the_request_opens_the_sentence() {
    let doc = school_notice(
        "Triển khai nhiệm vụ tháng 11, thầy Hiệu trưởng yêu cầu các tổ chuyên môn đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học.\n\nChỉ đạo công tác thi đua, Hiệu trưởng đề nghị Công đoàn trường phát động phong trào thi đua chào mừng ngày 20/11.",
    );
    assert_eq!(
        owners(directive(&doc, "nghiên cứu bài học")),
        vec![("các tổ chuyên môn", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "phong trào thi đua")),
        vec![("Công đoàn trường", LEAD, false)]
    );
}

#[test]
fn n8_a_quoted_testimony_of_a_teacher_or_a_pupil_is_no_order() {
    let doc = news_page(
        "Ngày 19/8/2024, Sở GD&ĐT làm việc với UBND huyện Đồng Xuân về công tác chuẩn bị năm học mới.\n“Mùa đông năm nay rét sớm, nhiều em ở bản xa phải đi bộ hơn 5 km đến trường”, cô Lường Thị Thơm, giáo viên Trường Tiểu học Xuân Lãnh chia sẻ.\n\"Chúng em phải học nhờ ở nhà văn hóa thôn\", em Hoa, học sinh lớp 5 kể.\n\"Các trường phải bảo đảm đủ chăn, màn cho học sinh bán trú\", ông Trần Văn Hào nói.",
    );
    no_directive(&doc, "đi bộ hơn 5 km");
    no_directive(&doc, "học nhờ ở nhà văn hóa");
    assert_eq!(
        owners(directive(&doc, "chăn, màn")),
        vec![("Các trường", LEAD, false)],
        "a quoted order, said by whoever, is still one"
    );
}

#[test]
fn n7_d8_a_purpose_put_first_names_what_the_work_is_for_not_when_it_is_due() {
    let doc = notice(
        "12/03/2025",
        "1. Để hoàn thành nhiệm vụ năm học, Giám đốc Sở yêu cầu các phòng GD&ĐT rà soát đội ngũ giáo viên.\n\n2. Để hoàn thành nhiệm vụ năm học, các trường báo cáo số liệu đội ngũ trước ngày 20/3/2025.\n\n3. Các trường tổ chức dạy bù, bảo đảm hoàn thành chương trình học kỳ II.",
    );
    assert_eq!(due(directive(&doc, "đội ngũ giáo viên")), None);
    assert_eq!(due(directive(&doc, "số liệu đội ngũ")), Some("2025-03-20"));
    assert_eq!(due(directive(&doc, "dạy bù")), Some("2025-05-31"));
}

#[test]
fn d16_han_in_a_word_for_a_term_is_no_cue_of_a_deadline() {
    let doc = notice(
        "12/03/2025",
        "1. Phòng Kế hoạch - Tài chính rà soát kế hoạch đầu tư công trung hạn năm 2025.\n\n2. Các trường xây dựng kế hoạch đào tạo dài hạn năm 2025 cho giáo viên.\n\n3. Các trường nộp hồ sơ thi đua, hạn chót ngày 20/3/2025.",
    );
    assert_eq!(due(directive(&doc, "trung hạn")), None);
    assert_eq!(due(directive(&doc, "dài hạn")), None);
    assert_eq!(due(directive(&doc, "hồ sơ thi đua")), Some("2025-03-20"));
}

#[test]
fn d5_the_years_end_said_without_the_year_is_the_notices() {
    let doc = notice(
        "18/12/2025",
        "1. Các trường mầm non hoàn thành mua sắm thiết bị dạy học tối thiểu đến hết năm.\n\n2. Các trường THPT hoàn thành lắp đặt camera giám sát trước cuối năm.\n\n3. Các đơn vị hoàn thành giải ngân vốn đầu tư từ nay đến hết năm.\n\n4. Các trường hoàn thành kiểm định chất lượng trong năm.\n\n5. Các chi bộ hoàn thành xếp loại đảng viên cuối năm.",
    );
    for quote in [
        "thiết bị dạy học",
        "camera giám sát",
        "giải ngân",
        "kiểm định chất lượng",
    ] {
        assert_eq!(due(directive(&doc, quote)), Some("2025-12-31"), "{quote}");
    }
    assert_eq!(
        due(directive(&doc, "xếp loại đảng viên")),
        None,
        "a rating named for the year's end (D16)"
    );
}

#[test]
fn d9_a_deadlines_label_put_first_then_the_task_it_dates() {
    let doc = notice(
        "12/03/2025",
        "1. Hạn chót ngày 25/3/2025, các trường phải hoàn thành việc nhập dữ liệu lên hệ thống.\n\n2. Phòng Khảo thí tổ chức chấm thi. Hạn chót hoàn thành là ngày 30/3/2025.",
    );
    let d = directive(&doc, "nhập dữ liệu");
    assert_eq!(owners(d), vec![("các trường", LEAD, false)]);
    assert_eq!(due(d), Some("2025-03-25"));
    assert_eq!(due(directive(&doc, "chấm thi")), Some("2025-03-30"));
}

#[test]
fn d18_how_often_between_the_unit_and_its_verb_ends_the_unit() {
    let doc = notice(
        "12/03/2025",
        "1. Phòng Giáo dục thường xuyên định kỳ 6 tháng báo cáo kết quả công tác xóa mù chữ.\n\n2. Các phòng GD&ĐT hằng quý báo cáo kết quả kiểm định về Sở.",
    );
    let d = directive(&doc, "xóa mù chữ");
    assert_eq!(
        owners(d),
        vec![("Phòng Giáo dục thường xuyên", LEAD, false)]
    );
    assert_eq!(due(d), None);
    assert_eq!(
        owners(directive(&doc, "kết quả kiểm định")),
        vec![("Các phòng GD&ĐT", LEAD, false)]
    );
}

#[test]
fn d15_a_range_of_the_figures_opened_by_tu_after_their_word_is_no_deadline() {
    let doc = notice(
        "12/03/2025",
        "1. Các trường thống kê số học sinh chuyển trường (thống kê từ 01/01 đến 30/6/2025), gửi về Sở.\n\n2. Các phòng GD&ĐT báo cáo số liệu từ ngày 01/01 đến ngày 30/6/2025, gửi về Sở trước ngày 10/7/2025.\n\n3. Thanh tra Sở tổ chức kiểm tra chéo từ ngày 10/3 đến ngày 20/3/2025.",
    );
    assert_eq!(due(directive(&doc, "chuyển trường")), None);
    assert_eq!(due(directive(&doc, "báo cáo số liệu")), Some("2025-07-10"));
    assert_eq!(due(directive(&doc, "kiểm tra chéo")), Some("2025-03-20"));
}

#[test]
fn n8_a_head_of_another_post_asking_the_issuer_proposes() {
    let doc = notice(
        "12/03/2025",
        "1. Trưởng phòng GD&ĐT huyện Ba Tơ đề nghị Sở bổ sung giáo viên Tiếng Anh cho các trường tiểu học.\n\n2. Phó Giám đốc Sở đề nghị các phòng GD&ĐT rà soát đội ngũ giáo viên.\n\n3. Trưởng phòng Giáo dục Trung học đề nghị các trường THPT hoàn thành kế hoạch ôn thi.",
    );
    no_directive(&doc, "giáo viên Tiếng Anh");
    assert_eq!(
        owners(directive(&doc, "rà soát đội ngũ")),
        vec![("các phòng GD&ĐT", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "kế hoạch ôn thi")),
        vec![("các trường THPT", LEAD, false)],
        "a head asking units, not the issuer, gives them work"
    );
}

#[test]
fn o2_o17_the_one_authorised_to_act_owns_the_work() {
    let doc = ketluan::read(
        "ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHƯỚC\nSố: 96/TB-UBND\nTân Phước, ngày 12 tháng 8 năm 2021\nTHÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại cuộc họp về công tác chuẩn bị năm học 2021 - 2022\nChủ tịch UBND huyện kết luận như sau:\n\n1. Ủy quyền đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện chủ trì làm việc với các nhà thầu về tiến độ xây dựng Trường THCS Tân Hòa.\n\n2. Ủy quyền Trưởng phòng Giáo dục và Đào tạo ký các văn bản hướng dẫn tuyển sinh đầu cấp năm học 2021 - 2022.\n",
    );
    assert_eq!(
        owners(directive(&doc, "các nhà thầu")),
        vec![("đồng chí Nguyễn Văn Hùng", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "tuyển sinh đầu cấp")),
        vec![("Trưởng phòng Giáo dục và Đào tạo", LEAD, false)]
    );
}

#[test]
fn n3_what_a_unit_did_well_and_the_praise_it_received_is_no_task() {
    let doc = notice(
        "12/03/2025",
        "1. Trường THPT Trần Quốc Tuấn thực hiện tốt công tác chuyển đổi số, được Bộ GD&ĐT đánh giá cao.\n\n2. Các lớp 6A, 7B thực hiện tốt nề nếp, được Ban thi đua nhà trường tuyên dương.\n\n3. Các trường phải tổ chức tốt Hội khỏe Phù Đổng, được Sở khen thưởng.",
    );
    no_directive(&doc, "chuyển đổi số");
    no_directive(&doc, "nề nếp");
    assert_eq!(
        owners(directive(&doc, "Hội khỏe Phù Đổng")),
        vec![("Các trường", LEAD, false)],
        "asked first, it stays a task"
    );
}

#[test]
fn d16_a_target_handed_out_is_named_by_its_year() {
    let doc = notice(
        "12/03/2025",
        "1. Phòng Tổ chức cán bộ tham mưu giao chỉ tiêu biên chế năm 2025 cho các đơn vị.\n\n2. Phòng Kế hoạch - Tài chính rà soát chỉ tiêu tuyển sinh năm 2025.\n\n3. Các trường phấn đấu hoàn thành chỉ tiêu phổ cập năm 2025.",
    );
    assert_eq!(due(directive(&doc, "chỉ tiêu biên chế")), None);
    assert_eq!(due(directive(&doc, "chỉ tiêu tuyển sinh")), None);
    assert_eq!(due(directive(&doc, "chỉ tiêu phổ cập")), Some("2025-12-31"));
}

#[test]
fn h10_l3_the_partys_t_l_is_an_authority_and_the_position_follows_it() {
    let doc = ketluan::read(
        "HUYỆN ỦY ĐĂK MIL\n*\nSố 125-TB/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐăk Mil, ngày 15 tháng 8 năm 2016\nTHÔNG BÁO\nKết luận của Thường trực Huyện ủy về công tác giáo dục\n\n1. Đảng ủy các xã, thị trấn lãnh đạo công tác vận động học sinh ra lớp.\n\nNơi nhận:\n- Như trên,\n- Lưu Văn phòng Huyện ủy.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nY Bhin Mlô\n",
    );
    assert_eq!(
        doc.fields.signer_authority.as_deref(),
        Some("T/L BAN THƯỜNG VỤ")
    );
    assert_eq!(
        doc.fields.signer_position.as_deref(),
        Some("CHÁNH VĂN PHÒNG")
    );
    assert_eq!(doc.fields.signer_name.as_deref(), Some("Y Bhin Mlô"));
}

#[test]
fn o19_the_work_said_to_be_a_units_responsibility_is_the_units() {
    let doc = notice(
        "12/03/2025",
        "1. Việc bảo đảm an ninh, an toàn tại các điểm thi là trách nhiệm của Công an tỉnh.\n\n2. Công tác tuyển sinh đầu cấp thuộc trách nhiệm của Phòng GD&ĐT và Hiệu trưởng các trường.\n\n3. Việc để xảy ra sai phạm trong thu, chi là trách nhiệm của kế toán nhà trường.",
    );
    assert_eq!(
        owners(directive(&doc, "an ninh, an toàn")),
        vec![("Công an tỉnh", LEAD, false)]
    );
    assert_eq!(
        owners(directive(&doc, "tuyển sinh đầu cấp")),
        vec![
            ("Phòng GD&ĐT", LEAD, false),
            ("Hiệu trưởng các trường", LEAD, false)
        ]
    );
    no_directive(&doc, "sai phạm trong thu, chi");
}
