//! Deadlines: the phrase in a directive that sets when it is due, resolved to a date against the
//! notice's date (its issue date, else the meeting's).
//!
//! In order of the text, the first of: a day ("trước ngày 15/12/2022", "ngày 30/4"), a period to
//! the end of a year ("tháng 10 và các tháng cuối năm 2022"), a quarter ("Quý II/2021", "cuối quý
//! IV năm 2018"), a month with a cue ("trong tháng 10/2022"), a year with a cue or a target noun
//! ("hoàn thành trong năm 2017", "chỉ tiêu, kế hoạch năm 2022"), a school term or year with a cue
//! ("kết thúc học kỳ I", "cuối năm học 2020-2021", "trước khi nghỉ hè", "hè 2021"). A year or
//! month left out is the next one on or after the notice's date. Without any of those, recurring
//! ("hằng tháng", "định kỳ") or urgent ("khẩn trương", "kịp thời") wording gives a kind with no date.

use super::dates::{day_at, number_at, quarter_number_at, school_year_at, year_at, Ymd};
use super::text::{ascii_in, phrase_at, skip_spaces, table_at, words, HIGH};
use crate::document::DeadlineKind;
use crate::lexicon::{calendar, deadlines as lex};

/// A deadline phrase found in the text (byte offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct FoundDeadline {
    pub start: usize,
    pub end: usize,
    pub due: Option<Ymd>,
    pub kind: DeadlineKind,
}

/// The first dated deadline in `low[from..to]`, skipping `skip` ranges (references, sorted).
pub fn dated(
    low: &str,
    from: usize,
    to: usize,
    reference: Option<Ymd>,
    skip: &[(usize, usize)],
) -> Option<FoundDeadline> {
    let bytes = low.get(from..to)?.as_bytes();
    let mut search = Search::new(low, from, to, reference, skip);
    // Anchors start a word: the byte before is not an ASCII letter or digit (the range starts a
    // word). The word starts are found eight bytes at a time, and most are let go on their first
    // byte before `is_anchor` looks at them.
    let (words, rest) = words(bytes);
    let (mut prev_alnum, mut prev_ascii) = (0u64, HIGH);
    let mut i = 0;
    for x in words {
        let digit = ascii_in(x, b'0', b'9');
        let alnum = digit | ascii_in(x, b'a', b'z') | ascii_in(x, b'A', b'Z');
        let ascii = !x & HIGH;
        let after_alnum = alnum << 8 | prev_alnum >> 56;
        let after_ascii = ascii << 8 | prev_ascii >> 56;
        let mut starts = (digit | after_ascii) & !after_alnum;
        (prev_alnum, prev_ascii) = (alnum, ascii);
        while starts != 0 {
            let k = starts.trailing_zeros() as usize / 8;
            let (b, at) = (bytes[i + k], from + i + k);
            if (b.is_ascii_digit() || lex::ANCHORS.may_start_with(b))
                && search.is_anchor(at, after_ascii >> (8 * k) & 0x80 != 0)
            {
                if let Some(day) = search.anchor(at) {
                    return Some(day);
                }
            }
            starts &= starts - 1;
        }
        i += 8;
    }
    let mut after = if i == 0 { b' ' } else { bytes[i - 1] };
    for &b in rest {
        if !after.is_ascii_alphanumeric() && search.is_anchor(from + i, after < 0x80) {
            if let Some(day) = search.anchor(from + i) {
                return Some(day);
            }
        }
        after = b;
        i += 1;
    }
    search.first
}

/// The period a heading names without a cue (D8): "NHIỆM VỤ TRỌNG TÂM THÁNG 01 NĂM 2018",
/// "Nhiệm vụ quý II/2024", "… học kỳ II". The first month, quarter, year or school term in it.
pub fn heading_period(
    low: &str,
    from: usize,
    to: usize,
    reference: Option<Ymd>,
) -> Option<FoundDeadline> {
    let mut p = from;
    while p < to {
        let q = skip_spaces(low, p);
        if q >= to {
            break;
        }
        let found = quarter(low, q, reference)
            .or_else(|| month(low, q, reference, true, None))
            .or_else(|| year(low, q, q, true, reference))
            .or_else(|| school(low, q, reference, HEADING_CUE))
            // "Từ tháng 3": when the work starts, not when it is due (D17); a range is due at
            // its end ("Từ tháng 4 đến tháng 5").
            .filter(|f| {
                !word_before_in(low, q, &lex::START_BEFORE)
                    || ["đến", "-", "–"].iter().any(|w| low[q..f.0].contains(w))
            });
        if let Some((end, due, kind)) = found.filter(|f| f.0 <= to) {
            return Some(FoundDeadline {
                start: q,
                end,
                due,
                kind,
            });
        }
        // On to the next word (a punctuation mark counts as one).
        let end = super::text::word_end(low, q);
        p = if end > q {
            end
        } else {
            q + low[q..].chars().next().map_or(1, char::len_utf8)
        };
    }
    None
}

/// A table's time cell that names a week of the month its section is for (L11, D13): "Tuần 3"
/// under "LỊCH CÔNG TÁC THÁNG 12/2024" is due on 21/12/2024, "Tuần cuối" on the month's last
/// day. The cell holds the week and nothing else.
pub fn week_of_period(
    low: &str,
    from: usize,
    to: usize,
    period: &FoundDeadline,
) -> Option<FoundDeadline> {
    let at = skip_spaces(low, from);
    let &(week, day) = lex::WEEKS_OF_MONTH
        .iter()
        .find(|(w, _)| phrase_at(low, at, w))?;
    let end = at + week.len();
    if end > to || !low[end..to].trim().is_empty() || period.kind != DeadlineKind::Month {
        return None;
    }
    let last = period.due?;
    let due = if day == 0 {
        last
    } else {
        Ymd::new(last.year, last.month, day.min(last.day))?
    };
    Some(FoundDeadline {
        start: at,
        end,
        due: Some(due),
        kind: DeadlineKind::Date,
    })
}

/// The last day written in a table's time cell (L11): "02/12 - 06/12" is due on 06/12, "18/11"
/// on 18/11; resolved against the reference like any day without a year.
pub fn last_day_in_cell(
    low: &str,
    from: usize,
    to: usize,
    reference: Option<Ymd>,
) -> Option<FoundDeadline> {
    let bytes = low.as_bytes();
    let mut last = None;
    let mut i = from;
    while i < to {
        let starts_number =
            bytes[i].is_ascii_digit() && (i == from || !matches!(bytes[i - 1], b'0'..=b'9' | b'/'));
        if starts_number {
            if let Some((end, due, kind)) = day(low, i, reference, true).filter(|d| d.0 <= to) {
                last = Some((end, due, kind));
                i = end;
                continue;
            }
        }
        i += 1;
    }
    last.map(|(end, due, kind)| FoundDeadline {
        start: from,
        end,
        due,
        kind,
    })
}

/// One search for a deadline in `low[from..to]`. Every deadline phrase has an anchor word or
/// number within a few words of its start, so only the words just before each anchor are tried,
/// in text order: reading stays linear and cheap. The first phrase in the text wins, unless a day
/// is named further on: "kiểm tra cuối học kỳ I trước ngày 12/01/2024" is due on the day, the
/// term only names the test.
struct Search<'a> {
    low: &'a str,
    to: usize,
    reference: Option<Ymd>,
    skip: &'a [(usize, usize)],
    /// The first phrase found that is not a day.
    first: Option<FoundDeadline>,
    /// Phrases are not tried before this offset (at first, the range's start).
    tried: usize,
}

impl<'a> Search<'a> {
    fn new(
        low: &'a str,
        from: usize,
        to: usize,
        reference: Option<Ymd>,
        skip: &'a [(usize, usize)],
    ) -> Self {
        Search {
            low,
            to,
            reference,
            skip,
            first: None,
            tried: from,
        }
    }

    /// Whether the word starting at `at` is an anchor: a number with a slash within the range
    /// ("15/12", "5/2022"), a whole date with dashes or dots ("10-01-2025", "5.12.2024", D1),
    /// or after an ASCII byte, an anchor word that may matter.
    fn is_anchor(&self, at: usize, after_ascii: bool) -> bool {
        let b = self.low.as_bytes();
        if b.get(at).is_some_and(u8::is_ascii_digit) {
            at + 3 <= self.to
                && (b[at + 1..at + 3].contains(&b'/')
                    || b[at + 1..at + 3].iter().any(|&c| c == b'-' || c == b'.')
                        && day_at(self.low, at)
                            .is_some_and(|(d, e)| d.year.is_some() && e <= self.to))
        } else {
            after_ascii
                && table_at(self.low, at, &lex::ANCHORS)
                    .is_some_and(|w| anchor_may_matter(self.low, at + w.len(), w))
        }
    }

    /// Tries the words before the anchor at `a`; returns a day found there, which ends the search.
    fn anchor(&mut self, a: usize) -> Option<FoundDeadline> {
        for p in word_starts_before(self.low, a, self.tried) {
            if inside(self.skip, p) || p != a && !may_open_deadline(self.low, p) {
                continue;
            }
            if let Some(found) = deadline_at(self.low, p, self.to, self.reference) {
                // A day, or a deadline counted from an event, is the directive's: "trong hè,
                // trong vòng 07 ngày kể từ ngày nhận được văn bản" is due 7 days after receipt
                // (unknown), not at the end of the summer (D12, D17).
                if matches!(found.kind, DeadlineKind::Date | DeadlineKind::Relative) {
                    return Some(found);
                }
                self.tried = self.tried.max(found.end);
                // "bồi dưỡng … trong hè; xong trong quý IV/2024": the time the work is done
                // by, after "xong" or "hoàn thành", is the deadline, not the time the work
                // takes place in (D4, D17).
                let finished = |d: &FoundDeadline| {
                    word_before_in(self.low, d.start, &crate::lexicon::verbs::COMPLETIONS)
                };
                if self
                    .first
                    .as_ref()
                    .is_none_or(|f| !finished(f) && finished(&found))
                {
                    self.first = Some(found);
                }
                break;
            }
        }
        self.tried = self.tried.max(a + 1);
        None
    }
}

/// Whether a count of days at `at` ("30 ngày") follows a time limit's words ("thời hạn",
/// "vòng") or "sau": "trong thời hạn 30 ngày", "trong vòng 15 ngày", "sau 05 ngày" (looked for in
/// a few bytes back).
fn limit_before(low: &str, at: usize) -> bool {
    let before = low[..at].trim_end();
    let count = before.trim_end_matches(|c: char| c.is_ascii_digit());
    if count.len() == before.len() {
        return false;
    }
    let words = count.trim_end();
    ["thời hạn", "vòng"]
        .into_iter()
        .chain(lex::BEFORE_A_COUNT.iter())
        .any(|w| super::text::ends_with_phrase(low, words.len(), w))
}

