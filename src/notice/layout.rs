//! Stage 3: the layout. Gives each line its part of the notice: header (motto, issuer, number,
//! place and date, document type, subject), meeting facts, the introduction of the conclusions,
//! the body, the closing, the recipients and the signature.
//!
//! A small state machine over lines; a line that starts a new document (motto, "THÔNG BÁO",
//! "Số: …") starts it over, so a batch of notices pasted together is read notice by notice.

use super::dates::find_days;
use super::lines::{Line, LineKind};
use super::text::{find_any, mostly_upper, phrase_at, table_at, word_count_upto};
use crate::lexicon::structure as cues;

/// The part of the notice a line belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Blank,
    Noise,
    Motto,
    Issuer,
    Number,
    PlaceDate,
    DocType,
    Subject,
    Meeting,
    Intro,
    Body,
    Closing,
    RecipientsHeading,
    Recipient,
    SignerAuthority,
    SignerPosition,
    SignerName,
    /// A line that starts a new notice (in a batch); its part is set as it is read.
    #[doc(hidden)]
    Unset,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Header,
    SubjectLines,
    PreBody,
    Body,
    Closing,
    Tail,
}

/// The part of each line (same length and order as `lines`).
pub fn layout(text: &str, low: &str, lines: &[Line]) -> Vec<Part> {
    let mut parts = Vec::new();
    layout_into(text, low, lines, &mut parts);
    parts
}

