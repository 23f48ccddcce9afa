//! What the app tells the user (errors and notices), in both languages. Never a stack trace.

use super::i18n::Lang;
use super::reader::Failure;
use crate::edit::{EditError, ImportError, OrphanWhat};
use crate::encoding::Legacy;
use crate::export::share::ShareError;
use crate::opening::Refusal;

/// Why storing in the browser failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageFailure {
    /// The browser's storage is full (QuotaExceededError).
    Full,
    /// No storage (private mode, disabled by policy).
    Unavailable,
    /// Anything else (the browser's error name).
    Other(String),
}

/// How serious a message is (shapes its look).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warn,
    Error,
}

/// A message shown in the `message` alert.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// A file that was not opened (`ketluan::opening`: the command line gives the same reason).
    Refused {
        name: String,
        why: Refusal,
    },
    /// A file that was not opened, with the reason as the reader's worker said it (a Word file:
    /// `ketluan::word`), in each language.
    RefusedSaid {
        name: String,
        vi: String,
        en: String,
    },
    FileUnreadable,
    /// A file opened, with what the reader's worker says of its text (recognised by OCR: check
    /// it; fonts converted), in each language.
    OpenedSaid {
        name: String,
        vi: String,
        en: String,
    },
    Opened {
        name: String,
        orphans: usize,
    },
    SaveFailed(StorageFailure),
    UnitsSaveFailed(StorageFailure),
    /// The work saved in this browser could not be read (`why`). `kept`: it is set aside, never
    /// overwritten (the aside bar offers it); else nothing is saved over it.
    SaveUnreadable {
        why: ImportError,
        kept: bool,
    },
    OtherTab,
    UpdatedFromOtherTab,
    Edit(EditError),
    NoDirectiveThere,
    AttachedToPreceding,
    SelectFirst,
    Orphaned(usize),
    Applied(usize),
    Exported(String),
    ExportFailed,
    /// A share link could not be made (too long) or opened (damaged, another format).
    Link(ShareError),
    /// The browser has no raw-deflate streams (too old) for share links.
    LinkUnsupported,
    /// A document opened from a share link was kept in this browser.
    KeptShared,
    /// A paste (or the .txt file `file`) was in a legacy encoding and was converted to Unicode
    /// (`lines` lines); the message bar offers "Hoàn tác".
    Converted {
        encoding: Legacy,
        lines: usize,
        file: Option<String>,
    },
    /// "Hoàn tác" put the text back as it came, unconverted.
    ConversionUndone,
    /// The reader could not be loaded, or failed on the text; the message bar offers "Thử lại".
    ReaderFailed(Failure),
    /// Another text came in: it became a notice of its own, the previous one is in the library.
    NewNoticeStarted,
    /// The library (the browser's database) could not be read or written.
    LibraryFailed(StorageFailure),
    /// A notice of the library could not be opened.
    LibraryUnreadable(ImportError),
    /// The library was replaced by a backup of this many notices.
    LibraryRestored(usize),
    /// This many documents were added to the library (several files opened at once).
    LibraryAdded(usize),
    /// A file chosen to restore the library is not a backup that can be restored; nothing was
    /// changed.
    /// (`vi`, `en`: why, in each language, as `crate::library::BackupError` says it.)
    BackupRefused {
        name: String,
        vi: String,
        en: String,
    },
    /// The exporters (in the reader's worker) could not be loaded: offline before first use.
    ExporterUnavailable,
    /// Of several files opened at once, these were not (each named, with why).
    FilesNotOpened(Vec<(String, NotOpened)>),
}

/// Why one of several files opened at once was not opened.
#[derive(Clone, Debug, PartialEq)]
pub enum NotOpened {
    Refused(Refusal),
    /// Refused, as the reader's worker said it (a Word file), in each language.
    Said {
        vi: String,
        en: String,
    },
    Unreadable,
}

