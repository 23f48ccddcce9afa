//! The reader: a pipeline of plain functions over the pasted text, one module per stage.
//!
//! ```text
//! pasted ─canonical─▶ text ─lines─▶ Line[] ─layout─▶ Part per line ─fields─▶ header, meeting, signature
//!                                                   └─references──▶ cited documents
//!                                                   └─directives──▶ outline, directives, owners, deadlines
//! ```
//! Byte offsets live only inside this module; [`read`] converts them to code points.

pub mod canonical;
pub mod cell_lines;
pub mod compose;
pub mod dates;
pub mod deadlines;
pub mod directives;
pub mod fields;
pub mod glued_signature;
pub mod hard_wraps;
pub mod layout;
pub mod lines;
pub mod lost_breaks;
pub mod lunar;
pub mod owners;
pub mod references;
pub mod sentences;
pub mod spaced_table;
pub mod tables;
pub mod text;
pub mod word_starts;

use crate::document::{self as doc, Document, SpanKind};
use dates::find_days;
use layout::Part;
use lines::LineKind;

/// Reads pasted text into a document with the reader's suggestions. Never panics.
pub fn read(pasted: &str) -> Document {
    read_given(pasted, &[])
}

/// Reads pasted text with the header facts the user set (`given`) standing over what the
/// reader finds: they are the document's fields, and a date among them (the notice's or the
/// meeting's) is what its deadlines are resolved against. Never panics.
pub fn read_given(pasted: &str, given: &[doc::FieldEdit]) -> Document {
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = const { std::cell::RefCell::new(Scratch::new()) };
    }
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => read_with(pasted, given, &mut scratch),
        Err(_) => read_with(pasted, given, &mut Scratch::new()),
    })
}

/// Reads a text handed over whole (a file read into memory): the same document as [`read`], with
/// the least memory — the pasted text is dropped once its canonical form is made (its buffer then
/// holds the folded text), and what is only needed while reading is let go before the document
/// is built. Never panics.
pub fn read_owned(mut pasted: String) -> Document {
    // (A paste that lost its line breaks gets them back in place: no second copy is held.)
    lost_breaks::put_back(&mut pasted);
    let text = canonical::canonical(&pasted);
    let mut low = pasted;
    low.clear();
    text::fold_into(&text, &mut low);
    let mut scratch = Scratch {
        low,
        ..Scratch::new()
    };
    read_canonical(text, &[], &mut scratch, true)
}

/// The dates the user gave put over the reader's: a notice date given is the notice's own (not
/// a page's posting date); a date cleared is not stated.
fn given_dates(found: &mut fields::FoundFields, given: &[doc::FieldEdit]) {
    for e in given.iter().filter(|e| e.field.is_date()) {
        let day = e.value.as_deref().and_then(ymd_of_iso);
        let slot = match e.field {
            doc::FieldName::IssuedDate => {
                found.issued_by_page = false;
                &mut found.issued_date
            }
            _ => &mut found.meeting_date,
        };
        *slot = day.map(|d| {
            let at = slot.as_ref().map(|(_, f)| f.clone()).unwrap_or_default();
            (d, at)
        });
    }
}

/// `YYYY-MM-DD` as a day the reader counts with.
fn ymd_of_iso(s: &str) -> Option<dates::Ymd> {
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    (s.len() == 10)
        .then(|| dates::Ymd::new(i32::try_from(y).ok()?, m, d))
        .flatten()
}

/// What is only needed while reading: the folded text, the lines and their parts, and the tables
/// that order the spans and convert offsets. The buffers are kept for the next read (the app
/// re-reads on every edit), so their memory is not asked for and touched afresh each time.
struct Scratch {
    low: String,
    lines: Vec<lines::Line>,
    parts: Vec<Part>,
    blocks: Vec<(usize, u64)>,
}

impl Scratch {
    const fn new() -> Self {
        Scratch {
            low: String::new(),
            lines: Vec::new(),
            parts: Vec::new(),
            blocks: Vec::new(),
        }
    }
}

/// Reads with `scratch` as the buffers for the reader's intermediate results. Never inlined, so
/// that callgrind can count a read alone (`--toggle-collect='ketluan::notice::read_with'`).
#[inline(never)]
fn read_with(pasted: &str, given: &[doc::FieldEdit], scratch: &mut Scratch) -> Document {
    let text = canonical::canonical_folded_into(pasted, &mut scratch.low);
    read_canonical(text, given, scratch, false)
}

