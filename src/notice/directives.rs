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
use super::deadlines::{
    dated, heading_period, last_day_in_cell, undated, week_of_period, FoundDeadline,
};
use super::layout::Part;
use super::lines::{Line, Marker};
use super::owners::{skip_connectors, supports, unit_list_at, UnitLists};
use super::sentences::{clause_end, clause_starts, sentences};
use super::text::{
    boundary_before, ends_with_phrase, find_any, first_ascii_of, mostly_upper, past_line_break,
    phrase_at, skip_spaces, table_at, word_count_upto, word_end,
};
use crate::document::{Role, Rule};
use crate::lexicon::{structure, units, verbs, Lexicon};
use std::cell::RefCell;

/// Why something was found: the rule, and the words that triggered it (byte offsets).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Because {
    pub rule: Rule,
    pub trigger: Option<(usize, usize)>,
}

impl Because {
    fn of(rule: Rule, at: usize, len: usize) -> Self {
        Because {
            rule,
            trigger: Some((at, at + len)),
        }
    }

    fn rule(rule: Rule) -> Self {
        Because {
            rule,
            trigger: None,
        }
    }
}

/// An owner found for a directive (byte offsets of the unit's name in the text).
#[derive(Clone, Debug, PartialEq)]
pub struct FoundOwner {
    pub start: usize,
    pub end: usize,
    pub role: Role,
    pub implicit: bool,
    pub why: Because,
}

/// A directive found in the body.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundDirective {
    pub start: usize,
    pub end: usize,
    pub owners: Vec<FoundOwner>,
    pub deadline: Option<FoundDeadline>,
    pub inherited: bool,
    /// Why it is a directive.
    pub why: Because,
    /// The rule that gave the deadline when it is not the phrase's own (a stated deadline in a
    /// following sentence, a table's time column).
    pub deadline_rule: Option<Rule>,
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
    /// Where the owners were named: a heading, or a sentence that opens the list.
    owners_from: Option<Rule>,
    period: Option<FoundDeadline>,
    start: usize,
    /// Where the line's text starts, past its marker.
    body: usize,
    end: usize,
    had_items: bool,
}

/// How a sentence (or a ";" clause of one) reads, by the clause grammar of a directive:
/// requester, request verb, owner, modal, action, deadline — each part optional.
#[derive(Clone, Debug, PartialEq)]
enum Reading {
    /// Names its own lead(s); `inherit` when the inherited owners lead too (an item that opens
    /// with a chain verb: "Chỉ đạo các trường …" under "Phòng GD&ĐT:", O3).
    Lead {
        units: Vec<(usize, usize)>,
        inherit: bool,
        why: Because,
    },
    /// A speaker gives an order ("đồng chí Giám đốc đã nêu ra một số nhiệm vụ …"), to these units if named.
    Directing(Vec<(usize, usize)>, Because),
    /// An instruction with no subject of its own.
    Action(Because),
    /// Gives the directive before it its deadline (D10: "Thời gian hoàn thành trước ngày …").
    Deadline,
    /// A report, a permission, the issuer's commitment or a closing formula: never a directive.
    NotOrder,
    /// Neither: context.
    Other,
}

impl Reading {
    fn lead(units: Vec<(usize, usize)>, why: Because) -> Self {
        Reading::Lead {
            units,
            inherit: false,
            why,
        }
    }
}

/// A directive being gathered: its start, its end, its own leads, whether the inherited owners
/// lead it too, and where a sentence that states its deadline starts (D10).
#[derive(Clone, Debug)]
struct Gathered {
    start: usize,
    end: usize,
    leads: Vec<(usize, usize)>,
    inherit: bool,
    stated: Option<usize>,
    /// Why the leads own it (their rule and trigger), and why it is a directive.
    owners_why: Because,
    why: Because,
    /// The period a lead-in gives every task of an inline list (D8: "Trong tháng 9/2019, …
    /// đề nghị các trường tập trung: …; …").
    lead_in: Option<FoundDeadline>,
    /// The leads of the directive this one goes on from, in the same paragraph (O13).
    continues: Vec<(usize, usize)>,
    /// Co-leads made supporters by a sentence after them that names one of them the lead
    /// ("A, B và C phối hợp triển khai …; A là đầu mối.", R1).
    seconded: Vec<((usize, usize), Because)>,
}

impl Gathered {
    /// Gives the directive `units` as its own leads, with their rule, unless it has some.
    fn name_leads(&mut self, units: Vec<(usize, usize)>, why: Because) {
        if self.leads.is_empty() {
            self.leads = units;
            self.inherit = false;
            self.owners_why = why;
        }
    }
}

/// A line or clause labelled with a role: "Đơn vị chủ trì: Phòng X", "đơn vị phối hợp: Y".
struct Labelled {
    units: Vec<(usize, usize)>,
    /// Where the label stands, and its length.
    label: (usize, usize),
    lead: bool,
}

type Pending = Option<Gathered>;

fn gathered(
    start: usize,
    end: usize,
    leads: Vec<(usize, usize)>,
    inherit: bool,
    owners_why: Because,
    why: Because,
) -> Pending {
    Some(Gathered {
        start,
        end,
        leads,
        inherit,
        stated: None,
        owners_why,
        why,
        lead_in: None,
        continues: Vec::new(),
        seconded: Vec::new(),
    })
}

struct Walker<'a> {
    text: &'a str,
    low: &'a str,
    reference: Option<Ymd>,
    refs: &'a [(usize, usize)],
    levels: Vec<Option<Marker>>,
    stack: Vec<Frame>,
    body: Body,
    /// The columns of the table whose rows are being read (L11).
    table: Option<super::tables::Columns>,
    /// The directive recorded last, as gathered: a labelled line under it ("- Đơn vị chủ trì:
    /// …", "- Thời gian hoàn thành: …") is its own, not a task.
    last: Option<Gathered>,
    /// Whether a deputy's title ("Phó Giám đốc Sở", "đồng chí Phó Chủ tịch") as a subject is
    /// the one who speaks: unless the notice says a head concludes (O5, O17).
    deputies_speak: bool,
    /// The post of whoever the notice says concludes (`units::SPEAKERS_POSTS`), if it says.
    concluders_post: Option<&'static str>,
    /// The sentence read last and its reading: a reading depends on the sentence alone, and a
    /// sentence is often read twice in a row (an opener's last sentence, then its paragraph;
    /// a line under a directive, then as a block).
    read_last: RefCell<Option<((usize, usize), Reading)>>,
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
    let concluder = concluder(low, lines, parts);
    let mut w = Walker {
        text,
        low,
        reference,
        refs,
        levels: Vec::new(),
        stack: vec![Frame::default()],
        body: Body::default(),
        table: None,
        last: None,
        deputies_speak: concluder.is_none_or(|t| t.starts_with("phó")),
        concluders_post: concluder.and_then(post_of),
        read_last: RefCell::new(None),
    };
    let content: Vec<usize> = (0..lines.len())
        .filter(|&i| parts[i] == Part::Body)
        .collect();
    // A news page's dated lead paragraph (H6) may end with an order: "Ngày 14/8, đoàn … đã
    // kiểm tra …; đoàn nhắc nhở các nhà thầu đẩy nhanh tiến độ …" — read in place.
    let meetings: Vec<usize> = (0..lines.len())
        .filter(|&i| parts[i] == Part::Meeting)
        .collect();
    let mut next_meeting = 0;
    let mut merged_until = 0;
    for (k, &i) in content.iter().enumerate() {
        while let Some(&m) = meetings.get(next_meeting).filter(|&&m| m < i) {
            w.meeting_orders(&lines[m]);
            next_meeting += 1;
        }
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
                let (mut owners, period) = w.opener(l.start, l.end, false);
                // "Ngày 08/01, Sở tổ chức hội nghị …, Giám đốc Sở kết luận như sau:" — the
                // meeting's account, then a conclusion that names no one: no owner for the list
                // (the one who met or concludes owns nothing, O5).
                if concludes_to_no_one(low, l.start, l.end) {
                    owners.clear();
                }
                w.stack[0].owners = owners;
                w.stack[0].owners_from = Some(Rule::OpeningSentence);
                w.stack[0].period = period;
            }
        }
        if k < merged_until {
            continue; // read as the continuation of the item before
        }
        // A list item hard-wrapped onto lines that start with a capital ("… đón Tết" /
        // "Nguyên đán …", J7) is one item, not an item and a paragraph.
        let mut line = lines[i].clone();
        merged_until = k + 1;
        while let Some(&j) = content.get(merged_until) {
            if !wraps_onto(text, low, &line, &lines[j]) || w.starts_afresh(&line, &lines[j]) {
                break;
            }
            line.end = lines[j].end;
            merged_until += 1;
        }
        let next = content.get(merged_until).map(|&j| &lines[j]);
        w.line(&line, next);
    }
    for &m in meetings.get(next_meeting..).unwrap_or(&[]) {
        w.meeting_orders(&lines[m]);
    }
    w.close_all();
    drop_cut_off(text, lines, parts, &content, &mut w.body.directives);
    // No room kept past the last directive found: the list is held while the document is built.
    w.body.directives.shrink_to_fit();
    w.body
}

/// Whether the paragraph ends with the speaker's "kết luận" and names no unit after it ("…,
/// Giám đốc Sở kết luận như sau:", "… Trưởng phòng kết luận một số nội dung sau:").
fn concludes_to_no_one(low: &str, s: usize, e: usize) -> bool {
    let Some(k) = low[s..e].rfind("kết luận").map(|k| s + k) else {
        return false;
    };
    let rest = k + "kết luận".len();
    rest <= e
        && low[rest..e].len() <= 60
        && super::text::find_any(low, &units::HEADS, rest, e).is_none()
        && super::text::find_any(low, &verbs::REQUESTING, rest, e).is_none()
}

/// J11: a text that stops inside a word at its end ("… Các phòng, đơn vị thực hiện theo đúng k",
/// an excerpt cut off) leaves a fragment: the directive made of the cut sentence alone is
/// dropped, and so its words name no owner. Cut off: the body's last line, with nothing but
/// blank lines and page junk after it, ends in a lowercase word that is no Vietnamese syllable
/// and no closing mark.
fn drop_cut_off(
    text: &str,
    lines: &[Line],
    parts: &[Part],
    content: &[usize],
    directives: &mut Vec<FoundDirective>,
) {
    let Some(&i) = content.last() else {
        return;
    };
    let after = parts.get(i + 1..).unwrap_or(&[]);
    if !after.iter().all(|p| matches!(p, Part::Blank | Part::Noise)) {
        return;
    }
    let line = &lines[i];
    let Some(body) = text.get(line.start..line.end).map(str::trim_end) else {
        return;
    };
    let last = body.rsplit(char::is_whitespace).next().unwrap_or("");
    let cut = !last.is_empty()
        && last.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        && !crate::encoding::is_syllable(last);
    if !cut {
        return;
    }
    // Where the cut sentence starts: after the last mark that closes one on the line.
    let sentence = body
        .rfind(['.', ';', ':', '!', '?'])
        .map_or(line.start, |p| line.start + p + 1);
    if directives
        .last()
        .is_some_and(|d| d.start >= sentence && d.start < line.start + body.len())
    {
        directives.pop();
    }
}

/// The shortest list item that can have been wrapped (a heading is shorter).
const WRAPPED_ITEM_BYTES: usize = 60;

/// Whether `next` continues the list item `item` (J7): the item is long, or ends on a word that
/// wants what follows ("… chủ trì, phối hợp với" / "Công an huyện …",
/// `structure::SHORT_LINE_OPEN_ENDINGS`),
/// and is left open (no closing punctuation), and `next` follows it on the very next line,
/// unmarked and not a heading.
fn wraps_onto(text: &str, low: &str, item: &Line, next: &Line) -> bool {
    let body = text[item.body..item.end].trim_end();
    let open_ending = || {
        let tail = low[item.body..item.end].trim_end();
        structure::SHORT_LINE_OPEN_ENDINGS
            .iter()
            .any(|w| ends_with_phrase(tail, tail.len(), w))
    };
    item.marker.is_some()
        && (body.len() >= WRAPPED_ITEM_BYTES || open_ending())
        && !body.ends_with(['.', ';', ':', '!', '?', '…'])
        && next.marker.is_none()
        && text.get(item.end..next.start) == Some("\n")
        && !mostly_upper(&text[next.body..next.end])
        && !is_opener(low, next.start, next.end)
}

