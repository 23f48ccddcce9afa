//! Stage 4: header and meeting facts, recipients and signature, read from the lines the layout
//! gave those parts.

use super::dates::{find_days, time_at, Ymd};
use super::layout::{is_person_name, Part};
use super::lines::Line;
use super::references::symbol_at;
use super::text::{find_any, find_phrase, skip_spaces, table_at, trim_range, word_end};
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
}

impl FoundFields {
    /// The date deadlines are resolved against: the issue date, else the meeting's.
    pub fn reference_date(&self) -> Option<Ymd> {
        self.issued_date
            .as_ref()
            .or(self.meeting_date.as_ref())
            .map(|d| d.0)
    }
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
    let mut subject_done = false;
    let mut notices = 0;
    for (line, part) in lines.iter().zip(parts) {
        let (s, e) = (line.start, line.end);
        let l = &low[s..e];
        if matches!(part, Part::DocType | Part::Number | Part::Motto) && f.subject.is_some() {
            subject_done = true;
        }
        match part {
            Part::Number if f.number.is_none() => {
                notices += 1;
                let colon = l.find(':').map_or(s + "số".len(), |c| s + c + 1);
                let at = skip_spaces(text, colon);
                f.number = Some(match symbol_at(text, at) {
                    Some((symbol, end)) => Field {
                        value: symbol,
                        start: at,
                        end,
                    },
                    None => {
                        let (a, b) = trim_range(text, at, e, &['.', ';']);
                        field(text, a, b)
                    }
                });
            }
            Part::PlaceDate if f.issued_date.is_none() => {
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
                let (a, b) = strip_timestamp(text, low, s, e);
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
                if f.meeting_date.is_none()
                    && !l.starts_with("thành phần")
                    && (*part == Part::Meeting
                        || find_days(low, s, e).iter().any(|d| d.2.year.is_some())) =>
            {
                meeting(text, low, s, e, &mut f)
            }
            Part::SignerAuthority if f.signer_authority.is_none() => {
                f.signer_authority = Some(field(text, s, e))
            }
            Part::SignerPosition if f.signer_position.is_none() => {
                f.signer_position = Some(field(text, s, e))
            }
            Part::SignerName if f.signer_name.is_none() => f.signer_name = Some(field(text, s, e)),
            _ => {}
        }
        if *part != Part::Subject && f.subject.is_some() {
            subject_done = true;
        }
        if notices > 1 {
            break;
        }
    }
    f
}

/// Drops a web page's "(12/11/2018 08:11:30 GMT+7)" after a title.
fn strip_timestamp(text: &str, low: &str, s: usize, e: usize) -> (usize, usize) {
    let l = &low[s..e];
    if l.ends_with(')') {
        if let Some(open) = l.rfind('(') {
            let inside = &l[open..];
            if !find_days(inside, 0, inside.len()).is_empty() || inside.contains("gmt") {
                return trim_range(text, s, s + open, &[]);
            }
        }
    }
    (s, e)
}

/// Meeting date, time, place and chair from the meeting paragraph.
fn meeting(text: &str, low: &str, s: usize, e: usize, f: &mut FoundFields) {
    if let Some((ds, de, d)) = find_days(low, s, e)
        .into_iter()
        .find(|d| d.2.year.is_some())
    {
        if let Some(ymd) = d.year.and_then(|y| Ymd::new(y, d.month, d.day)) {
            f.meeting_date = Some((ymd, field(text, ds, de)));
        }
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
    // Place: "tại <place>," (the first one).
    if let Some(at) = find_phrase(low, "tại", s, e) {
        let ps = skip_spaces(low, at + "tại".len());
        let pe = low[ps..e].find([',', ';', '.']).map_or(e, |i| ps + i);
        if pe > ps {
            f.meeting_place = Some(field(text, ps, pe));
        }
    }
    f.meeting_chair = chair(text, low, s, e);
    f.meeting_chair_title = f
        .meeting_chair
        .as_ref()
        .and_then(|name| chair_title(text, low, name.end, e));
    if cues::ONLINE
        .iter()
        .any(|w| find_phrase(low, w, s, e).is_some())
    {
        f.meeting_online = Some(true);
    }
}

/// People named with a title ("ông Nguyễn Phúc Tăng", "đồng chí Trần Thế Cương") in `s..e`:
/// the ranges of their names.
pub fn persons(text: &str, low: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut p = s;
    while let Some((at, title)) = find_any(low, &cues::PERSON_TITLES, p, e) {
        p = at + title.len();
        if let Some(name) = name_at(text, skip_spaces(low, p), e) {
            out.push((name.start, name.end));
            p = name.end;
        }
    }
    out
}

/// The chair: the person named (after "đồng chí", "ông", "bà") before "chủ trì".
fn chair(text: &str, low: &str, s: usize, e: usize) -> Option<Field> {
    let until = find_phrase(low, "chủ trì", s, e).unwrap_or(e);
    persons(text, low, s, until)
        .last()
        .map(|&(a, b)| field(text, a, b))
}

/// The titles after the chair's name: ", Thành ủy viên, Giám đốc Sở … (GD&ĐT) đã chủ trì" →
/// "Thành ủy viên, Giám đốc Sở …".
fn chair_title(text: &str, low: &str, name_end: usize, e: usize) -> Option<Field> {
    let rest = low.get(name_end..e)?;
    if !rest.starts_with(',') {
        return None;
    }
    let until = find_phrase(low, "chủ trì", name_end, e)?;
    let mut stop = until;
    for w in ["đã", "đồng thời"] {
        let t = low[name_end..stop].trim_end();
        if t.ends_with(w) {
            stop = name_end + t.len() - w.len();
        }
    }
    let (a, b) = trim_range(text, name_end, stop, &[',', ' ']);
    // Drop an abbreviation in brackets at the end: "Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT)".
    let b = if text[a..b].ends_with(')') {
        text[a..b].rfind(" (").map_or(b, |i| a + i)
    } else {
        b
    };
    (b > a && b - a < 200).then(|| field(text, a, b))
}

/// Two to six capitalized words at `at`: a person's name.
pub fn name_at(text: &str, at: usize, limit: usize) -> Option<Field> {
    let mut end = at;
    let mut words = 0;
    let mut p = at;
    while p < limit && words < 6 {
        let c = text[p..].chars().next()?;
        if !c.is_uppercase() {
            break;
        }
        let we = word_end(text, p);
        let word = &text[p..we];
        if word.chars().skip(1).any(char::is_uppercase) {
            break; // "GD&ĐT", "THPT": not a name
        }
        words += 1;
        end = we;
        if text[we..].starts_with(' ') {
            p = we + 1;
        } else {
            break;
        }
    }
    (words >= 2 && is_person_name(&text[at..end])).then(|| field(text, at, end))
}

/// Recipient lines without "- " and the closing ";" / "."; "(để chỉ đạo)" is the purpose.
pub fn recipient(text: &str, low: &str, line: &Line) -> FoundRecipient {
    let (mut s, mut e) = trim_range(text, line.body, line.end, &[';', '.', ',']);
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
        meeting(t, &low, 0, t.len(), &mut f);
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
        let low = fold(t);
        let ls = lines(t, &low);
        let r: Vec<(String, Option<String>)> = ls
            .iter()
            .map(|l| recipient(t, &low, l))
            .map(|r| {
                (
                    t[r.start..r.end].to_string(),
                    r.purpose.map(|(a, b)| t[a..b].to_string()),
                )
            })
            .collect();
        assert_eq!(r[0], ("UBND tỉnh".into(), Some("để báo cáo".into())));
        assert_eq!(
            r[1],
            ("Các trường THPT, trường PT có nhiều cấp học".into(), None)
        );
        assert_eq!(r[2], ("Lưu: VT, VP".into(), None));
    }
}
