//! The user's edits over a [`Document`]: tagging owners, deadlines and directives, confirming or
//! rejecting suggestions, undo/redo, carrying the user's work over a re-reading of changed text,
//! validating an imported JSON file, and offering a tagged unit at its other occurrences.
//!
//! Pure Rust (no browser APIs), tested natively. Every offset is a code point into
//! [`Document::text`], end exclusive; nothing here indexes a string by an unchecked offset, and
//! nothing panics on any input.

use std::rc::Rc;

use crate::order::sort_by_keys;
use serde::{Deserialize, Serialize};

use crate::document::{
    Deadline, DeadlineKind, Directive, Document, Owner, Role, Source, SpanKind, Status, FORMAT,
    VERSION,
};

/// How many edits undo remembers.
pub const MAX_UNDO: usize = 100;

// ---------------------------------------------------------------------------------------------
// Code-point helpers
// ---------------------------------------------------------------------------------------------

/// Byte offset of every code point of a text (plus its length at the end), to convert between
/// the code-point offsets of the format and Rust's byte offsets.
#[derive(Debug, Clone)]
pub struct CpIndex {
    bytes: Vec<usize>,
}

impl CpIndex {
    pub fn new(text: &str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        CpIndex { bytes }
    }

    /// Number of code points.
    pub fn len(&self) -> usize {
        self.bytes.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Byte offset of a code-point offset (`None` past the end).
    pub fn byte(&self, cp: usize) -> Option<usize> {
        self.bytes.get(cp).copied()
    }

    /// Code-point offset of a byte offset that starts a code point.
    pub fn cp(&self, byte: usize) -> Option<usize> {
        self.bytes.binary_search(&byte).ok()
    }

    /// The text between two code-point offsets, `None` when they do not fit.
    pub fn slice<'a>(&self, text: &'a str, start: usize, end: usize) -> Option<&'a str> {
        if start > end {
            return None;
        }
        text.get(self.byte(start)?..self.byte(end)?)
    }
}

fn cp_len(s: &str) -> usize {
    s.chars().count()
}

/// One char lowercased to one char (Vietnamese letters all lowercase to a single char; the rare
/// letters that expand are kept as they are so offsets stay aligned). The reader's folding:
/// `str::to_lowercase` would bring the general Unicode case tables into the web app (~2 KB
/// gzipped besides what the reader already needs).
fn lower_char(c: char) -> char {
    crate::notice::text::fold_char(c)
}

/// Lowercase with runs of whitespace collapsed to one space, trimmed: how names are compared.
pub fn normalize_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(lower_char));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Errors and reports
// ---------------------------------------------------------------------------------------------

/// Why an edit was not made (the document is then unchanged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// No directive with this id.
    NoSuchDirective,
    /// No owner at this position in the directive.
    NoSuchOwner,
    /// The span does not fit the text, or holds only spaces.
    BadSpan,
    /// Not a valid `YYYY-MM-DD` date.
    BadDate,
    /// The name is empty.
    EmptyName,
    /// The directive already has this owner at this place.
    AlreadyThere,
    /// The directive has no deadline to change.
    NoDeadline,
}

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

/// Why an imported file was refused (nothing is changed then).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all (the parser's message).
    NotJson(String),
    /// JSON, but not a ketluan file (the `format` found, if any).
    WrongFormat(Option<String>),
    /// A ketluan file of a version this build cannot read.
    WrongVersion(Option<u64>),
    /// The right format and version, but fields of the wrong shape (the parser's message).
    Malformed(String),
    /// An offset that does not fit the text.
    OffsetsOutOfText {
        what: &'static str,
        start: usize,
        end: usize,
        len: usize,
    },
    /// Two directives share an id.
    DuplicateId(String),
}

/// A file that passed validation, with the annotations whose quotes disagree with their offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub doc: Document,
    pub orphans: Vec<Orphan>,
}

// ---------------------------------------------------------------------------------------------
// Removed suggestions (tombstones)
// ---------------------------------------------------------------------------------------------

/// What of the reader's suggestions the user removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovedWhat {
    /// The whole directive.
    Directive,
    /// One of its owners.
    Owner { name: String, role: Role },
    /// Its deadline.
    Deadline { text: String },
}

/// A suggestion of the reader the user removed, anchored by its directive's quoted text, so a
/// re-reading does not bring it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub directive_text: String,
    pub directive_start: usize,
    pub what: RemovedWhat,
}

// ---------------------------------------------------------------------------------------------
// The editor
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
struct Snapshot {
    directives: Vec<Directive>,
    removed: Vec<Removed>,
}

/// A document with the user's removed suggestions and an undo/redo history of edits.
///
/// Cheap to clone (the document is shared until changed), so it can live in a UI state.
/// Re-reading or replacing the text clears the history (its offsets point into the old text).
#[derive(Debug, Clone)]
pub struct Editor {
    doc: Rc<Document>,
    removed: Rc<Vec<Removed>>,
    undo: Vec<Rc<Snapshot>>,
    redo: Vec<Rc<Snapshot>>,
}

impl Default for Editor {
    fn default() -> Self {
        Editor::new(Document::empty())
    }
}

/// Where a tag on a selection goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The directive whose span contains the selection.
    Inside(String),
    /// None contains it: the nearest directive before it.
    Preceding(String),
    /// No directive before it.
    Nothing,
}

/// A place where a unit the user tagged occurs in a directive that does not have it yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub directive_id: String,
    pub start: usize,
    pub end: usize,
}

impl Editor {
    pub fn new(doc: Document) -> Self {
        Editor::with_removed(doc, Vec::new())
    }

    pub fn with_removed(doc: Document, removed: Vec<Removed>) -> Self {
        Editor {
            doc: Rc::new(doc),
            removed: Rc::new(removed),
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// The document, shared (for a UI: compare with `Rc::ptr_eq` to see a change).
    pub fn doc_rc(&self) -> Rc<Document> {
        Rc::clone(&self.doc)
    }

    pub fn removed(&self) -> &[Removed] {
        &self.removed
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn snapshot(&self) -> Rc<Snapshot> {
        Rc::new(Snapshot {
            directives: self.doc.directives.clone(),
            removed: (*self.removed).clone(),
        })
    }

    fn restore(&mut self, snap: &Snapshot) {
        Rc::make_mut(&mut self.doc).directives = snap.directives.clone();
        self.removed = Rc::new(snap.removed.clone());
    }

    /// Records the state before an edit.
    fn checkpoint(&mut self) {
        let snap = self.snapshot();
        self.undo.push(snap);
        if self.undo.len() > MAX_UNDO {
            let extra = self.undo.len() - MAX_UNDO;
            self.undo.drain(..extra);
        }
        self.redo.clear();
    }

    /// Undoes the last edit; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(prev) = self.undo.pop() else {
            return false;
        };
        let now = self.snapshot();
        self.redo.push(now);
        self.restore(&prev);
        true
    }

    /// Redoes the last undone edit; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        let now = self.snapshot();
        self.undo.push(now);
        self.restore(&next);
        true
    }

