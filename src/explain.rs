//! Why the reader made a suggestion, in words a clerk reads: "chủ trì — sau «Giao»", "hạn —
//! «trước», ngày; năm theo ngày ban hành". The app shows it on a chip (hover and keyboard focus),
//! in Vietnamese or English; the rules themselves are `document::Rule`.

use crate::document::{DatedFrom, Deadline, Directive, Owner, Role, Rule, Why};

/// What a rule says, in Vietnamese and in English.
fn rule_words(rule: Rule) -> (&'static str, &'static str) {
    match rule {
        Rule::AfterRequest => ("sau", "after"),
        Rule::Chain => ("được chỉ đạo tiếp — sau", "passed on — after"),
        Rule::Subject => ("chủ ngữ của", "subject of"),
        Rule::Topic => ("nêu trước với", "named first with"),
        Rule::Possessor => ("người chịu trách nhiệm —", "whose work —"),
        Rule::Alias => ("tên gọi chung", "the name given to the list"),
        Rule::Heading => ("theo tiêu đề mục", "from the heading"),
        Rule::OpeningSentence => (
            "theo câu mở đầu danh sách",
            "from the sentence opening the list",
        ),
        Rule::InlineList => ("nêu một lần trước danh sách", "named once before the list"),
        Rule::AfterPhoiHop => ("sau", "after"),
        Rule::TableColumn => (
            "theo cột hoặc mục «đơn vị chủ trì/phối hợp»",
            "from a lead or support column or label",
        ),
        Rule::Day => ("ngày", "a day"),
        Rule::Month => ("tháng", "a month"),
        Rule::Quarter => ("quý", "a quarter"),
        Rule::Year => ("năm", "a year"),
        Rule::SchoolCalendar => ("theo lịch năm học", "from the school calendar"),
        Rule::Tet => ("theo ngày Tết âm lịch", "from the lunar new year"),
        Rule::Week => ("theo tuần", "a week"),
        Rule::Relative => ("tính số ngày", "counted in days"),
        Rule::Recurring => ("định kỳ, không có ngày", "recurring, no date"),
        Rule::Urgent => ("khẩn, không có ngày", "urgent, no date"),
        Rule::SectionPeriod => ("thời hạn chung của mục", "the section's period"),
        Rule::StatedAfter => (
            "câu nêu thời hạn ngay sau",
            "the deadline sentence after it",
        ),
        Rule::TableTime => (
            "theo cột thời gian của bảng",
            "from the table's time column",
        ),
        Rule::NamesOwner => ("câu nêu đơn vị thực hiện —", "names who acts —"),
        Rule::Imperative => ("câu mệnh lệnh", "an instruction"),
        Rule::Modal => ("có", "has"),
        Rule::TaskItem => ("mục trong phần nhiệm vụ", "an item of the task part"),
        Rule::TableRow => ("dòng của bảng", "a row of a table"),
        Rule::Target => ("chỉ tiêu có thời hạn", "a target with its time"),
        Rule::Continuation => (
            "theo câu liền trước cùng đoạn",
            "from the sentence just before",
        ),
    }
}

/// "«Giao»" after the rule's words, when the rule names words of the notice.
fn with_words(why: &Why, english: bool) -> String {
    let (vi, en) = match (why.rule, &why.words) {
        // The label is quoted from the notice: "chủ trì — theo mục «Đơn vị chủ trì»".
        (Rule::TableColumn, Some(_)) => ("theo mục", "from the label"),
        (rule, _) => rule_words(rule),
    };
    let mut out = String::from(if english { en } else { vi });
    if let Some(w) = &why.words {
        out.push_str(" «");
        out.push_str(w);
        out.push('»');
    }
    out
}

/// Why an owner: "chủ trì — sau «Giao»", "phối hợp — sau «phối hợp với»". Empty when the user set it.
pub fn owner(o: &Owner, english: bool) -> String {
    let Some(why) = &o.why else {
        return String::new();
    };
    let role = match (o.role, english) {
        (Role::Lead, false) => "chủ trì",
        (Role::Support, false) => "phối hợp",
        (Role::Lead, true) => "lead",
        (Role::Support, true) => "support",
    };
    format!("{role} — {}", with_words(why, english))
}

