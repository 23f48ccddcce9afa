//! What the alert banner says when the app opens: how many open tasks are overdue, due today,
//! and due within 1, 3 and 7 days (each a window of [`Window`], which the banner's counts open
//! the board on).

use super::filter::Window;
use super::rows::Row;

/// The banner's windows, in the order it shows them.
pub const WINDOWS: [Window; 5] = [
    Window::Overdue,
    Window::Today,
    Window::Within(1),
    Window::Within(3),
    Window::Within(7),
];

/// How many open tasks fall in each of [`WINDOWS`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Alerts {
    pub counts: [usize; WINDOWS.len()],
}

impl Alerts {
    pub fn of(rows: &[Row]) -> Alerts {
        let mut counts = [0; WINDOWS.len()];
        for row in rows.iter().filter(|r| !r.standing.is_done()) {
            let Some(days) = row.days_left else { continue };
            for (count, window) in counts.iter_mut().zip(WINDOWS) {
                if window.holds(days) {
                    *count += 1;
                }
            }
        }
        Alerts { counts }
    }

    /// Whether there is anything to say (an overdue task, or one due within 7 days).
    pub fn any(&self) -> bool {
        self.counts.iter().any(|&c| c > 0)
    }

    pub fn count(&self, window: Window) -> usize {
        WINDOWS
            .iter()
            .position(|&w| w == window)
            .map_or(0, |i| self.counts[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::rows::rows_of;
    use crate::library::{Summary, TaskDue};

    #[test]
    fn the_banner_counts_open_tasks_by_how_soon_they_are_due() {
        let dues = [
            "2026-11-01",
            "2026-11-30",
            "2026-12-01",
            "2026-12-02",
            "2026-12-04",
            "2026-12-08",
            "2026-12-09",
        ];
        let mut tasks: Vec<TaskDue> = dues
            .iter()
            .map(|d| TaskDue {
                due: Some(d.to_string()),
                ..TaskDue::default()
            })
            .collect();
        tasks.push(TaskDue {
            due: Some("2026-11-02".into()),
            done: Some("2026-11-03".into()),
            ..TaskDue::default()
        });
        tasks.push(TaskDue::default());
        let list = [Summary {
            id: "a".into(),
            tasks,
            ..Summary::default()
        }];
        let a = Alerts::of(&rows_of(&list, "2026-12-01"));
        assert_eq!(a.count(Window::Overdue), 2, "a done task is never overdue");
        assert_eq!(a.count(Window::Today), 1);
        assert_eq!(a.count(Window::Within(1)), 1);
        assert_eq!(a.count(Window::Within(3)), 2);
        assert_eq!(a.count(Window::Within(7)), 3);
        assert!(a.any());
        assert!(!Alerts::default().any());
    }
}