/// Whether what follows an anchor word can make a deadline: a number after "ngày", "tháng",
/// "quý" ("tháng 10", "quý IV"), a year or "học" after "năm" or "cuối" before it, "cuối"/"đầu"
/// after "tháng" ("các tháng cuối năm"). "năm năm", "hằng tháng", "ngày càng" are passed over at once.
fn anchor_may_matter(low: &str, after: usize, anchor: &str) -> bool {
    let next = skip_spaces(low, after);
    let digit = low.as_bytes().get(next).is_some_and(u8::is_ascii_digit);
    match anchor {
        "ngày" => {
            digit
                || phrase_at(low, next, "làm việc")
                // "trước ngày Nhà giáo Việt Nam 20/11" (D7).
                || named_day_at(low, next).is_some()
                || phrase_at(low, next, "khai giảng")
                // "ngày rằm tháng Giêng", "ngày mùng 6 Tết" (D7).
                || phrase_at(low, next, "rằm")
                || table_at(low, next, &calendar::LUNAR_DAY_WORDS).is_some()
                // "17 giờ ngày thứ Năm (20/3)": the day with its weekday (D1).
                || (phrase_at(low, next, "thứ") || phrase_at(low, next, "chủ nhật"))
                    && day_after_weekday(low, next).is_some()
                // "05 ngày kể từ …", "3 ngày sau khi kiểm tra" (D12).
                || table_at(low, next, &lex::FROM_UNKNOWN).is_some()
                || table_at(low, next, &lex::FROM_ISSUE).is_some()
                // "trong 10 ngày tới" (D12).
                || table_at(low, next, &lex::AHEAD).is_some()
                // "trong thời hạn 30 ngày.", "trong vòng 15 ngày": a time limit whose start is
                // not said (D12: relative, no date).
                || limit_before(low, after - anchor.len())
        }
        "tuần" => {
            lex::WEEKS_AHEAD
                .iter()
                .any(|(w, _)| phrase_at(low, next, w))
                || week_said_alone(low, next)
                || table_at(low, next, &lex::AHEAD).is_some()
        }
        "tháng" => {
            digit
                || table_at(low, next, &lex::AHEAD).is_some()
                || phrase_at(low, next, "cuối")
                || phrase_at(low, next, "đầu")
                || month_ahead_at(low, next).is_some()
                // "… hoàn thành trong tháng." (D3: the notice's month).
                || ends_a_clause(low, next)
                // "rằm tháng Giêng", "23 tháng Chạp" (D7, `super::lunar`).
                || calendar::LUNAR_MONTH_NAMES
                    .iter()
                    .any(|(name, _)| phrase_at(low, next, name))
        }
        "quý" => {
            digit
                || quarter_number_at(low, next).is_some()
                || first_or_last_quarter(low, next).is_some()
                // "trong quý này", "quý tới" (D4).
                || month_ahead_at(low, next).is_some()
        }
        "năm" => {
            year_at(low, next).is_some()
                || phrase_at(low, next, "học")
                // "trong năm nay", "cuối năm sau" (D2).
                || year_said_at(low, after - "năm".len()).is_some()
                || low[..after - "năm".len()].ends_with("cuối ") // "đến cuối năm" (D5)
                || low[..after - "năm".len()].ends_with("hết ") // "đến hết năm" (D5)
                // "… hoàn thành trong năm." (D5: the notice's year)
                || low[..after - "năm".len()].ends_with("trong ")
                    && ends_a_clause(low, next)
        }
        _ => true,
    }
}

/// The starts of up to `CUE_WORDS` words before `at` (not before `floor`, not across punctuation),
/// then `at` itself, in text order.
fn word_starts_before(low: &str, at: usize, floor: usize) -> impl Iterator<Item = usize> {
    let mut starts = [0usize; lex::CUE_WORDS + 1];
    let mut len = 0;
    if at >= floor
        && (at == 0
            || !low[..at]
                .chars()
                .next_back()
                .is_some_and(super::text::is_word_char))
    {
        starts[len] = at;
        len += 1;
    }
    let mut p = at;
    while len < starts.len() && p > floor {
        let before = low[floor..p].trim_end_matches(' ');
        // A label's colon stays in the window: "(hạn nộp: 15/11/2024)", "Thời hạn hoàn thành:
        // 30/11" (the cue before it is still a cue).
        let (before, labelled) = match before.strip_suffix(':') {
            Some(b) if !b.ends_with(' ') => (b, true),
            // … and so does the bracket after a weekday: "trước thứ Năm (21/11)" (only a phrase
            // read through a weekday crosses it: `day_after_weekday`).
            _ => match before.strip_suffix('(') {
                Some(b) if b.ends_with(' ') => (b.trim_end_matches(' '), true),
                _ => (before, false),
            },
        };
        if !labelled && before.len() == p - floor
            || before.ends_with(|c: char| !super::text::is_word_char(c))
                && !before.ends_with(['/', '-'])
        {
            break; // punctuation (not a space) ends the window
        }
        let word = before
            .rfind(|c: char| c == ' ' || !super::text::is_word_char(c))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        p = floor + word;
        starts[len] = p;
        len += 1;
    }
    (0..len).rev().map(move |i| starts[i])
}

/// Whether nothing of the phrase goes on at `at`: the text's end, or a clause's punctuation
/// ("… trong tháng.", "… trong năm,": D3, D5).
fn ends_a_clause(low: &str, at: usize) -> bool {
    at == low.len() || low[at..].starts_with(['.', ',', ';'])
}

/// Whether the "từ" at `t` opens the window of figures named right before it ("thống kê | từ
/// 01/01 đến 30/6/2025", "số liệu | từ …", D15).
fn opens_a_data_window(low: &str, t: usize) -> bool {
    phrase_at(low, t, "từ") && word_before_in(low, t, &lex::DATA_WINDOW_BEFORE)
}

/// A word before an anchor can open a deadline only as a cue ("trước", "cuối" …) or as the count
/// or determiner of a period ("6 tháng cuối năm", "các tháng cuối năm").
fn may_open_deadline(low: &str, p: usize) -> bool {
    table_at(low, p, &lex::CUES).is_some()
        || table_at(low, p, &lex::BEFORE_A_COUNT).is_some()
        || low.as_bytes().get(p).is_some_and(u8::is_ascii_digit)
        || table_at(low, p, &lex::PERIOD_OPENERS).is_some()
        || table_at(low, p, &lex::WEEK_OPENERS).is_some()
}

/// Whether the word before `p` is in `table` ("tính | đến ngày 31/3", "kiểm tra | cuối học kỳ").
pub(crate) fn word_before_in(low: &str, p: usize, table: &crate::lexicon::Lexicon) -> bool {
    let before = low[..p].trim_end_matches([' ', '(']);
    // Try the last one, two and three words: lexicon phrases have up to three.
    let mut at = before.len();
    for _ in 0..3 {
        // ("(tính đến 15/10)": a bracket opens a word as a space does.)
        let Some(i) = before[..at].rfind([' ', '(']) else {
            return table_at(before, 0, table).is_some_and(|w| w.len() == before.len());
        };
        at = i;
        let start = i + 1;
        if table_at(before, start, table).is_some_and(|w| start + w.len() == before.len()) {
            return true;
        }
    }
    false
}

/// Whether `p` falls inside one of `ranges` (sorted by start, not overlapping).
fn inside(ranges: &[(usize, usize)], p: usize) -> bool {
    let i = ranges.partition_point(|&(s, _)| s <= p);
    i > 0 && p < ranges[i - 1].1
}

/// A recurring or urgent phrase in `low[from..to]` (recurring first).
pub fn undated(low: &str, from: usize, to: usize) -> Option<FoundDeadline> {
    let [mut recurring, urgent] =
        super::text::first_of_each(low, [&lex::RECURRING, &lex::URGENT], from, to);
    // D18: "học sinh thường xuyên vắng học" tells what pupils do, not how often the task is
    // done, and "Trung tâm Giáo dục thường xuyên" is a name: such a recurring word is passed
    // over (each is looked at once: linear).
    while let Some((at, word)) = recurring {
        let after = skip_spaces(low, at + word.len());
        if table_at(low, after, &lex::HABITS_AFTER_RECURRING).is_none()
            && !word_before_in(low, at, &lex::NAMES_BEFORE_RECURRING)
        {
            break;
        }
        let [next] = super::text::first_of_each(low, [&lex::RECURRING], after, to);
        recurring = next;
    }
    let (hit, kind) = match (recurring, urgent) {
        (Some(r), _) => (r, DeadlineKind::Recurring),
        (None, Some(u)) => (u, DeadlineKind::Urgent),
        (None, None) => return None,
    };
    Some(FoundDeadline {
        start: hit.0,
        end: hit.0 + hit.1.len(),
        due: None,
        kind,
    })
}

/// Where a deadline that opens with its cue ("trước ngày 20/12", "chậm nhất là ngày 15 tháng
/// 12", "trong tháng 12/2024") and starts at word `p` ends: for passing over one that stands
/// between a subject and its verb (D9).
pub(crate) fn cued_deadline_end(low: &str, p: usize) -> Option<usize> {
    table_at(low, p, &lex::BEFORE_THE_VERB)?;
    // (A relative one runs on to its start, "kể từ ngày nhận được …", read where it stands.)
    deadline_at(low, p, low.len(), None)
        .filter(|d| d.kind != DeadlineKind::Relative)
        .map(|d| d.end)
}

