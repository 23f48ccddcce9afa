//! Which rows the board shows, and in what order: by lead unit, notice, standing, month of the
//! due date, a window of days (what the alert banner opens), and words of the text — searched
//! without case or Vietnamese marks ("bao cao" finds "báo cáo"). Sorted by due date, the
//! earliest first, tasks without a date last.

use super::rows::{Row, Standing};
use crate::library::search::fold_for_search;
use memchr::memmem::Finder;

/// A span of days the alert banner counts (and opens the board on).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// Open and past the due date.
    Overdue,
    /// Open and due today.
    Today,
    /// Open and due in 1 to `n` days.
    Within(i64),
}

impl Window {
    /// Whether an open task due in `days_left` days is in the window.
    pub fn holds(self, days_left: i64) -> bool {
        match self {
            Window::Overdue => days_left < 0,
            Window::Today => days_left == 0,
            Window::Within(n) => (1..=n).contains(&days_left),
        }
    }
}

/// What the user filters the board by; every part optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// A lead unit's key ([`unit_key`]).
    pub unit: Option<String>,
    /// A notice's id.
    pub notice: Option<String>,
    pub standing: Option<Standing>,
    /// `YYYY-MM`: due in that month.
    pub month: Option<String>,
    pub window: Option<Window>,
    /// Words that must all be found in the task, its units or its notice.
    pub text: String,
}

