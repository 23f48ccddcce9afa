//! The column headers of schedule and assignment tables (catalogue L11), which say what each
//! cell of a row is: "TT | Thời gian | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp". All
//! lowercase; a header cell is matched from its start.

use super::Lexicon;

/// The column of the row's number, a header's first cell ("TT", "STT", "Số TT").
pub static NUMBER_COLUMNS: [&str; 3] = ["stt", "tt", "số tt"];

/// The column of the lead unit (chủ trì).
pub static LEAD_COLUMNS: Lexicon = Lexicon::new(&[
    "đơn vị chủ trì",
    "chủ trì",
    "đơn vị thực hiện",
    "bộ phận thực hiện",
    "người thực hiện",
    "thực hiện",
    "người phụ trách",
    "phụ trách",
    "đơn vị",
]);

/// The column of the supporting units (phối hợp).
pub static SUPPORT_COLUMNS: Lexicon = Lexicon::new(&[
    "đơn vị phối hợp",
    "phối hợp",
    "bộ phận phối hợp",
    "người phối hợp",
]);

/// The column of the task.
pub static TASK_COLUMNS: Lexicon = Lexicon::new(&[
    "nội dung công việc",
    "nội dung",
    "nhiệm vụ",
    "công việc",
    "hoạt động",
]);

/// The column of the date or deadline.
pub static TIME_COLUMNS: Lexicon = Lexicon::new(&[
    "thời gian hoàn thành",
    "thời gian thực hiện",
    "thời gian",
    "thời hạn",
    "hạn hoàn thành",
    "ngày",
]);