    /// Replaces everything (an imported file, a restored save, another tab's version).
    pub fn replace(&mut self, doc: Document, removed: Vec<Removed>) {
        *self = Editor::with_removed(doc, removed);
    }

    fn index_of(&self, id: &str) -> Result<usize, EditError> {
        self.doc
            .directives
            .iter()
            .position(|d| d.id == id)
            .ok_or(EditError::NoSuchDirective)
    }

    fn directive_mut(&mut self, i: usize) -> Option<&mut Directive> {
        Rc::make_mut(&mut self.doc).directives.get_mut(i)
    }

    fn tombstone(&mut self, d: &Directive, what: RemovedWhat) {
        Rc::make_mut(&mut self.removed).push(Removed {
            directive_text: d.text.clone(),
            directive_start: d.start,
            what,
        });
    }

    /// A span of the text with surrounding spaces left out; `None` if it does not fit or is blank.
    fn trimmed(&self, start: usize, end: usize) -> Option<(usize, usize, String)> {
        let idx = CpIndex::new(&self.doc.text);
        let s = idx.slice(&self.doc.text, start, end)?;
        let lead = s.chars().take_while(|c| c.is_whitespace()).count();
        let trail = s.chars().rev().take_while(|c| c.is_whitespace()).count();
        let n = cp_len(s);
        if lead >= n {
            return None;
        }
        let (ts, te) = (start + lead, end - trail);
        let text = idx.slice(&self.doc.text, ts, te)?.to_string();
        Some((ts, te, text))
    }

    /// Where an owner or deadline tagged on `start..end` goes.
    pub fn target(&self, start: usize, end: usize) -> Target {
        let inside = self
            .doc
            .directives
            .iter()
            .filter(|d| d.start <= start && end <= d.end)
            .min_by_key(|d| d.end.saturating_sub(d.start));
        if let Some(d) = inside {
            return Target::Inside(d.id.clone());
        }
        let before = self
            .doc
            .directives
            .iter()
            .filter(|d| d.start <= start)
            .max_by_key(|d| (d.start, d.end));
        match before {
            Some(d) => Target::Preceding(d.id.clone()),
            None => Target::Nothing,
        }
    }

    /// Tags `start..end` as an owner of a directive; returns the owner's index.
    pub fn add_owner(
        &mut self,
        directive_id: &str,
        start: usize,
        end: usize,
        role: Role,
    ) -> Result<usize, EditError> {
        let i = self.index_of(directive_id)?;
        let (start, end, name) = self.trimmed(start, end).ok_or(EditError::BadSpan)?;
        let d = self
            .doc
            .directives
            .get(i)
            .ok_or(EditError::NoSuchDirective)?;
        if d.owners
            .iter()
            .any(|o| o.start == start && o.end == end && o.role == role)
        {
            return Err(EditError::AlreadyThere);
        }
        self.checkpoint();
        let d = self.directive_mut(i).ok_or(EditError::NoSuchDirective)?;
        d.owners.push(Owner {
            name,
            role,
            implicit: false,
            start,
            end,
            source: Source::User,
            why: None,
        });
        Ok(d.owners.len() - 1)
    }

    /// Adds owners at offered places (one undo step); returns how many were added.
    pub fn apply_offers(&mut self, offers: &[Offer], role: Role) -> usize {
        let idx = CpIndex::new(&self.doc.text);
        let mut adds = Vec::new();
        for offer in offers {
            let Ok(i) = self.index_of(&offer.directive_id) else {
                continue;
            };
            let Some(name) = idx.slice(&self.doc.text, offer.start, offer.end) else {
                continue;
            };
            if name.trim().is_empty() {
                continue;
            }
            adds.push((i, name.to_string(), offer.start, offer.end));
        }
        if adds.is_empty() {
            return 0;
        }
        self.checkpoint();
        let mut n = 0;
        for (i, name, start, end) in adds {
            if let Some(d) = self.directive_mut(i) {
                if d.owners.iter().any(|o| o.start == start && o.end == end) {
                    continue;
                }
                d.owners.push(Owner {
                    name,
                    role,
                    implicit: false,
                    start,
                    end,
                    source: Source::User,
                    why: None,
                });
                n += 1;
            }
        }
        n
    }

    fn owner_at(&self, directive_id: &str, owner: usize) -> Result<(usize, Owner), EditError> {
        let i = self.index_of(directive_id)?;
        let o = self
            .doc
            .directives
            .get(i)
            .and_then(|d| d.owners.get(owner))
            .cloned()
            .ok_or(EditError::NoSuchOwner)?;
        Ok((i, o))
    }

    /// Before an owner is changed or removed: an undo point, and, for the reader's suggestion,
    /// a record that the user removed it (so re-reading does not bring it back).
    fn before_owner_change(&mut self, i: usize, o: &Owner) {
        self.checkpoint();
        if o.source == Source::Auto {
            if let Some(d) = self.doc.directives.get(i).cloned() {
                self.tombstone(
                    &d,
                    RemovedWhat::Owner {
                        name: o.name.clone(),
                        role: o.role,
                    },
                );
            }
        }
    }

