//! Carrying the user's work over a re-reading of changed text: where old and new text agree
//! (`TextDiff`, [`is_rewrite`]), finding each quoted text again near its old place
//! (`Anchorer`), and `carry_over` itself, which reports what lost its place as [`Orphan`]s.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::document::{Deadline, Directive, Document, Owner, Source, Status};
use crate::order::sort_by_keys;

use super::editor::{Removed, RemovedWhat};
use super::index::{cp_len, CpSteps};
use super::occurrences::normalize_name;

/// What kind of annotation lost its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrphanWhat {
    Directive,
    Owner,
    Deadline,
}

/// An annotation whose quoted text is not (or no longer) where its offsets say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Orphan {
    pub what: OrphanWhat,
    /// The id of the directive it belonged to.
    pub directive_id: String,
    /// The text it quoted (an owner's name for owners).
    pub quote: String,
}

/// Where old and new text agree: a common prefix and suffix (in code points).
struct TextDiff {
    prefix: usize,
    old_len: usize,
    new_len: usize,
    suffix: usize,
}

impl TextDiff {
    fn new(old: &str, new: &str) -> Self {
        let prefix = old
            .chars()
            .zip(new.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let old_len = cp_len(old);
        let new_len = cp_len(new);
        let max_suffix = old_len.min(new_len) - prefix;
        let suffix = old
            .chars()
            .rev()
            .zip(new.chars().rev())
            .take(max_suffix)
            .take_while(|(a, b)| a == b)
            .count();
        TextDiff {
            prefix,
            old_len,
            new_len,
            suffix,
        }
    }

    /// The new offset of an old span lying wholly in the unchanged prefix or suffix.
    fn exact(&self, start: usize, end: usize) -> Option<usize> {
        if end <= self.prefix {
            Some(start)
        } else if start >= self.old_len - self.suffix {
            Some(start + self.new_len - self.old_len)
        } else {
            None
        }
    }

    /// Where an old offset is expected in the new text.
    fn expected(&self, start: usize) -> usize {
        if start >= self.old_len - self.suffix {
            (start + self.new_len).saturating_sub(self.old_len)
        } else {
            start
        }
    }
}

/// Whether the user did something to this directive (added it, confirmed, rejected or finished
/// it, tagged an owner or a deadline): what a re-reading carries over.
pub fn has_user_work(d: &Directive) -> bool {
    d.source == Source::User
        || d.status != Status::Suggested
        || d.done.is_some()
        || d.extended.is_some()
        || !d.edited.is_empty()
        || d.owners.iter().any(|o| o.source == Source::User)
        || d.deadline
            .as_ref()
            .is_some_and(|dl| dl.source == Source::User)
}

/// True when `new` is mostly another text than `old` (a new paste), false for an edit of it
/// (what they share at both ends covers at least half of the new text).
pub fn is_rewrite(old: &str, new: &str) -> bool {
    if old.is_empty() {
        return true;
    }
    let d = TextDiff::new(old, new);
    (d.prefix + d.suffix) * 2 < d.new_len
}

/// The occurrence of `quote` in `text` nearest to `expected` (code points; of two as near, the
/// earlier), `quote_cps` being the quote's length in code points.
///
/// Searched in a window around `expected` that doubles until it holds an occurrence at least as
/// near as its own half-width (then no nearer one lies outside), or the whole text: the cost
/// follows the distance to the nearest occurrence, not the text's length, so carrying over the
/// work of every directive stays linear. A quote no longer in the text still costs one pass.
fn find_nearest(
    text: &str,
    idx: &CpSteps,
    quote: &str,
    quote_cps: usize,
    expected: usize,
) -> Option<usize> {
    if quote.is_empty() {
        return None;
    }
    let len = idx.len();
    let expected = expected.min(len);
    let mut w = quote_cps.max(64);
    loop {
        // Every occurrence starting within `w` code points of `expected` lies wholly in lo..hi.
        let from = expected.saturating_sub(w);
        let to = expected
            .saturating_add(w)
            .saturating_add(quote_cps)
            .min(len);
        let (lo, hi) = (idx.byte(from)?, idx.byte(to)?);
        let window = text.get(lo..hi)?;
        let mut best: Option<usize> = None;
        for (b, _) in window.match_indices(quote) {
            let Some(cp) = idx.cp(lo + b) else { continue };
            if best.is_none_or(|prev| cp.abs_diff(expected) < prev.abs_diff(expected)) {
                best = Some(cp);
            } else if cp > expected {
                break;
            }
        }
        let whole = from == 0 && to == len;
        if whole || best.is_some_and(|cp| cp.abs_diff(expected) <= w) {
            return best;
        }
        w = w.saturating_mul(2);
    }
}

struct Anchorer<'a> {
    old_idx: CpSteps<'a>,
    new_text: &'a str,
    new_idx: CpSteps<'a>,
    diff: TextDiff,
}