impl Filter {
    /// Whether the filter keeps every row.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// The indices of the rows `filter` keeps, sorted by due date (the earliest first; ties by
/// notice, then in the notice's order; no date last).
pub fn apply(rows: &[Row], filter: &Filter) -> Vec<usize> {
    Prepared::of(rows).apply(rows, filter)
}

/// What the filters need of a reading of the library, made once per reading so that a
/// keystroke of the search over 10,000 rows neither sorts them again nor searches each row's
/// text apart: the rows in the board's order, and their folded texts one after another.
#[derive(Debug, Default)]
pub struct Prepared {
    /// Every row's index by due date, the earliest first; ties in the rows' order (by notice,
    /// then in the notice's order); no date last.
    order: Vec<usize>,
    /// The rows' folded texts, row after row (each ends with a space, which no searched word
    /// holds, so no match runs from one row into the next).
    text: String,
    /// Where each row's text ends in `text` (the next row's starts there).
    ends: Vec<usize>,
}

impl Prepared {
    pub fn of(rows: &[Row]) -> Prepared {
        let mut order: Vec<usize> = (0..rows.len()).collect();
        // Stable: equal dates keep the rows' order.
        order.sort_by(|&a, &b| match (&rows[a].due, &rows[b].due) {
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        let mut text = String::with_capacity(rows.iter().map(|r| r.haystack.len()).sum());
        let mut ends = Vec::with_capacity(rows.len());
        for r in rows {
            text.push_str(&r.haystack);
            ends.push(text.len());
        }
        Prepared { order, text, ends }
    }

    /// The indices of the rows (the same rows this was made of) that `filter` keeps, in the
    /// board's order.
    pub fn apply(&self, rows: &[Row], filter: &Filter) -> Vec<usize> {
        let mut folded = String::new();
        fold_for_search(&filter.text, &mut folded);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        // How many of the words, in order, each row holds.
        let mut held = vec![0usize; if words.is_empty() { 0 } else { rows.len() }];
        for (k, word) in words.iter().enumerate() {
            self.mark(word, k, &mut held);
        }
        self.order
            .iter()
            .copied()
            .filter(|&i| words.is_empty() || held.get(i) == Some(&words.len()))
            .filter(|&i| rows.get(i).is_some_and(|r| keeps(r, filter)))
            .collect()
    }

    /// Counts `word` (the `k`-th) in each row that holds it and every word before it: one
    /// search through all the rows' texts, going on from the next row after each find (linear
    /// in the text, whatever the number of finds).
    fn mark(&self, word: &str, k: usize, held: &mut [usize]) {
        let finder = Finder::new(word);
        let hay = self.text.as_bytes();
        let (mut pos, mut row) = (0, 0);
        while let Some(at) = hay.get(pos..).and_then(|rest| finder.find(rest)) {
            let at = pos + at;
            while self.ends.get(row).is_some_and(|&end| end <= at) {
                row += 1;
            }
            let Some(&end) = self.ends.get(row) else {
                break;
            };
            if at + word.len() <= end {
                if let Some(h) = held.get_mut(row).filter(|h| **h == k) {
                    *h = k + 1;
                }
                pos = end;
                row += 1;
            } else {
                pos = at + 1;
            }
        }
    }
}

/// Whether `r` passes the filter's choices (its words are looked for in [`Prepared::apply`]).
fn keeps(r: &Row, f: &Filter) -> bool {
    if f.notice.as_ref().is_some_and(|n| *n != r.notice) {
        return false;
    }
    if f.standing.is_some_and(|s| s != r.standing) {
        return false;
    }
    if let Some(month) = &f.month {
        if !r
            .due
            .as_deref()
            .is_some_and(|d| d.starts_with(month.as_str()))
        {
            return false;
        }
    }
    if let Some(w) = f.window {
        let open = !r.standing.is_done();
        if !(open && r.days_left.is_some_and(|d| w.holds(d))) {
            return false;
        }
    }
    if let Some(unit) = &f.unit {
        if !r.lead_keys.contains(unit) {
            return false;
        }
    }
    true
}

/// The months (`YYYY-MM`) the rows are due in, each once, in order.
pub fn months(rows: &[Row]) -> Vec<String> {
    let mut out: Vec<String> = rows
        .iter()
        .filter_map(|r| {
            r.due
                .as_deref()
                .and_then(|d| d.get(..7))
                .map(str::to_string)
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::rows::rows_of;
    use crate::board::units::unit_key;
    use crate::library::{Summary, TaskDue};

    fn rows() -> Vec<Row> {
        let t = |id: &str, text: &str, lead: &str, due: Option<&str>, done: Option<&str>| TaskDue {
            id: id.into(),
            text: text.into(),
            lead: vec![lead.into()],
            due: due.map(Into::into),
            done: done.map(Into::into),
            ..TaskDue::default()
        };
        let a = Summary {
            id: "a".into(),
            tasks: vec![
                t(
                    "d1",
                    "Tổng hợp báo cáo sơ kết",
                    "Văn phòng Sở",
                    Some("2026-12-20"),
                    None,
                ),
                t(
                    "d2",
                    "Rà soát đội ngũ",
                    "Phòng GD&ĐT",
                    Some("2026-11-25"),
                    None,
                ),
                t("d3", "Kiểm tra cơ sở vật chất", "Phòng GDĐT", None, None),
            ],
            ..Summary::default()
        };
        let b = Summary {
            id: "b".into(),
            tasks: vec![
                t(
                    "d1",
                    "Báo cáo tuyển sinh",
                    "Phòng Giáo dục và Đào tạo",
                    Some("2026-12-03"),
                    None,
                ),
                t(
                    "d2",
                    "Hoàn thiện hồ sơ",
                    "Văn phòng Sở",
                    Some("2026-12-01"),
                    Some("2026-11-30"),
                ),
                t(
                    "d3",
                    "Nộp kế hoạch",
                    "Văn phòng Sở",
                    Some("2026-12-01"),
                    None,
                ),
            ],
            ..Summary::default()
        };
        rows_of(&[a, b], "2026-12-01")
    }

    fn ids(rows: &[Row], kept: &[usize]) -> Vec<String> {
        kept.iter()
            .map(|&i| format!("{}{}", rows[i].notice, rows[i].task))
            .collect()
    }

    #[test]
    fn rows_come_by_due_date_and_undated_last() {
        let r = rows();
        assert_eq!(
            ids(&r, &apply(&r, &Filter::default())),
            ["ad2", "bd2", "bd3", "bd1", "ad1", "ad3"]
        );
    }

    #[test]
    fn a_unit_filter_takes_every_spelling_of_the_unit() {
        let r = rows();
        let f = Filter {
            unit: Some(unit_key("Phòng GD&ĐT")),
            ..Filter::default()
        };
        assert_eq!(ids(&r, &apply(&r, &f)), ["ad2", "bd1", "ad3"]);
    }

    #[test]
    fn search_ignores_case_and_marks_and_needs_every_word() {
        let r = rows();
        let f = |text: &str| Filter {
            text: text.into(),
            ..Filter::default()
        };
        assert_eq!(ids(&r, &apply(&r, &f("bao cao"))), ["bd1", "ad1"]);
        assert_eq!(ids(&r, &apply(&r, &f("BÁO CÁO tuyển"))), ["bd1"]);
        assert_eq!(ids(&r, &apply(&r, &f("van phong nop"))), ["bd3"]);
        assert!(apply(&r, &f("không có")).is_empty());
    }

    #[test]
    fn standing_month_notice_and_window_filters() {
        let r = rows();
        let by = |f: Filter| ids(&r, &apply(&r, &f));
        let standing = |s| Filter {
            standing: Some(s),
            ..Filter::default()
        };
        assert_eq!(by(standing(Standing::Overdue)), ["ad2"]);
        assert_eq!(by(standing(Standing::DueSoon)), ["bd3", "bd1"]);
        assert_eq!(by(standing(Standing::DoneOnTime)), ["bd2"]);
        let month = Filter {
            month: Some("2026-11".into()),
            ..Filter::default()
        };
        assert_eq!(by(month), ["ad2"]);
        let notice = Filter {
            notice: Some("b".into()),
            ..Filter::default()
        };
        assert_eq!(by(notice), ["bd2", "bd3", "bd1"]);
        let window = |w| Filter {
            window: Some(w),
            ..Filter::default()
        };
        assert_eq!(by(window(Window::Today)), ["bd3"], "done tasks are not due");
        assert_eq!(by(window(Window::Within(3))), ["bd1"]);
        assert_eq!(by(window(Window::Overdue)), ["ad2"]);
        assert_eq!(months(&r), ["2026-11", "2026-12"]);
    }

    #[test]
    fn one_search_through_every_row_finds_what_each_row_holds() {
        // Against each row's text searched alone: words found many times in a row, words at a
        // row's very start and end, a word repeated in the query, words found in no row.
        let r = rows();
        let prepared = Prepared::of(&r);
        for query in [
            "o", "a", "bao", "bao bao", "so", "phong", "tong", "ke", "sinh", "2026", "ho so",
            "dao tao", "x", "",
        ] {
            let f = Filter {
                text: query.into(),
                ..Filter::default()
            };
            let mut words = String::new();
            fold_for_search(query, &mut words);
            let alone: Vec<usize> = (0..r.len())
                .filter(|&i| words.split_whitespace().all(|w| r[i].haystack.contains(w)))
                .collect();
            let mut found = prepared.apply(&r, &f);
            found.sort_unstable();
            assert_eq!(found, alone, "{query:?}");
        }
    }

    #[test]
    fn no_word_is_found_across_two_rows() {
        // Row one's text ends "… ke", row two's starts "hoach …": "kehoach" is in neither.
        let t = |id: &str, text: &str| TaskDue {
            id: id.into(),
            text: text.into(),
            ..TaskDue::default()
        };
        let list = [Summary {
            id: "n".into(),
            tasks: vec![t("d1", "Lập kế"), t("d2", "hoạch tháng")],
            ..Summary::default()
        }];
        let r = rows_of(&list, "2026-12-01");
        let f = |text: &str| Filter {
            text: text.into(),
            ..Filter::default()
        };
        assert!(apply(&r, &f("kehoach")).is_empty());
        assert!(apply(&r, &f("ke hoach")).is_empty());
        assert_eq!(apply(&r, &f("hoach")).len(), 1);
    }
}
