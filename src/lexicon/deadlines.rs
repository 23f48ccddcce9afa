//! Words that set, or refuse, a date for a directive.

use super::Lexicon;

/// Words before a date, month, quarter or year that make it a deadline ("trước ngày 15/12").
pub static CUES: Lexicon = Lexicon::new(&[
    "trước",
    "chậm nhất",
    "muộn nhất",
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
    "vào",
    "đầu",
    "giữa",
]);

/// The syllables before "hạn" that make it a word for a term, no cue of a deadline (D16):
/// "kế hoạch đầu tư công trung hạn năm 2025", "đào tạo dài hạn", "vay ngắn hạn", "gia hạn".
pub static TERMS_ENDING_IN_HAN: Lexicon =
    Lexicon::new(&["trung", "dài", "ngắn", "gia", "quá", "hữu", "vô", "kỳ"]);

/// The cues of [`CUES`] that may open a deadline put between a subject and its verb (D9: "Các
/// trường THCS chậm nhất là ngày 15/12 gửi …", "Phòng Khảo thí, trước ngày 20/12, công bố …").
/// The cues that are verbs ("hoàn thành", "xong", "kết thúc") are the predicate there.
pub static BEFORE_THE_VERB: Lexicon = Lexicon::new(&[
    "trước",
    "chậm nhất",
    "muộn nhất",
    "hạn chót",
    "đến hết",
    "đến cuối",
    "đến",
    "trong",
    "cuối",
    "từ nay đến",
    "đầu",
    "giữa",
]);

/// Parts of a month, and the day they fall due on (D3): "đầu tháng 12" by the 10th, "giữa
/// tháng 12" by the 15th ("cuối tháng 12" is the month's end). They are cues only before
/// "tháng": "đầu năm học", "giữa học kỳ I" name a time, no deadline.
pub static PARTS_OF_MONTH: [(&str, u32); 2] = [("đầu", 10), ("giữa", 15)];

/// Cues after which "cuối năm" with no year is the end of the notice's year (D5: "từ nay đến
/// cuối năm", "đến cuối năm"); "xếp loại chi bộ cuối năm" names a rating (D16).
pub static TO_YEAR_END: Lexicon = Lexicon::new(&[
    "đến cuối",
    "từ nay đến cuối",
    "đến hết",
    "từ nay đến hết",
    "trước cuối",
    // "… hoàn thành trong năm." with nothing after "năm" (a year or "học" after it is read
    // elsewhere).
    "trong",
]);

/// N11: the words of a target's figure when it is no percentage ("tỷ lệ … đạt 99,5").
pub static RATES: Lexicon = Lexicon::new(&["tỷ lệ", "tỉ lệ"]);

/// Nouns whose year is the year the work must be done in: "các chỉ tiêu được giao năm 2020",
/// "hoàn thành chỉ tiêu, kế hoạch năm 2022".
pub static TARGET_NOUNS: Lexicon = Lexicon::new(&["chỉ tiêu", "kế hoạch"]);

/// Target nouns that are also names of documents: their year is a deadline only when the plan
/// is to be fulfilled ("hoàn thành kế hoạch năm 2022"); made or sent ("xây dựng Kế hoạch năm
/// 2025") it names the plan (D16).
pub static PLAN_NOUNS: Lexicon = Lexicon::new(&["kế hoạch"]);

/// Verbs right before a target that hand it out or work it out, which makes its year its name
/// (D16): "tham mưu phân bổ chỉ tiêu biên chế năm 2025", "rà soát chỉ tiêu năm 2025".
pub static TARGETS_HANDED_OUT: Lexicon = Lexicon::new(&[
    "giao",
    "phân bổ",
    "phân giao",
    "rà soát",
    "xây dựng",
    "xác định",
    "điều chỉnh",
    "đề xuất",
    "thẩm định",
    "tham mưu",
]);

/// Verbs that fulfil a plan, right before it (D16's contrast).
pub static FULFILLING: Lexicon = Lexicon::new(&["hoàn thành", "đạt", "vượt", "thực hiện"]);

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

/// The part of [`CUES`] that never dates an event: words before a date that make it a deadline,
/// never the day a meeting was held ("… yêu cầu các
/// trường gửi danh sách về Phòng trước ngày 25/3"): a paragraph dated only so is no meeting's.
pub static DUE_BEFORE_DATE: Lexicon = Lexicon::new(&[
    "trước",
    "chậm nhất",
    "muộn nhất",
    "hạn chót",
    "hạn",
    "đến hết",
]);