impl Msg {
    pub fn tone(&self) -> Tone {
        match self {
            Msg::Opened { orphans: 0, .. }
            | Msg::Applied(_)
            | Msg::Exported(_)
            | Msg::KeptShared
            | Msg::Converted { .. }
            | Msg::ConversionUndone
            | Msg::NewNoticeStarted
            | Msg::LibraryRestored(_)
            | Msg::LibraryAdded(_)
            | Msg::UpdatedFromOtherTab => Tone::Info,
            Msg::AttachedToPreceding
            | Msg::Opened { .. }
            | Msg::OpenedSaid { .. }
            | Msg::Orphaned(_)
            | Msg::OtherTab
            | Msg::Link(ShareError::TooLong { .. }) => Tone::Warn,
            _ => Tone::Error,
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        let pick = |v: &str, e: &str| if vi { v.to_string() } else { e.to_string() };
        match self {
            Msg::Refused { name, why } => {
                if vi {
                    refused(lang, name, &why.message_vi())
                } else {
                    refused(lang, name, &why.message_en())
                }
            }
            Msg::RefusedSaid { name, vi: why_vi, en: why_en } => {
                refused(lang, name, if vi { why_vi } else { why_en })
            }
            Msg::FileUnreadable => pick(
                "Không đọc được tệp. Dữ liệu hiện tại không thay đổi.",
                "The file could not be read. Nothing was changed.",
            ),
            Msg::OpenedSaid { name, vi: said_vi, en: said_en } => match vi {
                true => format!("Đã mở “{name}”: {said_vi}"),
                false => format!("Opened “{name}”: {said_en}"),
            },
            Msg::Opened { name, orphans } => match (vi, orphans) {
                (true, 0) => format!("Đã mở “{name}”."),
                (false, 0) => format!("Opened “{name}”."),
                (true, n) => format!("Đã mở “{name}”, nhưng {n} chỗ gắn nhãn không khớp với văn bản (xem danh sách bên dưới)."),
                (false, n) => format!("Opened “{name}”, but {n} annotation(s) do not match the text (see the list below)."),
            },
            Msg::SaveFailed(f) => {
                let why = storage_failure(lang, f);
                if vi {
                    format!("Chưa lưu được công việc vào trình duyệt: {why} Hãy bấm “Tải JSON” để giữ một bản.")
                } else {
                    format!("Your work could not be saved in the browser: {why} Press “Download JSON” to keep a copy.")
                }
            }
            Msg::UnitsSaveFailed(f) => {
                let why = storage_failure(lang, f);
                if vi {
                    format!("Không ghi nhớ được danh sách đơn vị: {why}")
                } else {
                    format!("The list of units could not be remembered: {why}")
                }
            }
            Msg::SaveUnreadable { why, kept } => unreadable(lang, why, *kept),
            Msg::OtherTab => pick(
                "Một thẻ (tab) khác vừa lưu thay đổi cho thông báo này. Việc tự động lưu ở thẻ này tạm dừng để không ghi đè. Bạn muốn dùng bản nào?",
                "Another tab has just saved changes to this notice. Autosave is paused here so nothing is overwritten. Which version do you want?",
            ),
            Msg::UpdatedFromOtherTab => pick(
                "Thông báo vừa được cập nhật theo bản một thẻ (tab) khác đã lưu.",
                "The notice was updated to the version another tab saved.",
            ),
            Msg::Edit(e) => edit_error(lang, e),
            Msg::NoDirectiveThere => pick(
                "Đoạn đã chọn không thuộc nhiệm vụ nào (và không có nhiệm vụ nào phía trên). Hãy gắn “Nhiệm vụ” trước.",
                "The selection is not in any task (and there is none above it). Tag a “Task” first.",
            ),
            Msg::AttachedToPreceding => pick(
                "Đoạn đã chọn nằm ngoài các nhiệm vụ; đã gắn vào nhiệm vụ gần nhất phía trên.",
                "The selection is outside the tasks; it was attached to the nearest task above.",
            ),
            Msg::SelectFirst => pick(
                "Hãy bôi đen (chọn) một đoạn trong thông báo trước.",
                "Select a passage in the notice first.",
            ),
            Msg::Orphaned(n) => {
                if vi {
                    format!("Văn bản đã thay đổi: {n} chỗ bạn đã gắn nhãn không còn tìm thấy nên đã được tách ra (xem danh sách bên dưới).")
                } else {
                    format!("The text changed: {n} of your annotations are no longer found and were set aside (see the list below).")
                }
            }
            Msg::Applied(n) => {
                if vi {
                    format!("Đã gắn đơn vị cho {n} nhiệm vụ khác.")
                } else {
                    format!("The unit was added to {n} other task(s).")
                }
            }
            Msg::Exported(name) => {
                if vi {
                    format!("Đã tải xuống “{name}”.")
                } else {
                    format!("Downloaded “{name}”.")
                }
            }
            Msg::ExportFailed => pick(
                "Trình duyệt không cho tải tệp xuống.",
                "The browser refused the download.",
            ),
            Msg::Link(e) => link_error(lang, e),
            Msg::LinkUnsupported => pick(
                "Trình duyệt này quá cũ để tạo hoặc mở liên kết chia sẻ. Hãy cập nhật trình duyệt, hoặc dùng tệp JSON.",
                "This browser is too old to make or open share links. Update it, or use the JSON file.",
            ),
            Msg::KeptShared => pick(
                "Đã lưu thông báo từ liên kết vào Thư viện trên máy này.",
                "The notice from the link is now kept in this browser's Library.",
            ),
            Msg::Converted {
                encoding,
                lines,
                file,
            } => converted(lang, *encoding, *lines, file.as_deref()),
            Msg::ReaderFailed(Failure::Load) => pick(
                "Chưa tải được bộ đọc văn bản (lần đầu dùng cần kết nối mạng; sau đó dùng được cả khi không có mạng). Văn bản vẫn còn nguyên trong ô dán.",
                "The text reader could not be loaded (its first use needs a network connection; after that it works offline). Your text is still in the paste area.",
            ),
            Msg::ReaderFailed(Failure::Read) => pick(
                "Bộ đọc gặp lỗi với văn bản này nên chưa cập nhật bảng nhiệm vụ. Văn bản vẫn còn nguyên trong ô dán.",
                "The reader failed on this text, so the task table was not updated. Your text is still in the paste area.",
            ),
            Msg::ConversionUndone => pick(
                "Đã hoàn tác: văn bản trở lại đúng như ban đầu, chưa chuyển bảng mã.",
                "Undone: the text is back exactly as it came, not converted.",
            ),
            Msg::NewNoticeStarted => pick(
                "Đây là một văn bản khác nên được lưu thành văn bản mới. Văn bản trước cùng mọi chỉnh sửa vẫn còn trong Thư viện.",
                "This is another text, so it is kept as a new notice. The previous notice, with all your corrections, is still in the Library.",
            ),
            Msg::LibraryFailed(f) => {
                let why = storage_failure(lang, f);
                if vi {
                    format!("Thư viện văn bản chưa đọc hoặc ghi được: {why} Văn bản đang mở vẫn được lưu; hãy bấm “Tải JSON” để giữ thêm một bản.")
                } else {
                    format!("The library could not be read or written: {why} The open notice is still saved; press “Download JSON” to keep a copy too.")
                }
            }
            Msg::LibraryUnreadable(why) => {
                if vi {
                    format!("Không mở được văn bản này từ Thư viện: {} Văn bản vẫn được giữ nguyên trong Thư viện.", why.message_vi())
                } else {
                    format!("This notice could not be opened from the Library: {} It stays in the Library as it is.", why.message_en())
                }
            }
            Msg::LibraryRestored(n) => {
                if vi {
                    format!("Đã khôi phục thư viện từ bản sao lưu: {n} văn bản.")
                } else {
                    format!("The library was restored from the backup: {n} notice(s).")
                }
            }
            Msg::LibraryAdded(n) => {
                if vi {
                    format!("Đã thêm {n} văn bản vào Thư viện.")
                } else {
                    format!("Added {n} notice(s) to the Library.")
                }
            }
            Msg::ExporterUnavailable => pick(
                "Chưa tải được bộ xuất tệp (lần đầu dùng cần kết nối mạng; sau đó dùng được cả khi không có mạng). Tệp JSON vẫn tải được ngay.",
                "The exporter could not be loaded (its first use needs a network connection; after that it works offline). The JSON file can still be downloaded.",
            ),
            Msg::FilesNotOpened(list) => {
                let lines: Vec<String> = list
                    .iter()
                    .map(|(name, why)| {
                        let why = match (why, vi) {
                            (NotOpened::Refused(r), true) => r.message_vi(),
                            (NotOpened::Refused(r), false) => r.message_en(),
                            (NotOpened::Said { vi, .. }, true) => vi.clone(),
                            (NotOpened::Said { en, .. }, false) => en.clone(),
                            (NotOpened::Unreadable, true) => "không đọc được tệp.".into(),
                            (NotOpened::Unreadable, false) => "the file could not be read.".into(),
                        };
                        format!("“{name}”: {why}")
                    })
                    .collect();
                if vi {
                    format!("Không mở được {} tệp (các tệp khác vẫn được mở): {}", list.len(), lines.join(" "))
                } else {
                    format!("{} file(s) were not opened (the others were): {}", list.len(), lines.join(" "))
                }
            }
            Msg::BackupRefused { name, vi: why_vi, en: why_en } => {
                if vi {
                    format!("Không khôi phục được từ “{name}”: {why_vi} Thư viện hiện tại không thay đổi.")
                } else {
                    format!("Cannot restore from “{name}”: {why_en} The library was not changed.")
                }
            }
        }
    }
}

/// "Không mở được “x.pdf”: … Dữ liệu hiện tại không thay đổi."
fn refused(lang: Lang, name: &str, why: &str) -> String {
    if lang == Lang::Vi {
        format!("Không mở được “{name}”: {why} Dữ liệu hiện tại không thay đổi.")
    } else {
        format!("Cannot open “{name}”: {why} Nothing was changed.")
    }
}

/// "Văn bản dùng bảng mã TCVN3, đã chuyển sang Unicode (12 dòng)." (after "Đã mở “x.txt”."
/// for a file).
fn converted(lang: Lang, encoding: Legacy, lines: usize, file: Option<&str>) -> String {
    let mut out = String::new();
    if let Some(name) = file {
        out += &match lang {
            Lang::Vi => format!("Đã mở “{name}”. "),
            Lang::En => format!("Opened “{name}”. "),
        };
    }
    match lang {
        Lang::Vi => out += &format!("{} ({lines} dòng).", encoding.message_vi()),
        Lang::En => {
            // "converted from …": a capital for the sentence (ASCII, no case tables).
            let what = encoding.message_en();
            let mut chars = what.chars();
            if let Some(first) = chars.next() {
                out.push(first.to_ascii_uppercase());
                out += chars.as_str();
            }
            let s = if lines == 1 { "" } else { "s" };
            out += &format!(" ({lines} line{s}).");
        }
    }
    out
}

fn link_error(lang: Lang, e: &ShareError) -> String {
    match (lang, e) {
        (Lang::Vi, ShareError::TooLong { .. }) => e.message_vi(),
        (Lang::Vi, _) => e.message_vi() + " Dữ liệu hiện tại không thay đổi.",
        (Lang::En, ShareError::TooLong { chars, max }) => format!(
            "The notice is too long to share as a link ({chars} characters, at most {max}). Download the JSON file and send the file instead."
        ),
        (Lang::En, ShareError::Empty | ShareError::NotBase64 | ShareError::Corrupt) => {
            "The link is damaged or cut short. Ask for the link again, or for the JSON file. Nothing was changed.".into()
        }
        (Lang::En, ShareError::WrongVersion(_)) => {
            "The link was made by another version of ketluan and cannot be opened here. Nothing was changed.".into()
        }
        (Lang::En, _) => "The link does not hold a ketluan notice. Nothing was changed.".into(),
    }
}

fn storage_failure(lang: Lang, f: &StorageFailure) -> String {
    match (lang, f) {
        (Lang::Vi, StorageFailure::Full) => "bộ nhớ của trình duyệt đã đầy.".into(),
        (Lang::En, StorageFailure::Full) => "the browser's storage is full.".into(),
        (Lang::Vi, StorageFailure::Unavailable) => {
            "trình duyệt không cho lưu (có thể đang ở chế độ ẩn danh).".into()
        }
        (Lang::En, StorageFailure::Unavailable) => {
            "the browser does not allow storage (private mode?).".into()
        }
        (Lang::Vi, StorageFailure::Other(n)) => format!("lỗi của trình duyệt ({n})."),
        (Lang::En, StorageFailure::Other(n)) => format!("browser error ({n})."),
    }
}

/// The saved work could not be read: why, that it is safe, and what to do.
fn unreadable(lang: Lang, why: &ImportError, kept: bool) -> String {
    let vi = lang == Lang::Vi;
    let mut out = match why {
        ImportError::WrongVersion(_) => {
            if vi {
                "Bản lưu trong trình duyệt được tạo bởi phiên bản ketluan mới hơn nên chưa mở được — hãy tải lại trang để cập nhật ứng dụng.".to_string()
            } else {
                "The work saved in this browser was made by a newer version of ketluan and could not be opened — reload the page to update the app.".to_string()
            }
        }
        e => {
            if vi {
                format!(
                    "Bản lưu trước đó trong trình duyệt không đọc được: {}",
                    e.message_vi()
                )
            } else {
                format!(
                    "The work saved earlier in this browser could not be read: {}",
                    e.message_en()
                )
            }
        }
    };
    out.push(' ');
    out += if kept {
        if vi {
            "Bản lưu đó được cất riêng, không bị ghi đè; bạn có thể tải nó xuống."
        } else {
            "It is kept aside, never overwritten; you can download it."
        }
    } else if vi {
        "Bộ nhớ trình duyệt không đủ để cất riêng nó, nên ketluan sẽ không lưu đè lên nó: hãy tải nó xuống."
    } else {
        "The browser's storage has no room to keep it aside, so ketluan will not save over it: please download it."
    };
    out
}

/// The bar offering the unreadable saved copies kept aside.
pub fn aside_text(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Vi => format!("Có {n} bản lưu không đọc được đang được cất riêng trong trình duyệt này. Bạn có thể tải xuống (để mở bằng phiên bản ketluan khác hoặc gửi người hỗ trợ) hoặc bỏ đi."),
        Lang::En if n == 1 => "A saved copy that could not be read is kept aside in this browser. You can download it (to open it with another version of ketluan or send it for help) or discard it.".into(),
        Lang::En => format!("{n} saved copies that could not be read are kept aside in this browser. You can download them (to open them with another version of ketluan or send them for help) or discard them."),
    }
}

