//! What the library's list shows of a notice, kept beside it so that the list never has to
//! read the notices themselves: its number, dates, issuer and subject, a line of its text, and
//! each task's due and done dates (the counts of overdue work are derived from them on the day
//! the list is shown, never stored).

use serde::{Deserialize, Serialize};

use crate::document::{Document, Owner, Role, SpanKind, Status};
use crate::edit::short_text;
use crate::schedule::{task_status, DueStatus};

/// How many characters of the text stand for a notice with no subject.
const EXCERPT_CHARS: usize = 90;

/// One task as the list and the task board (`crate::board`) need it: what it asks, of whom,
/// by when, and whether it is done.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct TaskDue {
    /// The directive's id in its notice ("d3"); empty in summaries written before the board.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// The task's text, whole, on one line.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// The lead units (*chủ trì*), each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lead: Vec<String>,
    /// The supporting units (*phối hợp*), each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub support: Vec<String>,
    /// `YYYY-MM-DD`, when the task has a due date (the extended one, if it was extended).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// The original due date, when the deadline was extended (*gia hạn*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub was: Option<String>,
    /// `YYYY-MM-DD`, when the task is done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<String>,
    /// What came of it (*kết quả*), once done.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A notice as the library's list shows it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Summary {
    pub id: String,
    #[serde(default)]
    pub number: Option<String>,
    #[serde(default)]
    pub issued_date: Option<String>,
    #[serde(default)]
    pub meeting_date: Option<String>,
    /// The issuing body ("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), when the header names it.
    #[serde(default)]
    pub issuer: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    /// The start of the text, for a notice whose header was not read.
    #[serde(default)]
    pub excerpt: String,
    /// The tasks not rejected.
    #[serde(default)]
    pub tasks: Vec<TaskDue>,
    /// When it was last changed (milliseconds since 1970, the browser's clock).
    #[serde(default)]
    pub updated: f64,
    /// When it was put in the trash (milliseconds since 1970); `None` while in the list.
    #[serde(default)]
    pub trashed: Option<f64>,
    /// The app's save revision it was written at (a later save of it found at the next start
    /// means a write to the library was cut short, and it is written again).
    #[serde(default)]
    pub rev: u64,
}

/// The counts the list shows for a notice on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Counts {
    pub tasks: usize,
    pub overdue: usize,
    /// Due today or within [`crate::schedule::SOON_DAYS`] days.
    pub due_soon: usize,
    pub done: usize,
}

fn present(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
}

/// The issuing body as the header names it, on one line: the last issuer line ("SỞ GIÁO DỤC VÀ
/// ĐÀO TẠO" under "UBND THÀNH PHỐ CẦN THƠ", the body above it). Not the signing formula ("TL.
/// GIÁM ĐỐC"), which names no body.
fn issuer(doc: &Document) -> Option<String> {
    let span = doc.spans.iter().rfind(|s| s.kind == SpanKind::Issuer);
    let named = span.map(|s| {
        let text: String = doc
            .text
            .chars()
            .skip(s.start)
            .take(s.end.saturating_sub(s.start))
            .collect();
        Some(text)
    });
    named.and_then(|t| present(&t))
}