impl Walker<'_> {
    /// Whether the line after a list item left open starts a sentence of its own in capitals,
    /// so that the item was a heading ("1. Về công tác chuẩn bị Tết Nguyên đán Ất Tỵ 2025" /
    /// "Các trường xây dựng kế hoạch trực Tết …", "Yêu cầu các trường …", "Trường THCS X tổ
    /// chức …"): a word that opens sentences, units in the plural, or a first sentence read
    /// alone as an order. A line broken where a phrase still wants its words goes on ("… giao
    /// Phòng" / "Tổ chức cán bộ rà soát …", "… phối hợp với" / "Công an tỉnh kiểm tra …").
    fn starts_afresh(&self, item: &Line, next: &Line) -> bool {
        let (text, low) = (self.text, self.low);
        if !text[next.body..next.end].starts_with(char::is_uppercase) {
            return false;
        }
        let tail = low[item.body..item.end].trim_end();
        if super::hard_wraps::ends_on_a_head(tail)
            || structure::OPEN_ENDINGS
                .iter()
                .any(|w| ends_with_phrase(tail, tail.len(), w))
        {
            return false;
        }
        let head = &low[next.body..next.end];
        if super::hard_wraps::opens_a_sentence(head)
            || table_at(head, 0, &units::DETERMINERS).is_some()
        {
            return true;
        }
        let first = sentences(text, low, next.body, next.end)
            .first()
            .copied()
            .unwrap_or((next.body, next.end));
        matches!(
            self.read_sentence(first.0, first.1),
            Reading::Lead { .. } | Reading::Directing(..)
        )
    }

    fn level_of(&mut self, marker: Option<Marker>) -> usize {
        match self.levels.iter().position(|m| *m == marker) {
            // A new item at a known level opens an outline of its own below it: the markers
            // seen under the item before are learnt again ("II. Tồn tại / - … / III. Kiến nghị
            // / 1. Đối với Hiệu trưởng: / - …": "1." is under "III.", and "-" under "1.").
            Some(i) => {
                self.levels.truncate(i + 1);
                i + 1
            }
            // Roman numerals stand above every other list (I. > 1. > a) > -): met first after
            // an opener's "1. 2." list ("II. Nhiệm vụ trọng tâm tháng 02/2022"), they close it
            // and open the top level rather than an item of it.
            None if marker == Some(Marker::Roman) && self.only_item_levels() => {
                self.pop_to(1);
                self.levels.insert(0, marker);
                1
            }
            None => {
                self.levels.push(marker);
                self.levels.len()
            }
        }
    }

    /// Whether the levels seen so far are all items under Roman numerals ("1.", "1.1.", "-",
    /// …): not "A. B." parts nor headings in capitals, which stand above them.
    fn only_item_levels(&self) -> bool {
        !self.levels.is_empty()
            && self
                .levels
                .iter()
                .all(|m| m.is_some_and(|m| !matches!(m, Marker::Roman | Marker::Letter)))
    }

    /// Level a marker would get, without recording it.
    fn peek_level(&self, marker: Option<Marker>) -> usize {
        match self.levels.iter().position(|m| *m == marker) {
            Some(i) => i + 1,
            None if marker == Some(Marker::Roman) && self.only_item_levels() => 1,
            None => self.levels.len() + 1,
        }
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

    /// A part that gives tasks: under a task heading, or under an opener that named owners or a
    /// period. There a list item is a task unless it reads otherwise.
    fn region_is_task(&self) -> bool {
        self.stack
            .iter()
            .rev()
            .any(|f| f.assessment == Some(false) || !f.owners.is_empty() || f.period.is_some())
    }

    /// Reads a table row (L11): a header names the columns, each row under it is a directive
    /// whose owners and date are its cells. Returns false when the line is no table row.
    fn table_row(&mut self, line: &Line) -> bool {
        let cells = super::tables::cells(self.text, line.start, line.end);
        if cells.is_empty() {
            self.table = None;
            return false;
        }
        if let Some(columns) = super::tables::header(self.low, &cells) {
            self.table = Some(columns);
            return true;
        }
        // A row whose last cells are empty ("Ghi chú" left blank) may come with fewer cells: it
        // is still a row when it holds the task, the lead and the time.
        let fits = |t: &super::tables::Columns| {
            let needed = [t.task, t.lead, t.time]
                .into_iter()
                .flatten()
                .max()
                .map_or(0, |i| i + 1);
            t.count == cells.len() || (cells.len() < t.count && cells.len() >= needed)
        };
        let Some(t) = self.table.clone().filter(fits) else {
            return false;
        };
        if self.region_is_assessment() {
            return true;
        }
        let task = t.task.map_or(cells[0], |i| cells[i]);
        let mut owners = Vec::new();
        for (column, role) in [(t.lead, Role::Lead), (t.support, Role::Support)] {
            let Some(&(s, e)) = column.and_then(|i| cells.get(i)) else {
                continue;
            };
            let units = cell_units(self.text, self.low, s, e);
            owners.extend(units.into_iter().map(|(start, end)| {
                // "Văn phòng Sở (phối hợp)" in the units column: its role in brackets (R2).
                let bracket = skip_spaces(self.low, end);
                let role = if table_at(self.low, bracket, &units::SUPPORT_IN_BRACKETS).is_some() {
                    Role::Support
                } else {
                    role
                };
                FoundOwner {
                    start,
                    end,
                    role,
                    implicit: false,
                    why: Because::rule(Rule::TableColumn),
                }
            }));
        }
        let own = t
            .time
            .and_then(|i| cells.get(i))
            // The cell is all deadline: its phrase ("Trước 31/5", "Quý II/2025"), a period
            // standing alone as in a heading ("Tháng 01/2025"), else its last day ("02/12 -
            // 06/12").
            .and_then(|&(s, e)| {
                dated(self.low, s, e, self.reference, &[])
                    .or_else(|| heading_period(self.low, s, e, self.reference))
                    .or_else(|| last_day_in_cell(self.low, s, e, self.reference))
            });
        let inherited = self.stack.iter().rev().find_map(|f| f.period.clone());
        // "Tuần 3" under the month's schedule: that week of the month (L11, D13).
        let own = own.or_else(|| {
            let (s, e) = *t.time.and_then(|i| cells.get(i))?;
            week_of_period(self.low, s, e, inherited.as_ref()?)
        });
        let (deadline, is_inherited) = match (own, inherited) {
            (Some(d), _) => (Some(d), false),
            (None, Some(p)) => (Some(p), true),
            (None, None) => (undated(self.low, line.start, line.end), false),
        };
        let deadline_rule = (!is_inherited && deadline.is_some()).then_some(Rule::TableTime);
        self.body.directives.push(FoundDirective {
            start: task.0,
            end: line.end,
            owners,
            deadline,
            inherited: is_inherited,
            why: Because::rule(Rule::TableRow),
            deadline_rule,
        });
        true
    }

    fn line(&mut self, line: &Line, next: Option<&Line>) {
        if self.table_row(line) {
            for f in &mut self.stack {
                f.end = line.end;
            }
            return;
        }
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
                body: s,
                end: line.end,
                ..Default::default()
            };
            if heading {
                frame.assessment = classify(self.low, s, e, true);
                self.body
                    .headings
                    .push((line.start, line.end, level.min(255) as u8));
                let (owners, period) = self.opener(s, e, true);
                frame.owners = owners;
                frame.owners_from = Some(Rule::Heading);
                frame.period = period;
                self.stack.push(frame);
            } else {
                if !self.region_is_assessment()
                    && !assessment_label(self.low, s, e)
                    && !self.labels_the_last(line.start, s, e)
                {
                    let task = self.region_is_task();
                    self.block(s, e, task, true);
                }
                if t.trim_end().ends_with(':') {
                    let (owners, period) = self.opener(s, e, false);
                    frame.owners = owners;
                    frame.owners_from = Some(Rule::Heading);
                    frame.period = period;
                }
                self.stack.push(frame);
            }
            return;
        }
        // "3. Rà soát hồ sơ …" / "Thời gian hoàn thành: trong tháng 12/2024.": an unmarked line
        // right under a directive that only labels it — its deadline (D10) or its units (R1,
        // R2) — is the directive's, as a marked one is.
        if self.labels_the_last(line.start, s, e) {
            return;
        }
        // An unmarked paragraph closes open items, and a heading whose list it follows.
        while self.stack.len() > 1 && self.stack.last().is_some_and(|f| !f.heading) {
            self.pop();
        }
        if self.stack.len() > 1 && self.stack.last().is_some_and(|f| f.had_items) {
            self.pop();
        }
        // An opening sentence's owners and period are its list's: a paragraph after that list
        // is outside it ("… nhiệm vụ trọng tâm trong tháng 12:" / "- …" / "Đồng thời, … đề
        // nghị UBND các xã …" takes no date from the opener, D8).
        if let Some(top) = self.stack.last_mut() {
            if top.had_items && top.owners_from == Some(Rule::OpeningSentence) {
                top.owners.clear();
                top.owners_from = None;
                top.period = None;
                top.had_items = false;
            }
        }
        if is_opener(self.low, s, e) {
            let (owners, period) = self.opener(s, e, false);
            if let Some(top) = self.stack.last_mut() {
                if !owners.is_empty() {
                    top.owners = owners;
                    top.owners_from = Some(Rule::OpeningSentence);
                }
                if period.is_some() {
                    top.period = period;
                }
                top.had_items = false; // its list is still to come
            }
        } else if !self.region_is_assessment() {
            self.block(s, e, false, false);
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
    fn opener(
        &self,
        s: usize,
        e: usize,
        heading: bool,
    ) -> (Vec<(usize, usize)>, Option<FoundDeadline>) {
        let last = sentences(self.text, self.low, s, e)
            .last()
            .copied()
            .unwrap_or((s, e));
        let reading = self.read_sentence(last.0, last.1);
        let directs = matches!(reading, Reading::Lead { .. } | Reading::Directing(..));
        // "Công tác tháng 01/2025:" — a short label before a list names its period as a
        // heading does (D8).
        // (Not a part that reports: "Kết quả học kỳ I:", "Công tác tháng qua:".)
        let label = matches!(reading, Reading::Other)
            && self.low[last.0..last.1].trim_end().ends_with(':')
            && word_count_upto(&self.low[last.0..last.1], 11) <= 10
            && !phrase_at(self.low, skip_spaces(self.low, last.0), "kết quả")
            && find_any(self.low, &structure::ASSESSMENT_CUES, last.0, last.1).is_none();
        let mut owners = match reading {
            Reading::Lead { units, .. } | Reading::Directing(units, _) => units,
            _ => Vec::new(),
        };

        // "Đối với Phòng Giáo dục trung học:", "Văn phòng Sở:" — the units a heading names.
        // A heading that is a unit and nothing else names it too ("II. Các phòng GD&ĐT", O11).
        let with_colon = self.low[last.0..last.1].trim_end().ends_with(':');
        if owners.is_empty() && (with_colon || heading) {
            let mut c = skip_connectors(self.low, last.0, last.1);
            if let Some(w) = table_at(self.low, c, &structure::HEADING_OPENERS) {
                c = skip_spaces(self.low, c + w.len());
            }
            let colon = if with_colon {
                self.low[..last.1].trim_end().len() - 1
            } else {
                self.low[..last.1].trim_end().trim_end_matches('.').len()
            };
            let (units, after) = unit_list_at(self.text, self.low, c, colon);
            let rest = self.low[after..colon].trim();
            // "Đối với Hiệu trưởng Trường X (bà Y):" — the bracket names the person; "Đối với
            // bà Y, kế toán nhà trường:" — the person, without her title (O17).
            let bracket_only = rest.starts_with('(') && rest.ends_with(')')
                || rest.starts_with(',')
                    && units
                        .first()
                        .is_some_and(|u| table_at(self.low, u.0, &units::HONORIFICS).is_some());
            let stops = find_any(self.low, &verbs::NAME_STOPS, after, colon).is_some()
                || find_any(self.low, &verbs::STRONG_PREDICATES, after, colon).is_some();
            // "3. UBND các huyện, thành phố (gọi tắt là UBND cấp huyện):" — the alias owns the
            // items (O9).
            let alias = (bracket_only && with_colon)
                .then(|| alias_at(self.text, self.low, skip_spaces(self.low, after), colon))
                .flatten();
            if let Some(alias) = alias.filter(|_| !units.is_empty()) {
                owners = vec![alias];
            } else if rest.is_empty() || bracket_only && with_colon {
                owners = units;
            } else if with_colon
                && !units.is_empty()
                && !stops
                && !self.low[c..colon].contains([';', '.'])
            {
                // "Phòng GD&ĐT các huyện, thành phố:" — the whole heading names one addressee.
                owners = vec![super::text::trim_range(self.text, c, colon, &[',', ' '])];
            }
        }
        // A period passes down from a heading, or from a sentence that gives an order; never from
        // one that reports ("Sau khi nghe báo cáo kết quả công tác quý I, …", D17), nor from a
        // purpose put first ("Để chuẩn bị tốt cho năm học 2023-2024, Ban Thường vụ yêu cầu:":
        // the year the work is for, not the time it is due).
        let purpose = purpose_or_occasion(self.low, skip_spaces(self.low, last.0));
        let last = match self.low[last.0..last.1].find(',') {
            Some(k) if purpose => (last.0 + k + 1, last.1),
            _ => last,
        };
        let period = (heading || directs || label)
            .then(|| dated(self.low, last.0, last.1, self.reference, self.refs))
            .flatten();
        // A heading names its period without a cue: "II. NHIỆM VỤ TRỌNG TÂM THÁNG 01 NĂM 2018";
        // so does an ordering opener after its owners: "giao các chỉ tiêu sau cho ngành giáo
        // dục năm học 2021 - 2022:" (N11).
        let period = match period {
            None if heading || label => heading_period(self.low, last.0, last.1, self.reference),
            None if directs && !owners.is_empty() => {
                let after = owners.iter().map(|o| o.1).max().unwrap_or(last.0);
                heading_period(self.low, after, last.1, self.reference)
            }
            p => p,
        };
        // "Sở GDĐT hướng dẫn tổ chức thi như sau:": the one who guides owns none of the items;
        // the units it guides after the verb do (L4, O5).
        if let [(_, unit_end)] = owners[..] {
            let verb = skip_adverbs(self.low, skip_spaces(self.low, unit_end));
            if let Some(w) = table_at(self.low, verb, &verbs::INTRODUCING) {
                let after = skip_spaces(self.low, verb + w.len());
                owners = unit_list_at(self.text, self.low, after, last.1).0;
            }
        }
        (owners, period)
    }

    /// The orders a meeting paragraph gives after its opening: a sentence or ";" clause past
    /// the first in which a request or chaining verb names the units told to act. Anything
    /// else there (who met, what was reported) is the meeting's account, not a task.
    fn meeting_orders(&mut self, line: &Line) {
        for (k, (ss, se)) in sentences(self.text, self.low, line.body, line.end)
            .into_iter()
            .enumerate()
        {
            for (j, (cs, ce)) in semicolon_pieces(self.text, ss, se).into_iter().enumerate() {
                if k == 0 && j == 0 {
                    continue;
                }
                // (The speaker's request, "Giám đốc Sở yêu cầu các trường …", reads as directing
                // the units after it.)
                let orders = matches!(
                    self.read_sentence(cs, ce),
                    Reading::Lead { ref units, why: Because { rule: Rule::AfterRequest | Rule::Chain, .. }, .. }
                    | Reading::Directing(ref units, Because { rule: Rule::AfterRequest | Rule::Chain, .. })
                        if !units.is_empty()
                );
                if orders {
                    self.block(cs, ce, false, false);
                }
            }
        }
    }

    /// Finds the directives of one list item or paragraph. `item`: a list item in a task part,
    /// where a sentence with no other reading is still a task (N15: one item, one directive);
    /// `marked`: a list item, which stays one directive over its ";" clauses, where a paragraph's
    /// inline list after a colon gives one directive a clause (O8).
    fn block(&mut self, s: usize, e: usize, item: bool, marked: bool) {
        let mut current: Pending = None;
        // A paragraph that opens an account of a time gone by ("Học kỳ I, các trường …") goes
        // on with it: its later sentences report too, unless they ask (N1).
        let mut account = false;
        for (k, (ss, se)) in sentences(self.text, self.low, s, e).into_iter().enumerate() {
            // "Theo báo cáo, …; tỷ lệ … đạt 99,2%.": every clause of a report (N1).
            let reported = self.opens_with_a_report(ss, se);
            for (j, (cs, ce)) in semicolon_pieces(self.text, ss, se).into_iter().enumerate() {
                // "Đơn vị chủ trì: Phòng X; đơn vị phối hợp: Y, Z." after the task: its owners
                // (R1, R2), as a table's columns give them (the supports are found in the text).
                if let Some(c) = current.as_mut() {
                    if let Some(l) = self.labelled_units(cs, ce) {
                        if l.lead {
                            c.name_leads(
                                l.units,
                                Because::of(Rule::TableColumn, l.label.0, l.label.1),
                            );
                        }
                        c.end = ce;
                        continue;
                    }
                }
                let mut reading = self.read_sentence(cs, ce);
                if reported {
                    reading = Reading::NotOrder;
                }
                if !item && !marked {
                    let first = skip_spaces(self.low, cs);
                    if j == 0 && self.opens_with_time_gone_by(cs, ce) {
                        account = true;
                    } else if table_at(self.low, first, &verbs::TIMES_TO_COME).is_some() {
                        account = false;
                    } else if account && !self.asks(cs, ce) {
                        reading = Reading::NotOrder;
                    }
                }
                let reading = match reading {
                    Reading::Other if item && k == 0 && j == 0 && !self.reports(cs, ce) => {
                        Reading::Action(Because::rule(Rule::TaskItem))
                    }
                    Reading::Other if marked && k == 0 && j == 0 && self.sets_a_target(cs, ce) => {
                        Reading::Action(Because::rule(Rule::Target))
                    }
                    // A ";" clause with nothing of its own continues the directive it follows.
                    Reading::Other if j > 0 && current.is_some() => {
                        Reading::Action(Because::rule(Rule::TaskItem))
                    }
                    r => r,
                };
                let reading = match reading {
                    Reading::Directing(units, why) => Reading::Lead {
                        units,
                        inherit: false,
                        why,
                    },
                    r => r,
                };
                match reading {
                    Reading::Lead {
                        units,
                        inherit,
                        why,
                    } => {
                        // "Tổ chức hội thi …; Phòng X chủ trì, Công đoàn ngành phối hợp.", "Phòng
                        // X chủ trì; Văn phòng Sở phối hợp thực hiện.": a ";" clause that only
                        // says who leads and who supports gives the directive before it its
                        // owners (R1, R2; N15: one item, one directive).
                        // "A, B và C phối hợp triển khai …; A là đầu mối.": the lead among
                        // co-leads, named after them; the others support (R1, R4).
                        if let Some(c) = current.as_mut() {
                            if self.names_the_lead_among(c, &units, cs, ce) {
                                let low = self.low;
                                let lead = &low[units[0].0..units[0].1];
                                let (kept, others): (Vec<_>, Vec<_>) =
                                    c.leads.iter().partition(|&&(a, b)| &low[a..b] == lead);
                                c.leads = kept;
                                // (Why they support: the sentence that names the lead.)
                                let seconded = Because {
                                    rule: Rule::AfterPhoiHop,
                                    ..why
                                };
                                c.seconded = others.into_iter().map(|u| (u, seconded)).collect();
                                c.end = ce;
                                continue;
                            }
                        }
                        let after_semicolon = self.low[..cs].trim_end().ends_with(';');
                        if let Some(c) = current.as_mut().filter(|_| after_semicolon) {
                            if self.roles_only(cs, ce) {
                                c.name_leads(units, why);
                                c.end = ce;
                                continue;
                            }

                            // "Phòng X chủ trì; Phòng Y, Văn phòng Sở phối hợp tham mưu …": the
                            // lead named alone before the ";", the task after its supporters
                            // (R1, R2): one directive.
                            if self.roles_only(c.start, c.end) && self.supporters_first(cs, ce) {
                                c.end = ce;
                                continue;
                            }
                            // "Trung tâm Y tế huyện chủ trì khám sức khỏe …; các trường phối
                            // hợp bố trí địa điểm.": who supports the lead, and how (R2).
                            if let Some(verb) = self.supports_the_lead(c, &units, cs, ce) {
                                let why = Because::of(Rule::AfterPhoiHop, verb.0, verb.1);
                                c.seconded.extend(units.into_iter().map(|u| (u, why)));
                                c.end = ce;
                                continue;
                            }
                        }
                        let names = Because {
                            rule: Rule::NamesOwner,
                            ..why
                        };
                        self.flush(current.take());
                        // (A list item stays one directive over an inline list: "2. Phòng Kế
                        // hoạch - Tài chính: đẩy nhanh …; phấn đấu … trước ngày 30/6", N15.)
                        let colon = if marked || units.is_empty() {
                            None
                        } else {
                            self.inline_list(cs, se, &units)
                        };
                        match colon {
                            // O8: "… yêu cầu các trường: tăng cường …; tổ chức …; hoàn thiện …"
                            Some(pieces) => {
                                let lead_in = pieces.first().and_then(|&(first, _)| {
                                    dated(self.low, cs, first, self.reference, self.refs)
                                });
                                for (n, (ps, pe)) in pieces.into_iter().enumerate() {
                                    let start = if n == 0 { cs } else { ps };
                                    // A piece with its own subject has its own owner (O8:
                                    // "…; riêng Trường Tiểu học X phải …").
                                    let (own, own_why) = if n == 0 {
                                        (units.clone(), None)
                                    } else {
                                        match self.read_sentence(ps, pe) {
                                            Reading::Lead {
                                                units: own,
                                                inherit: false,
                                                why,
                                            }
                                            | Reading::Directing(own, why) => (own, Some(why)),
                                            _ => (Vec::new(), None),
                                        }
                                    };
                                    // (A piece with its own owner says why of its own.)
                                    let directive_why = match own_why {
                                        Some(w) if !own.is_empty() => Because {
                                            rule: Rule::NamesOwner,
                                            ..w
                                        },
                                        _ if n == 0 => names,
                                        _ => Because::rule(Rule::InlineList),
                                    };
                                    let owner_why =
                                        own_why.filter(|_| !own.is_empty()).unwrap_or(why);
                                    let mut piece =
                                        gathered(start, pe, own, inherit, owner_why, directive_why);
                                    if let Some(p) = &mut piece {
                                        p.lead_in = lead_in.clone();
                                    }
                                    self.flush_with(piece, &units);
                                }
                                current = None;
                                break;
                            }
                            None => current = gathered(cs, ce, units, inherit, why, names),
                        }
                    }
                    // "Sở yêu cầu Phòng X rà soát … . Đồng thời, báo cáo phương án … trước
                    // ngày …": in a paragraph, a new sentence with no subject is a task of its
                    // own, given to the same units (O13); in a list item, and after ";", it goes
                    // on with the directive (N15), and so does a bare completion ("Hoàn thành
                    // trước ngày 30/4.").
                    Reading::Action(why) => match &mut current {
                        Some(c)
                            if !marked
                                && k > 0
                                && j == 0
                                && !c.leads.is_empty()
                                && !self.completes_the_last(cs, ce) =>
                        {
                            let leads = c.leads.clone();
                            self.flush(current.take());
                            current = gathered(cs, ce, Vec::new(), false, why, why);
                            if let Some(n) = current.as_mut() {
                                n.continues = leads;
                            }
                        }
                        Some(c) => c.end = ce,
                        None => current = gathered(cs, ce, Vec::new(), true, why, why),
                    },
                    Reading::Deadline => {
                        if let Some(c) = &mut current {
                            c.end = ce;
                            c.stated.get_or_insert(cs);
                        }
                    }
                    Reading::NotOrder | Reading::Other | Reading::Directing(..) => {
                        self.flush(current.take())
                    }
                }
            }
        }
        self.flush(current);
    }

    /// A list line right under the last directive that only labels it: its lead or support
    /// units ("- Đơn vị chủ trì: Phòng X", R1, R2) or its deadline ("- Thời gian hoàn thành:
    /// tháng 3/2025", D10). The directive is gathered again over the line; true if so.
    fn labels_the_last(&mut self, line_start: usize, s: usize, e: usize) -> bool {
        let labelled = self.labelled_units(s, e);
        // (A plan's time, "Dự kiến tổ chức vào tháng 3.", labels the task of its own
        // paragraph only: opening a list line it is an item of its own.)
        let planned = table_at(
            self.low,
            skip_spaces(self.low, s),
            &verbs::DEADLINE_SENTENCES,
        ) == Some("dự kiến");
        // (What `read_sentence` reads as `Reading::Deadline`, asked without reading the rest.)
        let deadline = labelled.is_none()
            && !planned
            && says_only_when(self.low, s)
            && !is_closing(self.low, s, e);
        if labelled.is_none() && !deadline {
            return false;
        }
        // Only what follows the directive right away (its own end, then this line's marker).
        let adjacent = self
            .last
            .as_ref()
            .zip(self.body.directives.last())
            .filter(|(g, d)| {
                g.end <= line_start && self.text[d.end.max(g.end)..line_start].trim().is_empty()
            });
        let mut g = match adjacent {
            Some((g, _)) => {
                let g = g.clone();
                self.body.directives.pop();
                g
            }
            // "2. Tổng kết năm học. / - Đơn vị chủ trì: Văn phòng Sở.": the item the units are
            // named for is a task, though it read as none.
            None => {
                let parent = self.stack.last().filter(|f| {
                    !f.heading
                        && f.level > 0
                        && f.body < line_start
                        && self.body.directives.last().is_none_or(|d| d.end <= f.start)
                });
                match (parent, &labelled) {
                    (Some(f), Some(_)) => Gathered {
                        start: f.body,
                        end: line_start,
                        leads: Vec::new(),
                        inherit: true,
                        stated: None,
                        owners_why: Because::rule(Rule::TaskItem),
                        why: Because::rule(Rule::TaskItem),
                        lead_in: None,
                        continues: Vec::new(),
                        seconded: Vec::new(),
                    },
                    _ => return false,
                }
            }
        };
        if let Some(l) = labelled.filter(|l| l.lead) {
            g.name_leads(
                l.units,
                Because::of(Rule::TableColumn, l.label.0, l.label.1),
            );
        }
        if deadline {
            g.stated = Some(s);
        }
        g.end = e;
        self.flush(Some(g));
        true
    }

    /// The units of a labelled line, "Đơn vị chủ trì: Phòng X" or "đơn vị phối hợp: Y, Z", with
    /// where its label is and whether it names the lead.
    fn labelled_units(&self, cs: usize, ce: usize) -> Option<Labelled> {
        let low = self.low;
        let at = skip_spaces(low, cs);
        let (label, lead) = match table_at(low, at, &verbs::LEAD_LABELS) {
            Some(l) => (l, true),
            None => (table_at(low, at, &verbs::SUPPORT_LABELS)?, false),
        };
        let colon = skip_spaces(low, at + label.len());
        if !low[colon..ce].starts_with(':') {
            return None;
        }
        let (units, _) = unit_list_at(self.text, low, skip_spaces(low, colon + 1), ce);
        if units.is_empty() {
            return None;
        }
        Some(Labelled {
            units,
            label: (at, label.len()),
            lead,
        })
    }

    /// Whether the ";" clause `cs..ce` opens with its subject `units` and "phối hợp" (not "phối
    /// hợp với", whose subject leads work of its own, R3), after a directive `c` whose own lead
    /// "chủ trì": the clause says how they support it (R2). Where its support verb stands, and
    /// its length.
    fn supports_the_lead(
        &self,
        c: &Gathered,
        units: &[(usize, usize)],
        cs: usize,
        ce: usize,
    ) -> Option<(usize, usize)> {
        let low = self.low;
        let (&first, &last) = units.first().zip(units.last())?;
        if first.0 != skip_spaces(low, cs) || c.leads.is_empty() {
            return None;
        }
        let r = skip_spaces(low, last.1);
        let w = table_at(low, r, &units::SUPPORT_VERBS)?;
        let after = skip_spaces(low, r + w.len());
        let led = c.leads.iter().any(|&(_, b)| {
            table_at(
                low,
                skip_adverbs(low, skip_spaces(low, b)),
                &verbs::ROLE_WORDS,
            )
            .is_some_and(|role| role.starts_with("chủ trì"))
        });
        (led && !phrase_at(low, after, "với") && after < ce).then_some((r, w.len()))
    }

    /// Whether `cs..ce` only says which of the directive's co-leads `c` leads ("Văn phòng Sở
    /// là đầu mối.", "…; Phòng GDTrH là đơn vị chủ trì."): one unit, read as `units`, that is
    /// one of them, then its lead marker and nothing else (R1).
    fn names_the_lead_among(
        &self,
        c: &Gathered,
        units: &[(usize, usize)],
        cs: usize,
        ce: usize,
    ) -> bool {
        let low = self.low;
        let [(us, ue)] = units[..] else {
            return false;
        };
        if c.leads.len() < 2 || us != skip_spaces(low, cs) {
            return false;
        }
        let Some(marker) = table_at(low, skip_spaces(low, ue), &verbs::LEAD_SAID) else {
            return false;
        };
        let rest = low
            .get(skip_spaces(low, ue) + marker.len()..ce)
            .map(|r| r.trim_matches([' ', '.', ';']));
        rest == Some("") && c.leads.iter().any(|&(a, b)| low[a..b] == low[us..ue])
    }

    /// Whether the sentence only says when the work before it is to be done: a verb of
    /// finishing, then its deadline ("Hoàn thành trước ngày 30/4.", "Xong trước 15/12.").
    fn completes_the_last(&self, cs: usize, ce: usize) -> bool {
        let low = self.low;
        let q = skip_connectors(low, skip_spaces(low, cs), ce);
        let Some(verb) = table_at(low, q, &verbs::COMPLETIONS) else {
            return false;
        };
        let r = skip_spaces(low, q + verb.len());
        table_at(low, r, &crate::lexicon::deadlines::CUES).is_some()
    }

    /// Whether the clause opens with supporting units and their marker ("Phòng Kế hoạch - Tài
    /// chính, Văn phòng Sở phối hợp …").
    fn supporters_first(&self, cs: usize, ce: usize) -> bool {
        let (units, after) = unit_list_at(self.text, self.low, skip_spaces(self.low, cs), ce);
        !units.is_empty()
            && table_at(
                self.low,
                skip_spaces(self.low, after),
                &units::SUPPORT_VERBS,
            )
            .is_some()
    }

    /// Whether `cs..ce` only names units and their roles ("Phòng X chủ trì, Công đoàn ngành
    /// phối hợp", "Văn phòng Sở phối hợp thực hiện"), with no task of its own.
    fn roles_only(&self, cs: usize, ce: usize) -> bool {
        let (text, low) = (self.text, self.low);
        let mut p = skip_spaces(low, cs);
        // Each round takes a unit list and a role word: at most a few rounds.
        for _ in 0..4 {
            let (units, after) = unit_list_at(text, low, p, ce);
            if units.is_empty() {
                return false;
            }
            let q = skip_spaces(low, after);
            let Some(role) = table_at(low, q, &verbs::ROLE_WORDS) else {
                return false;
            };
            p = skip_spaces(low, q + role.len());
            // "các trường phối hợp, tạo điều kiện": the supporter's help, named, is its role.
            let tail = skip_spaces(low, p + usize::from(low[p..].starts_with(',')));
            if let Some(help) = table_at(low, tail, &verbs::ROLE_TAILS) {
                p = tail + help.len();
            }
            // (A stretch that ends in spaces is passed by them: nothing is left.)
            let rest = low
                .get(p..ce)
                .unwrap_or("")
                .trim_start_matches([' ', '.', ';']);
            if rest.is_empty() {
                return true;
            }
            if !rest.starts_with(',') {
                return false;
            }
            p = skip_spaces(low, p + low[p..].find(',').map_or(0, |k| k + 1));
        }
        false
    }

    /// After a topic and its comma (O20), at `q`: a request, said by the speaker or by no one
    /// ("Giám đốc Sở giao:", "yêu cầu:", "đề nghị tập trung …"), that names no unit of its own:
    /// its tasks are the topic's.
    fn request_to_topic(&self, q: usize, e: usize) -> bool {
        let low = self.low;
        let speaker = table_at(low, q, &units::SPEAKERS)
            // … or the speaker by name ("Đối với UBND các xã, bà Hòa yêu cầu …").
            .or_else(|| table_at(low, q, &units::HONORIFICS));
        let verb = match speaker {
            // The speaker's title and unit ("Giám đốc Sở", "Chủ tịch UBND huyện"), then the verb:
            // looked for in the next few words only.
            Some(_) => find_any(
                low,
                &verbs::REQUESTING,
                q,
                boundary_before(low, (q + 64).min(e)),
            )
            .filter(|&(at, _)| !low[q..at].contains([',', ':', ';', '.'])),
            None => table_at(low, q, &verbs::REQUESTING).map(|v| (q, v)),
        };
        let Some((at, verb)) = verb else {
            return false;
        };
        let mut r = skip_spaces(low, at + verb.len());
        if phrase_at(low, r, "nhiệm vụ") {
            r = skip_spaces(low, r + "nhiệm vụ".len());
        }
        self.objects(r, e).is_empty()
    }

    /// After praise, agreement or a commitment of the subject at `q` (N3, N5), a request joined
    /// to it in the same stretch ("… ghi nhận kết quả và yêu cầu Phòng GD&ĐT rà soát …", "…,
    /// đồng thời đề nghị các trường …", `verbs::THEN_ASKS`): the subject asks (O2), whom the
    /// request names owns the task. None when no such request names anyone.
    fn request_after_praise(&self, q: usize, e: usize) -> Option<Reading> {
        let low = self.low;
        // (Up to a ";": what follows it is a clause of its own. Each look starts after the
        // last: linear in the stretch.)
        let end = low[q..e].find(';').map_or(e, |k| q + k);
        let mut from = q;
        while let Some((at, verb)) = find_any(low, &verbs::REQUESTING, from, end) {
            from = at + verb.len();
            let before = low[q..at].trim_end();
            let joined = before.ends_with(',')
                || verbs::THEN_ASKS
                    .iter()
                    .any(|w| before.ends_with(w) && phrase_at(low, q + before.len() - w.len(), w));
            if !joined {
                continue;
            }
            let objects = self.objects(skip_spaces(low, from), e);
            if objects.is_empty() {
                return None;
            }
            return Some(Reading::Directing(
                objects,
                Because::of(Rule::AfterRequest, at, verb.len()),
            ));
        }
        None
    }

    /// Whether the sentence `s..e` opens a meeting's narrative and tells what a participant
    /// said, before any request or modal (see `verbs::PARTICIPANTS_SAY`).
    fn participant_says(&self, s: usize, e: usize) -> bool {
        let low = self.low;
        let at = skip_spaces(low, s);
        // "Báo cáo tại hội nghị cho biết, …", "Ông Nam cho hay: …" — a news report tells what
        // was said (N8), when its first clause says so.
        // (Only a sentence's first hundred bytes or so: a long sentence stays linear.)
        let near = boundary_before(low, (at + 120).min(e));
        let first_clause = first_ascii_of(low, at, near, b",:;").unwrap_or(near);
        // "Báo cáo tại hội nghị, bà X, Phó Trưởng phòng cho biết …": reporting at the meeting,
        // the one named tells (the telling after her title, within the next clause or two).
        let told = find_any(low, &verbs::TOLD, at, first_clause).or_else(|| {
            let r = table_at(low, at, &verbs::REPORTED_AT)?;
            let c = skip_spaces(low, at + r.len());
            if !low[c..].starts_with(',') {
                return None;
            }
            let near = boundary_before(low, (c + 160).min(e));
            find_any(low, &verbs::TOLD, c, near)
        });
        let said = match told {
            Some((said, _)) => said,
            None if table_at(low, at, &verbs::MEETING_NARRATIVE).is_none() => return false,
            None => match find_any(low, &verbs::PARTICIPANTS_SAY, at, e) {
                Some((said, _)) => said,
                None => return false,
            },
        };
        [
            &verbs::REQUESTING,
            &verbs::CHAINING,
            &verbs::DIRECTING,
            &verbs::MODALS,
        ]
        .into_iter()
        .all(|table| find_any(low, table, at, said).is_none())
    }

    /// Whether the subject `units` of a directing verb is the one who speaks ([`is_speaker`]);
    /// a deputy's title is not, when the notice says a head concludes ("Đồng chí Phó Giám đốc
    /// Sở chỉ đạo xây dựng văn kiện mẫu." under "Kết luận của Giám đốc Sở", O17). (A deputy
    /// who requests or praises still speaks: "đồng chí Phó Chủ tịch UBND huyện ghi nhận … và
    /// yêu cầu: …".)
    fn speaks_in_a_chain(&self, units: &[(usize, usize)]) -> bool {
        let (text, low) = (self.text, self.low);
        is_speaker(text, low, units)
            && !units.first().is_some_and(|&(s, _)| self.of_another_post(s))
            && (self.deputies_speak
                || !units
                    .first()
                    .is_some_and(|&(s, _)| phrase_at(low, past_honorific(low, s), "phó")))
    }

    /// Whether the title at `at` (after an honorific, if any) holds another post than the
    /// concluder's: "Giám đốc Sở Y tế chỉ đạo các bệnh viện …", "Hiệu trưởng chỉ đạo tổ …" in
    /// the notice of a Chủ tịch UBND is told to act, not the one who speaks (O3, O5).
    fn of_another_post(&self, at: usize) -> bool {
        let post =
            table_at(self.low, past_honorific(self.low, at), &units::SPEAKERS).and_then(post_of);
        post.zip(self.concluders_post).is_some_and(|(a, b)| a != b)
    }

    /// Whether the sentence at `first` quotes what someone testifies, the quotation first:
    /// `"Nhiều em phải đi bộ hơn 5 km đến trường", cô Thơm chia sẻ.` (N8, L6). Not when one
    /// who gives orders is named before the verb (`"Các trường phải …", ông X, Giám đốc Sở
    /// nói.` quotes a directive).
    fn quoted_testimony(&self, first: usize, e: usize) -> bool {
        let low = self.low;
        let Some(open) = low[first..]
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '“'))
        else {
            return false;
        };
        // The quotation closes before the sentence's end; after it only a comma and who said it.
        let inside = first + open.len_utf8();
        let Some((close, q)) = low[inside..e]
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '"' | '”'))
            .map(|(k, c)| (inside + k, c))
        else {
            return false;
        };
        let mut p = skip_spaces(low, close + q.len_utf8());
        if low[p..].starts_with(',') {
            p = skip_spaces(low, p + 1);
        }
        let Some(who) =
            table_at(low, p, &units::HONORIFICS).or_else(|| table_at(low, p, &verbs::WITNESSES))
        else {
            return false;
        };
        // (A name and a short apposition: the verb is within the next 100 bytes.)
        let near = boundary_before(low, (p + who.len() + 100).min(e));
        let Some((v, verb)) = find_any(low, &verbs::TESTIMONY, p + who.len(), near) else {
            return false;
        };
        low[v + verb.len()..e]
            .trim_matches([' ', '.', ':'])
            .is_empty()
            && find_any(low, &units::SPEAKERS, p + who.len(), v).is_none()
    }

    /// Whether a sentence that opens with a deadline's label ("Hạn chót ngày 25/3/2025, …") goes
    /// on, after the deadline's comma, to ask for the task it dates (D9 rather than D10).
    fn task_after_its_deadline(&self, s: usize, e: usize) -> bool {
        let first = skip_spaces(self.low, s);
        let end = clause_end(self.text, first, e);
        self.low[end..e].starts_with(',') && self.asks(end, e)
    }

    /// Whether the sentence at `first` tells what a unit did well and the praise it received,
    /// asking nothing: "Trường X thực hiện tốt công tác chuyển đổi số, được Bộ GD&ĐT đánh giá
    /// cao." (N3, N1). The praise is the sentence's last clause, after a comma.
    fn praised_for(&self, first: usize, e: usize) -> bool {
        let low = self.low;
        let t = low[first..e].trim_end_matches(['.', ' ', ';']);
        let Some(comma) = t.rfind(',').map(|k| first + k) else {
            return false;
        };
        let last = skip_spaces(low, comma + 1);
        if !phrase_at(low, last, "được") {
            return false;
        }
        let end = first + t.len();
        find_any(low, &verbs::PRAISE_RECEIVED, last, end).is_some_and(|(at, w)| at + w.len() == end)
            && !self.asks(first, comma)
    }

    /// The work said to be a unit's responsibility, the unit after it (O19): "Việc bảo đảm an
    /// ninh điểm thi là trách nhiệm của Công an tỉnh.", "Công tác tuyển sinh thuộc trách nhiệm
    /// của Phòng GD&ĐT." (Not when the sentence reports, or names a fault: blame, L9.)
    fn responsibility_said_whose(&self, first: usize, e: usize) -> Option<Reading> {
        let (text, low) = (self.text, self.low);
        let (at, w) = find_any(low, &verbs::RESPONSIBILITY_OF, first, e)?;
        // ("Việc để xảy ra sai phạm trong thu, chi là trách nhiệm của kế toán." lays blame for a
        // fault found, L9.)
        if find_any(low, &verbs::PAST, first, at).is_some()
            || find_any(low, &verbs::FAULTS, first, e).is_some()
        {
            return None;
        }
        let (units, _) = unit_list_at(text, low, skip_spaces(low, at + w.len()), e);
        (!units.is_empty())
            .then(|| Reading::lead(units.to_vec(), Because::of(Rule::Possessor, at, w.len())))
    }

    /// Whether the clause at `at` names work put first, then, after its comma, the one who
    /// speaks asks for it: "Triển khai nhiệm vụ tháng 11, thầy Hiệu trưởng yêu cầu các tổ …",
    /// "Chỉ đạo nhiệm vụ thời gian tới, Giám đốc Sở đề nghị …" (O2, L5).
    fn lead_in_to_a_request(&self, at: usize, e: usize) -> bool {
        let (text, low) = (self.text, self.low);
        if table_at(low, at, &verbs::IMPERATIVE_OPENERS).is_none()
            && table_at(low, at, &verbs::CHAINING).is_none()
        {
            return false;
        }
        let end = clause_end(text, at, e);
        if !low[end..e].starts_with(',') {
            return false;
        }
        let next = skip_spaces(low, end + 1);
        let who = past_honorific(low, next);
        let Some(title) = table_at(low, who, &units::SPEAKERS) else {
            return false;
        };
        // The request within the next few words of the title (its unit's name, "Sở", "Phòng …").
        let near = boundary_before(low, (who + title.len() + 40).min(e));
        let stop = first_ascii_of(low, who, near, b",;:.").unwrap_or(near);
        find_any(low, &verbs::REQUESTING, who + title.len(), stop).is_some()
    }

    /// Whether the stretch `first..near` tells who chaired the meeting: a person by honorific,
    /// then "chủ trì" and the meeting, with no request or modal between (H7: "Đồng chí X,
    /// Trưởng phòng GD&ĐT chủ trì hội nghị.").
    fn chair_told(&self, first: usize, near: usize) -> bool {
        let low = self.low;
        if table_at(low, first, &units::HONORIFICS).is_none() {
            return false;
        }
        let Some(at) = low[first..near].find("chủ trì").map(|i| first + i) else {
            return false;
        };
        let what = skip_spaces(low, at + "chủ trì".len());
        table_at(low, what, &structure::MEETING_EVENTS).is_some()
            && [&verbs::REQUESTING, &verbs::MODALS]
                .into_iter()
                .all(|table| find_any(low, table, first, at).is_none())
    }

    /// Whether a sentence with no subject of its own reports (N1: "Nghị quyết đã được các cấp
    /// ủy quán triệt …", "… đang khẩn trương thi công").
    fn reports(&self, s: usize, e: usize) -> bool {
        find_any(self.low, &verbs::PAST, s, e).is_some()
    }

    /// N11: whether a list item sets a target with its time — a share or a rate ("100% trường
    /// học có camera", "tỷ lệ trẻ 5 tuổi ra lớp đạt 99%") and a deadline after the notice's
    /// date ("Đến hết năm 2025, …"). The same figures under a date gone by, or with "đã" or
    /// "đến nay", report results (N1).
    fn sets_a_target(&self, s: usize, e: usize) -> bool {
        let figure = self.low[s..e]
            .match_indices('%')
            .any(|(i, _)| self.low[..s + i].ends_with(|c: char| c.is_ascii_digit()))
            || find_any(self.low, &crate::lexicon::deadlines::RATES, s, e).is_some();
        figure
            && !self.reports(s, e)
            && self.reference.is_some_and(|today| {
                dated(self.low, s, e, self.reference, self.refs)
                    .and_then(|d| d.due)
                    .is_some_and(|due| due > today)
            })
    }

    /// An inline list after a colon (O8): the owners' sentence goes on with ":" and tasks
    /// separated by ";". Returns the pieces (the first from the colon) when there are two or more.
    fn inline_list(
        &self,
        s: usize,
        e: usize,
        units: &[(usize, usize)],
    ) -> Option<Vec<(usize, usize)>> {
        // "… đề nghị: các trường cần tập trung …; hoàn thành …; tổ chức …": the colon before the
        // owners, who open the list's first piece (O8); the later pieces are theirs too.
        if let Some(&(first, _)) = units.first() {
            let before = self.low[s..first].trim_end();
            if before.ends_with(':') && first > s {
                let colon = s + before.len() - 1;
                let pieces = semicolon_pieces(self.text, skip_spaces(self.low, colon + 1), e);
                if pieces.len() >= 2 && pieces[0].0 == first {
                    return Some(pieces);
                }
            }
        }
        let from = units.last().map_or(s, |u| u.1);
        // The colon must follow the owners closely (the request, not a later quotation): it is
        // looked for in the next few hundred bytes only, before any "." or ";" (so that a
        // sentence of many ordering clauses is not searched to its end from each of them).
        let window = boundary_before(self.text, (from + 240).min(e));
        let stop = self.text.get(from..window)?.find([':', '.', ';'])?;
        let colon = from + stop;
        if self.text.as_bytes()[colon] != b':' || colon + 1 >= e {
            return None;
        }
        let pieces = semicolon_pieces(self.text, skip_spaces(self.low, colon + 1), e);
        (pieces.len() >= 2).then_some(pieces)
    }

    fn flush(&mut self, found: Pending) {
        self.flush_with(found, &[]);
    }

    /// Records a directive. `listed`: owners named once before an inline list (O8), which the
    /// list's later pieces inherit.
    fn flush_with(&mut self, found: Pending, listed: &[(usize, usize)]) {
        self.last.clone_from(&found);
        let Some(Gathered {
            start,
            end,
            leads,
            inherit,
            stated,
            owners_why,
            why,
            lead_in,
            continues,
            seconded,
        }) = found
        else {
            return;
        };
        let (start, end) = super::text::trim_range(self.text, start, end, &[]);
        // "Tổ chức Hội thi … (Bộ phận Tiểu học tham mưu, thực hiện).": the lead named in a
        // bracket, when the task names none before it (R1).
        let named = if leads.is_empty() {
            self.bracketed_leads(start, end)
                .or_else(|| self.leads_after_colon(start, end))
                .or_else(|| self.leads_between_dashes(start, end))
        } else {
            None
        };
        let (leads, inherit, owners_why) = match named {
            Some((units, why)) => (units, false, why),
            None => (leads, inherit, owners_why),
        };
        // (A unit named twice is one owner: "Báo Bình Phước, Đài …, Báo Bình Phước". A set, so
        // that a sentence listing thousands of units stays linear.)
        let mut seen = std::collections::HashSet::new();
        let mut owners: Vec<FoundOwner> = leads
            .iter()
            .filter(|&&(s, e)| leads.len() < 2 || seen.insert(&self.low[s..e]))
            .map(|&(s, e)| FoundOwner {
                start: s,
                end: e,
                role: Role::Lead,
                implicit: false,
                why: owners_why,
            })
            .collect();
        for &((s, e), why) in &seconded {
            owners.push(FoundOwner {
                start: s,
                end: e,
                role: Role::Support,
                implicit: false,
                why,
            });
        }
        for ((s, e), trigger) in supports(self.text, self.low, start, end) {
            let name = &self.low[s..e];
            if !owners.iter().any(|o| &self.low[o.start..o.end] == name) {
                owners.push(FoundOwner {
                    start: s,
                    end: e,
                    role: Role::Support,
                    implicit: false,
                    why: Because {
                        rule: Rule::AfterPhoiHop,
                        trigger: Some(trigger),
                    },
                });
            }
        }
        if leads.is_empty() && !listed.is_empty() {
            for &(s, e) in listed {
                owners.push(FoundOwner {
                    start: s,
                    end: e,
                    role: Role::Lead,
                    implicit: true,
                    why: Because::rule(Rule::InlineList),
                });
            }
        } else if leads.is_empty() && !continues.is_empty() {
            for &(s, e) in &continues {
                owners.push(FoundOwner {
                    start: s,
                    end: e,
                    role: Role::Lead,
                    implicit: true,
                    why: Because::rule(Rule::Continuation),
                });
            }
        } else if leads.is_empty() || inherit {
            if let Some(f) = self.stack.iter().rev().find(|f| !f.owners.is_empty()) {
                let rule = f.owners_from.unwrap_or(Rule::Heading);
                for &(s, e) in &f.owners {
                    owners.push(FoundOwner {
                        start: s,
                        end: e,
                        role: Role::Lead,
                        implicit: true,
                        why: Because::rule(rule),
                    });
                }
            }
        }
        // A "Thời hạn: …" sentence inside the directive sets its date before anything else (D10).
        // A stated deadline sentence may give its day bare: "Thời hạn hoàn thành: 15/4/2024."
        // (Not over a date the task gave itself before it: "Trước ngày 15/9, các trường phải
        // hoàn thành tuyển sinh. Thời gian báo cáo kết quả chậm nhất ngày 20/9." dates the
        // report, not the enrolment.)
        let stated = stated.filter(|&ss| ss < end).filter(|&ss| {
            dated(self.low, start, ss, self.reference, self.refs).is_none_or(|d| d.due.is_none())
        });
        let stated = stated.and_then(|ss| {
            dated(self.low, ss, end, self.reference, self.refs)
                .or_else(|| last_day_in_cell(self.low, ss, end, self.reference))
                // "Thời gian thực hiện: Tháng 5/2024." — the sentence is the cue.
                .or_else(|| heading_period(self.low, ss, end, self.reference))
        });
        let deadline_rule = stated.is_some().then_some(Rule::StatedAfter);
        // A purpose put first names what the work is for, not when it is due ("Để hoàn thành
        // nhiệm vụ năm học, Giám đốc Sở yêu cầu …", N7), as it gives its items no period.
        let from = if purpose_or_occasion(self.low, skip_spaces(self.low, start)) {
            self.low[start..end]
                .find(',')
                .map_or(start, |k| start + k + 1)
        } else {
            start
        };
        let own = stated.or_else(|| dated(self.low, from, end, self.reference, self.refs));
        let inherited = lead_in.or_else(|| self.stack.iter().rev().find_map(|f| f.period.clone()));
        let (deadline, is_inherited) = match (own, inherited) {
            (Some(d), _) => (Some(d), false),
            (None, Some(p)) => (Some(p), true),
            (None, None) => (undated(self.low, start, end), false),
        };
        // Kept until the document is built: no room held for owners that did not come (a list
        // grown by pushes starts at four).
        owners.shrink_to_fit();
        self.body.directives.push(FoundDirective {
            start,
            end,
            owners,
            deadline,
            inherited: is_inherited,
            why,
            deadline_rule,
        });
    }

    /// Whether `r..ce` is a date and nothing else but its comma: "Trước ngày 18/10/2022" put
    /// before its clause (D9).
    /// N1: whether the sentence opens with a time that is over, then a comma, and asks nothing
    /// ("Học kỳ I, các trường tiếp tục đổi mới …" in a report of January, "Thời gian qua, các
    /// đơn vị thực hiện tốt …"): an account of that time, not an order. A period still to come
    /// put first is the deadline of what follows (D9).
    fn opens_with_time_gone_by(&self, s: usize, e: usize) -> bool {
        let (text, low) = (self.text, self.low);
        let first = skip_spaces(low, s);
        // (A time put first is a few words before a comma, and opens as times do: most
        // sentences are let go on their first word and first bytes.)
        let said = table_at(low, first, &verbs::TIMES_GONE_BY);
        if said.is_none()
            && table_at(low, first, &crate::lexicon::deadlines::FRONTED_PERIOD_WORDS).is_none()
        {
            return false;
        }
        let near = (first + 64).min(e);
        if !low.as_bytes()[first..near].contains(&b',') {
            return false;
        }
        let ce = clause_end(text, first, e);
        if !low[ce..e].starts_with(',') {
            return false;
        }
        let said_gone = said.is_some_and(|w| low[first + w.len()..ce].trim().is_empty());
        let ended = || {
            dated(low, first, ce, self.reference, self.refs).is_some_and(|d| {
                d.start == first
                    && low[d.end..ce].trim().is_empty()
                    && d.kind != crate::document::DeadlineKind::Date
                    && matches!((d.due, self.reference), (Some(due), Some(r)) if due < r)
            })
        };
        // ("Học kỳ I, …" with no cue: the period named alone.)
        let named_ended = || {
            super::deadlines::period_named_at(low, first, ce, self.reference)
                .zip(self.reference)
                .is_some_and(|(due, r)| due < r)
        };
        (said_gone || ended() || named_ended()) && !self.asks(ce, e)
    }

    /// Whether the sentence opens with where what it says was learnt ("Theo báo cáo, trong
    /// tháng 2 các nhà trường đã …; tỷ lệ học sinh đi học chuyên cần đạt 99,2%.", N1) and asks
    /// nothing: a report, every clause of it.
    fn opens_with_a_report(&self, s: usize, e: usize) -> bool {
        let first = skip_spaces(self.low, s);
        table_at(self.low, first, &verbs::REPORT_SOURCES).is_some() && !self.asks(first, e)
    }

    /// Whether the sentence opens by saying how much was achieved, then lists it after a colon
    /// (N1): "Ngành giáo dục có nhiều chuyển biến tích cực: tỷ lệ … đạt 97%; …", "Năm học qua,
    /// toàn ngành đạt nhiều kết quả: …" — results, not targets, with nothing asked. (Not a
    /// plural's qualifier: "Các trường có nhiều học sinh bán trú: bố trí …", O20.)
    fn sums_up_results(&self, s: usize, e: usize) -> bool {
        let low = self.low;
        let first = skip_spaces(low, s);
        let near = boundary_before(low, (first + 160).min(e));
        let Some(colon) = low
            .get(first..near)
            .and_then(|t| t.find(':'))
            .map(|k| first + k)
        else {
            return false;
        };
        if table_at(low, first, &units::DETERMINERS).is_some()
            || table_at(low, first, &verbs::TOPIC_OPENERS).is_some()
        {
            return false;
        }
        let had = ["có", "đạt", "đạt được"].iter().find_map(|w| {
            let mut from = first;
            while let Some(at) = super::text::find_phrase(low, w, from, colon) {
                if table_at(low, skip_spaces(low, at + w.len()), &verbs::MANY).is_some() {
                    return Some(at);
                }
                from = at + w.len();
            }
            None
        });
        // (Nothing done or asked before it: "Toàn ngành phấn đấu đạt nhiều kết quả: …" sets
        // targets.)
        had.is_some_and(|at| {
            !self.asks(first, colon)
                && find_any(low, &verbs::STRONG_PREDICATES, first, at).is_none()
                && find_any(low, &verbs::IMPERATIVE_OPENERS, first, at).is_none()
        })
    }

    /// Whether the sentence at `first` only warns of a sanction (N13's other side): "Các trường
    /// không thực hiện sẽ bị xử lý theo quy định.", "Sau thời hạn trên, đơn vị nào không nộp sẽ
    /// bị phê bình." Not when a request, a modal or an order comes first ("Yêu cầu các trường
    /// thực hiện nghiêm, trường nào vi phạm sẽ bị xử lý.") or a ";" runs a task beside it.
    fn only_warns(&self, first: usize, e: usize) -> bool {
        let low = self.low;
        // (After ";" the warning is read too: it is no task of its own, and goes with the task
        // before it, N15.)
        find_any(low, &verbs::SANCTIONS, first, e).is_some_and(|(at, _)| {
            !low[first..e].contains(';')
                && table_at(low, first, &verbs::IMPERATIVE_OPENERS).is_none()
                && !self.asks(first, at)
        })
    }

    /// N13: "Đơn vị nào chậm nộp, Thủ trưởng đơn vị chịu trách nhiệm …", "Trường nào chậm nộp
    /// báo cáo thì Hiệu trưởng phải giải trình …": a condition on whichever unit it may be, put
    /// first. Where the clause that says who must act begins, when a unit opens it.
    fn past_whichever(&self, first: usize, e: usize) -> Option<usize> {
        let (text, low) = (self.text, self.low);
        // (After ";" the warning goes with the task before it, N15: "Các chi bộ …; chi bộ nào
        // để xảy ra vi phạm thì bí thư chi bộ phải chịu trách nhiệm.")
        if after_semicolon(low, first) {
            return None;
        }
        let head = table_at(low, first, &units::HEADS)?;
        let which = skip_spaces(low, first + head.len());
        if !phrase_at(low, which, "nào") {
            return None;
        }
        let after = which + "nào".len();
        let comma = clause_end(text, after, e);
        let rest = match super::text::find_phrase(low, "thì", after, comma) {
            Some(then) => then + "thì".len(),
            None if low[comma..e].starts_with(',') => comma + 1,
            None => return None,
        };
        let rest = skip_spaces(low, rest);
        // (A unit, or its head by title alone: "…, Hiệu trưởng phải giải trình".)
        (super::owners::unit_at(text, low, rest, e).is_some()
            || table_at(low, rest, &units::PERSON_HEADS).is_some())
        .then_some(rest)
    }

    /// Whether `s..e` asks for something: a request, a chain, a modal.
    fn asks(&self, s: usize, e: usize) -> bool {
        [&verbs::REQUESTING, &verbs::CHAINING, &verbs::OBLIGATIONS]
            .into_iter()
            .any(|table| find_any(self.low, table, s, e).is_some())
            || find_modal(self.low, s, e).is_some()
    }

    fn dated_whole(&self, r: usize, ce: usize) -> bool {
        dated(self.low, r, ce, self.reference, self.refs).is_some_and(|d| {
            d.start == r && self.low[d.end..ce].trim_matches([',', ' ']).is_empty()
        })
    }

    /// The lead units named after the task and its colon, with their role and nothing else to
    /// do (R1): "Cập nhật dữ liệu ngành: các trường thực hiện; …", "Tổ chức hội thi: Phòng X
    /// chủ trì, Công đoàn ngành phối hợp."
    fn leads_after_colon(&self, s: usize, e: usize) -> Option<(Vec<(usize, usize)>, Because)> {
        let (text, low) = (self.text, self.low);
        let colon = s + low[s..e].find(':')?;
        let ce = low[colon..e].find(';').map_or(e, |k| colon + k);
        let p = skip_spaces(low, colon + 1);
        let (units, after) = unit_list_at(text, low, p, ce);
        let q = skip_spaces(low, after);
        let role = table_at(low, q, &verbs::BRACKETED_LEAD_ROLES)?;
        let r = skip_spaces(low, q + role.len());
        let only_roles = low.get(r..ce)?.trim_matches([' ', '.', ';']).is_empty()
            || low[r..].starts_with(',') && self.roles_only(r + 1, ce);
        (!units.is_empty() && only_roles)
            .then(|| (units, Because::of(Rule::Subject, q, role.len())))
    }

    /// The lead units set off by dashes after the task, as a table's row copied onto one line
    /// reads (R1): "Xây dựng kế hoạch tuyển sinh - Phòng Quản lý chất lượng chủ trì - hoàn thành
    /// trước ngày 15/4." (A few dashes are tried, each once.)
    fn leads_between_dashes(&self, s: usize, e: usize) -> Option<(Vec<(usize, usize)>, Because)> {
        let (text, low) = (self.text, self.low);
        let mut from = s;
        for _ in 0..4 {
            let k = low[from..e]
                .find(" - ")
                .or_else(|| low[from..e].find(" – "))?;
            let dash = from + k + 1;
            from = dash + low[dash..].chars().next().map_or(1, char::len_utf8);
            let p = skip_spaces(low, from);
            let (units, after) = unit_list_at(text, low, p, e);
            let q = skip_spaces(low, after);
            if let Some(role) = table_at(low, q, &verbs::BRACKETED_LEAD_ROLES) {
                let r = skip_spaces(low, q + role.len());
                // (… or the supporters' roles after it, up to the next dash.)
                let segment = low[r.min(e)..e].find(" - ").map_or(e, |k| r + k + 1);
                let closes = r >= e
                    || low[r..e].trim_start().starts_with(['-', '–', '.', ';'])
                    || low[r..].starts_with(',') && self.roles_only(r + 1, segment);
                if !units.is_empty() && closes {
                    return Some((units, Because::of(Rule::Subject, q, role.len())));
                }
            }
        }
        None
    }

    /// The lead units a bracket inside `s..e` names, with their role word or label (R1): "(Bộ
    /// phận Tiểu học tham mưu, thực hiện)", "(Phòng X chủ trì, Y phối hợp)", "(Giao: Bộ phận
    /// THCS)". A bracket of anything else ("(qua bộ phận THCS)", "(theo Công văn số …)") names
    /// none. Each bracket is read once, up to its ")".
    fn bracketed_leads(&self, s: usize, e: usize) -> Option<(Vec<(usize, usize)>, Because)> {
        let (text, low) = (self.text, self.low);
        let mut from = s;
        while let Some(k) = low[from..e].find('(') {
            let open = from + k + 1;
            let close = low[open..e].find(')').map_or(e, |k| open + k);
            from = close;
            let mut p = skip_spaces(low, open);
            if let Some(label) = table_at(low, p, &verbs::BRACKETED_LEAD_LABELS) {
                let colon = skip_spaces(low, p + label.len());
                if low[colon..close].starts_with(':') {
                    let (units, _) = unit_list_at(text, low, skip_spaces(low, colon + 1), close);
                    if !units.is_empty() {
                        return Some((units, Because::of(Rule::TableColumn, p, label.len())));
                    }
                }
                // "(Giao Phòng X chủ trì, phối hợp với Phòng Y thực hiện)": the units after
                // the verb, then their role.
                if !verbs::HANDING_OUT.contains(label) {
                    continue;
                }
                p = colon;
            }
            let (units, after) = unit_list_at(text, low, p, close);
            let q = skip_spaces(low, after);
            if let Some(role) = table_at(low, q, &verbs::BRACKETED_LEAD_ROLES) {
                if !units.is_empty() {
                    return Some((units, Because::of(Rule::Subject, q, role.len())));
                }
            }
            // "Tham mưu ban hành Kế hoạch … giai đoạn 2025-2030 (Văn phòng Sở).": a bracket that
            // only names units, at the task's end, names who does it.
            let last = low[close.min(e)..e]
                .trim_start_matches(')')
                .trim_matches(|c: char| c == ' ' || c == '.' || c == ';')
                .is_empty();
            if last && !units.is_empty() && q >= close {
                return Some((units, Because::of(Rule::Subject, p, after - p)));
            }
        }
        None
    }

    /// Reads one sentence by the clause grammar: requester, request verb, owner, modal, action.
    /// The owner is the unit phrase right after a request verb, or the subject before a modal
    /// or an action; the requester and the speaker are never owners (O2, O5).
    fn read_sentence(&self, s: usize, e: usize) -> Reading {
        if let Some((_, r)) = self
            .read_last
            .borrow()
            .as_ref()
            .filter(|(k, _)| *k == (s, e))
        {
            return r.clone();
        }
        let r = self.read_sentence_anew(s, e);
        *self.read_last.borrow_mut() = Some(((s, e), r.clone()));
        r
    }

    /// [`Self::read_sentence`], read.
    fn read_sentence_anew(&self, s: usize, e: usize) -> Reading {
        let low = self.low;
        let mut s = s;
        // What is put first and passed over: each pass moves on, and only a few are looked at,
        // so that a sentence made of nothing else is read in one go (no deeper call per pass).
        for _ in 0..MAX_PUT_FIRST {
            if is_closing(low, s, e) {
                return Reading::NotOrder;
            }
            // ("Hạn chót ngày 25/3/2025, các trường phải hoàn thành …": the deadline put first,
            // then the task, D9.)
            if says_only_when(low, s) && !self.task_after_its_deadline(s, e) {
                return Reading::Deadline;
            }
            let first = skip_spaces(low, s);
            // "Các trường không thực hiện sẽ bị xử lý theo quy định.": a warning (N13's other
            // side).
            if self.quoted_testimony(first, e) || self.praised_for(first, e) {
                return Reading::NotOrder;
            }
            // "Việc bảo đảm an ninh điểm thi là trách nhiệm của Công an tỉnh." (O19).
            if let Some(reading) = self.responsibility_said_whose(first, e) {
                return reading;
            }
            // After ";" it goes on with the task before it (N15: "Các trường tổ chức ôn tập;
            // trường nào không thực hiện sẽ bị phê bình.").
            if self.only_warns(first, e) {
                return if after_semicolon(low, first) {
                    Reading::Other
                } else {
                    Reading::NotOrder
                };
            }
            // "Đơn vị nào chậm nộp, Thủ trưởng đơn vị chịu trách nhiệm …": the condition is
            // passed over, the clause after it says who acts (N13).
            if let Some(rest) = self.past_whichever(first, e) {
                s = rest;
                continue;
            }
            // "Theo chức năng, nhiệm vụ, hướng dẫn, kiểm tra …", "Theo thẩm quyền, các phòng
            // …": a manner qualifier put first, its commas and all, is passed over (O6, O7).
            if let Some(w) = table_at(low, first, &verbs::MANNER_QUALIFIERS) {
                let after = skip_spaces(low, first + w.len());
                if low[after..e].starts_with(',') {
                    s = after + 1;
                    continue;
                }
            }
            return self.read_clauses(s, e);
        }
        self.read_clauses(s, e)
    }

    /// [`Self::read_sentence_anew`] from where what is put first ends.
    fn read_clauses(&self, s: usize, e: usize) -> Reading {
        let (text, low) = (self.text, self.low);
        let first = skip_spaces(low, s);
        // "Được phép điều chỉnh kế hoạch dạy học …": leave given, not work (N4), unless a
        // request or a modal follows.
        if opens_asking_nothing(low, first, e, &verbs::PERMISSIONS_FIRST) {
            return Reading::NotOrder;
        }
        // "Thời gian thi: ngày 18 và 19/12/2024.": the facts of an event announced (D17).
        if opens_with_label(low, first, &structure::EVENT_FACT_LABELS) {
            return Reading::NotOrder;
        }
        // "Tại buổi làm việc, Trưởng phòng GD&ĐT báo cáo: toàn huyện hiện thiếu …": a
        // participant's report, told in the meeting's narrative (N8, L5); the chair's answer in
        // the same narrative ("Tại hội nghị, Giám đốc Sở yêu cầu …") is an order.
        if self.participant_says(s, e) {
            return Reading::NotOrder;
        }
        // "Đồng chí X, Phó Chủ tịch UBND huyện dự và chỉ đạo hội nghị.": a guest's part in the
        // meeting, told (L5, H7). (Only in the sentence's first stretch: linear.)
        let near = boundary_before(low, (first + 200).min(e));
        // (Every phrase has "dự": the rest of the sentences are let go by one search.)
        let attends = low[first..near].contains("dự");
        if let Some((at, w)) = attends
            .then(|| find_any(low, &verbs::ATTENDING_AND_DIRECTING, first, near))
            .flatten()
        {
            let what = skip_spaces(low, at + w.len());
            if table_at(low, what, &structure::MEETING_EVENTS).is_some() {
                return Reading::NotOrder;
            }
        }
        // "đồng chí Hồ Thị Mai, Trưởng phòng GD&ĐT chủ trì hội nghị.": who chaired, told of a
        // person by name (H7), not a task.
        if self.chair_told(first, near) {
            return Reading::NotOrder;
        }
        // "Trường hợp phát sinh khó khăn, các đơn vị báo cáo về Sở để được hướng dẫn": what to
        // do if stuck, not a task (N10).
        if find_any(low, &verbs::TO_BE_HELPED, s, e).is_some()
            && find_any(low, &verbs::IF_STUCK, s, e).is_some()
        {
            return Reading::NotOrder;
        }
        // "… liên hệ đồng chí Lan, chuyên viên Phòng, số điện thoại 0912 345 678": a contact
        // (N10).
        // (Both contact verbs start "liên": most sentences are let go by one plain search.)
        let contact = low[s..e]
            .contains("liên ")
            .then(|| find_any(low, &verbs::CONTACT, s, e))
            .flatten();
        if let Some((at, w)) = contact {
            if find_any(low, &verbs::CONTACT_DETAILS, at + w.len(), e).is_some() {
                return Reading::NotOrder;
            }
        }
        // "Nhìn chung, các đơn vị thực hiện tốt chế độ báo cáo.": an overall assessment (N1).
        if opens_asking_nothing(low, first, e, &verbs::OVERALL) {
            return Reading::NotOrder;
        }
        // "Ý kiến thảo luận: Cô Hoa đề nghị nhà trường sớm sửa chữa …": what participants
        // said (N8).
        if opens_with_label(low, first, &verbs::DISCUSSION_LABELS) {
            return Reading::NotOrder;
        }
        // "Ý kiến của Phòng GD&ĐT huyện A: đề nghị Sở bổ sung biên chế.": a participant's
        // view, labelled with who gave it (N8); the chair's is no participant's ("Ý kiến của
        // Giám đốc Sở: …").
        if phrase_at(low, first, "ý kiến của") {
            let by = skip_spaces(low, first + "ý kiến của".len());
            let (units, after) = unit_list_at(text, low, by, e);
            if !units.is_empty()
                && low[after..e].trim_start().starts_with(':')
                && !is_speaker(text, low, &units)
            {
                return Reading::NotOrder;
            }
        }
        // "Nhiều trường phải hợp đồng giáo viên …", "Tuy nhiên, phần lớn các trường …": how
        // many units are so is a report; no order is addressed to many of them (N2).
        let subject = table_at(low, first, &verbs::CONTRASTS)
            .and_then(|w| low[first + w.len()..].strip_prefix(','))
            .map_or(first, |rest| skip_spaces(low, low.len() - rest.len()));
        if let Some(w) = table_at(low, subject, &verbs::MANY) {
            let unit = skip_spaces(low, subject + w.len());
            if super::owners::head_at(text, low, unit).is_some()
                && find_any(low, &verbs::REQUESTING, first, e).is_none()
            {
                return Reading::NotOrder;
            }
        }
        // "Hiệu trưởng chịu trách nhiệm chính về những sai phạm nêu trên": blame for what an
        // inspection found, not a task (L9).
        // (One searcher for the whole phrase, built once: "chịu trách nhiệm" is rare, and its
        // first byte is not.)
        static RESPONSIBLE: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
            std::sync::OnceLock::new();
        let responsible =
            RESPONSIBLE.get_or_init(|| memchr::memmem::Finder::new("chịu trách nhiệm"));
        let sentence = low.as_bytes().get(s..e).unwrap_or_default();
        if let Some(at) = responsible.find(sentence).map(|k| s + k) {
            let after = at + "chịu trách nhiệm".len();
            let near = boundary_before(low, (after + 48).min(e));
            // (Only faults said to be there: "… chịu trách nhiệm nếu để xảy ra sai phạm" warns.)
            let found = find_any(low, &verbs::FAULTS, after, near).is_some_and(|(f, w)| {
                w == "liên đới" || super::text::find_phrase(low, "về", after, f).is_some()
            });
            if found && super::text::find_phrase(low, "nếu", after, near).is_none() {
                return Reading::NotOrder;
            }
        }
        // "… phải được các trường thực hiện": the agent of a passive order owns it (O21).
        // (Most sentences have no "được": a plain substring search lets them go before the
        // word-by-word look-up.)
        let passive = low[s..e]
            .contains("được")
            .then(|| find_any(low, &verbs::PASSIVE_MODALS, s, e))
            .flatten();
        if let Some((at, modal)) = passive {
            let agent = skip_spaces(low, at + modal.len());
            if let Some(unit) = super::owners::unit_at(text, low, agent, e) {
                if starts_predicate(low, skip_spaces(low, unit.1)) {
                    return Reading::lead(vec![unit], Because::of(Rule::Subject, at, modal.len()));
                }
            }
        }
        if let Some(reading) = self.passive_agent(s, e) {
            return reading;
        }
        if self.opens_with_time_gone_by(s, e)
            || self.sums_up_results(s, e)
            || self.opens_with_a_report(s, e)
        {
            return Reading::NotOrder;
        }
        let mut fallback = Reading::Other;
        // Every comma of a long list of units starts a clause: the list is read once (`lists`),
        // and what was seen before a clause (";", a past-tense word) is found once, growing
        // from clause to clause, so a sentence costs what its length does.
        let mut lists = UnitLists::default();
        let semicolon = low[s..e].find(';').map(|i| s + i);
        let (mut past_before, mut past_scanned) = (false, s);
        // (A condition put first is passed over: its "chưa" says when, N2.)
        let opening = skip_spaces(low, s);
        if table_at(low, opening, &verbs::CONDITIONS).is_some() {
            let ce = clause_end(text, opening, e);
            if low[ce..e].starts_with(',') {
                past_scanned = ce;
            }
        }
        let mut after_basis = false;
        // A unit put first as a topic ("Đối với các trường …,"), whose head a title alone
        // names after it.
        let mut topic_before = false;
        let mut fronted = 0;
        // The clauses of a proposal's label are passed over up to its colon (N8).
        let mut label_end = s;
        for (i, c) in clause_starts(text, s, e).enumerate() {
            if c < label_end {
                fronted += 1;
                continue;
            }
            // "Trước ngày 18/10/2022, chủ trì, phối hợp với …": a deadline put first is no clause
            // of its own; the clause after it opens the sentence (D9).
            let i = i - fronted;
            // "Để hoàn thành nhiệm vụ năm học, …", "Thực hiện Công văn số …, …": a purpose or a
            // basis gives no order (N7).
            let at = skip_spaces(low, c);
            if i == 0 && table_at(low, at, &crate::lexicon::deadlines::CUES).is_some() {
                let ce = clause_end(text, at, e);
                if self.dated_whole(at, ce) && low[ce..e].trim_start().starts_with(',') {
                    fronted += 1;
                    continue;
                }
            }
            // ("Để nâng cao chất lượng, tổ chức bồi dưỡng …", "Hưởng ứng Tuần lễ học tập suốt
            // đời, các trường tổ chức …": the clause after a purpose or an occasion put first
            // opens the sentence.)
            // (So does the cue of a concluding speech: "Phát biểu kết luận, đồng chí X đề nghị …",
            // "Chỉ đạo tại hội nghị, …", L5.)
            // (A purpose is passed over with or without a comma after it.)
            let purpose = table_at(low, at, &verbs::PURPOSE).is_some();
            let put_first = (purpose_or_occasion(low, at)
                || table_at(low, at, &structure::CONCLUDING_CUES).is_some()
                || table_at(low, at, &verbs::SPEECH_ADJUNCTS).is_some())
                && low[clause_end(text, at, e)..e]
                    .trim_start()
                    .starts_with(',');
            if purpose || put_first || (i == 0 && self.topic_label(at, e)) {
                fronted += 1;
                continue;
            }
            // "Triển khai nhiệm vụ tháng 11, Hiệu trưởng yêu cầu các tổ chuyên môn …": the work
            // named first, then the one who speaks asks; the request opens the sentence (O2).
            if i == 0 && self.lead_in_to_a_request(at, e) {
                fronted += 1;
                continue;
            }
            // "Đề nghị của Phòng GD&ĐT về bổ sung kinh phí: giao Phòng Tài chính …": a proposal
            // named, then the chair's answer; the answer opens the sentence (N8).
            if let Some(colon) = (i == 0).then(|| proposal_label(low, at, e)).flatten() {
                label_end = colon + 1;
                fronted += 1;
                continue;
            }
            // ("Theo dõi địa bàn …" is a task: "theo" is a basis only before what it cites.)
            if table_at(low, at, &verbs::BASIS).is_some() && !phrase_at(low, at, "theo dõi") {
                after_basis = true;
                continue;
            }
            // "Thực hiện Công văn số … của Bộ, trong đó Bộ đề nghị các sở …": what the cited
            // document asks, told to explain this one, is no order of this one (N7).
            if after_basis && phrase_at(low, at, "trong đó") {
                continue;
            }
            let raw = skip_quotes(low, skip_spaces(low, c));
            let c = skip_quotes(low, skip_connectors(low, c, e));
            if c >= e {
                continue;
            }
            let ce = clause_end(text, c, e);
            // "Việc X phải được …": agentless (O21); its units are objects. But "Việc sửa chữa
            // nhà vệ sinh giao Phòng Tài chính - Kế hoạch cân đối kinh phí": the matter first,
            // then whom it is given to (O20), up to a ";". So for other nouns of the work:
            // "Công tác tuyển sinh lớp 10 giao Phòng GDTrH chủ trì."
            let work = if phrase_at(low, c, "việc") {
                Some("việc")
            } else {
                table_at(low, c, &units::WORK_NAMED)
            };
            if let Some(work) = work.filter(|_| i == 0) {
                let matter = skip_spaces(low, c + work.len());
                // (Another noun of the work is looked at up to its clause's end only.)
                let end = if work == "việc" {
                    low[c..e].find(';').map_or(e, |k| c + k)
                } else {
                    ce
                };
                let mut from = matter;
                // (Each look starts after the last: linear in the clause.)
                while let Some((at, verb)) = find_any(low, &verbs::REQUESTING, from, end) {
                    from = at + verb.len();
                    // "được giao", "bàn giao", "chuyển giao" are the matter, not the asking.
                    let before = low[..at].trim_end();
                    let compound = verbs::NOT_A_REQUEST_AFTER
                        .iter()
                        .any(|w| ends_with_phrase(low, before.len(), w));
                    if at == matter || compound {
                        continue;
                    }
                    let units = self.objects(skip_spaces(low, from), e);
                    if !units.is_empty() {
                        return Reading::lead(units, Because::of(Rule::Topic, at, verb.len()));
                    }
                    break;
                }
                // (A noun of the work with no one asked after it reads on as any subject.)
                if work == "việc" {
                    break;
                }
            }
            let first_request = (i == 0)
                .then(|| table_at(low, c, &verbs::REQUESTING_FIRST))
                .flatten();
            let sending = (i == 0)
                .then(|| table_at(low, c, &verbs::SENDING))
                .flatten();
            // "Tiếp tục chỉ đạo các trường …", "Khẩn trương yêu cầu …": a manner before the
            // opening request or chain leaves whom it names told to act (O3).
            let c = table_at(low, c, &verbs::BEFORE_A_LINK)
                .map(|w| skip_spaces(low, c + w.len()))
                .filter(|&v| {
                    table_at(low, v, &verbs::REQUESTING)
                        .or_else(|| table_at(low, v, &verbs::CHAINING))
                        .is_some()
                })
                .unwrap_or(c);
            if let Some(verb) = table_at(low, c, &verbs::REQUESTING)
                .or(first_request)
                .or(sending)
            {
                let units = self.objects(skip_spaces(low, c + verb.len()), e);
                // (Whom "cử" sends must be named: a name, or an honorific before one.)
                let named = |&(a, _): &(usize, usize)| {
                    text[a..].starts_with(char::is_uppercase)
                        || table_at(low, a, &units::HONORIFICS).is_some()
                };
                let sent_unnamed = sending.is_some() && !units.first().is_some_and(named);
                if !units.is_empty() && !sent_unnamed {
                    return Reading::lead(units, Because::of(Rule::AfterRequest, c, verb.len()));
                }
                // "Đề nghị trong học kỳ II, ngành tập trung …": the request, then a deadline put
                // first; the clause after it names who is asked (D9, O2).
                let r = skip_spaces(low, c + verb.len());
                let timed = r < ce
                    && (self.dated_whole(r, ce)
                        || table_at(low, r, &crate::lexicon::deadlines::VAGUE_TIMES).is_some_and(
                            |w| low[r + w.len()..ce].trim_matches([',', ' ']).is_empty(),
                        ));
                if units.is_empty() && timed && low[ce..e].trim_start().starts_with(',') {
                    fronted += 1;
                    continue;
                }
                // "Đồng thời đề nghị: các trường cần …": the request, its colon, then who is
                // asked as the subject of the clause after it (O5, O8).
                if units.is_empty() && low[r..].starts_with(':') {
                    if fallback == Reading::Other {
                        fallback = Reading::Directing(
                            Vec::new(),
                            Because::of(Rule::AfterRequest, c, verb.len()),
                        );
                    }
                    continue;
                }
            }
            // "Không chấp thuận đề nghị kéo dài …", "Đồng ý về chủ trương, giao Phòng X …": a
            // decision, or praise ("Ghi nhận những nỗ lực …"), and the work a request joined to
            // it gives (N3, N8).
            if let Some(decision) = (i == 0)
                .then(|| {
                    table_at(low, c, &verbs::DECISIONS).or_else(|| table_at(low, c, &verbs::PRAISE))
                })
                .flatten()
            {
                return self
                    .request_after_praise(c + decision.len(), e)
                    .unwrap_or(Reading::NotOrder);
            }
            if let Some(verb) = table_at(low, c, &verbs::CHAINING) {
                let units = self.objects(skip_spaces(low, c + verb.len()), e);
                if !units.is_empty() {
                    return Reading::Lead {
                        units,
                        inherit: true,
                        why: Because::of(Rule::Chain, c, verb.len()),
                    };
                }
            }
            let speaker = table_at(low, c, &units::SPEAKERS);
            if let Some(speaker) = speaker {
                let from = c + speaker.len();
                // "Trưởng phòng nhất trí với đề nghị của Trường X …", "Trưởng phòng tiếp thu ý
                // kiến chỉ đạo.": the one who speaks decides or takes note; only a request
                // joined to it gives work (N3, N5).
                let said = skip_spaces(low, from);
                let decides = table_at(low, said, &verbs::DECISIONS)
                    .or_else(|| table_at(low, said, &verbs::TAKING_NOTE));
                if let Some(w) = decides {
                    return self
                        .request_after_praise(said + w.len(), e)
                        .unwrap_or(Reading::NotOrder);
                }
                let verb = [&verbs::REQUESTING, &verbs::CHAINING, &verbs::DIRECTING]
                    .into_iter()
                    .filter_map(|table| find_any(low, table, from, ce))
                    .min_by_key(|&(at, _)| at)
                    .filter(|&(at, _)| {
                        // ("Phó Chủ tịch phụ trách văn xã chỉ đạo …": a title with its remit is
                        // a colleague given the work, not the one who speaks, O17.)
                        let remit = skip_spaces(low, from);
                        if super::owners::remit_end(text, low, remit, e).is_some() {
                            return false;
                        }
                        let (units, _) = unit_list_at(text, low, c, e);
                        // (A deputy who directs, when a head concludes, is a link of the chain:
                        // see `speaks_in_a_chain`.)
                        let chain = table_at(low, at, &verbs::CHAINING).is_some();
                        // (A bare title of another post is told to act: "Hiệu trưởng chỉ đạo
                        // tổ …" when a Trưởng phòng concludes.)
                        units.is_empty() && !(chain && self.of_another_post(c))
                            || is_speaker(text, low, &units)
                                && (!chain || self.speaks_in_a_chain(&units))
                    });
                if let Some((at, verb)) = verb {
                    // "Trưởng phòng GD&ĐT huyện Ba Tơ đề nghị Sở bổ sung giáo viên …" when the
                    // Giám đốc concludes: a participant's proposal to the issuer (N8).
                    if self.of_another_post(c)
                        && table_at(low, at, &verbs::PROPOSING).is_some()
                        && asks_the_issuer(low, skip_spaces(low, at + verb.len()), e)
                    {
                        return Reading::NotOrder;
                    }
                    let mut q = skip_spaces(low, at + verb.len());
                    for w in ["nhiệm vụ cho", "cho"] {
                        if phrase_at(low, q, w) {
                            q = skip_spaces(low, q + w.len());
                        }
                    }
                    let objects = self.objects(q, e);
                    let why = Because::of(Rule::AfterRequest, at, verb.len());
                    if !objects.is_empty() {
                        return Reading::Directing(objects, why);
                    }
                    // "… nhấn mạnh: “Các phòng GD&ĐT phải …": the owner is in a later clause.
                    fallback = Reading::Directing(objects, why);
                    continue;
                }
            }
            // "Đối với các trường THPT: tăng cường …" — the topic is the owner (O20); a chain
            // verb after the colon adds its objects ("Đối với Phòng X: chỉ đạo các trường …").
            // "Riêng Trường X, hoàn thành …": the unit singled out is a topic too.
            let topic = match table_at(low, c, &verbs::TOPIC_OPENERS) {
                Some(t) => Some((c, t.len())),
                None => (raw < c && phrase_at(low, raw, "riêng")).then_some((raw, "riêng".len())),
            };
            if let Some((topic_at, topic_len)) = topic {
                let from = if topic_at == c { c + topic_len } else { c };
                let (units, mut after) = lists.at(text, low, skip_spaces(low, from), e);
                let mut units = units.to_vec();
                let mut colon = skip_spaces(low, after);
                // "Đối với Phòng X, Giám đốc Sở giao: …": the speaker after the comma is no
                // unit of the topic's list (O5); the topic ends at the comma.
                if let [.., before, last] = units[..] {
                    // (… or the speaker by name: "Đối với UBND các xã, bà Hòa yêu cầu …".)
                    let named_speaker = table_at(low, last.0, &units::HONORIFICS).is_some()
                        && table_at(low, skip_spaces(low, last.1), &verbs::REQUESTING).is_some();
                    if (is_speaker(text, low, &[last]) || named_speaker)
                        && low[before.1..last.0].trim() == ","
                    {
                        units.pop();
                        after = before.1;
                        colon = after;
                    }
                }
                // "Đối với các trường chưa hoàn thành kiểm định: …": a short qualifier up to the
                // colon or the comma stays inside the one unit (O7).
                if let [(first, _)] = units[..] {
                    let window = boundary_before(low, (after + 120).min(e));
                    // (Not over a bracket: "Hiệu trưởng Trường X (bà Y):" is the unit alone.)
                    // (Before a comma only what describes the unit, what it has or has not
                    // done: "Riêng Trường X khẩn trương khắc phục …, báo cáo …" is its task.)
                    let q = skip_spaces(low, after);
                    let describes = table_at(low, q, &verbs::PAST).is_some()
                        || table_at(low, q, &units::DESCRIBING).is_some();
                    if let Some(k) = low[after..window].find([':', ',', '.', ';', '(']) {
                        let ends_it = low[after + k..].starts_with(':')
                            || (describes && low[after + k..].starts_with(','));
                        if ends_it && after + k > colon {
                            units = vec![(first, low[..after + k].trim_end().len())];
                            colon = after + k;
                        }
                    }
                }
                // ("Đối với các trường chưa đạt chuẩn, Hiệu trưởng xây dựng …": what the topic
                // has not done yet describes it; it is no report before the clause after it.)
                if !units.is_empty() && low[colon..].starts_with(',') {
                    past_scanned = past_scanned.max(colon);
                    topic_before = true;
                }
                if !units.is_empty() && low[colon..].starts_with(':') {
                    let q = skip_spaces(low, colon + 1);
                    if let Some(verb) = table_at(low, q, &verbs::CHAINING)
                        .or_else(|| table_at(low, q, &verbs::REQUESTING))
                    {
                        units.extend(self.objects(skip_spaces(low, q + verb.len()), e));
                    }
                    return Reading::lead(units, Because::of(Rule::Topic, topic_at, topic_len));
                }
                // "Về phía các trường THPT, cần công khai …": the topic, a comma, its task.
                if !units.is_empty() && low[colon..].starts_with(',') {
                    let q = skip_spaces(low, colon + 1);
                    if starts_predicate(low, q) || table_at(low, q, &verbs::MODALS).is_some() {
                        return Reading::lead(units, Because::of(Rule::Topic, topic_at, topic_len));
                    }
                    // "Đối với Phòng GD&ĐT huyện X, Giám đốc Sở giao: rà soát …; bổ sung …": the
                    // topic is given the tasks when the request names nobody else (O20, O8).
                    if self.request_to_topic(q, e) {
                        return Reading::lead(units, Because::of(Rule::Topic, topic_at, topic_len));
                    }
                }
            }
            if i == 0 {
                if let Some((units, why)) = self.possessor(c, e) {
                    return Reading::lead(units, why);
                }
            }
            // ("Bảo vệ kiểm tra …": the school's guard, a unit, not the verb.)
            if i == 0
                && super::owners::role_before_a_verb(low, c).is_none()
                && table_at(low, c, &units::NOUNS_WITH_A_VERB).is_none()
            {
                if let Some(verb) = table_at(low, c, &verbs::IMPERATIVE_OPENERS) {
                    // "Tổ chức thành công Lễ kỷ niệm …" opening a paragraph tells what was done
                    // (N1, N14); an item of a task list stays a task (N15).
                    let done = skip_spaces(low, c + verb.len());
                    if table_at(low, done, &verbs::DONE).is_some() {
                        return Reading::Other;
                    }
                    return Reading::Action(Because::of(Rule::Imperative, c, verb.len()));
                }
                // "Trình UBND huyện phê duyệt …": submitting to an authority (O22).
                if let Some(verb) = table_at(low, c, &verbs::SUBMITTING) {
                    let q = skip_spaces(low, c + verb.len());
                    let (to, _) = unit_list_at(text, low, q, e);
                    if !to.is_empty() || table_at(low, q, &verbs::UNNAMED_AUTHORITIES).is_some() {
                        return Reading::Action(Because::of(Rule::Imperative, c, verb.len()));
                    }
                }
            }
            // "Số liệu báo cáo tính đến ngày 31/12, gửi về Sở trước ngày 05/01": a document,
            // then where it goes or by when, with no sender (O21).
            if i == 0 {
                if let Some((at, verb)) = document_sent(low, c, e) {
                    // "Hồ sơ thi đua của các đơn vị gửi về Văn phòng Sở …": whose document it
                    // is, named right before its verb, sends it (O19).
                    if let Some(of) = super::text::find_phrase(low, "của", c, at) {
                        let from = skip_spaces(low, of + "của".len());
                        let (units, after) = unit_list_at(text, low, from, at);
                        let issuer = table_at(low, from, &units::THE_ISSUER).is_some();
                        let right_before = low[after..at].trim_matches([' ', ',']).is_empty();
                        if !units.is_empty() && !issuer && right_before {
                            return Reading::lead(
                                units,
                                Because::of(Rule::Possessor, of, "của".len()),
                            );
                        }
                    }
                    return Reading::Action(Because::of(Rule::Imperative, at, verb.len()));
                }
            }
            // A comma inside a unit's name starts no clause of its own (O16).
            if lists.inside(c, e) {
                continue;
            }
            let (listed, after) = lists.at(text, low, c, e);
            let Some(&first) = listed.first() else {
                // "Hiệu trưởng phải công khai các khoản thu …": a title alone, then a modal, is
                // whoever holds it (O18).
                if let Some(title) = table_at(low, c, &units::PERSON_HEADS) {
                    let m = skip_spaces(low, c + title.len());
                    // "Phó Hiệu trưởng phụ trách chuyên môn kiểm tra …": the title with its
                    // remit is a colleague given the work, whatever follows (O17).
                    if let Some(remit) = super::owners::remit_end(text, low, m, e) {
                        let r = skip_spaces(low, remit);
                        let verb =
                            table_at(low, r, &verbs::OBLIGATIONS)
                                .map(str::len)
                                .or_else(|| {
                                    starts_predicate(low, r)
                                        .then(|| super::text::word_end(low, r) - r)
                                });
                        if let Some(len) = verb {
                            let mut owner = vec![(c, remit)];
                            // "… phụ trách văn xã chỉ đạo các trường rà soát …": every link of
                            // the chain leads (O3).
                            if let Some(chain) = table_at(low, r, &verbs::CHAINING) {
                                owner.extend(self.objects(skip_spaces(low, r + chain.len()), e));
                            }
                            return Reading::lead(owner, Because::of(Rule::Subject, r, len));
                        }
                    }
                    let owner = vec![(c, c + title.len())];
                    if let Some(modal) = table_at(low, m, &verbs::OBLIGATIONS) {
                        return Reading::lead(owner, Because::of(Rule::Subject, m, modal.len()));
                    }
                    // "Đối với các trường chưa đạt chuẩn, Hiệu trưởng xây dựng lộ trình …": after
                    // a topic, the title alone is its head, given the task (O18, O20).
                    // (So is a post alone before its task, "Kế toán hoàn thiện hồ sơ …",
                    // "Hiệu trưởng xây dựng lộ trình …", O18.)
                    let post = table_at(low, c, &units::STAFF_POSTS).is_some_and(|p| p == title);
                    if (topic_before || post) && starts_predicate(low, m) {
                        let verb = super::text::word_end(low, m) - m;
                        // "Hiệu trưởng chỉ đạo tổ Khoa học tự nhiên rà soát …" when another
                        // post concludes: both links of the chain lead (O3).
                        let mut owner = owner;
                        if let Some(chain) = table_at(low, m, &verbs::CHAINING) {
                            owner.extend(self.chained(chain, skip_spaces(low, m + chain.len()), e));
                        }
                        return Reading::lead(owner, Because::of(Rule::Subject, m, verb));
                    }
                }
                continue;
            };
            // "Nghị quyết đã được các cấp ủy, chính quyền quán triệt …": a unit listed after a
            // comma of a report belongs to the report (N1).
            if i > 0 && fallback == Reading::Other && semicolon.is_none_or(|at| at >= c) {
                // (Clauses start after punctuation, which no past-tense word spans: the
                // stretch before this clause is what was scanned plus what is new.)
                if c > past_scanned {
                    past_before |= find_any(low, &verbs::PAST, past_scanned, c).is_some();
                    past_scanned = c;
                }
                if past_before {
                    return Reading::NotOrder;
                }
            }
            // "Các phòng GDĐT huyện, thị xã, thành phố (sau đây gọi chung là các phòng GDĐT)
            // chịu trách nhiệm: …": the alias owns, as after a request verb (O9).
            let alias = alias_at(text, low, skip_spaces(low, after), e).and_then(|a| {
                let close = low[a.1..e].find(')')?;
                Some((a, a.1 + close + 1))
            });
            let q = match alias {
                Some((_, close)) => skip_spaces(low, close),
                None => self.past_apposition(first.0, after, e),
            };
            // "ông X, Hiệu trưởng Trường Y, phải …": the title is the person's, not a unit.
            // ("Thầy X, cô Y bồi dưỡng …": two persons, no apposition skipped, O15.)
            let person_alone =
                table_at(low, first.0, &units::HONORIFICS).is_some() && q > skip_spaces(low, after);
            let alone = [alias.map_or(first, |(a, _)| a)];
            let units: &[(usize, usize)] = if person_alone || alias.is_some() {
                &alone
            } else {
                listed
            };
            // "Phòng Giáo dục Tiểu học (chủ trì), Văn phòng Sở (phối hợp) rà soát …": the role
            // in brackets after the units (R1; the supporters' found by `supports`, R2).
            let bracket = skip_spaces(low, after);
            if let Some(role) = table_at(low, bracket, &units::LEAD_IN_BRACKETS) {
                return Reading::lead(
                    units.to_vec(),
                    Because::of(Rule::Subject, bracket, role.len()),
                );
            }
            // "Phòng GD&ĐT cùng với Trung tâm Y tế huyện kiểm tra …": the supporting units
            // (R2, found by `supports`) stand between the subject and its verb.
            let q = match table_at(low, q, &units::SUPPORT_MARKERS) {
                Some(m) if m == "cùng với" => {
                    let (partners, after) =
                        unit_list_at(text, low, skip_spaces(low, q + m.len()), e);
                    if partners.is_empty() {
                        q
                    } else {
                        skip_spaces(low, after)
                    }
                }
                _ => q,
            };
            // ("còn" is an adverb, but "còn chậm" a reported state: looked for before it is skipped.)
            let shortcoming = table_at(low, q, &verbs::REPORTED_STATES);
            let q = if shortcoming.is_some() {
                q
            } else {
                skip_adverbs(low, q)
            };
            // "Các trường chưa nộp báo cáo khẩn trương nộp …": what the subject has not done
            // yet, then its predicate, is a qualifier inside the owner (O7).
            if listed.len() == 1 {
                let qualifier = super::owners::not_yet_qualifier(low, q, e)
                    .or_else(|| super::owners::passive_qualifier(low, q, e))
                    .or_else(|| super::owners::ongoing_qualifier(low, first, q, e));
                if let Some((end, m, len)) = qualifier {
                    // ("Các trường được kiểm tra năm 2024 đã khắc phục …" reports.)
                    if table_at(low, m, &verbs::PAST).is_some() {
                        return Reading::NotOrder;
                    }
                    // ("Các trường có nhu cầu sửa chữa phòng học có thể đăng ký …" is leave, N4.)
                    if table_at(low, m, &verbs::NOT_ORDERS).is_some() {
                        return self.request_after_praise(m, e).unwrap_or(Reading::NotOrder);
                    }
                    let owner = (first.0, end);
                    return Reading::lead(vec![owner], Because::of(Rule::Subject, m, len));
                }
            }
            // ("Các trường vừa dạy học vừa phòng, chống dịch": "vừa … vừa" is both, not just
            // done.)
            let both = |w: &str| {
                w == "vừa"
                    && super::text::find_phrase(low, "vừa", q + w.len(), clause_end(text, q, e))
                        .is_some()
            };
            let said_past = table_at(low, q, &verbs::PAST).filter(|w| !both(w));
            let (past, q) = match said_past.or(shortcoming) {
                Some(w) => (true, skip_adverbs(low, skip_spaces(low, q + w.len()))),
                None => (false, q),
            };
            // "Các trường tiểu học chưa hoàn thành cập nhật dữ liệu cần hoàn thành trước …": a
            // report about the subject, then a modal in the same stretch, is a qualifier inside
            // the owner (O7).
            // So is a relative clause right after a single subject ("Giáo viên dạy lớp 9 cần
            // tăng cường …", "Các trường tổ chức bán trú cần bảo đảm …"), when no unit is named
            // in it, it directs no one and it sets no condition ("cấp ủy nơi để xảy ra sai phạm
            // phải kiểm điểm" warns whoever it may be).
            let relative = !past
                && listed.len() == 1
                && table_at(low, q, &verbs::OBLIGATIONS).is_none()
                && !starts_predicate_of_others(low, q)
                && table_at(low, q, &crate::lexicon::deadlines::CUES).is_none()
                // (A modal, an adverb or a main verb opens the predicate: "Thủ trưởng các đơn vị
                // không được né tránh mà phải …".)
                && table_at(low, q, &verbs::STRONG_PREDICATES).is_none();
            // The relative clause's modal, found once: in a short stretch of the clause.
            let relative_modal = relative
                .then(|| {
                    let window = boundary_before(low, (q + 80).min(e));
                    // ("Các trường có tổ chức dạy thêm, học thêm phải …": after "có" a list.)
                    let ends: &[u8] = if phrase_at(low, q, "có") {
                        b";:("
                    } else {
                        b",;:("
                    };
                    let stretch = first_ascii_of(low, q, window, ends).unwrap_or(window);
                    find_any(low, &verbs::OBLIGATIONS, q, stretch).filter(|&(m, _)| {
                        find_any(low, &units::DETERMINERS, q, m).is_none()
                            && find_any(low, &verbs::REQUESTING, q, m).is_none()
                            && find_any(low, &verbs::CHAINING, q, m).is_none()
                            && find_any(low, &units::SUPPORT_MARKERS, q, m).is_none()
                            && find_any(low, &verbs::CONDITIONS_ON_OWNERS, q, m).is_none()
                    })
                })
                .flatten();
            let qualified = if past {
                // (A qualifier is short: only the next few hundred bytes are looked at, so a
                // long sentence of such clauses stays linear.)
                let window = boundary_before(low, (q + 400).min(e));
                let stretch = first_ascii_of(low, q, window, b",;:").unwrap_or(window);
                find_any(low, &verbs::OBLIGATIONS, q, stretch)
            } else {
                relative_modal
            };
            if let Some((m, modal)) = qualified {
                let mut owners = vec![(first.0, low[..m].trim_end().len())];
                // "Đồng chí Trưởng phòng GD&ĐT chịu trách nhiệm chỉ đạo các trường …": a chain
                // after the modal, as after a plain subject's (O3).
                let r = skip_spaces(low, m + modal.len());
                if let Some(verb) = table_at(low, r, &verbs::CHAINING) {
                    owners.extend(self.chained(verb, skip_spaces(low, r + verb.len()), e));
                }
                return Reading::lead(owners, Because::of(Rule::Subject, m, modal.len()));
            }
            // "các trường trong vòng 10 ngày kể từ ngày nhận được thông báo này phải rà soát …":
            // a deadline between the subject and its modal (D9). (A short look, within the clause.)
            if !past && table_at(low, q, &crate::lexicon::deadlines::CUES).is_some() {
                let window = boundary_before(low, (q + 160).min(e));
                let stretch = low[q..window]
                    .find([',', ';', ':'])
                    .map_or(window, |i| q + i);
                if let Some((m, modal)) = find_any(low, &verbs::OBLIGATIONS, q, stretch) {
                    let timed = dated(low, q, m, self.reference, self.refs)
                        .or_else(|| undated(low, q, m))
                        .is_some_and(|d| d.start == q);
                    if timed {
                        return Reading::lead(
                            units.to_vec(),
                            Because::of(Rule::Subject, m, modal.len()),
                        );
                    }
                }
            }
            // "Ông X, Hiệu trưởng Trường Y đề xuất Phòng sớm hướng dẫn …": a participant's
            // proposal to the issuer (N8).
            if proposes_to_issuer(low, first.0, q, e) {
                return Reading::NotOrder;
            }
            let request = table_at(low, q, &verbs::REQUESTING);
            if request.is_some() && units.iter().any(|&(a, b)| names_some(low, a, b)) {
                // "Hiệu trưởng một số trường THPT đề nghị Sở cho phép …": a participant's
                // proposal to the issuer (N8).
                return Reading::NotOrder;
            }
            // "Sở đã chỉ đạo các trường tổ chức thành công lễ khai giảng": an order reported as
            // carried out is a report (N14).
            if past && find_any(low, &verbs::DONE, q, e).is_some() {
                return Reading::NotOrder;
            }
            // "Một số trường tổ chức thành công Hội thi …": the subject's action said done, with
            // no "đã", reports it (N1), as the same words do opening a paragraph.
            if let Some(verb) = table_at(low, q, &verbs::IMPERATIVE_OPENERS) {
                if table_at(low, skip_spaces(low, q + verb.len()), &verbs::DONE).is_some() {
                    return Reading::NotOrder;
                }
            }
            // "Một số trường nộp báo cáo còn chậm", "Tuy nhiên, các đơn vị thực hiện chưa
            // nghiêm …": some units' work said still lacking is a limitation (N2).
            if request.is_none() && self.states_a_shortfall(s, units, q, e) {
                return Reading::NotOrder;
            }
            if let Some(verb) = request {
                // The subject asks; the units after the verb do (O2). "đã yêu cầu X làm" is
                // still an order when the action is ahead (N14).
                let after = skip_spaces(low, q + verb.len());
                // "GVCN các lớp nhắc nhở học sinh thực hiện nghiêm nội quy": pupils, parents or
                // the public are told, not given the task; the one who tells them does it (O18).
                if table_at(low, after, &units::AUDIENCES).is_some()
                    && !is_speaker(text, low, units)
                {
                    return Reading::lead(
                        units.to_vec(),
                        Because::of(Rule::Subject, q, verb.len()),
                    );
                }
                let objects = self.objects(after, e);
                let why = Because::of(Rule::AfterRequest, q, verb.len());
                // "Các trường phân công chuyên môn hợp lý": work handed out to no unit named is
                // the subject's own (O2).
                if objects.is_empty()
                    && verbs::HANDING_OUT.contains(verb)
                    && !is_speaker(text, low, units)
                {
                    return Reading::lead(
                        units.to_vec(),
                        Because::of(Rule::Subject, q, verb.len()),
                    );
                }
                if objects.is_empty() {
                    // "Đồng chí Nguyễn Văn Hòa đề nghị thời gian tới, ngành giáo dục cần …": who
                    // is asked may be named in a later clause, as after a speaker's title.
                    if fallback == Reading::Other {
                        fallback = Reading::Directing(objects, why);
                    }
                    continue;
                }
                // "Hiệu trưởng các trường giao giáo viên chủ nhiệm lập danh sách …": units in
                // the plural are told, never the ones who tell; passing the task on, they are a
                // link of a chain and lead as well (O3).
                if addressed_in_the_plural(low, units) && !is_speaker(text, low, units) {
                    let mut all = units.to_vec();
                    all.extend(objects);
                    return Reading::lead(all, Because::of(Rule::Chain, q, verb.len()));
                }
                return Reading::lead(objects, why);
            }
            let chain = table_at(low, q, &verbs::CHAINING)
                .or_else(|| table_at(low, q, &verbs::CHAINING_AFTER_A_UNIT));
            if let Some(verb) = chain {
                // "Đồng chí X đã chỉ đạo: ngành giáo dục cần …": a directing verb before a colon
                // gives the conclusions, as "kết luận:" does; who says them owns none (O5).
                // (Who is told is then read in the clause after the colon.)
                if low[q + verb.len()..].trim_start().starts_with(':') {
                    if fallback == Reading::Other {
                        fallback = Reading::Directing(
                            Vec::new(),
                            Because::of(Rule::AfterRequest, q, verb.len()),
                        );
                    }
                    continue;
                }
                let mut all = if self.speaks_in_a_chain(units) {
                    Vec::new()
                } else {
                    units.to_vec()
                };
                // "Chi bộ Phòng GD&ĐT lãnh đạo xây dựng kế hoạch … cho giáo viên", "Phó Giám
                // đốc Sở chỉ đạo xây dựng bộ văn kiện mẫu cho các trường": a verb right after
                // it, the subject leads the work itself and names no next link (whom the work
                // is for is no owner).
                let r = skip_spaces(low, q + verb.len());
                let work_next = table_at(low, r, &verbs::STRONG_PREDICATES).is_some()
                    || table_at(low, r, &verbs::IMPERATIVE_OPENERS).is_some();
                if !work_next || super::owners::head_at(text, low, r).is_some() {
                    all.extend(self.chained(verb, r, e));
                }
                return Reading::lead(all, Because::of(Rule::Chain, q, verb.len()));
            }
            if past {
                return Reading::NotOrder;
            }
            if table_at(low, q, &verbs::NOT_ORDERS).is_some() {
                return self.request_after_praise(q, e).unwrap_or(Reading::NotOrder);
            }
            // "… nếu có vướng mắc, các đơn vị liên hệ Phòng X … để được hướng dẫn": whom to
            // ask, not a task (N10).
            if let Some(w) = table_at(low, q, &verbs::CONTACT) {
                if find_any(low, &verbs::TO_BE_HELPED, q + w.len(), e).is_some() {
                    return Reading::NotOrder;
                }
            }
            let predicate = table_at(low, q, &verbs::STRONG_PREDICATES)
                .or_else(|| table_at(low, q, &verbs::IMPERATIVE_OPENERS))
                .or_else(|| table_at(low, q, &verbs::WEAK_PREDICATES))
                .or_else(|| in_charge_of_work(low, q))
                // (A remit after a unit with a name, which ends there: "Phòng GDTrH phụ trách
                // công tác thi".)
                .or_else(|| table_at(low, q, &units::REMIT_MARKERS));
            // "Phòng Giáo dục trung học: hướng dẫn các trường …" — a unit, a colon, its task.
            let mut colon_task =
                low[q..].starts_with(':') && low[q + 1..e].chars().any(char::is_alphabetic);
            // "Bộ phận thư viện, thiết bị: kiểm kê …" — the label runs on past the unit read,
            // over a comma of its name, to its colon: one unit (O16).
            let label_colon = (i == 0 && low[q..].starts_with(',') && units.len() == 1)
                .then(|| self.label_colon(q, e))
                .flatten();
            let label = label_colon.map(|colon| [(first.0, low[..colon].trim_end().len())]);
            let (units, q) = match (&label, label_colon) {
                (Some(l), Some(colon)) => {
                    colon_task = true;
                    (&l[..], colon)
                }
                _ => (units, q),
            };
            // "Giám đốc Sở thống nhất; đề nghị …", "Trưởng phòng đồng ý với đề xuất …": the one
            // who speaks decides; the decision gives no one work, a request joined to it does
            // (O5, N3).
            if let Some(decision) = table_at(low, q, &verbs::DECISIONS) {
                if is_speaker(text, low, units) {
                    return self
                        .request_after_praise(q + decision.len(), e)
                        .unwrap_or(Reading::NotOrder);
                }
            }
            if let Some(p) = predicate {
                // "X có trách nhiệm chỉ đạo Y bảo đảm …": a chain after a modal (O3).
                let mut units = units.to_vec();
                let mut r = skip_spaces(low, q + p.len());
                // "X chủ trì, phối hợp với Y đôn đốc Z …": the chain after the supporting
                // units (O3; Y supports, Z leads).
                if let Some(with) = after_partners_marker(low, r, e) {
                    let (_, after) = unit_list_at(text, low, with, e);
                    if after > with {
                        r = skip_adverbs(low, skip_spaces(low, after));
                    }
                }
                // "X theo dõi, chỉ đạo Y thực hiện …": the chain after a short run of
                // predicates (O3), each after a comma.
                for _ in 0..3 {
                    if !low[r..].starts_with(',') {
                        break;
                    }
                    let n = skip_spaces(low, r + 1);
                    if table_at(low, n, &verbs::CHAINING).is_some() {
                        r = n;
                        break;
                    }
                    match table_at(low, n, &verbs::STRONG_PREDICATES)
                        .or_else(|| table_at(low, n, &verbs::IMPERATIVE_OPENERS))
                    {
                        Some(v) => r = skip_spaces(low, n + v.len()),
                        None => break,
                    }
                }
                if let Some(verb) = table_at(low, r, &verbs::CHAINING) {
                    units.extend(self.chained(verb, skip_spaces(low, r + verb.len()), e));
                }
                return Reading::lead(units, Because::of(Rule::Subject, q, p.len()));
            }
            if colon_task && i == 0 {
                // "UBND các xã, thị trấn: Chỉ đạo Ban Chỉ đạo phổ cập giáo dục xã rà soát …":
                // a chain after the colon adds its objects, as after the topic's (O3, O20).
                let mut units = units.to_vec();
                let r = skip_spaces(low, q + 1);
                if let Some(verb) = table_at(low, r, &verbs::CHAINING) {
                    units.extend(self.chained(verb, skip_spaces(low, r + verb.len()), e));
                }
                return Reading::lead(units, Because::of(Rule::Subject, q, 1));
            }
        }
        if let Some((at, modal)) = find_modal(low, s, e) {
            return Reading::Action(Because::of(Rule::Modal, at, modal.len()));
        }
        fallback
    }

    /// Where the colon of a unit's label stands when the label runs on from `q` (a comma after
    /// the unit read) over a few words that name no action: "Bộ phận thư viện|, thiết bị: kiểm
    /// kê …". (A short look: the colon is near.)
    fn label_colon(&self, q: usize, e: usize) -> Option<usize> {
        let low = self.low;
        let window = boundary_before(low, (q + 60).min(e));
        let colon = q + low[q..window].find(':')?;
        let words = word_count_upto(&low[q..colon], 6);
        let clean = words > 0
            && words <= 5
            && !low[q..colon].contains([';', '.', '(', '"'])
            && low[colon + 1..e].chars().any(char::is_alphabetic);
        // (All the tables in one pass over the label's words.)
        let acts = super::text::first_of_each(
            low,
            [
                &verbs::STRONG_PREDICATES,
                &verbs::IMPERATIVE_OPENERS,
                &verbs::WEAK_PREDICATES,
                &verbs::REQUESTING,
                &verbs::CHAINING,
                &verbs::DIRECTING,
                &verbs::NAME_STOPS,
                &units::SPEAKERS,
                &crate::lexicon::deadlines::CUES,
            ],
            q,
            colon,
        )
        .iter()
        .any(Option::is_some);
        // ("Tổ Văn phòng, bảo vệ: …": a post that is also a verb, alone after the comma.)
        let r = skip_spaces(low, q + 1);
        let post = table_at(low, r, &units::ROLES_BEFORE_A_VERB)
            .or_else(|| table_at(low, r, &units::STAFF_POSTS))
            .is_some_and(|w| low[r + w.len()..colon].trim().is_empty());
        (clean && (post || !acts)).then_some(colon)
    }

    /// The agent of a passive assignment (O21): "Việc tổ chức Hội thi … do bộ phận chuyên môn
    /// Tiểu học chủ trì thực hiện", "Kế hoạch … được giao cho đồng chí Phó Trưởng phòng Nguyễn
    /// Văn Tuấn xây dựng". The work is named first; the unit after the marker owns it when a verb
    /// of [`verbs::AGENT_VERBS`] follows. Not in a report ("Hội thi do Sở tổ chức đã thu hút …"),
    /// not for a chair ("Hội nghị do đồng chí X chủ trì."), not "Do thiếu giáo viên, …" (why).
    fn passive_agent(&self, s: usize, e: usize) -> Option<Reading> {
        let (text, low) = (self.text, self.low);
        let first = skip_spaces(low, s);
        // Most sentences have neither "do" nor "được giao": a substring search lets them go.
        let sentence = &low[s..e];
        if !sentence.contains(" do ") && !sentence.contains("được giao") {
            return None;
        }
        let (at, marker) = find_any(low, &verbs::AGENT_MARKERS, first + 1, e)?;
        if find_any(low, &verbs::PAST, s, e).is_some() || at <= first {
            return None;
        }
        // The work comes first, in the same clause.
        if first_ascii_of(low, first, at, b",;:").is_some() {
            return None;
        }
        let agent = skip_spaces(low, at + marker.len());
        let unit = super::owners::unit_at(text, low, agent, e)?;
        let q = skip_spaces(low, unit.1);
        let verb = table_at(low, q, &verbs::AGENT_VERBS)?;
        let after = skip_spaces(low, q + verb.len());
        let more = low[after..e]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        if verb == "chủ trì" && !more {
            return None;
        }
        Some(Reading::lead(
            vec![unit],
            Because::of(Rule::Subject, at, marker.len()),
        ))
    }

    /// The owner of the work named at the clause start (O19): "Báo cáo của các đơn vị …", or
    /// after an imperative verb, "Đề cao trách nhiệm của người đứng đầu …". Looked for only in
    /// the first few words, so that "Theo báo cáo của Văn phòng Sở, …" names no owner.
    fn possessor(&self, c: usize, e: usize) -> Option<(Vec<(usize, usize)>, Because)> {
        let (text, low) = (self.text, self.low);
        // Every phrase of the table ends with "của", within the first few words.
        let window = boundary_before(low, (c + 80).min(e));
        if !low[c..window].contains("của") {
            return None;
        }
        // "Công tác kiểm định chất lượng giáo dục của các trường cần được quan tâm hơn": the work
        // named at length, its possessor, then a modal.
        if let Some(w) = table_at(low, c, &units::WORK_NAMED) {
            if let Some(of) = super::text::find_phrase(low, "của", c + w.len(), window) {
                let (units, after) = unit_list_at(text, low, skip_spaces(low, of + "của".len()), e);
                let m = skip_spaces(low, after);
                let modal = table_at(low, m, &verbs::PASSIVE_MODALS)
                    .or_else(|| table_at(low, m, &verbs::OBLIGATIONS));
                // "Nhiệm vụ của các trường trong thời gian tới là tập trung …": what the work
                // is, said with "là" after a few words of time.
                let near = boundary_before(low, (m + 48).min(e));
                let is = super::text::find_phrase(low, "là", m, near)
                    .filter(|&l| !low[m..l].contains([',', ';', ':', '.']));
                if !units.is_empty() && (modal.is_some() || is.is_some()) {
                    return Some((units, Because::of(Rule::Possessor, of, "của".len())));
                }
            }
        }
        let mut p = c;
        let mut words = 1;
        if table_at(low, c, &units::WORK_OF).is_some() {
            // "Báo cáo của các đơn vị …": the work itself opens the clause.
        } else if let Some(v) = table_at(low, c, &verbs::IMPERATIVE_OPENERS) {
            p = skip_spaces(low, c + v.len());
            words = 4;
        }
        for _ in 0..words {
            if p >= e {
                return None;
            }
            if let Some(w) = table_at(low, p, &units::WORK_OF) {
                let (units, _) = unit_list_at(text, low, skip_spaces(low, p + w.len()), e);
                return (!units.is_empty())
                    .then_some((units, Because::of(Rule::Possessor, p, w.len())));
            }
            let next = super::text::word_end(low, p);
            if next == p {
                return None;
            }
            p = skip_spaces(low, next);
        }
        None
    }

    /// The units after a request or chain verb, with every further link of a chain (O3: "chỉ
    /// đạo Phòng X yêu cầu các trường …" → both), or the alias they are given (O9).
    /// The units a chain's `verb`, its objects at `at`, passes the task on to (O3) — none when
    /// all they are told is to carry out the notice ("Văn phòng Sở theo dõi, đôn đốc các đơn vị
    /// thực hiện Thông báo này": the office's task, N5; the units' own tasks are the notice's),
    /// or are urged to carry it out ("… đôn đốc các đơn vị thực hiện."). Told to carry out what
    /// the item names, they lead ("… chỉ đạo các phòng chuyên môn thực hiện.").
    fn chained(&self, verb: &str, at: usize, e: usize) -> Vec<(usize, usize)> {
        let objects = self.objects(at, e);
        let low = self.low;
        let Some(&(_, last)) = objects.last() else {
            return objects;
        };
        let rest = low[last.min(e)..e].trim_matches(|c: char| " ./;!".contains(c));
        let notice = verbs::THIS_NOTICE
            .iter()
            .find_map(|w| rest.strip_suffix(w))
            .map(str::trim_end);
        let urged = verbs::FOLLOWING_UP.contains(verb);
        let tail = notice.or(urged.then_some(rest));
        if tail.is_some_and(|t| t.is_empty() || verbs::CLOSING_TAILS.iter().any(|w| t == w)) {
            return Vec::new();
        }
        objects
    }

    fn objects(&self, at: usize, e: usize) -> Vec<(usize, usize)> {
        let (text, low) = (self.text, self.low);
        let mut out = Vec::new();
        let mut p = at;
        for link in 0..4 {
            // A copy's line break inside the sentence, right after the verb ("… chỉ đạo" /
            // "UBND cùng cấp đầu tư …", J7): the unit is on the next line.
            p = past_line_break(low, p, e);
            // "… yêu cầu thời gian tới các đơn vị cần …": a vague time before whom is asked
            // (D18, O2), with or without its comma.
            if let Some(w) = table_at(low, p, &crate::lexicon::deadlines::VAGUE_TIMES) {
                let r = skip_spaces(low, p + w.len());
                p = skip_spaces(low, r + usize::from(low[r..].starts_with(',')));
            }
            let (mut units, mut after) = unit_list_at(text, low, p, e);
            // "… chủ trì buổi giao ban.", "tổ chức giao lưu": a head word alone, in lowercase,
            // with nothing after it in its clause, ends a noun ("giao ban"), names no one.
            if let [(s, u)] = units[..] {
                let lone = text[s..u].starts_with(char::is_lowercase)
                    && !low[s..u].contains(' ')
                    && (u == e || low[u..e].trim_start().starts_with(['.', ',', ';', ':']));
                if lone && table_at(low, s, &units::HEADS).is_some_and(|h| h.len() == u - s) {
                    units.clear();
                    after = p;
                }
            }
            // In a line in capitals ("III. KIẾN NGHỊ VÀ BIỆN PHÁP XỬ LÝ") a capital tells no
            // name from a word.
            if units.is_empty() && link == 0 && !mostly_upper(&text[p..e]) {
                units = proper_names_at(text, low, p, e);
                after = units.last().map_or(p, |u| u.1);
            }
            if units.is_empty() && link == 0 {
                // "giao các chỉ tiêu sau cho ngành giáo dục", "giao nhiệm vụ … cho X": the
                // thing given first, then its owner after "cho" (in the same clause).
                let clause = clause_end(text, p, e);
                if let Some(cho) = super::text::find_phrase(low, "cho", p, clause) {
                    p = skip_spaces(low, cho + "cho".len());
                    (units, after) = unit_list_at(text, low, p, e);
                }
            }
            if units.is_empty() {
                break;
            }
            let q = skip_spaces(low, after);
            if let Some(alias) = alias_at(text, low, q, e) {
                out.push(alias);
                break;
            }
            out.extend(units);
            // "Yêu cầu các trường chưa nộp báo cáo khẩn trương nộp …": the qualifier stays in
            // the owner (O7).
            let q = match super::owners::not_yet_qualifier(low, q, e)
                .or_else(|| super::owners::passive_qualifier(low, q, e))
            {
                Some((end, predicate, _)) => {
                    if let Some(last) = out.last_mut() {
                        last.1 = end;
                    }
                    predicate
                }
                None => q,
            };
            let mut q = skip_adverbs(low, q);
            // "Giao đồng chí Nguyễn Thị Lan, Phó Trưởng phòng chỉ đạo bộ phận Tiểu học …": the
            // next link after a person's title or a bracket (O3, O17).
            if let Some(&(last, _)) = out.last() {
                let r = self.past_apposition(last, q, e);
                if r > q && link_verb_at(low, r).is_some() {
                    q = r;
                }
            }
            // "đề nghị các phòng GD&ĐT tiếp tục chỉ đạo các trường …": a manner or a modal
            // before the next link (O3).
            for _ in 0..3 {
                match table_at(low, q, &verbs::BEFORE_A_LINK) {
                    Some(w) => q = skip_spaces(low, q + w.len()),
                    None => break,
                }
            }
            // "đề nghị Ban cán sự Đảng UBND huyện lãnh đạo UBND huyện chỉ đạo Phòng GDĐT …":
            // every link of the chain (O3); a unit's name ends before "lãnh đạo" only where it
            // directs (a party body, a named unit, then a unit), so it is a link here.
            match link_verb_at(low, q) {
                Some(v) => p = skip_spaces(low, q + v.len()),
                None => break,
            }
        }
        out
    }

    /// N2: whether the subject `units`, whose predicate starts at `q`, is said to fall short:
    /// some of them ("một số trường …"), or any after a contrast opening the sentence at `s`
    /// ("Tuy nhiên, …"), with a word of shortfall in the clause ("còn chậm", "chưa", "vẫn") and
    /// no modal or request in it. After a contrast, a call to press on ("tiếp tục", "khẩn
    /// trương") is an order still. (A short look, within the clause.)
    fn states_a_shortfall(&self, s: usize, units: &[(usize, usize)], q: usize, e: usize) -> bool {
        let low = self.low;
        let Some(&(first, _)) = units.first() else {
            return false;
        };
        let some = units.iter().any(|&(a, b)| names_some(low, a, b));
        let contrast = !some && find_any(low, &verbs::CONTRASTS, s, first).is_some();
        if !(some || contrast) {
            return false;
        }
        let window = boundary_before(low, (q + 300).min(e));
        let clause = low[q..window].find(';').map_or(window, |k| q + k);
        let none = |table| find_any(low, table, q, clause).is_none();
        find_any(low, &verbs::SHORTFALLS, q, clause).is_some()
            && none(&verbs::OBLIGATIONS)
            && none(&verbs::REQUESTING)
            && (some || none(&verbs::AFTER_NOT_YET))
    }

    /// Whether the clause at `at` is a short label of the work's subject, then its colon, with
    /// no one and nothing done in it: "2. Nhiệm vụ thời gian tới: Tổ chức tốt …", "Công tác thi
    /// đua: Rà soát …", "Về thể thao: …". The clause after it opens the sentence. (Not a unit
    /// or a topic, "Đối với Phòng X:", nor a labelled line of the task before, "Thời gian hoàn
    /// thành: …", "Đơn vị chủ trì: …", whose labels hold a verb.)
    fn topic_label(&self, at: usize, e: usize) -> bool {
        let (text, low) = (self.text, self.low);
        // A label of a few words: its colon is near (most sentences have none there).
        let near = (at + 100).min(e);
        if !low.as_bytes()[at.min(near)..near].contains(&b':') {
            return false;
        }
        let end = clause_end(text, at, e);
        let words = word_count_upto(&low[at..end], 9);
        if !low[end..e].starts_with(':') || words == 0 || words > 8 {
            return false;
        }
        // (All the tables in one pass over the label's words.)
        let something = super::text::first_of_each(
            low,
            [
                &verbs::STRONG_PREDICATES,
                &verbs::IMPERATIVE_OPENERS,
                &verbs::REQUESTING,
                &verbs::CHAINING,
                &verbs::DIRECTING,
                &verbs::TOPIC_OPENERS,
                &units::SPEAKERS,
                &units::HONORIFICS,
                &structure::ASSESSMENT_CUES,
                &crate::lexicon::deadlines::CUES,
            ],
            at,
            end,
        )
        .iter()
        .any(Option::is_some);
        !something
            && super::owners::unit_at(text, low, skip_connectors(low, at, end), end).is_none()
    }

    /// Past what stands between a subject and its verb: a bracket ("Cô Nguyễn Thị Bích (kế
    /// toán) hoàn thành …") or, after a person, an appositive title ("ông X, Hiệu trưởng
    /// Trường Y, phải …", O17).
    fn past_apposition(&self, unit_start: usize, after: usize, e: usize) -> usize {
        let low = self.low;
        // (A subject may end at the sentence's end: the spaces after it are no part of it.)
        let q = skip_spaces(low, after).min(e);
        if low[q..e].starts_with('(') {
            if let Some(close) = low[q..e].find(')') {
                return skip_spaces(low, q + close + 1);
            }
        }
        let person = table_at(low, unit_start, &units::HONORIFICS).is_some();
        // "Ông Trần Văn Nam - Trưởng phòng Tổ chức cán bộ hoàn thiện …": a title after a dash
        // is the person's too; it ends where the unit it names does.
        if person && low[q..e].starts_with(['-', '–']) {
            let dash = low[q..].chars().next().map_or(1, char::len_utf8);
            let title = skip_spaces(low, q + dash);
            if let Some((_, end)) = super::owners::unit_at(self.text, low, title, e)
                .filter(|_| table_at(low, title, &units::PERSON_HEADS).is_some())
            {
                return skip_spaces(low, end);
            }
            // "Cô Lan - TTCM kiểm tra …", "Đồng chí An - Phó Hiệu trưởng chỉ đạo …": a title
            // alone, or a post by its initials, up to the predicate (a few words on).
            let titled = [
                &units::PERSON_HEADS,
                &units::STAFF_POSTS,
                &units::POSTS_BY_INITIALS,
            ]
            .into_iter()
            .any(|table| table_at(low, title, table).is_some());
            if titled {
                let close = first_ascii_of(low, title, e, b",;").unwrap_or(e);
                if let Some(p) = predicate_within(low, title, close) {
                    return p;
                }
            }
        }
        if low[q..e].starts_with(',') && person {
            // The appositive may already have been read as a unit of the list: then the verb
            // follows this comma; else it follows the next one.
            let next = skip_spaces(low, q + 1);
            if starts_predicate(low, next) {
                return next;
            }
            // "ông X, kế toán nhà trường phải …": a title not closed by a comma ends where the
            // predicate starts (a few words, before any comma).
            let close = low[next..e].find(',').map_or(e, |c| next + c);
            if let Some(p) = predicate_within(low, next, close) {
                return p;
            }
            if let Some(comma) = low[q + 1..e].find(',') {
                let r = q + 1 + comma;
                if word_count_upto(&low[q..r], 20) <= 16 {
                    return skip_spaces(low, r + 1);
                }
            }
        }
        q
    }
}