fn edit_error(lang: Lang, e: &EditError) -> String {
    let (vi, en) = match e {
        EditError::NoSuchDirective => ("Không tìm thấy nhiệm vụ này.", "This task was not found."),
        EditError::NoSuchOwner => ("Không tìm thấy đơn vị này.", "This unit was not found."),
        EditError::BadSpan => (
            "Đoạn đã chọn trống hoặc nằm ngoài văn bản.",
            "The selection is empty or outside the text.",
        ),
        EditError::BadDate => ("Ngày không hợp lệ.", "Not a valid date."),
        EditError::EmptyName => (
            "Tên đơn vị không được để trống.",
            "The unit name cannot be empty.",
        ),
        EditError::AlreadyThere => ("Đã gắn nhãn này rồi.", "This is already tagged."),
        EditError::NoDeadline => ("Nhiệm vụ chưa có thời hạn.", "This task has no deadline."),
        EditError::BadTime => (
            "Giờ không hợp lệ (viết như 08:30).",
            "Not a valid time (write it as 08:30).",
        ),
    };
    if lang == Lang::Vi { vi } else { en }.to_string()
}

/// "nhiệm vụ" / "đơn vị" / "thời hạn" for the orphans list.
pub fn orphan_what(lang: Lang, w: OrphanWhat) -> &'static str {
    match (lang, w) {
        (Lang::Vi, OrphanWhat::Directive) => "Nhiệm vụ",
        (Lang::Vi, OrphanWhat::Owner) => "Đơn vị",
        (Lang::Vi, OrphanWhat::Deadline) => "Thời hạn",
        (Lang::En, OrphanWhat::Directive) => "Task",
        (Lang::En, OrphanWhat::Owner) => "Unit",
        (Lang::En, OrphanWhat::Deadline) => "Deadline",
    }
}