/// Words before a recurring word that make a name of it: there it names a kind of school, not
/// how often the task is done ("Trung tâm Giáo dục thường xuyên tỉnh tổ chức …", D18), or the
/// two kinds of assessment of the pupils' rules ("đánh giá thường xuyên", "đánh giá định kỳ"
/// theo Thông tư 27 — D16's names).
pub static NAMES_BEFORE_RECURRING: Lexicon = Lexicon::new(&["giáo dục", "đánh giá"]);

/// What people do often, after a recurring word: then the word describes them ("học sinh thường
/// xuyên vắng học", "giáo viên thường xuyên đi muộn"), not how often the task is done (D18).
pub static HABITS_AFTER_RECURRING: Lexicon = Lexicon::new(&[
    "vắng",
    "nghỉ học",
    "bỏ học",
    "đi muộn",
    "đi học muộn",
    "đi trễ",
    "vi phạm",
    "mắc lỗi",
    "không học bài",
    "không làm bài",
]);

/// Urgency: a kind with no date.
pub static URGENT: Lexicon =
    Lexicon::new(&["khẩn trương", "kịp thời", "ngay lập tức", "gấp", "khẩn cấp"]);

/// Periods at the end of a year: "các tháng cuối năm 2022", "6 tháng cuối năm 2022".
pub static YEAR_END_PERIODS: Lexicon =
    Lexicon::new(&["các tháng cuối năm", "tháng cuối năm", "cuối năm"]);

/// Words that open a period before its "tháng" ("các tháng cuối năm", "sáu tháng đầu năm").
pub static PERIOD_OPENERS: Lexicon = Lexicon::new(&["các", "sáu"]);

/// The first words of a period put first with a comma (N1, D9): "Học kỳ I, …", "Trong tháng
/// 10, …", "Quý III, …", "Năm 2023, …", "Hè 2024, …". Only a clause that opens with one of these
/// is read as a time.
pub static FRONTED_PERIOD_WORDS: Lexicon = Lexicon::new(&[
    "trong",
    "học kỳ",
    "tháng",
    "quý",
    "năm",
    "hè",
    "đầu",
    "cuối",
    "giữa",
    "sau",
    "từ",
    "đến",
]);

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
    "tuần",
    "tết",
]);

/// "vào" is a cue only before a time word ("vào tuần thứ hai tháng 11", "vào cuối tháng 5"),
/// not in "căn cứ vào nhiệm vụ năm học …" or "tuyển sinh vào lớp 10 năm 2025".
pub static TIMES_AFTER_VAO: Lexicon = Lexicon::new(&[
    "ngày",
    "tuần",
    "tháng",
    "cuối",
    "đầu",
    "giữa",
    "dịp",
    "quý",
    "thứ",
    "chủ nhật",
    // "vào chiều thứ Năm (21/11)".
    "sáng thứ",
    "chiều thứ",
    "tối thứ",
    "sáng chủ nhật",
    "chiều chủ nhật",
    "học kỳ",
    "học kì",
    "kỳ nghỉ",
    "hè",
    "trước",
]);

/// Words that may stand between a cue and its date: "hạn chót nộp là 10/10/2024", "chậm nhất
/// vào ngày 15/11" (D1).
pub static AFTER_CUE: Lexicon = Lexicon::new(&[
    "nộp là",
    "hoàn thành là",
    "gửi là",
    "là",
    "vào",
    "nộp",
    "gửi",
]);

/// What may stand between a cue and the count of a relative deadline: "trong thời hạn 15
/// ngày", "trong vòng 07 ngày" (D12).
pub static RELATIVE_OPENERS: Lexicon = Lexicon::new(&["thời hạn", "vòng", "thời gian", "hạn"]);

/// A count of days, weeks or months "ahead" from the notice's date (D12): "trong 10 ngày tới",
/// "trong 2 tuần tới", "trong 3 tháng tới" → the notice's date plus that much. Each span with
/// the days and the months it counts; then one of [`AHEAD`].
pub static SPANS_AHEAD: [(&str, u32, u32); 3] = [("ngày", 1, 0), ("tuần", 7, 0), ("tháng", 0, 1)];

/// Words after a count that make it run from now (D12): "10 ngày tới", "3 tháng sắp tới", "2
/// tuần tiếp theo".
pub static AHEAD: Lexicon = Lexicon::new(&["sắp tới", "tới", "tiếp theo"]);

/// Words after "năm học" that mean the next school year (D6): "trong năm học tới", "từ năm học
/// sau", "năm học tiếp theo" — the one after the reference's.
pub static NEXT_SCHOOL_YEAR: Lexicon =
    Lexicon::new(&["sắp tới", "tới", "tiếp theo", "kế tiếp", "sau"]);