/// The verb that passes an order on to the next link at `q`, if one stands there: a request
/// ("đề nghị", "yêu cầu") or a chain ("chỉ đạo", "đôn đốc"; "lãnh đạo" after a unit), O3.
fn link_verb_at(low: &str, q: usize) -> Option<&'static str> {
    table_at(low, q, &verbs::REQUESTING)
        .or_else(|| table_at(low, q, &verbs::CHAINING))
        .or_else(|| table_at(low, q, &verbs::CHAINING_AFTER_A_UNIT))
}

/// The units a table's units column names: everything in the cell is a unit, so what the
/// unit grammar does not know is taken up to the next ";" or "," ("Bộ phận Mầm non; Y tế trường
/// học" is two units, L11).
fn cell_units(text: &str, low: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut p = s;
    while p < e {
        let mut q = p;
        while let Some(c) = low[q..e]
            .chars()
            .next()
            .filter(|c| matches!(c, ' ' | ',' | ';'))
        {
            q += c.len_utf8();
        }
        if phrase_at(low, q, "và") {
            q = skip_spaces(low, q + "và".len());
        }
        if q >= e {
            break;
        }
        let (units, after) = unit_list_at(text, low, q, e);
        if units.is_empty() || after <= q {
            let end = low[q..e].find([';', ',']).map_or(e, |i| q + i);
            let (a, b) = super::text::trim_range(text, q, end, &['.']);
            if a < b {
                out.push((a, b));
            }
            p = end;
        } else {
            out.extend(units);
            // Past words the grammar left ("Các trường có học sinh bán trú"): to the next piece.
            p = low[after..e].find([';', ',']).map_or(e, |i| after + i);
        }
    }
    out
}