/// Reads the canonical `text`, its fold in `scratch.low`. With `release`, the folded text, the
/// lines and their parts are let go as soon as they are no longer needed, before the document's
/// strings are made (else they are kept for the next read).
fn read_canonical(
    text: String,
    given: &[doc::FieldEdit],
    scratch: &mut Scratch,
    release: bool,
) -> Document {
    let Scratch {
        low: low_buf,
        lines: lines_buf,
        parts: parts_buf,
        blocks,
    } = scratch;
    let low: &str = low_buf;
    // The folded text's word starts, for the lexicon scans (an eighth of the text's size; to
    // hold the least memory they are let go once the body is read, before the document grows).
    let mut starts = Some(word_starts::register(low, release));
    lines::lines_into(&text, low, lines_buf);
    layout::layout_into(&text, low, lines_buf, parts_buf);
    let (lines, parts) = (&lines_buf[..], &parts_buf[..]);
    let mut fields = fields::fields(&text, low, lines, parts);
    given_dates(&mut fields, given);
    let reference = fields.reference_date();

    // References, outside noise and the notice's own number.
    let mut refs = Vec::new();
    for (line, part) in lines.iter().zip(parts) {
        if line.kind == LineKind::Content && !matches!(part, Part::Number | Part::Noise) {
            refs.extend(references::references(&text, low, line.start, line.end));
        }
    }
    let ref_ranges: Vec<(usize, usize)> = refs.iter().map(|r| (r.start, r.end)).collect();
    let mut body = directives::body(&text, low, lines, parts, reference, &ref_ranges);
    // D12: a deadline counted from the meeting is dated once the meeting is.
    if let Some((meeting, _)) = &fields.meeting_date {
        for d in &mut body.directives {
            if let Some(x) = d.deadline.as_mut() {
                if let Some(due) = deadlines::counted_from_meeting(low, x, *meeting) {
                    x.due = Some(due);
                }
            }
        }
    }
    if release {
        starts = None;
    }

    let mut b = Builder::new(&text);
    // Room for what is known to come, so large documents are not copied as they grow: a span per
    // line outside the body, a few per directive and its owners, one per reference, heading and
    // section, and an eighth more for dates and persons (reserved memory that is never written
    // costs nothing, but it does count towards what the allocator must hold).
    let owners: usize = body.directives.iter().map(|d| d.owners.len()).sum();
    b.doc.references.reserve_exact(refs.len());
    let shown = parts
        .iter()
        .filter(|p| !matches!(p, Part::Blank | Part::Body | Part::Unset))
        .count();
    let known = shown
        + 2 * body.directives.len()
        + owners
        + refs.len()
        + body.headings.len()
        + body.sections.len();
    // The lines' spans first; the rest once the lines and the folded text are let go.
    b.doc.spans.reserve(shown + shown / 8 + 8);
    b.fields(&fields);
    // H11 with J7: a recipient wrapped onto a line of its own (a narrow column; a PDF): the line with no
    // list marker after a recipient not closed by ";" or "." continues it. Right after it, the
    // two lines are one recipient (its quote spans both); with signature lines of the column
    // beside in between, a purpose alone ("(b/c);") is the open recipient's purpose.
    // (The line index and body start of the recipient still open.)
    let mut recipient_open: Option<(usize, usize)> = None;
    // At most one recipient per line of them (room made once: see the spans).
    b.doc
        .recipients
        .reserve_exact(parts.iter().filter(|p| **p == Part::Recipient).count());
    for (at, (line, part)) in lines.iter().zip(parts).enumerate() {
        if !matches!(
            part,
            Part::Recipient
                | Part::Blank
                | Part::SignerAuthority
                | Part::SignerPosition
                | Part::SignerName
        ) {
            recipient_open = None;
        }
        let kind = match part {
            Part::Motto => SpanKind::Motto,
            Part::Issuer => SpanKind::Issuer,
            Part::Number => SpanKind::Number,
            Part::PlaceDate => SpanKind::PlaceDate,
            Part::DocType => SpanKind::DocType,
            Part::Subject => SpanKind::Subject,
            Part::Meeting => SpanKind::Meeting,
            Part::Intro => SpanKind::Intro,
            Part::Closing => SpanKind::Closing,
            Part::Noise => SpanKind::Noise,
            Part::RecipientsHeading => SpanKind::Recipients,
            Part::SignerAuthority | Part::SignerPosition | Part::SignerName => SpanKind::Signature,
            Part::Recipient => {
                let mut body = line.body;
                match recipient_open.filter(|_| line.marker.is_none()) {
                    Some((prev, start)) if prev + 1 == at => {
                        body = start;
                        let r = fields::recipient_in(&text, low, start, line.end);
                        b.doc.recipients.pop();
                        b.recipient(&r);
                    }
                    Some(_) => {
                        let r = fields::recipient(&text, low, line);
                        if r.start == r.end && r.purpose.is_some() {
                            b.recipient_purpose(&r);
                        } else {
                            b.recipient(&r);
                        }
                    }
                    None => b.recipient(&fields::recipient(&text, low, line)),
                }
                let closed = text[line.start..line.end].trim_end().ends_with([';', '.']);
                recipient_open = (!closed).then_some((at, body));
                SpanKind::Recipient
            }
            Part::Blank | Part::Body | Part::Unset => continue,
        };
        b.span(kind, line.start, line.end, None);
        if matches!(part, Part::Meeting | Part::Intro) {
            for (s, e) in fields::persons(&text, low, line.start, line.end) {
                b.span(SpanKind::Person, s, e, None);
            }
        }
        if line.kind == LineKind::Content && *part != Part::Noise {
            for (s, e, _) in find_days(low, line.start, line.end) {
                b.span(SpanKind::Date, s, e, None);
            }
        }
    }
    for line in lines
        .iter()
        .zip(parts)
        .filter(|(_, p)| **p == Part::Body)
        .map(|(l, _)| l)
    {
        for (s, e, _) in find_days(low, line.start, line.end) {
            b.span(SpanKind::Date, s, e, None);
        }
    }
    drop(starts);
    if release {
        *low_buf = String::new();
        *lines_buf = Vec::new();
        *parts_buf = Vec::new();
    }
    b.doc.directives.reserve_exact(body.directives.len());
    b.doc
        .spans
        .reserve(known + known / 8 + 8 - b.doc.spans.len().min(known));
    for r in refs {
        b.reference(r);
    }
    for &(s, e, level) in &body.headings {
        b.span(SpanKind::Heading, s, e, Some(level));
    }
    for &(s, e, assessment) in &body.sections {
        b.span(
            if assessment {
                SpanKind::Assessment
            } else {
                SpanKind::Tasks
            },
            s,
            e,
            None,
        );
    }
    // Each found directive let go once made (its owners' list with it).
    for d in body.directives {
        b.directive(&d);
    }
    let mut doc = b.finish(blocks);
    doc.text = text; // moved, not copied: the builder's borrow has ended
    doc.fields.apply(given);
    doc.field_edits = given.to_vec();
    doc
}

