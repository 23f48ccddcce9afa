//! The board's rows grouped by lead unit, notice, standing or month due, each group in the
//! order of the board (by due date) — what a clerk reads when reporting unit by unit or month by
//! month. A task led by two units stands in each unit's group (as in the report per unit); a
//! task with no lead unit, or no due date, has a group of its own, last.

use std::collections::HashMap;

use super::report::NO_UNIT;
use super::rows::{Row, Standing};
use super::units::UnitIndex;
use crate::export::vn_date;

/// What the rows are grouped by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GroupBy {
    #[default]
    Nothing,
    Unit,
    Notice,
    Standing,
    Month,
}

impl GroupBy {
    pub const ALL: [GroupBy; 5] = [
        GroupBy::Nothing,
        GroupBy::Unit,
        GroupBy::Notice,
        GroupBy::Standing,
        GroupBy::Month,
    ];

    /// The code the page uses.
    pub fn code(self) -> &'static str {
        match self {
            GroupBy::Nothing => "",
            GroupBy::Unit => "unit",
            GroupBy::Notice => "notice",
            GroupBy::Standing => "status",
            GroupBy::Month => "month",
        }
    }

    pub fn from_code(code: &str) -> GroupBy {
        GroupBy::ALL
            .into_iter()
            .find(|g| g.code() == code)
            .unwrap_or_default()
    }
}

/// One group: what it is (a unit's name, a notice, a standing's code, a month `MM/YYYY`; empty
/// for "none"), and its rows (indices into the board's rows), in the board's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub label: String,
    pub rows: Vec<usize>,
}

/// The rows `kept` (in the board's order) in groups, the groups in order: units by name,
/// notices as first met, standings by urgency, months in time; the rows without a unit or a date
/// last. Grouped by nothing: one group of them all.
pub fn grouped(rows: &[Row], kept: &[usize], by: GroupBy, units: &UnitIndex) -> Vec<Group> {
    if by == GroupBy::Nothing {
        let all = Group {
            label: String::new(),
            rows: kept.to_vec(),
        };
        return if kept.is_empty() {
            Vec::new()
        } else {
            vec![all]
        };
    }
    // (order of the group, its label) for each group a row belongs to.
    let keys = |row: &Row| -> Vec<(String, String)> {
        match by {
            GroupBy::Nothing => Vec::new(),
            GroupBy::Unit => {
                let mut keys: Vec<(String, String)> = Vec::new();
                for key in row.lead_keys.iter().filter(|k| !k.is_empty()) {
                    let name = units.name_of(key).unwrap_or(key).to_string();
                    if !keys.iter().any(|(k, _)| k == key) {
                        keys.push((key.clone(), name));
                    }
                }
                if keys.is_empty() {
                    keys.push(("\u{10FFFF}".into(), NO_UNIT.into()));
                }
                keys
            }
            GroupBy::Notice => vec![(String::new(), row.notice_label.clone())],
            GroupBy::Standing => {
                let rank = Standing::ALL
                    .iter()
                    .position(|s| *s == row.standing)
                    .unwrap_or(0);
                vec![(rank.to_string(), row.standing.code().to_string())]
            }
            GroupBy::Month => match row.due.as_deref().and_then(|d| d.get(..7)) {
                Some(month) => {
                    let shown = vn_date(&format!("{month}-01"));
                    vec![(month.to_string(), shown.get(3..).unwrap_or("").to_string())]
                }
                None => vec![("\u{10FFFF}".into(), String::new())],
            },
        }
    };
    let mut groups: Vec<(String, Group)> = Vec::new();
    // Where each label's group is (500 notices' groups over 10,000 rows: no search through the
    // groups for each row).
    let mut at: HashMap<String, usize> = HashMap::new();
    for &i in kept {
        let Some(row) = rows.get(i) else { continue };
        for (order, label) in keys(row) {
            if let Some(group) = at.get(&label).and_then(|&g| groups.get_mut(g)) {
                group.1.rows.push(i);
                continue;
            }
            // Notices keep the order they are first met in (by their first due task).
            let order = if by == GroupBy::Notice {
                format!("{:010}", groups.len())
            } else {
                order
            };
            at.insert(label.clone(), groups.len());
            groups.push((
                order,
                Group {
                    label,
                    rows: vec![i],
                },
            ));
        }
    }
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    groups.into_iter().map(|(_, g)| g).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::filter::{apply, Filter};
    use crate::board::rows::rows_of;
    use crate::library::{Summary, TaskDue};

    fn rows() -> Vec<Row> {
        let t = |lead: &[&str], due: Option<&str>, done: Option<&str>| TaskDue {
            text: "Báo cáo".into(),
            lead: lead.iter().map(|s| s.to_string()).collect(),
            due: due.map(Into::into),
            done: done.map(Into::into),
            ..TaskDue::default()
        };
        let a = Summary {
            id: "a".into(),
            number: Some("1/TB".into()),
            tasks: vec![
                t(&["Văn phòng"], Some("2026-12-20"), None),
                t(&["Phòng GD&ĐT", "Văn phòng"], Some("2026-11-10"), None),
            ],
            ..Summary::default()
        };
        let b = Summary {
            id: "b".into(),
            number: Some("2/TB".into()),
            tasks: vec![
                t(&["Phòng GDĐT"], Some("2026-11-05"), Some("2026-11-01")),
                t(&[], None, None),
            ],
            ..Summary::default()
        };
        rows_of(&[a, b], "2026-12-01")
    }

    fn labels(groups: &[Group]) -> Vec<(&str, usize)> {
        groups
            .iter()
            .map(|g| (g.label.as_str(), g.rows.len()))
            .collect()
    }

    #[test]
    fn rows_are_grouped_by_unit_notice_standing_and_month() {
        let r = rows();
        let kept = apply(&r, &Filter::default());
        let units = UnitIndex::of(&r);
        assert_eq!(
            labels(&grouped(&r, &kept, GroupBy::Nothing, &units)),
            [("", 4)]
        );
        // A task led by two units in each; the one without a unit last.
        assert_eq!(
            labels(&grouped(&r, &kept, GroupBy::Unit, &units)),
            [("Phòng GD&ĐT", 2), ("Văn phòng", 2), (NO_UNIT, 1)]
        );
        // Notices in the order their first task is due.
        assert_eq!(
            labels(&grouped(&r, &kept, GroupBy::Notice, &units)),
            [("2/TB", 2), ("1/TB", 2)]
        );
        assert_eq!(
            labels(&grouped(&r, &kept, GroupBy::Standing, &units)),
            [("overdue", 1), ("not-due", 2), ("done-on-time", 1)]
        );
        assert_eq!(
            labels(&grouped(&r, &kept, GroupBy::Month, &units)),
            [("11/2026", 2), ("12/2026", 1), ("", 1)]
        );
        // Within a group, the board's order (by due date).
        let by_month = grouped(&r, &kept, GroupBy::Month, &units);
        assert_eq!(r[by_month[0].rows[0]].due.as_deref(), Some("2026-11-05"));
        assert_eq!(GroupBy::from_code("month"), GroupBy::Month);
        assert_eq!(GroupBy::from_code("?"), GroupBy::Nothing);
    }
}