/// [`layout`] into `parts`, whose memory is reused (the reader keeps it between reads).
pub fn layout_into(text: &str, low: &str, lines: &[Line], parts: &mut Vec<Part>) {
    parts.clear();
    parts.resize(lines.len(), Part::Unset);
    let mut state = State::Header;
    let mut seen_recipients = false;
    let mut last_signer: Option<Part> = None;
    let mut seen_meeting = false;
    let mut subject_lines = 0usize;
    // Where the current notice's lines begin (a headline turns the page's junk before it into
    // noise, from here on), and whether a line of real body text has been seen in it.
    let mut segment = 0usize;
    let mut seen_text = false;
    let mut seen_doc_type = false;
    // Whether the lines read last are a công văn's addressees ("Kính gửi:" and its list).
    let mut addressees = false;
    for (i, line) in lines.iter().enumerate() {
        let part = match line.kind {
            LineKind::Blank => {
                if state == State::SubjectLines && subject_lines > 0 {
                    state = State::PreBody;
                }
                Part::Blank
            }
            LineKind::Noise => {
                let l = &low[line.start..line.end];
                // H3, H4: a rule under the subject, or a news page's date line, ends the subject.
                if state == State::SubjectLines && subject_lines > 0 {
                    if is_rule(l) || super::lines::is_posting_line(l) {
                        state = State::PreBody;
                    }
                    Part::Noise
                } else if subject_under_doc_type(l, &parts[segment..i], state) {
                    // L1: "THÔNG BÁO" / "Lịch công tác tháng 12/2024": the subject, though it
                    // opens as a portal's widget does.
                    state = State::SubjectLines;
                    Part::Subject
                } else {
                    Part::Noise
                }
            }
            LineKind::Content => {
                let t = &text[line.start..line.end];
                let l = &low[line.start..line.end];
                // A new notice: its header, or anything but end matter after a signer's name.
                let after_signature = state == State::Tail
                    && last_signer == Some(Part::SignerName)
                    && !is_end_matter_shape(t, l, line);
                if i > 0 && state != State::Header && (starts_notice(t, l) || after_signature) {
                    state = State::Header;
                    seen_recipients = false;
                    last_signer = None;
                    segment = i;
                    seen_text = false;
                    seen_meeting = false;
                    seen_doc_type = false;
                }
                // H4, L5: a news page's headline is the line right above its date line; what
                // came before it on the page (menus, section names, the portal's name) is junk.
                if !seen_text
                    && !seen_meeting
                    && !seen_doc_type
                    && matches!(
                        state,
                        State::Header | State::SubjectLines | State::PreBody | State::Body
                    )
                    && line.marker.is_none()
                    && word_count_upto(t, 40) <= 40
                    // A công văn's number is no headline, even above a subject that names a
                    // dated meeting ("V/v triển khai kết luận … tại cuộc họp ngày 15/9/2022").
                    && !is_number(l)
                    // L7: nor is the issuer of a formal notice reposted under a page's date line
                    // ("Ngày đăng: …" / "UBND TỈNH AN GIANG" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO").
                    && !is_issuer_line(t, l)
                    && (dated_line_follows(low, lines, i)
                        && !headline_under_date_line(low, lines, i)
                        // (A dated lead under its headline, the date line printed after the
                        // lead: "Sáng 15/9, Sở … tổ chức hội nghị …." is no headline.)
                        && !(is_meeting(l) && t.trim_end().ends_with('.'))
                        // (At the page's top too: a headline copied without the page around
                        // it, its dated lead under it.)
                        || subject_lines == 0
                            && !t.trim_end().ends_with(['.', ':', ';'])
                            && word_count_upto(t, 30) <= 30
                            && dated_lead_follows(low, lines, i)
                        || subject_lines == 0
                            && !t.trim_end().ends_with(['.', ':', ';'])
                            && word_count_upto(t, 30) <= 30
                            && dated_line_precedes(low, lines, i))
                {
                    for p in &mut parts[segment..i] {
                        if matches!(p, Part::Body | Part::Subject) {
                            *p = Part::Noise;
                        }
                    }
                    segment = i;
                    subject_lines = 1;
                    parts[i] = Part::Subject;
                    state = State::SubjectLines;
                    continue;
                }
                match state {
                    // L4: the addressees of a công văn ("Kính gửi:" / "- Trưởng phòng …;") come
                    // before its opening paragraph, which may still give the meeting.
                    State::Header | State::SubjectLines | State::PreBody
                        if phrase_at(l, 0, "kính gửi") =>
                    {
                        state = State::PreBody;
                        Part::Body
                    }
                    State::Header | State::SubjectLines => {
                        let (mut part, mut next) = header_line(t, l, line, state);
                        // L1, L2: the issuing body's second line ("ỦY BAN NHÂN DÂN" /
                        // "HUYỆN MƯỜNG LẠC") before the document type.
                        if part == Part::Subject
                            && !seen_doc_type
                            && i > 0
                            && parts[i - 1] == Part::Issuer
                            && mostly_upper(t)
                            && word_count_upto(t, 8) <= 8
                        {
                            (part, next) = (Part::Issuer, State::Header);
                        }
                        state = next;
                        if part == Part::Body || part == Part::Meeting || part == Part::Intro {
                            let (p, s) = pre_body_line(t, l, line);
                            state = s;
                            p
                        } else {
                            part
                        }
                    }
                    State::PreBody if addressees && is_addressee(t, line) => Part::Body,
                    State::PreBody => {
                        let (p, s) = if !seen_meeting && mostly_upper(t) && line.marker.is_none() {
                            (Part::Subject, State::PreBody)
                        } else if continues_meeting(text, lines, parts, i) && !is_intro(l) {
                            // J7: the meeting's paragraph hard-wrapped ("… có đồng chí Y" /
                            // "Khuăn Mlô, Trưởng phòng GD&ĐT; …").
                            (Part::Meeting, State::PreBody)
                        } else {
                            pre_body_line(t, l, line)
                        };
                        state = s;
                        p
                    }
                    // "PHỤ LỤC" / "DANH MỤC NHIỆM VỤ …" after the signature: the tasks are listed
                    // in the appendix, which is the notice's body again (L1).
                    State::Closing | State::Tail
                        if table_at(l, 0, &cues::APPENDIX_HEADINGS).is_some()
                            && word_count_upto(t, 12) <= 12 =>
                    {
                        state = State::Body;
                        last_signer = None;
                        seen_recipients = false;
                        Part::Body
                    }
                    State::Body | State::Closing | State::Tail => {
                        if let Some(p) =
                            end_matter(t, l, line, &mut seen_recipients, &mut last_signer)
                        {
                            state = State::Tail;
                            p
                        } else if state == State::Body
                            && !seen_meeting
                            && !seen_text
                            && line.marker.is_none()
                            && is_meeting(l)
                        {
                            // H6, J5: the dated lead after a widget's short label nothing
                            // knew ("Nghe đọc bài viết", "Thích 12 Chia sẻ") between it and
                            // the posting date: still the meeting, before any text.
                            state = State::PreBody;
                            Part::Meeting
                        } else if state == State::Body
                            && line.marker.is_none()
                            && table_at(l, 0, &cues::CLOSING_OPENERS).is_some()
                        {
                            state = State::Closing;
                            Part::Closing
                        } else if state == State::Body {
                            Part::Body
                        } else {
                            Part::Closing
                        }
                    }
                }
            }
        };
        if line.kind == LineKind::Content {
            let l = &low[line.start..line.end];
            addressees = state == State::PreBody
                && part == Part::Body
                && (addressees || phrase_at(l, 0, "kính gửi"));
        }
        seen_meeting |= matches!(part, Part::Meeting | Part::Intro);
        seen_doc_type |= part == Part::DocType;
        if !seen_text && part == Part::Body && word_count_upto(&text[line.start..line.end], 8) > 8 {
            seen_text = true;
        }
        if part == Part::Subject {
            subject_lines += 1;
        } else if part == Part::DocType {
            subject_lines = 0;
        }
        parts[i] = part;
    }
}