/// A deadline starting at word `p`.
fn deadline_at(low: &str, p: usize, to: usize, reference: Option<Ymd>) -> Option<FoundDeadline> {
    // "sau 05 ngày kết thúc kỳ thi": only a count of days counted from what follows (D12);
    // "sau ngày 15/3" is when work may start.
    if let Some(w) = table_at(low, p, &lex::BEFORE_A_COUNT) {
        let (end, due, kind) = relative(low, skip_spaces(low, p + w.len()), reference, false)?;
        return (end <= to).then_some(FoundDeadline {
            start: p,
            end,
            due,
            kind,
        });
    }
    // The cue ("trước", "cuối", "trong" …) may open the phrase.
    let cue = table_at(low, p, &lex::CUES);
    // "kế hoạch đầu tư công trung hạn năm 2025": "hạn" of a word for a term is no cue (D16).
    if cue == Some("hạn") && word_before_in(low, p, &lex::TERMS_ENDING_IN_HAN) {
        return None;
    }
    let mut q = cue.map_or(p, |c| skip_spaces(low, p + c.len()));
    if cue == Some("vào") && table_at(low, q, &lex::TIMES_AFTER_VAO).is_none() {
        return None;
    }
    // "đầu"/"giữa" set a day only in a month ("đầu tháng 12"), D3.
    let part_of_month = lex::PARTS_OF_MONTH
        .iter()
        .find(|(w, _)| cue == Some(*w))
        .map(|&(_, day)| day);
    if part_of_month.is_some() && !phrase_at(low, q, "tháng") {
        return None;
    }
    if cue.is_some() {
        if let Some(w) = table_at(low, q, &lex::AFTER_CUE) {
            q = skip_spaces(low, q + w.len());
        }
        // "hạn nộp: 15/11/2024": the label's colon.
        if low[q..].starts_with(':') {
            q = skip_spaces(low, q + 1);
        }
    }
    // A data window bounds the figures, not the task (D15), also when the date is read from its
    // "ngày" after the window's "đến" ("số liệu tính đến ngày 30/4").
    // ("thống kê trước ngày 15/11", "báo cáo thống kê (hạn nộp: 15/11)": a cue that only says
    // "by" makes it the work's deadline.)
    let by = cue.is_some_and(|c| lex::BY_CUES.contains(c));
    if !by && word_before_in(low, p, &lex::DATA_WINDOW_BEFORE) {
        return None;
    }
    // "… (thống kê từ 01/01 đến 30/6/2025)": the end of a window opened by "từ" after its
    // figures' word (D15). (A few words back only.)
    if cue == Some("đến") {
        let near = super::text::boundary_before(low, p.saturating_sub(32));
        let opened = low[near..p].rfind("từ ").map(|k| near + k);
        if opened.is_some_and(|t| opens_a_data_window(low, t)) {
            return None;
        }
    }
    // "… hội thi văn nghệ chào mừng ngày 22/12; báo cáo kế hoạch trước ngày 08/12": the day of
    // an occasion is not when the work is due (D17); a cue before it makes it one ("trước").
    if cue.is_none() && word_before_in(low, p, &lex::OCCASION_BEFORE) {
        return None;
    }
    if cue.is_none() {
        let before = low[..p].trim_end();
        // The word before, looked for in the last few bytes only (linear on any text).
        let from = before.len().saturating_sub(16);
        let prev = before.as_bytes()[from..]
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(from, |i| from + i + 1);
        if before.is_char_boundary(prev)
            && low[prev..before.len()] == *"đến"
            && word_before_in(low, prev, &lex::DATA_WINDOW_BEFORE)
        {
            return None;
        }
    }
    // ("trong hai ngày 09, 10/4/2025": the days listed, not a count of days, D1.)
    let listed = listed_days(low, q).is_some();
    let found = (!listed)
        .then(|| relative(low, q, reference, cue.is_some()))
        .flatten()
        .or_else(|| lunar(low, q, reference, cue))
        .or_else(|| day(low, q, reference, cue.is_some()))
        .or_else(|| named_day(low, q, reference, cue))
        .or_else(|| holiday(low, q, reference, cue))
        .or_else(|| week(low, p, reference))
        .or_else(|| tet(low, q, reference, cue))
        .or_else(|| year_end_period(low, q, reference))
        // (A quarter without a cue names what it is of: "quyết toán kinh phí quý I/2024", D16;
        // a month without one is let go in `month` alike.)
        .or_else(|| cue.and_then(|_| quarter(low, q, reference)))
        .or_else(|| month(low, q, reference, cue.is_some(), part_of_month))
        .or_else(|| year(low, p, q, cue.is_some(), reference))
        .or_else(|| year_end_unsaid(low, p, reference))
        .or_else(|| school(low, q, reference, cue))?;
    let (mut end, mut due, mut kind) = found;
    // "trước ngày 31/12 hằng năm", "trước ngày 05 hằng tháng": the same day every year or
    // month is no single date (D18).
    if kind == DeadlineKind::Date {
        let next = skip_spaces(low, end);
        if let Some(w) = table_at(low, next, &lex::RECURRING) {
            (end, due, kind) = (next + w.len(), None, DeadlineKind::Recurring);
        }
    }
    // "Ngày 26/11, Sở … có văn bản …": a date put first without a cue dates an event (D17).
    if cue.is_none() && kind == DeadlineKind::Date && low[end..].starts_with(',') {
        return None;
    }
    // "… triển khai Thông tư … từ ngày 14/02/2025": when the work starts, not when it is due
    // (D17); a range ("từ ngày 10/3 đến ngày 20/3") is due at its end.
    if cue.is_none()
        && word_before_in(low, p, &lex::START_BEFORE)
        && !["đến", " - ", " – "]
            .iter()
            .any(|w| low[p..end.min(low.len())].contains(w))
        && !listed
    {
        return None;
    }
    // A term or a season that names a test or a thing is no deadline (D16).
    if kind == DeadlineKind::SchoolTerm && word_before_in(low, p, &lex::NAMING_BEFORE) {
        return None;
    }
    // (… and so does a half-year said with no cue after a report's or a review's noun; its
    // "cuối năm", after "tháng", is then no year's end of its own: a half-year is read from
    // its start.)
    if cue.is_none()
        && kind == DeadlineKind::Period
        && word_before_in(low, p, &lex::HALF_YEAR_NAMING_BEFORE)
        || kind == DeadlineKind::Year && low[..p].trim_end().ends_with(" tháng")
    {
        return None;
    }
    // A period the work looks back on (D17): "những hạn chế đã nêu trong năm học trước", "kết
    // quả học kỳ vừa qua" — what was, not when work is due. (A period that ended just before
    // the notice may still be the one meant, D2, D6: only the words say it is past.)
    let period = matches!(
        kind,
        DeadlineKind::Month
            | DeadlineKind::Quarter
            | DeadlineKind::Year
            | DeadlineKind::SchoolTerm
            | DeadlineKind::Period
    );
    if period {
        let next = skip_spaces(low, end);
        let looks_back = table_at(low, next, &lex::PAST_AFTER).is_some_and(|w| {
            let t = skip_spaces(low, next + w.len());
            !low[t..].starts_with(|c: char| c.is_ascii_digit())
                && table_at(low, t, &lex::ANCHORS).is_none()
        });
        if looks_back {
            return None;
        }
        // "báo cáo kết quả … trong tháng 10/2024" in November: the period ended before the
        // notice, and what is reported is of it (D17). (Only "trong" or no cue: "trước quý I"
        // in April is still a deadline, D2.)
        let ended = matches!((due, reference), (Some(d), Some(r)) if d < r);
        if ended && cue.is_none_or(|c| c == "trong") && reported_matter_before(low, p) {
            return None;
        }
    }
    (end <= to).then_some(FoundDeadline {
        start: p,
        end,
        due,
        kind,
    })
}

/// Whether a matter reported on ("tình hình", "kết quả" …) stands in the stretch of the clause
/// just before `p` (a few words, not over punctuation).
fn reported_matter_before(low: &str, p: usize) -> bool {
    let mut from = p.saturating_sub(80);
    while !low.is_char_boundary(from) {
        from += 1;
    }
    let stretch = &low[from..p];
    let stretch = match stretch.rfind([',', ';', '.', ':', '(', '\n']) {
        Some(k) => &stretch[k + 1..],
        None => stretch,
    };
    lex::REPORTED_MATTERS.iter().any(|m| {
        stretch
            .match_indices(m)
            .any(|(i, _)| phrase_at(stretch, i, m))
    })
}

type Hit = (usize, Option<Ymd>, DeadlineKind);

fn day(low: &str, q: usize, reference: Option<Ymd>, cue: bool) -> Option<Hit> {
    if cue {
        if let Some(hit) = day_of_a_month_ahead(low, q, reference) {
            return Some(hit);
        }
    }
    // "trước thứ Năm (21/11)", "vào chiều thứ Sáu, ngày 22/11": the day after its weekday.
    // ("ngày thứ Năm (20/3)" is a day written with its weekday, cue or not.)
    let weekday = (cue || phrase_at(low, q, "ngày"))
        .then(|| day_after_weekday(low, q))
        .flatten();
    let q = weekday.unwrap_or(q);
    // ("từ 01/4/2025 - 10/4/2025": a range opened by "từ" is read, and kept only if it ends,
    // in `deadline_at`.)
    let starts = word_before_in(low, q, &lex::START_BEFORE);
    // ("ngày 01-10/4/2025" is read as days listed first: as one day it would be 1 October.)
    let (d, end) = if let Some(found) = listed_days(low, q) {
        found // "ngày 09, 10/4/2025", "từ ngày 01-10/4/2025"
    } else if let Some(found) = phrase_at(low, q, "ngày").then(|| day_at(low, q)).flatten() {
        found
    } else if phrase_at(low, q, "ngày") {
        return cue.then(|| day_of_the_month(low, q, reference)).flatten();
    } else if cue || weekday.is_some() || starts {
        short_day_at(low, q)? // "trước 15/12/2023", "chậm nhất 30/11"
    } else {
        return None;
    };
    // A range ends on its last day (D1): "từ ngày 10/3 đến ngày 20/3/2024", "10/3 - 20/3".
    let range = range_end(low, end);
    // "(thống kê từ 01/01 đến 30/6/2025)", "số liệu từ …": the window of the figures (D15).
    if range.is_some() && starts {
        let before = low[..q].trim_end();
        if before.ends_with("từ") && opens_a_data_window(low, before.len() - "từ".len()) {
            return None;
        }
    }
    let (mut d, mut end) = range.unwrap_or((d, end));
    // "trước ngày 15/3 năm sau": the year said from the notice's (D2).
    if d.year.is_none() {
        if let Some((y, e)) = year_from_now(low, skip_spaces(low, end), reference) {
            (d.year, end) = (Some(y), e);
        }
    }
    // (A bracket opened after a weekday closes with the phrase.)
    let end = if low[..q].ends_with('(') && low[end..].starts_with(')') {
        end + 1
    } else {
        end
    };
    let due = due_on(d.year, d.month, d.day, reference);
    // A day before the notice's own date is history, not a deadline.
    if let (Some(due), Some(r), Some(_)) = (due, reference, d.year) {
        if due < r {
            return None;
        }
    }
    Some((end, due, DeadlineKind::Date))
}

