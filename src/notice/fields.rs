//! Stage 4: header and meeting facts, recipients and signature, read from the lines the layout
//! gave those parts.

use super::dates::{day_before, find_days, first_meeting_day, on_or_before, time_at, Day, Ymd};
use super::layout::{is_person_name, Part};
use super::lines::Line;
use super::references::symbol_at;
use super::text::{boundary_before, find_any, find_phrase, skip_spaces, table_at, trim_range};
use crate::lexicon::structure as cues;

/// A field's value and where it stands (byte offsets).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Field {
    pub value: String,
    pub start: usize,
    pub end: usize,
}

/// Header and meeting facts found in the text.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FoundFields {
    pub number: Option<Field>,
    pub issued_place: Option<Field>,
    pub issued_date: Option<(Ymd, Field)>,
    pub doc_type: Option<Field>,
    pub subject: Option<Field>,
    pub meeting_date: Option<(Ymd, Field)>,
    pub meeting_time: Option<Field>,
    pub meeting_place: Option<Field>,
    pub meeting_chair: Option<Field>,
    pub meeting_chair_title: Option<Field>,
    pub meeting_online: Option<bool>,
    pub signer_authority: Option<Field>,
    pub signer_position: Option<Field>,
    pub signer_name: Option<Field>,
    /// H9: the issued date is a news page's posting date (no place-and-date line, no document
    /// date): deadlines are then resolved against the meeting's date first.
    pub issued_by_page: bool,
}

impl FoundFields {
    /// The date deadlines are resolved against: the notice's own date, else the meeting's, else
    /// the page's posting date.
    pub fn reference_date(&self) -> Option<Ymd> {
        let own = self.issued_date.as_ref().filter(|_| !self.issued_by_page);
        own.or(self.meeting_date.as_ref())
            .or(self.issued_date.as_ref())
            .map(|d| d.0)
    }
}

/// Dates read while going through the lines, settled once all are seen (H6, H9).
#[derive(Default)]
struct Pending {
    /// The page's posting date (J2), or the timestamp glued to its headline (H4).
    posted: Option<(Ymd, Field)>,
    /// The meeting's day when the year is left out ("Ngày 12/3, …").
    meeting_day: Option<(Day, Field)>,
    /// L7: the date of the document a news item reports ("Ngày 26/11, Sở GD&ĐT có văn bản …").
    document_day: Option<(Day, Field)>,
    /// H6: "Hôm qua, …": the meeting was this many days before the posting date.
    meeting_days_before: Option<(u32, Field)>,
    /// H6: the year the meeting's paragraph names ("… nhiệm vụ tháng 4-2024", "… năm học
    /// 2023-2024"), for a yearless meeting day on a page with no date of its own.
    meeting_year: Option<i32>,
}

/// A recipient line: (text range, purpose range).
#[derive(Clone, Debug, PartialEq)]
pub struct FoundRecipient {
    pub start: usize,
    pub end: usize,
    pub purpose: Option<(usize, usize)>,
}

fn field(text: &str, start: usize, end: usize) -> Field {
    Field {
        value: text[start..end].to_string(),
        start,
        end,
    }
}

/// Reads the fields of the first notice in the text.
pub fn fields(text: &str, low: &str, lines: &[Line], parts: &[Part]) -> FoundFields {
    let mut f = FoundFields::default();
    let mut pending = Pending::default();
    let mut subject_done = false;
    // Whether the chair so far is only who gave the directing speech ("Phát biểu chỉ đạo, …"):
    // who concludes, on a later line, is the chair instead.
    let mut chair_only_directed = false;
    let mut notices = 0;
    // Lines before this one were read with a meeting paragraph already.
    let mut meeting_read_to = 0;
    let mut seen_body = false;
    for (i, (line, part)) in lines.iter().zip(parts).enumerate() {
        let (s, e) = (line.start, line.end);
        let l = &low[s..e];
        // H3: the subject follows the document type; a line taken for it before is not it.
        if *part == Part::DocType && f.doc_type.is_none() && f.subject.is_some() {
            f.subject = None;
            subject_done = false;
        } else if matches!(part, Part::DocType | Part::Number | Part::Motto) && f.subject.is_some()
        {
            subject_done = true;
        }
        match part {
            Part::Number if f.number.is_none() => {
                notices += 1;
                let colon = l.find(':').map_or(s + "số".len(), |c| s + c + 1);
                let at = skip_spaces(text, colon);
                // (Within its line: a place glued after it is a cell of its own, L2.)
                f.number = match symbol_at(text, at).filter(|&(_, end)| end <= e) {
                    Some((symbol, end)) => Some(Field {
                        value: symbol,
                        start: at,
                        end,
                    }),
                    // H1: a blank number ("Số:      /TB-UBND", an unsigned copy) is no number.
                    None => {
                        let (a, b) = trim_range(text, at, e, &['.', ';']);
                        text[a..b]
                            .starts_with(|c: char| c.is_ascii_digit())
                            .then(|| field(text, a, b))
                    }
                };
            }
            Part::PlaceDate if f.issued_date.is_none() && f.issued_place.is_none() => {
                if let Some(comma) = l.find(", ngày") {
                    f.issued_place = Some(field(text, s, s + comma));
                }
                if let Some((ds, de, d)) = find_days(low, s, e)
                    .into_iter()
                    .find(|d| d.2.year.is_some())
                {
                    if let Some(ymd) = d.year.and_then(|y| Ymd::new(y, d.month, d.day)) {
                        f.issued_date = Some((ymd, field(text, ds, de)));
                    }
                }
            }
            Part::DocType if f.doc_type.is_none() => f.doc_type = Some(field(text, s, e)),
            Part::Subject if !subject_done => {
                let (a, b) = strip_timestamp(text, low, s, e, &mut pending);
                // H4, L4: a công văn's subject without its "V/v".
                let a = match table_at(low, a, &cues::SUBJECT_OPENERS) {
                    Some(v) if f.subject.is_none() => {
                        trim_range(text, a + v.len(), b, &[':', '.', ' ']).0
                    }
                    _ => a,
                };
                match &mut f.subject {
                    Some(sub) => {
                        sub.value.push(' ');
                        sub.value.push_str(&text[a..b]);
                        sub.end = b;
                    }
                    None => f.subject = Some(field(text, a, b)),
                }
            }
            Part::Meeting | Part::Intro
                if i >= meeting_read_to
                    && (f.meeting_date.is_none() && pending.meeting_day.is_none()
                        || f.meeting_chair.is_none())
                    && !l.starts_with("thành phần")
                    && (*part == Part::Meeting
                        || find_days(low, s, e).iter().any(|d| d.2.year.is_some())
                        // H5, H6: "Chiều 05/10, đồng chí … chủ trì …. Giám đốc Sở kết luận:"
                        // (its year the notice's).
                        || first_meeting_day(low, s, e).is_some()
                            && find_any(low, &cues::MEETING_CUES, s, e).is_some()) =>
            {
                // The whole paragraph, hard-wrapped lines and labelled lines together (J7, L8).
                let mut j = i;
                while j + 1 < lines.len() && parts[j + 1] == Part::Meeting {
                    j += 1;
                }
                meeting_read_to = j + 1;
                meeting(text, low, s, lines[j].end, &mut f, &mut pending)
            }
            Part::Noise if pending.posted.is_none() && super::lines::is_posting_line(l) => {
                pending.posted = posted_date(text, low, s, e);
            }
            Part::Body if !seen_body => {
                seen_body = true;
                pending.document_day = document_day(text, low, s, e);
            }
            Part::SignerAuthority if f.signer_authority.is_none() => {
                f.signer_authority = Some(field(text, s, e))
            }
            // H10: several authority lines are joined ("TL. GIÁM ĐỐC" / "KT. CHÁNH VĂN PHÒNG").
            Part::SignerAuthority if f.signer_position.is_none() && f.signer_name.is_none() => {
                if let Some(a) = &mut f.signer_authority {
                    a.value.push(' ');
                    a.value.push_str(&text[s..e]);
                    a.end = e;
                }
            }
            Part::SignerPosition if f.signer_position.is_none() => {
                f.signer_position = Some(field(text, s, e))
            }
            Part::SignerName if f.signer_name.is_none() => f.signer_name = Some(field(text, s, e)),
            _ => {}
        }
        // H7: on a news page that names no chair (after the meeting paragraph's own reading),
        // who concludes: "Phát biểu kết luận, đồng chí X, Trưởng phòng …", "… tổ chức giao
        // ban. Thay mặt lãnh đạo Sở, ông X, Phó Giám đốc Sở phát biểu kết luận hội nghị."
        // (looked for in a line's first few hundred bytes).
        let head = boundary_before(low, (s + 400).min(e));
        let concluding = if f.meeting_chair.is_none() || chair_only_directed {
            find_any(low, &cues::CONCLUDING_CUES, s, head)
        } else {
            None
        };
        if let Some((at, _)) = concluding {
            let directed = table_at(low, at, &cues::DIRECTING_SPEECH).is_some();
            if f.meeting_chair.is_none() || chair_only_directed && !directed {
                if let Some(chair) = chair_by_conclusion(text, low, s, e) {
                    f.meeting_chair = Some(chair);
                    chair_only_directed = directed;
                }
            }
        }
        if *part != Part::Subject && f.subject.is_some() {
            subject_done = true;
        }
        if notices > 1 {
            break;
        }
    }
    // H9: a news page that gives its date only at its foot, alone or in the byline's brackets
    // ("Minh Châu" / "11/04/2022", "Tin: Minh Châu (11/04/2022)").
    if pending.posted.is_none() && f.issued_date.is_none() {
        pending.posted = lines
            .iter()
            .rev()
            .take(4)
            .filter(|l| super::lines::date_alone(&low[l.start..l.end]))
            .find_map(|l| posted_date(text, low, l.start, l.end));
    }
    settle(&mut f, pending);
    f
}

