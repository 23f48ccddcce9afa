//! Days of the lunar calendar (D7): "trước ngày 23 tháng Chạp", "mùng 6 Tết", "rằm tháng
//! Giêng", "ngày 15 tháng 8 âm lịch", "trước Tết Trung thu". Schools close and open around Tết
//! and hold the Mid-Autumn festival, and notices date that work by the lunar calendar; read as
//! solar days, "15 tháng 8 âm lịch" would fall weeks early and "Tết Trung thu" would be taken for
//! Tết Nguyên đán.
//!
//! A lunar day is placed from the table of Tết days (`calendar::TET`): the first month exactly,
//! later months by the mean lunar month (29.53 days), within a day or two, or within a month when
//! a leap month falls between — which is why the Mid-Autumn festival has a table of its own
//! (`calendar::TRUNG_THU`). The lunar year is the first whose day is not before the notice's.

use super::dates::{number_at, Ymd};
use super::text::{phrase_at, skip_spaces, table_at};
use crate::lexicon::calendar;

/// Where a lunar day said at `q` ends, and the solar day it falls on (none without the notice's
/// date or past the tables). `before`: the cue was "trước", so that a festival is due the day
/// before it, as Tết is; a day of a month is due on itself, as solar days are.
pub fn lunar_day(
    low: &str,
    q: usize,
    reference: Option<Ymd>,
    before: bool,
) -> Option<(usize, Option<Ymd>)> {
    let mut r = q;
    for w in ["dịp", "ngày"] {
        if phrase_at(low, r, w) {
            r = skip_spaces(low, r + w.len());
        }
    }
    // "Tết Trung thu", "Trung thu": the festival, from its table.
    let festival = if phrase_at(low, r, "tết") {
        skip_spaces(low, r + "tết".len())
    } else {
        r
    };
    if phrase_at(low, festival, "trung thu") {
        let end = festival + "trung thu".len();
        let day = reference.and_then(|today| {
            calendar::TRUNG_THU
                .iter()
                .filter_map(|&(y, m, d)| Ymd::new(y, m, d))
                .find(|&d| d >= today)
        });
        let due = if before {
            day.and_then(|d| d.plus_days(-1))
        } else {
            day
        };
        return Some((end, due));
    }
    let (month, day, end) = month_and_day(low, r)?;
    Some((end, reference.and_then(|today| place(month, day, today))))
}

/// The lunar month and day said at `r`, and where they end: "rằm tháng Giêng", "mùng 6 Tết",
/// "23 tháng Chạp", "15 tháng 8 âm lịch", "15/8 âm lịch".
fn month_and_day(low: &str, r: usize) -> Option<(u32, u32, usize)> {
    // "rằm" is the 15th; "mùng"/"mồng" count the first days.
    let (day, after_day) = if phrase_at(low, r, "rằm") {
        (15, r + "rằm".len())
    } else {
        let p = table_at(low, r, &calendar::LUNAR_DAY_WORDS)
            .map_or(r, |w| skip_spaces(low, r + w.len()));
        let (n, e) = number_at(low, p, 2)?;
        // "mùng 6 Tết", "mồng 10 Tết": the lunar year's first month.
        let t = skip_spaces(low, e);
        if p != r && phrase_at(low, t, "tết") {
            return (1..=30).contains(&n).then_some((1, n, t + "tết".len()));
        }
        (n, e)
    };
    if !(1..=30).contains(&day) {
        return None;
    }
    let t = skip_spaces(low, after_day);
    // "15/8 âm lịch".
    if let Some(rest) = low[t..].strip_prefix('/') {
        let (m, e) = number_at(rest, 0, 2)?;
        let e = t + 1 + e;
        let mark = skip_spaces(low, e);
        let w = table_at(low, mark, &calendar::LUNAR_MARKS)?;
        return (t == after_day && (1..=12).contains(&m)).then_some((m, day, mark + w.len()));
    }
    if !phrase_at(low, t, "tháng") {
        return None;
    }
    let m = skip_spaces(low, t + "tháng".len());
    // "tháng Giêng", "tháng Chạp" are lunar by their names; a number needs its mark.
    if let Some(&(name, month)) = calendar::LUNAR_MONTH_NAMES
        .iter()
        .find(|(name, _)| phrase_at(low, m, name))
    {
        let end = m + name.len();
        let mark = skip_spaces(low, end);
        let end = table_at(low, mark, &calendar::LUNAR_MARKS).map_or(end, |w| mark + w.len());
        // ("tháng một" is also the solar January: only with its mark.)
        return (month != 11 || end > m + name.len()).then_some((month, day, end));
    }
    let (month, e) = number_at(low, m, 2)?;
    let mark = skip_spaces(low, e);
    let w = table_at(low, mark, &calendar::LUNAR_MARKS)?;
    (1..=12)
        .contains(&month)
        .then_some((month, day, mark + w.len()))
}

/// The solar day of a lunar month and day, in the first lunar year in the table whose day is
/// not before `today`: the first six months counted on from the year's Tết, the last six back
/// from the next one (so that a leap month in the other half moves nothing).
fn place(month: u32, day: u32, today: Ymd) -> Option<Ymd> {
    // The mean lunar month, in hundredths of a day.
    const MONTH: i64 = 2953;
    let tets: Vec<Ymd> = calendar::TET
        .iter()
        .filter_map(|&(y, m, d)| Ymd::new(y, m, d))
        .collect();
    tets.windows(2)
        .filter_map(|pair| {
            if month <= 6 {
                let months = i64::from(month - 1) * MONTH;
                pair[0].plus_days((months + 50) / 100 + i64::from(day) - 1)
            } else {
                let months = i64::from(12 - month) * MONTH;
                pair[1].plus_days(-((months + 50) / 100) - (30 - i64::from(day)))
            }
        })
        .find(|&d| d >= today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str, before: bool) -> Option<String> {
        let today = Ymd::new(2025, 3, 12);
        lunar_day(s, 0, today, before).and_then(|(_, d)| d.map(|d| d.iso()))
    }

    #[test]
    fn festivals_and_days_counted_from_tet() {
        // Trung thu 2025 fell on 6 October (a leap sixth month came before it).
        assert_eq!(read("tết trung thu", true).as_deref(), Some("2025-10-05"));
        assert_eq!(read("trung thu", false).as_deref(), Some("2025-10-06"));
        // Tết 2026 is 17 February: its sixth day, and the full moon of its first month.
        assert_eq!(read("mùng 6 tết", false).as_deref(), Some("2026-02-22"));
        assert_eq!(
            read("rằm tháng giêng", false).as_deref(),
            Some("2026-03-03")
        );
        // The 23rd of the twelfth month of the year of the Snake: early February 2026.
        let chap = read("ngày 23 tháng chạp", false).unwrap_or_default();
        assert!(
            ("2026-02-08".."2026-02-11").contains(&chap.as_str()),
            "{chap}"
        );
        // Numbered months need their mark.
        assert!(read("ngày 15 tháng 8", false).is_none());
        let mark = read("ngày 15 tháng 8 âm lịch", false).unwrap_or_default();
        assert!(
            ("2025-09-01".."2025-10-10").contains(&mark.as_str()),
            "{mark}"
        );
        assert!(read("15/8 âm lịch", false).is_some());
        assert!(read("ngày 40 tháng chạp", false).is_none());
        // "tháng một" is the solar January unless marked.
        assert!(read("ngày 5 tháng một", false).is_none());
    }
}