    /// Renames an owner (it becomes the user's; the reader's suggestion is remembered as removed).
    pub fn rename_owner(
        &mut self,
        directive_id: &str,
        owner: usize,
        name: &str,
    ) -> Result<(), EditError> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(EditError::EmptyName);
        }
        self.change_owner(directive_id, owner, |o| o.name = name)
    }

    /// Switches an owner between lead and support.
    pub fn set_owner_role(
        &mut self,
        directive_id: &str,
        owner: usize,
        role: Role,
    ) -> Result<(), EditError> {
        self.change_owner(directive_id, owner, |o| o.role = role)
    }

    /// Changes an owner with `change`; when that changes anything, the owner becomes the user's
    /// (with an undo point, and the reader's suggestion remembered as removed).
    fn change_owner(
        &mut self,
        directive_id: &str,
        owner: usize,
        change: impl FnOnce(&mut Owner),
    ) -> Result<(), EditError> {
        let (i, o) = self.owner_at(directive_id, owner)?;
        let mut changed = o.clone();
        change(&mut changed);
        if changed == o {
            return Ok(());
        }
        self.before_owner_change(i, &o);
        if let Some(slot) = self.directive_mut(i).and_then(|d| d.owners.get_mut(owner)) {
            changed.source = Source::User;
            *slot = changed;
        }
        Ok(())
    }

    /// Removes an owner.
    pub fn remove_owner(&mut self, directive_id: &str, owner: usize) -> Result<(), EditError> {
        let (i, o) = self.owner_at(directive_id, owner)?;
        self.before_owner_change(i, &o);
        if let Some(d) = self.directive_mut(i) {
            if owner < d.owners.len() {
                d.owners.remove(owner);
            }
        }
        Ok(())
    }

    fn replace_deadline(&mut self, i: usize, deadline: Option<Deadline>) {
        if let Some(d) = self.doc.directives.get(i).cloned() {
            if let Some(old) = &d.deadline {
                if old.source == Source::Auto {
                    self.tombstone(
                        &d,
                        RemovedWhat::Deadline {
                            text: old.text.clone(),
                        },
                    );
                }
            }
        }
        if let Some(d) = self.directive_mut(i) {
            d.deadline = deadline;
        }
    }

    /// Tags `start..end` as a directive's deadline phrase; the date is read from the phrase when
    /// it states one (`15/12/2022`, `ngày 15 tháng 12 năm 2022`), otherwise left empty.
    pub fn set_deadline_span(
        &mut self,
        directive_id: &str,
        start: usize,
        end: usize,
    ) -> Result<(), EditError> {
        let i = self.index_of(directive_id)?;
        let (start, end, text) = self.trimmed(start, end).ok_or(EditError::BadSpan)?;
        let due = parse_due(&text);
        self.checkpoint();
        self.replace_deadline(
            i,
            Some(Deadline {
                text,
                start,
                end,
                due,
                kind: DeadlineKind::Custom,
                inherited: false,
                source: Source::User,
                why: None,
            }),
        );
        Ok(())
    }

    /// Sets (or with `None` clears) the date a directive is due, keeping its phrase if it has one.
    pub fn set_deadline_due(
        &mut self,
        directive_id: &str,
        due: Option<&str>,
    ) -> Result<(), EditError> {
        let i = self.index_of(directive_id)?;
        let due = match due.map(str::trim).filter(|s| !s.is_empty()) {
            Some(s) if valid_iso_date(s) => Some(s.to_string()),
            Some(_) => return Err(EditError::BadDate),
            None => None,
        };
        let d = self
            .doc
            .directives
            .get(i)
            .ok_or(EditError::NoSuchDirective)?;
        let new = match &d.deadline {
            Some(old) => {
                if old.due == due {
                    return Ok(());
                }
                Deadline {
                    due,
                    kind: DeadlineKind::Custom,
                    source: Source::User,
                    ..old.clone()
                }
            }
            None => match due {
                None => return Ok(()),
                Some(due) => Deadline {
                    text: String::new(),
                    start: d.start,
                    end: d.start,
                    due: Some(due),
                    kind: DeadlineKind::Custom,
                    inherited: false,
                    source: Source::User,
                    why: None,
                },
            },
        };
        self.checkpoint();
        self.replace_deadline(i, Some(new));
        Ok(())
    }

    /// Removes a directive's deadline.
    pub fn clear_deadline(&mut self, directive_id: &str) -> Result<(), EditError> {
        let i = self.index_of(directive_id)?;
        let has = self
            .doc
            .directives
            .get(i)
            .is_some_and(|d| d.deadline.is_some());
        if !has {
            return Err(EditError::NoDeadline);
        }
        self.checkpoint();
        self.replace_deadline(i, None);
        Ok(())
    }

    /// The next free user id (`u1`, `u2` …).
    fn next_user_id(&self) -> String {
        next_user_id(&self.doc.directives)
    }

    /// Tags `start..end` as a new directive (confirmed, the user's); returns its id.
    pub fn add_directive(&mut self, start: usize, end: usize) -> Result<String, EditError> {
        let (start, end, text) = self.trimmed(start, end).ok_or(EditError::BadSpan)?;
        if self
            .doc
            .directives
            .iter()
            .any(|d| d.start == start && d.end == end)
        {
            return Err(EditError::AlreadyThere);
        }
        let id = self.next_user_id();
        self.checkpoint();
        let doc = Rc::make_mut(&mut self.doc);
        let at = doc
            .directives
            .iter()
            .position(|d| (d.start, d.end) > (start, end))
            .unwrap_or(doc.directives.len());
        doc.directives.insert(
            at,
            Directive {
                id: id.clone(),
                start,
                end,
                text,
                owners: Vec::new(),
                deadline: None,
                status: Status::Confirmed,
                source: Source::User,
                why: None,
            },
        );
        Ok(id)
    }

    /// Confirms, rejects or resets a directive.
    pub fn set_status(&mut self, directive_id: &str, status: Status) -> Result<(), EditError> {
        let i = self.index_of(directive_id)?;
        if self.doc.directives.get(i).map(|d| d.status) == Some(status) {
            return Ok(());
        }
        self.checkpoint();
        if let Some(d) = self.directive_mut(i) {
            d.status = status;
        }
        Ok(())
    }

    /// Deletes a directive (a reader's suggestion is remembered as removed).
    pub fn delete_directive(&mut self, directive_id: &str) -> Result<(), EditError> {
        let i = self.index_of(directive_id)?;
        self.checkpoint();
        let d = Rc::make_mut(&mut self.doc).directives.remove(i);
        if d.source == Source::Auto {
            self.tombstone(&d, RemovedWhat::Directive);
        }
        Ok(())
    }

    /// Offers a unit's name at its other occurrences (see [`occurrences`]).
    pub fn offers_for(&self, name: &str) -> Vec<Offer> {
        occurrences(&self.doc, name)
    }

    /// Re-reads changed text: `fresh` is the reader's output for it. The user's work (their own
    /// directives, owners and deadlines, the statuses they set, the suggestions they removed) is
    /// carried over by finding each quoted text near its old place; what cannot be found is
    /// returned as orphaned, never moved to a look-alike passage. Clears undo/redo.
    pub fn reread_with(&mut self, fresh: Document) -> Vec<Orphan> {
        let (doc, removed, orphans) = carry_over(&self.doc, &self.removed, fresh);
        *self = Editor::with_removed(doc, removed);
        orphans
    }

    /// [`Editor::reread_with`] the reader's output for `pasted`.
    pub fn reread(&mut self, pasted: &str) -> Vec<Orphan> {
        self.reread_with(crate::read(pasted))
    }
}

fn next_user_id(directives: &[Directive]) -> String {
    let max = directives
        .iter()
        .filter_map(|d| d.id.strip_prefix('u').and_then(|n| n.parse::<u64>().ok()))
        .max()
        .unwrap_or(0);
    format!("u{}", max.saturating_add(1))
}

// ---------------------------------------------------------------------------------------------
// Re-anchoring
// ---------------------------------------------------------------------------------------------

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

/// True when `new` is mostly another text than `old` (a new paste), false for an edit of it
/// (what they share at both ends covers at least half of the new text).
pub fn is_rewrite(old: &str, new: &str) -> bool {
    if old.is_empty() {
        return true;
    }
    let d = TextDiff::new(old, new);
    (d.prefix + d.suffix) * 2 < d.new_len
}