/// "trước ngày 15." after a cue, with no month (D2): the next such day of a month from the
/// notice's date on, the clause ending there ("trước ngày 20 hằng tháng" then recurs, D18).
fn day_of_the_month(low: &str, q: usize, reference: Option<Ymd>) -> Option<Hit> {
    let at = skip_spaces(low, q + "ngày".len());
    let (n, end) = number_at(low, at, 2)?;
    let next = skip_spaces(low, end);
    // ("vào ngày 25, 26/11/2024": a list of days, read as such elsewhere.)
    let listed = low[next..].starts_with(',')
        && low[next + 1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
    let ends = next >= low.len()
        || low[next..].starts_with(['.', ',', ';', ')', '\n']) && !listed
        || table_at(low, next, &lex::RECURRING).is_some();
    if !(1..=31).contains(&n) || !ends {
        return None;
    }
    // "Hằng tháng, trước ngày 25, Văn phòng tổng hợp …": the recurrence put first makes the
    // day one of every month (D18), as after it. (Only the few words before the cue.)
    let near = super::text::boundary_before(low, q.saturating_sub(40));
    if super::text::find_any(low, &lex::RECURRING, near, q).is_some() {
        return None;
    }
    let due = reference.and_then(|r| {
        let (y, m) = if n >= r.day {
            (r.year, r.month)
        } else {
            months_ahead(r, 1)
        };
        Ymd::new(y, m, n.min(super::dates::days_in_month(y, m)))
    });
    Some((end, due, DeadlineKind::Date))
}

/// At a weekday after a cue, "thứ Năm (21/11)", "chiều thứ Sáu, ngày 22/11", "Chủ nhật
/// (24/11)": where the day written after it starts (D1). The weekday alone is D13's.
fn day_after_weekday(low: &str, q: usize) -> Option<usize> {
    let mut r = q;
    // "ngày thứ Năm (20/3)": the weekday named as the day.
    if phrase_at(low, r, "ngày") {
        let w = skip_spaces(low, r + "ngày".len());
        if phrase_at(low, w, "thứ") || phrase_at(low, w, "chủ nhật") {
            r = w;
        }
    }
    if let Some(part) = ["sáng", "chiều", "tối"]
        .iter()
        .find(|w| phrase_at(low, r, w))
    {
        r = skip_spaces(low, r + part.len());
    }
    r = if phrase_at(low, r, "chủ nhật") {
        r + "chủ nhật".len()
    } else if phrase_at(low, r, "thứ") {
        let t = skip_spaces(low, r + "thứ".len());
        let w = calendar::WEEKDAYS.iter().find(|w| phrase_at(low, t, w))?;
        t + w.len()
    } else {
        return None;
    };
    let r = skip_spaces(low, r);
    let r = match low.as_bytes().get(r) {
        Some(b'(' | b',') => skip_spaces(low, r + 1),
        _ => r,
    };
    (phrase_at(low, r, "ngày") || low.as_bytes().get(r).is_some_and(u8::is_ascii_digit))
        .then_some(r)
}

/// A relative deadline (D12): "trong thời hạn 15 ngày kể từ ngày ký Thông báo này", "trong
/// vòng 07 ngày kể từ ngày nhận được …", "05 ngày làm việc". Due only when it counts from the
/// notice's signing or issue, whose date is the reference.
fn relative(low: &str, q: usize, reference: Option<Ymd>, cue: bool) -> Option<Hit> {
    let (n, r) = count_at(low, q, cue)?;
    if cue {
        if let Some(hit) = counted_ahead(low, r, n, reference) {
            return Some(hit);
        }
    }
    let (working, mut end) = days_at(low, r)?;
    let t = skip_spaces(low, end);
    let due = if let Some(w) = table_at(low, t, &lex::FROM_ISSUE) {
        end = start_event_end(low, t + w.len());
        reference.and_then(|d| add_days(d, i64::from(n), working))
    } else if let Some(w) = table_at(low, t, &lex::FROM_UNKNOWN) {
        // "kể từ ngày 01/12/2024": a start that is a date is known.
        let start = skip_spaces(low, t + w.len());
        if let Some((day, e)) = day_at(low, start).filter(|_| phrase_at(low, start, "ngày")) {
            end = e;
            day.year
                .or(reference.map(|r| r.year))
                .and_then(|y| Ymd::new(y, day.month, day.day))
                .and_then(|d| add_days(d, i64::from(n), working))
        } else {
            end = start_event_end(low, t + w.len());
            // "… kể từ ngày kết thúc kiểm tra (ngày 25/3/2024)": the event's day in brackets
            // after it is the start (D12).
            let b = skip_spaces(low, end);
            let bracketed = low[b..]
                .starts_with('(')
                .then(|| day_at(low, skip_spaces(low, b + 1)))
                .flatten()
                .filter(|(_, e)| low[*e..].trim_start().starts_with(')'));
            match bracketed {
                Some((day, e)) => {
                    end = low[e..].find(')').map_or(e, |k| e + k + 1);
                    day.year
                        .or(reference.map(|r| r.year))
                        .and_then(|y| Ymd::new(y, day.month, day.day))
                        .and_then(|d| add_days(d, i64::from(n), working))
                }
                None => None,
            }
        }
    } else if working || cue {
        None
    } else if word_before_in(low, q, &lex::BEFORE_A_COUNT) {
        // "sau 05 ngày kết thúc kỳ thi": the event it counts from, up to the clause's end.
        end = start_event_end(low, end);
        None
    } else {
        return None;
    };
    Some((end, due, DeadlineKind::Relative))
}

/// D12: a relative deadline counted from the meeting ("trong thời hạn 10 ngày kể từ ngày họp",
/// "05 ngày làm việc sau cuộc họp"): the meeting's date plus the count. Read once the meeting is
/// dated (the directives are read knowing only the reference date); None for any other deadline.
pub fn counted_from_meeting(low: &str, d: &FoundDeadline, meeting: Ymd) -> Option<Ymd> {
    if d.kind != DeadlineKind::Relative || d.due.is_some() {
        return None;
    }
    let (start_event, _) = super::text::find_any(low, &lex::FROM_MEETING, d.start, d.end)?;
    let q = table_at(low, d.start, &lex::CUES).map_or(d.start, |c| d.start + c.len());
    let (n, r) = count_at(low, skip_spaces(low, q), true)?;
    let (working, end) = days_at(low, r)?;
    // (The meeting is what the count runs from: right after "N ngày [làm việc]".)
    (skip_spaces(low, end) == start_event)
        .then(|| add_days(meeting, i64::from(n), working))
        .flatten()
}

/// The count of a relative deadline at `q` ("05", "mười lăm"), after its opener when there is a
/// cue ("trong thời hạn 15 …"), and where the next word starts.
fn count_at(low: &str, q: usize, cue: bool) -> Option<(u32, usize)> {
    let mut r = q;
    if cue {
        if let Some(w) = table_at(low, r, &lex::RELATIVE_OPENERS) {
            r = skip_spaces(low, r + w.len());
        }
    }
    let (n, e) = number_at(low, r, 3).or_else(|| number_word_at(low, r))?;
    Some((n, skip_spaces(low, e)))
}

/// "ngày" or "ngày làm việc" at `r`, after a count: whether working days are counted, and where
/// the words end.
fn days_at(low: &str, r: usize) -> Option<(bool, usize)> {
    if !phrase_at(low, r, "ngày") {
        return None;
    }
    let end = r + "ngày".len();
    let t = skip_spaces(low, end);
    Some(if phrase_at(low, t, "làm việc") {
        (true, t + "làm việc".len())
    } else {
        (false, end)
    })
}

/// A count said in words at `r` ("hai", "mười lăm", `lex::NUMBER_WORDS`) and where it ends.
fn number_word_at(low: &str, r: usize) -> Option<(u32, usize)> {
    lex::NUMBER_WORDS
        .iter()
        .find(|(w, _)| phrase_at(low, r, w))
        .map(|&(w, n)| (n, r + w.len()))
}

/// "10 ngày tới", "2 tuần tới", "3 tháng tới" at `r`, after a cue and the count `n` (D12): the
/// notice's date plus that much (a month's day kept, or the month's last day).
fn counted_ahead(low: &str, r: usize, n: u32, reference: Option<Ymd>) -> Option<Hit> {
    let &(span, days, months) = lex::SPANS_AHEAD
        .iter()
        .find(|(w, ..)| phrase_at(low, r, w))?;
    let t = skip_spaces(low, r + span.len());
    let ahead = table_at(low, t, &lex::AHEAD)?;
    let n = n.min(366);
    let due = reference.and_then(|d| {
        if months == 0 {
            return d.plus_days(i64::from(n * days));
        }
        let total = d.month - 1 + n * months;
        let (y, m) = (d.year + (total / 12) as i32, total % 12 + 1);
        Ymd::new(y, m, d.day.min(super::dates::days_in_month(y, m)))
    });
    Some((t + ahead.len(), due, DeadlineKind::Relative))
}

/// `n` days after `from`; in working days, Saturdays, Sundays and the fixed public holidays are
/// not counted.
fn add_days(from: Ymd, n: i64, working: bool) -> Option<Ymd> {
    if !working {
        return from.plus_days(n);
    }
    let mut d = from;
    let mut left = n.clamp(0, 366);
    while left > 0 {
        d = d.plus_days(1)?;
        let holiday = calendar::HOLIDAYS.contains(&(d.month, d.day));
        if d.weekday() < 5 && !holiday {
            left -= 1;
        }
    }
    Some(d)
}

/// Where the event a relative deadline counts from ends, from `from` after its "kể từ …": the
/// rest of the clause ("kể từ ngày nhận được Thông báo này", "sau khi kết thúc đợt kiểm tra"),
/// read in a short stretch (bounded, so a sentence stays linear) up to its punctuation or to a
/// modal ("các trường trong vòng 10 ngày kể từ ngày nhận được thông báo này phải rà soát …");
/// `from` itself when the clause does not end there.
fn start_event_end(low: &str, from: usize) -> usize {
    let window = super::text::boundary_before(low, (from + 80).min(low.len()));
    let mut w = skip_spaces(low, from);
    while w < window {
        if table_at(low, w, &crate::lexicon::verbs::OBLIGATIONS).is_some() {
            return low[..w].trim_end().len();
        }
        let next = super::text::word_end(low, w);
        match low.as_bytes().get(next) {
            Some(b' ') if next > w => w = skip_spaces(low, next),
            Some(b',' | b'.' | b';' | b':' | b'(' | b'\n') | None => return next,
            _ => return from,
        }
    }
    from
}

/// A week-relative deadline (D13): "trong tuần này" (its Sunday), "tuần sau", "thứ Sáu tuần
/// này", resolved against the notice's date; a week ends on Sunday.
fn week(low: &str, p: usize, reference: Option<Ymd>) -> Option<Hit> {
    let mut r = p;
    let cue = table_at(low, r, &lex::CUES);
    if let Some(cue) = cue {
        r = skip_spaces(low, r + cue.len());
    }
    let mut weekday = 6u32;
    if phrase_at(low, r, "thứ") {
        let t = skip_spaces(low, r + "thứ".len());
        let (i, w) = calendar::WEEKDAYS
            .iter()
            .enumerate()
            .find(|(_, w)| phrase_at(low, t, w))?;
        weekday = i as u32;
        r = skip_spaces(low, t + w.len());
    } else if phrase_at(low, r, "chủ nhật") {
        r = skip_spaces(low, r + "chủ nhật".len());
    }
    if !phrase_at(low, r, "tuần") {
        return None;
    }
    let t = skip_spaces(low, r + "tuần".len());
    let (end, ahead) = match lex::WEEKS_AHEAD.iter().find(|(w, _)| phrase_at(low, t, w)) {
        Some((w, ahead)) => (t + w.len(), *ahead),
        // "… hoàn thành trong tuần." — this week, said with "trong" and nothing after (D13).
        None if cue == Some("trong") && weekday == 6 && week_said_alone(low, t) => {
            (r + "tuần".len(), 0)
        }
        None => return None,
    };
    let due = reference
        .and_then(|d| d.plus_days(i64::from(weekday) - i64::from(d.weekday()) + 7 * ahead));
    Some((end, due, DeadlineKind::Date))
}

/// Whether "tuần" ends its phrase at `t` (punctuation or the end): "trong tuần." is this week,
/// "trong tuần 15" or "trong tuần lễ" is not.
fn week_said_alone(low: &str, t: usize) -> bool {
    low[t..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | '\n'))
}

