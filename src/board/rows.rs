//! The board's rows: one per task not rejected, of every notice not in the trash, with where it
//! stands on the day the board is shown.

use super::units::unit_key;
use crate::export::vn_date;
use crate::library::search::fold_for_search;
use crate::library::Summary;
use crate::schedule::{day_number, task_status, DueStatus};

/// Where a task stands, in the five words of the task-tracking rules (QĐ 42/2014/QĐ-TTg):
/// *chưa đến hạn*, *sắp đến hạn* (due today or within 7 days), *quá hạn*, *hoàn thành đúng
/// hạn*, *hoàn thành quá hạn*. An open task without a due date is *chưa đến hạn*.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Standing {
    Overdue,
    DueSoon,
    NotDue,
    DoneLate,
    DoneOnTime,
}

impl Standing {
    /// Every standing, in the board's order of urgency.
    pub const ALL: [Standing; 5] = [
        Standing::Overdue,
        Standing::DueSoon,
        Standing::NotDue,
        Standing::DoneLate,
        Standing::DoneOnTime,
    ];

    /// The standing of a task due on `due` and done on `done`, on `today`.
    pub fn of(due: Option<&str>, done: Option<&str>, today: &str) -> Standing {
        match task_status(due, done, today) {
            Some(DueStatus::Overdue { .. }) => Standing::Overdue,
            Some(DueStatus::DueToday | DueStatus::DueSoon { .. }) => Standing::DueSoon,
            Some(DueStatus::DoneLate { .. }) => Standing::DoneLate,
            Some(DueStatus::DoneOnTime) => Standing::DoneOnTime,
            Some(DueStatus::NotDue { .. }) | None => Standing::NotDue,
        }
    }

    /// The code the page and its tests use (`data-status`).
    pub fn code(self) -> &'static str {
        match self {
            Standing::NotDue => "not-due",
            Standing::DueSoon => "due-soon",
            Standing::Overdue => "overdue",
            Standing::DoneOnTime => "done-on-time",
            Standing::DoneLate => "done-late",
        }
    }

    /// The standing a code names.
    pub fn from_code(code: &str) -> Option<Standing> {
        Standing::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The words of the rules, in Vietnamese (the CSVs' language).
    pub fn label_vi(self) -> &'static str {
        match self {
            Standing::NotDue => "Chưa đến hạn",
            Standing::DueSoon => "Sắp đến hạn",
            Standing::Overdue => "Quá hạn",
            Standing::DoneOnTime => "Hoàn thành đúng hạn",
            Standing::DoneLate => "Hoàn thành quá hạn",
        }
    }

    pub fn is_done(self) -> bool {
        matches!(self, Standing::DoneOnTime | Standing::DoneLate)
    }
}

/// One task on the board.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The notice's id in the library.
    pub notice: String,
    /// How the notice is named: "397/TB-SGDĐT ngày 17/02/2020", else its subject or opening.
    pub notice_label: String,
    /// The directive's id in its notice ("d3"); empty for a summary written before the board.
    pub task: String,
    pub text: String,
    pub lead: Vec<String>,
    pub support: Vec<String>,
    pub due: Option<String>,
    /// The original due date of an extended deadline (*gia hạn*).
    pub was: Option<String>,
    pub done: Option<String>,
    pub note: String,
    pub standing: Standing,
    /// Days from today to the due date (negative when past), when it has one.
    pub days_left: Option<i64>,
    /// The folded text the search looks in (task, units, notice), made once per row.
    pub(crate) haystack: String,
    /// The keys of the lead units ([`super::units::unit_key`]), made once per row.
    pub(crate) lead_keys: Vec<String>,
}

/// How a notice is named on the board and in the CSVs.
pub fn notice_label(s: &Summary) -> String {
    match (&s.number, &s.issued_date) {
        (Some(n), Some(d)) => format!("{n} ngày {}", vn_date(d)),
        (Some(n), None) => n.clone(),
        _ => s.title().to_string(),
    }
}

/// Days from `today` to `due` (negative when past), when both are days.
pub fn days_from(due: Option<&str>, today: &str) -> Option<i64> {
    Some(day_number(due?)? - day_number(today)?)
}