/// Times with no date, put first after a request ("Đề nghị thời gian tới, ngành giáo dục cần
/// …"): the clause after them names who is asked (D9, O2); they set no date.
pub static VAGUE_TIMES: Lexicon = Lexicon::new(&[
    "trong thời gian tới",
    "trong thời gian sắp tới",
    "thời gian tới",
    "thời gian sắp tới",
    "tới đây",
    "từ nay",
]);

/// The start a relative deadline counts from, when the notice gives it: its signing or issue
/// (D12: "kể từ ngày ký Thông báo này" → the notice's date + N days).
pub static FROM_ISSUE: Lexicon = Lexicon::new(&[
    "kể từ ngày ký",
    "kể từ ngày ban hành",
    "kể từ ngày thông báo",
    "tính từ ngày ký",
    "tính từ ngày ban hành",
    "kể từ khi ký",
]);

/// The start a relative deadline counts from when it is the meeting's day (D12: "trong thời hạn
/// 10 ngày kể từ ngày họp" → the meeting's date + 10 days, once the meeting is dated).
pub static FROM_MEETING: Lexicon = Lexicon::new(&[
    "kể từ ngày họp",
    "kể từ ngày cuộc họp",
    "kể từ ngày tổ chức cuộc họp",
    "kể từ ngày tổ chức hội nghị",
    "kể từ ngày hội nghị",
    "kể từ ngày giao ban",
    "kể từ ngày kết thúc hội nghị",
    "kể từ ngày kết thúc cuộc họp",
    "kể từ sau cuộc họp",
    "kể từ sau hội nghị",
    "tính từ ngày họp",
    "sau cuộc họp",
    "sau hội nghị",
    "sau buổi làm việc",
]);

/// A start the notice cannot date (D12: the receipt of a document, the end of an inspection):
/// the deadline is relative, with no due date.
pub static FROM_UNKNOWN: Lexicon = Lexicon::new(&["kể từ", "tính từ", "sau khi"]);

/// A word before a count of days that counts them from what follows, said or not (D12: "báo cáo
/// kết quả sau 05 ngày kết thúc kỳ thi"): relative, with no due date.
pub static BEFORE_A_COUNT: Lexicon = Lexicon::new(&["sau"]);

/// Words right before a date that make it a data window, not a deadline (D15): "(số liệu tính
/// đến ngày 31/3/2026)", "thời điểm báo cáo 31/12".
pub static DATA_WINDOW_BEFORE: Lexicon = Lexicon::new(&[
    "tính",
    "số liệu",
    "thời điểm",
    "thời điểm báo cáo",
    "thống kê",
]);

/// Cues that can only say "by" (a deadline), never where a data window ends: after them a date is
/// the work's even right after "số liệu" or "thống kê" (D15's contrast).
pub static BY_CUES: Lexicon = Lexicon::new(&["trước", "chậm nhất", "muộn nhất", "hạn chót", "hạn"]);

/// A holiday named by its date after a cue that says "by" (D7, D14): "trước dịp lễ 30/4 - 1/5",
/// "trước kỳ nghỉ lễ 2/9" — due the holiday's first day. Longer phrases first.
pub static HOLIDAY_WORDS: Lexicon = Lexicon::new(&[
    "dịp nghỉ lễ",
    "kỳ nghỉ lễ",
    "đợt nghỉ lễ",
    "dịp lễ",
    "ngày lễ",
    "nghỉ lễ",
    "dịp",
]);

/// Words right before a date that make it when the work starts, not when it is due (D17):
/// "thực hiện từ ngày 14/02/2025", "áp dụng từ năm học 2025 - 2026".
pub static START_BEFORE: Lexicon = Lexicon::new(&["từ", "bắt đầu từ", "áp dụng từ", "kể từ"]);

/// Words right before a day, with no cue, that make it the day of an occasion, not a deadline
/// (D17): "tổ chức hội thi văn nghệ chào mừng ngày 22/12", "hoạt động kỷ niệm ngày 26/3".
pub static OCCASION_BEFORE: Lexicon = Lexicon::new(&[
    "chào mừng",
    "kỷ niệm",
    "nhân dịp",
    "nhân",
    "hưởng ứng",
    "mừng",
]);

/// What follows "tháng" in a month-relative deadline, with the months it adds ("trong tháng
/// này", "trước tháng sau"): resolved against the notice's date, as weeks are (D13).
pub static MONTHS_AHEAD: [(&str, u32); 4] = [("này", 0), ("sau", 1), ("tới", 1), ("kế tiếp", 1)];

/// Counts said in words before a span of time (D12: "trong hai tuần tới", "trong mười ngày tới",
/// "ba ngày làm việc"). ("năm" is left out: it is also "year".) Longer phrases first.
pub static NUMBER_WORDS: [(&str, u32); 12] = [
    ("mười lăm", 15),
    ("hai mươi", 20),
    ("ba mươi", 30),
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
    ("mười", 10),
];