/// Turns byte ranges into the exported document, counting code points.
struct Builder<'a> {
    text: &'a str,
    doc: Document,
    /// Unit spans already given (an inherited owner is named once for many directives).
    units: std::collections::HashSet<(usize, usize)>,
    /// The date a deadline's missing year is taken from: the notice's, else the meeting's.
    dated_from: Option<doc::DatedFrom>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str) -> Self {
        let doc = Document::empty();
        Builder {
            text,
            doc,
            units: Default::default(),
            dated_from: None,
        }
    }

    /// Why, in the document's terms: the rule and the words that triggered it, as written.
    fn why(&self, because: &directives::Because) -> Option<doc::Why> {
        Some(doc::Why {
            rule: because.rule,
            words: because
                .trigger
                .and_then(|(s, e)| self.text.get(s..e))
                .map(|w| w.trim_end_matches([':', ' ']).to_string())
                .filter(|w| !w.is_empty()),
            dated_from: None,
        })
    }

    /// Why a deadline: the rule of its kind (or the one that placed it), its cue ("trước ngày"),
    /// and where a year left out was taken from.
    fn deadline_why(
        &self,
        d: &directives::FoundDirective,
        x: &deadlines::FoundDeadline,
    ) -> Option<doc::Why> {
        use doc::{DeadlineKind as K, Rule};
        let phrase = self.text.get(x.start..x.end).unwrap_or_default();
        let low = &text::fold(phrase); // the folded text may be let go by now
        let rule = d.deadline_rule.unwrap_or(if d.inherited {
            Rule::SectionPeriod
        } else {
            match x.kind {
                K::Date if low.contains("tết") => Rule::Tet,
                K::Date if low.contains("tuần") => Rule::Week,
                K::Date | K::Custom => Rule::Day,
                K::Month => Rule::Month,
                K::Quarter => Rule::Quarter,
                K::Year | K::Period => Rule::Year,
                K::SchoolTerm => Rule::SchoolCalendar,
                K::Relative => Rule::Relative,
                K::Recurring => Rule::Recurring,
                K::Urgent => Rule::Urgent,
            }
        });
        let cue = text::table_at(low, 0, &crate::lexicon::deadlines::CUES)
            .and_then(|c| phrase.get(..c.len()))
            .map(str::to_string);
        let has_year = low.as_bytes().windows(4).any(|w| {
            (w.starts_with(b"19") || w.starts_with(b"20")) && w.iter().all(u8::is_ascii_digit)
        });
        let dated_from = (x.due.is_some()
            && (x.kind == K::Relative
                || !has_year
                    && matches!(
                        x.kind,
                        K::Date | K::Month | K::Quarter | K::SchoolTerm | K::Period
                    )))
        .then_some(self.dated_from)
        .flatten();
        // (A count from the meeting is the meeting's, whatever the reference date, D12.)
        let from_meeting = x.kind == K::Relative
            && x.due.is_some()
            && text::find_any(low, &crate::lexicon::deadlines::FROM_MEETING, 0, low.len())
                .is_some();
        let dated_from = if from_meeting {
            Some(doc::DatedFrom::Meeting)
        } else {
            dated_from
        };
        Some(doc::Why {
            rule,
            words: cue,
            dated_from,
        })
    }

    /// A byte offset, converted to code points in `finish`.
    fn at(&mut self, byte: usize) -> usize {
        byte
    }

    fn span(&mut self, kind: SpanKind, start: usize, end: usize, level: Option<u8>) {
        let (start, end) = (self.at(start), self.at(end));
        self.doc.spans.push(doc::Span {
            kind,
            start,
            end,
            level,
        });
    }

    fn field(&mut self, f: &Option<fields::Field>, kind: Option<SpanKind>) -> Option<String> {
        let f = f.as_ref()?;
        if let Some(kind) = kind {
            self.span(kind, f.start, f.end, None);
        }
        Some(f.value.clone())
    }

    fn fields(&mut self, f: &fields::FoundFields) {
        self.dated_from = if f.issued_date.is_some() {
            Some(doc::DatedFrom::Issued)
        } else if f.meeting_date.is_some() {
            Some(doc::DatedFrom::Meeting)
        } else {
            None
        };
        let out = doc::Fields {
            number: f.number.as_ref().map(|x| x.value.clone()),
            issued_place: f.issued_place.as_ref().map(|x| x.value.clone()),
            issued_date: f.issued_date.as_ref().map(|x| x.0.iso()),
            doc_type: f.doc_type.as_ref().map(|x| x.value.clone()),
            subject: f.subject.as_ref().map(|x| x.value.clone()),
            meeting_date: f.meeting_date.as_ref().map(|x| x.0.iso()),
            meeting_time: f.meeting_time.as_ref().map(|x| x.value.clone()),
            meeting_place: f.meeting_place.as_ref().map(|x| x.value.clone()),
            meeting_chair: self.field(&f.meeting_chair, Some(SpanKind::Person)),
            meeting_chair_title: f.meeting_chair_title.as_ref().map(|x| x.value.clone()),
            meeting_online: f.meeting_online,
            signer_authority: f.signer_authority.as_ref().map(|x| x.value.clone()),
            signer_position: f.signer_position.as_ref().map(|x| x.value.clone()),
            signer_name: self.field(&f.signer_name, Some(SpanKind::Person)),
        };
        self.doc.fields = out;
    }

    fn recipient(&mut self, r: &fields::FoundRecipient) {
        let purpose = r.purpose.map(|(a, b)| self.text[a..b].to_string());
        let text = self.text[r.start..r.end].to_string();
        let (start, end) = (self.at(r.start), self.at(r.end));
        self.doc.recipients.push(doc::Recipient {
            text,
            purpose,
            start,
            end,
        });
    }

    /// The purpose of the last recipient, on a line of its own ("(b/c);").
    fn recipient_purpose(&mut self, r: &fields::FoundRecipient) {
        let purpose = r.purpose.map(|(a, b)| self.text[a..b].to_string());
        if let Some(last) = self.doc.recipients.last_mut() {
            last.purpose = purpose;
        }
    }

    /// A reference, its strings moved into the document rather than copied.
    fn reference(&mut self, r: references::FoundReference) {
        self.span(SpanKind::Reference, r.start, r.end, None);
        let (start, end) = (self.at(r.start), self.at(r.end));
        self.doc.references.push(doc::Reference {
            symbol: r.symbol,
            doc_type: r.doc_type,
            date: r.date,
            start,
            end,
        });
    }

    fn directive(&mut self, d: &directives::FoundDirective) {
        let mut id = String::with_capacity(8);
        id.push('d');
        text::push_decimal(&mut id, self.doc.directives.len() + 1, 1);
        let text = self.text[d.start..d.end].to_string();
        self.span(SpanKind::Directive, d.start, d.end, None);
        let mut owners = Vec::with_capacity(d.owners.len());
        for o in &d.owners {
            if !o.implicit {
                self.span(SpanKind::Owner, o.start, o.end, None);
            } else if self.units.insert((o.start, o.end)) {
                // Where an inherited owner is named (a heading, an opening sentence).
                self.span(SpanKind::Unit, o.start, o.end, None);
            }
            let why = self.why(&o.why);
            owners.push(doc::Owner {
                name: self.text[o.start..o.end].to_string(),
                role: o.role,
                implicit: o.implicit,
                start: self.at(o.start),
                end: self.at(o.end),
                source: doc::Source::Auto,
                why,
            });
        }
        let deadline = d.deadline.as_ref().map(|x| {
            if !d.inherited {
                self.span(SpanKind::Deadline, x.start, x.end, None);
            }
            let why = self.deadline_why(d, x);
            doc::Deadline {
                text: self.text[x.start..x.end].to_string(),
                start: self.at(x.start),
                end: self.at(x.end),
                due: x.due.map(|d| d.iso()),
                kind: x.kind,
                inherited: d.inherited,
                source: doc::Source::Auto,
                why,
            }
        });
        let (start, end) = (self.at(d.start), self.at(d.end));
        self.doc.directives.push(doc::Directive {
            id,
            start,
            end,
            text,
            owners,
            deadline,
            status: doc::Status::Suggested,
            source: doc::Source::Auto,
            why: self.why(&d.why),
            done: None,
            extended: None,
            edited: Default::default(),
        });
    }

    /// Converts every recorded byte offset to a code-point offset (a table of code points before
    /// each 64-byte block and a bit set of the code points that start in it: one pass over the
    /// text, and the offsets need no sorting), then puts the spans in order.
    fn finish(mut self, blocks: &mut Vec<(usize, u64)>) -> Document {
        let bytes = self.text.as_bytes();
        blocks.clear();
        blocks.reserve_exact(bytes.len() / 64 + 1);
        let mut chars = 0usize;
        for chunk in bytes.chunks(64) {
            let starts = text::code_point_starts(chunk);
            blocks.push((chars, starts));
            chars += starts.count_ones() as usize;
        }
        // The code points before a block, and those that start in it before the offset: read
        // from the block table alone (its bit set of code point starts), not from the text, so
        // that converting many offsets touches a table a quarter of the text's size. (It is made
        // once the folded text and the lines are let go: it adds nothing to a read's peak.)
        let conv = |b: usize| {
            let b = b.min(bytes.len());
            blocks.get(b / 64).map_or(chars, |&(before, starts)| {
                before + (starts & ((1u64 << (b % 64)) - 1)).count_ones() as usize
            })
        };
        let d = &mut self.doc;
        for s in &mut d.spans {
            s.start = conv(s.start);
            s.end = conv(s.end);
        }
        // By start, longest first, then kind; sorted in place (no second list of spans at the
        // largest moment of a read), spans alike in all then being equal.
        d.spans
            .sort_unstable_by_key(|s| (s.start, std::cmp::Reverse(s.end), s.kind as u8, s.level));
        d.spans.dedup();
        for r in &mut d.recipients {
            r.start = conv(r.start);
            r.end = conv(r.end);
        }
        for r in &mut d.references {
            r.start = conv(r.start);
            r.end = conv(r.end);
        }
        for dir in &mut d.directives {
            dir.start = conv(dir.start);
            dir.end = conv(dir.end);
            for o in &mut dir.owners {
                o.start = conv(o.start);
                o.end = conv(o.end);
            }
            if let Some(x) = &mut dir.deadline {
                x.start = conv(x.start);
                x.end = conv(x.end);
            }
        }
        self.doc
    }
}