/// Whether a line taken for junk is the subject right under the document type: it says more
/// than a widget's label (a number, or four words or more), and is no rule or date line.
fn subject_under_doc_type(l: &str, before: &[Part], state: State) -> bool {
    matches!(state, State::Header | State::SubjectLines)
        && before.iter().rev().find(|p| **p != Part::Blank) == Some(&Part::DocType)
        && (l.bytes().any(|b| b.is_ascii_digit()) || word_count_upto(l, 4) >= 4)
        && !is_rule(l)
        && !super::lines::is_posting_line(l)
}

/// J9: a rule ("-----", "______", "* * *").
fn is_rule(l: &str) -> bool {
    !l.is_empty()
        && l.chars()
            .all(|c| c == ' ' || crate::lexicon::noise::CONTROL_CHARS.contains(&c))
}

/// The next line but blanks (at most two), if any.
fn next_line(lines: &[Line], i: usize) -> Option<&Line> {
    next_index(lines, i).map(|j| &lines[j])
}

/// Where the next line but blanks (at most two) stands, if any.
fn next_index(lines: &[Line], i: usize) -> Option<usize> {
    (i + 1..lines.len().min(i + 4)).find(|&j| lines[j].kind != LineKind::Blank)
}

/// H4: whether the next line but blanks (at most two) is a news page's date line.
fn dated_line_follows(low: &str, lines: &[Line], i: usize) -> bool {
    next_line(lines, i).is_some_and(|l| {
        l.kind == LineKind::Noise && super::lines::is_posting_line(&low[l.start..l.end])
    })
}

/// H4: a page that prints its name above the date line and the headline under it, right above
/// the dated lead ("Báo Tuổi Trẻ Thủ đô" / "Giáo dục | 14:05 | 22/10/2024" / "Quận Hoàn Kiếm:
/// Siết chặt …" / "(TTTĐ) - Chiều 21/10, …"): the line above the date line is then no headline.
fn headline_under_date_line(low: &str, lines: &[Line], i: usize) -> bool {
    let Some(k) = next_index(lines, i).and_then(|date_line| next_index(lines, date_line)) else {
        return false;
    };
    let l = &lines[k];
    let t = &low[l.start..l.end];
    l.kind == LineKind::Content
        && l.marker.is_none()
        && !t.trim_end().ends_with(['.', ':', ';'])
        && word_count_upto(t, 30) <= 30
        && dated_lead_follows(low, lines, k)
}

/// H4: whether the next line but blanks (at most two) is a news report's dated lead paragraph
/// ("Ngày 09/4/2021, Phòng GD&ĐT tổ chức cuộc họp …", "Chiều 08/4, Sở … làm việc với …"): a page
/// that prints no date line of its own still puts its headline right above it.
fn dated_lead_follows(low: &str, lines: &[Line], i: usize) -> bool {
    // (A news agency's tag before the lead, "(TTTĐ) - ", is a piece of junk of its own.)
    let lead = lines.iter().skip(i + 1).take(4).find(|l| {
        l.kind != LineKind::Blank && !(l.kind == LineKind::Noise && l.end - l.start <= 24)
    });
    lead.is_some_and(|l| {
        let next = &low[l.start..l.end];
        l.kind == LineKind::Content
            && is_meeting(next)
            && table_at(next, 0, &cues::SUBJECT_OPENERS).is_none()
    })
}

/// H4: whether the line before this one but blanks (at most two) is a news page's date line
/// (some portals print the date above the headline).
fn dated_line_precedes(low: &str, lines: &[Line], i: usize) -> bool {
    lines[i.saturating_sub(3)..i]
        .iter()
        .rev()
        .find(|l| l.kind != LineKind::Blank)
        .is_some_and(|l| {
            l.kind == LineKind::Noise && super::lines::is_posting_line(&low[l.start..l.end])
        })
}

/// J7: a line that goes on with the meeting's paragraph: right under a meeting line (no blank
/// between) that ends without sentence punctuation, and not a list item.
fn continues_meeting(text: &str, lines: &[Line], parts: &[Part], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    lines[i].marker.is_none()
        && parts[prev] == Part::Meeting
        && lines[prev].kind == LineKind::Content
        && !text[lines[prev].start..lines[prev].end]
            .trim_end()
            .ends_with(['.', ':', ';', '!', '?'])
}