impl<'a> Anchorer<'a> {
    fn new(old: &'a Document, new_text: &'a str) -> Self {
        Anchorer {
            old_idx: CpSteps::new(&old.text),
            new_text,
            new_idx: CpSteps::new(new_text),
            diff: TextDiff::new(&old.text, new_text),
        }
    }

    fn old_quote(&self, start: usize, end: usize) -> Option<&'a str> {
        self.old_idx.slice(start, end)
    }

    /// The new place of `quote`, which was at `start` in the old text.
    fn anchor(&self, quote: &str, start: usize) -> Option<(usize, usize)> {
        let n = cp_len(quote);
        if n == 0 {
            return None;
        }
        if let Some(s) = self.diff.exact(start, start + n) {
            if self.new_idx.slice(s, s + n) == Some(quote) {
                return Some((s, s + n));
            }
        }
        let s = find_nearest(
            self.new_text,
            &self.new_idx,
            quote,
            n,
            self.diff.expected(start),
        )?;
        Some((s, s + n))
    }

    /// Moves an old annotation at `start..end` by the directive's shift when it lies inside the
    /// directive (whose text is unchanged), else anchors it on its own.
    fn follow(
        &self,
        start: usize,
        end: usize,
        old_d: &Directive,
        new_start: usize,
    ) -> Option<(usize, usize)> {
        let quote = self.old_quote(start, end)?;
        if old_d.start <= start && end <= old_d.end {
            let s = new_start + (start - old_d.start);
            let e = s + (end - start);
            if self.new_idx.slice(s, e) == Some(quote) {
                return Some((s, e));
            }
            return None;
        }
        self.anchor(quote, start)
    }
}

