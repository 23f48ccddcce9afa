//! Two copies of one notice merged part by part: the work two clerks did on their own copies
//! (one marks a task done, the other corrects its deadline) put together, the later change of
//! each part winning.
//!
//! What is merged, and by what:
//! - the header facts the user set (`field_edits`), field by field, by their `at`;
//! - each directive, known by its id (the same reading of the same text gives the same ids, and
//!   a directive the user worked on keeps its id over re-readings), else by its span: its status,
//!   owners, deadline, done and extension part by part, by [`Edited`](crate::document::Edited);
//!   a part stamped in neither copy stays as in `ours`;
//! - a directive only one copy has is kept when the user worked on it (nothing anybody did is
//!   lost); a suggestion of the reader that the other copy deleted stays deleted. Deleting in one
//!   copy a directive the other worked on does not delete it: reject it instead
//!   (*đã loại*), which is a stamped change.
//!
//! Both copies must be of the same text: two readings of different texts are not one notice's
//! copies (re-read one first).

use std::collections::{HashMap, HashSet};

use crate::document::{Directive, Document, FieldEdit, Part, Source};

use super::carry_over::has_user_work;

/// Why two documents cannot be merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// Their texts differ.
    OtherText,
}

impl MergeError {
    pub fn message_en(&self) -> &'static str {
        match self {
            MergeError::OtherText => {
                "the two files are not copies of the same notice (their texts differ)"
            }
        }
    }

    pub fn message_vi(&self) -> &'static str {
        match self {
            MergeError::OtherText => {
                "hai tệp không phải hai bản của cùng một thông báo (nội dung văn bản khác nhau)"
            }
        }
    }
}

/// The merged document and what came from the other copy.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub doc: Document,
    /// Parts of directives and header facts taken from `theirs` (it changed them later).
    pub taken: usize,
    /// Directives only `theirs` had, added.
    pub added: usize,
    /// The notice's or the meeting's date changed: its deadlines must be resolved again (read
    /// the text again with the merged `field_edits`, as after the user corrects a date).
    pub redate: bool,
}

const PARTS: [Part; 5] = [
    Part::Status,
    Part::Owners,
    Part::Deadline,
    Part::Done,
    Part::Extended,
];

/// Merges `theirs` into `ours` (see the module's documentation).
pub fn merge(ours: &Document, theirs: &Document) -> Result<Merged, MergeError> {
    if ours.text != theirs.text {
        return Err(MergeError::OtherText);
    }
    let mut doc = ours.clone();
    let mut taken = 0;

    // Header facts, field by field.
    for t in &theirs.field_edits {
        match doc.field_edits.iter_mut().find(|e| e.field == t.field) {
            Some(o) if later(t.at.as_deref(), o.at.as_deref()) => {
                *o = t.clone();
                taken += 1;
            }
            Some(_) => {}
            None => {
                doc.field_edits.push(t.clone());
                taken += 1;
            }
        }
    }
    let edits: Vec<FieldEdit> = doc.field_edits.clone();
    doc.fields.apply(&edits);
    let redate = doc.fields.issued_date != ours.fields.issued_date
        || doc.fields.meeting_date != ours.fields.meeting_date;

    // Directives, by id, else by span.
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut by_span: HashMap<(usize, usize), usize> = HashMap::new();
    for (i, d) in doc.directives.iter().enumerate() {
        by_id.entry(d.id.clone()).or_insert(i);
        by_span.entry((d.start, d.end)).or_insert(i);
    }
    let mut ids: HashSet<String> = doc.directives.iter().map(|d| d.id.clone()).collect();
    let mut matched = vec![false; doc.directives.len()];
    let mut added: Vec<Directive> = Vec::new();
    for t in &theirs.directives {
        let same_id = by_id.get(&t.id).copied().filter(|&i| {
            doc.directives
                .get(i)
                .is_some_and(|o| (o.start, o.end) == (t.start, t.end))
        });
        let at = same_id.or_else(|| {
            by_span
                .get(&(t.start, t.end))
                .copied()
                .filter(|&i| !matched.get(i).copied().unwrap_or(true))
        });
        match at.and_then(|i| Some((i, doc.directives.get_mut(i)?))) {
            Some((i, o)) => {
                if let Some(m) = matched.get_mut(i) {
                    *m = true;
                }
                taken += take_later_parts(o, t);
            }
            None if has_user_work(t) => {
                let mut d = t.clone();
                if !ids.insert(d.id.clone()) {
                    d.id = free_id(&ids, if d.source == Source::User { 'u' } else { 'd' });
                    ids.insert(d.id.clone());
                }
                added.push(d);
            }
            None => {}
        }
    }
    let n_added = added.len();
    doc.directives.extend(added);
    doc.directives.sort_by_key(|d| (d.start, d.end));
    Ok(Merged {
        doc,
        taken,
        added: n_added,
        redate,
    })
}