/// Where the partners start after "chủ trì, phối hợp với" or "phối hợp với" at `r`.
fn after_partners_marker(low: &str, r: usize, e: usize) -> Option<usize> {
    let mut r = r;
    if low[r..e].starts_with(',') {
        r = skip_spaces(low, r + 1);
    }
    if let Some(verb) = table_at(low, r, &units::SUPPORT_VERBS) {
        r = skip_spaces(low, r + verb.len());
        for w in ["chặt chẽ với", "với", "cùng"] {
            if phrase_at(low, r, w) {
                return Some(skip_spaces(low, r + w.len()));
            }
        }
    }
    None
}

/// A list of proper names with no unit head after a request verb ("Đề nghị Viettel Bình
/// Phước, VNPT Bình Phước hỗ trợ …", O2): capitalised words, separated by "," or "và", and a
/// predicate right after. Empty when the words are not all capitalised up to a predicate.
fn proper_names_at(text: &str, low: &str, at: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut p = skip_spaces(low, at);
    let mut start = p;
    for _ in 0..24 {
        if p >= e {
            return Vec::new();
        }
        let capital = text[p..].chars().next().is_some_and(char::is_uppercase);
        if capital {
            let end = word_end(text, p);
            if end == p {
                return Vec::new();
            }
            let q = skip_spaces(low, end);
            if low[q..e].starts_with(',') || phrase_at(low, q, "và") {
                out.push((start, end));
                p = if low[q..e].starts_with(',') {
                    skip_spaces(low, q + 1)
                } else {
                    skip_spaces(low, q + "và".len())
                };
                start = p;
            } else {
                p = q;
                if starts_predicate(low, q) {
                    out.push((start, end));
                    return out;
                }
            }
        } else {
            return Vec::new();
        }
    }
    Vec::new()
}