/// The rows of every notice not in the trash, on `today` (`YYYY-MM-DD`), in the library's order.
pub fn rows_of(list: &[Summary], today: &str) -> Vec<Row> {
    rows_with(list, today, &super::Directory::default())
}

/// [`rows_of`], each lead unit keyed through the user's unit directory (a unit joined into
/// another has the other's key).
pub fn rows_with(list: &[Summary], today: &str, directory: &super::Directory) -> Vec<Row> {
    let today_n = day_number(today);
    let mut out = Vec::new();
    for s in list.iter().filter(|s| s.trashed.is_none()) {
        let label = notice_label(s);
        let mut folded_label = String::new();
        fold_for_search(&label, &mut folded_label);
        for t in &s.tasks {
            let mut haystack = String::new();
            fold_for_search(&t.text, &mut haystack);
            for name in t.lead.iter().chain(&t.support) {
                fold_for_search(name, &mut haystack);
            }
            haystack.push_str(&folded_label);
            let days_left = t
                .due
                .as_deref()
                .and_then(day_number)
                .zip(today_n)
                .map(|(d, t)| d - t);
            out.push(Row {
                notice: s.id.clone(),
                notice_label: label.clone(),
                task: t.id.clone(),
                text: t.text.clone(),
                lead: t.lead.clone(),
                support: t.support.clone(),
                due: t.due.clone(),
                was: t.was.clone(),
                done: t.done.clone(),
                note: t.note.clone(),
                standing: Standing::of(t.due.as_deref(), t.done.as_deref(), today),
                days_left,
                haystack,
                lead_keys: t
                    .lead
                    .iter()
                    .map(|n| {
                        let key = unit_key(n);
                        directory.resolve(&key).to_string()
                    })
                    .collect(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::TaskDue;

    pub(crate) fn task(id: &str, lead: &[&str], due: Option<&str>, done: Option<&str>) -> TaskDue {
        TaskDue {
            id: id.into(),
            text: format!("Nhiệm vụ {id}"),
            lead: lead.iter().map(|s| s.to_string()).collect(),
            due: due.map(Into::into),
            done: done.map(Into::into),
            ..TaskDue::default()
        }
    }

    #[test]
    fn each_task_stands_by_its_dates_and_today() {
        let today = "2026-12-01";
        let s = |due, done| Standing::of(due, done, today);
        assert_eq!(s(Some("2026-11-30"), None), Standing::Overdue);
        assert_eq!(s(Some("2026-12-01"), None), Standing::DueSoon);
        assert_eq!(s(Some("2026-12-08"), None), Standing::DueSoon);
        assert_eq!(s(Some("2026-12-09"), None), Standing::NotDue);
        assert_eq!(s(None, None), Standing::NotDue);
        assert_eq!(
            s(Some("2026-11-30"), Some("2026-11-30")),
            Standing::DoneOnTime
        );
        assert_eq!(
            s(Some("2026-11-30"), Some("2026-12-01")),
            Standing::DoneLate
        );
        assert_eq!(s(None, Some("2026-12-01")), Standing::DoneOnTime);
        for st in Standing::ALL {
            assert_eq!(Standing::from_code(st.code()), Some(st));
        }
    }

    #[test]
    fn rows_leave_out_the_trash_and_name_their_notice() {
        let mut a = Summary {
            id: "a".into(),
            number: Some("12/TB-SGDĐT".into()),
            issued_date: Some("2026-11-02".into()),
            tasks: vec![task("d1", &["Văn phòng"], Some("2026-11-20"), None)],
            ..Summary::default()
        };
        a.tasks.push(task("d2", &[], None, None));
        let b = Summary {
            id: "b".into(),
            trashed: Some(1.0),
            tasks: vec![task("d1", &["X"], None, None)],
            ..Summary::default()
        };
        let rows = rows_of(&[a, b], "2026-12-01");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].notice_label, "12/TB-SGDĐT ngày 02/11/2026");
        assert_eq!(rows[0].standing, Standing::Overdue);
        assert_eq!(rows[0].days_left, Some(-11));
        assert_eq!(rows[1].days_left, None);
        assert!(rows[0].haystack.contains("van phong"));
    }
}
