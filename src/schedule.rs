//! Where a task stands against its due date today, in the words of the offices' task-tracking
//! rules (QĐ 42/2014/QĐ-TTg and the provinces' "quy chế theo dõi, đôn đốc"): *chưa đến hạn*,
//! *sắp đến hạn* (7 days or less), *đến hạn hôm nay*, *quá hạn*, and once done *hoàn thành
//! đúng hạn* or *hoàn thành quá hạn*. Derived from the due date, the done date and today every
//! time it is shown, never stored.

use crate::document::{Directive, Status};
use crate::edit::valid_iso_date;

/// Days before the due date from which a task is *sắp đến hạn*.
pub const SOON_DAYS: i64 = 7;

/// A task's standing against its due date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueStatus {
    /// *Chưa đến hạn*: due in more than [`SOON_DAYS`] days.
    NotDue { days: i64 },
    /// *Sắp đến hạn*: due in 1 to [`SOON_DAYS`] days.
    DueSoon { days: i64 },
    /// *Đến hạn hôm nay*.
    DueToday,
    /// *Quá hạn*: the due date passed this many days ago.
    Overdue { days: i64 },
    /// *Hoàn thành đúng hạn* (or done, when it had no due date).
    DoneOnTime,
    /// *Hoàn thành quá hạn*: done this many days after the due date.
    DoneLate { days: i64 },
}

impl DueStatus {
    /// The code used in the page (`data-due-status`) and in tests.
    pub fn code(self) -> &'static str {
        match self {
            DueStatus::NotDue { .. } => "not-due",
            DueStatus::DueSoon { .. } => "due-soon",
            DueStatus::DueToday => "due-today",
            DueStatus::Overdue { .. } => "overdue",
            DueStatus::DoneOnTime => "done-on-time",
            DueStatus::DoneLate { .. } => "done-late",
        }
    }
}

/// The day number of a `YYYY-MM-DD` date (days since 1970-01-01), if it is a real day.
pub fn day_number(iso: &str) -> Option<i64> {
    if !valid_iso_date(iso) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| iso.get(r).and_then(|x| x.parse::<i64>().ok());
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    Some(crate::notice::dates::days_from_civil(y, m, d))
}

/// How a task due on `due` stands on `today` (both `YYYY-MM-DD`); `None` when either is not a
/// real day.
pub fn due_status(due: &str, today: &str) -> Option<DueStatus> {
    let days = day_number(due)? - day_number(today)?;
    Some(match days {
        d if d < 0 => DueStatus::Overdue { days: -d },
        0 => DueStatus::DueToday,
        d if d <= SOON_DAYS => DueStatus::DueSoon { days: d },
        d => DueStatus::NotDue { days: d },
    })
}

/// How a directive stands today: done on time or late once done; else against its due date;
/// `None` for a rejected directive, or an open one without a due date.
pub fn directive_status(d: &Directive, today: &str) -> Option<DueStatus> {
    if d.status == Status::Rejected {
        return None;
    }
    // Against the extended day, if the deadline was extended (*gia hạn*).
    task_status(
        d.due(),
        d.done.as_ref().map(|done| done.date.as_str()),
        today,
    )
}

/// How a task due on `due` (if it has a due date) and done on `done` (if it is done) stands on
/// `today`: done on time or late once done; else against its due date; `None` when open
/// without a due date.
pub fn task_status(due: Option<&str>, done: Option<&str>, today: &str) -> Option<DueStatus> {
    if let Some(done) = done {
        let late = due.and_then(|due| Some(day_number(done)? - day_number(due)?));
        return Some(match late {
            Some(days) if days > 0 => DueStatus::DoneLate { days },
            _ => DueStatus::DoneOnTime,
        });
    }
    due_status(due?, today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_real_days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(
            day_number("2024-02-29")
                .zip(day_number("2024-03-01"))
                .map(|(a, b)| b - a),
            Some(1)
        );
        assert_eq!(day_number("2023-02-29"), None);
        assert_eq!(day_number("31/12/2022"), None);
    }

    #[test]
    fn a_task_is_overdue_due_today_due_soon_or_not_due() {
        let today = "2026-12-01";
        assert_eq!(
            due_status("2022-12-31", today),
            Some(DueStatus::Overdue { days: 1431 })
        );
        assert_eq!(
            due_status("2026-11-30", today),
            Some(DueStatus::Overdue { days: 1 })
        );
        assert_eq!(due_status("2026-12-01", today), Some(DueStatus::DueToday));
        assert_eq!(
            due_status("2026-12-02", today),
            Some(DueStatus::DueSoon { days: 1 })
        );
        assert_eq!(
            due_status("2026-12-08", today),
            Some(DueStatus::DueSoon { days: 7 })
        );
        assert_eq!(
            due_status("2026-12-09", today),
            Some(DueStatus::NotDue { days: 8 })
        );
        assert_eq!(
            due_status("2027-01-01", today),
            Some(DueStatus::NotDue { days: 31 })
        );
        assert_eq!(due_status("", today), None);
        assert_eq!(due_status("2026-12-01", "hôm nay"), None);
    }

    #[test]
    fn rejected_and_undated_tasks_have_no_standing() {
        let doc = crate::read(
            "1. Giao Phòng A báo cáo trước ngày 20/11/2023.\n2. Giao Phòng B tổ chức thường xuyên.\n",
        );
        let dated = doc
            .directives
            .iter()
            .find(|d| d.deadline.as_ref().is_some_and(|x| x.due.is_some()));
        let dated = dated.expect("a dated directive");
        assert_eq!(
            directive_status(dated, "2023-11-25"),
            Some(DueStatus::Overdue { days: 5 })
        );
        let mut rejected = dated.clone();
        rejected.status = Status::Rejected;
        assert_eq!(directive_status(&rejected, "2023-11-25"), None);
    }

    #[test]
    fn a_done_task_was_done_on_time_or_late() {
        let doc = crate::read("1. Giao Phòng A báo cáo trước ngày 20/11/2023.\n");
        let mut d = doc.directives.first().expect("a directive").clone();
        let done = |date: &str| {
            Some(Box::new(crate::document::Done {
                date: date.into(),
                note: String::new(),
            }))
        };
        d.done = done("2023-11-20");
        assert_eq!(
            directive_status(&d, "2024-01-01"),
            Some(DueStatus::DoneOnTime)
        );
        d.done = done("2023-11-23");
        assert_eq!(
            directive_status(&d, "2024-01-01"),
            Some(DueStatus::DoneLate { days: 3 })
        );
        d.deadline = None;
        assert_eq!(
            directive_status(&d, "2024-01-01"),
            Some(DueStatus::DoneOnTime)
        );
    }
}
