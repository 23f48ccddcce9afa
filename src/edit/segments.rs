//! The notice view's [`Segment`]s: the text cut at every highlight boundary (spans and
//! directives), grouped into chunks at line breaks; and the task table's [`short_text`].

use std::rc::Rc;

use crate::document::{Document, Role, SpanKind, Status};
use crate::order::sort_by_keys;

use super::index::{cp_len, CpIndex};

// ---------------------------------------------------------------------------------------------

/// Marks of a segment besides the span kinds.
pub mod mark {
    pub const DIRECTIVE: u8 = 1;
    pub const LEAD: u8 = 2;
    pub const SUPPORT: u8 = 4;
    pub const IMPLICIT: u8 = 8;
    pub const DEADLINE: u8 = 16;
    pub const REJECTED: u8 = 32;
}

/// A maximal run of the text with the same highlights.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub text: Rc<str>,
    /// Bit `k as u32` set for each [`SpanKind`] `k` covering it (from the reader's spans,
    /// except directive/owner/deadline which come from the directives).
    pub kinds: u32,
    /// [`mark`] bits from the directives.
    pub marks: u8,
    /// The id of the (innermost) directive covering it.
    pub directive: Option<Rc<str>>,
}

/// Every span kind, in declaration order (bit `i` of [`Segment::kinds`]).
pub const SPAN_KINDS: [SpanKind; 23] = [
    SpanKind::Motto,
    SpanKind::Issuer,
    SpanKind::Number,
    SpanKind::PlaceDate,
    SpanKind::DocType,
    SpanKind::Subject,
    SpanKind::Meeting,
    SpanKind::Intro,
    SpanKind::Heading,
    SpanKind::Assessment,
    SpanKind::Tasks,
    SpanKind::Directive,
    SpanKind::Owner,
    SpanKind::Deadline,
    SpanKind::Reference,
    SpanKind::Date,
    SpanKind::Person,
    SpanKind::Unit,
    SpanKind::Recipients,
    SpanKind::Recipient,
    SpanKind::Signature,
    SpanKind::Closing,
    SpanKind::Noise,
];

fn kind_bit(k: SpanKind) -> u32 {
    SPAN_KINDS
        .iter()
        .position(|x| *x == k)
        .map_or(0, |i| 1u32 << i)
}

/// True when a segment is covered by a span of this kind.
pub fn has_kind(kinds: u32, k: SpanKind) -> bool {
    kinds & kind_bit(k) != 0
}

/// Splits the text into segments at every highlight boundary (spans and directives), so a view
/// renders one element per segment (never one per char).
pub fn segments(doc: &Document) -> Vec<Segment> {
    let idx = CpIndex::new(&doc.text);
    let len = idx.len();
    // (start, end, kinds bit, marks, directive index)
    let mut items: Vec<(usize, usize, u32, u8, Option<usize>)> = Vec::new();
    for s in &doc.spans {
        if matches!(
            s.kind,
            SpanKind::Directive | SpanKind::Owner | SpanKind::Deadline
        ) {
            continue;
        }
        items.push((s.start, s.end, kind_bit(s.kind), 0, None));
    }
    for (i, d) in doc.directives.iter().enumerate() {
        let rej = if d.status == Status::Rejected {
            mark::REJECTED
        } else {
            0
        };
        items.push((d.start, d.end, 0, mark::DIRECTIVE | rej, Some(i)));
        for o in &d.owners {
            let mut m = match o.role {
                Role::Lead => mark::LEAD,
                Role::Support => mark::SUPPORT,
            };
            if o.implicit {
                m |= mark::IMPLICIT;
            }
            items.push((o.start, o.end, 0, m, None));
        }
        if let Some(dl) = &d.deadline {
            items.push((dl.start, dl.end, 0, mark::DEADLINE, None));
        }
    }
    items.retain(|it| it.0 < it.1 && it.1 <= len);

    let mut cuts: Vec<usize> = Vec::with_capacity(items.len() * 2 + 2);
    cuts.push(0);
    cuts.push(len);
    for it in &items {
        cuts.push(it.0);
        cuts.push(it.1);
    }
    let mut keys = Vec::new();
    sort_by_keys(&mut cuts, &mut keys, |&c| (c as u64, 0));
    cuts.dedup();

    // Sweep: items sorted by start (longest first); active ones kept in a small list.
    sort_by_keys(&mut items, &mut keys, |it| {
        (it.0 as u64, u64::MAX - it.1 as u64)
    });
    let ids: Vec<Rc<str>> = doc
        .directives
        .iter()
        .map(|d| Rc::<str>::from(d.id.as_str()))
        .collect();
    let mut active: Vec<(usize, usize, u32, u8, Option<usize>)> = Vec::new();
    let mut next = 0;
    let mut out = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let (Some(&s), Some(&e)) = (w.first(), w.get(1)) else {
            continue;
        };
        active.retain(|it| it.1 > s);
        while let Some(it) = items.get(next) {
            if it.0 > s {
                break;
            }
            if it.1 > s {
                active.push(*it);
            }
            next += 1;
        }
        let mut kinds = 0;
        let mut marks = 0;
        let mut dir: Option<(usize, usize)> = None; // (length, index)
        for it in &active {
            kinds |= it.2;
            marks |= it.3;
            if let Some(i) = it.4 {
                let l = it.1 - it.0;
                if dir.is_none_or(|(bl, _)| l < bl) {
                    dir = Some((l, i));
                }
            }
        }
        let text = idx.slice(&doc.text, s, e).unwrap_or("");
        out.push(Segment {
            start: s,
            end: e,
            text: Rc::from(text),
            kinds,
            marks,
            directive: dir.and_then(|(_, i)| ids.get(i).cloned()),
        });
    }
    out
}

