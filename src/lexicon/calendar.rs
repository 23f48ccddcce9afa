//! The school calendar: when terms and school years end, used to resolve "kết thúc học kỳ I",
//! "cuối năm học 2020-2021", "trước khi nghỉ hè", "hè 2021".
//!
//! Vietnamese school years run from September to May. The Ministry's yearly framework fixes the
//! exact days; these are the usual ones, which is what a clerk writes in a task table when the
//! notice gives only the term. Each row: phrases (lowercase), then the month and day the period
//! ends, and which calendar year of the school year "YYYY-YYYY+1" it falls in (0 = first, 1 = second).

use super::Lexicon;

/// One end of a school period.
pub struct SchoolPeriod {
    pub phrases: Lexicon,
    pub month: u32,
    pub day: u32,
    /// 0: the first calendar year of the school year (autumn), 1: the second (spring and summer).
    pub year_of_school_year: i32,
}

pub static SCHOOL_PERIODS: [SchoolPeriod; 9] = [
    SchoolPeriod {
        phrases: Lexicon::new(&["học kỳ i", "học kì i", "học kỳ 1", "học kì 1", "hk1", "hki"]),
        month: 1,
        day: 15,
        year_of_school_year: 1,
    },
    SchoolPeriod {
        phrases: Lexicon::new(&[
            "học kỳ ii",
            "học kì ii",
            "học kỳ 2",
            "học kì 2",
            "hk2",
            "hkii",
        ]),
        month: 5,
        day: 31,
        year_of_school_year: 1,
    },
    // "trước năm học mới", "chuẩn bị cho năm học mới": the next school year's opening day (as
    // "khai giảng"); before "năm học", which would take its first words.
    SchoolPeriod {
        phrases: Lexicon::new(&["năm học mới"]),
        month: OPENING_DAY.0,
        day: OPENING_DAY.1,
        year_of_school_year: 0,
    },
    SchoolPeriod {
        phrases: Lexicon::new(&["năm học"]),
        month: 5,
        day: 31,
        year_of_school_year: 1,
    },
    SchoolPeriod {
        // "trước khi vào hè": before the summer starts, as "trước khi nghỉ hè".
        phrases: Lexicon::new(&["nghỉ hè", "vào hè"]),
        month: 5,
        day: 31,
        year_of_school_year: 1,
    },
    SchoolPeriod {
        phrases: Lexicon::new(&["hè", "dịp hè", "kỳ nghỉ hè"]),
        month: 8,
        day: 31,
        year_of_school_year: 1,
    },
    SchoolPeriod {
        phrases: Lexicon::new(&["khai giảng", "khai giảng năm học mới"]),
        month: OPENING_DAY.0,
        day: OPENING_DAY.1,
        year_of_school_year: 0,
    },
    // The first week and the first month of a school year, counted from its opening day.
    SchoolPeriod {
        phrases: Lexicon::new(&[
            "tuần đầu năm học",
            "tuần đầu tiên năm học",
            "tuần đầu của năm học",
            "tuần đầu tiên của năm học",
            "tuần học đầu tiên",
        ]),
        month: 9,
        day: 12,
        year_of_school_year: 0,
    },
    SchoolPeriod {
        phrases: Lexicon::new(&[
            "tháng đầu năm học",
            "tháng đầu tiên năm học",
            "tháng đầu của năm học",
            "tháng đầu tiên của năm học",
        ]),
        month: 9,
        day: 30,
        year_of_school_year: 0,
    },
];

/// The month a school year starts in; a date from this month on belongs to the school year that
/// starts that calendar year.
pub const SCHOOL_YEAR_START_MONTH: u32 = 8;

/// The opening day of a school year (khai giảng), month and day: "trước năm học 2025-2026" is due
/// then.
pub const OPENING_DAY: (u32, u32) = (9, 5);

/// Tết Nguyên đán, the first day of the lunar year, as (year, month, day). "trước Tết (Nguyên
/// đán) [Đinh Dậu]" is due the day before. Extend the table as years pass.
pub static TET: [(i32, u32, u32); 21] = [
    (2010, 2, 14),
    (2011, 2, 3),
    (2012, 1, 23),
    (2013, 2, 10),
    (2014, 1, 31),
    (2015, 2, 19),
    (2016, 2, 8),
    (2017, 1, 28),
    (2018, 2, 16),
    (2019, 2, 5),
    (2020, 1, 25),
    (2021, 2, 12),
    (2022, 2, 1),
    (2023, 1, 22),
    (2024, 2, 10),
    (2025, 1, 29),
    (2026, 2, 17),
    (2027, 2, 6),
    (2028, 1, 26),
    (2029, 2, 13),
    (2030, 2, 3),
];