pub(crate) fn carry_over(
    old: &Document,
    removed: &[Removed],
    mut fresh: Document,
) -> (Document, Vec<Removed>, Vec<Orphan>) {
    let mut orphans = Vec::new();
    let a = Anchorer::new(old, &fresh.text);
    let mut carried: Vec<Directive> = Vec::new();
    // The ids in use, gathered when a directive is first carried as the user's.
    let mut used_ids: Option<HashSet<String>> = None;
    // The reader's directives by span: each old directive finds its match in one look-up
    // instead of a scan of all of them. `by_span` holds the first of a span, `same_next` the
    // next one of the same span after each (`NONE` for none).
    const NONE: usize = usize::MAX;
    let mut by_span: HashMap<(usize, usize), usize> =
        HashMap::with_capacity(fresh.directives.len());
    let mut same_next = vec![NONE; fresh.directives.len()];
    for (i, f) in fresh.directives.iter().enumerate().rev() {
        if f.source == Source::Auto {
            if let (Some(prev), Some(next)) =
                (by_span.insert((f.start, f.end), i), same_next.get_mut(i))
            {
                *next = prev;
            }
        }
    }
    // The reader's directives that took the id of an old one the user worked on.
    let mut keeps = vec![false; fresh.directives.len()];
    let mut owners: Vec<Owner> = Vec::new();
    let mut next_u = fresh
        .directives
        .iter()
        .chain(old.directives.iter())
        .filter_map(|d| d.id.strip_prefix('u').and_then(|n| n.parse::<u64>().ok()))
        .max()
        .unwrap_or(0);

    for d in &old.directives {
        let user_owners = d.owners.iter().filter(|o| o.source == Source::User);
        let user_deadline = d.deadline.as_ref().filter(|dl| dl.source == Source::User);
        if !has_user_work(d) {
            continue;
        }
        let quote = a.old_quote(d.start, d.end).unwrap_or(d.text.as_str());
        let Some((ns, ne)) = a.anchor(quote, d.start) else {
            orphans.push(Orphan {
                what: OrphanWhat::Directive,
                directive_id: d.id.clone(),
                quote: d.text.clone(),
            });
            continue;
        };
        // Owners and deadline of the user, moved along.
        owners.clear();
        for o in user_owners {
            match a.follow(o.start, o.end, d, ns) {
                Some((s, e)) => owners.push(Owner {
                    start: s,
                    end: e,
                    ..o.clone()
                }),
                None => orphans.push(Orphan {
                    what: OrphanWhat::Owner,
                    directive_id: d.id.clone(),
                    quote: o.name.clone(),
                }),
            }
        }
        let deadline = match user_deadline {
            None => None,
            Some(dl) if dl.start == dl.end => Some(Deadline {
                start: ns,
                end: ns,
                ..dl.clone()
            }),
            Some(dl) => match a.follow(dl.start, dl.end, d, ns) {
                Some((s, e)) => Some(Deadline {
                    start: s,
                    end: e,
                    ..dl.clone()
                }),
                None => {
                    orphans.push(Orphan {
                        what: OrphanWhat::Deadline,
                        directive_id: d.id.clone(),
                        quote: dl.text.clone(),
                    });
                    None
                }
            },
        };

        let matched = if d.source == Source::Auto {
            by_span.get(&(ns, ne)).and_then(|&i| {
                let first = !std::mem::replace(keeps.get_mut(i)?, true);
                fresh.directives.get_mut(i).map(|f| (f, first))
            })
        } else {
            None
        };
        match matched {
            Some((f, first)) => {
                if first {
                    // The task keeps its id: the board, a merge and the library know it by it.
                    f.id = d.id.clone();
                }
                f.status = d.status;
                f.done = d.done.clone();
                f.extended = d.extended.clone();
                f.edited = d.edited.clone();
                for o in owners.drain(..) {
                    let same =
                        |x: &&mut Owner| (x.start, x.end, x.role) == (o.start, o.end, o.role);
                    match f.owners.iter_mut().find(same) {
                        // The user's version of the reader's owner (renamed) stands.
                        Some(x) if x.source == Source::Auto => *x = o,
                        Some(_) => {}
                        None => f.owners.push(o),
                    }
                }
                if deadline.is_some() {
                    f.deadline = deadline;
                }
            }
            None => {
                // The user's own directive, or one the reader no longer suggests as such:
                // kept as the user's, with its reader's owners that still fit.
                let mut all = Vec::new();
                if d.source == Source::Auto {
                    for o in d.owners.iter().filter(|o| o.source == Source::Auto) {
                        if let Some((s, e)) = a.follow(o.start, o.end, d, ns) {
                            all.push(Owner {
                                start: s,
                                end: e,
                                ..o.clone()
                            });
                        }
                    }
                }
                all.append(&mut owners);
                let deadline = deadline.or_else(|| {
                    let dl = d.deadline.as_ref().filter(|dl| dl.source == Source::Auto)?;
                    let (s, e) = a.follow(dl.start, dl.end, d, ns)?;
                    Some(Deadline {
                        start: s,
                        end: e,
                        ..dl.clone()
                    })
                });
                let used_ids = used_ids
                    .get_or_insert_with(|| fresh.directives.iter().map(|d| d.id.clone()).collect());
                let id = if d.source == Source::User && !used_ids.contains(d.id.as_str()) {
                    d.id.clone()
                } else {
                    loop {
                        next_u = next_u.saturating_add(1);
                        let id = format!("u{next_u}");
                        if !used_ids.contains(id.as_str()) {
                            break id;
                        }
                    }
                };
                used_ids.insert(id.clone());
                carried.push(Directive {
                    id,
                    start: ns,
                    end: ne,
                    text: quote.to_string(),
                    owners: all,
                    deadline,
                    status: if d.source == Source::Auto && d.status == Status::Suggested {
                        Status::Confirmed
                    } else {
                        d.status
                    },
                    source: Source::User,
                    why: None,
                    done: d.done.clone(),
                    extended: d.extended.clone(),
                    edited: d.edited.clone(),
                });
            }
        }
    }

    // The suggestions the user removed stay removed. A removed directive is only marked here
    // (and dropped once at the end): the next look-up of its span finds the next one, if any.
    let mut kept_removed = Vec::new();
    let mut gone = vec![false; fresh.directives.len()];
    for r in removed {
        let Some((ns, ne)) = a.anchor(&r.directive_text, r.directive_start) else {
            continue;
        };
        // The first of the span not removed yet.
        let mut at = by_span.get(&(ns, ne)).copied().unwrap_or(NONE);
        while gone.get(at).copied() == Some(true) {
            at = same_next.get(at).copied().unwrap_or(NONE);
        }
        let pos = at;
        if pos >= fresh.directives.len() {
            continue;
        }
        match &r.what {
            RemovedWhat::Directive => {
                if let Some(g) = gone.get_mut(pos) {
                    *g = true;
                }
            }
            RemovedWhat::Owner { name, role } => {
                if let Some(f) = fresh.directives.get_mut(pos) {
                    let key = normalize_name(name);
                    f.owners.retain(|o| {
                        !(o.source == Source::Auto
                            && o.role == *role
                            && normalize_name(&o.name) == key)
                    });
                }
            }
            RemovedWhat::Deadline { text } => {
                if let Some(f) = fresh.directives.get_mut(pos) {
                    if f.deadline
                        .as_ref()
                        .is_some_and(|dl| dl.source == Source::Auto && &dl.text == text)
                    {
                        f.deadline = None;
                    }
                }
            }
        }
        kept_removed.push(Removed {
            directive_start: ns,
            ..r.clone()
        });
    }

    give_way(&mut fresh.directives, &keeps, old);
    let mut i = 0;
    fresh.directives.retain(|_| {
        i += 1;
        !gone.get(i - 1).copied().unwrap_or(false)
    });
    fresh.directives.extend(carried);
    sort_by_keys(&mut fresh.directives, &mut Vec::new(), |d| {
        (d.start as u64, d.end as u64)
    });
    // The header facts the user set stand over the new reading too (a reading made without
    // them takes them from the old document; see `Editor::redate_with` for dates).
    if fresh.field_edits.is_empty() && !old.field_edits.is_empty() {
        fresh.field_edits = old.field_edits.clone();
        let edits = std::mem::take(&mut fresh.field_edits);
        fresh.fields.apply(&edits);
        fresh.field_edits = edits;
    }
    (fresh, kept_removed, orphans)
}

