//! Stage 5: the body's outline and its directives.
//!
//! Walks the body's lines with a stack of open sections. A list marker's level is the order in
//! which its kind first appears ("I." then "1." then "-" …). A marked line is a heading when it
//! ends with ":", is in capitals, or is short with no full stop and opens a deeper list; a
//! heading's words tell an assessment part ("Kết quả đạt được", "Hạn chế") from a task part.
//! A heading or paragraph that introduces a list ("Giao phòng X:", "… chỉ đạo các đơn vị thuộc
//! Sở … tháng 10 và các tháng cuối năm 2022, cụ thể như sau:") gives its items an implicit owner
//! and period. An unmarked paragraph after a heading's list closes that heading.
//!
//! Inside a list item or paragraph, each sentence is a directive with its own lead (a unit
//! before a predicate, or after "Giao"), an instruction without one (an imperative or a modal:
//! it continues the directive before it, or starts one with the inherited owner), a report of
//! what was done ("đã …"), or context. Reports and context end a directive and are left out.

use super::dates::Ymd;
use super::deadlines::{dated, undated, FoundDeadline};
use super::layout::Part;
use super::lines::{Line, Marker};
use super::owners::{skip_connectors, supports, unit_list_at};
use super::sentences::{clause_end, clause_starts, sentences};
use super::text::{find_any, mostly_upper, phrase_at, skip_spaces, table_at, word_count_upto};
use crate::document::Role;
use crate::lexicon::{structure, units, verbs};

/// An owner found for a directive (byte offsets of the unit's name in the text).
#[derive(Clone, Debug, PartialEq)]
pub struct FoundOwner {
    pub start: usize,
    pub end: usize,
    pub role: Role,
    pub implicit: bool,
}

/// A directive found in the body.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundDirective {
    pub start: usize,
    pub end: usize,
    pub owners: Vec<FoundOwner>,
    pub deadline: Option<FoundDeadline>,
    pub inherited: bool,
}

/// The outline and directives of the body.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Body {
    pub directives: Vec<FoundDirective>,
    /// (start, end, level from 1)
    pub headings: Vec<(usize, usize, u8)>,
    /// (start, end, is_assessment)
    pub sections: Vec<(usize, usize, bool)>,
}

#[derive(Clone, Debug, Default)]
struct Frame {
    level: usize,
    heading: bool,
    assessment: Option<bool>,
    owners: Vec<(usize, usize)>,
    period: Option<FoundDeadline>,
    start: usize,
    end: usize,
    had_items: bool,
}

/// How a sentence reads.
#[derive(Clone, Debug, PartialEq)]
enum Reading {
    /// Names its own lead(s).
    Lead(Vec<(usize, usize)>),
    /// A speaker gives an order ("đồng chí Giám đốc đã nêu ra một số nhiệm vụ …"), to these units if named.
    Directing(Vec<(usize, usize)>),
    /// An instruction with no subject of its own.
    Action,
    /// What was done, or context.
    Other,
}

/// A directive being gathered: its start, its end, and its own leads.
type Pending = Option<(usize, usize, Vec<(usize, usize)>)>;

struct Walker<'a> {
    text: &'a str,
    low: &'a str,
    reference: Option<Ymd>,
    refs: &'a [(usize, usize)],
    levels: Vec<Option<Marker>>,
    stack: Vec<Frame>,
    body: Body,
}