/// H6, H9, L7: the dates that need the page's posting date. A news page's issued date is the
/// date of the document it reports, else its posting date; the meeting's day and month take
/// the year from the notice's own date, else the posting date (the latest such day on or
/// before it: a report follows the meeting).
fn settle(f: &mut FoundFields, pending: Pending) {
    let posted = pending.posted.as_ref().map(|p| p.0);
    if f.issued_date.is_none() {
        let against = posted.or(f.meeting_date.as_ref().map(|m| m.0));
        let document = pending.document_day.and_then(|(d, fd)| {
            let ymd = match d.year {
                Some(y) => Ymd::new(y, d.month, d.day),
                None => on_or_before(d, against?),
            };
            ymd.map(|y| (y, fd))
        });
        if let Some(d) = document {
            f.issued_date = Some(d);
        } else if let Some(p) = pending.posted {
            f.issued_date = Some(p);
            f.issued_by_page = true;
        }
    }
    if f.meeting_date.is_none() && pending.meeting_day.is_none() {
        if let (Some((back, fd)), Some(p)) = (pending.meeting_days_before, posted) {
            let mut day = Some(p);
            for _ in 0..back {
                day = day.and_then(day_before);
            }
            f.meeting_date = day.map(|d| (d, fd));
        }
    }
    if f.meeting_date.is_none() {
        if let Some((d, fd)) = pending.meeting_day {
            let own = f.issued_date.as_ref().filter(|_| !f.issued_by_page);
            let against = own.map(|x| x.0).or(posted);
            let ymd = match against {
                Some(r) => on_or_before(d, r),
                None => pending
                    .meeting_year
                    .and_then(|y| Ymd::new(y, d.month, d.day)),
            };
            if let Some(ymd) = ymd {
                f.meeting_date = Some((ymd, fd));
            }
        }
    }
}

/// H6: the year a meeting's paragraph names, for its day and month when the page gives no date:
/// a school year ("năm học 2023-2024": the first year from August, the second before), else
/// a year written out ("tháng 4-2024", "năm 2024"). Only the paragraph's first 400 bytes.
fn year_named(low: &str, s: usize, e: usize, month: u32) -> Option<i32> {
    let head = super::text::boundary_before(low, (s + 400).min(e));
    let mut from = s;
    while let Some(at) = find_phrase(low, "năm học", from, head) {
        from = at + "năm học".len();
        if let Some((first, _)) = super::dates::school_year_at(low, skip_spaces(low, from)) {
            return Some(if month >= 8 { first } else { first + 1 });
        }
    }
    let bytes = low.as_bytes();
    (s..head.saturating_sub(3)).find_map(|i| {
        let before = i.checked_sub(1).and_then(|b| bytes.get(b)).copied();
        let starts = matches!(before, Some(b' ' | b'-' | b'/'));
        let after = bytes.get(i + 4).copied();
        // (Not a document's number: "Công văn 2050/UBND-VX".)
        (starts && !after.is_some_and(|b| b.is_ascii_digit() || b == b'/'))
            .then(|| super::dates::year_at(low, i).map(|x| x.0))
            .flatten()
            .filter(|y| (1990..=2100).contains(y))
    })
}

/// J2: the full date on a page's date line.
fn posted_date(text: &str, low: &str, s: usize, e: usize) -> Option<(Ymd, Field)> {
    let (ds, de, d) = find_days(low, s, e)
        .into_iter()
        .find(|d| d.2.year.is_some())?;
    let ymd = Ymd::new(d.year?, d.month, d.day)?;
    Some((ymd, field(text, ds, de)))
}

/// L7: "Ngày 26/11, Sở GD&ĐT có văn bản đề nghị …": the date of the reported document, when the
/// paragraph's first clause says a document was issued.
fn document_day(text: &str, low: &str, s: usize, e: usize) -> Option<(Day, Field)> {
    let head = low[s..e].char_indices().nth(160).map_or(e, |(k, _)| s + k);
    let (cue, _) = find_any(low, &cues::DOCUMENT_REPORT_CUES, s, head)?;
    let (ds, de, d) = first_meeting_day(low, s, cue)?;
    Some((d, field(text, ds, de)))
}