/// The occurrence of `quote` in `text` nearest to `expected` (code points).
fn find_nearest(text: &str, idx: &CpIndex, quote: &str, expected: usize) -> Option<usize> {
    if quote.is_empty() {
        return None;
    }
    let mut best: Option<usize> = None;
    for (b, _) in text.match_indices(quote) {
        let Some(cp) = idx.cp(b) else { continue };
        if best.is_none_or(|prev| cp.abs_diff(expected) < prev.abs_diff(expected)) {
            best = Some(cp);
        } else if cp > expected {
            break;
        }
    }
    best
}

struct Anchorer<'a> {
    old: &'a Document,
    old_idx: CpIndex,
    new_text: &'a str,
    new_idx: CpIndex,
    diff: TextDiff,
}

impl<'a> Anchorer<'a> {
    fn new(old: &'a Document, new_text: &'a str) -> Self {
        Anchorer {
            old,
            old_idx: CpIndex::new(&old.text),
            new_text,
            new_idx: CpIndex::new(new_text),
            diff: TextDiff::new(&old.text, new_text),
        }
    }

    fn old_quote(&self, start: usize, end: usize) -> Option<&'a str> {
        self.old_idx.slice(&self.old.text, start, end)
    }

    /// The new place of `quote`, which was at `start` in the old text.
    fn anchor(&self, quote: &str, start: usize) -> Option<(usize, usize)> {
        let n = cp_len(quote);
        if n == 0 {
            return None;
        }
        if let Some(s) = self.diff.exact(start, start + n) {
            if self.new_idx.slice(self.new_text, s, s + n) == Some(quote) {
                return Some((s, s + n));
            }
        }
        let s = find_nearest(
            self.new_text,
            &self.new_idx,
            quote,
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
            if self.new_idx.slice(self.new_text, s, e) == Some(quote) {
                return Some((s, e));
            }
            return None;
        }
        self.anchor(quote, start)
    }
}

