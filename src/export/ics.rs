//! Deadlines as an iCalendar file (RFC 5545).
//!
//! For each directive that is not rejected and whose deadline resolves to a day:
//! - one `VTODO` with `DUE;VALUE=DATE`, `STATUS:NEEDS-ACTION` (or `COMPLETED` with `COMPLETED`
//!   on its day, once the user marked it done), a `SUMMARY` (the directive,
//!   shortened) and a `DESCRIPTION` (the whole directive, lead and support units, the deadline
//!   phrase, the notice's number, date and subject, and whether the clerk has confirmed it);
//! - one all-day `VEVENT` on the due day (`TRANSP:TRANSPARENT`, so it does not mark anyone
//!   busy) with the same text. Google Calendar and Outlook import events only and drop `VTODO`s;
//!   Thunderbird and other task-aware clients get the task as well.
//!
//! A task not done yet carries, in both, a reminder (`VALARM`, `ACTION:DISPLAY`) at 09:00 the day
//! before its due day ([`REMIND_BEFORE`] before the start of the due day; the `VTODO`'s relative
//! to its `DUE`). A task done has none.
//!
//! Directives with no date (recurring, urgent, unresolved) have nothing to put on a calendar and
//! are left out, as are rejected ones. Suggested and confirmed ones are both `NEEDS-ACTION`
//! (neither is done); the description says which.
//!
//! The bytes are reproducible: `UID`s hash the notice (number and date, or its text) and the
//! directive's text (with its rank among identical texts), so re-importing a corrected export
//! updates the entries instead of duplicating them; `DTSTAMP` is the notice's issue date (or the
//! meeting's) at 00:00 UTC, not the time of the export. Lines end with CRLF and are folded at 75
//! octets without splitting a UTF-8 character; text values escape `\`, `;`, `,` and line breaks.

use super::{
    collapse_ws, notice_key, notice_label, owner_names, parse_iso_date, stable_hash, status_label,
    vn_date,
};
use crate::document::{Directive, Document, Role, Status};

/// The product identifier written in every file.
pub const PRODID: &str = "-//ketluan//ketluan thong bao ket luan//VI";

/// How long before the start of the due day (00:00) a task's reminder comes: 09:00 the day
/// before (an iCalendar duration).
pub const REMIND_BEFORE: &str = "-PT15H";

/// Longest `SUMMARY`, in characters, before it is cut at a word and ended with "…".
pub const SUMMARY_CHARS: usize = 90;

