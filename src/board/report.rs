//! The report per unit (*báo cáo tình hình thực hiện nhiệm vụ*): for each lead unit, the tasks
//! assigned, those that came due, done on time, done late, still overdue, and the rate of tasks
//! done on time among those that came due; and the board and the report as CSV for Excel (the
//! conventions of `crate::export::csv`: UTF-8 with a byte-order mark, CRLF, formulas guarded).
//!
//! A task led by two units counts for each of them; the total counts it once. A task with no
//! lead unit is reported under "(chưa rõ đơn vị)".

use super::rows::{Row, Standing};
use super::units::UnitIndex;
use crate::export::csv::{write_record, BOM};
use crate::export::vn_date;

/// The line of tasks without a lead unit.
pub const NO_UNIT: &str = "(chưa rõ đơn vị)";

/// One unit's line of the report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnitLine {
    /// The unit's key (empty for tasks without a lead unit, and for the total).
    pub key: String,
    pub name: String,
    pub assigned: usize,
    /// Came due: the due date is today or past, or the task is done.
    pub due: usize,
    pub done_on_time: usize,
    pub done_late: usize,
    pub overdue: usize,
}

impl UnitLine {
    fn add(&mut self, standing: Standing, days_left: Option<i64>) {
        self.assigned += 1;
        let came_due = standing.is_done() || days_left.is_some_and(|d| d <= 0);
        if came_due {
            self.due += 1;
        }
        match standing {
            Standing::DoneOnTime => self.done_on_time += 1,
            Standing::DoneLate => self.done_late += 1,
            Standing::Overdue => self.overdue += 1,
            Standing::DueSoon | Standing::NotDue => {}
        }
    }

    /// Done on time among those that came due, in whole percent; `None` when none came due.
    pub fn rate(&self) -> Option<u32> {
        (self.due > 0).then(|| ((self.done_on_time * 1000 / self.due + 5) / 10) as u32)
    }
}

/// The report: a line per lead unit, by name, and the total.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnitReport {
    pub lines: Vec<UnitLine>,
    pub total: UnitLine,
}

impl UnitReport {
    /// The report of the rows `kept` (indices into `rows`, as [`super::filter::apply`] gives).
    pub fn of(rows: &[Row], kept: &[usize], units: &UnitIndex) -> UnitReport {
        let mut lines: Vec<UnitLine> = units
            .units
            .iter()
            .map(|u| UnitLine {
                key: u.key.clone(),
                name: u.name.clone(),
                ..UnitLine::default()
            })
            .collect();
        let mut none = UnitLine {
            name: NO_UNIT.to_string(),
            ..UnitLine::default()
        };
        let mut total = UnitLine {
            name: "Tổng cộng".to_string(),
            ..UnitLine::default()
        };
        for row in kept.iter().filter_map(|&i| rows.get(i)) {
            total.add(row.standing, row.days_left);
            let mut counted: Vec<&str> = Vec::new();
            for key in row.lead_keys.iter().filter(|k| !k.is_empty()) {
                if counted.contains(&key.as_str()) {
                    continue;
                }
                counted.push(key);
                if let Ok(i) = lines.binary_search_by(|l| l.key.as_str().cmp(key)) {
                    lines[i].add(row.standing, row.days_left);
                }
            }
            if counted.is_empty() {
                none.add(row.standing, row.days_left);
            }
        }
        lines.retain(|l| l.assigned > 0);
        lines.sort_by(|a, b| a.key.cmp(&b.key));
        if none.assigned > 0 {
            lines.push(none);
        }
        UnitReport { lines, total }
    }
}

/// The columns of the board's CSV.
pub const BOARD_HEADERS: [&str; 9] = [
    "STT",
    "Nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Hạn",
    "Tình trạng",
    "Ngày hoàn thành",
    "Kết quả",
    "Văn bản",
];

/// The columns of the report's CSV.
pub const REPORT_HEADERS: [&str; 7] = [
    "Đơn vị",
    "Nhiệm vụ được giao",
    "Đến hạn",
    "Hoàn thành đúng hạn",
    "Hoàn thành quá hạn",
    "Quá hạn",
    "Tỷ lệ hoàn thành đúng hạn (%)",
];