/// The names of a directive's owners in `role`, each once, in the order written.
fn owner_list(owners: &[Owner], role: Role) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for o in owners.iter().filter(|o| o.role == role) {
        let name = o.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// The start of the text in a line of [`EXCERPT_CHARS`] (only the start is looked at: a summary
/// is made at every save, of notices up to megabytes).
fn excerpt(text: &str) -> String {
    let end = text
        .char_indices()
        .nth(EXCERPT_CHARS * 8)
        .map_or(text.len(), |(i, _)| i);
    short_text(text.get(..end).unwrap_or(text), EXCERPT_CHARS)
}

impl Summary {
    /// The summary of `doc`, kept as `id`, changed at `updated`.
    pub fn of(id: &str, doc: &Document, updated: f64) -> Summary {
        let f = &doc.fields;
        let tasks = doc
            .directives
            .iter()
            .filter(|d| d.status != Status::Rejected)
            .map(|d| TaskDue {
                id: d.id.clone(),
                text: d.text.split_whitespace().collect::<Vec<_>>().join(" "),
                lead: owner_list(&d.owners, Role::Lead),
                support: owner_list(&d.owners, Role::Support),
                due: d.due().map(str::to_string),
                was: d
                    .extended
                    .as_ref()
                    .and_then(|_| d.deadline.as_ref()?.due.clone()),
                done: d.done.as_ref().map(|done| done.date.clone()),
                note: d
                    .done
                    .as_ref()
                    .map(|done| done.note.clone())
                    .unwrap_or_default(),
            })
            .collect();
        Summary {
            id: id.to_string(),
            number: present(&f.number),
            issued_date: present(&f.issued_date),
            meeting_date: present(&f.meeting_date),
            issuer: issuer(doc),
            subject: present(&f.subject),
            excerpt: excerpt(&doc.text),
            tasks,
            updated,
            trashed: None,
            rev: 0,
        }
    }

    /// The counts on `today` (`YYYY-MM-DD`).
    pub fn counts(&self, today: &str) -> Counts {
        let mut c = Counts {
            tasks: self.tasks.len(),
            ..Counts::default()
        };
        for t in &self.tasks {
            match task_status(t.due.as_deref(), t.done.as_deref(), today) {
                Some(DueStatus::Overdue { .. }) => c.overdue += 1,
                Some(DueStatus::DueToday | DueStatus::DueSoon { .. }) => c.due_soon += 1,
                Some(DueStatus::DoneOnTime | DueStatus::DoneLate { .. }) => c.done += 1,
                _ => {}
            }
        }
        c
    }

    /// The notice's title in the list: its subject, else the start of its text.
    pub fn title(&self) -> &str {
        self.subject.as_deref().unwrap_or(&self.excerpt)
    }

    /// The order of the list: the most recently changed first (ids, unique, break ties).
    pub fn newer_first(a: &Summary, b: &Summary) -> std::cmp::Ordering {
        b.updated
            .total_cmp(&a.updated)
            .then_with(|| a.id.cmp(&b.id))
    }

    /// Sorts the list in its order ([`Summary::newer_first`]).
    pub fn newest_first(list: &mut [Summary]) {
        list.sort_unstable_by(Summary::newer_first);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Done;

    fn doc() -> Document {
        crate::read(
            "THÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\
             1. Giao Phòng Giáo dục Trung học xây dựng kế hoạch, hoàn thành trước ngày 15/12/2026.\n\
             2. Giao Văn phòng Sở tổng hợp báo cáo trước ngày 20/11/2026.\n\
             3. Giao các trường rà soát hồ sơ.\n",
        )
    }

    #[test]
    fn a_summary_keeps_each_tasks_dates() {
        let d = doc();
        let s = Summary::of("n1", &d, 5.0);
        assert_eq!(s.id, "n1");
        assert_eq!(s.tasks.len(), d.directives.len());
        assert!(s
            .tasks
            .iter()
            .any(|t| t.due.as_deref() == Some("2026-12-15")));
        assert!(!s.excerpt.is_empty());
        assert_eq!(s.trashed, None);
    }

    #[test]
    fn the_issuer_is_the_body_the_header_names() {
        let d = crate::read(
            "UBND THÀNH PHỐ CẦN THƠ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/TB-SGDĐT\n\nTHÔNG BÁO\n\
             1. Giao Văn phòng Sở tổng hợp báo cáo.\n",
        );
        let issuer = Summary::of("n1", &d, 0.0).issuer.unwrap_or_default();
        assert!(issuer.contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), "{issuer}");
        assert!(!issuer.contains("CẦN THƠ"), "{issuer}");
    }

    #[test]
    fn counts_follow_the_day_they_are_shown() {
        let s = Summary {
            tasks: vec![
                TaskDue {
                    due: Some("2026-11-20".into()),
                    ..TaskDue::default()
                },
                TaskDue {
                    due: Some("2026-12-05".into()),
                    ..TaskDue::default()
                },
                TaskDue {
                    due: Some("2026-11-20".into()),
                    done: Some("2026-11-25".into()),
                    ..TaskDue::default()
                },
                TaskDue::default(),
            ],
            ..Summary::default()
        };
        assert_eq!(
            s.counts("2026-12-01"),
            Counts {
                tasks: 4,
                overdue: 1,
                due_soon: 1,
                done: 1
            }
        );
        // A month earlier nothing was overdue yet.
        assert_eq!(s.counts("2026-11-01").overdue, 0);
    }

    #[test]
    fn rejected_tasks_are_not_counted_and_done_ones_are() {
        let mut d = doc();
        let n = d.directives.len();
        d.directives[0].status = Status::Rejected;
        d.directives[1].done = Some(Box::new(Done {
            date: "2026-11-19".into(),
            note: String::new(),
        }));
        let s = Summary::of("n1", &d, 0.0);
        assert_eq!(s.tasks.len(), n - 1);
        assert_eq!(s.counts("2026-12-01").done, 1);
    }

    #[test]
    fn a_summary_survives_json() {
        let s = Summary::of("n1", &doc(), 1.5e12);
        let json = serde_json::to_string(&s).unwrap_or_default();
        let back: Summary = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, s);
    }

    #[test]
    fn the_newest_comes_first() {
        let mut list = vec![
            Summary {
                id: "a".into(),
                updated: 1.0,
                ..Summary::default()
            },
            Summary {
                id: "b".into(),
                updated: 3.0,
                ..Summary::default()
            },
        ];
        Summary::newest_first(&mut list);
        assert_eq!(list[0].id, "b");
    }
}
