//! Dates as Vietnamese notices write them: "17/02/2020", "ngày 17 tháng 02 năm 2020",
//! "ngày 30/4" (no year), "14 giờ 00 phút", "14h00", and calendar arithmetic for deadlines.

use super::text::{phrase_at, skip_spaces};

/// A calendar date; `year` is `None` when the text leaves it out ("ngày 30/4").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

/// A full date.
/// Days since 1970-01-01 of the proleptic Gregorian day `y`-`m`-`d` (Howard Hinnant's
/// days_from_civil); the caller checks that the day exists.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Ymd {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Ymd> {
        ((1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && (1900..=2200).contains(&year))
        .then_some(Ymd { year, month, day })
    }

    /// The last day of a month.
    pub fn end_of_month(year: i32, month: u32) -> Option<Ymd> {
        Ymd::new(year, month, days_in_month(year, month.clamp(1, 12)))
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for counting days.
    pub fn to_days(self) -> i64 {
        days_from_civil(self.year.into(), self.month.into(), self.day.into())
    }

    /// The date `days` after 1970-01-01; `None` outside the years `new` accepts.
    pub fn from_days(days: i64) -> Option<Ymd> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Ymd::new(i32::try_from(y).ok()?, m as u32, d as u32)
    }

    /// `n` days later (or earlier, for a negative `n`).
    pub fn plus_days(self, n: i64) -> Option<Ymd> {
        Ymd::from_days(self.to_days() + n)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.to_days() + 3).rem_euclid(7) as u32
    }

    /// ISO 8601: YYYY-MM-DD.
    pub fn iso(&self) -> String {
        let mut s = String::with_capacity(10);
        // `new` keeps the year within 1900..=2200.
        super::text::push_decimal(&mut s, self.year.max(0) as usize, 4);
        s.push('-');
        super::text::push_decimal(&mut s, self.month as usize, 2);
        s.push('-');
        super::text::push_decimal(&mut s, self.day as usize, 2);
        s
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Reads an unsigned number of at most `max` digits at `at`: (value, end).
pub fn number_at(s: &str, at: usize, max: usize) -> Option<(u32, usize)> {
    let bytes = s.as_bytes();
    let len = bytes
        .get(at..)?
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if len == 0 || len > max {
        return None;
    }
    let value = s[at..at + len].parse().ok()?;
    Some((value, at + len))
}

/// A four-digit year at `at`.
pub fn year_at(s: &str, at: usize) -> Option<(i32, usize)> {
    let (y, end) = number_at(s, at, 4)?;
    (end - at == 4 && (1900..=2200).contains(&y)).then_some((y as i32, end))
}

/// A school year at `at` ("2020-2021", "2020 - 2021", "2020–2021": two years a dash apart,
/// the second the first's next): its first year and where it ends.
pub fn school_year_at(low: &str, at: usize) -> Option<(i32, usize)> {
    let (y1, e1) = year_at(low, at)?;
    let t = skip_spaces(low, e1);
    let dash = low[t..].chars().next().filter(|c| matches!(c, '-' | '–'))?;
    let (y2, e2) = year_at(low, skip_spaces(low, t + dash.len_utf8()))?;
    (y2 == y1 + 1).then_some((y1, e2))
}

/// A date at `at` in `low` (folded text): "17/02/2020", "17-02-2020", "17.02.2020", "30/4",
/// "ngày 17 tháng 02 năm 2020", "ngày 30 tháng 4", "17 tháng 02 năm 2020". Returns (day, end).
pub fn day_at(low: &str, at: usize) -> Option<(Day, usize)> {
    let mut pos = at;
    let mut has_word = phrase_at(low, pos, "ngày");
    if has_word {
        pos = skip_spaces(low, pos + "ngày".len());
    }
    // "ngày mùng 5 tháng 12", "mồng 5/12": the word for the first ten days of a month.
    if let Some(w) = ["mùng", "mồng"]
        .into_iter()
        .find(|w| phrase_at(low, pos, w))
    {
        has_word = true;
        pos = skip_spaces(low, pos + w.len());
    }
    let (day, after_day) = number_at(low, pos, 2)?;
    let bytes = low.as_bytes();
    // Numeric forms.
    if let Some(&sep) = bytes.get(after_day) {
        if matches!(sep, b'/' | b'-' | b'.') {
            let (month, after_month) = number_at(low, after_day + 1, 2)?;
            let mut end = after_month;
            let mut year = None;
            if bytes.get(after_month) == Some(&sep) {
                if let Some((y, e)) = year_at(low, after_month + 1).or_else(|| {
                    // "5/12/22": a year in two digits is this century's (D1).
                    number_at(low, after_month + 1, 2)
                        .filter(|&(_, e)| {
                            e == after_month + 3
                                && !low[e..].chars().next().is_some_and(|c| {
                                    c.is_alphanumeric() || matches!(c, '/' | '-' | '&')
                                })
                        })
                        .map(|(y, e)| (2000 + y as i32, e))
                }) {
                    year = Some(y);
                    end = e;
                } else {
                    return None;
                }
            } else if bytes
                .get(after_month)
                .is_some_and(|b| b.is_ascii_digit() || *b == b'/')
            {
                return None;
            }
            // Without "ngày", a bare d/m needs a year, or it may be a ratio ("202/337").
            if !has_word && year.is_none() {
                return None;
            }
            return valid(year, month, day).map(|d| (d, end));
        }
    }
    // Word form: "17 tháng 02 năm 2020".
    let p = skip_spaces(low, after_day);
    if !phrase_at(low, p, "tháng") {
        return None;
    }
    let (month, after_month) = number_at(low, skip_spaces(low, p + "tháng".len()), 2)?;
    let mut end = after_month;
    let mut year = None;
    let q = skip_spaces(low, after_month);
    if phrase_at(low, q, "năm") {
        if let Some((y, e)) = year_at(low, skip_spaces(low, q + "năm".len())) {
            year = Some(y);
            end = e;
        }
    }
    if !has_word && year.is_none() {
        return None;
    }
    valid(year, month, day).map(|d| (d, end))
}

fn valid(year: Option<i32>, month: u32, day: u32) -> Option<Day> {
    let ok =
        (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year.unwrap_or(2024), month);
    ok.then_some(Day { year, month, day })
}

/// Every full or partial date in `low[from..to]`: (start, end, day).
pub fn find_days(low: &str, from: usize, to: usize) -> Vec<(usize, usize, Day)> {
    let mut out = Vec::new();
    let bytes = low.as_bytes();
    let mut i = from;
    while i < to {
        // Every date has a digit: jump to the next one that starts a number.
        match super::text::first_digit(&bytes[i..to]) {
            Some(k) => i += k,
            None => break,
        }
        let boundary = i == 0
            || !bytes[i - 1].is_ascii_alphanumeric()
                && bytes[i - 1] != b'/'
                && bytes[i - 1] != b'.';
        if boundary {
            // "ngày 17/02/2020" starts at "ngày", "(ngày) mùng 5 tháng 12" at its first word.
            let mut start = i;
            for word in ["mùng ", "mồng ", "ngày "] {
                if low[from..start].ends_with(word) && start - word.len() >= from {
                    start -= word.len();
                }
            }
            if let Some((d, end)) = day_at(low, start) {
                if end <= to {
                    out.push((start, end, d));
                    i = end;
                    continue;
                }
            }
        }
        while i < to && bytes[i].is_ascii_digit() {
            i += 1;
        }
    }
    out
}

/// H5, H6: the first date in `low[from..to]`, also day and month alone after a part of the day
/// ("Chiều 08/4, Sở …", "Sáng 21/8/2023"), where a bare "08/4" elsewhere could be a ratio.
/// Whether the date at `at` is a document's, right after its symbol: "số 41/qđ-pgdđt ngày
/// 03/4/2023", "công văn 335/sgdđt-khtc ngày …" (a word with a slash and a letter before "ngày").
fn dates_a_document(low: &str, at: usize) -> bool {
    let before = low[..at].trim_end();
    let symbol = before.strip_suffix("ngày").unwrap_or(before).trim_end();
    // (The word before, on this line: a symbol ending the line above is no document's.)
    let word = symbol.rsplit(char::is_whitespace).next().unwrap_or("");
    word.contains('/') && word.chars().any(char::is_alphabetic)
}

pub fn first_meeting_day(low: &str, from: usize, to: usize) -> Option<(usize, usize, Day)> {
    // (Not a document's date: "Thực hiện Quyết định số 41/QĐ-PGDĐT ngày 03/4/2023 …, từ ngày
    // 10/4 đến ngày 12/4/2023, Đoàn kiểm tra …" met on the 12th.)
    let full = find_days(low, from, to)
        .into_iter()
        .find(|d| !dates_a_document(low, d.0));
    let limit = full.map_or(to, |d| d.0);
    let mut p = from;
    while let Some((at, cue)) =
        super::text::find_any(low, &crate::lexicon::structure::DAY_PARTS, p, limit)
    {
        p = at + cue.len();
        // "Sáng nay (5/11)": the date may stand in brackets.
        let q = past_weekday(low, skip_spaces(low, p));
        let q = if low[q..].starts_with('(') { q + 1 } else { q };
        let (day, after_day) = match number_at(low, q, 2) {
            Some(x) => x,
            None => continue,
        };
        // ("Chiều 18-9", "Sáng 18.9": some papers write the day and month with a dash or a dot.)
        let Some(&sep) = low
            .as_bytes()
            .get(after_day)
            .filter(|b| matches!(b, b'/' | b'-' | b'.'))
        else {
            continue;
        };
        let Some((month, end)) = number_at(low, after_day + 1, 2) else {
            continue;
        };
        if low
            .as_bytes()
            .get(end)
            .is_some_and(|b| b.is_ascii_digit() || *b == sep)
        {
            continue; // "08/4/2022" is found by `find_days`
        }
        if let Some(d) = valid(None, month, day) {
            if end <= to {
                return Some((q, end, d));
            }
        }
    }
    full
}

/// H6: past a weekday after a part of the day ("Chiều thứ Hai (04/11)", "Sáng thứ Bảy 02/11",
/// "chiều Chủ nhật, 03/11"), with its comma: where the date may start; else `at`.
fn past_weekday(low: &str, at: usize) -> usize {
    let named = if phrase_at(low, at, "thứ") {
        let w = skip_spaces(low, at + "thứ".len());
        crate::lexicon::calendar::WEEKDAYS
            .iter()
            .find(|d| phrase_at(low, w, d))
            .map(|d| w + d.len())
            .or_else(|| number_at(low, w, 1).map(|(_, e)| e))
    } else {
        phrase_at(low, at, "chủ nhật").then_some(at + "chủ nhật".len())
    };
    let Some(end) = named else {
        return at;
    };
    let q = skip_spaces(low, end);
    if low[q..].starts_with(',') {
        skip_spaces(low, q + 1)
    } else {
        q
    }
}

/// H6: a day and month resolved against a later date: the latest such day on or before it (a
/// report comes after the meeting, so "Ngày 28/12" posted on 05/01/2024 is 2023-12-28).
pub fn on_or_before(day: Day, reference: Ymd) -> Option<Ymd> {
    let this = Ymd::new(reference.year, day.month, day.day);
    match this {
        Some(d) if d <= reference => Some(d),
        _ => Ymd::new(reference.year - 1, day.month, day.day),
    }
}

/// The day before `d`.
pub fn day_before(d: Ymd) -> Option<Ymd> {
    if d.day > 1 {
        return Ymd::new(d.year, d.month, d.day - 1);
    }
    let (y, m) = if d.month == 1 {
        (d.year - 1, 12)
    } else {
        (d.year, d.month - 1)
    };
    Ymd::end_of_month(y, m)
}

/// A time of day: "14 giờ 00 phút", "14 giờ", "14h00", "14h", "8 giờ 30": (hour, minute, end).
pub fn time_at(low: &str, at: usize) -> Option<(u32, u32, usize)> {
    let (hour, after) = number_at(low, at, 2)?;
    if hour > 23 {
        return None;
    }
    let p = skip_spaces(low, after);
    let rest = if phrase_at(low, p, "giờ") {
        skip_spaces(low, p + "giờ".len())
    } else if matches!(low.as_bytes().get(after), Some(b'h' | b':')) {
        after + 1
    } else {
        return None;
    };
    match number_at(low, rest, 2) {
        Some((minute, end)) if minute < 60 => {
            let q = skip_spaces(low, end);
            let end = if phrase_at(low, q, "phút") {
                q + "phút".len()
            } else {
                end
            };
            Some((hour, minute, end))
        }
        _ => Some((hour, 0, rest.min(low.len()))),
    }
}

/// A Roman (I–IV) or Arabic (1–4) quarter number at `at`: (quarter, end).
pub fn quarter_number_at(low: &str, at: usize) -> Option<(u32, usize)> {
    for (roman, q) in [("iv", 4), ("iii", 3), ("ii", 2), ("i", 1)] {
        if phrase_at(low, at, roman) {
            return Some((q, at + roman.len()));
        }
    }
    let (n, end) = number_at(low, at, 1)?;
    (1..=4).contains(&n).then_some((n, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: Option<i32>, m: u32, dd: u32) -> Day {
        Day {
            year: y,
            month: m,
            day: dd,
        }
    }

    #[test]
    fn iso_dates() {
        for (y, m, dd) in [(1900, 1, 1), (2020, 2, 29), (2022, 12, 31), (2200, 10, 5)] {
            let ymd = Ymd::new(y, m, dd).map(|x| x.iso());
            assert_eq!(ymd, Some(format!("{y:04}-{m:02}-{dd:02}")));
        }
    }

    #[test]
    fn numeric_and_word_dates() {
        assert_eq!(
            day_at("17/02/2020", 0).map(|x| x.0),
            Some(d(Some(2020), 2, 17))
        );
        assert_eq!(
            day_at("ngày 17 tháng 02 năm 2020", 0).map(|x| x.0),
            Some(d(Some(2020), 2, 17))
        );
        assert_eq!(day_at("ngày 30/4", 0).map(|x| x.0), Some(d(None, 4, 30)));
        assert_eq!(day_at("30/4", 0), None);
        assert_eq!(day_at("202/337", 0), None);
        assert_eq!(day_at("31/02/2020", 0), None);
        assert_eq!(
            day_at("29/02/2020", 0).map(|x| x.0),
            Some(d(Some(2020), 2, 29))
        );
        assert_eq!(day_at("29/02/2021", 0), None);
    }

    #[test]
    fn dates_in_a_sentence() {
        let s = "công văn số 2805/sgdđt-vp ngày 14/9/2022 và 159.493/156.911 học sinh";
        let found = find_days(s, 0, s.len());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].2, d(Some(2022), 9, 14));
    }

    #[test]
    fn h6_day_and_month_after_a_part_of_the_day() {
        let s = "chiều 08/4, sở gd&đt tổ chức hội nghị; 120/150 trường";
        let found = first_meeting_day(s, 0, s.len()).map(|x| x.2);
        assert_eq!(found, Some(d(None, 4, 8)));
        // A bare ratio is not a date, and a full date comes first when it does.
        let s = "đạt 120/150 trường";
        assert_eq!(first_meeting_day(s, 0, s.len()), None);
        let s = "sáng 21/8/2023, đoàn công tác";
        assert_eq!(
            first_meeting_day(s, 0, s.len()).map(|x| x.2),
            Some(d(Some(2023), 8, 21))
        );
    }

    #[test]
    fn h6_bracketed_date_after_sang_nay_and_the_day_before() {
        let s = "sáng nay (5/11), phòng gd&đt tổ chức hội nghị";
        assert_eq!(
            first_meeting_day(s, 0, s.len()).map(|x| x.2),
            Some(d(None, 11, 5))
        );
        let jan1 = Ymd::new(2024, 1, 1).unwrap_or(Ymd {
            year: 2024,
            month: 1,
            day: 1,
        });
        assert_eq!(day_before(jan1).map(|x| x.iso()), Some("2023-12-31".into()));
        let mar1 = Ymd::new(2024, 3, 1).unwrap_or(Ymd {
            year: 2024,
            month: 3,
            day: 1,
        });
        assert_eq!(day_before(mar1).map(|x| x.iso()), Some("2024-02-29".into()));
    }

    #[test]
    fn h6_on_or_before_goes_back_across_the_year() {
        let posted = Ymd::new(2024, 1, 5).unwrap_or(Ymd {
            year: 2024,
            month: 1,
            day: 5,
        });
        assert_eq!(
            on_or_before(d(None, 12, 28), posted).map(|x| x.iso()),
            Some("2023-12-28".into())
        );
        assert_eq!(
            on_or_before(d(None, 1, 3), posted).map(|x| x.iso()),
            Some("2024-01-03".into())
        );
        assert_eq!(
            on_or_before(d(None, 1, 5), posted).map(|x| x.iso()),
            Some("2024-01-05".into())
        );
    }

    #[test]
    fn times() {
        assert_eq!(
            time_at("14 giờ 00 phút", 0).map(|t| (t.0, t.1)),
            Some((14, 0))
        );
        assert_eq!(time_at("8h30", 0).map(|t| (t.0, t.1)), Some((8, 30)));
        assert_eq!(time_at("14 giờ,", 0).map(|t| (t.0, t.1)), Some((14, 0)));
        assert_eq!(time_at("25 giờ", 0), None);
    }

    #[test]
    fn calendar() {
        assert_eq!(
            Ymd::end_of_month(2024, 2).map(|d| d.iso()),
            Some("2024-02-29".into())
        );
        assert_eq!(
            Ymd::end_of_month(2100, 2).map(|d| d.iso()),
            Some("2100-02-28".into())
        );
        assert_eq!(quarter_number_at("iv năm", 0), Some((4, 2)));
        assert_eq!(quarter_number_at("ii/2021", 0), Some((2, 2)));
    }
}
