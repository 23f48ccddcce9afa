//! Tables copied with one cell per line (catalogue L11): a PDF viewer or a web page often gives
//! an assignment table as
//! "TT" / "Nội dung công việc" / "Đơn vị chủ trì" / "Đơn vị phối hợp" / "Thời gian", then each
//! row as "1" / "Tổ chức Hội thi …" / "Phòng GDTrH" / "Các trường THPT" / "Tháng 11/2023". An
//! empty cell leaves no line, so a row's lines are given to the header's columns in order, each
//! line only where it checks: a unit cell is a unit phrase to its end that opens with a
//! capitalised head, a time cell a time phrase to its end, and the task runs on over lines that
//! start in lowercase (its own wraps). Such a table gets its rows back, one tab-separated line
//! each, before the canonical text is made, so that it is read as a table pasted from Word is; a
//! row that does not check ends the table and stays as it was.
//!
//! Written by hand: which line is which cell depends on the lexicon (column names, unit heads,
//! time phrases), as in `spaced_table`.

use std::borrow::Cow;

use super::spaced_table::{column_at, is_time_cell, Column};
use super::text::{fold, skip_spaces};

/// The most lines a task cell runs over, and the longest line read as a cell (longer lines are
/// text; reading stays linear).
const MAX_TASK_LINES: usize = 6;
const MAX_CELL: usize = 400;

/// `pasted` with the rows of one-cell-per-line tables on a line each; borrowed when it has none.
pub fn with_rows(pasted: &str) -> Cow<'_, str> {
    // (A header opens with a line that is only "TT" or "STT": most texts are let go by one
    // search.)
    if !has_number_header(pasted) {
        return Cow::Borrowed(pasted);
    }
    let lines: Vec<&str> = pasted.split_inclusive('\n').collect();
    let mut out = String::with_capacity(pasted.len() + 64);
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        let Some((columns, after)) = header_at(&lines, i) else {
            out.push_str(lines[i]);
            i += 1;
            continue;
        };
        // The header's names, then each row that checks, on a line each.
        let names: Vec<&str> = lines[i..after].iter().map(|l| cell(l)).collect();
        let mut table = names.join("\t");
        table.push('\n');
        let mut j = after;
        let mut rows = 0;
        while let Some((row, next)) = row_at(&lines, j, &columns) {
            table.push_str(&row);
            table.push('\n');
            rows += 1;
            j = next;
        }
        if rows == 0 {
            out.push_str(lines[i]);
            i += 1;
            continue;
        }
        out.push_str(&table);
        changed = true;
        i = j;
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(pasted)
    }
}

/// A line without its line ending and outer spaces.
fn cell(line: &str) -> &str {
    line.trim_matches([' ', '\t', '\r', '\n'])
}

/// Whether some line is only a row number's column name ("TT", "STT", "Số TT"). (Each "TT"
/// found is checked within a few bytes around it: a long line full of them stays linear.)
fn has_number_header(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, b"TT").any(|i| {
        let ends = matches!(b.get(i + 2), None | Some(b'\n' | b'\r' | b' '));
        let from = i.saturating_sub(6);
        let start = b[from..i]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or((from == 0).then_some(0), |k| Some(from + k + 1));
        ends && start.is_some_and(|s| {
            text.get(s..i + 2)
                .is_some_and(|line| is_number_name(&fold(cell(line))))
        })
    })
}

/// Whether a line, folded and trimmed, is a row number's column name.
fn is_number_name(low: &str) -> bool {
    crate::lexicon::tables::NUMBER_COLUMNS.contains(&low)
}

/// The header starting at line `i`: the row number's column, then three or more lines that are
/// each one column's name, with a task column and a lead or time column. Its columns, and the
/// line after it.
fn header_at(lines: &[&str], i: usize) -> Option<(Vec<Column>, usize)> {
    let first = cell(lines[i]);
    if first.len() > "Số TT".len() || !is_number_name(&fold(first)) {
        return None;
    }
    let mut columns = vec![Column::Number];
    let mut j = i + 1;
    while let Some(line) = lines.get(j) {
        let low = fold(cell(line));
        match column_at(&low, 0) {
            Some((column, len)) if len == low.len() && !columns.contains(&column) => {
                columns.push(column);
                j += 1;
            }
            _ => break,
        }
    }
    let has = |c: Column| columns.contains(&c);
    (columns.len() >= 4 && has(Column::Task) && (has(Column::Lead) || has(Column::Time)))
        .then_some((columns, j))
}