/// Skips the quotation marks that open quoted conclusions (L6): they belong to no owner.
fn skip_quotes(low: &str, mut q: usize) -> usize {
    while let Some(c) = low.get(q..).and_then(|r| r.chars().next()) {
        if !matches!(c, '“' | '"' | '‘' | '\'' | '«') {
            break;
        }
        q = skip_spaces(low, q + c.len_utf8());
    }
    q
}

/// Whether a request, a chain or a supporting marker starts at `q`: verbs that bring other
/// units in, so what follows is not a qualifier of the subject.
fn starts_predicate_of_others(low: &str, q: usize) -> bool {
    table_at(low, q, &verbs::REQUESTING).is_some()
        || table_at(low, q, &verbs::CHAINING).is_some()
        || table_at(low, q, &units::SUPPORT_MARKERS).is_some()
}

/// Whether a verb, a modal or a request starts at `q`.
pub(super) fn starts_predicate(low: &str, q: usize) -> bool {
    table_at(low, q, &verbs::STRONG_PREDICATES).is_some()
        || table_at(low, q, &verbs::IMPERATIVE_OPENERS).is_some()
        || table_at(low, q, &verbs::REQUESTING).is_some()
        || table_at(low, q, &verbs::CHAINING).is_some()
        || in_charge_of_work(low, q).is_some()
}