/// Puts into `o` each part `t` changed later; returns how many.
fn take_later_parts(o: &mut Directive, t: &Directive) -> usize {
    let mut n = 0;
    for part in PARTS {
        let (their_at, our_at) = (t.edited.at(part), o.edited.at(part));
        if !later(their_at, our_at) {
            continue;
        }
        match part {
            Part::Status => o.status = t.status,
            Part::Owners => o.owners = t.owners.clone(),
            Part::Deadline => o.deadline = t.deadline.clone(),
            Part::Done => o.done = t.done.clone(),
            Part::Extended => o.extended = t.extended.clone(),
        }
        if let Some(at) = their_at {
            o.edited.stamp(part, at);
        }
        n += 1;
    }
    n
}

/// Whether a change stamped `a` is later than one stamped `b` (no stamp: before any).
fn later(a: Option<&str>, b: Option<&str>) -> bool {
    a > b
}

/// An id of the prefix not in `ids`.
fn free_id(ids: &HashSet<String>, prefix: char) -> String {
    let mut n = ids
        .iter()
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    loop {
        n = n.saturating_add(1);
        let id = format!("{prefix}{n}");
        if !ids.contains(&id) {
            return id;
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::document::{Done, FieldName, Role, Status};
    use crate::edit::Editor;

    const TEXT: &str = "THÔNG BÁO\nKết luận của Trưởng phòng.\n\
        1. Giao Phòng Tài chính rà soát hồ sơ trước ngày 15/12/2022.\n\
        2. Các trường tổ chức kiểm tra cơ sở vật chất trong tháng 11/2022.\n\
        3. Văn phòng tổng hợp báo cáo trước ngày 20/12/2022.\n";

    fn base() -> Document {
        crate::read(TEXT)
    }

    fn editor(at: &str) -> Editor {
        let mut ed = Editor::new(base());
        ed.set_clock(at);
        ed
    }

    fn id(doc: &Document, n: usize) -> String {
        doc.directives[n].id.clone()
    }

    #[test]
    fn the_later_change_of_each_part_wins() {
        let b = base();
        assert!(b.directives.len() >= 3, "{:#?}", b.directives);
        let (d0, d1) = (id(&b, 0), id(&b, 1));
        let mut a = editor("2026-12-01T08:00:00.000Z");
        a.set_status(&d0, Status::Confirmed).unwrap();
        a.set_clock("2026-12-01T10:00:00.000Z");
        a.set_deadline_due(&d1, Some("2022-11-25")).unwrap();
        let mut t = editor("2026-12-01T09:00:00.000Z");
        t.set_status(&d0, Status::Rejected).unwrap();
        t.set_done(
            &d1,
            Some(Done {
                date: "2022-11-20".into(),
                note: "Đã kiểm tra".into(),
            }),
        )
        .unwrap();
        let m = merge(a.doc(), t.doc()).unwrap();
        let get = |id: &str| m.doc.directives.iter().find(|d| d.id == id).unwrap();
        assert_eq!(
            get(&d0).status,
            Status::Rejected,
            "theirs rejected it later"
        );
        let d = get(&d1);
        assert_eq!(
            d.done.as_ref().unwrap().note,
            "Đã kiểm tra",
            "theirs marked it done"
        );
        assert_eq!(d.due(), Some("2022-11-25"), "ours corrected the deadline");
        assert_eq!((m.taken, m.added), (2, 0));
        // The other way round gives the same work.
        let back = merge(t.doc(), a.doc()).unwrap();
        assert_eq!(back.doc.directives, m.doc.directives);
    }

    #[test]
    fn a_copy_merged_with_itself_is_unchanged() {
        let mut a = editor("2026-12-01T08:00:00.000Z");
        let d0 = id(a.doc(), 0);
        a.rename_owner(&d0, 0, "Phòng Kế hoạch - Tài chính")
            .unwrap();
        let m = merge(a.doc(), a.doc()).unwrap();
        assert_eq!(&m.doc, a.doc());
        assert_eq!((m.taken, m.added, m.redate), (0, 0, false));
    }

    #[test]
    fn stamps_go_out_in_the_json_and_come_back() {
        let mut a = editor("2026-12-01T08:00:00.000Z");
        let d0 = id(a.doc(), 0);
        a.set_status(&d0, Status::Confirmed).unwrap();
        a.set_clock("2026-12-01T08:05:00.000Z");
        a.remove_owner(&d0, 0).unwrap();
        let json = a.doc().to_compact_json();
        assert!(
            json.contains(r#""edited":{"status":"2026-12-01T08:00:00.000Z","owners":"2026-12-01T08:05:00.000Z"}"#),
            "{json}"
        );
        let back = crate::edit::import_json(&json).unwrap().doc;
        assert_eq!(&back, a.doc());
        // A later version's part is skipped; a part of the wrong shape is refused.
        let later = json.replace(
            r#""edited":{"#,
            r#""edited":{"text":"2027-01-01T00:00:00Z","#,
        );
        assert_eq!(&crate::edit::import_json(&later).unwrap().doc, a.doc());
        assert!(crate::edit::import_json(
            &json.replace(r#""status":"2026"#, r#""status":1,"x":"2026"#)
        )
        .is_err());
    }

    #[test]
    fn unstamped_parts_stay_ours() {
        // Files saved before stamps existed: nothing says which is later, so ours stands.
        let b = base();
        let d0 = id(&b, 0);
        let mut a = Editor::new(b.clone());
        a.set_status(&d0, Status::Confirmed).unwrap();
        let mut t = Editor::new(b);
        t.set_status(&d0, Status::Rejected).unwrap();
        let m = merge(a.doc(), t.doc()).unwrap();
        assert_eq!(m.doc.directives[0].status, Status::Confirmed);
        assert_eq!(m.taken, 0);
    }

    #[test]
    fn header_facts_merge_field_by_field() {
        let mut a = editor("x");
        a.set_clock("2026-12-01T08:00:00.000Z");
        a.set_field(FieldName::Number, Some("15/TB-PGD")).unwrap();
        a.set_clock("2026-12-01T11:00:00.000Z");
        a.set_field(FieldName::Subject, Some("Kết luận giao ban"))
            .unwrap();
        let mut t = editor("x");
        t.set_clock("2026-12-01T09:00:00.000Z");
        t.set_field(FieldName::Number, Some("16/TB-PGD")).unwrap();
        t.set_clock("2026-12-01T07:00:00.000Z");
        t.set_field(FieldName::IssuedDate, Some("2022-11-02"))
            .unwrap();
        let m = merge(a.doc(), t.doc()).unwrap();
        assert_eq!(m.doc.fields.number.as_deref(), Some("16/TB-PGD"));
        assert_eq!(m.doc.fields.subject.as_deref(), Some("Kết luận giao ban"));
        assert_eq!(m.doc.fields.issued_date.as_deref(), Some("2022-11-02"));
        assert!(
            m.redate,
            "the notice's date changed: its deadlines are resolved again"
        );
        assert_eq!(m.doc.field_edits.len(), 3);
        assert_eq!(m.taken, 2);
    }

    #[test]
    fn tasks_added_in_either_copy_are_all_kept_with_their_own_ids() {
        let text = base().text;
        let at = |s: &str| text[..text.find(s).unwrap()].chars().count();
        let (x, y) = (at("Kết luận"), at("THÔNG BÁO"));
        let mut a = editor("2026-12-01T08:00:00.000Z");
        let ua = a.add_directive(x, x + 8).unwrap();
        let mut t = editor("2026-12-01T09:00:00.000Z");
        let ut = t.add_directive(y, y + 9).unwrap();
        // Both added the same span too: it is one task.
        a.add_directive(x + 13, x + 25).unwrap();
        t.add_directive(x + 13, x + 25).unwrap();
        assert_eq!(ua, ut, "each copy numbered its own task u1");
        let m = merge(a.doc(), t.doc()).unwrap();
        let users: Vec<&Directive> = m
            .doc
            .directives
            .iter()
            .filter(|d| d.source == Source::User)
            .collect();
        assert_eq!(users.len(), 3, "{users:#?}");
        let ids: HashSet<&str> = m.doc.directives.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids.len(), m.doc.directives.len(), "ids stay unique");
        assert_eq!(m.added, 1);
        let same = m
            .doc
            .directives
            .iter()
            .filter(|d| (d.start, d.end) == (x + 13, x + 25));
        assert_eq!(same.count(), 1);
        // Sorted by place in the text.
        assert!(m
            .doc
            .directives
            .windows(2)
            .all(|w| (w[0].start, w[0].end) <= (w[1].start, w[1].end)));
    }

    #[test]
    fn a_deleted_suggestion_stays_deleted_and_worked_on_tasks_are_never_lost() {
        let b = base();
        let (d0, d1) = (id(&b, 0), id(&b, 1));
        let mut a = editor("2026-12-01T08:00:00.000Z");
        a.delete_directive(&d0).unwrap();
        a.delete_directive(&d1).unwrap();
        let mut t = editor("2026-12-01T07:00:00.000Z");
        t.set_owner_role(&d1, 0, Role::Support).unwrap();
        let m = merge(a.doc(), t.doc()).unwrap();
        assert!(
            !m.doc.directives.iter().any(|d| d.id == d0),
            "untouched suggestion: stays deleted"
        );
        let kept = m
            .doc
            .directives
            .iter()
            .find(|d| d.id == d1)
            .expect("their work is kept");
        assert_eq!(kept.owners[0].role, Role::Support);
        assert_eq!(m.added, 1);
    }

    #[test]
    fn copies_of_different_texts_are_refused() {
        let a = base();
        let b = crate::read("Giao Phòng Tài chính rà soát hồ sơ trước ngày 15/12/2022.");
        assert_eq!(merge(&a, &b), Err(MergeError::OtherText));
    }
}