/// Drops a web page's "(12/11/2018 08:11:30 GMT+7)" after a title; its date is the posting
/// date when the page gives no other (H4, H9).
fn strip_timestamp(
    text: &str,
    low: &str,
    s: usize,
    e: usize,
    pending: &mut Pending,
) -> (usize, usize) {
    let l = &low[s..e];
    if l.ends_with(')') {
        if let Some(open) = l.rfind('(') {
            let inside = &l[open..];
            if !find_days(inside, 0, inside.len()).is_empty() || inside.contains("gmt") {
                if pending.posted.is_none() {
                    pending.posted = posted_date(text, low, s + open, e);
                }
                return trim_range(text, s, s + open, &[]);
            }
        }
    }
    (s, e)
}

/// Meeting date, time, place and chair from the meeting paragraph (what is not known yet).
fn meeting(text: &str, low: &str, s: usize, e: usize, f: &mut FoundFields, pending: &mut Pending) {
    if f.meeting_date.is_none() && pending.meeting_day.is_none() {
        if let Some((ds, de, d)) = first_meeting_day(low, s, e) {
            match d.year {
                Some(y) => {
                    if let Some(ymd) = Ymd::new(y, d.month, d.day) {
                        f.meeting_date = Some((ymd, field(text, ds, de)));
                    }
                }
                // H6: "Ngày 12/3, …": the year comes from the notice's or the page's date,
                // failing that from the year the paragraph names.
                None => {
                    pending.meeting_day = Some((d, field(text, ds, de)));
                    pending.meeting_year = year_named(low, s, e, d.month);
                }
            }
        } else {
            // H6: "Hôm qua, Phòng GD&ĐT …": counted back from the posting date.
            let at = skip_spaces(low, s);
            if let Some(&(phrase, back)) = cues::RELATIVE_DAYS
                .iter()
                .find(|(phrase, _)| super::text::phrase_at(low, at, phrase))
            {
                pending.meeting_days_before = Some((back, field(text, at, at + phrase.len())));
            }
        }
    }
    if f.meeting_chair.is_none() {
        f.meeting_chair = chair(text, low, s, e);
        f.meeting_chair_title = f
            .meeting_chair
            .as_ref()
            .and_then(|name| chair_title(text, low, name.end, e));
    }
    if cues::ONLINE
        .iter()
        .any(|w| find_phrase(low, w, s, e).is_some())
    {
        f.meeting_online = Some(true);
    }
    if f.meeting_time.is_some() {
        return;
    }
    // Time: "14 giờ 00 phút", "8h30" before the first date or near the start.
    let mut p = s;
    while p < e {
        if low.as_bytes()[p].is_ascii_digit()
            && (p == s || !low.as_bytes()[p - 1].is_ascii_alphanumeric())
        {
            if let Some((h, m, end)) = time_at(low, p) {
                if low[p..end].contains("giờ") || low[p..end].contains('h') {
                    f.meeting_time = Some(Field {
                        value: format!("{h:02}:{m:02}"),
                        start: p,
                        end,
                    });
                    break;
                }
            }
        }
        p += 1;
        while p < e && !low.is_char_boundary(p) {
            p += 1;
        }
    }
    // Place: labelled ("Thời gian: 14 giờ 00, thứ Hai ngày 04/12/2023. Địa điểm: Phòng họp nhà
    // trường.", H5), up to the end of its sentence (a place may hold commas).
    if let Some(at) = find_phrase(low, "địa điểm", s, e) {
        let mut ps = skip_spaces(low, at + "địa điểm".len());
        if super::text::phrase_at(low, ps, "họp") {
            ps = skip_spaces(low, ps + "họp".len());
        }
        if low[ps..e].starts_with(':') {
            let ps = skip_spaces(low, ps + 1);
            let pe = low[ps..e]
                .find([';', '\n'])
                .map_or(e, |i| ps + i)
                .min(low[ps..e].find(". ").map_or(e, |i| ps + i));
            let pe = ps + text[ps..pe].trim_end_matches(['.', ' ']).len();
            if pe > ps && f.meeting_place.is_none() {
                f.meeting_place = Some(field(text, ps, pe));
            }
        }
    }
    // Place: "tại <place>," (the first one that is no meeting: "Tại phiên họp ngày 30/8, …"
    // says when; a few are tried, so that a long paragraph stays linear).
    let mut from = s;
    for _ in 0..3 {
        let Some(at) = find_phrase(low, "tại", from, e) else {
            break;
        };
        let ps = skip_spaces(low, at + "tại".len());
        from = ps;
        if super::text::table_at(low, ps, &cues::MEETING_EVENTS).is_some() {
            continue;
        }
        let pe = low[ps..e].find([',', ';', '.', '\n']).map_or(e, |i| ps + i);
        if pe > ps && f.meeting_place.is_none() {
            f.meeting_place = Some(field(text, ps, pe));
        }
        break;
    }
}

/// People named with a title ("ông Nguyễn Phúc Tăng", "đồng chí Trần Thế Cương") in `s..e`:
/// the ranges of their names.
pub fn persons(text: &str, low: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut p = s;
    // A name follows an honorific ("đồng chí", "bà") or a degree ("PGS.TS", "NGƯT", H7), or
    // both ("đồng chí PGS.TS …").
    let opener = |p: usize| {
        let honorific = find_any(low, &cues::PERSON_TITLES, p, e);
        let degree = find_any(low, &cues::DEGREES, p, honorific.map_or(e, |h| h.0));
        degree.or(honorific)
    };
    while let Some((at, title)) = opener(p) {
        // (The longest form at that place: "ts." rather than "ts".)
        let title = table_at(low, at, &cues::DEGREES)
            .filter(|d| d.len() > title.len())
            .unwrap_or(title);
        p = at + title.len();
        let mut q = skip_spaces(low, p);
        if let Some(d) = table_at(low, q, &cues::DEGREES) {
            q = skip_spaces(low, q + d.len());
        }
        // "đồng chí Phó Chủ tịch UBND huyện": a post in capitals after the honorific is no
        // name; the name may follow it ("đồng chí Trưởng phòng Lê Văn Tám").
        let name = if table_at(low, q, &cues::CHAIR_TITLES).is_some() {
            titled_name_after(text, low, q, e)
        } else {
            name_at(text, q, e)
        };
        if let Some(name) = name {
            out.push((name.start, name.end));
            p = name.end;
        }
    }
    out
}

/// How many bytes around a chair cue its sentence is looked for in (H7).
const CHAIR_REACH: usize = 400;