/// Lines that may still belong to a signature or recipients block.
fn is_end_matter_shape(t: &str, l: &str, line: &Line) -> bool {
    table_at(l, 0, &cues::RECIPIENTS_HEADINGS).is_some()
        || table_at(l, 0, &cues::SIGNER_AUTHORITIES).is_some()
        || line.marker.is_some()
        || mostly_upper(t) && word_count_upto(t, 8) <= 8
        || is_signer_name(t)
}

/// A title: short, ends without a full stop or a colon, and names a conclusion or a meeting.
fn is_title(t: &str) -> bool {
    let l = super::text::fold(t);
    word_count_upto(t, 30) <= 30
        && !t.trim_end().ends_with(['.', ':', ';'])
        && cues::TITLE_CUES.iter().any(|c| l.contains(c))
}

/// A line of the issuing body in capitals ("UBND TỈNH AN GIANG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"):
/// an issuer's opening word, ten words at most (L1, L2).
fn is_issuer_line(t: &str, l: &str) -> bool {
    mostly_upper(t)
        && table_at(l, 0, &cues::ISSUER_OPENERS).is_some()
        && word_count_upto(t, 10) <= 10
}

/// Whether a line opens a notice: the motto, a document type in capitals, or "Số:".
fn starts_notice(t: &str, l: &str) -> bool {
    super::lines::is_motto(l) || is_doc_type(t, l) || is_number(l)
}

fn is_doc_type(t: &str, l: &str) -> bool {
    !t.chars().any(char::is_lowercase)
        && cues::DOC_TYPES.contains(l.trim_end_matches(['.', ':', ' ']))
}

/// "Số: 397/TB-SGDĐT", "Số : 2917 /SGDĐT-VP", "Số 215/TB-PGDĐT".
fn is_number(l: &str) -> bool {
    let rest = l.get("số".len()..).unwrap_or("").trim_start();
    phrase_at(l, 0, "số")
        && (rest.starts_with(':')
            || rest.starts_with(|c: char| c.is_ascii_digit())
                && rest.contains('/')
                && word_count_upto(rest, 3) <= 3)
}

/// "Cần Thơ, ngày 17 tháng 02 năm 2020" (short, a comma, then a full date).
///
/// H2: an unsigned copy leaves the day blank ("Tuyên Quang, ngày      tháng 9 năm 2025"): still
/// the place-and-date line, with a place and no date.
pub fn is_place_date(l: &str) -> bool {
    // (A labelled line is a meeting's: "Thời gian: 16 giờ 30, ngày 11/01/2021", H5.)
    word_count_upto(l, 14) <= 14
        && l.find(", ngày").is_some_and(|at| !l[..at].contains(':'))
        && (find_days(l, 0, l.len()).iter().any(|d| d.2.year.is_some())
            || l.contains(" năm")
                && ["ngày tháng", "ngày ... tháng", "ngày … tháng", "ngày ..."]
                    .iter()
                    .any(|blank| l.contains(blank)))
}

/// A line of the header, and the state after it. `Part::Body`/`Meeting`/`Intro` mean the header
/// is over and the line belongs to what follows.
fn header_line(t: &str, l: &str, line: &Line, state: State) -> (Part, State) {
    if super::lines::is_motto(l) {
        return (Part::Motto, State::Header);
    }
    if is_number(l) {
        return (Part::Number, State::Header);
    }
    if is_place_date(l) {
        return (Part::PlaceDate, State::Header);
    }
    if is_doc_type(t, l) {
        return (Part::DocType, State::SubjectLines);
    }
    if line.marker.is_some() {
        return marked_meeting_facts(l, line).unwrap_or((Part::Body, State::Body));
    }
    // H4, L4: a công văn's subject under its number ("V/v báo cáo tình hình …").
    if state == State::Header && table_at(l, 0, &cues::SUBJECT_OPENERS).is_some() {
        return (Part::Subject, State::SubjectLines);
    }
    if state == State::SubjectLines {
        // A subject runs to the blank line, unless the meeting's paragraph or a sentence comes first.
        // (A subject ends with no full stop: a line of a dozen words that does is a sentence.)
        let sentence = t.trim_end().ends_with(['.', ':']) && word_count_upto(t, 25) > 25
            || t.trim_end().ends_with('.')
                && !t.trim_end().ends_with("..")
                && word_count_upto(t, 12) > 12;
        // (… or, when no blank line parts them, a paragraph that opens as sentences do:
        // "Kính gửi: …", "Thực hiện Quyết định số …", "Từ ngày 19/8/2019, …".)
        let opens = t.starts_with(char::is_uppercase) && super::hard_wraps::opens_a_sentence(l);
        if is_meeting(l) || is_meeting_label(l) || is_intro(l) || sentence || opens {
            return (Part::Body, State::PreBody);
        }
        return (Part::Subject, State::SubjectLines);
    }
    if mostly_upper(t) && word_count_upto(t, 40) <= 40 {
        return if is_issuer_line(t, l) {
            (Part::Issuer, State::Header)
        } else {
            (Part::Subject, State::SubjectLines)
        };
    }
    // A web page's title in sentence case: the first line, short, no full stop, no colon; or
    // any headline with its posting time glued to it (H4).
    if state == State::Header && (is_title(t) || super::lines::glued_timestamp(l).is_some()) {
        return (Part::Subject, State::SubjectLines);
    }
    // Anything else ends the header.
    (Part::Body, State::PreBody)
}

