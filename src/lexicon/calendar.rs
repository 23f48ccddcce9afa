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

pub static SCHOOL_PERIODS: [SchoolPeriod; 6] = [
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
    SchoolPeriod {
        phrases: Lexicon::new(&["năm học"]),
        month: 5,
        day: 31,
        year_of_school_year: 1,
    },
    SchoolPeriod {
        phrases: Lexicon::new(&["nghỉ hè"]),
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
        month: 9,
        day: 5,
        year_of_school_year: 0,
    },
];

/// The month a school year starts in; a date from this month on belongs to the school year that
/// starts that calendar year.
pub const SCHOOL_YEAR_START_MONTH: u32 = 8;