/// "phụ trách" before the work itself ("Thầy X, Phó Hiệu trưởng, phụ trách xây dựng thời khóa
/// biểu …", "… phụ trách việc tổ chức hội thi"): a predicate, where before a field ("Phó Hiệu
/// trưởng phụ trách chuyên môn", "… phụ trách tổ chức cán bộ") it names a remit (O17).
pub(super) fn in_charge_of_work(low: &str, q: usize) -> Option<&'static str> {
    let marker = table_at(low, q, &units::REMIT_MARKERS)?;
    let r = skip_spaces(low, q + marker.len());
    let work = phrase_at(low, r, "việc")
        || (table_at(low, r, &verbs::STRONG_PREDICATES).is_some()
            || table_at(low, r, &verbs::IMPERATIVE_OPENERS).is_some())
            && table_at(low, r, &verbs::WEAK_PREDICATES).is_none()
            && table_at(low, r, &verbs::NAME_STOPS).is_none();
    work.then_some(marker)
}

/// The title of the one who concludes, as the lines before the body name them ("Kết luận của
/// Giám đốc Sở", "… Phó Chủ tịch UBND huyện kết luận như sau:"); `None` when they name no title
/// by a "kết luận".
fn concluder(low: &str, lines: &[Line], parts: &[Part]) -> Option<&'static str> {
    let before_body = parts.iter().position(|p| *p == Part::Body)?;
    for (line, _) in lines[..before_body]
        .iter()
        .zip(parts)
        .filter(|(_, p)| matches!(p, Part::Subject | Part::Intro | Part::Meeting))
    {
        let mut from = line.start;
        for _ in 0..4 {
            let Some(at) = low[from..line.end].find("kết luận").map(|k| from + k) else {
                break;
            };
            from = at + "kết luận".len();
            // "Kết luận của (đồng chí) Phó Chủ tịch UBND huyện …"
            let mut r = skip_spaces(low, from);
            if phrase_at(low, r, "của") {
                r = skip_spaces(low, r + "của".len());
                if let Some(h) = table_at(low, r, &units::HONORIFICS) {
                    r = skip_spaces(low, r + h.len());
                }
                if let Some(title) = table_at(low, r, &units::SPEAKERS) {
                    return Some(title);
                }
            }
            // "…, đồng chí X, Phó Giám đốc Sở kết luận:": the first title in its clause.
            let clause = low[line.start..at]
                .rfind([',', '.', ':', ';'])
                .map_or(line.start, |k| line.start + k + 1);
            let mut p = clause;
            while let Some((t, title)) = find_any(low, &units::SPEAKERS, p, at) {
                if table_at(low, t, &units::HONORIFICS).is_none() {
                    return Some(title);
                }
                p = t + title.len();
            }
        }
    }
    None
}