/// A line between the header and the body: meeting facts, the introduction, or the body's start.
fn pre_body_line(t: &str, l: &str, line: &Line) -> (Part, State) {
    if line.marker.is_some() {
        return marked_meeting_facts(l, line).unwrap_or((Part::Body, State::Body));
    }
    if is_intro(l) {
        return (Part::Intro, State::Body);
    }
    if is_meeting(l) || is_meeting_label(l) || table_at(l, 0, &cues::ATTENDEES_OPENERS).is_some() {
        return (Part::Meeting, State::PreBody);
    }
    if phrase_at(l, 0, "sau khi") {
        // "Sau khi nghe báo cáo, đồng chí X ghi nhận … và yêu cầu: Phòng A …; Phòng B …": the
        // orders follow the request inline, to be read as the body's (L5, O8).
        if orders_inline(l) {
            return (Part::Body, State::Body);
        }
        return (Part::Intro, State::PreBody);
    }
    let _ = t;
    (Part::Body, State::Body)
}

/// Minutes and school notices give the meeting's facts as a list (L8): "- Thời gian: 14 giờ 00,
/// ngày 04/11/2024.", "- Chủ tọa: thầy X", under "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN". A marked
/// line that is a meeting label, or a heading that only names them, is meeting facts, and the
/// body has not begun.
fn marked_meeting_facts(l: &str, line: &Line) -> Option<(Part, State)> {
    let body = l.get(line.body.saturating_sub(line.start)..)?.trim_start();
    if is_meeting_label(body) {
        return Some((Part::Meeting, State::PreBody));
    }
    // ("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN": labels between commas and "và", nothing else.)
    let mut rest = body.trim_end_matches([' ', ':', '.']);
    let mut labels = 0;
    while !rest.is_empty() && labels < 6 {
        let label = table_at(rest, 0, &cues::MEETING_LABELS)?;
        rest = rest[label.len()..].trim_start_matches([',', ' ']);
        rest = rest.strip_prefix("và ").unwrap_or(rest).trim_start();
        labels += 1;
    }
    (rest.is_empty() && labels >= 2).then_some((Part::Meeting, State::PreBody))
}

/// Whether a request in `l` is followed by its orders on the same line: a requesting verb, its
/// colon, and several words after it.
fn orders_inline(l: &str) -> bool {
    let Some(colon) = l.find(':') else {
        return false;
    };
    let after = &l[colon + 1..];
    let near = super::text::boundary_before(l, colon.saturating_sub(40));
    word_count_upto(after, 6) >= 6
        && super::text::find_any(l, &crate::lexicon::verbs::REQUESTING, near, colon).is_some()
}

/// L4: one addressee under "Kính gửi:" ("- Trưởng phòng GD&ĐT các huyện, thị xã;"): a list
/// item, short, that is no sentence.
fn is_addressee(t: &str, line: &Line) -> bool {
    line.marker.is_some() && word_count_upto(t, 30) <= 30 && !t.trim_end().ends_with(':')
}

