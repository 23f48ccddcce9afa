//! Dates: checking a `YYYY-MM-DD` date, showing it as `DD/MM/YYYY`, and reading the date a
//! user-tagged deadline phrase states.

use super::index::lower_char;

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    ((1000..=9999).contains(&y) && d >= 1 && d <= days_in_month(y, m))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// True for a real day written `YYYY-MM-DD`.
pub fn valid_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => iso(y, m, d).as_deref() == Some(s),
        _ => false,
    }
}

/// `2022-12-15` → `15/12/2022`; anything else is returned as it is.
pub fn iso_to_dmy(s: &str) -> String {
    if !valid_iso_date(s) {
        return s.to_string();
    }
    match (s.get(0..4), s.get(5..7), s.get(8..10)) {
        (Some(y), Some(m), Some(d)) => format!("{d}/{m}/{y}"),
        _ => s.to_string(),
    }
}

/// The date a user-tagged deadline phrase states, if it states a full one.
pub fn parse_due(phrase: &str) -> Option<String> {
    let lower: String = phrase.chars().map(lower_char).collect();
    // Numbers in order of appearance, with what separates them.
    let mut nums: Vec<(u32, usize, usize)> = Vec::new(); // value, start, end (bytes)
    let mut cur: Option<(usize, u32)> = None;
    for (i, c) in lower.char_indices() {
        match (c.to_digit(10), cur) {
            (Some(v), Some((s, n))) => cur = Some((s, n.saturating_mul(10).saturating_add(v))),
            (Some(v), None) => cur = Some((i, v)),
            (None, Some((s, n))) => {
                nums.push((n, s, i));
                cur = None;
            }
            (None, None) => {}
        }
    }
    if let Some((s, n)) = cur {
        nums.push((n, s, lower.len()));
    }
    for w in nums.windows(3) {
        let (Some(a), Some(b), Some(c)) = (w.first(), w.get(1), w.get(2)) else {
            continue;
        };
        let sep1 = lower.get(a.2..b.1).unwrap_or("").trim();
        let sep2 = lower.get(b.2..c.1).unwrap_or("").trim();
        let slash = |s: &str| s == "/" || s == "-" || s == ".";
        if (slash(sep1) && slash(sep2)) || (sep1 == "tháng" && sep2 == "năm") {
            if let Some(d) = iso(c.0, b.0, a.0) {
                return Some(d);
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn dates_checked_and_read_from_phrases() {
        assert_eq!(
            parse_due("trước ngày 15/12/2022").as_deref(),
            Some("2022-12-15")
        );
        assert_eq!(
            parse_due("trước ngày 05 tháng 3 năm 2024").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(parse_due("trong tháng 10/2022"), None);
        assert_eq!(parse_due("31/02/2022"), None);
        assert!(valid_iso_date("2024-02-29"));
        assert!(!valid_iso_date("2023-02-29"));
        assert!(!valid_iso_date("2023-1-01"));
        assert_eq!(iso_to_dmy("2022-12-05"), "05/12/2022");
    }
}
