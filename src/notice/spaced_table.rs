//! Tables copied from a PDF with their cells joined by single spaces (catalogue L11): the
//! header "TT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian" and numbered rows
//! "1 Kiểm tra chuyên đề tại các trường mầm non Bộ phận Mầm non Các trường MN 02/12 - 06/12".
//! Before the canonical text is made, such a row gets its cells back, tab-separated, so that it
//! is read as a table pasted from Word is. A row is only cut where the cut can be checked: the
//! time cell is a time phrase to its end, each unit cell a unit phrase that starts with a
//! capitalised head; a row that cannot be cut so stays as it was.
//!
//! Written by hand: cutting depends on the lexicon (column headers, unit heads, time phrases).

use std::borrow::Cow;

use super::text::{fold, skip_spaces, table_at};
use crate::lexicon::{deadlines as deadline_words, tables};

/// What a column of the header holds.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Column {
    Number,
    Task,
    Lead,
    Support,
    Time,
}

/// `pasted` with the rows of space-joined tables tab-separated; borrowed when it has none.
pub fn with_cells(pasted: &str) -> Cow<'_, str> {
    // (A header starts a line with "TT" or "STT": most texts are let go by one search.)
    if !has_header_start(pasted) {
        return Cow::Borrowed(pasted);
    }
    let mut out = String::with_capacity(pasted.len() + 64);
    let mut columns: Option<Vec<Column>> = None;
    let mut changed = false;
    for line in pasted.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let ending = &line[body.len()..];
        if body.contains('\t') || body.contains('|') {
            columns = None;
            out.push_str(line);
            continue;
        }
        // (Only a short line that opens as a header does is read as one.)
        let opens = ["TT ", "tt ", "STT ", "Stt ", "stt ", "Số TT "]
            .iter()
            .any(|h| body.trim_start().starts_with(h));
        if let Some(c) = (opens && body.len() <= MAX_HEADER)
            .then(|| header(body))
            .flatten()
        {
            let cells = c.len();
            columns = Some(c);
            // The header's own cells, as its phrases cut them.
            if let Some(cut) = cut_header(body, cells) {
                out.push_str(&cut);
                out.push_str(ending);
                changed = true;
                continue;
            }
        } else if let Some(c) = &columns {
            if let Some(row) = cut_row(body, c) {
                out.push_str(&row);
                out.push_str(ending);
                changed = true;
                continue;
            }
            if !body.trim().is_empty() {
                columns = None;
            }
        }
        out.push_str(line);
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(pasted)
    }
}

/// The longest header and row read (longer lines are text, and cutting stays linear).
const MAX_HEADER: usize = 300;
const MAX_ROW: usize = 600;

/// Whether some line starts with "TT " or "STT " (any case).
fn has_header_start(text: &str) -> bool {
    let b = text.as_bytes();
    let at_line = |i: usize| i == 0 || b[i - 1] == b'\n';
    memchr::memmem::find_iter(b, b"TT ")
        .chain(memchr::memmem::find_iter(b, b"tt "))
        .chain(memchr::memmem::find_iter(b, b"Stt "))
        .any(|i| at_line(i) || i > 0 && matches!(b[i - 1], b'S' | b's') && at_line(i - 1))
}

/// The header's phrases: a row number's column, then three or more column names and nothing
/// else, with a task column and a lead or time column.
fn header(line: &str) -> Option<Vec<Column>> {
    let low = fold(line.trim());
    let mut p = 0;
    let mut out = Vec::new();
    for number in tables::NUMBER_COLUMNS {
        if low.starts_with(number) && low[number.len()..].starts_with(' ') {
            out.push(Column::Number);
            p = number.len();
            break;
        }
    }
    if out.is_empty() {
        return None;
    }
    loop {
        p = skip_spaces(&low, p);
        if p >= low.len() {
            break;
        }
        let (column, len) = column_at(&low, p)?;
        out.push(column);
        p += len;
    }
    let has = |c: Column| out.contains(&c);
    (out.len() >= 4 && has(Column::Task) && (has(Column::Lead) || has(Column::Time))).then_some(out)
}

/// The column a header phrase at `p` names, and its length.
pub(super) fn column_at(low: &str, p: usize) -> Option<(Column, usize)> {
    [
        (&tables::SUPPORT_COLUMNS, Column::Support),
        (&tables::LEAD_COLUMNS, Column::Lead),
        (&tables::TASK_COLUMNS, Column::Task),
        (&tables::TIME_COLUMNS, Column::Time),
    ]
    .into_iter()
    .filter_map(|(table, column)| table_at(low, p, table).map(|w| (column, w.len())))
    .max_by_key(|&(_, len)| len)
}