/// The paragraph that gives when and where the meeting was, and who chaired it.
///
/// H6: on a news page the date may be day and month after a part of the day ("Chiều 08/4, Sở
/// …"). L7: a paragraph that reports a document ("Ngày 26/11, Sở GD&ĐT có văn bản đề nghị …") is
/// the body, not a meeting.
fn is_meeting(l: &str) -> bool {
    let head_end = l.char_indices().nth(220).map_or(l.len(), |(i, _)| i);
    let head = &l[..head_end];
    // (A date that is a deadline — "… trước ngày 25/3" — dates no meeting.)
    let due = |start: usize| {
        let before = head[..start].trim_end();
        let before = before.strip_suffix("ngày").unwrap_or(before).trim_end();
        super::deadlines::word_before_in(
            before,
            before.len(),
            &crate::lexicon::deadlines::DUE_BEFORE_DATE,
        )
    };
    let dated = super::dates::first_meeting_day(head, 0, head.len())
        .is_some_and(|(start, ..)| !due(start))
        || cues::RELATIVE_DAYS
            .iter()
            .any(|(phrase, _)| phrase_at(l, 0, phrase));
    dated
        && find_any(head, &cues::DOCUMENT_REPORT_CUES, 0, head.len()).is_none()
        && (table_at(l, 0, &cues::MEETING_OPENERS).is_some()
            || cues::MEETING_CUES.iter().any(|c| head.contains(c)))
}

/// L8, H5: a labelled line of meeting facts ("Thời gian: …", "Chủ trì: thầy …").
fn is_meeting_label(l: &str) -> bool {
    table_at(l, 0, &cues::MEETING_LABELS).is_some_and(|label| {
        l[label.len()..].trim_start().starts_with(':') && word_count_upto(l, 60) <= 60
    })
}

/// The sentence that introduces the conclusions ends the paragraph with "như sau:" or ":".
fn is_intro(l: &str) -> bool {
    let end = l.trim_end_matches([' ', '.', ':']);
    // "… kết luận như sau:" hands over whatever its length ("Trưởng phòng kết luận như sau:");
    // a line that only ends with ":" must be a sentence's length to be one.
    let hands_over = end.ends_with("như sau") || end.ends_with("sau đây");
    hands_over || l.trim_end().ends_with(':') && word_count_upto(l, 8) > 8
}

/// Recipients and signature lines, wherever they come after the body.
fn end_matter(
    t: &str,
    l: &str,
    line: &Line,
    seen_recipients: &mut bool,
    last_signer: &mut Option<Part>,
) -> Option<Part> {
    if table_at(l, 0, &cues::RECIPIENTS_HEADINGS).is_some() && word_count_upto(l, 6) <= 6 {
        *seen_recipients = true;
        return Some(Part::RecipientsHeading);
    }
    // (An acting head signs as "Q. TRƯỞNG PHÒNG", "QUYỀN HIỆU TRƯỞNG": the position as written.)
    let position = l.trim_end_matches(['.', ' ']);
    let position = ["q.", "quyền "]
        .iter()
        .find_map(|acting| position.strip_prefix(acting))
        .map_or(position, str::trim_start);
    if mostly_upper(t) && cues::SIGNER_POSITIONS.contains(&position) {
        *last_signer = Some(Part::SignerPosition);
        return Some(Part::SignerPosition);
    }
    if table_at(l, 0, &cues::SIGNER_AUTHORITIES).is_some() && mostly_upper(t) {
        *last_signer = Some(Part::SignerAuthority);
        return Some(Part::SignerAuthority);
    }
    if *seen_recipients
        && (line.marker.is_some() || l.trim_end().ends_with(';'))
        && word_count_upto(l, 25) <= 25
    {
        return Some(Part::Recipient);
    }
    if last_signer.is_some() || *seen_recipients {
        if mostly_upper(t) && word_count_upto(t, 8) <= 8 {
            *last_signer = Some(Part::SignerPosition);
            return Some(Part::SignerPosition);
        }
        if is_signer_name(t) {
            *last_signer = Some(Part::SignerName);
            return Some(Part::SignerName);
        }
    }
    None
}

/// "Nguyễn Mạnh Hùng": two to six capitalized words, nothing else.
/// A signer's name, perhaps after a degree ("ThS. Nguyễn Thị Thu Hà", "PGS.TS. Lê Văn A"): the
/// line as written is the name (H10).
fn is_signer_name(t: &str) -> bool {
    let l = super::text::fold(t);
    let rest = match table_at(&l, 0, &cues::DEGREES) {
        Some(d) => t.get(d.len()..).unwrap_or("").trim_start(),
        None => t,
    };
    is_person_name(rest)
}

pub fn is_person_name(t: &str) -> bool {
    if t.len() > 60 {
        return false;
    }
    let words: Vec<&str> = t.split(' ').collect();
    (2..=6).contains(&words.len()) && words.iter().all(|w| is_name_word(w))
}