/// The rows `kept` as CSV, in that order.
pub fn board_csv(rows: &[Row], kept: &[usize]) -> String {
    let mut out = String::from(BOM);
    write_record(&mut out, ',', BOARD_HEADERS.iter().copied());
    for (n, row) in kept.iter().filter_map(|&i| rows.get(i)).enumerate() {
        let stt = (n + 1).to_string();
        let due = row.due.as_deref().map(vn_date).unwrap_or_default();
        let done = row.done.as_deref().map(vn_date).unwrap_or_default();
        let (lead, support) = (row.lead.join("; "), row.support.join("; "));
        let fields = [
            stt.as_str(),
            &row.text,
            &lead,
            &support,
            &due,
            row.standing.label_vi(),
            &done,
            &row.note,
            &row.notice_label,
        ];
        write_record(&mut out, ',', fields.into_iter());
    }
    out
}

/// The report as CSV, the total last.
pub fn report_csv(report: &UnitReport) -> String {
    let mut out = String::from(BOM);
    write_record(&mut out, ',', REPORT_HEADERS.iter().copied());
    for line in report.lines.iter().chain([&report.total]) {
        let numbers = [
            line.assigned,
            line.due,
            line.done_on_time,
            line.done_late,
            line.overdue,
        ]
        .map(|n| n.to_string());
        let rate = line.rate().map(|r| r.to_string()).unwrap_or_default();
        let fields = std::iter::once(line.name.as_str())
            .chain(numbers.iter().map(String::as_str))
            .chain([rate.as_str()]);
        write_record(&mut out, ',', fields);
    }
    out
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
        let list = [Summary {
            id: "a".into(),
            number: Some("5/TB-PGDĐT".into()),
            tasks: vec![
                t(&["Phòng GD&ĐT"], Some("2026-11-10"), Some("2026-11-09")),
                t(
                    &["Phòng GDĐT", "Văn phòng"],
                    Some("2026-11-10"),
                    Some("2026-11-12"),
                ),
                t(&["Văn phòng"], Some("2026-11-20"), None),
                t(&["Văn phòng"], Some("2026-12-01"), None),
                t(&["Văn phòng"], Some("2027-01-01"), None),
                t(&[], None, None),
            ],
            ..Summary::default()
        }];
        rows_of(&list, "2026-12-01")
    }

    #[test]
    fn each_unit_counts_its_tasks_and_the_total_counts_each_once() {
        let r = rows();
        let kept = apply(&r, &Filter::default());
        let report = UnitReport::of(&r, &kept, &UnitIndex::of(&r));
        let names: Vec<&str> = report.lines.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Phòng GD&ĐT", "Văn phòng", NO_UNIT]);
        let phong = &report.lines[0];
        assert_eq!(
            (
                phong.assigned,
                phong.due,
                phong.done_on_time,
                phong.done_late
            ),
            (2, 2, 1, 1)
        );
        assert_eq!(phong.rate(), Some(50));
        let vp = &report.lines[1];
        assert_eq!(
            (vp.assigned, vp.due, vp.overdue, vp.done_late),
            (4, 3, 1, 1)
        );
        assert_eq!(vp.rate(), Some(0));
        assert_eq!(report.lines[2].rate(), None);
        assert_eq!(report.total.assigned, 6);
        assert_eq!(report.total.due, 4);
    }

    // The `csv` crate is a native dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_csvs_read_back_as_excel_would() {
        let r = rows();
        let kept = apply(&r, &Filter::default());
        let csv = board_csv(&r, &kept);
        assert!(csv.starts_with(BOM));
        let mut reader = ::csv::ReaderBuilder::new().from_reader(&csv.as_bytes()[BOM.len()..]);
        let records: Vec<_> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(records.len(), 6);
        assert_eq!(&records[0][2], "Phòng GD&ĐT");
        assert_eq!(&records[1][2], "Phòng GDĐT; Văn phòng");
        assert_eq!(&records[1][5], "Hoàn thành quá hạn");
        assert_eq!(&records[1][6], "12/11/2026");
        assert_eq!(&records[0][8], "5/TB-PGDĐT");
        let report = report_csv(&UnitReport::of(&r, &kept, &UnitIndex::of(&r)));
        let mut reader = ::csv::ReaderBuilder::new().from_reader(&report.as_bytes()[BOM.len()..]);
        let lines: Vec<_> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(&lines[0][6], "50");
        assert_eq!(&lines[3][0], "Tổng cộng");
    }
}