/// Past "khi" and who goes on holiday, when the holiday follows (D6, D7): "khi học sinh nghỉ
/// Tết" → at "nghỉ Tết"; "khi nghỉ hè" → at "nghỉ hè". Else `q`.
fn after_khi(low: &str, q: usize) -> usize {
    if !phrase_at(low, q, "khi") {
        return q;
    }
    let r = skip_spaces(low, q + "khi".len());
    match table_at(low, r, &calendar::HOLIDAY_GOERS) {
        Some(who) if phrase_at(low, skip_spaces(low, r + who.len()), "nghỉ") => {
            skip_spaces(low, r + who.len())
        }
        _ => r,
    }
}

/// The day `day`/`month` of the year written, else the first such day on or after the notice's
/// date (D2).
fn due_on(year: Option<i32>, month: u32, day: u32, reference: Option<Ymd>) -> Option<Ymd> {
    match year {
        Some(y) => Ymd::new(y, month, day),
        None => reference.and_then(|r| next_on_or_after(r, month, day)),
    }
}

/// A holiday named by its date after a cue that says "by" (D7, D14: the event's date is in the
/// text): "trước dịp lễ 30/4 - 1/5", "trước kỳ nghỉ lễ 2/9" — due its first day (a range's
/// start), read with the range.
fn holiday(low: &str, q: usize, reference: Option<Ymd>, cue: Option<&str>) -> Option<Hit> {
    if !cue.is_some_and(|c| lex::BY_CUES.contains(c)) {
        return None;
    }
    let w = table_at(low, q, &lex::HOLIDAY_WORDS)?;
    let (d, end) = short_day_at(low, skip_spaces(low, q + w.len()))?;
    let end = range_end(low, end).map_or(end, |(_, e)| e);
    let due = due_on(d.year, d.month, d.day, reference);
    Some((end, due, DeadlineKind::Date))
}

/// A day named for an occasion after a cue that says "by" (D7): "trước ngày Nhà giáo Việt Nam
/// 20/11", "chậm nhất trước Quốc khánh (2/9)", "trước Ngày Quốc tế Thiếu nhi" — that day, with
/// the date written after the name read into the phrase.
fn named_day(low: &str, q: usize, reference: Option<Ymd>, cue: Option<&str>) -> Option<Hit> {
    if !cue.is_some_and(|c| lex::BY_CUES.contains(c)) {
        return None;
    }
    let r = named_day_at(low, q)?;
    let (_, month, day) = r.1;
    let mut end = r.0;
    // The date written after the name ("20/11", "(20/11)", "20-11"), or its year.
    let t = skip_spaces(low, end);
    let bracket = low[t..].starts_with('(');
    let d = if bracket { t + 1 } else { t };
    let written = short_day_at(low, d).or_else(|| {
        let (dd, e1) = number_at(low, d, 2)?;
        let (mm, e2) = (low.as_bytes().get(e1) == Some(&b'-'))
            .then(|| number_at(low, e1 + 1, 2))
            .flatten()?;
        (dd == day && mm == month).then_some((
            super::dates::Day {
                day,
                month,
                year: None,
            },
            e2,
        ))
    });
    let mut year = None;
    if let Some((w, e)) = written.filter(|(w, _)| w.day == day && w.month == month) {
        year = w.year;
        end = if bracket && low[e..].starts_with(')') {
            e + 1
        } else {
            e
        };
    } else if let Some((y, e)) = year_after(low, end, reference) {
        (year, end) = (Some(y), e);
    }
    let due = due_on(year, month, day, reference);
    Some((end, due, DeadlineKind::Date))
}