/// The `.ics` the app downloads and `ketluan export --format ics` prints.
pub fn to_ics(doc: &Document) -> String {
    let mut out = String::new();
    let line = fold_line;
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, &format!("PRODID:{PRODID}"));
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    let label = notice_label(doc);
    let calname = if label.is_empty() {
        "ketluan".to_string()
    } else {
        format!("Thông báo {label}")
    };
    line(&mut out, &format!("X-WR-CALNAME:{}", escape_text(&calname)));

    let dtstamp = [&doc.fields.issued_date, &doc.fields.meeting_date]
        .into_iter()
        .filter_map(|d| d.as_deref().and_then(parse_iso_date))
        .next()
        .map(|(y, m, d)| format!("{y:04}{m:02}{d:02}T000000Z"))
        .unwrap_or_else(|| "19700101T000000Z".to_string());
    let key = notice_key(doc);

    let mut seen: Vec<String> = Vec::new();
    for d in &doc.directives {
        if d.status == Status::Rejected {
            continue;
        }
        // The rank among directives with the same text keeps identical texts apart.
        let text = collapse_ws(&d.text);
        let rank = seen.iter().filter(|t| **t == text).count();
        seen.push(text.clone());
        let Some((y, m, day)) = d.due().and_then(parse_iso_date) else {
            continue;
        };
        let uid = format!(
            "{:032x}",
            stable_hash(&["ketluan/ics", &key, &text, &rank.to_string()])
        );
        let due = format!("{y:04}{m:02}{day:02}");
        let (ny, nm, nd) = next_day(y, m, day);
        let next = format!("{ny:04}{nm:02}{nd:02}");
        let summary = escape_text(&summary(d));
        let description = escape_text(&description(doc, d, &label));

        line(&mut out, "BEGIN:VTODO");
        line(&mut out, &format!("UID:{uid}@ketluan"));
        line(&mut out, &format!("DTSTAMP:{dtstamp}"));
        line(&mut out, &format!("DUE;VALUE=DATE:{due}"));
        line(&mut out, &format!("SUMMARY:{summary}"));
        line(&mut out, &format!("DESCRIPTION:{description}"));
        // A task done is COMPLETED, on its day (at 00:00 UTC: the day is what the user gave).
        let done = match d.done.as_ref().map(|x| x.date.replace('-', "")) {
            Some(day) if day.len() == 8 => {
                line(&mut out, "STATUS:COMPLETED");
                line(&mut out, &format!("COMPLETED:{day}T000000Z"));
                true
            }
            _ => {
                line(&mut out, "STATUS:NEEDS-ACTION");
                false
            }
        };
        if !done {
            reminder(&mut out, "TRIGGER;RELATED=END", &summary);
        }
        line(&mut out, "END:VTODO");

        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{uid}-event@ketluan"));
        line(&mut out, &format!("DTSTAMP:{dtstamp}"));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{due}"));
        line(&mut out, &format!("DTEND;VALUE=DATE:{next}"));
        line(&mut out, &format!("SUMMARY:Hạn: {summary}"));
        line(&mut out, &format!("DESCRIPTION:{description}"));
        line(&mut out, "TRANSP:TRANSPARENT");
        if !done {
            reminder(&mut out, "TRIGGER", &summary);
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// A reminder [`REMIND_BEFORE`] the due day (`trigger`: the property, with what it is relative
/// to), saying the task is due tomorrow (`summary` already escaped).
fn reminder(out: &mut String, trigger: &str, summary: &str) {
    fold_line(out, "BEGIN:VALARM");
    fold_line(out, "ACTION:DISPLAY");
    fold_line(out, &format!("{trigger}:{REMIND_BEFORE}"));
    fold_line(out, &format!("DESCRIPTION:Ngày mai đến hạn: {summary}"));
    fold_line(out, "END:VALARM");
}

/// The directive on one line, cut at a word after [`SUMMARY_CHARS`] characters.
fn summary(d: &Directive) -> String {
    let text = collapse_ws(&d.text);
    let text = text.trim_start_matches(['-', '+', '*', '•', ' ']);
    if text.chars().count() <= SUMMARY_CHARS {
        return if text.is_empty() {
            "Nhiệm vụ".to_string()
        } else {
            text.to_string()
        };
    }
    let cut: String = text.chars().take(SUMMARY_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([' ', ',', ';', ':', '.']))
}

fn description(doc: &Document, d: &Directive, label: &str) -> String {
    let mut lines = vec![d.text.trim().to_string(), String::new()];
    let leads = owner_names(&d.owners, Role::Lead);
    if !leads.is_empty() {
        lines.push(format!("Chủ trì: {leads}"));
    }
    let supports = owner_names(&d.owners, Role::Support);
    if !supports.is_empty() {
        lines.push(format!("Phối hợp: {supports}"));
    }
    if let Some(dl) = &d.deadline {
        let due = d.due().map(vn_date).unwrap_or_default();
        let phrase = match &d.extended {
            Some(x) => super::csv::extended_phrase(dl.text.trim(), dl.due.as_deref(), &x.note),
            None => dl.text.trim().to_string(),
        };
        lines.push(if phrase.is_empty() {
            format!("Hạn: {due}")
        } else {
            format!("Thời hạn: {phrase} (hạn {due})")
        });
    }
    if !label.is_empty() {
        lines.push(format!("Văn bản: Thông báo {label}"));
    }
    if let Some(subject) = doc
        .fields
        .subject
        .as_deref()
        .map(collapse_ws)
        .filter(|s| !s.is_empty())
    {
        lines.push(format!("Trích yếu: {subject}"));
    }
    lines.push(format!("Trạng thái: {}", status_label(d.status)));
    lines.join("\n")
}

fn next_day(y: u32, m: u32, d: u32) -> (u32, u32, u32) {
    if d < super::days_in_month(y, m) {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    }
}

/// A TEXT value (RFC 5545 §3.3.11): `\` `;` `,` escaped, any line break as `\n`, other control
/// characters dropped (the grammar does not allow them).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded (RFC 5545 §3.1): no physical line longer than 75 octets
/// without its CRLF, each continuation starting with a space, never inside a UTF-8 sequence.
pub fn fold_line(out: &mut String, line: &str) {
    const LIMIT: usize = 75;
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(escape_text("x\r\ny\rz"), "x\\ny\\nz");
        assert_eq!(escape_text("\u{0}ok\u{7f}"), "ok");
    }

    #[test]
    fn folding_keeps_characters_whole() {
        let mut out = String::new();
        let line = format!("DESCRIPTION:{}", "Đơn vị chủ trì ".repeat(20));
        fold_line(&mut out, &line);
        for phys in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(phys.len() <= 75, "{} octets: {phys}", phys.len());
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
        let mut exact = String::new();
        fold_line(&mut exact, &"a".repeat(75));
        assert_eq!(exact, format!("{}\r\n", "a".repeat(75)));
    }

    #[test]
    fn days() {
        assert_eq!(next_day(2020, 2, 28), (2020, 2, 29));
        assert_eq!(next_day(2021, 2, 28), (2021, 3, 1));
        assert_eq!(next_day(2022, 12, 31), (2023, 1, 1));
        assert_eq!(next_day(2022, 4, 30), (2022, 5, 1));
    }
}
