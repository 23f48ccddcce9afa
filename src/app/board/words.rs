//! The words of the task board, the report and the alert banner, Vietnamese first, English
//! second (kept beside the board, in its lazy module, not in the first visit's `i18n.rs`).

use crate::app::i18n::Lang;
use crate::board::{Standing, Window};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum W {
    BoardTitle,
    ReportTitle,
    Search,
    SearchHint,
    AllUnits,
    AllNotices,
    AllStandings,
    AllMonths,
    Unit,
    Notice,
    Standing,
    Month,
    GroupBy,
    NoGrouping,
    Lead,
    Support,
    Due,
    NoDue,
    MarkDone,
    Reopen,
    DoneOn,
    Result,
    Save,
    Cancel,
    OpenInNotice,
    Csv,
    Print,
    Loading,
    Failed,
    Empty,
    NoMatch,
    ShowMore,
    Clear,
    Shown,
    Assigned,
    CameDue,
    DoneOnTime,
    DoneLate,
    Overdue,
    Rate,
    Total,
    AlertsTitle,
    Dismiss,
    SavedDone,
    SavedExtension,
    DirectoryTitle,
    DirectoryHint,
    UnitName,
    JoinInto,
    SplitUnit,
    TasksCount,
    Extend,
    ExtendTo,
    ExtendWhy,
    Extended,
    Unextend,
    SaveFailed,
    OldSummary,
}

pub fn w(lang: Lang, k: W) -> &'static str {
    use W::*;
    let (vi, en) = match k {
        BoardTitle => ("Theo dõi nhiệm vụ", "Task board"),
        ReportTitle => ("Báo cáo theo đơn vị", "Report by unit"),
        Search => ("Tìm nhiệm vụ", "Search tasks"),
        SearchHint => ("gõ không dấu cũng được", "marks optional"),
        AllUnits => ("Mọi đơn vị", "All units"),
        AllNotices => ("Mọi văn bản", "All notices"),
        AllStandings => ("Mọi tình trạng", "Any status"),
        AllMonths => ("Mọi tháng", "Any month"),
        Unit => ("Đơn vị chủ trì", "Lead unit"),
        Notice => ("Văn bản", "Notice"),
        Standing => ("Tình trạng", "Status"),
        Month => ("Tháng đến hạn", "Month due"),
        GroupBy => ("Nhóm theo", "Group by"),
        NoGrouping => ("Không nhóm", "No grouping"),
        Lead => ("Chủ trì", "Lead"),
        Support => ("Phối hợp", "Support"),
        Due => ("Hạn", "Due"),
        NoDue => ("không có hạn", "no due date"),
        MarkDone => ("Đã hoàn thành", "Mark done"),
        Reopen => ("Mở lại", "Reopen"),
        DoneOn => ("Ngày hoàn thành", "Done on"),
        Result => ("Kết quả", "Result"),
        Save => ("Lưu", "Save"),
        Cancel => ("Hủy", "Cancel"),
        OpenInNotice => ("Xem trong văn bản", "Show in the notice"),
        Csv => ("Tải CSV (Excel)", "Download CSV (Excel)"),
        Print => ("In", "Print"),
        Loading => ("Đang đọc thư viện…", "Reading the library…"),
        Failed => (
            "Không đọc được thư viện của trình duyệt này.",
            "This browser's library could not be read.",
        ),
        Empty => (
            "Chưa có nhiệm vụ nào. Dán một thông báo kết luận để bắt đầu.",
            "No tasks yet. Paste a conclusion notice to begin.",
        ),
        NoMatch => (
            "Không có nhiệm vụ nào khớp bộ lọc.",
            "No task matches the filters.",
        ),
        ShowMore => ("Xem thêm", "Show more"),
        Clear => ("Bỏ lọc", "Clear filters"),
        Shown => ("nhiệm vụ", "tasks"),
        Assigned => ("Được giao", "Assigned"),
        CameDue => ("Đến hạn", "Came due"),
        DoneOnTime => ("Đúng hạn", "On time"),
        DoneLate => ("Quá hạn mới xong", "Done late"),
        Overdue => ("Đang quá hạn", "Overdue"),
        Rate => ("Tỷ lệ đúng hạn", "On-time rate"),
        Total => ("Tổng cộng", "Total"),
        AlertsTitle => ("Nhắc việc:", "Reminders:"),
        Dismiss => ("Ẩn nhắc việc", "Hide reminders"),
        SavedDone => ("Đã lưu.", "Saved."),
        SavedExtension => ("Đã lưu gia hạn.", "Extension saved."),
        DirectoryTitle => ("Danh bạ đơn vị", "Unit directory"),
        DirectoryHint => (
            "Đổi tên đơn vị như cơ quan bạn vẫn gọi, hoặc gộp hai tên của cùng một đơn vị (ví dụ “Tổ Tài vụ” và “Bộ phận Kế toán”): bảng theo dõi, bộ lọc và báo cáo sẽ tính là một.",
            "Rename a unit as your office calls it, or join two names of the same unit: the board, its filter and the report then count them as one.",
        ),
        UnitName => ("Tên đơn vị", "Unit name"),
        JoinInto => ("Gộp vào đơn vị…", "Join into…"),
        SplitUnit => ("Tách ra", "Split off"),
        TasksCount => ("nhiệm vụ", "tasks"),
        Extend => ("Gia hạn", "Extend"),
        ExtendTo => ("Gia hạn đến ngày", "Extended to"),
        ExtendWhy => (
            "Lý do, văn bản cho gia hạn",
            "Why, or the letter granting it",
        ),
        Extended => ("gia hạn, hạn cũ", "extended, was"),
        Unextend => ("Bỏ gia hạn", "Undo extension"),
        SaveFailed => (
            "Không lưu được vào thư viện. Dữ liệu cũ vẫn còn nguyên.",
            "Could not save to the library. The data is unchanged.",
        ),
        OldSummary => (
            "Văn bản này được lưu bằng phiên bản cũ: mở nó một lần để thấy đủ nhiệm vụ ở đây.",
            "This notice was kept by an older version: open it once to see its tasks here.",
        ),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// A standing in the words of the rules.
pub fn standing(lang: Lang, s: Standing) -> &'static str {
    match lang {
        Lang::Vi => s.label_vi(),
        Lang::En => match s {
            Standing::NotDue => "Not yet due",
            Standing::DueSoon => "Due soon",
            Standing::Overdue => "Overdue",
            Standing::DoneOnTime => "Done on time",
            Standing::DoneLate => "Done late",
        },
    }
}