/// Tết Trung thu, the 15th day of the 8th lunar month, as (year, month, day): "trước Tết Trung
/// thu" is due the day before. Kept as its own table: a leap month before the 8th moves it by
/// a month, which counting lunar months from Tết would miss. Extend the table as years pass.
pub static TRUNG_THU: [(i32, u32, u32); 21] = [
    (2010, 9, 22),
    (2011, 9, 12),
    (2012, 9, 30),
    (2013, 9, 19),
    (2014, 9, 8),
    (2015, 9, 27),
    (2016, 9, 15),
    (2017, 10, 4),
    (2018, 9, 24),
    (2019, 9, 13),
    (2020, 10, 1),
    (2021, 9, 21),
    (2022, 9, 10),
    (2023, 9, 29),
    (2024, 9, 17),
    (2025, 10, 6),
    (2026, 9, 25),
    (2027, 9, 15),
    (2028, 10, 3),
    (2029, 9, 22),
    (2030, 9, 12),
];

/// Lunar months said by name ("tháng Giêng", "tháng Chạp") and the words that mark a day as
/// lunar ("15 tháng 8 âm lịch", "mùng 6 Tết").
pub static LUNAR_MONTH_NAMES: [(&str, u32); 3] = [("giêng", 1), ("chạp", 12), ("một", 11)];
pub static LUNAR_MARKS: Lexicon = Lexicon::new(&["âm lịch", "(âm lịch)", "âl", "(âl)"]);
/// The first days of the lunar year, counted from Tết: "mùng 6 Tết", "mồng 10 tháng Giêng".
pub static LUNAR_DAY_WORDS: Lexicon = Lexicon::new(&["mùng", "mồng"]);

/// The heavenly stems of a lunar year's name, by `year % 10` (2020 is Canh Tý).
pub static STEMS: [&str; 10] = [
    "canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ",
];

/// The earthly branches of a lunar year's name, by `year % 12` (2016 is Bính Thân).
pub static BRANCHES: [&str; 12] = [
    "thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi",
];

/// Days named for an occasion, on fixed solar dates (name, month, day). After a cue that says
/// "by" ("trước ngày Nhà giáo Việt Nam 20/11", "chậm nhất trước Quốc khánh 2/9", "trước Ngày Quốc
/// tế Thiếu nhi") the day is the deadline, its date said or not (D7); without a cue it is an
/// occasion, not a deadline (D17: "chào mừng Ngày Nhà giáo Việt Nam 20/11"). The longest name
/// that matches is read.
pub static NAMED_DAYS: [(&str, u32, u32); 27] = [
    ("nhà giáo việt nam", 11, 20),
    ("quốc khánh", 9, 2),
    ("quốc tế phụ nữ", 3, 8),
    ("phụ nữ việt nam", 10, 20),
    ("thành lập quân đội nhân dân việt nam", 12, 22),
    ("quốc phòng toàn dân", 12, 22),
    ("quốc tế thiếu nhi", 6, 1),
    ("thiếu nhi", 6, 1),
    ("giải phóng miền nam", 4, 30),
    ("giải phóng hoàn toàn miền nam", 4, 30),
    ("quốc tế lao động", 5, 1),
    ("thầy thuốc việt nam", 2, 27),
    ("thành lập đoàn thanh niên cộng sản hồ chí minh", 3, 26),
    ("thành lập đoàn", 3, 26),
    ("gia đình việt nam", 6, 28),
    ("khuyến học việt nam", 10, 2),
    ("pháp luật việt nam", 11, 9),
    ("pháp luật nước cộng hòa xã hội chủ nghĩa việt nam", 11, 9),
    ("sách và văn hóa đọc việt nam", 4, 21),
    ("thương binh - liệt sĩ", 7, 27),
    ("thương binh, liệt sĩ", 7, 27),
    ("thương binh liệt sĩ", 7, 27),
    ("thành lập đảng cộng sản việt nam", 2, 3),
    ("chuyển đổi số quốc gia", 10, 10),
    ("truyền thống học sinh, sinh viên", 1, 9),
    ("thể thao việt nam", 3, 27),
    ("chiến thắng điện biên phủ", 5, 7),
];

/// Who goes on a holiday, between "khi" and "nghỉ" in a deadline tied to it (D6, D7): "trước
/// khi học sinh nghỉ Tết", "trước khi giáo viên nghỉ hè".
pub static HOLIDAY_GOERS: Lexicon = Lexicon::new(&[
    "học sinh",
    "học sinh, sinh viên",
    "sinh viên",
    "giáo viên",
    "cán bộ, giáo viên",
    "các em",
    "trẻ",
    "các trường",
    "nhà trường",
]);

/// Public holidays on fixed solar dates (month, day), skipped with weekends when a deadline is
/// counted in working days ("05 ngày làm việc"). Tết's days off vary by year and are not here.
pub static HOLIDAYS: [(u32, u32); 4] = [(1, 1), (4, 30), (5, 1), (9, 2)];

/// Days of the week as written after "thứ", Monday first ("thứ Sáu tuần này").
pub static WEEKDAYS: [&str; 7] = ["hai", "ba", "tư", "năm", "sáu", "bảy", "chủ nhật"];
