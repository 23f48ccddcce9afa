//! The words of the interface, Vietnamese first, English second.

use crate::document::{Role, Status};

/// The interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// The value stored in `ketluan.lang` and put in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(s: &str) -> Option<Lang> {
        match s.trim() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }
}

/// A fixed piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum K {
    AppTitle,
    AppSubtitle,
    PasteLabel,
    PasteHint,
    OpenFile,
    ExportJson,
    Undo,
    Redo,
    LangSwitch,
    LangSwitchTitle,
    NoticeTitle,
    NoticeEmpty,
    Legend,
    LegendHeader,
    LegendHeading,
    LegendDirective,
    LegendLead,
    LegendSupport,
    LegendImplicit,
    LegendDeadline,
    LegendReference,
    LegendRecipients,
    LegendSignature,
    LegendNoise,
    TasksTitle,
    TasksEmpty,
    ColNo,
    ColTask,
    ColOwners,
    ColDeadline,
    ColStatus,
    Lead,
    Support,
    TagLead,
    TagSupport,
    TagDeadline,
    TagDirective,
    TagHint,
    Confirm,
    Reject,
    Delete,
    EditOwner,
    RemoveOwner,
    EditDeadline,
    AddDeadline,
    ClearDeadline,
    Save,
    Cancel,
    NoDate,
    Dismiss,
    LoadTheirs,
    KeepMine,
    ApplyTo,
    Orphans,
    Implicit,
    Inherited,
    DropHere,
    CountTasks,
    ExportMenu,
    ExportCsv,
    ExportIcs,
    ExportWebAnno,
    ShareLink,
    ShareHint,
    Copy,
    Copied,
    CopyByHand,
    KeepShared,
    KeepSharedReplace,
    BackToSaved,
    PrintView,
    PrintNow,
    PrintBack,
    PrintHint,
    PrintTitle,
    FieldNumber,
    FieldIssued,
    FieldSubject,
    FieldMeeting,
    Chair,
    Online,
    ColLead,
    ColSupport,
    PrintNote,
    UndoConversion,
    UndoConversionTitle,
    Retry,
    ReaderLoading,
    DownloadUnreadable,
    DiscardUnreadable,
    CountOverdue,
    CountDueSoon,
    MarkDone,
    MarkDoneTitle,
    CountDone,
    Reopen,
}