/// At a day named for an occasion (`calendar::NAMED_DAYS`), after "ngày", "dịp" or "ngày lễ" if
/// any: where its name ends, and the day.
fn named_day_at(low: &str, q: usize) -> Option<(usize, (&'static str, u32, u32))> {
    let mut r = q;
    // ("dịp", "ngày lễ", "kỳ nghỉ lễ" …, then "ngày": "trước dịp nghỉ lễ Quốc khánh".)
    if let Some(w) = table_at(low, r, &lex::HOLIDAY_WORDS) {
        r = skip_spaces(low, r + w.len());
    }
    if phrase_at(low, r, "ngày") {
        r = skip_spaces(low, r + "ngày".len());
    }
    calendar::NAMED_DAYS
        .iter()
        .filter(|(name, _, _)| phrase_at(low, r, name))
        .max_by_key(|(name, _, _)| name.len())
        .map(|&named| (r + named.0.len(), named))
}

/// A day of the lunar calendar after a cue (D7): "trước ngày 23 tháng Chạp", "vào mùng 6 Tết",
/// "trước Tết Trung thu" (see `super::lunar`).
fn lunar(low: &str, q: usize, reference: Option<Ymd>, cue: Option<&str>) -> Option<Hit> {
    let (end, due) = super::lunar::lunar_day(low, q, reference, cue? == "trước")?;
    Some((end, due, DeadlineKind::Date))
}

/// Tết Nguyên đán (D7): "trước Tết Nguyên đán Đinh Dậu", "trước khi nghỉ Tết" → the day before
/// Tết of the year named, else the next Tết after the notice's date.
fn tet(low: &str, q: usize, reference: Option<Ymd>, cue: Option<&str>) -> Option<Hit> {
    if cue != Some("trước") {
        return None;
    }
    let mut r = after_khi(low, q);
    for w in ["nghỉ", "kỳ nghỉ", "dịp"] {
        if phrase_at(low, r, w) {
            r = skip_spaces(low, r + w.len());
        }
    }
    if !phrase_at(low, r, "tết") {
        return None;
    }
    let mut end = r + "tết".len();
    let t = skip_spaces(low, end);
    // "trước Tết Dương lịch (năm) 2025": the day before 1 January of that year, or of the next
    // one after the reference (D7).
    if phrase_at(low, t, "dương lịch") {
        let mut end = t + "dương lịch".len();
        let y = skip_spaces(low, end);
        let y = if phrase_at(low, y, "năm") {
            skip_spaces(low, y + "năm".len())
        } else {
            y
        };
        let year = year_at(low, y).map(|(year, e)| {
            end = e;
            year
        });
        let new_year = year.or_else(|| reference.map(|r| r.year + 1));
        let due = new_year.and_then(|y| Ymd::new(y - 1, 12, 31));
        return Some((end, due, DeadlineKind::Date));
    }
    if phrase_at(low, t, "nguyên đán") {
        end = t + "nguyên đán".len();
    }
    // The lunar year's name: "Đinh Dậu" = stem + branch.
    let t = skip_spaces(low, end);
    let named = calendar::TET.iter().find(|(y, _, _)| {
        let stem = calendar::STEMS[y.rem_euclid(10) as usize];
        let branch = calendar::BRANCHES[y.rem_euclid(12) as usize];
        phrase_at(low, t, stem) && phrase_at(low, skip_spaces(low, t + stem.len()), branch)
    });
    let tet_day = match named {
        Some(&(y, m, d)) => {
            let stem = calendar::STEMS[y.rem_euclid(10) as usize];
            let b = skip_spaces(low, t + stem.len());
            end = b + calendar::BRANCHES[y.rem_euclid(12) as usize].len();
            // Names repeat every 60 years; the table spans fewer, so a name is one year.
            Ymd::new(y, m, d)
        }
        None => reference.and_then(|r| {
            calendar::TET
                .iter()
                .filter_map(|&(y, m, d)| Ymd::new(y, m, d))
                .find(|&d| d > r)
        }),
    };
    Some((
        end,
        tet_day.and_then(|d| d.plus_days(-1)),
        DeadlineKind::Date,
    ))
}

/// "ngày 20 tháng này", "ngày 05 tháng sau" after a cue (D2 with D13's months): the day of the
/// notice's month, or of the one after. ("trong 3 tháng tới", without "ngày", counts months from
/// the notice's date: `counted_ahead`.)
fn day_of_a_month_ahead(low: &str, q: usize, reference: Option<Ymd>) -> Option<Hit> {
    if !phrase_at(low, q, "ngày") {
        return None;
    }
    let p = skip_spaces(low, q + "ngày".len());
    let (day, after_day) = number_at(low, p, 2)?;
    let mut m = skip_spaces(low, after_day);
    if m == after_day {
        return None;
    }
    // "ngày 05 của tháng sau".
    if phrase_at(low, m, "của") {
        m = skip_spaces(low, m + "của".len());
    }
    if !phrase_at(low, m, "tháng") {
        return None;
    }
    let w = skip_spaces(low, m + "tháng".len());
    let (end, ahead) = month_ahead_at(low, w)?;
    let due = reference.and_then(|r| {
        let (y, m) = months_ahead(r, ahead);
        Ymd::new(y, m, day)
    });
    Some((end, due, DeadlineKind::Date))
}

/// "này", "sau", "tới" … after "tháng" (D13's months): where the word ends, and how many months
/// after the notice's it names.
fn month_ahead_at(low: &str, at: usize) -> Option<(usize, u32)> {
    lex::MONTHS_AHEAD
        .iter()
        .find(|(w, _)| phrase_at(low, at, w))
        .map(|&(w, ahead)| (at + w.len(), ahead))
}

/// The year and month `ahead` months (0 or 1, from `lex::MONTHS_AHEAD`) after the reference's.
fn months_ahead(r: Ymd, ahead: u32) -> (i32, u32) {
    if r.month + ahead > 12 {
        (r.year + 1, r.month + ahead - 12)
    } else {
        (r.year, r.month + ahead)
    }
}

/// Days listed or ranged before the month they share (D1): "ngày 09, 10/4/2025", "các ngày 09
/// và 10/4", "hai ngày 09, 10/4/2025", "ngày 01-10/4/2025", "ngày 01 đến 10/4": the last day,
/// and where it ends. (A few days only: the look stays short.)
fn listed_days(low: &str, q: usize) -> Option<(super::dates::Day, usize)> {
    // "các ngày", "hai ngày", "02 ngày": how many days, then the word.
    let mut p = q;
    if phrase_at(low, p, "các") {
        p = skip_spaces(low, p + "các".len());
    } else if let Some((_, e)) = number_word_at(low, p).or_else(|| number_at(low, p, 2)) {
        if phrase_at(low, skip_spaces(low, e), "ngày") {
            p = skip_spaces(low, e);
        }
    }
    if !phrase_at(low, p, "ngày") {
        return None;
    }
    p = skip_spaces(low, p + "ngày".len());
    let mut last = 0;
    for _ in 0..6 {
        let (n, e) = number_at(low, p, 2)?;
        if !(1..=31).contains(&n) || n <= last {
            return None;
        }
        last = n;
        let r = skip_spaces(low, e);
        let sep = if low[r..].starts_with([',', '-']) {
            1
        } else if low[r..].starts_with('–') {
            '–'.len_utf8()
        } else if let Some(w) = ["và", "đến"].into_iter().find(|w| phrase_at(low, r, w)) {
            w.len()
        } else {
            return None;
        };
        p = skip_spaces(low, r + sep);
        if let Some((d, end)) = short_day_at(low, p).filter(|(d, _)| d.day > last) {
            return Some((d, end));
        }
    }
    None
}

/// The second day of a range after a first one ends at `end`: " đến ngày 20/3/2024", " - 20/3".
fn range_end(low: &str, end: usize) -> Option<(super::dates::Day, usize)> {
    let mut r = skip_spaces(low, end);
    if phrase_at(low, r, "đến") {
        r = skip_spaces(low, r + "đến".len());
    } else if low[r..].starts_with('-') || low[r..].starts_with('–') {
        r = skip_spaces(low, r + low[r..].chars().next().map_or(1, char::len_utf8));
    } else {
        return None;
    }
    if phrase_at(low, r, "ngày") {
        day_at(low, r)
    } else {
        short_day_at(low, r)
    }
}

/// A day right after a cue, the year optional: "15/12/2023", "30/11", and in words without
/// "ngày" (D2): "trước 30 tháng 11" ("3 tháng 10 ngày" is a length of time, not a day).
fn short_day_at(low: &str, q: usize) -> Option<(super::dates::Day, usize)> {
    if let Some(found) = day_at(low, q) {
        return Some(found);
    }
    let (day, e1) = number_at(low, q, 2)?;
    let m = skip_spaces(low, e1);
    let month_at = if low.as_bytes().get(e1) == Some(&b'/') {
        e1 + 1
    } else if m > e1 && phrase_at(low, m, "tháng") {
        skip_spaces(low, m + "tháng".len())
    } else {
        return None;
    };
    let (month, e2) = number_at(low, month_at, 2)?;
    let next = low.as_bytes().get(e2);
    if next.is_some_and(|b| b.is_ascii_digit() || *b == b'/')
        || (month_at != e1 + 1 && phrase_at(low, skip_spaces(low, e2), "ngày"))
    {
        return None;
    }
    ((1..=12).contains(&month) && day >= 1 && day <= super::dates::days_in_month(2024, month))
        .then_some((
            super::dates::Day {
                year: None,
                month,
                day,
            },
            e2,
        ))
}

/// "tháng 10 và các tháng cuối năm 2022", "các tháng cuối năm 2022", "6 tháng đầu năm 2023".
/// N1: the end of a period named at `q` with no cue before it ("Học kỳ I, …", "Tháng 10, …",
/// "Quý III, …"), read as if it had one, when the period is all that stands in `q..end`.
pub(crate) fn period_named_at(
    low: &str,
    q: usize,
    end: usize,
    reference: Option<Ymd>,
) -> Option<Ymd> {
    let (stop, due, _) = school(low, q, reference, HEADING_CUE)
        .or_else(|| quarter(low, q, reference))
        .or_else(|| month(low, q, reference, true, None))?;
    low[stop.min(end)..end]
        .trim()
        .is_empty()
        .then_some(due)
        .flatten()
}

fn year_end_period(low: &str, q: usize, reference: Option<Ymd>) -> Option<Hit> {
    let mut r = q;
    // ("tháng 11 và các tháng cuối năm"; "tháng cuối năm" is the table's own.)
    let month_number = phrase_at(low, r, "tháng")
        .then(|| number_at(low, skip_spaces(low, r + "tháng".len()), 2))
        .flatten();
    // ("6 tháng đầu năm" is read from "6": "tháng đầu năm" inside it is no period of its own.)
    let before = low[..q].trim_end();
    if month_number.is_none()
        && phrase_at(low, r, "tháng")
        && (before.ends_with(|c: char| c.is_ascii_digit())
            || before.ends_with(" sáu")
            || before.ends_with(" các"))
    {
        return None;
    }
    if let Some((_, e)) = month_number {
        r = skip_spaces(low, e);
        if !phrase_at(low, r, "và") {
            return None;
        }
        r = skip_spaces(low, r + "và".len());
    } else if let Some((_, e)) = number_at(low, r, 1) {
        r = skip_spaces(low, e);
    } else if phrase_at(low, r, "sáu") {
        r = skip_spaces(low, r + "sáu".len());
    }
    let (phrase, month) = if let Some(p) = table_at(low, r, &lex::YEAR_END_PERIODS) {
        (p, 12)
    } else if let Some(p) = table_at(low, r, &lex::FIRST_HALF) {
        (p, 6)
    } else {
        return None;
    };
    if phrase == "cuối năm" && r == q {
        return None; // plain "cuối năm 2022" is a year deadline, read by `year`.
    }
    let after = skip_spaces(low, r + phrase.len());
    let due = match year_at(low, after) {
        Some((y, e)) => (e, Ymd::end_of_month(y, month)),
        // "trong 6 tháng đầu năm" said in December: the coming year's (D2's window, D5).
        None => (
            r + phrase.len(),
            reference.and_then(|d| next_on_or_after(d, month, 31)),
        ),
    };
    Some((due.0, due.1, DeadlineKind::Period))
}

/// "quý IV năm 2018", "Quý II/2021", "quý 3".
fn quarter(low: &str, q: usize, reference: Option<Ymd>) -> Option<Hit> {
    if !phrase_at(low, q, "quý") {
        return None;
    }
    let after = skip_spaces(low, q + "quý".len());
    // "trong quý này", "quý tới" (D4 with D13's months): the notice's quarter, or the next.
    if let Some((end, ahead)) = month_ahead_at(low, after) {
        let r = reference?;
        let (y, m) = months_ahead(r, ahead * 3);
        let last = (m - 1) / 3 * 3 + 3;
        return Some((end, Ymd::end_of_month(y, last), DeadlineKind::Quarter));
    }
    let (n, mut end) =
        quarter_number_at(low, after).or_else(|| first_or_last_quarter(low, after))?;
    let year = year_after(low, end, reference).map(|(y, e)| {
        end = e;
        y
    });
    let due = month_end(year, n * 3, reference);
    Some((end, due, DeadlineKind::Quarter))
}

/// "quý đầu (tiên) [của] năm", "quý cuối (cùng) [của] năm" (D4): the first or the last quarter,
/// ending before the year that may follow ("quý đầu năm 2025").
fn first_or_last_quarter(low: &str, at: usize) -> Option<(u32, usize)> {
    let (n, end) = lex::FIRST_AND_LAST_QUARTERS
        .iter()
        .find(|(w, _)| phrase_at(low, at, w))
        .map(|&(w, n)| (n, at + w.len()))?;
    let mut r = skip_spaces(low, end);
    if phrase_at(low, r, "của") {
        r = skip_spaces(low, r + "của".len());
    }
    if !phrase_at(low, r, "năm") || year_said_at(low, r).is_some() {
        return Some((n, end));
    }
    // A year after "năm" is read by `year_after` from here; without one, "năm" ends the phrase.
    match year_at(low, skip_spaces(low, r + "năm".len())) {
        Some(_) => Some((n, r)),
        None => Some((n, r + "năm".len())),
    }
}

/// The year written after a month or a quarter: "/2022" or " năm 2022", or said from the
/// reference's ("năm nay", "năm sau"): (year, end).
fn year_after(low: &str, end: usize, reference: Option<Ymd>) -> Option<(i32, usize)> {
    if low[end..].starts_with('/') {
        return year_at(low, end + 1);
    }
    let r = skip_spaces(low, end);
    if let Some(said) = year_from_now(low, r, reference) {
        return Some(said);
    }
    if phrase_at(low, r, "năm") {
        return year_at(low, skip_spaces(low, r + "năm".len()));
    }
    None
}

/// "năm nay", "năm sau" at `r` (D2): the reference's year plus its offset, and where it ends.
fn year_from_now(low: &str, r: usize, reference: Option<Ymd>) -> Option<(i32, usize)> {
    let &(w, k) = year_said_at(low, r)?;
    Some((reference?.year + k, r + w.len()))
}

/// The phrase of [`lex::YEARS_FROM_NOW`] at `r`, with its offset in years.
fn year_said_at(low: &str, r: usize) -> Option<&'static (&'static str, i32)> {
    lex::YEARS_FROM_NOW
        .iter()
        .find(|(w, _)| phrase_at(low, r, w))
}