/// H7: the chair. A person (named after "đồng chí", "ông", "bà", "thầy", "cô") before a chair
/// cue in its sentence ("đồng chí X, Trưởng phòng GD&ĐT chủ trì", "do đồng chí X … làm trưởng
/// đoàn"), or the first one after it when the cue opens its clause or is followed by "của",
/// "có", ":" ("dưới sự chủ trì của bà X", "Dự và chủ trì hội nghị có đồng chí X", "Chủ trì: thầy
/// X – Hiệu trưởng"). With no name anywhere, the title as written ("Hội nghị do đồng chí Trưởng
/// phòng GD&ĐT chủ trì" → "Trưởng phòng GD&ĐT").
fn chair(text: &str, low: &str, s: usize, e: usize) -> Option<Field> {
    // Only the first few cues are tried, so that a long paragraph is read in linear time.
    let mut p = s;
    let mut title = None;
    for _ in 0..8 {
        let Some((at, cue)) = find_any(low, &cues::CHAIR_CUES, p, e) else {
            break;
        };
        p = at + cue.len();
        // The sentence around the cue: from the last ". " before it to the next one after it.
        let near = boundary_before(low, at.saturating_sub(CHAIR_REACH).max(s));
        let far = boundary_before(low, (p + CHAIR_REACH).min(e));
        let from = sentence_start(low, near, at);
        let to = low[p..far].find(". ").map_or(far, |k| p + k + 1);
        let before = persons(text, low, from, at)
            .last()
            .copied()
            .or_else(|| titled_name_before(text, low, from, at));
        let next = skip_spaces(low, p);
        let name_after =
            table_at(low, next, &cues::CHAIR_NAME_AFTER).is_some() || low[next..].starts_with(':');
        let after = || persons(text, low, p, to).first().copied();
        let found = if name_after || before.is_none() {
            after().or(before)
        } else {
            before
        };
        if let Some((a, b)) = found {
            return name_at(text, a, b);
        }
        // "Chủ trì hội nghị có Giám đốc Sở Phạm Văn Trọng", "Chủ trì: Trưởng phòng X": a title,
        // then the name, after the cue's "có", "là" or ":" (a few words on).
        if before.is_none() {
            let near = boundary_before(low, (p + 40).min(to));
            let named = [" có ", " là ", ":"]
                .iter()
                .filter_map(|m| low[p..near].find(m).map(|k| p + k + m.len()))
                .min();
            if let Some(name) =
                named.and_then(|q| titled_name_after(text, low, skip_spaces(low, q), to))
            {
                return Some(name);
            }
        }
        if title.is_none() {
            title = chair_by_title(text, low, from, at);
        }
    }
    title.or_else(|| visit_leader(text, low, s, e))
}

/// H7: who leads an inspection visit, named before its verb in the same sentence (see
/// `structure::VISIT_CUES`); only the first cue is tried.
fn visit_leader(text: &str, low: &str, s: usize, e: usize) -> Option<Field> {
    let (at, _) = find_any(low, &cues::VISIT_CUES, s, e)?;
    let from = sentence_start(
        low,
        boundary_before(low, at.saturating_sub(CHAIR_REACH).max(s)),
        at,
    );
    let (a, b) = persons(text, low, from, at).first().copied()?;
    name_at(text, a, b)
}

/// Where the sentence holding `at` starts, looked for back to `near`: after the last ". " that
/// is no degree's dot ("PGS. TS. Nguyễn Văn A, Giám đốc Sở chủ trì", H7).
fn sentence_start(low: &str, near: usize, at: usize) -> usize {
    let mut end = at;
    while let Some(k) = low[near..end].rfind(". ") {
        let dot = near + k;
        let word = low[near..dot]
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphanumeric() && c != '.')
            .map_or(near, |(w, c)| near + w + c.len_utf8());
        let degree = table_at(low, word, &cues::DEGREES).is_some_and(|d| word + d.len() > dot);
        if !degree {
            return dot + 2;
        }
        end = word;
    }
    near
}

/// H7, on a news page that names no chair: who gave the concluding speech, "Phát biểu kết luận,
/// đồng chí Nguyễn Thị Mai, Trưởng phòng GDĐT …", "Phát biểu kết luận, Trưởng phòng Trần Thị
/// Hoa …" — the person right after the cue, in the same sentence.
fn chair_by_conclusion(text: &str, low: &str, s: usize, e: usize) -> Option<Field> {
    let (at, cue) = find_any(low, &cues::CONCLUDING_CUES, s, e)?;
    // "Thay mặt lãnh đạo Sở, ông X, Phó Giám đốc Sở phát biểu kết luận …": the person right
    // before the cue, in its sentence.
    let sentence = low[s..at].rfind(". ").map_or(s, |k| s + k + 2);
    let before = persons(text, low, sentence, at).last().copied();
    let p = skip_spaces(low, at + cue.len());
    let p = if low[p..].starts_with(',') {
        skip_spaces(low, p + 1)
    } else {
        p
    };
    // A name within the next few words: after an honorific, or after a title.
    let near = boundary_before(low, (p + 120).min(e));
    let to = low[p..near].find(['.', ';']).map_or(near, |k| p + k);
    if let Some(&(a, b)) = persons(text, low, p, to).first() {
        return name_at(text, a, b);
    }
    if let Some((a, b)) = before {
        return name_at(text, a, b);
    }
    titled_name_after(text, low, p, to)
}

/// A name after its title at `p`, before `to`: "Trưởng phòng Trần Thị Hoa", "đồng chí Trưởng
/// phòng GD&ĐT Phạm Văn Tuấn", "Phó Chủ tịch UBND huyện Lê Văn Tám" (H7).
fn titled_name_after(text: &str, low: &str, p: usize, to: usize) -> Option<Field> {
    // ("đồng chí Trưởng phòng GD&ĐT Phạm Văn Tuấn": an honorific before the title.)
    let p = table_at(low, p, &cues::PERSON_TITLES).map_or(p, |h| skip_spaces(low, p + h.len()));
    let title = table_at(low, p, &cues::CHAIR_TITLES)?;
    let mut q = skip_spaces(low, p + title.len());
    for level in LEVELS {
        if super::text::phrase_at(low, q, level) {
            q = skip_spaces(low, q + level.len());
        }
    }
    // The unit's acronym after the title: "Phó Giám đốc Sở GD&ĐT Lê Thị Hạnh".
    for _ in 0..2 {
        let end = super::text::word_end(text, q);
        if !is_acronym(&text[q..end]) {
            break;
        }
        q = skip_spaces(low, end);
    }
    let name = name_at(text, q, to)?;
    is_person_name(&text[name.start..name.end]).then_some(name)
}