/// Past an honorific at `at` ("đồng chí", "ông", "thầy" …), if one stands there; else `at`.
fn past_honorific(low: &str, at: usize) -> usize {
    table_at(low, at, &units::HONORIFICS).map_or(at, |h| skip_spaces(low, at + h.len()))
}

/// The post a title of `units::SPEAKERS` holds, if the table knows it.
fn post_of(title: &str) -> Option<&'static str> {
    units::SPEAKERS_POSTS
        .iter()
        .find(|&&(t, _)| t == title)
        .map(|&(_, post)| post)
}

/// Whether the subject is the one who speaks (a title alone, "Giám đốc Sở", "Trưởng phòng"),
/// not addressees who hold a title ("Trưởng phòng GD&ĐT các huyện", O5).
fn is_speaker(text: &str, low: &str, units: &[(usize, usize)]) -> bool {
    match units {
        [(s, e)] => {
            // "đồng chí Phó Trưởng phòng …": the title after an honorific speaks as well.
            let s = &past_honorific(low, *s);
            // A title with its remit ("Phó Hiệu trưởng phụ trách cơ sở vật chất") is a
            // colleague given work (O17), and the head of a centre or a school ("Giám đốc Trung
            // tâm GDTX tỉnh") an addressee: neither is the one who speaks.
            let speaker = table_at(low, *s, &units::SPEAKERS);
            let of = speaker.map(|t| skip_spaces(low, *s + t.len()));
            // "Phó Giám đốc Nguyễn Văn Bình chỉ đạo việc tổ chức …": a deputy named is given
            // the work (O17); the one who concludes is the head.
            speaker.is_some()
                && !super::owners::is_named_deputy(text, low, *s)
                && of.is_none_or(|of| {
                    table_at(low, of, &units::ADDRESSEE_UNITS).is_none()
                        && table_at(low, of, &units::ISSUER_DEPARTMENTS).is_none()
                })
                && find_any(low, &units::REMIT_MARKERS, *s, *e).is_none()
                && !in_the_plural(&low[*s..*e])
                && !names_some(low, *s, *e)
        }
        _ => false,
    }
}