/// "Áp dụng cho N chỗ khác" for a unit offered at its other occurrences.
pub fn offer_text(lang: Lang, name: &str, n: usize) -> String {
    match lang {
        Lang::Vi => {
            format!("“{name}” còn xuất hiện ở {n} nhiệm vụ khác. Áp dụng cho {n} chỗ khác?")
        }
        Lang::En => {
            format!("“{name}” also appears in {n} other task(s). Apply to {n} other place(s)?")
        }
    }
}

/// The offer to rename the same unit in the notice's other tasks.
pub fn rename_text(lang: Lang, from: &str, to: &str, n: usize) -> String {
    match lang {
        Lang::Vi => format!("“{from}” còn ở {n} chỗ khác trong văn bản này. Đổi cả thành “{to}”?"),
        Lang::En => format!(
            "“{from}” is named in {n} other place(s) of this notice. Rename them to “{to}” too?"
        ),
    }
}

/// What the banner over a document opened from a share link says.
pub fn shared_text(lang: Lang, saved: Option<&str>) -> String {
    match (lang, saved) {
        (Lang::Vi, None) => "Bạn đang xem thông báo mở từ một liên kết chia sẻ. Thông báo này chưa được lưu trên máy này: nếu không lưu, các chỉnh sửa sẽ mất khi đóng trang.".into(),
        (Lang::En, None) => "You are looking at a notice opened from a share link. It is not kept on this computer yet: unless you keep it, changes are lost when the page closes.".into(),
        (Lang::Vi, Some(label)) => format!(
            "Bạn đang xem thông báo mở từ một liên kết chia sẻ; nó chưa được lưu. Công việc của bạn với thông báo đang mở trước đó{} vẫn còn nguyên. Lưu thông báo từ liên kết sẽ thêm nó vào Thư viện, không thay thế văn bản nào.",
            if label.is_empty() { String::new() } else { format!(" ({label})") }
        ),
        (Lang::En, Some(label)) => format!(
            "You are looking at a notice opened from a share link; it is not kept yet. Your work on the notice open before{} is untouched. Keeping the link's notice adds it to the Library; it replaces nothing.",
            if label.is_empty() { String::new() } else { format!(" ({label})") }
        ),
    }
}