/// H7: "Giám đốc Sở Nguyễn Văn An (đã) chủ trì": the name right before the cue when a title
/// from the lexicon comes right before it.
fn titled_name_before(text: &str, low: &str, from: usize, at: usize) -> Option<(usize, usize)> {
    let mut end = trim_range(text, from, at, &[',', ' ']).1;
    if low[from..end].ends_with(" đã") {
        end = trim_range(text, from, end - " đã".len(), &[',', ' ']).1;
    }
    // The starts of the capitalized words at the end, at most six, nearest first.
    let mut starts = Vec::with_capacity(6);
    let mut start = end;
    while starts.len() < 6 {
        let Some(space) = text[from..start].rfind(' ') else {
            break;
        };
        let word = &text[from + space + 1..start];
        let mut cs = word.chars();
        if !(cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)) {
            break;
        }
        start = from + space;
        starts.push(start);
    }
    // The shortest name (two words or more) with a title right before it: "Giám đốc Sở Phan Văn
    // Hùng" is "Phan Văn Hùng" after "giám đốc sở", not "Sở Phan Văn Hùng" after "giám đốc".
    starts.iter().skip(1).find_map(|&space| {
        // The title may name its level: "Phó Chủ tịch UBND tỉnh Trần Văn Hòa".
        let mut before = &low[from..space];
        for level in LEVELS {
            if let Some(rest) = before.strip_suffix(level) {
                if rest.ends_with(' ') {
                    before = rest.trim_end();
                    break;
                }
            }
        }
        // … and its unit's acronym: "Giám đốc Sở GD&ĐT Phạm Văn Trọng", "Trưởng phòng GDĐT
        // Lê Văn Tám" (as a concluding speaker's, `chair_by_conclusion`).
        for _ in 0..2 {
            let Some(k) = before.rfind(' ') else {
                break;
            };
            let word = &text[from + k + 1..from + before.len()];
            if !is_acronym(word) {
                break;
            }
            before = before[..k].trim_end();
        }
        // … or the remit a deputy holds for the head: "Phó Giám đốc Sở phụ trách Nguyễn Thị Hà",
        // "Phó Giám đốc phụ trách Sở Nguyễn Thị Hà".
        for remit in ["phụ trách sở", "phụ trách phòng", "phụ trách"] {
            if let Some(rest) = before.strip_suffix(remit) {
                if rest.ends_with(' ') {
                    before = rest.trim_end();
                    break;
                }
            }
        }
        let titled = cues::CHAIR_TITLES.iter().any(|t| {
            before.ends_with(t)
                && before[..before.len() - t.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !super::text::is_word_char(c))
        });
        let name = (space + 1, end);
        (titled && is_person_name(&text[name.0..name.1])).then_some(name)
    })
}

/// A unit's acronym: "GD&ĐT", "GDĐT", "UBND", "TTGDNN-GDTX".
fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '&' | '-'))
}

/// The level a title may name between itself and the name (H7).
const LEVELS: [&str; 6] = ["tỉnh", "huyện", "thành phố", "thị xã", "quận", "xã"];

/// H7: "do đồng chí Trưởng phòng GD&ĐT chủ trì": the title after the honorific, as written, when
/// it starts with a capital and is short.
fn chair_by_title(text: &str, low: &str, from: usize, at: usize) -> Option<Field> {
    let mut start = None;
    let mut p = from;
    while let Some((hit, title)) = find_any(low, &cues::PERSON_TITLES, p, at) {
        p = hit + title.len();
        start = Some(p);
    }
    // "Sáng ngày 18/11/2024, Hiệu trưởng chủ trì cuộc họp giao ban": a title opening the clause
    // before the cue, without an honorific.
    let start = start.or_else(|| {
        let clause = low[from..at]
            .rfind([',', ':'])
            .map_or(from, |k| from + k + 1);
        let c = super::text::skip_spaces(low, clause);
        table_at(low, c, &crate::lexicon::units::PERSON_HEADS).map(|_| c)
    });
    let (a, mut b) = trim_range(text, start?, at, &[',', ' ']);
    if low[a..b].ends_with(" đã") {
        b = trim_range(text, a, b - " đã".len(), &[',', ' ']).1;
    }
    let t = &text[a..b];
    (t.starts_with(char::is_uppercase) && (1..=8).contains(&super::text::word_count_upto(t, 9)))
        .then(|| field(text, a, b))
}

/// The titles after the chair's name: ", Thành ủy viên, Giám đốc Sở … (GD&ĐT) đã chủ trì" →
/// "Thành ủy viên, Giám đốc Sở …".
fn chair_title(text: &str, low: &str, name_end: usize, e: usize) -> Option<Field> {
    let rest = low.get(name_end..e)?;
    // ", Giám đốc Sở" or " - Phó Chủ tịch UBND huyện" (a news page's dash).
    if !(rest.starts_with(',') || rest.starts_with(" - ") || rest.starts_with(" – ")) {
        return None;
    }
    // The title runs to the cue after it ("…, Trưởng phòng chủ trì"), or, with the cue before
    // the name ("Chủ trì: đồng chí X - Trưởng phòng.", "dưới sự chủ trì của bà X, Giám đốc
    // Sở."), to the end of its sentence, when that is near.
    let until = match find_any(low, &cues::CHAIR_CUES, name_end, e) {
        Some((until, _)) => until,
        None => {
            let near = super::text::boundary_before(low, (name_end + 120).min(e));
            name_end + low[name_end..near].find(['.', ';', '\n'])?
        }
    };
    let mut stop = until;
    // ("… Chủ tịch UBND huyện dự và chủ trì", "… đến dự và chủ trì": attending is no title.)
    for w in ["đã", "đồng thời", "dự và", "đến dự và", "tham dự và", "dự,"] {
        let t = low[name_end..stop].trim_end();
        if t.ends_with(w) && super::text::phrase_at(low, name_end + t.len() - w.len(), w) {
            stop = name_end + t.len() - w.len();
        }
    }
    let (a, b) = trim_range(text, name_end, stop, &[',', ' ', '-', '–']);
    // Drop an abbreviation in brackets at the end: "Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT)".
    let b = if text[a..b].ends_with(')') {
        text[a..b].rfind(" (").map_or(b, |i| a + i)
    } else {
        b
    };
    (b > a && b - a < 200).then(|| field(text, a, b))
}

/// Two to six capitalized words at `at`: a person's name. A name broken over two lines ("đồng
/// chí Y" / "Khuăn Mlô") is read whole, its value with a single space (H7, J7).
pub fn name_at(text: &str, at: usize, limit: usize) -> Option<Field> {
    let mut end = at;
    let mut words = 0;
    let mut p = at;
    while p < limit && words < 6 {
        let c = text[p..].chars().next()?;
        if !c.is_uppercase() {
            break;
        }
        let we = super::text::name_word_end(text, p);
        let word = &text[p..we];
        if !super::layout::is_name_word(word) {
            break; // "GD&ĐT", "THPT": not a name
        }
        words += 1;
        end = we;
        if text[we..].starts_with([' ', '\n']) {
            p = we + 1;
        } else {
            break;
        }
    }
    if words < 2 {
        return None;
    }
    let raw = &text[at..end];
    if !raw.contains('\n') {
        return is_person_name(raw).then(|| field(text, at, end));
    }
    let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    is_person_name(&value).then_some(Field {
        value,
        start: at,
        end,
    })
}

/// Recipient lines without "- " and the closing ";" / "."; "(để chỉ đạo)" is the purpose.
pub fn recipient(text: &str, low: &str, line: &Line) -> FoundRecipient {
    recipient_in(text, low, line.body, line.end)
}