/// The text of a key.
pub fn t(lang: Lang, k: K) -> &'static str {
    let (vi, en) = match k {
        K::AppTitle => ("Kết luận → Nhiệm vụ", "Conclusions → Tasks"),
        K::AppSubtitle => (
            "Dán thông báo kết luận để lập bảng nhiệm vụ. Mọi xử lý diễn ra ngay trên máy của bạn.",
            "Paste a conclusions notice to get its task table. Everything stays on your computer.",
        ),
        K::PasteLabel => ("Văn bản thông báo", "Notice text"),
        K::PasteHint => (
            "Dán (Ctrl+V) nội dung Thông báo kết luận vào đây, hoặc kéo thả tệp .txt / .json vào trang…",
            "Paste (Ctrl+V) the notice here, or drop a .txt / .json file onto the page…",
        ),
        K::OpenFile => ("Mở tệp", "Open file"),
        K::ExportJson => ("Tải JSON", "Download JSON"),
        K::Undo => ("Hoàn tác", "Undo"),
        K::Redo => ("Làm lại", "Redo"),
        K::LangSwitch => ("English", "Tiếng Việt"),
        K::LangSwitchTitle => ("Chuyển sang tiếng Anh", "Switch to Vietnamese"),
        K::NoticeTitle => ("Thông báo", "Notice"),
        K::NoticeEmpty => (
            "Chưa có văn bản. Dán thông báo vào ô bên trái.",
            "No text yet. Paste a notice into the box.",
        ),
        K::Legend => ("Chú giải", "Legend"),
        K::LegendHeader => ("Phần đầu văn bản", "Header"),
        K::LegendHeading => ("Đề mục", "Heading"),
        K::LegendDirective => ("Nhiệm vụ", "Task"),
        K::LegendLead => ("Đơn vị chủ trì", "Lead unit"),
        K::LegendSupport => ("Đơn vị phối hợp", "Supporting unit"),
        K::LegendImplicit => ("Đơn vị suy ra", "Inferred unit"),
        K::LegendDeadline => ("Thời hạn", "Deadline"),
        K::LegendReference => ("Văn bản dẫn chiếu", "Cited document"),
        K::LegendRecipients => ("Nơi nhận", "Recipients"),
        K::LegendSignature => ("Chữ ký", "Signature"),
        K::LegendNoise => ("Nội dung thừa (trang web)", "Web junk"),
        K::TasksTitle => ("Bảng nhiệm vụ", "Task table"),
        K::TasksEmpty => (
            "Chưa có nhiệm vụ nào. Chọn một đoạn trong thông báo rồi bấm “Nhiệm vụ” để thêm.",
            "No tasks yet. Select a passage in the notice and press “Task” to add one.",
        ),
        K::ColNo => ("TT", "#"),
        K::ColTask => ("Nhiệm vụ", "Task"),
        K::ColOwners => ("Đơn vị thực hiện", "Units"),
        K::ColDeadline => ("Thời hạn", "Deadline"),
        K::ColStatus => ("Trạng thái", "Status"),
        K::Lead => ("chủ trì", "lead"),
        K::Support => ("phối hợp", "support"),
        K::TagLead => ("Đơn vị chủ trì", "Lead unit"),
        K::TagSupport => ("Đơn vị phối hợp", "Supporting unit"),
        K::TagDeadline => ("Thời hạn", "Deadline"),
        K::TagDirective => ("Nhiệm vụ", "Task"),
        K::TagHint => ("Gắn nhãn đoạn đã chọn:", "Tag the selection:"),
        K::Confirm => ("Xác nhận", "Confirm"),
        K::Reject => ("Loại", "Reject"),
        K::Delete => ("Xóa", "Delete"),
        K::EditOwner => ("Sửa tên đơn vị", "Edit unit name"),
        K::RemoveOwner => ("Bỏ đơn vị này", "Remove this unit"),
        K::EditDeadline => ("Sửa ngày hết hạn", "Edit due date"),
        K::AddDeadline => ("Thêm thời hạn", "Add deadline"),
        K::ClearDeadline => ("Bỏ thời hạn", "Remove deadline"),
        K::Save => ("Lưu", "Save"),
        K::Cancel => ("Hủy", "Cancel"),
        K::NoDate => ("chưa có ngày", "no date"),
        K::Dismiss => ("Đóng", "Close"),
        K::LoadTheirs => ("Mở bản của thẻ kia", "Load the other tab's version"),
        K::KeepMine => ("Giữ bản của tôi", "Keep mine"),
        K::ApplyTo => ("Áp dụng", "Apply"),
        K::Orphans => ("Không còn tìm thấy trong văn bản:", "No longer found in the text:"),
        K::Implicit => ("suy ra từ đề mục", "inferred from a heading"),
        K::Inherited => ("theo thời hạn chung của mục", "the section's deadline"),
        K::DropHere => ("Thả tệp vào đây để mở", "Drop the file to open it"),
        K::CountTasks => ("nhiệm vụ", "tasks"),
        K::ExportMenu => ("Tải dạng khác…", "Other formats…"),
        K::ExportCsv => ("Bảng tính Excel (.csv)", "Excel sheet (.csv)"),
        K::ExportIcs => ("Lịch – hạn nhiệm vụ (.ics)", "Calendar – due dates (.ics)"),
        K::ExportWebAnno => ("Chú thích W3C (.jsonld)", "W3C Web Annotation (.jsonld)"),
        K::ShareLink => ("Chia sẻ liên kết", "Share link"),
        K::ShareHint => (
            "Liên kết chứa toàn bộ thông báo cùng các chỉnh sửa của bạn. Phần dữ liệu nằm sau dấu # nên không được gửi lên máy chủ nào; người nhận mở liên kết sẽ thấy đúng bảng nhiệm vụ này.",
            "The link carries the whole notice with your corrections. The data sits after the # sign, so it is never sent to any server; whoever opens the link sees this same task table.",
        ),
        K::Copy => ("Sao chép", "Copy"),
        K::Copied => ("Đã sao chép liên kết.", "Link copied."),
        K::CopyByHand => (
            "Trình duyệt không cho sao chép tự động: liên kết đã được chọn, hãy nhấn Ctrl+C.",
            "The browser does not allow copying here: the link is selected, press Ctrl+C.",
        ),
        K::KeepShared => ("Lưu vào máy này", "Keep on this computer"),
        K::KeepSharedReplace => ("Lưu vào máy này (thay bản đang lưu)", "Keep on this computer (replace the saved work)"),
        K::BackToSaved => ("Mở lại bản đang lưu", "Back to the saved work"),
        K::PrintView => ("In bảng nhiệm vụ", "Print task table"),
        K::PrintNow => ("In", "Print"),
        K::PrintBack => ("Quay lại", "Back"),
        K::PrintHint => ("Bản xem trước khi in (khổ A4).", "Print preview (A4)."),
        K::PrintTitle => ("BẢNG NHIỆM VỤ", "TASK TABLE"),
        K::FieldNumber => ("Văn bản", "Notice"),
        K::FieldIssued => ("Nơi, ngày ban hành", "Issued"),
        K::FieldSubject => ("Trích yếu", "Subject"),
        K::FieldMeeting => ("Cuộc họp", "Meeting"),
        K::Chair => ("chủ trì", "chaired by"),
        K::Online => ("trực tuyến", "online"),
        K::ColLead => ("Đơn vị chủ trì", "Lead unit"),
        K::ColSupport => ("Đơn vị phối hợp", "Supporting units"),
        K::PrintNote => (
            "Lập bằng ketluan từ thông báo; các nhiệm vụ đã loại không được in.",
            "Made with ketluan from the notice; rejected tasks are not printed.",
        ),
        K::UndoConversion => ("Hoàn tác", "Undo"),
        K::Retry => ("Thử lại", "Try again"),
        K::DownloadUnreadable => ("Tải bản lưu xuống", "Download the saved copy"),
        K::CountOverdue => ("quá hạn", "overdue"),
        K::MarkDone => ("✓ Hoàn thành", "✓ Done"),
        K::MarkDoneTitle => (
            "Ghi nhận nhiệm vụ đã hoàn thành hôm nay",
            "Record the task as done today",
        ),
        K::Reopen => ("Mở lại", "Reopen"),
        K::CountDone => ("đã hoàn thành", "done"),
        K::CountDueSoon => ("sắp đến hạn", "due within 7 days"),
        K::DiscardUnreadable => ("Bỏ bản lưu này", "Discard it"),
        K::ReaderLoading => (
            "Đang tải bộ đọc văn bản (chỉ lần đầu)…",
            "Loading the text reader (first use only)…",
        ),
        K::UndoConversionTitle => (
            "Đặt lại văn bản đúng như khi dán, không chuyển bảng mã",
            "Put the text back exactly as pasted, not converted",
        ),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// "gợi ý" / "đã xác nhận" / "đã loại".
pub fn status(lang: Lang, s: Status) -> &'static str {
    match (lang, s) {
        (Lang::Vi, Status::Suggested) => "gợi ý",
        (Lang::Vi, Status::Confirmed) => "đã xác nhận",
        (Lang::Vi, Status::Rejected) => "đã loại",
        (Lang::En, Status::Suggested) => "suggested",
        (Lang::En, Status::Confirmed) => "confirmed",
        (Lang::En, Status::Rejected) => "rejected",
    }
}

/// "chủ trì" / "phối hợp".
pub fn role(lang: Lang, r: Role) -> &'static str {
    match r {
        Role::Lead => t(lang, K::Lead),
        Role::Support => t(lang, K::Support),
    }
}