/// The header line with tabs between its phrases.
fn cut_header(line: &str, cells: usize) -> Option<String> {
    let trimmed = line.trim();
    let low = fold(trimmed);
    let mut cuts = Vec::new();
    let mut p = low.find(' ')?;
    loop {
        p = skip_spaces(&low, p);
        if p >= low.len() {
            break;
        }
        cuts.push(p);
        p += column_at(&low, p)?.1;
    }
    (cuts.len() + 1 == cells).then(|| join_at(trimmed, &cuts))
}

/// `text` with a tab in place of the space before each cut.
fn join_at(text: &str, cuts: &[usize]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for &c in cuts {
        out.push_str(text[from..c].trim_end());
        out.push('\t');
        from = c;
    }
    out.push_str(&text[from..]);
    out
}

/// A numbered row cut into the header's cells, when every cut checks: the number, the task
/// (two words or more), a unit cell for each unit column (a capitalised head, a unit phrase to
/// the cell's end; the support cell may be empty), and the time cell (a time phrase to its
/// end) first or last.
fn cut_row(line: &str, columns: &[Column]) -> Option<String> {
    let text = line.trim();
    if text.len() > MAX_ROW || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let low = fold(text);
    let digits = low.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let mut start = digits;
    if low[start..].starts_with('.') {
        start += 1;
    }
    if !low[start..].starts_with(' ') {
        return None;
    }
    let start = skip_spaces(&low, start);
    let rest: Vec<Column> = columns
        .iter()
        .copied()
        .filter(|c| *c != Column::Number)
        .collect();
    let units = rest
        .iter()
        .filter(|c| matches!(c, Column::Lead | Column::Support))
        .count();
    // The task comes before the units, and the time cell is first or last.
    let task = rest.iter().position(|c| *c == Column::Task)?;
    if rest
        .iter()
        .position(|c| *c == Column::Lead)
        .is_some_and(|l| l < task)
    {
        return None;
    }
    let mut cuts = vec![start];
    let (from, to, time_last) = match (rest.first(), rest.last()) {
        (_, Some(Column::Time)) => {
            let t = last_time_cell(text, &low, start)?;
            (start, t, Some(t))
        }
        (Some(Column::Time), _) => {
            let t = skip_spaces(&low, first_time_cell_end(&low, start)?);
            cuts.push(t);
            (t, low.len(), None)
        }
        _ => (start, low.len(), None),
    };
    let unit_cuts = unit_cells(text, &low, from, to, units)?;
    let empty_support = unit_cuts.len() < units;
    cuts.extend(unit_cuts);
    if empty_support {
        cuts.push(to); // the support cell, empty
    }
    if let Some(t) = time_last {
        cuts.push(t);
    }
    (cuts.len() + 1 == columns.len()).then(|| join_at(text, &cuts))
}

/// Where the unit cells start in `low[from..to]` (the task before them): the first cell at a
/// capitalised head with at least two words before it, each cell a unit phrase to its end.
fn unit_cells(text: &str, low: &str, from: usize, to: usize, count: usize) -> Option<Vec<usize>> {
    if count == 0 {
        return Some(Vec::new());
    }
    let heads: Vec<usize> = word_starts(low, from, to)
        .into_iter()
        .skip(2)
        .filter(|&p| text[p..].starts_with(char::is_uppercase))
        .filter(|&p| super::owners::head_at(text, low, p).is_some())
        .collect();
    for (k, &lead) in heads.iter().enumerate() {
        let whole = |s: usize, e: usize| {
            let e = s + low[s..e].trim_end().len();
            super::owners::unit_at(text, low, s, e).is_some_and(|(_, end)| end == e)
        };
        // Two cells where both check, else the lead to the end (an empty support cell).
        if count == 2 {
            for &support in &heads[k + 1..] {
                if whole(lead, support) && whole(support, to) {
                    return Some(vec![lead, support]);
                }
            }
        }
        if whole(lead, to) {
            return Some(vec![lead]);
        }
    }
    None
}

/// The starts of the words of `low[from..to]`.
fn word_starts(low: &str, from: usize, to: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut p = skip_spaces(low, from);
    while p < to {
        out.push(p);
        let e = low[p..to].find(' ').map_or(to, |k| p + k);
        p = skip_spaces(low, e);
    }
    out
}