/// Groups segments into chunks of about `target` chars, cutting only just after a line break
/// (a segment is split there if need be), so a view can render each chunk as a block and let
/// the browser skip the ones off screen. Joined, the chunks are the segments' text unchanged.
pub fn chunk_segments(segs: Vec<Segment>, target: usize) -> Vec<Vec<Segment>> {
    let mut chunks: Vec<Vec<Segment>> = Vec::new();
    let mut cur: Vec<Segment> = Vec::new();
    let mut count = 0usize;
    for seg in segs {
        let mut seg = seg;
        loop {
            let len = seg.end.saturating_sub(seg.start);
            if count + len < target {
                count += len;
                cur.push(seg);
                break;
            }
            // The first line break at or after the point where the chunk is full.
            let need = target.saturating_sub(count);
            let cut = seg
                .text
                .char_indices()
                .enumerate()
                .find(|(i, (_, c))| *c == '\n' && i + 1 >= need)
                .map(|(i, (b, _))| (i + 1, b + 1));
            match cut {
                Some((cp, byte)) if cp < len => {
                    let (left, right) = (
                        seg.text.get(..byte).unwrap_or(""),
                        seg.text.get(byte..).unwrap_or(""),
                    );
                    cur.push(Segment {
                        end: seg.start + cp,
                        text: Rc::from(left),
                        ..seg.clone()
                    });
                    chunks.push(std::mem::take(&mut cur));
                    count = 0;
                    seg = Segment {
                        start: seg.start + cp,
                        text: Rc::from(right),
                        ..seg
                    };
                }
                Some(_) => {
                    // The break is the segment's last char: the chunk ends with it.
                    cur.push(seg);
                    chunks.push(std::mem::take(&mut cur));
                    count = 0;
                    break;
                }
                None => {
                    count += len;
                    cur.push(seg);
                    break;
                }
            }
        }
    }
    if !cur.is_empty() {
        chunks.push(cur);
    }
    chunks
}

/// The first chars of a directive for the task table (whole words, with "…").
pub fn short_text(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if cp_len(&flat) <= max {
        return flat;
    }
    let mut out: String = flat.chars().take(max).collect();
    if let Some(sp) = out.rfind(' ') {
        if sp > out.len() / 2 {
            out.truncate(sp);
        }
    }
    out.push('…');
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::document::Span;
    use crate::edit::test_support::*;

    #[test]
    fn segments_cover_the_text() {
        let mut ed = editor();
        ed.set_status("d2", Status::Rejected).unwrap();
        let segs = segments(ed.doc());
        let joined: String = segs.iter().map(|s| &*s.text).collect();
        assert_eq!(joined, TEXT);
        let mut at = 0;
        for s in &segs {
            assert_eq!(s.start, at);
            at = s.end;
        }
        let owner = segs
            .iter()
            .find(|s| &*s.text == "Phòng Giáo dục Trung học")
            .unwrap();
        assert_ne!(owner.marks & mark::LEAD, 0);
        assert_eq!(owner.directive.as_deref(), Some("d1"));
        let head = segs.iter().find(|s| &*s.text == "THÔNG BÁO").unwrap();
        assert!(has_kind(head.kinds, SpanKind::DocType));
        assert!(segs
            .iter()
            .any(|s| s.marks & mark::REJECTED != 0 && s.directive.as_deref() == Some("d2")));
        // Offsets that do not fit are ignored, not a panic.
        let mut bad = reading(TEXT);
        bad.spans.push(Span {
            kind: SpanKind::Noise,
            start: 5,
            end: 99_999,
            level: None,
        });
        assert_eq!(
            segments(&bad).iter().map(|s| s.text.len()).sum::<usize>(),
            TEXT.len()
        );
        assert!(segments(&Document::empty()).is_empty());
    }

    #[test]
    fn chunks_cut_after_line_breaks_and_keep_the_text() {
        let doc = reading(TEXT);
        let segs = segments(&doc);
        let n = segs.len();
        for target in [1, 5, 20, 60, 10_000] {
            let chunks = chunk_segments(segs.clone(), target);
            let joined: String = chunks.iter().flatten().map(|s| &*s.text).collect();
            assert_eq!(joined, TEXT);
            let mut at = 0;
            for s in chunks.iter().flatten() {
                assert_eq!(s.start, at);
                assert_eq!(s.end - s.start, s.text.chars().count());
                at = s.end;
            }
            for c in chunks.iter().take(chunks.len().saturating_sub(1)) {
                assert!(c.last().is_some_and(|s| s.text.ends_with('\n')), "{target}");
            }
            assert!(chunks.iter().flatten().count() >= n);
        }
        assert_eq!(chunk_segments(segs.clone(), 10_000).len(), 1);
        assert!(chunk_segments(Vec::new(), 10).is_empty());
    }

    #[test]
    fn short_texts() {
        assert_eq!(short_text("a  b\nc", 10), "a b c");
        assert!(short_text(TEXT, 20).ends_with('…'));
    }
}