/// Reads the body of every notice in the text.
pub fn body(
    text: &str,
    low: &str,
    lines: &[Line],
    parts: &[Part],
    reference: Option<Ymd>,
    refs: &[(usize, usize)],
) -> Body {
    let mut w = Walker {
        text,
        low,
        reference,
        refs,
        levels: Vec::new(),
        stack: vec![Frame::default()],
        body: Body::default(),
    };
    let content: Vec<usize> = (0..lines.len())
        .filter(|&i| parts[i] == Part::Body)
        .collect();
    for (k, &i) in content.iter().enumerate() {
        // A new notice in a batch starts a fresh outline.
        if k > 0
            && parts[content[k - 1]..i].iter().any(|p| {
                matches!(
                    p,
                    Part::DocType
                        | Part::Number
                        | Part::Motto
                        | Part::Subject
                        | Part::Meeting
                        | Part::RecipientsHeading
                        | Part::SignerName
                )
            })
        {
            w.close_all();
            w.levels.clear();
            w.stack = vec![Frame::default()];
        }
        if k == 0 || parts[content[k - 1]..i].contains(&Part::Intro) {
            if let Some(intro) = (0..i)
                .rev()
                .take_while(|&j| parts[j] != Part::Body)
                .find(|&j| parts[j] == Part::Intro)
            {
                let l = &lines[intro];
                let (owners, period) = w.opener(l.start, l.end);
                w.stack[0].owners = owners;
                w.stack[0].period = period;
            }
        }
        let next = content.get(k + 1).map(|&j| &lines[j]);
        w.line(&lines[i], next);
    }
    w.close_all();
    w.body
}