/// A banner's count: "3 quá hạn", "1 đến hạn hôm nay", "2 đến hạn trong 3 ngày".
pub fn window_count(lang: Lang, window: Window, n: usize) -> String {
    match (lang, window) {
        (Lang::Vi, Window::Overdue) => format!("{n} quá hạn"),
        (Lang::Vi, Window::Today) => format!("{n} đến hạn hôm nay"),
        (Lang::Vi, Window::Within(d)) => format!("{n} đến hạn trong {d} ngày tới"),
        (Lang::En, Window::Overdue) => format!("{n} overdue"),
        (Lang::En, Window::Today) => format!("{n} due today"),
        (Lang::En, Window::Within(1)) => format!("{n} due tomorrow"),
        (Lang::En, Window::Within(d)) => format!("{n} due within {d} days"),
    }
}

/// How far a due date is: "còn 3 ngày", "quá 5 ngày", "hôm nay".
pub fn days_left(lang: Lang, days: i64) -> String {
    match (lang, days) {
        (Lang::Vi, 0) => "hôm nay".into(),
        (Lang::Vi, d) if d > 0 => format!("còn {d} ngày"),
        (Lang::Vi, d) => format!("quá {} ngày", -d),
        (Lang::En, 0) => "today".into(),
        (Lang::En, d) if d > 0 => format!("in {d} day{}", if d == 1 { "" } else { "s" }),
        (Lang::En, d) => format!("{} day{} late", -d, if d == -1 { "" } else { "s" }),
    }
}