/// One word of a person's name: capitalised, the rest in lowercase ("Nguyễn"), or two such
/// parts joined by an apostrophe, as in the names of the Central Highlands' peoples ("H'Nhi",
/// "Y'Sơn", "Ksor H’Bla").
pub fn is_name_word(w: &str) -> bool {
    let capitalised = |p: &str| {
        let mut cs = p.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    };
    match w.split_once(['\'', '’']) {
        Some((a, b)) => a.len() <= 2 && capitalised(a) && capitalised(b),
        None => capitalised(w),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::lines::lines;
    use crate::notice::text::fold;

    fn parts(t: &str) -> Vec<Part> {
        let low = fold(t);
        layout(t, &low, &lines(t, &low))
            .into_iter()
            .filter(|p| *p != Part::Blank)
            .collect()
    }

    #[test]
    fn a_full_notice() {
        let t = "UBND THÀNH PHỐ CẦN THƠ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/TB-SGDĐT\nCần Thơ, ngày 17 tháng 02 năm 2020\n\nTHÔNG BÁO\nKết luận của Giám đốc\ntại cuộc họp\n\nVào lúc 14 giờ, ngày 16/01/2020, tại Sở, đồng chí A chủ trì Hội nghị.\n\nSau khi nghe báo cáo, Giám đốc kết luận chỉ đạo các đơn vị thực hiện như sau:\n1. Các đơn vị cần làm.\n\nThông báo này để các đơn vị biết.\n\nNơi nhận:\n- Lãnh đạo Sở;\n- Lưu VT.\n\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\nNguyễn Mạnh Hùng";
        use Part::*;
        assert_eq!(
            parts(t),
            vec![
                Issuer,
                Issuer,
                Motto,
                Number,
                PlaceDate,
                DocType,
                Subject,
                Subject,
                Meeting,
                Intro,
                Body,
                Closing,
                RecipientsHeading,
                Recipient,
                Recipient,
                SignerAuthority,
                SignerPosition,
                SignerName
            ]
        );
    }

    #[test]
    fn h4_news_headline_is_the_line_above_the_date_line() {
        let t = "Thời sự   Giáo dục   Thể thao\nGiáo dục\nQuảng Bình: Yêu cầu các trường tiểu học rà soát thiết bị dạy học\nThứ Tư, 08/3/2023 - 07:10 | 812 lượt xem\nSáng 07/3, Sở GD&ĐT làm việc với các trường. Ông Đào Văn Sáu, Phó Giám đốc Sở chủ trì buổi làm việc.\nÔng Sáu yêu cầu các trường rà soát thiết bị dạy học trước ngày 31/3.";
        use Part::*;
        assert_eq!(parts(t), vec![Noise, Noise, Subject, Noise, Meeting, Body]);
    }

    #[test]
    fn h4_news_headline_right_below_the_date_line() {
        let t = "Trang chủ | Tin tức | Liên hệ\nThứ Tư, 08/3/2023 - 07:10\nCác trường tiểu học rà soát thiết bị dạy học\nSáng 07/3, Sở GD&ĐT làm việc với các trường tiểu học về thiết bị dạy học.\nSở yêu cầu các trường rà soát thiết bị dạy học trước ngày 31/3.";
        use Part::*;
        assert_eq!(parts(t), vec![Noise, Noise, Subject, Meeting, Body]);
    }

    #[test]
    fn h4_news_headline_right_above_a_dated_lead_with_no_date_line() {
        // A page that prints no date line: the headline is the line above the lead paragraph
        // that dates the meeting; the menu above it is junk.
        let t = "Trang chủ | Tin tức | Văn bản\nPhòng GD&ĐT huyện Ea Súp họp bàn công tác tuyển sinh\nNgày 12/6/2023, Phòng GD&ĐT huyện Ea Súp tổ chức cuộc họp bàn công tác tuyển sinh đầu cấp.\nTrưởng phòng yêu cầu các trường hoàn thành tuyển sinh trước ngày 31/7.";
        use Part::*;
        assert_eq!(parts(t), vec![Noise, Subject, Meeting, Body]);
        // A headline needs something above it on the page: a notice that opens with its dated
        // paragraph is read as it was.
        let t = "Kết luận giao ban\nNgày 12/6/2023, Phòng GD&ĐT tổ chức cuộc họp giao ban.\nCác trường hoàn thành tuyển sinh trước ngày 31/7.";
        let first = parts(t)[0];
        assert_ne!(first, Noise);
    }

    #[test]
    fn h5_a_paragraph_dated_only_by_a_deadline_is_no_meeting() {
        assert!(is_meeting(
            "ngày 14/3/2022, phòng gd&đt tổ chức cuộc họp với các trường."
        ));
        assert!(!is_meeting(
            "kết luận cuộc họp, trưởng phòng yêu cầu các trường gửi danh sách trước ngày 25/3."
        ));
        assert!(!is_meeting(
            "tại cuộc họp, sở đề nghị các phòng báo cáo chậm nhất ngày 10/4."
        ));
    }

    #[test]
    fn l3_party_header_lines_are_issuer_motto_and_number() {
        let t = "ĐẢNG BỘ HUYỆN TIÊN LÃNG\nĐẢNG ỦY XÃ QUANG PHỤC\n*\nSố 88-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuang Phục, ngày 04 tháng 5 năm 2021\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ\n-----";
        use Part::*;
        assert_eq!(
            parts(t),
            vec![Issuer, Issuer, Noise, Number, Motto, PlaceDate, DocType, Subject, Noise]
        );
    }

    #[test]
    fn l1_second_issuer_line_is_issuer_not_subject() {
        let t =
            "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 7/TB-UBND\nTHÔNG BÁO\nKết luận của Chủ tịch UBND xã";
        use Part::*;
        assert_eq!(parts(t), vec![Issuer, Issuer, Number, DocType, Subject]);
    }

    #[test]
    fn l8_labelled_meeting_lines_are_meeting_facts() {
        let t = "THÔNG BÁO\nKết luận của Hiệu trưởng tại cuộc họp giao ban tuần 5\n\nThời gian: 7h30, thứ Hai ngày 03/10/2022.\nĐịa điểm: Phòng họp.\nChủ trì: thầy Mai Văn Tú – Hiệu trưởng.\nSau khi nghe các bộ phận báo cáo, Hiệu trưởng kết luận như sau:\n1. Tổ Văn nộp kế hoạch.";
        use Part::*;
        assert_eq!(
            parts(t),
            vec![DocType, Subject, Meeting, Meeting, Meeting, Intro, Body]
        );
    }

    #[test]
    fn j7_a_hard_wrapped_meeting_paragraph_stays_meeting() {
        let t = "Hội nghị giao ban tháng 10\nĐăng ngày: 20/10/2021 | Lượt xem: 40\n\nNgày 18/10/2021, Phòng GD&ĐT tổ chức hội nghị. Đồng chí Nông Văn Kiên, Phó\nTrưởng phòng GD&ĐT chủ trì hội nghị.\n\nCác trường báo cáo về Phòng.";
        use Part::*;
        assert_eq!(parts(t), vec![Subject, Noise, Meeting, Meeting, Body]);
    }

    #[test]
    fn l7_a_reported_document_is_body_not_a_meeting() {
        let t = "Sở đề nghị rà soát giáo viên\nCập nhật: 29/11/2021\nNgày 26/11, Sở GD&ĐT có văn bản đề nghị các phòng GD&ĐT rà soát đội ngũ giáo viên dạy họp lớp ghép.";
        use Part::*;
        assert_eq!(parts(t), vec![Subject, Noise, Body]);
    }

    #[test]
    fn l4_cong_van_subject_under_the_number() {
        let t = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/SGDĐT-VP\nV/v báo cáo số liệu đầu năm học\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKon Tum, ngày 02 tháng 10 năm 2021";
        use Part::*;
        assert_eq!(parts(t), vec![Issuer, Number, Subject, Motto, PlaceDate]);
    }

    #[test]
    fn l2_glued_header_cells_are_read_as_issuer_and_motto() {
        let t = "UBND TỈNH HÀ TĨNHCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc\nSố: 77/TB-SGDĐT\tHà Tĩnh, ngày 03 tháng 6 năm 2021\nTHÔNG BÁO";
        let t = crate::notice::canonical::canonical(t);
        use Part::*;
        assert_eq!(
            parts(&t),
            vec![Issuer, Motto, Issuer, Motto, Number, PlaceDate, DocType]
        );
    }

    #[test]
    fn names() {
        assert!(is_person_name("Nguyễn Mạnh Hùng"));
        assert!(is_signer_name("ThS. Nguyễn Thị Thu Hà"));
        assert!(is_signer_name("PGS.TS. Lê Văn Hòa"));
        assert!(!is_signer_name("ThS."));
        assert!(!is_person_name("Lưu VT."));
        assert!(!is_person_name("Nguyễn"));
        assert!(is_person_name("Rơ Châm H'Nhi"));
        assert!(is_person_name("Ksor H’Bla"));
        assert!(!is_person_name("Rơ Châm 'Nhi"));
        assert!(!is_person_name("Rơ Châm H'nhi"));
    }
}