impl Walker<'_> {
    fn level_of(&mut self, marker: Option<Marker>) -> usize {
        match self.levels.iter().position(|m| *m == marker) {
            Some(i) => i + 1,
            None => {
                self.levels.push(marker);
                self.levels.len()
            }
        }
    }

    /// Level a marker would get, without recording it.
    fn peek_level(&self, marker: Option<Marker>) -> usize {
        self.levels
            .iter()
            .position(|m| *m == marker)
            .map_or(self.levels.len() + 1, |i| i + 1)
    }

    fn pop_to(&mut self, level: usize) {
        while self.stack.len() > 1 && self.stack.last().is_some_and(|f| f.level >= level) {
            self.pop();
        }
    }

    fn pop(&mut self) {
        if let Some(f) = self.stack.pop() {
            if let (Some(a), true) = (f.assessment, f.heading) {
                self.body.sections.push((f.start, f.end, a));
            }
        }
    }

    fn close_all(&mut self) {
        while self.stack.len() > 1 {
            self.pop();
        }
    }

    fn region_is_assessment(&self) -> bool {
        self.stack
            .iter()
            .rev()
            .find_map(|f| f.assessment)
            .unwrap_or(false)
    }

    fn line(&mut self, line: &Line, next: Option<&Line>) {
        let (s, e) = (line.body, line.end);
        let t = &self.text[s..e];
        for f in &mut self.stack {
            f.end = line.end;
        }
        let caps = line.marker.is_none() && mostly_upper(t) && word_count_upto(t, 40) <= 40;
        if line.marker.is_some() || caps {
            let level = self.level_of(line.marker);
            self.pop_to(level);
            let heading = caps || self.is_heading(t, level, next);
            if let Some(top) = self.stack.last_mut() {
                top.had_items |= !heading;
            }
            let mut frame = Frame {
                level,
                heading,
                start: line.start,
                end: line.end,
                ..Default::default()
            };
            if heading {
                frame.assessment = classify(self.low, s, e);
                self.body
                    .headings
                    .push((line.start, line.end, level.min(255) as u8));
                let (owners, period) = self.opener(s, e);
                frame.owners = owners;
                frame.period = period;
                self.stack.push(frame);
            } else {
                if !self.region_is_assessment() {
                    self.block(s, e);
                }
                if t.trim_end().ends_with(':') {
                    let (owners, period) = self.opener(s, e);
                    frame.owners = owners;
                    frame.period = period;
                }
                self.stack.push(frame);
            }
            return;
        }
        // An unmarked paragraph closes open items, and a heading whose list it follows.
        while self.stack.len() > 1 && self.stack.last().is_some_and(|f| !f.heading) {
            self.pop();
        }
        if self.stack.len() > 1 && self.stack.last().is_some_and(|f| f.had_items) {
            self.pop();
        }
        if is_opener(self.low, s, e) {
            let (owners, period) = self.opener(s, e);
            if let Some(top) = self.stack.last_mut() {
                if !owners.is_empty() {
                    top.owners = owners;
                }
                if period.is_some() {
                    top.period = period;
                }
            }
        } else if !self.region_is_assessment() {
            self.block(s, e);
        }
    }

    /// A marked line opens a section when it ends with ":", or is short, has no full stop and a
    /// deeper list or a paragraph follows it.
    fn is_heading(&self, t: &str, level: usize, next: Option<&Line>) -> bool {
        let trimmed = t.trim_end();
        if trimmed.ends_with(':') || mostly_upper(t) {
            return true;
        }
        let terminal = trimmed.ends_with(['.', ';', '!', '?', '…']);
        let deeper_follows = next.is_some_and(|n| match n.marker {
            Some(m) => self.peek_level(Some(m)) > level,
            None => !mostly_upper(&self.text[n.body..n.end]),
        });
        !terminal && word_count_upto(t, 15) <= 15 && deeper_follows
    }

    /// Owners and period set by a sentence that introduces a list: from its last sentence.
    fn opener(&self, s: usize, e: usize) -> (Vec<(usize, usize)>, Option<FoundDeadline>) {
        let last = sentences(self.text, self.low, s, e)
            .last()
            .copied()
            .unwrap_or((s, e));
        let mut owners = match self.read_sentence(last.0, last.1) {
            Reading::Lead(units) | Reading::Directing(units) => units,
            _ => Vec::new(),
        };
        // "Đối với Phòng Giáo dục trung học:", "Văn phòng Sở:" — the units a heading names.
        if owners.is_empty() && self.low[last.0..last.1].trim_end().ends_with(':') {
            let mut c = skip_connectors(self.low, last.0, last.1);
            if let Some(w) = table_at(self.low, c, &structure::HEADING_OPENERS) {
                c = skip_spaces(self.low, c + w.len());
            }
            let colon = self.low[..last.1].trim_end().len() - 1;
            let (units, after) = unit_list_at(self.text, self.low, c, colon);
            if self.low[after..colon].trim().is_empty() {
                owners = units;
            } else if !units.is_empty() && !self.low[c..colon].contains([';', '.']) {
                // "Phòng GD&ĐT các huyện, thành phố:" — the whole heading names one addressee.
                owners = vec![super::text::trim_range(self.text, c, colon, &[',', ' '])];
            }
        }
        let period = dated(self.low, last.0, last.1, self.reference, self.refs);
        (owners, period)
    }

    /// Finds the directives of one list item or paragraph.
    fn block(&mut self, s: usize, e: usize) {
        let mut current: Pending = None;
        for (ss, se) in sentences(self.text, self.low, s, e) {
            match self.read_sentence(ss, se) {
                Reading::Lead(units) | Reading::Directing(units) => {
                    self.flush(current.take());
                    current = Some((ss, se, units));
                }
                Reading::Action => match &mut current {
                    Some(c) => c.1 = se,
                    None => current = Some((ss, se, Vec::new())),
                },
                Reading::Other => self.flush(current.take()),
            }
        }
        self.flush(current);
    }

    fn flush(&mut self, found: Pending) {
        let Some((start, end, leads)) = found else {
            return;
        };
        let (start, end) = super::text::trim_range(self.text, start, end, &[]);
        let mut owners: Vec<FoundOwner> = leads
            .iter()
            .map(|&(s, e)| FoundOwner {
                start: s,
                end: e,
                role: Role::Lead,
                implicit: false,
            })
            .collect();
        for (s, e) in supports(self.text, self.low, start, end) {
            let name = &self.low[s..e];
            if !owners.iter().any(|o| &self.low[o.start..o.end] == name) {
                owners.push(FoundOwner {
                    start: s,
                    end: e,
                    role: Role::Support,
                    implicit: false,
                });
            }
        }
        if leads.is_empty() {
            if let Some(f) = self.stack.iter().rev().find(|f| !f.owners.is_empty()) {
                for &(s, e) in &f.owners {
                    owners.push(FoundOwner {
                        start: s,
                        end: e,
                        role: Role::Lead,
                        implicit: true,
                    });
                }
            }
        }
        let own = dated(self.low, start, end, self.reference, self.refs);
        let inherited = self.stack.iter().rev().find_map(|f| f.period.clone());
        let (deadline, is_inherited) = match (own, inherited) {
            (Some(d), _) => (Some(d), false),
            (None, Some(p)) => (Some(p), true),
            (None, None) => (undated(self.low, start, end), false),
        };
        self.body.directives.push(FoundDirective {
            start,
            end,
            owners,
            deadline,
            inherited: is_inherited,
        });
    }

    /// Reads one sentence: its lead, a speaker's order, an instruction, or neither.
    fn read_sentence(&self, s: usize, e: usize) -> Reading {
        let (text, low) = (self.text, self.low);
        for (i, c) in clause_starts(text, s, e).enumerate() {
            let c = skip_connectors(low, c, e);
            if c >= e {
                continue;
            }
            let ce = clause_end(text, c, e);
            if let Some(verb) = table_at(low, c, &verbs::ASSIGNING) {
                let (units, _) = unit_list_at(text, low, skip_spaces(low, c + verb.len()), e);
                if !units.is_empty() {
                    return Reading::Lead(units);
                }
            }
            if let Some(speaker) = table_at(low, c, &units::SPEAKERS) {
                if let Some((at, verb)) = find_any(
                    low,
                    &verbs::DIRECTING,
                    c + speaker.len(),
                    ce.max(c + speaker.len()),
                ) {
                    let mut q = skip_spaces(low, at + verb.len());
                    for w in ["nhiệm vụ cho", "cho"] {
                        if phrase_at(low, q, w) {
                            q = skip_spaces(low, q + w.len());
                        }
                    }
                    return Reading::Directing(unit_list_at(text, low, q, e).0);
                }
                continue;
            }
            if i == 0 && table_at(low, c, &verbs::IMPERATIVE_OPENERS).is_some() {
                return Reading::Action;
            }
            let (units, after) = unit_list_at(text, low, c, e);
            if !units.is_empty() {
                let q = skip_spaces(low, after);
                if table_at(low, q, &verbs::PAST).is_some() {
                    return Reading::Other;
                }
                let predicate = table_at(low, q, &verbs::STRONG_PREDICATES)
                    .or_else(|| table_at(low, q, &verbs::IMPERATIVE_OPENERS))
                    .or_else(|| table_at(low, q, &verbs::WEAK_PREDICATES));
                // "Phòng Giáo dục trung học: hướng dẫn các trường …" — a unit, a colon, its task.
                let colon_task =
                    low[q..].starts_with(':') && low[q + 1..e].chars().any(char::is_alphabetic);
                if predicate.is_some() || colon_task && i == 0 {
                    return Reading::Lead(units);
                }
            }
        }
        if find_any(low, &verbs::MODALS, s, e).is_some() {
            return Reading::Action;
        }
        Reading::Other
    }
}