fn carry_over(
    old: &Document,
    removed: &[Removed],
    mut fresh: Document,
) -> (Document, Vec<Removed>, Vec<Orphan>) {
    let mut orphans = Vec::new();
    let new_text = fresh.text.clone();
    let a = Anchorer::new(old, &new_text);
    let mut carried: Vec<Directive> = Vec::new();
    let mut used_ids: Vec<String> = fresh.directives.iter().map(|d| d.id.clone()).collect();
    let mut next_u = fresh
        .directives
        .iter()
        .chain(old.directives.iter())
        .filter_map(|d| d.id.strip_prefix('u').and_then(|n| n.parse::<u64>().ok()))
        .max()
        .unwrap_or(0);

    for d in &old.directives {
        let user_owners: Vec<&Owner> = d
            .owners
            .iter()
            .filter(|o| o.source == Source::User)
            .collect();
        let user_deadline = d.deadline.as_ref().filter(|dl| dl.source == Source::User);
        let has_work = d.source == Source::User
            || d.status != Status::Suggested
            || !user_owners.is_empty()
            || user_deadline.is_some();
        if !has_work {
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
        let mut owners = Vec::new();
        for o in &user_owners {
            match a.follow(o.start, o.end, d, ns) {
                Some((s, e)) => owners.push(Owner {
                    start: s,
                    end: e,
                    ..(*o).clone()
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
            fresh
                .directives
                .iter_mut()
                .find(|f| f.source == Source::Auto && f.start == ns && f.end == ne)
        } else {
            None
        };
        match matched {
            Some(f) => {
                f.status = d.status;
                for o in owners {
                    if !f
                        .owners
                        .iter()
                        .any(|x| x.start == o.start && x.end == o.end && x.role == o.role)
                    {
                        f.owners.push(o);
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
                all.extend(owners);
                let deadline = deadline.or_else(|| {
                    let dl = d.deadline.as_ref().filter(|dl| dl.source == Source::Auto)?;
                    let (s, e) = a.follow(dl.start, dl.end, d, ns)?;
                    Some(Deadline {
                        start: s,
                        end: e,
                        ..dl.clone()
                    })
                });
                let id = if d.source == Source::User && !used_ids.contains(&d.id) {
                    d.id.clone()
                } else {
                    loop {
                        next_u = next_u.saturating_add(1);
                        let id = format!("u{next_u}");
                        if !used_ids.contains(&id) {
                            break id;
                        }
                    }
                };
                used_ids.push(id.clone());
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
                });
            }
        }
    }

    // The suggestions the user removed stay removed.
    let mut kept_removed = Vec::new();
    for r in removed {
        let Some((ns, ne)) = a.anchor(&r.directive_text, r.directive_start) else {
            continue;
        };
        let Some(pos) = fresh
            .directives
            .iter()
            .position(|f| f.source == Source::Auto && f.start == ns && f.end == ne)
        else {
            continue;
        };
        match &r.what {
            RemovedWhat::Directive => {
                fresh.directives.remove(pos);
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

    fresh.directives.extend(carried);
    sort_by_keys(&mut fresh.directives, &mut Vec::new(), |d| {
        (d.start as u64, d.end as u64)
    });
    (fresh, kept_removed, orphans)
}

// ---------------------------------------------------------------------------------------------
// Import validation
// ---------------------------------------------------------------------------------------------

/// The fields that say what a file is (everything else skipped unparsed).
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<f64>,
}

/// Reads and checks a JSON file: format, version, shape, offsets; reports orphaned annotations.
pub fn import_json(json: &str) -> Result<Imported, ImportError> {
    let json = json.trim_start_matches('\u{feff}');
    let probe = match serde_json::from_str::<Probe>(json) {
        Ok(p) => p,
        Err(e) => {
            // Not JSON at all, or JSON of another shape (an array, a format that is no string).
            return Err(match serde_json::from_str::<serde::de::IgnoredAny>(json) {
                Ok(_) => ImportError::WrongFormat(None),
                Err(_) => ImportError::NotJson(where_in(&e)),
            });
        }
    };
    if probe.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::WrongFormat(probe.format));
    }
    if probe.version != Some(f64::from(VERSION)) {
        let v = probe
            .version
            .filter(|v| v.is_finite() && *v >= 0.0 && v.fract() == 0.0)
            .map(|v| v as u64);
        return Err(ImportError::WrongVersion(v));
    }
    let doc: Document =
        serde_json::from_str(json).map_err(|e| ImportError::Malformed(where_in(&e)))?;
    let orphans = validate(&doc)?;
    Ok(Imported { doc, orphans })
}

/// Where a JSON error is ("line 3, column 14"). Not the error's own text: formatting it pulls
/// serde's messages and float formatting into the web app (about 6 KB gzipped), and the app
/// shows its own words for these errors anyway.
fn where_in(e: &serde_json::Error) -> String {
    format!("line {}, column {}", e.line(), e.column())
}

fn check(what: &'static str, start: usize, end: usize, len: usize) -> Result<(), ImportError> {
    if start <= end && end <= len {
        Ok(())
    } else {
        Err(ImportError::OffsetsOutOfText {
            what,
            start,
            end,
            len,
        })
    }
}

/// Checks a document's offsets against its text (an error) and its annotations' quoted text
/// against their offsets (orphans).
pub fn validate(doc: &Document) -> Result<Vec<Orphan>, ImportError> {
    let idx = CpIndex::new(&doc.text);
    let len = idx.len();
    for s in &doc.spans {
        check("span", s.start, s.end, len)?;
    }
    for r in &doc.recipients {
        check("recipient", r.start, r.end, len)?;
    }
    for r in &doc.references {
        check("reference", r.start, r.end, len)?;
    }
    let mut ids: Vec<&str> = Vec::new();
    for d in &doc.directives {
        check("directive", d.start, d.end, len)?;
        for o in &d.owners {
            check("owner", o.start, o.end, len)?;
        }
        if let Some(dl) = &d.deadline {
            check("deadline", dl.start, dl.end, len)?;
        }
        if d.id.is_empty() || ids.contains(&d.id.as_str()) {
            return Err(ImportError::DuplicateId(d.id.clone()));
        }
        ids.push(&d.id);
    }
    let mut orphans = Vec::new();
    for d in &doc.directives {
        if idx.slice(&doc.text, d.start, d.end) != Some(d.text.as_str()) {
            orphans.push(Orphan {
                what: OrphanWhat::Directive,
                directive_id: d.id.clone(),
                quote: d.text.clone(),
            });
        }
        for o in &d.owners {
            // A user may rename an owner; the reader's owners quote the text they point to.
            if o.source == Source::User {
                continue;
            }
            let at = normalize_name(idx.slice(&doc.text, o.start, o.end).unwrap_or(""));
            let name = normalize_name(&o.name);
            if name.is_empty() || !(at.contains(&name) || (!at.is_empty() && name.contains(&at))) {
                orphans.push(Orphan {
                    what: OrphanWhat::Owner,
                    directive_id: d.id.clone(),
                    quote: o.name.clone(),
                });
            }
        }
        if let Some(dl) = &d.deadline {
            let ok = if dl.start == dl.end {
                dl.text.is_empty()
            } else {
                idx.slice(&doc.text, dl.start, dl.end) == Some(dl.text.as_str())
            };
            if !ok {
                orphans.push(Orphan {
                    what: OrphanWhat::Deadline,
                    directive_id: d.id.clone(),
                    quote: dl.text.clone(),
                });
            }
        }
    }
    Ok(orphans)
}

// ---------------------------------------------------------------------------------------------
// Label all occurrences
// ---------------------------------------------------------------------------------------------

/// The first whole-word, case-insensitive occurrence of `name` in each directive (not rejected)
/// that has no owner of that name yet.
pub fn occurrences(doc: &Document, name: &str) -> Vec<Offer> {
    let key = normalize_name(name);
    let needle: Vec<char> = key.chars().collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut offers = Vec::new();
    for d in &doc.directives {
        if d.status == Status::Rejected || d.owners.iter().any(|o| normalize_name(&o.name) == key) {
            continue;
        }
        let hay: Vec<char> = d.text.chars().map(lower_char).collect();
        if let Some(i) = find_word(&hay, &needle) {
            offers.push(Offer {
                directive_id: d.id.clone(),
                start: d.start + i,
                end: d.start + i + needle.len(),
            });
        }
    }
    offers
}

/// The first whole-word occurrence of `needle` (lowercase, single spaces) in `hay` (lowercase);
/// a space in the needle matches any run of whitespace of one char.
fn find_word(hay: &[char], needle: &[char]) -> Option<usize> {
    let n = needle.len();
    if n == 0 || hay.len() < n {
        return None;
    }
    let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
    (0..=hay.len() - n).find(|&i| {
        let window = hay.get(i..i + n).unwrap_or(&[]);
        let same = window
            .iter()
            .zip(needle)
            .all(|(h, k)| h == k || (*k == ' ' && h.is_whitespace()));
        same && !word(i.checked_sub(1).and_then(|j| hay.get(j))) && !word(hay.get(i + n))
    })
}

/// For units remembered from earlier notices: the offers for each one found in this document.
pub fn known_unit_offers(doc: &Document, units: &[String]) -> Vec<(String, Vec<Offer>)> {
    units
        .iter()
        .filter_map(|u| {
            let offers = occurrences(doc, u);
            (!offers.is_empty()).then(|| (u.clone(), offers))
        })
        .collect()
}

/// The names of all owners in the document and the remembered units, without duplicates.
pub fn known_units(doc: &Document, remembered: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    let names = doc
        .directives
        .iter()
        .flat_map(|d| d.owners.iter().map(|o| o.name.as_str()))
        .chain(remembered.iter().map(String::as_str));
    for n in names {
        let k = normalize_name(n);
        if !k.is_empty() && !keys.contains(&k) {
            keys.push(k);
            out.push(n.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Dates and file names
// ---------------------------------------------------------------------------------------------

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    ((1000..=9999).contains(&y) && d >= 1 && d <= days_in_month(y, m))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// True for a real day written `YYYY-MM-DD`.
pub fn valid_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => iso(y, m, d).as_deref() == Some(s),
        _ => false,
    }
}

/// `2022-12-15` → `15/12/2022`; anything else is returned as it is.
pub fn iso_to_dmy(s: &str) -> String {
    if !valid_iso_date(s) {
        return s.to_string();
    }
    match (s.get(0..4), s.get(5..7), s.get(8..10)) {
        (Some(y), Some(m), Some(d)) => format!("{d}/{m}/{y}"),
        _ => s.to_string(),
    }
}

/// The date a user-tagged deadline phrase states, if it states a full one.
pub fn parse_due(phrase: &str) -> Option<String> {
    let lower: String = phrase.chars().map(lower_char).collect();
    // Numbers in order of appearance, with what separates them.
    let mut nums: Vec<(u32, usize, usize)> = Vec::new(); // value, start, end (bytes)
    let mut cur: Option<(usize, u32)> = None;
    for (i, c) in lower.char_indices() {
        match (c.to_digit(10), cur) {
            (Some(v), Some((s, n))) => cur = Some((s, n.saturating_mul(10).saturating_add(v))),
            (Some(v), None) => cur = Some((i, v)),
            (None, Some((s, n))) => {
                nums.push((n, s, i));
                cur = None;
            }
            (None, None) => {}
        }
    }
    if let Some((s, n)) = cur {
        nums.push((n, s, lower.len()));
    }
    for w in nums.windows(3) {
        let (Some(a), Some(b), Some(c)) = (w.first(), w.get(1), w.get(2)) else {
            continue;
        };
        let sep1 = lower.get(a.2..b.1).unwrap_or("").trim();
        let sep2 = lower.get(b.2..c.1).unwrap_or("").trim();
        let slash = |s: &str| s == "/" || s == "-" || s == ".";
        if (slash(sep1) && slash(sep2)) || (sep1 == "tháng" && sep2 == "năm") {
            if let Some(d) = iso(c.0, b.0, a.0) {
                return Some(d);
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Segments of the notice view
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

/// The first whole-word occurrence of each name in each directive (as [`occurrences`]), with
/// each directive lowercased once for all names.
pub fn occurrences_many(doc: &Document, names: &[String]) -> Vec<Vec<Offer>> {
    let hays: Vec<Option<Vec<char>>> = doc
        .directives
        .iter()
        .map(|d| (d.status != Status::Rejected).then(|| d.text.chars().map(lower_char).collect()))
        .collect();
    names
        .iter()
        .map(|name| {
            let key = normalize_name(name);
            let needle: Vec<char> = key.chars().collect();
            if needle.is_empty() {
                return Vec::new();
            }
            doc.directives
                .iter()
                .zip(&hays)
                .filter_map(|(d, hay)| {
                    let hay = hay.as_ref()?;
                    if d.owners.iter().any(|o| normalize_name(&o.name) == key) {
                        return None;
                    }
                    let i = find_word(hay, &needle)?;
                    Some(Offer {
                        directive_id: d.id.clone(),
                        start: d.start + i,
                        end: d.start + i + needle.len(),
                    })
                })
                .collect()
        })
        .collect()
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

    const TEXT: &str = "THÔNG BÁO\n\n1. Phòng Giáo dục Trung học chủ trì tổ chức ôn thi, hoàn thành trước ngày 15/12/2022.\n\n2. Các đơn vị phối hợp với phòng giáo dục trung học rà soát hồ sơ.\n\n3. Văn phòng tổng hợp báo cáo hằng tháng.\n";

    fn cp_find(text: &str, needle: &str) -> (usize, usize) {
        let b = text.find(needle).expect("needle in test text");
        let s = text[..b].chars().count();
        (s, s + needle.chars().count())
    }

    fn directive(id: &str, text: &str, quote: &str) -> Directive {
        let (start, end) = cp_find(text, quote);
        Directive {
            id: id.into(),
            start,
            end,
            text: quote.into(),
            owners: Vec::new(),
            deadline: None,
            status: Status::Suggested,
            source: Source::Auto,
            why: None,
        }
    }

    fn auto_owner(text: &str, name: &str, role: Role) -> Owner {
        let (start, end) = cp_find(text, name);
        Owner {
            name: name.into(),
            role,
            implicit: false,
            start,
            end,
            source: Source::Auto,
            why: None,
        }
    }

    /// What the reader would give for a text holding the three directives of TEXT.
    fn reading(text: &str) -> Document {
        let mut doc = Document::empty();
        doc.text = text.to_string();
        let q1 =
            "Phòng Giáo dục Trung học chủ trì tổ chức ôn thi, hoàn thành trước ngày 15/12/2022.";
        let q2 = "Các đơn vị phối hợp với phòng giáo dục trung học rà soát hồ sơ.";
        let q3 = "Văn phòng tổng hợp báo cáo hằng tháng.";
        let mut n = 0;
        for q in [q1, q2, q3] {
            if text.contains(q) {
                n += 1;
                let mut d = directive(&format!("d{n}"), text, q);
                if q == q1 {
                    d.owners
                        .push(auto_owner(text, "Phòng Giáo dục Trung học", Role::Lead));
                    let (s, e) = cp_find(text, "trước ngày 15/12/2022");
                    d.deadline = Some(Deadline {
                        text: "trước ngày 15/12/2022".into(),
                        start: s,
                        end: e,
                        due: Some("2022-12-15".into()),
                        kind: DeadlineKind::Date,
                        inherited: false,
                        source: Source::Auto,
                        why: None,
                    });
                }
                if q == q3 {
                    d.owners.push(auto_owner(text, "Văn phòng", Role::Lead));
                }
                doc.directives.push(d);
            }
        }
        let (s, e) = cp_find(text, "THÔNG BÁO");
        doc.spans.push(Span {
            kind: SpanKind::DocType,
            start: s,
            end: e,
            level: None,
        });
        doc
    }

    fn editor() -> Editor {
        Editor::new(reading(TEXT))
    }

    fn d<'a>(ed: &'a Editor, id: &str) -> &'a Directive {
        ed.doc()
            .directives
            .iter()
            .find(|d| d.id == id)
            .expect("directive")
    }

    #[test]
    fn cp_index_slices_by_code_points() {
        let idx = CpIndex::new("Sở GD&ĐT");
        assert_eq!(idx.len(), 8);
        assert_eq!(idx.slice("Sở GD&ĐT", 3, 8), Some("GD&ĐT"));
        assert_eq!(idx.slice("Sở GD&ĐT", 3, 9), None);
        assert_eq!(idx.slice("Sở GD&ĐT", 5, 3), None);
        assert_eq!(idx.cp("Sở".len()), Some(2));
    }

    #[test]
    fn add_owner_is_the_users_and_undoable() {
        let mut ed = editor();
        let (s, e) = cp_find(TEXT, "Các đơn vị");
        // Surrounding spaces are left out.
        let i = ed.add_owner("d2", s.saturating_sub(1), e + 1, Role::Support);
        assert_eq!(i, Ok(0));
        let o = &d(&ed, "d2").owners[0];
        assert_eq!((o.name.as_str(), o.start, o.end), ("Các đơn vị", s, e));
        assert_eq!(o.source, Source::User);
        assert_eq!(o.role, Role::Support);
        assert_eq!(
            ed.add_owner("d2", s, e, Role::Support),
            Err(EditError::AlreadyThere)
        );
        assert!(ed.undo());
        assert!(d(&ed, "d2").owners.is_empty());
        assert!(ed.redo());
        assert_eq!(d(&ed, "d2").owners.len(), 1);
        assert!(!ed.redo());
        // A new edit clears redo.
        assert!(ed.undo());
        ed.set_status("d1", Status::Confirmed).unwrap();
        assert!(!ed.can_redo());
    }

    #[test]
    fn failed_edits_change_nothing() {
        let mut ed = editor();
        let before = ed.doc().clone();
        assert_eq!(
            ed.add_owner("nope", 0, 3, Role::Lead),
            Err(EditError::NoSuchDirective)
        );
        assert_eq!(
            ed.add_owner("d1", 5, 10_000, Role::Lead),
            Err(EditError::BadSpan)
        );
        assert_eq!(
            ed.add_owner("d1", 9, 11, Role::Lead),
            Err(EditError::BadSpan)
        );
        assert_eq!(ed.remove_owner("d1", 7), Err(EditError::NoSuchOwner));
        assert_eq!(
            ed.set_deadline_due("d1", Some("2022-02-30")),
            Err(EditError::BadDate)
        );
        assert_eq!(ed.clear_deadline("d2"), Err(EditError::NoDeadline));
        assert_eq!(ed.rename_owner("d1", 0, "  "), Err(EditError::EmptyName));
        assert_eq!(ed.doc(), &before);
        assert!(!ed.can_undo());
    }

    #[test]
    fn undo_is_bounded() {
        let mut ed = editor();
        for i in 0..(MAX_UNDO + 20) {
            let st = if i % 2 == 0 {
                Status::Confirmed
            } else {
                Status::Rejected
            };
            ed.set_status("d1", st).unwrap();
        }
        let mut n = 0;
        while ed.undo() {
            n += 1;
        }
        assert_eq!(n, MAX_UNDO);
        assert_eq!(d(&ed, "d1").status, Status::Rejected);
    }

    #[test]
    fn rename_remove_and_role_of_owners() {
        let mut ed = editor();
        // The same name (spaces aside) or role again changes nothing, and is no undo point.
        let before = d(&ed, "d1").owners[0].clone();
        ed.rename_owner("d1", 0, &format!(" {} ", before.name))
            .unwrap();
        ed.set_owner_role("d1", 0, before.role).unwrap();
        assert_eq!(d(&ed, "d1").owners[0], before);
        assert!(!ed.undo());
        ed.rename_owner("d1", 0, "Phòng  GDTrH ").unwrap();
        let o = &d(&ed, "d1").owners[0];
        assert_eq!(o.name, "Phòng GDTrH");
        assert_eq!(o.source, Source::User);
        assert_eq!(ed.removed().len(), 1);
        ed.set_owner_role("d1", 0, Role::Support).unwrap();
        assert_eq!(d(&ed, "d1").owners[0].role, Role::Support);
        ed.remove_owner("d3", 0).unwrap();
        assert!(d(&ed, "d3").owners.is_empty());
        assert!(matches!(
            ed.removed().last().map(|r| &r.what),
            Some(RemovedWhat::Owner { name, .. }) if name == "Văn phòng"
        ));
        assert!(ed.undo());
        assert_eq!(d(&ed, "d3").owners.len(), 1);
        assert_eq!(ed.removed().len(), 1);
    }

    #[test]
    fn deadlines_set_and_cleared() {
        let mut ed = editor();
        let (s, e) = cp_find(TEXT, "hằng tháng");
        ed.set_deadline_span("d3", s, e).unwrap();
        let dl = d(&ed, "d3").deadline.clone().unwrap();
        assert_eq!((dl.text.as_str(), dl.due.clone()), ("hằng tháng", None));
        assert_eq!(dl.source, Source::User);
        ed.set_deadline_due("d3", Some("2023-01-31")).unwrap();
        assert_eq!(
            d(&ed, "d3").deadline.as_ref().unwrap().due.as_deref(),
            Some("2023-01-31")
        );
        // A date only, on a directive without a phrase.
        ed.set_deadline_due("d2", Some("2022-11-30")).unwrap();
        let dl = d(&ed, "d2").deadline.clone().unwrap();
        assert_eq!(
            (dl.start, dl.end, dl.text.as_str()),
            (dl.start, dl.start, "")
        );
        // Replacing the reader's deadline remembers it as removed.
        ed.set_deadline_due("d1", Some("2022-12-20")).unwrap();
        assert!(ed.removed().iter().any(
            |r| matches!(&r.what, RemovedWhat::Deadline { text } if text == "trước ngày 15/12/2022")
        ));
        ed.clear_deadline("d1").unwrap();
        assert!(d(&ed, "d1").deadline.is_none());
        ed.set_deadline_due("d2", None).unwrap();
        assert_eq!(d(&ed, "d2").deadline.as_ref().unwrap().due, None);
    }

    #[test]
    fn directives_added_confirmed_rejected_deleted() {
        let mut ed = editor();
        let (s, e) = cp_find(TEXT, "THÔNG BÁO");
        let id = ed.add_directive(s, e).unwrap();
        assert_eq!(id, "u1");
        assert_eq!(ed.doc().directives[0].id, "u1", "kept in text order");
        assert_eq!(d(&ed, "u1").status, Status::Confirmed);
        assert_eq!(d(&ed, "u1").source, Source::User);
        assert_eq!(ed.add_directive(s, e), Err(EditError::AlreadyThere));
        assert_eq!(ed.add_directive(s, s + 1).unwrap(), "u2");
        ed.set_status("d2", Status::Rejected).unwrap();
        assert_eq!(d(&ed, "d2").status, Status::Rejected);
        ed.delete_directive("d3").unwrap();
        assert!(ed.doc().directives.iter().all(|d| d.id != "d3"));
        assert_eq!(ed.removed().len(), 1);
        ed.delete_directive("u2").unwrap();
        assert_eq!(ed.removed().len(), 1, "the user's own leave no tombstone");
    }

    #[test]
    fn target_of_a_selection() {
        let ed = editor();
        let (s, e) = cp_find(TEXT, "rà soát");
        assert_eq!(ed.target(s, e), Target::Inside("d2".into()));
        let (s, e) = cp_find(TEXT, "\n\n3.");
        assert_eq!(ed.target(s, e), Target::Preceding("d2".into()));
        assert_eq!(ed.target(0, 3), Target::Nothing);
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
    fn import_round_trip() {
        let mut ed = editor();
        let (s, e) = cp_find(TEXT, "Các đơn vị");
        ed.add_owner("d2", s, e, Role::Support).unwrap();
        let json = ed.doc().to_json();
        let imported = import_json(&json).unwrap();
        assert_eq!(&imported.doc, ed.doc());
        assert!(imported.orphans.is_empty());
    }

    #[test]
    fn import_refuses_bad_files() {
        assert!(matches!(import_json("hello"), Err(ImportError::NotJson(_))));
        assert!(matches!(import_json(""), Err(ImportError::NotJson(_))));
        assert_eq!(
            import_json(r#"{"format":"webanno","version":1}"#),
            Err(ImportError::WrongFormat(Some("webanno".into())))
        );
        assert_eq!(import_json("[1,2]"), Err(ImportError::WrongFormat(None)));
        assert_eq!(
            import_json(r#"{"format":"ketluan","version":2}"#),
            Err(ImportError::WrongVersion(Some(2)))
        );
        assert!(matches!(
            import_json(r#"{"format":"ketluan","version":1,"text":5}"#),
            Err(ImportError::Malformed(_))
        ));
        let mut doc = reading(TEXT);
        doc.directives[1].end = 10_000;
        assert!(matches!(
            import_json(&doc.to_json()),
            Err(ImportError::OffsetsOutOfText {
                what: "directive",
                ..
            })
        ));
        let mut doc = reading(TEXT);
        doc.directives[1].id = "d1".into();
        assert_eq!(
            import_json(&doc.to_json()),
            Err(ImportError::DuplicateId("d1".into()))
        );
    }

    #[test]
    fn import_reports_orphans() {
        let mut doc = reading(TEXT);
        doc.directives[1].start += 3;
        doc.directives[1].end += 3;
        doc.directives[0].deadline.as_mut().unwrap().start += 1;
        doc.directives[2].owners[0].start = 0;
        doc.directives[2].owners[0].end = 5;
        let imported = import_json(&doc.to_json()).unwrap();
        let whats: Vec<(OrphanWhat, &str)> = imported
            .orphans
            .iter()
            .map(|o| (o.what, o.directive_id.as_str()))
            .collect();
        assert_eq!(
            whats,
            vec![
                (OrphanWhat::Deadline, "d1"),
                (OrphanWhat::Directive, "d2"),
                (OrphanWhat::Owner, "d3"),
            ]
        );
    }

    #[test]
    fn occurrences_are_whole_words_case_insensitive() {
        let mut doc = reading(TEXT);
        let offers = occurrences(&doc, "Phòng giáo dục TRUNG HỌC");
        // d1 already has it; d2 has it in lowercase.
        assert_eq!(offers.len(), 1);
        assert_eq!(offers[0].directive_id, "d2");
        assert_eq!(
            doc.slice(offers[0].start, offers[0].end),
            "phòng giáo dục trung học"
        );
        // Whole words only: "Văn phòng" does not match "phòng" inside "Văn phòngx".
        doc.directives[2].text = "Văn phòngx tổng hợp.".into();
        assert!(occurrences(&doc, "Văn phòng").is_empty());
        assert!(occurrences(&doc, "  ").is_empty());
        let mut ed = Editor::new(reading(TEXT));
        let offers = ed.offers_for("phòng giáo dục trung học");
        assert_eq!(ed.apply_offers(&offers, Role::Support), 1);
        assert_eq!(d(&ed, "d2").owners[0].role, Role::Support);
        assert!(ed.undo());
        assert!(d(&ed, "d2").owners.is_empty());
        let known = known_unit_offers(ed.doc(), &["Văn phòng".into(), "Các đơn vị".into()]);
        assert_eq!(known.len(), 1);
        assert_eq!(known[0].0, "Các đơn vị");
    }

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
        let many = occurrences_many(&doc, &["phòng giáo dục trung học".into(), "x".into()]);
        assert_eq!(many[0], occurrences(&doc, "phòng giáo dục trung học"));
        assert!(many[1].is_empty());
    }

    #[test]
    fn rewrite_or_edit() {
        assert!(is_rewrite("", "abc"));
        assert!(is_rewrite("abcdef", "uvwxyz"));
        assert!(!is_rewrite("abcdef", "abcXdef"));
        assert!(!is_rewrite(TEXT, &TEXT.replace("rà soát", "kiểm tra")));
        assert!(!is_rewrite("abc", ""));
    }

    #[test]
    fn dates_and_short_texts() {
        assert_eq!(
            parse_due("trước ngày 15/12/2022").as_deref(),
            Some("2022-12-15")
        );
        assert_eq!(
            parse_due("trước ngày 05 tháng 3 năm 2024").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(parse_due("trong tháng 10/2022"), None);
        assert_eq!(parse_due("31/02/2022"), None);
        assert!(valid_iso_date("2024-02-29"));
        assert!(!valid_iso_date("2023-02-29"));
        assert!(!valid_iso_date("2023-1-01"));
        assert_eq!(iso_to_dmy("2022-12-05"), "05/12/2022");
        assert_eq!(short_text("a  b\nc", 10), "a b c");
        assert!(short_text(TEXT, 20).ends_with('…'));
    }

    mod no_panic {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(200))]

            #[test]
            fn edits_never_panic(
                text in "[a-zĐđàáạảãâầấậẩẫ \n/0-9]{0,60}",
                ops in proptest::collection::vec((0u8..12, 0usize..80, 0usize..80), 0..25),
            ) {
                let mut doc = Document::empty();
                doc.text = text.clone();
                let mut ed = Editor::new(doc);
                for (op, a, b) in ops {
                    let id = ed.doc().directives.first().map(|d| d.id.clone()).unwrap_or_default();
                    let _ = match op {
                        0 => ed.add_directive(a, b).map(|_| ()),
                        1 => ed.add_owner(&id, a, b, Role::Lead).map(|_| ()),
                        2 => ed.set_deadline_span(&id, a, b),
                        3 => ed.set_deadline_due(&id, Some("2022-01-0")),
                        4 => ed.remove_owner(&id, a),
                        5 => ed.rename_owner(&id, a % 2, "x"),
                        6 => ed.set_status(&id, Status::Rejected),
                        7 => ed.delete_directive(&id),
                        8 => { ed.undo(); Ok(()) }
                        9 => { ed.redo(); Ok(()) }
                        10 => ed.clear_deadline(&id),
                        _ => {
                            let cut: String = text.chars().skip(a % 7).collect();
                            let mut fresh = Document::empty();
                            fresh.text = cut;
                            ed.reread_with(fresh);
                            Ok(())
                        }
                    };
                    let _ = segments(ed.doc());
                    prop_assert!(validate(ed.doc()).is_ok());
                }
            }

            #[test]
            fn import_never_panics(s in ".{0,200}") {
                let _ = import_json(&s);
                let _ = parse_due(&s);
                let _ = short_text(&s, 5);
            }

            #[test]
            fn segments_never_panic(
                text in "(.|\n){0,40}",
                spans in proptest::collection::vec((0usize..60, 0usize..60), 0..10),
            ) {
                let mut doc = Document::empty();
                doc.text = text;
                for (s, e) in spans {
                    doc.spans.push(Span { kind: SpanKind::Unit, start: s, end: e, level: None });
                    doc.directives.push(Directive {
                        id: format!("d{s}"), start: s, end: e, text: String::new(),
                        owners: Vec::new(), deadline: None,
                        status: Status::Suggested, source: Source::Auto, why: None,
                    });
                }
                let segs = segments(&doc);
                let joined: String = segs.iter().map(|s| &*s.text).collect();
                prop_assert_eq!(&joined, &doc.text);
                let chunked: String = chunk_segments(segs, 3).iter().flatten().map(|s| &*s.text).collect();
                prop_assert_eq!(&chunked, &doc.text);
                let _ = validate(&doc);
                let _ = occurrences(&doc, "a");
            }
        }
    }
}