/// Weeks and halves of a month (D3, D13), with the day they fall due on: "trong tuần đầu tháng
/// 5" at the end of that week (day 7, 14, 21, 28), "nửa đầu tháng 12" on the 15th, "tuần cuối
/// tháng 5" and "nửa cuối tháng" on the month's last day (0). Longer phrases first.
pub static WEEKS_OF_MONTH: [(&str, u32); 24] = [
    ("tuần đầu tiên", 7),
    ("tuần thứ nhất", 7),
    ("tuần thứ hai", 14),
    ("tuần thứ ba", 21),
    ("tuần thứ tư", 28),
    ("tuần thứ 1", 7),
    ("tuần thứ 2", 14),
    ("tuần thứ 3", 21),
    ("tuần thứ 4", 28),
    ("tuần 1", 7),
    ("tuần 2", 14),
    ("tuần 3", 21),
    ("tuần 4", 28),
    ("tuần cuối cùng", 0),
    ("tuần đầu", 7),
    ("tuần cuối", 0),
    ("hai tuần đầu", 14),
    ("2 tuần đầu", 14),
    ("02 tuần đầu", 14),
    ("ba tuần đầu", 21),
    ("3 tuần đầu", 21),
    ("nửa đầu", 15),
    ("nửa cuối", 0),
    ("hai tuần cuối", 0),
];

/// The first and the last quarter said in words (D4), after "quý": "trong quý đầu năm 2025".
pub static FIRST_AND_LAST_QUARTERS: [(&str, u32); 4] =
    [("đầu tiên", 1), ("đầu", 1), ("cuối cùng", 4), ("cuối", 4)];

/// A year said from the notice's own (D2): "quý I năm nay", "trước ngày 15/3 năm sau", "tháng 2
/// năm tới" — the reference date's year plus this many.
pub static YEARS_FROM_NOW: [(&str, i32); 4] = [
    ("năm nay", 0),
    ("năm sau", 1),
    ("năm tới", 1),
    ("sang năm", 1),
];

/// What a report is about (D17): a period that has ended, after one of these in its clause,
/// says what is reported ("báo cáo kết quả thực hiện nhiệm vụ trong tháng 10/2024" in November),
/// not when the report is due.
pub static REPORTED_MATTERS: [&str; 4] = ["tình hình", "kết quả", "số liệu", "thực trạng"];

/// Words right after a term or a year that put it in the past (D17): "những hạn chế đã nêu
/// trong năm học trước", "kết quả học kỳ vừa qua" — what was, not when work is due. ("trước"
/// before a date is a cue of its own: "trong năm học, trước ngày 31/5".)
pub static PAST_AFTER: Lexicon = Lexicon::new(&["trước", "vừa qua", "qua", "cũ"]);

/// Nouns right before a half-year said with no cue that make it the name of a report or a
/// review (D16): "tổng hợp báo cáo 6 tháng cuối năm 2025", "đánh giá kết quả 6 tháng đầu năm".
pub static HALF_YEAR_NAMING_BEFORE: Lexicon = Lexicon::new(&[
    "báo cáo",
    "kết quả",
    "sơ kết",
    "tổng kết",
    "quyết toán",
    "đánh giá",
    "kiểm tra",
]);

/// Nouns right before a term or season that make it a name, not a deadline (D16): "kiểm tra
/// cuối học kỳ II", "kỳ thi học kỳ I", "dịch bệnh mùa hè", "trại hè", "các hoạt động hè".
pub static NAMING_BEFORE: Lexicon = Lexicon::new(&[
    "kiểm tra",
    "thi",
    "khảo sát",
    "đánh giá",
    "mùa",
    "xếp loại",
    "trại",
    "hoạt động",
    "sinh hoạt",
    // "lịch nghỉ hè", "lịch nghỉ Tết", "thời khóa biểu học kỳ II": the schedule of that time.
    "lịch",
    "lịch nghỉ",
    "thời khóa biểu",
]);

/// Words that open a week-relative deadline before "tuần" (D13: "thứ Sáu tuần này").
pub static WEEK_OPENERS: Lexicon = Lexicon::new(&["thứ"]);

/// What follows "tuần" in a week-relative deadline, with the weeks it adds (D13).
pub static WEEKS_AHEAD: [(&str, i64); 4] = [("này", 0), ("sau", 1), ("tới", 1), ("kế tiếp", 1)];

/// How many words a cue may stand before its anchor ("trước khi kết thúc | học kỳ I").
pub const CUE_WORDS: usize = 5;