/// Assessment (`Some(true)`) or tasks (`Some(false)`) by the earliest cue in a heading.
fn classify(low: &str, s: usize, e: usize) -> Option<bool> {
    let a = find_any(low, &structure::ASSESSMENT_CUES, s, e).map(|x| x.0);
    let t = find_any(low, &structure::TASK_CUES, s, e).map(|x| x.0);
    match (a, t) {
        (Some(a), Some(t)) => Some(a < t),
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    }
}

/// A paragraph that introduces a list ends with ":" or "như sau" / "sau đây".
fn is_opener(low: &str, s: usize, e: usize) -> bool {
    let t = low[s..e].trim_end();
    let bare = t.trim_end_matches(['.', ':', ' ']);
    t.ends_with(':') || bare.ends_with("như sau") || bare.ends_with("sau đây")
}

#[cfg(test)]
mod tests {
    use crate::document::{DeadlineKind, Role};

    fn owners(d: &crate::document::Directive) -> Vec<(String, Role, bool)> {
        d.owners
            .iter()
            .map(|o| (o.name.clone(), o.role, o.implicit))
            .collect()
    }

    #[test]
    fn a_new_owner_inside_an_item_starts_a_new_directive() {
        let doc = crate::read("Giám đốc kết luận như sau:\n\n1. Các trường cần rà soát hồ sơ. Phòng Tổ chức cán bộ có trách nhiệm phối hợp các trường thẩm định.");
        assert_eq!(doc.directives.len(), 2);
        assert_eq!(
            owners(&doc.directives[0]),
            vec![("Các trường".into(), Role::Lead, false)]
        );
        assert_eq!(
            owners(&doc.directives[1]),
            vec![
                ("Phòng Tổ chức cán bộ".into(), Role::Lead, false),
                ("các trường".into(), Role::Support, false)
            ]
        );
    }