/// The last day of `month` in `year`, or, with no year, the next one on or after the reference.
fn month_end(year: Option<i32>, month: u32, reference: Option<Ymd>) -> Option<Ymd> {
    match year {
        Some(y) => Ymd::end_of_month(y, month),
        None => reference.and_then(|r| {
            let this = Ymd::end_of_month(r.year, month)?;
            within_window(r, this, || Ymd::end_of_month(r.year + 1, month))
        }),
    }
}

/// "trong tháng 10/2022", "trước tháng 12 năm 2022", "cuối tháng 5"; with a part of the month
/// (`part`, the day it falls due on), "đầu tháng 12" (D3).
fn month(low: &str, q: usize, reference: Option<Ymd>, cue: bool, part: Option<u32>) -> Option<Hit> {
    if !cue {
        return None;
    }
    // "tuần đầu tháng 5", "tuần cuối của tháng 12" (D13), "nửa đầu tháng 12" (D3).
    let week = matches!(
        low.as_bytes().get(q),
        Some(b't' | b'n' | b'h' | b'b' | b'0'..=b'9')
    )
    .then(|| {
        lex::WEEKS_OF_MONTH
            .iter()
            .find(|(w, _)| phrase_at(low, q, w))
    })
    .flatten()
    .map(|&(w, k)| {
        let r = skip_spaces(low, q + w.len());
        let r = if phrase_at(low, r, "của") {
            skip_spaces(low, r + "của".len())
        } else {
            r
        };
        (r, k)
    });
    let q = week.map_or(q, |(r, _)| r);
    if !phrase_at(low, q, "tháng") {
        return None;
    }
    let after = skip_spaces(low, q + "tháng".len());
    // "trong tháng này", "trước tháng sau", "đầu tháng tới": the notice's month, or the one
    // after (D13's way with weeks).
    // "… hoàn thành trong tháng.", "Trong tháng, các trường …": the month said with nothing
    // after it is the notice's (D3).
    let bare = ends_a_clause(low, after).then_some((q + "tháng".len(), 0));
    let (end, due) = if let Some((end, ahead)) = month_ahead_at(low, after).or(bare) {
        let due = reference.and_then(|r| {
            let (y, m) = months_ahead(r, ahead);
            Ymd::end_of_month(y, m)
        });
        (end, due)
    } else {
        let (mut m, mut end) = number_at(low, after, 2)?;
        if !(1..=12).contains(&m) {
            return None;
        }
        // "trong tháng 11 và tháng 12/2024": the work runs to the end of the later month (D3).
        if part.is_none() && week.is_none() {
            if let Some((later, e)) = and_a_later_month(low, end, m) {
                (m, end) = (later, e);
            }
        }
        let year = year_after(low, end, reference).map(|(y, e)| {
            end = e;
            y
        });
        (end, month_end(year, m, reference))
    };
    if let Some(day) = part.filter(|_| week.is_none()) {
        let due = due.and_then(|e| Ymd::new(e.year, e.month, day));
        return Some((end, due, DeadlineKind::Date));
    }
    match week {
        Some((_, day)) if day > 0 => {
            let due = due.and_then(|e| Ymd::new(e.year, e.month, day.min(e.day)));
            Some((end, due, DeadlineKind::Date))
        }
        _ => Some((end, due, DeadlineKind::Month)),
    }
}

/// " và tháng 12" after "tháng 11": the later month and where it ends.
fn and_a_later_month(low: &str, end: usize, m: u32) -> Option<(u32, usize)> {
    let r = skip_spaces(low, end);
    // "tháng 11 và tháng 12", "tháng 4 đến tháng 5", "tháng 4-5/2025", "tháng 4 – 5".
    let joiner = ["và", "đến"]
        .into_iter()
        .find(|w| phrase_at(low, r, w))
        .or_else(|| ["-", "–"].into_iter().find(|w| low[r..].starts_with(w)))?;
    let mut r = skip_spaces(low, r + joiner.len());
    if phrase_at(low, r, "tháng") {
        r = skip_spaces(low, r + "tháng".len());
    } else if matches!(joiner, "và" | "đến") {
        return None; // ("và", "đến" need "tháng" again: "tháng 11 và 12 học sinh …")
    }
    let (later, e) = number_at(low, r, 2)?;
    (later > m && later <= 12).then_some((later, e))
}

/// "trong năm 2017", "cuối năm 2022", "chỉ tiêu được giao năm 2020", "kế hoạch năm 2022".
fn year(low: &str, p: usize, q: usize, cue: bool, reference: Option<Ymd>) -> Option<Hit> {
    if !phrase_at(low, q, "năm") {
        return None;
    }
    // "trong năm nay", "trước cuối năm sau" (D2).
    let (y, end) = year_from_now(low, q, reference)
        .or_else(|| year_at(low, skip_spaces(low, q + "năm".len())))?;
    if cue || target_noun_before(low, p) {
        return Some((end, Ymd::new(y, 12, 31), DeadlineKind::Year));
    }
    None
}

/// "từ nay đến cuối năm", "đến hết năm", "trước cuối năm", "trong năm." with no year: the end
/// of the notice's year (D5). The whole phrase is the cue; "cuối năm học" is a school year's,
/// read by `school`.
fn year_end_unsaid(low: &str, p: usize, reference: Option<Ymd>) -> Option<Hit> {
    let cue = table_at(low, p, &lex::TO_YEAR_END)?;
    let q = skip_spaces(low, p + cue.len());
    if !phrase_at(low, q, "năm") {
        return None;
    }
    let after = skip_spaces(low, q + "năm".len());
    if year_at(low, after).is_some() || phrase_at(low, after, "học") {
        return None;
    }
    // ("trong năm" only with nothing after it: "trong năm tới", "trong năm nay" are read
    // elsewhere, "trong năm đầu" is no year's end.)
    if cue == "trong" && !ends_a_clause(low, after) {
        return None;
    }
    let r = reference?;
    Some((
        q + "năm".len(),
        Ymd::new(r.year, 12, 31),
        DeadlineKind::Year,
    ))
}

/// A target noun ("chỉ tiêu", "kế hoạch") among the few words before `p`.
fn target_noun_before(low: &str, p: usize) -> bool {
    let window_start = low[..p].char_indices().rev().nth(64).map_or(0, |(i, _)| i);
    let window = &low[window_start..p];
    lex::TARGET_NOUNS.iter().any(|n| {
        window.rfind(n).is_some_and(|i| {
            let between = &window[i + n.len()..];
            // A target named at length is still one when it is to be met: "hoàn thành chỉ tiêu
            // huy động trẻ ra lớp năm 2025" (D5).
            let words = between.split([' ', ',']).filter(|w| !w.is_empty()).count();
            (words <= 3 || words <= 8 && fulfilled_before(window, i))
                && !between.contains('.')
                && (!lex::PLAN_NOUNS.phrases.contains(&n) || fulfilled_before(window, i))
                // "phân bổ chỉ tiêu biên chế năm 2025": a target handed out is named (D16).
                && !handed_out_before(window, i)
        })
    })
}

/// Whether a verb that hands targets out or works them out stands right before `window[..i]`
/// ("giao chỉ tiêu", "phân bổ chỉ tiêu", "rà soát chỉ tiêu", D16), with no fulfilling verb.
fn handed_out_before(window: &str, i: usize) -> bool {
    let before = window[..i].trim_end();
    lex::TARGETS_HANDED_OUT
        .phrases
        .iter()
        .any(|v| before.ends_with(v) && before[..before.len() - v.len()].ends_with([' ', ',']))
        && !fulfilled_before(window, i)
}

/// Whether a fulfilling verb stands among the three words before `window[..i]` ("hoàn thành
/// kế hoạch", "thực hiện đạt và vượt kế hoạch", "hoàn thành chỉ tiêu, kế hoạch").
fn fulfilled_before(window: &str, i: usize) -> bool {
    let before = window[..i].trim_end();
    let from = before
        .char_indices()
        .rev()
        .filter(|&(_, c)| c == ' ')
        .nth(3)
        .map_or(0, |(j, _)| j + 1);
    let words = &before[from..];
    lex::FULFILLING.phrases.iter().any(|v| {
        words
            .split([' ', ','])
            .any(|w| v.split(' ').next() == Some(w))
    }) || lex::TARGET_NOUNS
        .phrases
        .iter()
        .any(|n| !lex::PLAN_NOUNS.phrases.contains(n) && words.contains(n))
}

/// School terms and years through the school calendar.
fn school(low: &str, q: usize, reference: Option<Ymd>, said: Option<&str>) -> Option<Hit> {
    let cue = said.is_some();
    let mut r = if cue { after_khi(low, q) } else { q };
    // "trước thềm năm học mới", "trước khi (bước) vào năm học mới": its eve.
    // ("trước khi vào hè" is "trước khi nghỉ hè": the calendar's "vào hè".)
    for w in ["thềm", "bước vào", "vào"] {
        let summer = w == "vào" && phrase_at(low, skip_spaces(low, r + w.len()), "hè");
        if cue && phrase_at(low, r, w) && !summer {
            r = skip_spaces(low, r + w.len());
        }
    }
    for w in ["ngày", "chương trình", "nhiệm vụ"] {
        if phrase_at(low, r, w) && (cue || w == "ngày") {
            r = skip_spaces(low, r + w.len());
        }
    }
    for w in ["kết thúc", "nghỉ hè"] {
        if phrase_at(low, r, w) && w == "kết thúc" {
            r = skip_spaces(low, r + w.len());
        }
    }
    for period in &calendar::SCHOOL_PERIODS {
        let Some(phrase) = table_at(low, r, &period.phrases) else {
            continue;
        };
        let bare_ok = phrase.starts_with("hè") || phrase == "nghỉ hè";
        if !cue && !bare_ok {
            continue;
        }
        let mut end = r + phrase.len();
        let mut s = skip_spaces(low, end);
        let mut of_a_year = phrase == "năm học";
        if phrase_at(low, s, "năm học") && !phrase.starts_with("năm học") {
            s = skip_spaces(low, s + "năm học".len());
            of_a_year = true;
        }
        // "năm học tới", "học kỳ I năm học sau": the school year after the reference's.
        let next_year = of_a_year
            .then(|| table_at(low, s, &lex::NEXT_SCHOOL_YEAR))
            .flatten();
        if let Some(w) = next_year {
            end = s + w.len();
        }
        // "2020-2021", "2020 - 2021": a school year; "2021" alone: a calendar year.
        let mut school_year: Option<i32> = None;
        let mut calendar_year: Option<i32> = None;
        if next_year.is_some() {
            school_year = reference.map(|r| school_year_of(r) + 1);
        } else if let Some((y1, e2)) = school_year_at(low, s) {
            school_year = Some(y1);
            end = e2;
        } else if let Some((y1, e1)) = year_at(low, s) {
            calendar_year = Some(y1);
            end = e1;
        }
        let due = if let Some(y1) = school_year {
            // "trước năm học 2025-2026": before it opens, on its opening day (as "khai giảng").
            if said == Some("trước") && phrase == "năm học" {
                Ymd::new(y1, calendar::OPENING_DAY.0, calendar::OPENING_DAY.1)
            } else {
                Ymd::new(y1 + period.year_of_school_year, period.month, period.day)
            }
        } else if let Some(y) = calendar_year {
            Ymd::new(y, period.month, period.day)
        } else {
            reference.and_then(|r| {
                let y1 = school_year_of(r);
                let d = Ymd::new(y1 + period.year_of_school_year, period.month, period.day)?;
                // A term that ended days before the notice is still the one meant ("trước khi
                // nghỉ hè" in a notice of 2 June), not next year's (the window of D2).
                within_window(r, d, || Ymd::new(d.year + 1, d.month, d.day))
            })
        };
        return Some((end, due, DeadlineKind::SchoolTerm));
    }
    None
}

