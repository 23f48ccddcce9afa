//! Tables flattened into rows (catalogue L11): a schedule or an assignment table pasted from
//! Word arrives as one line per row, its cells joined by " | " in the canonical text. The header
//! row says which cell is the task, the date, the lead unit and the supporting units; each row
//! under it is a directive.

use super::canonical::TABLE_SEPARATOR;
use super::text::{skip_spaces, table_at};
use crate::lexicon::tables;

/// What the columns of a table hold, by index.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Columns {
    pub count: usize,
    pub task: Option<usize>,
    pub time: Option<usize>,
    pub lead: Option<usize>,
    pub support: Option<usize>,
}

/// The cells of a row `text[s..e]`, trimmed (byte ranges); fewer than three means no row.
pub fn cells(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some(row) = text.get(s..e) else {
        return out;
    };
    // (Most rows hold no "|" at all: that is looked for first, by memchr.)
    if memchr::memchr(b'|', row.as_bytes()).is_none() || !row.contains(TABLE_SEPARATOR) {
        return out;
    }
    // Cells are cut at every "|", so that an empty cell typed as "| |" (a table pasted from a
    // web page or a mail) keeps its column; a row's outer bars ("| 1 | Rà soát … |") open and
    // close no cell.
    let mut start = s;
    for part in row.split('|') {
        let end = start + part.len();
        out.push(super::text::trim_range(text, start, end, &[]));
        start = end + 1;
    }
    if row.trim_start().starts_with('|') && out.first().is_some_and(|c| c.0 == c.1) {
        out.remove(0);
    }
    if row.trim_end().ends_with('|') && out.last().is_some_and(|c| c.0 == c.1) {
        out.pop();
    }
    if out.len() < 3 {
        out.clear();
    }
    out
}

/// The columns a header row names, if it names a task or a lead column.
pub fn header(low: &str, cells: &[(usize, usize)]) -> Option<Columns> {
    let mut c = Columns {
        count: cells.len(),
        ..Default::default()
    };
    for (i, &(s, _)) in cells.iter().enumerate() {
        let at = skip_spaces(low, s);
        if table_at(low, at, &tables::SUPPORT_COLUMNS).is_some() {
            c.support.get_or_insert(i);
        } else if table_at(low, at, &tables::LEAD_COLUMNS).is_some() {
            c.lead.get_or_insert(i);
        } else if table_at(low, at, &tables::TASK_COLUMNS).is_some() {
            c.task.get_or_insert(i);
        } else if table_at(low, at, &tables::TIME_COLUMNS).is_some() {
            c.time.get_or_insert(i);
        }
    }
    (c.task.is_some() || c.lead.is_some()).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::text::fold;

    #[test]
    fn l11_a_header_row_names_its_columns() {
        let t = "TT | Thời gian | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp";
        let low = fold(t);
        let c = cells(t, 0, t.len());
        assert_eq!(c.len(), 5);
        assert_eq!(
            header(&low, &c),
            Some(Columns {
                count: 5,
                task: Some(2),
                time: Some(1),
                lead: Some(3),
                support: Some(4)
            })
        );
        assert_eq!(cells("a | b", 0, 5), vec![]);
    }
}