/// Where a predicate starts a few words after `from` (the first word passed over), before
/// `end`: the words of a title between are the person's ("ông X, kế toán nhà trường phải …",
/// "Cô Lan - TTCM kiểm tra …").
fn predicate_within(low: &str, from: usize, end: usize) -> Option<usize> {
    let mut p = from;
    for _ in 0..8 {
        p = skip_spaces(low, word_end(low, p));
        if p >= end || p == word_end(low, p) {
            return None;
        }
        if starts_predicate(low, p) {
            return Some(p);
        }
    }
    None
}

/// Whether the sentence piece at `first` follows a ";" (a clause of a run, N15).
fn after_semicolon(low: &str, first: usize) -> bool {
    low[..first].trim_end().ends_with(';')
}

/// Whether `a..b` names only some of the units ("một số trường", "đại diện các trường"): not
/// the representatives' board, a unit of its own ("Ban đại diện cha mẹ học sinh không được tự
/// đặt ra các khoản thu" forbids, N12).
fn names_some(low: &str, a: usize, b: usize) -> bool {
    let mut from = a;
    while let Some((at, w)) = find_any(low, &units::SOME, from, b) {
        if !ends_with_phrase(low, low[..at].trim_end().len(), "ban") {
            return true;
        }
        from = at + w.len();
    }
    false
}

/// Whether every unit of a subject is named in the plural ("các trường", "Hiệu trưởng các
/// trường", "những đơn vị"): units the notice addresses, not the one who asks.
fn addressed_in_the_plural(low: &str, units: &[(usize, usize)]) -> bool {
    !units.is_empty() && units.iter().all(|&(s, e)| in_the_plural(&low[s..e]))
}

/// Whether a unit's name, folded, is in the plural ("các trường", "Hiệu trưởng các trường",
/// "những đơn vị"): addressees, never the one who speaks.
fn in_the_plural(unit: &str) -> bool {
    unit.contains("các ") || unit.contains("những ")
}

/// Whether the subject `s..q` (with its apposition) is a participant — a school or its head,
/// the delegates, some of them — who proposes at `q` to the issuer, or asks leave (N8): "Ông X,
/// Hiệu trưởng Trường Y đề xuất Phòng sớm hướng dẫn …", "Một số trường đề xuất được tổ chức …".
/// A department of the issuer proposing is given a task ("Phòng Tổ chức cán bộ đề xuất phương
/// án …"), and so is a leader's request to a body ("Ông A, Phó Chủ tịch UBND tỉnh đề nghị Sở …").
fn proposes_to_issuer(low: &str, s: usize, q: usize, e: usize) -> bool {
    let Some(verb) = table_at(low, q, &verbs::PROPOSING) else {
        return false;
    };
    let r = skip_spaces(low, q + verb.len());
    // "Cô Mai đề nghị nhà trường sửa lại …": a teacher to the school (L8).
    if table_at(low, skip_spaces(low, s), &units::SCHOOL_STAFF_SPEAKING).is_some() {
        if let Some(to) = table_at(low, r, &units::THE_SCHOOL) {
            let after = skip_adverbs(low, skip_spaces(low, (r + to.len()).min(e)));
            if starts_predicate(low, after) || table_at(low, after, &verbs::LEAVE).is_some() {
                return true;
            }
        }
    }
    let mut from = s;
    let participant = names_some(low, s, q)
        || std::iter::from_fn(|| {
            let (at, w) = find_any(low, &units::PARTICIPANTS, from, q)?;
            from = at + w.len();
            Some(at)
        })
        .any(|at| !low[..at].ends_with("nhà "));
    if !participant {
        return false;
    }
    table_at(low, r, &verbs::LEAVE).is_some() || asks_the_issuer(low, r, e)
}

/// Whether the one asked at `r` is the issuer or its leaders, a predicate after them ("… đề
/// nghị Sở bổ sung …", "… đề nghị huyện hỗ trợ …", N8).
fn asks_the_issuer(low: &str, r: usize, e: usize) -> bool {
    let Some(to) = table_at(low, r, &units::THE_ISSUER) else {
        return false;
    };
    let after = skip_adverbs(low, skip_spaces(low, (r + to.len()).min(e)));
    starts_predicate(low, after) || table_at(low, after, &verbs::LEAVE).is_some()
}

/// At a clause that opens with a document ("Số liệu báo cáo …", "Hồ sơ đề nghị …"): the verb
/// that sends it or finishes it by a time (`verbs::DOCUMENT_SENT`), within the sentence's first
/// 200 bytes or so and before any ";", when nothing before it reports ("đã", "còn chậm") and no
/// modal or request owns the sentence instead.
fn document_sent(low: &str, c: usize, e: usize) -> Option<(usize, &'static str)> {
    let document = table_at(low, c, &verbs::DOCUMENTS)?;
    let window = boundary_before(low, (c + 200).min(e));
    let end = low[c..window].find(';').map_or(window, |k| c + k);
    let (at, verb) = find_any(low, &verbs::DOCUMENT_SENT, c + document.len(), end)?;
    let before = |table| find_any(low, table, c, at).is_none();
    // ("Hồ sơ đề nghị công nhận …", "Danh sách đề nghị khen thưởng …": the request names the
    // document.)
    let named = skip_spaces(low, c + document.len());
    let asks = find_any(low, &verbs::REQUESTING, c, at).is_some_and(|(r, _)| r != named);
    (before(&verbs::PAST)
        && before(&verbs::REPORTED_STATES)
        && before(&verbs::OBLIGATIONS)
        && !asks
        && find_any(low, &verbs::REPORTED_STATES, at, e).is_none())
    .then_some((at, verb))
}

/// Skips adverbs, qualifiers of manner and deadlines between a subject and its verb ("cũng",
/// "sớm", ", theo chức năng, nhiệm vụ được giao,", "chậm nhất là ngày 15/12").
fn skip_adverbs(low: &str, mut q: usize) -> usize {
    loop {
        if let Some(w) = table_at(low, q, &verbs::ADVERBS) {
            q = skip_spaces(low, q + w.len());
            continue;
        }
        let r = if low[q..].starts_with(',') {
            skip_spaces(low, q + 1)
        } else {
            q
        };
        // D9: a deadline with its cue between the subject and the verb ("Các trường THCS chậm
        // nhất là ngày 15/12 gửi báo cáo …", "Phòng Khảo thí, trước ngày 20/12, công bố …");
        // it is read as the deadline where it stands.
        let qualifier_end = table_at(low, r, &verbs::MANNER_QUALIFIERS)
            .map(|w| r + w.len())
            .or_else(|| super::deadlines::cued_deadline_end(low, r))
            .or_else(|| aside_end(low, q, r));
        let Some(end) = qualifier_end else {
            return q;
        };
        q = skip_spaces(low, end);
        if low[q..].starts_with(',') {
            q = skip_spaces(low, q + 1);
        }
    }
}

/// Where an aside between commas after a subject ends (O6): ", nhất là các trường vùng khó,"
/// — at its closing comma, looked for within a short reach and not past the clause.
pub(super) fn aside_end(low: &str, q: usize, r: usize) -> Option<usize> {
    if !low[q..].starts_with(',') {
        return None;
    }
    let w = table_at(low, r, &units::ASIDES)?;
    let reach = boundary_before(low, (r + 160).min(low.len()));
    let rest = &low[r + w.len()..reach];
    let close = rest.find([',', ';', '.', ':', '\n'])?;
    rest[close..]
        .starts_with(',')
        .then_some(r + w.len() + close)
}

/// An alias defined for the units before it: "(sau đây gọi chung là các đơn vị)" (O9).
fn alias_at(text: &str, low: &str, q: usize, e: usize) -> Option<(usize, usize)> {
    let inner = skip_spaces(low, q + low.get(q..e)?.strip_prefix('(').map(|_| 1)?);
    let marker = table_at(low, inner, &units::ALIAS_MARKERS)?;
    let close = q + low[q..e].find(')')?;
    super::owners::unit_at(text, low, skip_spaces(low, inner + marker.len()), close)
}

/// Whether the sentence at `first` opens with a phrase of `table` and no request or modal
/// follows in it up to `e` ("Được phép …", "Nhìn chung, …": N4, N1).
fn opens_asking_nothing(low: &str, first: usize, e: usize, table: &Lexicon) -> bool {
    table_at(low, first, table).is_some()
        && find_any(low, &verbs::REQUESTING, first, e).is_none()
        && find_any(low, &verbs::OBLIGATIONS, first, e).is_none()
}

/// Whether the sentence at `first` opens with a label of `table` and its colon ("Thời gian
/// thi: …", "Ý kiến thảo luận: …").
fn opens_with_label(low: &str, first: usize, table: &Lexicon) -> bool {
    table_at(low, first, table)
        .is_some_and(|w| low[first + w.len()..].trim_start().starts_with(':'))
}

/// Whether the sentence opens with a word that makes it only a deadline ("Thời hạn: …",
/// "Thời gian hoàn thành: …"; "Thời gian" only as a label, "Thời gian: tháng 3/2025").
fn says_only_when(low: &str, s: usize) -> bool {
    let mut first = skip_spaces(low, s);
    // "Lưu ý: thời hạn …": the note's label is not what the sentence says.
    if let Some(w) = table_at(low, first, &verbs::DEADLINE_NOTE_LABELS) {
        let after = skip_spaces(low, first + w.len());
        if low[after..].starts_with(':') {
            first = skip_spaces(low, after + 1);
        }
    }
    table_at(low, first, &verbs::DEADLINE_SENTENCES)
        .is_some_and(|w| w != "thời gian" || low[first + w.len()..].trim_start().starts_with(':'))
}

/// How many phrases put first (a condition on whichever unit, a manner) are passed over before a
/// sentence's clauses are read.
const MAX_PUT_FIRST: usize = 4;

/// A closing formula (N6): "Trên đây là kết luận …", "… thông báo để các đơn vị biết, thực
/// hiện./.", "Yêu cầu các bộ phận, cá nhân nghiêm túc thực hiện./." — it asks for the notice as
/// a whole to be carried out and names no task.
fn is_closing(low: &str, s: usize, e: usize) -> bool {
    let start = past_receipt(low, skip_spaces(low, s), e);
    if table_at(low, start, &verbs::CLOSING_OPENERS).is_some() {
        return true;
    }
    // Anywhere else, a closing formula ends the notice's body with "./.", or names the notice
    // itself as what is to be carried out ("Yêu cầu các đơn vị nghiêm túc triển khai thực hiện
    // Thông báo này.").
    let t = low[s..e].trim_end_matches(['.', '/', ' ', ';', '!']);
    if find_any(low, &verbs::TO_THE_APPENDIX, s, e)
        .is_some_and(|(at, _)| find_any(low, &verbs::DONE_ON_THE_APPENDIX, s, at).is_none())
    {
        return true;
    }
    // "Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị liên quan biết, thực
    // hiện.": the formula after the one who issues it, for the readers to know (N6).
    let near = boundary_before(low, (start + 160).min(e));
    if find_any(low, &verbs::CLOSING_OPENERS, start, near).is_some()
        && verbs::CLOSING_TAILS
            .iter()
            .filter(|w| w.starts_with("biết"))
            .any(|tail| super::text::ends_with_phrase(low, s + t.len(), tail))
    {
        return true;
    }
    // "Yêu cầu các tổ, bộ phận và cá nhân nghiêm túc thực hiện.": a request that opens the
    // sentence and ends it with "carry it out", naming nothing to carry out, is the closing
    // formula without its "./." (N6).
    let bare_request = table_at(low, start, &verbs::REQUESTING)
        .is_some_and(|v| verbs::CLOSING_REQUESTS.contains(&v))
        && verbs::BARE_CLOSING_TAILS
            .iter()
            .any(|tail| super::text::ends_with_phrase(low, s + t.len(), tail));
    if bare_request {
        return true;
    }
    if !low[s..e].trim_end().ends_with("./.") {
        return carries_out_the_notice(low, s, e);
    }
    if find_any(low, &verbs::CLOSING_OPENERS, s, e).is_some() {
        return true;
    }
    // A request to "carry it out", ending the sentence with nothing after it; or the units
    // told to carry out the notice itself ("Thủ trưởng các đơn vị căn cứ Thông báo này triển
    // khai thực hiện./.").
    let requested = table_at(low, start, &verbs::REQUESTING).is_some()
        || find_any(low, &verbs::REQUESTING, s, e).is_some()
        || find_any(low, &verbs::THIS_NOTICE, s, e).is_some();
    requested
        && low[s..e].trim_end().ends_with("./.")
        && (carries_out_the_notice(low, s, e)
            || (0..t.len()).rev().take(40).any(|k| {
                let at = s + k;
                low.is_char_boundary(at)
                && table_at(low, at, &verbs::CLOSING_TAILS)
                    .is_some_and(|w| at + w.len() == s + t.len())
                // "… theo dõi, đôn đốc việc thực hiện./.": the implementation is the object of
                // a task given to a unit (N6 contrast), not the notice asked to be carried out.
                && !low[s..at].trim_end().ends_with(" việc")
            }))
}

/// The first modal in `low[s..e]` that is one: not the syllable of a word that holds it
/// ("đi học chuyên cần", `verbs::NOT_MODALS`).
fn find_modal(low: &str, s: usize, e: usize) -> Option<(usize, &'static str)> {
    let mut from = s;
    while let Some((at, modal)) = find_any(low, &verbs::MODALS, from, e) {
        let in_a_word = verbs::NOT_MODALS
            .iter()
            .any(|w| phrase_at(low, at, w) || ends_with_phrase(low, at + modal.len(), w));
        if !in_a_word {
            return Some((at, modal));
        }
        from = at + modal.len();
    }
    None
}

/// Past a receipt of the notice put first ("Nhận được Công văn này, đề nghị …"), else `at`.
fn past_receipt(low: &str, at: usize, e: usize) -> usize {
    let Some(w) = table_at(low, at, &verbs::ON_RECEIPT) else {
        return at;
    };
    let r = skip_spaces(low, at + w.len());
    match table_at(low, r, &verbs::THIS_NOTICE) {
        Some(n) if low[r + n.len()..e].starts_with(',') => skip_spaces(low, r + n.len() + 1),
        _ => at,
    }
}

/// Whether the sentence ends by asking that the notice itself be carried out (N6): "… nghiêm túc
/// triển khai thực hiện Thông báo này.", "… tổ chức thực hiện nội dung kết luận." — not the
/// implementation as the object of a task ("Văn phòng Sở theo dõi, đôn đốc việc thực hiện Thông
/// báo này", "báo cáo kết quả thực hiện Thông báo này").
fn carries_out_the_notice(low: &str, s: usize, e: usize) -> bool {
    let t = low[s..e].trim_end_matches(['.', '/', ' ', ';', '!']);
    let names_the_notice = |t: &str| verbs::THIS_NOTICE.iter().find(|w| t.ends_with(*w));
    // "… thực hiện Thông báo này", or "… căn cứ Thông báo này tổ chức thực hiện".
    let notice_last = names_the_notice(t);
    let before = notice_last.map_or(t, |w| t[..t.len() - w.len()].trim_end());
    // (Most sentences end otherwise: let them go before the tails are read.)
    // ("… triển khai thực hiện nghiêm túc Thông báo này": the manner after the verb.)
    let carried = |w: &str| w.ends_with("thực hiện") || w.ends_with("thực hiện nghiêm túc");
    if !carried(before) {
        return false;
    }
    let Some(tail) = verbs::CLOSING_TAILS
        .iter()
        .filter(|w| carried(w))
        .find(|w| before.ends_with(*w))
    else {
        return false;
    };
    let object_of = before[..before.len() - tail.len()].trim_end();
    // "Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện Thông báo này", "Phòng GD&ĐT chỉ
    // đạo các trường triển khai thực hiện Thông báo này": someone is given the following up of
    // it, a task (N5 contrast).
    // (Told of a unit: "Đề nghị Thủ trưởng các đơn vị quan tâm, chỉ đạo triển khai thực hiện
    // nghiêm túc Thông báo này./." is the closing formula still.)
    let follows_up_a_unit = |table| {
        find_any(object_of, table, 0, object_of.len()).is_some_and(|(at, w)| {
            let r = skip_spaces(object_of, at + w.len());
            table_at(object_of, r, &units::DETERMINERS).is_some()
                || table_at(object_of, r, &units::HEADS).is_some()
        })
    };
    if follows_up_a_unit(&verbs::FOLLOWING_UP) || follows_up_a_unit(&verbs::CHAINING) {
        return false;
    }
    if notice_last.is_none() {
        // ("… căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.": the units' own
        // remits instead of the notice.)
        let remit = || verbs::OWN_REMITS.iter().any(|w| object_of.ends_with(w));
        // ("Các bộ phận, cá nhân có tên trên nghiêm túc thực hiện.": the units named above,
        // each to carry out its own.)
        let named_above = || {
            verbs::NAMED_ABOVE.iter().any(|w| {
                object_of
                    .strip_suffix(w)
                    .is_some_and(|rest| rest.ends_with(' '))
            })
        };
        return names_the_notice(object_of).is_some() || remit() || named_above();
    }
    // (The noun as the last word: "… việc", not "… tiện việc".)
    let noun = verbs::IMPLEMENTATION_AS_A_THING.iter().any(|w| {
        object_of
            .strip_suffix(w)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    });
    !noun
}

/// Splits a sentence at top-level "; " into clauses (each with its ";").
fn semicolon_pieces(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let also = text[s..e].contains(ALSO);
    if !also && !text.as_bytes()[s..e].contains(&b';') {
        out.push((s, e));
        return out;
    }
    let mut start = s;
    let bytes = text.as_bytes();
    let mut depth = 0i32;
    for i in s..e {
        let split = match bytes[i] {
            b'(' => {
                depth += 1;
                false
            }
            b')' => {
                depth -= 1;
                false
            }
            b';' => depth <= 0,
            // "… vận động trẻ ra lớp, đồng thời giao Phòng X bố trí kinh phí …": a second
            // order in the sentence is a directive of its own (O13).
            b',' => depth <= 0 && also && also_orders_at(text, i + 1, e),
            _ => false,
        };
        if split {
            if text[start..i].chars().any(char::is_alphanumeric) {
                out.push((start, i + 1));
            }
            start = i + 1;
        }
    }
    if text[start..e].chars().any(char::is_alphanumeric) {
        out.push((start, e));
    }
    out
}

/// The connector that adds a second order to a sentence.
const ALSO: &str = "đồng thời";

/// Whether ", đồng thời" at `at` is followed by a directing verb ("đồng thời giao …",
/// "đồng thời đề nghị …").
fn also_orders_at(text: &str, at: usize, e: usize) -> bool {
    let q = skip_spaces(text, at);
    text[q..e].starts_with(ALSO)
        && table_at(text, skip_spaces(text, q + ALSO.len()), &verbs::DIRECTING).is_some()
}

/// Where the colon of a proposal's label opening at `at` stands (N8, `verbs::PROPOSALS_NAMED`):
/// "Đề nghị của UBND xã X về việc hỗ trợ giải phóng mặt bằng:", "Đối với đề nghị kéo dài thời
/// gian thi công:". The label holds no full stop or ";", and is looked for in the next 400 bytes.
fn proposal_label(low: &str, at: usize, e: usize) -> Option<usize> {
    let opener = table_at(low, at, &verbs::PROPOSAL_LABEL_OPENERS);
    let noun_at = opener.map_or(at, |o| skip_spaces(low, at + o.len()));
    let noun = table_at(low, noun_at, &verbs::PROPOSALS_NAMED)?;
    let after = skip_spaces(low, noun_at + noun.len());
    if opener.is_none() && !phrase_at(low, after, "của") && !phrase_at(low, after, "về") {
        return None;
    }
    let near = boundary_before(low, (after + 400).min(e));
    let k = low[after..near].find([':', '.', ';'])?;
    low[after + k..].starts_with(':').then_some(after + k)
}

/// Whether a purpose ("Để nâng cao chất lượng, …") or an occasion ("Hưởng ứng Tháng Thanh niên,
/// …") opens at `at`: put first, it gives no order and no period (N7, D8).
fn purpose_or_occasion(low: &str, at: usize) -> bool {
    table_at(low, at, &verbs::PURPOSE).is_some() || table_at(low, at, &verbs::OCCASIONS).is_some()
}

/// Whether an item opens with a short label of an assessment, then its colon: "1. Công tác tuần
/// qua: Các tổ thực hiện nghiêm túc chương trình; …" reports, as an assessment heading's items do
/// (L10). (The label is looked for in the item's first 80 bytes.)
fn assessment_label(low: &str, s: usize, e: usize) -> bool {
    let near = boundary_before(low, (s + 80).min(e));
    low[s..near].find(':').is_some_and(|k| {
        word_count_upto(&low[s..s + k], 9) <= 8 && classify(low, s, s + k, false) == Some(true)
    })
}

/// Assessment (`Some(true)`) or tasks (`Some(false)`) by the earliest cue in a heading (or,
/// not `heading`, in an item's label).
fn classify(low: &str, s: usize, e: usize, heading: bool) -> Option<bool> {
    let cue = find_any(low, &structure::ASSESSMENT_CUES, s, e);
    let cue = match heading.then(|| find_any(low, &structure::ASSESSMENT_HEADINGS, s, e)) {
        Some(Some(h)) => Some(cue.map_or(h, |c| if h.0 < c.0 { h } else { c })),
        _ => cue,
    };
    let a = cue.map(|x| x.0);
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