/// The reader's directives whose id an old directive kept (`keeps`) took give way: each gets a
/// new `d` id beyond every `d` id now and in the old document.
fn give_way(fresh: &mut [Directive], keeps: &[bool], old: &Document) {
    if !keeps.contains(&true) {
        return;
    }
    let kept: HashSet<String> = fresh
        .iter()
        .zip(keeps)
        .filter(|(_, &k)| k)
        .map(|(d, _)| d.id.clone())
        .collect();
    let number = |id: &str| id.strip_prefix('d').and_then(|n| n.parse::<u64>().ok());
    let mut next = fresh
        .iter()
        .chain(old.directives.iter())
        .filter_map(|d| number(&d.id))
        .max()
        .unwrap_or(0);
    for (d, &k) in fresh.iter_mut().zip(keeps) {
        if !k && kept.contains(&d.id) {
            next = next.saturating_add(1);
            d.id = format!("d{next}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::document::{Role, Status};
    use crate::edit::test_support::*;
    use crate::edit::Editor;

    #[test]
    fn a_task_worked_on_keeps_its_id_over_rereadings() {
        // Item 1 is added in front of the text: the reader numbers the items anew, but the
        // task marked done stays known by its id, and the new one takes a fresh id.
        let q1 = "1. Phòng Giáo dục Trung học chủ trì tổ chức ôn thi, hoàn thành trước ngày 15/12/2022.\n\n";
        let short = TEXT.replace(q1, "");
        let mut ed = Editor::new(reading(&short));
        let quote = "Các đơn vị phối hợp";
        assert!(d(&ed, "d1").text.starts_with(quote));
        ed.set_clock("2026-12-01T08:00:00.000Z");
        ed.set_done(
            "d1",
            Some(crate::document::Done {
                date: "2022-12-01".into(),
                note: String::new(),
            }),
        )
        .unwrap();
        ed.reread_with(reading(TEXT));
        let done = d(&ed, "d1");
        assert!(done.text.starts_with(quote), "{done:?}");
        assert_eq!(
            done.edited.at(crate::document::Part::Done),
            Some("2026-12-01T08:00:00.000Z")
        );
        let ids: Vec<&str> = ed.doc().directives.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            ids,
            ["d4", "d1", "d3"],
            "the new item 1 gives way; no id twice"
        );
        // Taking item 1 out again: the ids the user knows stay.
        ed.reread_with(reading(&short));
        let ids: Vec<&str> = ed.doc().directives.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["d1", "d2"]);
    }

    #[test]
    fn a_renamed_owner_survives_an_edit_of_the_text() {
        // It was lost: the reader's owner at the same place kept the user's out, then the
        // reader's was dropped as removed.
        let mut ed = editor();
        ed.rename_owner("d1", 0, "Phòng GDTrH").unwrap();
        let new_text = TEXT.replace("hằng tháng", "hằng quý");
        assert!(ed.reread_with(reading(&new_text)).is_empty());
        assert_eq!(owner_names(&ed, "d1"), ["Phòng GDTrH"]);
    }

    #[test]
    fn reread_carries_user_work_over() {
        let mut ed = editor();
        let (s, e) = cp_find(TEXT, "Các đơn vị");
        ed.add_owner("d2", s, e, Role::Support).unwrap();
        ed.set_status("d1", Status::Confirmed).unwrap();
        ed.remove_owner("d3", 0).unwrap();
        let (s, e) = cp_find(TEXT, "THÔNG BÁO");
        ed.add_directive(s, e).unwrap();
        ed.set_deadline_due("d2", Some("2022-11-30")).unwrap();

        let new_text = format!("Số: 12/TB-SGDĐT\nHà Nội, ngày 1/10/2022\n{TEXT}");
        let orphans = ed.reread_with(reading(&new_text));
        assert!(orphans.is_empty(), "{orphans:?}");
        assert!(!ed.can_undo(), "history points into the old text");
        let shift = "Số: 12/TB-SGDĐT\nHà Nội, ngày 1/10/2022\n".chars().count();
        let d2 = d(&ed, "d2");
        let o = d2.owners.iter().find(|o| o.source == Source::User).unwrap();
        assert_eq!(o.start, cp_find(TEXT, "Các đơn vị").0 + shift);
        assert_eq!(ed.doc().slice(o.start, o.end), "Các đơn vị");
        assert_eq!(
            d2.deadline.as_ref().unwrap().due.as_deref(),
            Some("2022-11-30")
        );
        assert_eq!(d(&ed, "d1").status, Status::Confirmed);
        assert!(
            d(&ed, "d3").owners.is_empty(),
            "removed suggestion stays removed"
        );
        let u1 = d(&ed, "u1");
        assert_eq!(ed.doc().slice(u1.start, u1.end), "THÔNG BÁO");
        assert_eq!(ed.removed().len(), 1);
        assert!(crate::edit::validate(ed.doc()).unwrap().is_empty());
    }

    #[test]
    fn reread_reports_orphans_and_never_moves_to_a_look_alike() {
        let mut ed = editor();
        // The user tags "phòng giáo dục trung học" in directive 2…
        let (s, e) = cp_find(TEXT, "phòng giáo dục trung học");
        ed.add_owner("d2", s, e, Role::Support).unwrap();
        ed.set_status("d2", Status::Confirmed).unwrap();
        // …then edits directive 2's wording. The unit still appears in directive 1 (a look-alike).
        let new_text = TEXT.replace("rà soát hồ sơ", "kiểm tra hồ sơ");
        let orphans = ed.reread_with(reading(&new_text));
        assert_eq!(orphans.len(), 1);
        assert_eq!(orphans[0].what, OrphanWhat::Directive);
        assert_eq!(orphans[0].directive_id, "d2");
        for dir in &ed.doc().directives {
            assert!(dir.owners.iter().all(|o| o.source == Source::Auto));
        }
    }

    #[test]
    fn reread_keeps_confirmed_work_when_the_reader_drops_a_directive() {
        let mut ed = editor();
        ed.set_status("d3", Status::Confirmed).unwrap();
        let mut fresh = reading(TEXT);
        fresh.directives.retain(|d| d.id != "d3");
        let orphans = ed.reread_with(fresh);
        assert!(orphans.is_empty());
        let kept = ed
            .doc()
            .directives
            .iter()
            .find(|d| d.text.starts_with("Văn phòng"))
            .unwrap();
        assert_eq!(kept.source, Source::User);
        assert_eq!(kept.status, Status::Confirmed);
        assert_eq!(kept.owners.len(), 1);
        assert!(kept.id.starts_with('u'));
    }

    #[test]
    fn reread_of_the_same_text_is_identity() {
        let mut ed = editor();
        ed.set_status("d2", Status::Rejected).unwrap();
        let before = ed.doc().clone();
        let orphans = ed.reread_with(reading(TEXT));
        assert!(orphans.is_empty());
        assert_eq!(ed.doc(), &before);
    }

    #[test]
    fn find_nearest_takes_the_nearest_occurrence_near_or_far() {
        let text = format!(
            "{}ab{}ab{}ab{}",
            "x".repeat(10),
            "x".repeat(3),
            "x".repeat(3),
            "x".repeat(5000)
        );
        let idx = CpSteps::new(&text);
        // Occurrences at 10, 15, 20.
        assert_eq!(find_nearest(&text, &idx, "ab", 2, 0), Some(10));
        assert_eq!(find_nearest(&text, &idx, "ab", 2, 16), Some(15));
        // As near on both sides: the earlier.
        assert_eq!(find_nearest(&text, &idx, "ab", 2, 12), Some(10));
        assert_eq!(
            find_nearest(&text, &idx, "ab", 2, 5000),
            Some(20),
            "far before"
        );
        assert_eq!(
            find_nearest(&text, &idx, "ab", 2, 99_999),
            Some(20),
            "past the end"
        );
        let text = format!("{}ab", "x".repeat(5000));
        let idx = CpSteps::new(&text);
        assert_eq!(
            find_nearest(&text, &idx, "ab", 2, 0),
            Some(5000),
            "far after"
        );
        assert_eq!(find_nearest(&text, &idx, "abc", 3, 0), None);
        assert_eq!(find_nearest(&text, &idx, "", 0, 0), None);
    }

    /// A notice of `n` numbered directives, changed at both ends when `changed`, so that the
    /// directives in between are no longer in a common prefix or suffix and are looked for.
    fn numbered(n: usize, changed: bool) -> String {
        let mut t = String::from("THÔNG BÁO\nKết luận của Giám đốc Sở tại hội nghị giao ban\n\n");
        if changed {
            t.push_str("Giám đốc Sở kết luận như sau:\n");
        }
        for i in 1..=n {
            t.push_str(&format!(
                "{i}. Giao Phòng Giáo dục Trung học báo cáo kết quả thực hiện nhiệm vụ số {i}.\n"
            ));
        }
        t.push_str(if changed {
            "Nơi nhận: các phòng.\n"
        } else {
            "Nơi nhận:\n"
        });
        t
    }

    /// Every directive's work carried over a large re-reading (it was found by a scan of the
    /// text per directive and matched by a scan of all directives, so 8,000 took seconds).
    #[test]
    fn reread_carries_the_work_of_every_directive_of_a_large_notice() {
        let n = 8_000;
        let mut ed = Editor::new(crate::read(&numbered(n, false)));
        assert_eq!(ed.doc().directives.len(), n);
        let offers = ed.offers_for("nhiệm vụ");
        assert_eq!(ed.apply_offers(&offers, Role::Support), n);
        let ids: Vec<String> = ed.doc().directives.iter().map(|d| d.id.clone()).collect();
        for id in ids.iter().step_by(499) {
            ed.set_status(id, Status::Confirmed).unwrap();
        }
        let deleted: Vec<String> = ids.iter().skip(50).step_by(1009).cloned().collect();
        for id in &deleted {
            ed.delete_directive(id).unwrap();
        }
        let before = ed.doc().clone();

        let orphans = ed.reread_with(crate::read(&numbered(n, true)));
        assert!(orphans.is_empty(), "{:?}", orphans.first());
        let doc = ed.doc();
        assert_eq!(
            doc.directives.len(),
            n - deleted.len(),
            "deleted stay deleted"
        );
        for (old, new) in before.directives.iter().zip(&doc.directives) {
            assert_eq!(new.text, old.text);
            assert_eq!(new.status, old.status, "{}", old.text);
            let user: Vec<&crate::document::Owner> = new
                .owners
                .iter()
                .filter(|o| o.source == Source::User)
                .collect();
            assert_eq!(user.len(), 1, "{}", old.text);
            assert_eq!(doc.slice(user[0].start, user[0].end), "nhiệm vụ");
            assert!(new.start <= user[0].start && user[0].end <= new.end);
        }
        assert!(crate::edit::validate(doc).unwrap().is_empty());
    }

    #[test]
    fn rewrite_or_edit() {
        assert!(is_rewrite("", "abc"));
        assert!(is_rewrite("abcdef", "uvwxyz"));
        assert!(!is_rewrite("abcdef", "abcXdef"));
        assert!(!is_rewrite(TEXT, &TEXT.replace("rà soát", "kiểm tra")));
        assert!(!is_rewrite("abc", ""));
    }
}