/// The row starting at line `j` (its number alone on the line), its cells tab-separated, and
/// the line after it: every column after the number gets the next line where that line checks
/// as its cell, else stays empty. A row needs its task and a lead or a time.
fn row_at(lines: &[&str], j: usize, columns: &[Column]) -> Option<(String, usize)> {
    let number = cell(lines.get(j)?);
    if !is_row_number(number) {
        return None;
    }
    let mut cells: Vec<String> = vec![number.to_string()];
    let mut k = j + 1;
    let mut filled = Vec::new();
    for &column in &columns[1..] {
        let Some(line) = lines
            .get(k)
            .map(|l| cell(l))
            .filter(|l| l.len() <= MAX_CELL)
        else {
            cells.push(String::new());
            continue;
        };
        let low = fold(line);
        let fits = match column {
            Column::Number => false,
            Column::Task => !line.is_empty() && !is_row_number(line),
            Column::Lead | Column::Support => is_unit_cell(line, &low),
            Column::Time => is_time_cell(&low, 0, low.len()),
        };
        if !fits {
            cells.push(String::new());
            continue;
        }
        let mut content = line.to_string();
        k += 1;
        if column == Column::Task {
            // The task's own wraps: lines that go on in lowercase.
            for _ in 1..MAX_TASK_LINES {
                match lines.get(k).map(|l| cell(l)) {
                    Some(next)
                        if next.starts_with(char::is_lowercase) && next.len() <= MAX_CELL =>
                    {
                        content.push(' ');
                        content.push_str(next);
                        k += 1;
                    }
                    _ => break,
                }
            }
        }
        filled.push(column);
        cells.push(content);
    }
    let has = |c: Column| filled.contains(&c);
    (has(Column::Task) && (has(Column::Lead) || has(Column::Time))).then(|| (cells.join("\t"), k))
}

/// Whether a line (or a cell) is only a row's number ("2", "2.").
pub(super) fn is_row_number(line: &str) -> bool {
    let digits = line.trim_end_matches('.');
    !digits.is_empty() && digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `line` is one or more units and nothing else, the first opening with a capitalised
/// head ("Phòng GDTrH", "Các trường THPT", "Phòng TCCB, Phòng KHTC").
fn is_unit_cell(line: &str, low: &str) -> bool {
    if !line.starts_with(char::is_uppercase) || super::owners::head_at(line, low, 0).is_none() {
        return false;
    }
    let (units, after) = super::owners::unit_list_at(line, low, 0, low.len());
    !units.is_empty() && skip_spaces(low, after) >= low.trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "Giám đốc Sở phân công như sau:\nTT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n1\nTổ chức Hội thi giáo viên dạy giỏi\ncấp tỉnh bậc THPT\nPhòng GDTrH\nCác trường THPT\nTháng 11/2023\n2\nKiểm tra công tác bán trú\nPhòng GDTrH\nThường xuyên\nTrên đây là kết luận của Giám đốc Sở.\n";

    #[test]
    fn l11_a_table_with_one_cell_per_line_gets_its_rows_back() {
        assert_eq!(
            with_rows(TABLE),
            "Giám đốc Sở phân công như sau:\nTT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n1\tTổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT\tPhòng GDTrH\tCác trường THPT\tTháng 11/2023\n2\tKiểm tra công tác bán trú\tPhòng GDTrH\t\tThường xuyên\nTrên đây là kết luận của Giám đốc Sở.\n"
        );
    }

    #[test]
    fn l11_lines_that_are_no_such_table_are_left_as_they_are() {
        // "TT" alone, then no column names; a header, then no row that checks.
        for t in [
            "TT\nHuyện ủy\n1. Các trường rà soát.\n",
            "TT\nNội dung\nĐơn vị chủ trì\nThời gian\n1\nrà soát\n",
            "THÔNG BÁO\nCác trường nộp báo cáo.\n",
        ] {
            assert_eq!(with_rows(t), t);
        }
    }
}