/// The first calendar year of the school year a day falls in ("2024" for 12/03/2025).
fn school_year_of(day: Ymd) -> i32 {
    if day.month >= calendar::SCHOOL_YEAR_START_MONTH {
        day.year
    } else {
        day.year - 1
    }
}

/// A cue taken as said where a heading or a cell names a period alone ("NHIỆM VỤ HỌC KỲ II"):
/// no word of its own.
const HEADING_CUE: Option<&str> = Some("");

/// How many days before the reference a date without a year may still fall (D2: a notice of
/// 08/11 about a meeting of 04/11 says "trước ngày 06/11" and means that year).
const DAYS_BEFORE_REFERENCE: i64 = 31;

/// A date without a year, read against the reference: this year's, unless it falls more than
/// [`DAYS_BEFORE_REFERENCE`] before it, then next year's.
fn within_window(
    reference: Ymd,
    this_year: Ymd,
    next_year: impl FnOnce() -> Option<Ymd>,
) -> Option<Ymd> {
    if this_year.to_days() >= reference.to_days() - DAYS_BEFORE_REFERENCE {
        Some(this_year)
    } else {
        next_year()
    }
}

/// The `month`/`day` nearest after `reference` (within the window before it, D2).
fn next_on_or_after(reference: Ymd, month: u32, day: u32) -> Option<Ymd> {
    let on = |y: i32| Ymd::new(y, month, day.min(super::dates::days_in_month(y, month)));
    within_window(reference, on(reference.year)?, || on(reference.year + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::text::fold;

    fn due(text: &str, reference: Option<Ymd>) -> Option<(String, Option<String>, DeadlineKind)> {
        let low = fold(text);
        dated(&low, 0, low.len(), reference, &[]).map(|d| {
            (
                text[d.start..d.end].to_string(),
                d.due.map(|x| x.iso()),
                d.kind,
            )
        })
    }

    fn r(y: i32, m: u32, d: u32) -> Option<Ymd> {
        Ymd::new(y, m, d)
    }

    /// `dated` with its word starts found byte by byte.
    fn dated_bytewise(
        low: &str,
        from: usize,
        to: usize,
        reference: Option<Ymd>,
        skip: &[(usize, usize)],
    ) -> Option<FoundDeadline> {
        let bytes = low.get(from..to)?.as_bytes();
        let mut search = Search::new(low, from, to, reference, skip);
        let mut after = b' ';
        for (i, &b) in bytes.iter().enumerate() {
            if !after.is_ascii_alphanumeric() && search.is_anchor(from + i, after < 0x80) {
                if let Some(day) = search.anchor(from + i) {
                    return Some(day);
                }
            }
            after = b;
        }
        search.first
    }

    #[test]
    fn the_eight_byte_scan_reads_real_notices_as_the_bytewise_one_does() {
        let notices = [
            include_str!("../../tests/fixtures/cantho-2020-so-ket-hk1.txt"),
            include_str!("../../tests/fixtures/hanoi-2022-giao-ban-thang-9.txt"),
            "Quý2/2021, tháng10/2022, hk1/2023 và ngày 5/6, 12/2022, Q.3/4 trước 30/4",
        ];
        for text in notices {
            let low = fold(text);
            for (from, to) in crate::notice::text::line_alignments(&low) {
                assert_eq!(
                    dated(&low, from, to, r(2022, 11, 24), &[]),
                    dated_bytewise(&low, from, to, r(2022, 11, 24), &[]),
                    "{}",
                    &low[from..to]
                );
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 1000, ..Default::default() })]
        #[test]
        fn the_eight_byte_scan_finds_what_the_bytewise_one_does(
            s in "(trước |ngày |tháng |quý |năm |học kỳ |hk|hè |cuối |đầu |trong |hoàn thành |khai giảng|[a-z][0-9]/[0-9]|[0-9]|/|[a-z]|[ảđơư]|ĐƯ|,|\\.| |\n){0,50}",
            cut in 0usize..300,
            len in 0usize..300,
            skip_at in 0usize..300,
        ) {
            let low = fold(&s);
            let from = low.floor_char_boundary(cut.min(low.len()));
            let to = low.floor_char_boundary((from + len).min(low.len()));
            let skip = [(skip_at, skip_at + 6)];
            proptest::prop_assert_eq!(
                dated(&low, from, to, r(2022, 11, 24), &skip),
                dated_bytewise(&low, from, to, r(2022, 11, 24), &skip)
            );
        }
    }

    #[test]
    fn exact_days_and_the_year_boundary() {
        assert_eq!(
            due("hoàn thành trước ngày 15/12/2022.", r(2022, 10, 6)).map(|d| d.1),
            Some(Some("2022-12-15".into()))
        );
        // A December notice asking for "ngày 15/01" means next January.
        assert_eq!(
            due("báo cáo trước ngày 15/01", r(2022, 12, 20)).map(|d| d.1),
            Some(Some("2023-01-15".into()))
        );
        assert_eq!(
            due("gửi về Sở ngày 30/4", r(2021, 3, 1)).map(|d| d.1),
            Some(Some("2021-04-30".into()))
        );
    }

    #[test]
    fn quarters_in_roman_and_arabic() {
        let d = due("từ nay đến cuối quý IV năm 2018, trong đó", r(2018, 11, 1)).unwrap();
        assert_eq!(d.1.as_deref(), Some("2018-12-31"));
        assert_eq!(d.2, DeadlineKind::Quarter);
        assert_eq!(
            due("trong Quý II/2021", None).and_then(|d| d.1),
            Some("2021-06-30".into())
        );
        assert_eq!(
            due("trong quý 3", r(2021, 8, 1)).and_then(|d| d.1),
            Some("2021-09-30".into())
        );
        assert_eq!(
            due("trong quý I", r(2021, 8, 1)).and_then(|d| d.1),
            Some("2022-03-31".into())
        );
    }

    #[test]
    fn months_periods_and_years() {
        assert_eq!(
            due("trong tháng 10/2022", None).and_then(|d| d.1),
            Some("2022-10-31".into())
        );
        let p = due(
            "nhiệm vụ trọng tâm tháng 10 và các tháng cuối năm 2022, cụ thể",
            None,
        )
        .unwrap();
        assert_eq!(p.0, "tháng 10 và các tháng cuối năm 2022");
        assert_eq!(p.2, DeadlineKind::Period);
        assert_eq!(p.1.as_deref(), Some("2022-12-31"));
        assert_eq!(
            due("hoàn thành trong năm 2017", None).and_then(|d| d.1),
            Some("2017-12-31".into())
        );
        assert_eq!(
            due("vượt các chỉ tiêu được giao năm 2020, qua đó", None).and_then(|d| d.1),
            Some("2020-12-31".into())
        );
        assert_eq!(
            due("hoàn thành chỉ tiêu, kế hoạch năm 2022.", None).and_then(|d| d.1),
            Some("2022-12-31".into())
        );
        // A year that names an event or a school year is no deadline.
        assert_eq!(
            due("kỳ thi trung học phổ thông quốc gia năm 2020 để", None),
            None
        );
        assert_eq!(
            due("nhiệm vụ trọng tâm năm học 2022 - 2023 tại", None),
            None
        );
    }

    #[test]
    fn school_calendar() {
        assert_eq!(
            due("trước khi kết thúc học kỳ I", r(2020, 10, 1)).and_then(|d| d.1),
            Some("2021-01-15".into())
        );
        assert_eq!(
            due("cuối năm học 2020-2021", None).and_then(|d| d.1),
            Some("2021-05-31".into())
        );
        assert_eq!(
            due("hoàn thành trước khi nghỉ hè", r(2021, 2, 1)).and_then(|d| d.1),
            Some("2021-05-31".into())
        );
        assert_eq!(
            due("sửa chữa trường lớp trong hè 2021", None).and_then(|d| d.1),
            Some("2021-08-31".into())
        );
        assert_eq!(
            due("kết thúc học kỳ II năm học 2020 - 2021", None).and_then(|d| d.1),
            Some("2021-05-31".into())
        );
    }

    #[test]
    fn numeric_days_after_a_cue() {
        assert_eq!(
            due("nộp về Phòng trước 15/12/2023.", r(2023, 11, 1)).map(|d| (d.0, d.1)),
            Some(("trước 15/12/2023".into(), Some("2023-12-15".into())))
        );
        assert_eq!(
            due("xong chậm nhất 30/11", r(2023, 11, 1)).and_then(|d| d.1),
            Some("2023-11-30".into())
        );
        // Without a cue, a bare ratio or number is no deadline.
        assert_eq!(due("đạt 15/20 chỉ tiêu", r(2023, 11, 1)), None);
    }

    #[test]
    fn no_date_anywhere() {
        assert_eq!(due("trước ngày 30/4", None).map(|d| d.1), Some(None));
        assert_eq!(due("trong tháng 5", None).map(|d| d.1), Some(None));
    }

    #[test]
    fn recurring_and_urgent_have_no_date() {
        let low = fold("báo cáo định kỳ hằng tháng, kịp thời");
        let u = undated(&low, 0, low.len()).unwrap();
        assert_eq!(u.kind, DeadlineKind::Recurring);
        let low = fold("khẩn trương nghiên cứu");
        assert_eq!(
            undated(&low, 0, low.len()).map(|d| d.kind),
            Some(DeadlineKind::Urgent)
        );
    }
}