/// Where the time cell at the row's end starts: the leftmost word (a capital or a digit) from
/// which the rest is a time phrase, within the last eight words.
fn last_time_cell(text: &str, low: &str, start: usize) -> Option<usize> {
    let starts = word_starts(low, start, low.len());
    let mut best = None;
    for &p in starts.iter().rev().take(8) {
        let opens = text[p..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if opens && is_time_cell(low, p, low.len()) {
            best = Some(p);
        }
    }
    best.filter(|&b| b > start)
}

/// Where the time cell at the row's start ends.
fn first_time_cell_end(low: &str, start: usize) -> Option<usize> {
    let starts = word_starts(low, start, low.len());
    starts
        .iter()
        .skip(1)
        .take(8)
        .rev()
        .copied()
        .find(|&e| is_time_cell(low, start, low[..e].trim_end().len()))
}

/// Whether `low[s..e]` is a time phrase and nothing else: a date, a range, a month, a week of
/// the month, or recurring work ("Thường xuyên").
pub(super) fn is_time_cell(low: &str, s: usize, e: usize) -> bool {
    let e = s + low[s..e].trim_end().len();
    if s >= e {
        return false;
    }
    let whole = |d: Option<super::deadlines::FoundDeadline>| d.is_some_and(|d| d.end == e);
    whole(super::deadlines::dated(low, s, e, None, &[]).filter(|d| d.start == s))
        || whole(super::deadlines::heading_period(low, s, e, None).filter(|d| d.start == s))
        || whole(super::deadlines::last_day_in_cell(low, s, e, None))
            && low[s..].starts_with(|c: char| c.is_ascii_digit())
        || deadline_words::WEEKS_OF_MONTH
            .iter()
            .any(|(w, _)| low[s..e] == **w)
        || table_at(low, s, &deadline_words::RECURRING).is_some_and(|w| s + w.len() == e)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "TT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian";

    #[test]
    fn l11_a_header_joined_by_spaces_is_cut_at_its_column_names() {
        assert_eq!(
            header(HEADER),
            Some(vec![
                Column::Number,
                Column::Task,
                Column::Lead,
                Column::Support,
                Column::Time
            ])
        );
        assert_eq!(
            cut_header(HEADER, 5).as_deref(),
            Some("TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian")
        );
        // A sentence that opens with "TT" is no header.
        assert_eq!(header("TT Nội dung này cần làm ngay"), None);
    }

    #[test]
    fn l11_a_row_joined_by_spaces_gets_its_cells_back_where_each_cut_checks() {
        let columns = header(HEADER).unwrap_or_default();
        let cut = |row: &str| cut_row(row, &columns);
        assert_eq!(
            cut("1 Kiểm tra chuyên đề tại các trường mầm non Bộ phận Mầm non Các trường MN 02/12 - 06/12").as_deref(),
            Some("1\tKiểm tra chuyên đề tại các trường mầm non\tBộ phận Mầm non\tCác trường MN\t02/12 - 06/12")
        );
        // A unit named inside the task is no cell: the cut after it does not check.
        assert_eq!(
            cut("2 Phối hợp với Phòng Y tế tổ chức khám sức khỏe Bộ phận Tiểu học Trạm Y tế xã Tuần 3").as_deref(),
            Some("2\tPhối hợp với Phòng Y tế tổ chức khám sức khỏe\tBộ phận Tiểu học\tTrạm Y tế xã\tTuần 3")
        );
        // An empty support cell.
        assert_eq!(
            cut("3 Tổng hợp báo cáo thống kê học kỳ I Bộ phận Kế hoạch Trước 25/12").as_deref(),
            Some("3\tTổng hợp báo cáo thống kê học kỳ I\tBộ phận Kế hoạch\t\tTrước 25/12")
        );
        // No time phrase at the end, or no unit: left as it is.
        assert_eq!(cut("4 Tổng hợp báo cáo Bộ phận Kế hoạch sớm"), None);
        assert_eq!(cut("5 Các trường tổ chức ôn tập cho học sinh 20/12"), None);
    }

    #[test]
    fn l11_text_without_such_a_header_is_borrowed_unchanged() {
        let t = "THÔNG BÁO\n1. Các trường nộp báo cáo.\nTTGDTX tổ chức thi.";
        assert!(matches!(with_cells(t), Cow::Borrowed(_)));
    }
}