    #[test]
    fn reports_and_assessments_are_not_directives() {
        let t = "I. KẾT QUẢ ĐẠT ĐƯỢC\n\n- Tổ chức tốt lễ khai giảng.\n\nII. NHIỆM VỤ TRỌNG TÂM\n\n1. Sở đã tổ chức hội nghị. Tuy nhiên, các đơn vị cần khắc phục hạn chế.";
        let doc = crate::read(t);
        assert_eq!(doc.directives.len(), 1, "{:?}", doc.directives);
        assert!(doc.directives[0]
            .text
            .starts_with("Tuy nhiên, các đơn vị cần"));
    }

    #[test]
    fn a_heading_gives_its_bullets_an_implicit_owner_and_a_section_its_period() {
        let t = "Giám đốc Sở chỉ đạo các đơn vị thuộc Sở thực hiện nhiệm vụ tháng 10 và các tháng cuối năm 2022, cụ thể như sau:\n\n1. Rà soát đội ngũ.\n\n2. Giao phòng Kế hoạch - Tài chính:\n\n- Hướng dẫn thu chi trước ngày 15/11/2022.\n\n- Tổng hợp báo cáo.";
        let doc = crate::read(t);
        assert_eq!(doc.directives.len(), 3);
        assert_eq!(
            owners(&doc.directives[0]),
            vec![("các đơn vị thuộc Sở".into(), Role::Lead, true)]
        );
        let inherited = doc.directives[0]
            .deadline
            .as_ref()
            .expect("inherited period");
        assert!(inherited.inherited);
        assert_eq!(inherited.due.as_deref(), Some("2022-12-31"));
        assert_eq!(
            owners(&doc.directives[1]),
            vec![("phòng Kế hoạch - Tài chính".into(), Role::Lead, true)]
        );
        let own = doc.directives[1].deadline.as_ref().expect("own date");
        assert_eq!(
            (own.due.as_deref(), own.inherited),
            (Some("2022-11-15"), false)
        );
        assert_eq!(
            doc.directives[2]
                .deadline
                .as_ref()
                .and_then(|d| d.due.clone()),
            Some("2022-12-31".into())
        );
    }

    #[test]
    fn a_notice_with_no_date_keeps_deadlines_unresolved() {
        let doc =
            crate::read("Các trường hoàn thành báo cáo trong tháng 5, báo cáo định kỳ hằng quý.");
        let d = doc.directives[0].deadline.as_ref().expect("deadline");
        assert_eq!((d.kind, d.due.clone()), (DeadlineKind::Month, None));
        let doc = crate::read("Các trường báo cáo định kỳ hằng quý.");
        assert_eq!(
            doc.directives[0]
                .deadline
                .as_ref()
                .map(|d| (d.kind, d.due.clone())),
            Some((DeadlineKind::Recurring, None))
        );
    }
}