/// Why a deadline: "hạn — ngày «trước»; năm theo ngày ban hành".
pub fn deadline(d: &Deadline, english: bool) -> String {
    let Some(why) = &d.why else {
        return String::new();
    };
    let mut out = format!(
        "{} — {}",
        if english { "deadline" } else { "hạn" },
        with_words(why, english)
    );
    if let Some(from) = why.dated_from {
        // (A relative deadline counts its days from that date; another takes its year from it.)
        let counted = why.rule == Rule::Relative;
        out.push_str(match (from, english, counted) {
            (DatedFrom::Issued, false, false) => "; năm theo ngày ban hành",
            (DatedFrom::Meeting, false, false) => "; năm theo ngày họp",
            (DatedFrom::Issued, true, false) => "; year from the notice's date",
            (DatedFrom::Meeting, true, false) => "; year from the meeting's date",
            (DatedFrom::Issued, false, true) => "; tính từ ngày ban hành",
            (DatedFrom::Meeting, false, true) => "; tính từ ngày họp",
            (DatedFrom::Issued, true, true) => "; counted from the notice's date",
            (DatedFrom::Meeting, true, true) => "; counted from the meeting's date",
        });
    }
    out
}

/// Why a directive: "nhiệm vụ — câu mệnh lệnh «Tổ chức»".
pub fn directive(d: &Directive, english: bool) -> String {
    let Some(why) = &d.why else {
        return String::new();
    };
    format!(
        "{} — {}",
        if english { "task" } else { "nhiệm vụ" },
        with_words(why, english)
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_clerk_reads_why() {
        let doc = crate::read(
            "Hà Giang, ngày 02 tháng 3 năm 2024\n\nGiám đốc Sở kết luận như sau:\n\n1. Giao Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Văn phòng Sở lập dự toán trước ngày 20/3.",
        );
        let d = &doc.directives[0];
        assert_eq!(super::owner(&d.owners[0], false), "chủ trì — sau «Giao»");
        assert_eq!(
            super::owner(&d.owners[1], false),
            "phối hợp — sau «phối hợp với»"
        );
        let dl = d.deadline.as_ref().expect("deadline");
        assert_eq!(
            super::deadline(dl, false),
            "hạn — ngày «trước»; năm theo ngày ban hành"
        );
        assert_eq!(
            super::deadline(dl, true),
            "deadline — a day «trước»; year from the notice's date"
        );
        // A labelled lead is explained by its label, quoted once.
        let doc = crate::read(
            "Hà Giang, ngày 02 tháng 3 năm 2024\n\nGiám đốc Sở kết luận như sau:\n\n1. Tổ chức hội thi giáo viên dạy giỏi. Đơn vị chủ trì: Phòng Giáo dục Tiểu học.",
        );
        let lead = &doc.directives[0].owners[0];
        assert_eq!(lead.name, "Phòng Giáo dục Tiểu học");
        assert_eq!(
            super::owner(lead, false),
            "chủ trì — theo mục «Đơn vị chủ trì»"
        );
        assert_eq!(
            super::owner(lead, true),
            "lead — from the label «Đơn vị chủ trì»"
        );
        let mut user = d.owners[0].clone();
        user.why = None;
        assert_eq!(super::owner(&user, false), "");
        // A relative deadline counts its days from the meeting's date (D12).
        let doc = crate::read(
            "Hà Giang, ngày 12 tháng 3 năm 2024\n\nNgày 08/3/2024, Sở họp giao ban. Giám đốc Sở kết luận như sau:\n\n1. Các trường báo cáo trong thời hạn 10 ngày kể từ ngày họp.",
        );
        let dl = doc.directives[0].deadline.as_ref().expect("deadline");
        assert_eq!(dl.due.as_deref(), Some("2024-03-18"));
        assert!(
            super::deadline(dl, false).ends_with("; tính từ ngày họp"),
            "{}",
            super::deadline(dl, false)
        );
        assert!(super::deadline(dl, true).ends_with("; counted from the meeting's date"));
    }
}
