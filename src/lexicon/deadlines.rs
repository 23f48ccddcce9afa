//! Words that set, or refuse, a date for a directive.

use super::Lexicon;

/// Words before a date, month, quarter or year that make it a deadline ("trước ngày 15/12").
pub static CUES: Lexicon = Lexicon::new(&[
    "trước",
    "chậm nhất",
    "hạn chót",
    "hạn",
    "đến hết",
    "đến cuối",
    "đến",
    "trong",
    "hoàn thành",
    "xong",
    "cuối",
    "hết",
    "kết thúc",
    "từ nay đến",
    "trước khi kết thúc",
]);

/// Nouns whose year is the year the work must be done in: "các chỉ tiêu được giao năm 2020",
/// "hoàn thành chỉ tiêu, kế hoạch năm 2022".
pub static TARGET_NOUNS: Lexicon = Lexicon::new(&["chỉ tiêu", "kế hoạch"]);

/// Recurring work: a kind with no single date.
pub static RECURRING: Lexicon = Lexicon::new(&[
    "hằng tháng",
    "hàng tháng",
    "hằng quý",
    "hàng quý",
    "hằng năm",
    "hàng năm",
    "hằng tuần",
    "hàng tuần",
    "hằng ngày",
    "hàng ngày",
    "định kỳ",
    "thường xuyên",
]);

/// Urgency: a kind with no date.
pub static URGENT: Lexicon =
    Lexicon::new(&["khẩn trương", "kịp thời", "ngay lập tức", "gấp", "khẩn cấp"]);

/// Periods at the end of a year: "các tháng cuối năm 2022", "6 tháng cuối năm 2022".
pub static YEAR_END_PERIODS: Lexicon =
    Lexicon::new(&["các tháng cuối năm", "tháng cuối năm", "cuối năm"]);

/// Words that open a period before its "tháng" ("các tháng cuối năm", "sáu tháng đầu năm").
pub static PERIOD_OPENERS: Lexicon = Lexicon::new(&["các", "sáu"]);

/// Periods in the first half of a year: "6 tháng đầu năm 2023" ends on 30 June.
pub static FIRST_HALF: Lexicon =
    Lexicon::new(&["6 tháng đầu năm", "sáu tháng đầu năm", "tháng đầu năm"]);

/// Every deadline phrase contains one of these words (lowercase). Only the few words before each
/// are tried as the phrase's start.
pub static ANCHORS: Lexicon = Lexicon::new(&[
    "ngày",
    "tháng",
    "quý",
    "năm",
    "học kỳ",
    "học kì",
    "hk",
    "hè",
    "khai giảng",
]);

/// How many words a cue may stand before its anchor ("trước khi kết thúc | học kỳ I").
pub const CUE_WORDS: usize = 5;