/// [`recipient`] over the text from `start` to `end` (a recipient wrapped over two lines).
pub fn recipient_in(text: &str, low: &str, start: usize, end: usize) -> FoundRecipient {
    let (mut s, mut e) = trim_range(text, start, end, &[';', '.', ',']);
    let mut purpose = None;
    if text[s..e].ends_with(')') {
        if let Some(open) = text[s..e].rfind('(') {
            let inner = s + open + 1;
            if table_at(low, inner, &cues::RECIPIENT_PURPOSE_OPENERS).is_some() {
                purpose = Some((inner, e - 1));
                let (a, b) = trim_range(text, s, s + open, &[]);
                s = a;
                e = b;
            }
        }
    } else if let Some(at) = find_phrase(low, "để", s, e)
        .filter(|&at| at > s && low[s..at].trim_end().ends_with([',', '-', ':']))
    {
        purpose = Some((at, e));
        let (a, b) = trim_range(text, s, at, &[',', '-', ':']);
        s = a;
        e = b;
    }
    FoundRecipient {
        start: s,
        end: e,
        purpose,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::lines::lines;
    use crate::notice::text::fold;

    #[test]
    fn chair_and_time() {
        let t = "Vào lúc 14 giờ 00 phút, ngày 16 tháng 01 năm 2020, tại Sở Giáo dục và Đào tạo, đồng chí Trần Hồng Thắm, Thành ủy viên, Giám đốc Sở GD&ĐT đã chủ trì Hội nghị.";
        let low = fold(t);
        let mut f = FoundFields::default();
        meeting(t, &low, 0, t.len(), &mut f, &mut Pending::default());
        assert_eq!(
            f.meeting_chair_title.as_ref().map(|c| c.value.as_str()),
            Some("Thành ủy viên, Giám đốc Sở GD&ĐT")
        );
        assert_eq!(
            f.meeting_chair.map(|c| c.value),
            Some("Trần Hồng Thắm".into())
        );
        assert_eq!(f.meeting_time.map(|c| c.value), Some("14:00".into()));
        assert_eq!(
            f.meeting_place.map(|c| c.value),
            Some("Sở Giáo dục và Đào tạo".into())
        );
        assert_eq!(f.meeting_date.map(|c| c.0.iso()), Some("2020-01-16".into()));
    }

    /// The fields of a whole pasted text, as the reader exports them.
    fn read(t: &str) -> crate::document::Fields {
        crate::read(t).fields
    }

    #[test]
    fn h6_news_meeting_date_takes_year_from_posting_date() {
        let page = "Trang chủ | Tin tức | Liên hệ\nGIAO BAN THÁNG 3\nNgày đăng: 20/03/2019 | Lượt xem: 211\n\nNgày 18/3, Phòng GD&ĐT huyện Sơn Vĩ tổ chức hội nghị giao ban. Đồng chí Lò Văn Pua, Trưởng phòng chủ trì hội nghị.\n\nCác trường rà soát hồ sơ.";
        let f = read(page);
        assert_eq!(f.meeting_date.as_deref(), Some("2019-03-18"));
        assert_eq!(f.issued_date.as_deref(), Some("2019-03-20"));
        // Backwards across the year boundary: a report follows the meeting.
        let page = "Sơ kết công tác tháng 12\nCập nhật lúc: 05/01/2024 10:12\n\nNgày 28/12, Phòng GD&ĐT thành phố tổ chức hội nghị sơ kết.";
        assert_eq!(read(page).meeting_date.as_deref(), Some("2023-12-28"));
        // A part of the day before day and month.
        let page = "Hội nghị trực tuyến cuối năm học\nThứ Ba, 12/04/2022 - 09:20 | Số lượt đọc: 31\n\nChiều 08/4, Sở GD&ĐT tổ chức hội nghị trực tuyến.";
        assert_eq!(read(page).meeting_date.as_deref(), Some("2022-04-08"));
    }

    #[test]
    fn h6_meeting_yesterday_or_this_morning_counts_from_the_posting_date() {
        let page = "Giao ban hiệu trưởng đầu năm\nNgày đăng: 01/01/2024 | Lượt xem: 12\n\nHôm qua, Phòng GD&ĐT thị xã tổ chức hội nghị giao ban hiệu trưởng.";
        assert_eq!(read(page).meeting_date.as_deref(), Some("2023-12-31"));
        let page = "Giao ban hiệu trưởng tháng 11\nNgày đăng: 05/11/2021 | Lượt xem: 12\n\nSáng nay (5/11), Phòng GD&ĐT tổ chức hội nghị giao ban.";
        assert_eq!(read(page).meeting_date.as_deref(), Some("2021-11-05"));
    }

    #[test]
    fn h9_news_issued_date_is_the_posting_date_never_the_site_clock() {
        let page = "Hôm nay, thứ Ba 05/3/2024\nTập huấn giáo viên cốt cán\nĐăng ngày: 27/02/2024 | Người đăng: Văn phòng\n\nNgày 26/2, Phòng GD&ĐT tổ chức tập huấn cho giáo viên cốt cán.";
        let f = read(page);
        assert_eq!(f.issued_date.as_deref(), Some("2024-02-27"));
        assert_eq!(f.meeting_date.as_deref(), Some("2024-02-26"));
        // A timestamp glued to the headline dates the page too, and leaves the subject.
        let f = read(
            "SƠ KẾT HỌC KỲ I(17/01/2020 15:02:11 GMT+7)\nNgày 15/01, Sở tổ chức hội nghị sơ kết.",
        );
        assert_eq!(f.subject.as_deref(), Some("SƠ KẾT HỌC KỲ I"));
        assert_eq!(f.issued_date.as_deref(), Some("2020-01-17"));
    }

    #[test]
    fn l7_a_reported_document_gives_its_date_as_issued_date() {
        let page = "Sở đề nghị rà soát đội ngũ giáo viên Âm nhạc\nCập nhật: 03/12/2020\nNgày 30/11, Sở GD&ĐT có văn bản đề nghị các phòng GD&ĐT rà soát đội ngũ giáo viên Âm nhạc. Trước ngày 15/12, các phòng gửi báo cáo về Sở.";
        let f = read(page);
        assert_eq!(f.issued_date.as_deref(), Some("2020-11-30"));
        assert_eq!(f.meeting_date, None);
        assert_eq!(
            f.subject.as_deref(),
            Some("Sở đề nghị rà soát đội ngũ giáo viên Âm nhạc")
        );
    }

    /// The chair the meeting paragraph `t` names.
    fn chair(t: &str) -> Option<String> {
        let low = fold(t);
        let mut f = FoundFields::default();
        meeting(t, &low, 0, t.len(), &mut f, &mut Pending::default());
        f.meeting_chair.map(|c| c.value)
    }

    #[test]
    fn h7_chair_named_after_the_cue() {
        assert_eq!(
            chair("Chiều ngày 12/01/2021, Hội nghị đã được tổ chức dưới sự chủ trì của bà Đặng Thị Thu Hà, Giám đốc Sở."),
            Some("Đặng Thị Thu Hà".into())
        );
        assert_eq!(
            chair("Ngày 05/10/2021, Phòng tổ chức hội nghị. Dự và chủ trì hội nghị có đồng chí Rơ Châm Hiếu, Trưởng phòng GD&ĐT."),
            Some("Rơ Châm Hiếu".into())
        );
        assert_eq!(
            chair("Chủ trì: cô Lý Thị Mai – Hiệu trưởng."),
            Some("Lý Thị Mai".into())
        );
        // The person before the cue in its sentence, not one in an earlier sentence.
        assert_eq!(
            chair("Ngày 02/3/2022, ông Trần Văn Tư phát biểu khai mạc. Đồng chí Phan Thị Nga, Phó Giám đốc Sở chủ trì hội nghị."),
            Some("Phan Thị Nga".into())
        );
    }

    #[test]
    fn h1_number_with_stray_spaces_and_a_blank_number() {
        let f =
            read("Số : 56 / TB-PGDĐT\nVĩnh Long, ngày   3 tháng 11 năm  2016\nTHÔNG BÁO\nKết luận");
        assert_eq!(f.number.as_deref(), Some("56/TB-PGDĐT"));
        assert_eq!(f.issued_date.as_deref(), Some("2016-11-03"));
        assert_eq!(f.issued_place.as_deref(), Some("Vĩnh Long"));
        let f = read("Số:      /TB-UBND\nTHÔNG BÁO\nKết luận");
        assert_eq!(f.number, None);
    }

    #[test]
    fn h2_place_and_date_with_a_blank_day_gives_the_place_only() {
        let f = read("UBND TỈNH TUYÊN QUANG\nSố:      /TB-UBND\nTuyên Quang, ngày      tháng 9 năm 2025\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh");
        assert_eq!(f.issued_place.as_deref(), Some("Tuyên Quang"));
        assert_eq!(f.issued_date, None);
        assert_eq!(f.doc_type.as_deref(), Some("THÔNG BÁO"));
        assert_eq!(
            f.subject.as_deref(),
            Some("Kết luận của Chủ tịch UBND tỉnh")
        );
    }

    #[test]
    fn h7_chair_named_after_a_title_without_honorific() {
        assert_eq!(
            chair("Ngày 03/3/2021, Giám đốc Sở Phan Văn Hùng chủ trì hội nghị giao ban."),
            Some("Phan Văn Hùng".into())
        );
        // A title that names its level.
        assert_eq!(
            chair("Ngày 10/3/2023, Phó Chủ tịch UBND tỉnh Trần Văn Hòa chủ trì cuộc họp."),
            Some("Trần Văn Hòa".into())
        );
        // With no name, the title that opens the clause, as written.
        assert_eq!(
            chair("Sáng ngày 18/11/2024, Hiệu trưởng chủ trì cuộc họp giao ban."),
            Some("Hiệu trưởng".into())
        );
        assert_eq!(
            chair("Ngày 12/3/2024, Trưởng phòng GD&ĐT chủ trì hội nghị."),
            Some("Trưởng phòng GD&ĐT".into())
        );
        // A place's name before the cue is no person.
        assert_eq!(
            chair("Ngày 03/3/2021, UBND huyện Kinh Xáng chủ trì hội nghị."),
            None
        );
        // The title names its unit by acronym.
        assert_eq!(
            chair("Sáng 9/1, Giám đốc Sở GD&ĐT Phạm Văn Trọng chủ trì hội nghị."),
            Some("Phạm Văn Trọng".into())
        );
        assert_eq!(
            chair("Sáng 9/1, Trưởng phòng GDĐT Lê Văn Tám chủ trì hội nghị."),
            Some("Lê Văn Tám".into())
        );
    }

    #[test]
    fn h7_a_titled_chair_named_after_the_cue_and_co_or_la() {
        assert_eq!(
            chair("Sáng 9/10, Phòng tổ chức hội nghị. Chủ trì hội nghị có Giám đốc Sở Phạm Văn Trọng."),
            Some("Phạm Văn Trọng".into())
        );
        assert_eq!(
            chair("Sáng 9/10, Phòng tổ chức hội nghị. Chủ trì hội nghị là Phó Chủ tịch UBND huyện Lê Văn Tám."),
            Some("Lê Văn Tám".into())
        );
        assert_eq!(
            chair("Sáng 9/10, Phòng tổ chức hội nghị. Chủ trì: Trưởng phòng Nguyễn Văn Hùng."),
            Some("Nguyễn Văn Hùng".into())
        );
    }

    #[test]
    fn h7_chair_without_a_name_is_the_title_as_written() {
        let t = "Chiều ngày 09/12/2019, tại Phòng GD&ĐT, Hội nghị do đồng chí Trưởng phòng GD&ĐT chủ trì.";
        let low = fold(t);
        let mut f = FoundFields::default();
        meeting(t, &low, 0, t.len(), &mut f, &mut Pending::default());
        assert_eq!(
            f.meeting_chair.map(|c| c.value),
            Some("Trưởng phòng GD&ĐT".into())
        );
    }

    #[test]
    fn h7_chair_of_an_inspection_is_the_head_of_delegation() {
        let t = "Sáng 14/9/2022, đoàn công tác của UBND huyện do đồng chí Hoàng Văn Lự, Phó Chủ tịch UBND huyện làm trưởng đoàn đã kiểm tra các trường.";
        let low = fold(t);
        let mut f = FoundFields::default();
        meeting(t, &low, 0, t.len(), &mut f, &mut Pending::default());
        assert_eq!(
            f.meeting_chair.map(|c| c.value),
            Some("Hoàng Văn Lự".into())
        );
        assert_eq!(f.meeting_date.map(|d| d.0.iso()), Some("2022-09-14".into()));
    }

    #[test]
    fn h7_chair_name_broken_over_a_line_is_joined() {
        let page = "Hội nghị cán bộ quản lý năm học mới\nĐăng ngày: 09/9/2021 | Số lần xem: 12\n\nNgày 07/9/2021, Phòng GD&ĐT huyện tổ chức hội nghị. Dự và chủ trì hội nghị có đồng chí Y\nBhin Niê, Trưởng phồng GD&ĐT; các chuyên viên.";
        assert_eq!(read(page).meeting_chair.as_deref(), Some("Y Bhin Niê"));
    }

    #[test]
    fn l8_labelled_meeting_lines_give_date_time_and_chair() {
        let t = "TRƯỜNG THCS AN LẠC\nSố: 12/TB-THCS\nAn Lạc, ngày 10 tháng 3 năm 2023\nTHÔNG BÁO\nKết luận của Hiệu trưởng tại cuộc họp giao ban tuần 27\n\nThời gian: 15h30, thứ Tư ngày 08/3/2023.\nĐịa điểm: Phòng Hội đồng.\nThành phần: Ban Giám hiệu, tổ trưởng chuyên môn.\nChủ trì: cô Đinh Thị Lan – Hiệu trưởng.\n\nSau khi nghe các tổ báo cáo, Hiệu trưởng kết luận như sau:\n1. Các tổ chuyên môn hoàn thành đề kiểm tra.";
        let f = read(t);
        assert_eq!(f.meeting_date.as_deref(), Some("2023-03-08"));
        assert_eq!(f.meeting_time.as_deref(), Some("15:30"));
        assert_eq!(f.meeting_chair.as_deref(), Some("Đinh Thị Lan"));
        assert_eq!(f.issued_date.as_deref(), Some("2023-03-10"));
    }

    #[test]
    fn h3_subject_follows_the_doc_type_and_issuer_lines_stay_issuer() {
        let t = "ỦY BAN NHÂN DÂN\nHUYỆN PHÚ THƯỢNG\nSố: 25/TB-UBND\nPhú Thượng, ngày 03 tháng 9 năm 2020\nTHÔNG BÁO\nKết luận của đồng chí Chủ tịch UBND huyện\ntại cuộc họp về công tác tuyển sinh\n\nNgày 01/9/2020, UBND huyện tổ chức cuộc họp.";
        let f = read(t);
        assert_eq!(
            f.subject.as_deref(),
            Some("Kết luận của đồng chí Chủ tịch UBND huyện tại cuộc họp về công tác tuyển sinh")
        );
    }

    #[test]
    fn l3_party_notice_number_signature_and_subject_ending_at_a_rule() {
        let t = "ĐẢNG BỘ TỈNH HÀ NAM\nĐẢNG ỦY XÃ AN ĐỒNG\n*\nSố 57-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Đồng, ngày 20 tháng 6 năm 2022\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY\nvề công tác giáo dục\n-----\nNgày 18/6/2022, Ban Thường vụ Đảng ủy họp, kết luận như sau:\n1. Chi bộ các nhà trường rà soát đội ngũ.\nNơi nhận:\n- Huyện ủy (b/c),\n- Lưu Văn phòng Đảng ủy.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n(đã ký)\nNguyễn Văn Cừ";
        let f = read(t);
        assert_eq!(f.number.as_deref(), Some("57-TB/ĐU"));
        assert_eq!(
            f.subject.as_deref(),
            Some("KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY về công tác giáo dục")
        );
        assert_eq!(f.signer_authority.as_deref(), Some("T/M BAN THƯỜNG VỤ"));
        assert_eq!(f.signer_position.as_deref(), Some("BÍ THƯ"));
        assert_eq!(f.signer_name.as_deref(), Some("Nguyễn Văn Cừ"));
    }

    #[test]
    fn h10_several_authority_lines_are_joined() {
        let t = "THÔNG BÁO\nKết luận của Giám đốc Sở\n\nNgày 02/5/2023, tại Sở, đồng chí Lê Văn Ba chủ trì hội nghị.\n1. Các phòng thực hiện.\nNơi nhận:\n- Lưu: VT.\nTL. GIÁM ĐỐC\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nTrần Thị Bảy";
        let f = read(t);
        assert_eq!(
            f.signer_authority.as_deref(),
            Some("TL. GIÁM ĐỐC KT. CHÁNH VĂN PHÒNG")
        );
        assert_eq!(f.signer_position.as_deref(), Some("PHÓ CHÁNH VĂN PHÒNG"));
        assert_eq!(f.signer_name.as_deref(), Some("Trần Thị Bảy"));
    }

    #[test]
    fn h4_cong_van_subject_is_the_v_v_text_without_v_v() {
        let t = "UBND TỈNH KON TUM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 915/SGDĐT-GDTH\nV/v hướng dẫn kiểm tra\ncuối học kỳ I\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKon Tum, ngày 02 tháng 12 năm 2021\nKính gửi: Các phòng GD&ĐT.";
        let f = read(t);
        assert_eq!(
            f.subject.as_deref(),
            Some("hướng dẫn kiểm tra cuối học kỳ I")
        );
        assert_eq!(f.doc_type, None);
        assert_eq!(f.issued_date.as_deref(), Some("2021-12-02"));
    }

    /// Each line of `t` read as a recipient: its text and its purpose.
    fn recipients_of(t: &str) -> Vec<(String, Option<String>)> {
        let low = fold(t);
        lines(t, &low)
            .iter()
            .map(|l| recipient(t, &low, l))
            .map(|r| {
                (
                    t[r.start..r.end].to_string(),
                    r.purpose.map(|(a, b)| t[a..b].to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn h11_recipient_purpose_in_brackets_with_any_ending() {
        let t = "- Thường trực Thành ủy (b/c),\n- Trường Tiểu học Bình An (thực hiện);\n- Các trường THCS (để biết);\n- Sở Giáo dục và Đào tạo (GD&ĐT);";
        let r = recipients_of(t);
        assert_eq!(r[0], ("Thường trực Thành ủy".into(), Some("b/c".into())));
        assert_eq!(
            r[1],
            ("Trường Tiểu học Bình An".into(), Some("thực hiện".into()))
        );
        assert_eq!(r[2], ("Các trường THCS".into(), Some("để biết".into())));
        // An abbreviation in brackets is part of the name, not a purpose.
        assert_eq!(r[3], ("Sở Giáo dục và Đào tạo (GD&ĐT)".into(), None));
    }

    #[test]
    fn h11_j7_a_recipient_wrapped_onto_its_own_line_is_one_recipient() {
        // A narrow column (a PDF, a table cell): the purpose and the rest of a name wrap, with
        // the signature column beside in between.
        let t = "THÔNG BÁO\n1. Giao Phòng A báo cáo.\n\nNơi nhận:\tKT. CHỦ TỊCH\n- TT Huyện ủy, TT HĐND huyện\tPHÓ CHỦ TỊCH\n(b/c);\n- Sở Giáo dục và Đào tạo tỉnh\nLào Cai;\n- Lưu: VT.\n";
        let doc = crate::read(t);
        let r: Vec<(&str, Option<&str>)> = doc
            .recipients
            .iter()
            .map(|r| (r.text.as_str(), r.purpose.as_deref()))
            .collect();
        assert_eq!(
            r,
            vec![
                ("TT Huyện ủy, TT HĐND huyện", Some("b/c")),
                ("Sở Giáo dục và Đào tạo tỉnh\nLào Cai", None),
                ("Lưu: VT", None)
            ]
        );
        // Each recipient still quotes the text it points to.
        for r in &doc.recipients {
            assert_eq!(doc.slice(r.start, r.end), r.text);
        }
        // A recipient closed by ";" is not continued by the next unmarked line.
        let closed = crate::read(
            "THÔNG BÁO\n1. Giao Phòng A báo cáo.\n\nNơi nhận:\n- Như trên;\nCác trường THCS;\n- Lưu: VT.\n",
        );
        assert_eq!(closed.recipients.len(), 3, "{:?}", closed.recipients);
    }

    #[test]
    fn people_with_titles() {
        let t =
            "Sau khi nghe ông Nguyễn Phúc Tăng, Phó Giám đốc và đồng chí Trần Thế Cương phát biểu";
        let low = fold(t);
        let names: Vec<&str> = persons(t, &low, 0, t.len())
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(names, vec!["Nguyễn Phúc Tăng", "Trần Thế Cương"]);
    }

    #[test]
    fn recipients_and_purposes() {
        let t = "- UBND tỉnh (để báo cáo);\n- Các trường THPT, trường PT có nhiều cấp học;\n- Lưu: VT, VP.";
        let r = recipients_of(t);
        assert_eq!(r[0], ("UBND tỉnh".into(), Some("để báo cáo".into())));
        assert_eq!(
            r[1],
            ("Các trường THPT, trường PT có nhiều cấp học".into(), None)
        );
        assert_eq!(r[2], ("Lưu: VT, VP".into(), None));
    }
}
