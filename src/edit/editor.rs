//! The [`Editor`]: the user's edits over a [`Document`] (owners, deadlines, directives, statuses),
//! the suggestions they removed ([`Removed`], so a re-reading does not bring them back), and the
//! bounded undo/redo history of `Snapshot`s. Re-reading hands over to `carry_over`.

use std::collections::HashMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::document::{
    Deadline, DeadlineKind, Directive, Document, Done, Extension, FieldEdit, FieldName, Fields,
    Owner, Part, Role, Source, Status,
};

use super::carry_over::{carry_over, Orphan};
use super::dates::{parse_due, valid_iso_date};
use super::index::{cp_len, CpIndex};
use super::occurrences::{normalize_name, occurrences};

/// How many edits undo remembers.
pub const MAX_UNDO: usize = 100;

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
    /// Not a valid `HH:MM` time.
    BadTime,
}

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
    fields: Fields,
    field_edits: Vec<FieldEdit>,
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
    /// The header field whose edit made the last undo step: typing on in it adds to that step.
    typing_in: Option<FieldName>,
    /// The time the next edits are stamped with ([`Editor::set_clock`]); none: not stamped.
    clock: Option<String>,
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
            typing_in: None,
            clock: None,
        }
    }

    /// Sets the time (RFC 3339, UTC) the next edits of a directive's parts are stamped with, for
    /// merging two copies part by part ([`crate::edit::merge`]). A user interface sets it to
    /// now before each change; it stays over `replace` and re-readings.
    pub fn set_clock(&mut self, now: &str) {
        self.clock = Some(now.to_string());
    }

    /// Stamps a part of the directive at `i` with the clock.
    fn stamp(&mut self, i: usize, part: Part) {
        let Some(now) = self.clock.clone() else {
            return;
        };
        if let Some(d) = self.directive_mut(i) {
            d.edited.stamp(part, &now);
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
            fields: self.doc.fields.clone(),
            field_edits: self.doc.field_edits.clone(),
        })
    }

    fn restore(&mut self, snap: &Snapshot) {
        let doc = Rc::make_mut(&mut self.doc);
        doc.directives = snap.directives.clone();
        doc.fields = snap.fields.clone();
        doc.field_edits = snap.field_edits.clone();
        self.removed = Rc::new(snap.removed.clone());
    }

    /// Records the state before an edit.
    fn checkpoint(&mut self) {
        self.typing_in = None;
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
        self.typing_in = None;
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
        self.typing_in = None;
        true
    }

    /// Replaces everything (an imported file, a restored save, another tab's version).
    pub fn replace(&mut self, doc: Document, removed: Vec<Removed>) {
        let clock = self.clock.take();
        *self = Editor::with_removed(doc, removed);
        self.clock = clock;
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
        let n = d.owners.len() - 1;
        self.stamp(i, Part::Owners);
        Ok(n)
    }

    /// Adds owners at offered places (one undo step); returns how many were added.
    pub fn apply_offers(&mut self, offers: &[Offer], role: Role) -> usize {
        let idx = CpIndex::new(&self.doc.text);
        // The directives by id (the first of an id, as `index_of`), looked up once per offer
        // instead of a scan of all directives per offer.
        let mut by_id: HashMap<&str, usize> = HashMap::with_capacity(self.doc.directives.len());
        for (i, d) in self.doc.directives.iter().enumerate() {
            by_id.entry(d.id.as_str()).or_insert(i);
        }
        let mut adds = Vec::new();
        for offer in offers {
            let Some(&i) = by_id.get(offer.directive_id.as_str()) else {
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
            self.stamp(i, Part::Owners);
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
        self.forget_suggested_owner(i, o);
    }

    /// A reader's owner about to change is remembered as removed (a re-reading must not bring
    /// it back beside the user's).
    fn forget_suggested_owner(&mut self, i: usize, o: &Owner) {
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

    /// The owners named `name` (case and spacing aside), as (directive index, owner index).
    fn owners_named(&self, name: &str) -> Vec<(usize, usize)> {
        let key = normalize_name(name);
        let mut found = Vec::new();
        for (i, d) in self.doc.directives.iter().enumerate() {
            for (k, o) in d.owners.iter().enumerate() {
                if normalize_name(&o.name) == key {
                    found.push((i, k));
                }
            }
        }
        found
    }

    /// How many owners of the notice are named `name` (case and spacing aside): after renaming
    /// one, whether to offer renaming the same unit in the other tasks.
    pub fn count_unit(&self, name: &str) -> usize {
        if normalize_name(name).is_empty() {
            return 0;
        }
        self.owners_named(name).len()
    }

    /// Renames every owner named `from` (case and spacing aside) to `to`, in one undo step: the
    /// same unit in the notice's other tasks, after the user renamed it in one. Returns how
    /// many were renamed.
    pub fn rename_unit(&mut self, from: &str, to: &str) -> usize {
        let to = to.split_whitespace().collect::<Vec<_>>().join(" ");
        if to.is_empty() || normalize_name(from).is_empty() {
            return 0;
        }
        let places = self.owners_named(from);
        if places.is_empty() {
            return 0;
        }
        self.checkpoint();
        for &(i, k) in &places {
            let Some(o) = self
                .doc
                .directives
                .get(i)
                .and_then(|d| d.owners.get(k))
                .cloned()
            else {
                continue;
            };
            self.forget_suggested_owner(i, &o);
            if let Some(slot) = self.directive_mut(i).and_then(|d| d.owners.get_mut(k)) {
                slot.name = to.clone();
                slot.source = Source::User;
            }
            self.stamp(i, Part::Owners);
        }
        places.len()
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
        self.stamp(i, Part::Owners);
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
        self.stamp(i, Part::Owners);
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
        self.stamp(i, Part::Deadline);
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
                done: None,
                extended: None,
                edited: Default::default(),
            },
        );
        self.stamp(at, Part::Status);
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
        self.stamp(i, Part::Status);
        Ok(())
    }

    /// Marks a task done on a day (`YYYY-MM-DD`), with a result note, or open again (`None`).
    pub fn set_done(&mut self, directive_id: &str, done: Option<Done>) -> Result<(), EditError> {
        let i = self.index_of(directive_id)?;
        if let Some(day) = done.as_ref().map(|d| d.date.as_str()) {
            if !valid_iso_date(day) {
                return Err(EditError::BadDate);
            }
        }
        let done = done.map(Box::new);
        if self.doc.directives.get(i).map(|d| &d.done) == Some(&done) {
            return Ok(());
        }
        self.checkpoint();
        if let Some(d) = self.directive_mut(i) {
            d.done = done;
        }
        self.stamp(i, Part::Done);
        Ok(())
    }

    /// Extends a directive's deadline (*gia hạn*) to another day, its own `due` kept as the
    /// original; `None` takes the extension back. Only a deadline with a day can be extended.
    pub fn set_extension(
        &mut self,
        directive_id: &str,
        extension: Option<Extension>,
    ) -> Result<(), EditError> {
        let i = self.index_of(directive_id)?;
        let d = self
            .doc
            .directives
            .get(i)
            .ok_or(EditError::NoSuchDirective)?;
        if let Some(x) = &extension {
            if !valid_iso_date(&x.due) {
                return Err(EditError::BadDate);
            }
            if d.deadline.as_ref().and_then(|dl| dl.due.as_ref()).is_none() {
                return Err(EditError::NoDeadline);
            }
        }
        let extension = extension.map(Box::new);
        if d.extended == extension {
            return Ok(());
        }
        self.checkpoint();
        if let Some(d) = self.directive_mut(i) {
            d.extended = extension;
        }
        self.stamp(i, Part::Extended);
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
        self.replace(doc, removed);
        orphans
    }

    /// The same text read again with other header dates (the user corrected the notice's or the
    /// meeting's date): the deadlines take the new dates, the user's work is kept, and so is the
    /// undo history (the text, and so every offset, is unchanged; the step before the date's
    /// edit holds the deadlines as they were). A `fresh` of another text is a re-reading.
    pub fn redate_with(&mut self, fresh: Document) -> Vec<Orphan> {
        if fresh.text != self.doc.text {
            return self.reread_with(fresh);
        }
        let (fields, edits) = (fresh.fields.clone(), fresh.field_edits.clone());
        let (mut doc, removed, orphans) = carry_over(&self.doc, &self.removed, fresh);
        doc.fields = fields;
        doc.field_edits = edits;
        self.doc = Rc::new(doc);
        self.removed = Rc::new(removed);
        orphans
    }

    /// Sets a header fact (`None` or blank: the notice does not state it), kept over every
    /// re-reading, stamped with the clock. Spaces are tidied; a date must be `YYYY-MM-DD`, a time `HH:MM`. Typing on in
    /// the same field is one undo step. Returns whether the deadlines must be resolved again
    /// (a date changed: read the text again with [`Document::field_edits`], then
    /// [`Editor::redate_with`]).
    pub fn set_field(&mut self, field: FieldName, value: Option<&str>) -> Result<bool, EditError> {
        let value = value
            .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|v| !v.is_empty());
        if let Some(v) = &value {
            if field.is_date() && !valid_iso_date(v) {
                return Err(EditError::BadDate);
            }
            if field == FieldName::MeetingTime && !valid_time(v) {
                return Err(EditError::BadTime);
            }
        }
        let edited = self.doc.field_edits.iter().any(|e| e.field == field);
        if edited && self.doc.fields.get(field) == value.as_deref() {
            return Ok(false);
        }
        if self.typing_in != Some(field) || self.undo.is_empty() {
            self.checkpoint();
        }
        self.redo.clear();
        self.typing_in = Some(field);
        let changed = self.doc.fields.get(field) != value.as_deref();
        let doc = Rc::make_mut(&mut self.doc);
        doc.field_edits.retain(|e| e.field != field);
        doc.field_edits.push(FieldEdit {
            field,
            value: value.clone(),
            at: self.clock.clone(),
        });
        *doc.fields.slot_mut(field) = value;
        Ok(changed && field.is_date())
    }

    /// Gives a header fact back to the reader (the user's value is dropped). Returns whether
    /// there was one: the text must then be read again for the reader's value.
    pub fn forget_field(&mut self, field: FieldName) -> bool {
        if !self.doc.field_edits.iter().any(|e| e.field == field) {
            return false;
        }
        self.checkpoint();
        Rc::make_mut(&mut self.doc)
            .field_edits
            .retain(|e| e.field != field);
        true
    }

    /// [`Editor::reread_with`] the reader's output for `pasted`.
    pub fn reread(&mut self, pasted: &str) -> Vec<Orphan> {
        self.reread_with(crate::read(pasted))
    }
}

/// `HH:MM`, 00:00 to 23:59.
fn valid_time(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    b.len() == 5
        && b.get(2) == Some(&b':')
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
        && num(0..2).is_some_and(|h| h < 24)
        && num(3..5).is_some_and(|m| m < 60)
}

fn next_user_id(directives: &[Directive]) -> String {
    let max = directives
        .iter()
        .filter_map(|d| d.id.strip_prefix('u').and_then(|n| n.parse::<u64>().ok()))
        .max()
        .unwrap_or(0);
    format!("u{}", max.saturating_add(1))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::edit::test_support::*;

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
    fn renaming_a_unit_in_the_notices_other_tasks() {
        let mut ed = editor();
        // The same unit, spelt in lower case, tagged in task 2 too.
        let second = TEXT.rfind("phòng giáo dục trung học").unwrap();
        let s = TEXT[..second].chars().count();
        ed.add_owner(
            "d2",
            s,
            s + "phòng giáo dục trung học".chars().count(),
            Role::Support,
        )
        .unwrap();
        ed.set_clock("2026-12-02T15:00:00.000Z");
        ed.rename_owner("d1", 0, "Phòng GDTrH").unwrap();
        assert_eq!(
            ed.count_unit("Phòng Giáo dục Trung học"),
            1,
            "the other task's"
        );
        assert_eq!(ed.count_unit("  "), 0);
        let steps = ed.undo.len();
        assert_eq!(
            ed.rename_unit("Phòng Giáo dục  Trung học", " Phòng  GDTrH "),
            1
        );
        assert_eq!(ed.undo.len(), steps + 1, "one undo step");
        let o = &d(&ed, "d2").owners[0];
        assert_eq!(
            (o.name.as_str(), o.role, o.source),
            ("Phòng GDTrH", Role::Support, Source::User)
        );
        assert_eq!(
            d(&ed, "d2").edited.at(crate::document::Part::Owners),
            Some("2026-12-02T15:00:00.000Z")
        );
        assert_eq!(ed.count_unit("Phòng Giáo dục Trung học"), 0);
        assert_eq!(
            ed.rename_unit("Phòng Giáo dục Trung học", "X"),
            0,
            "nothing left"
        );
        assert_eq!(
            ed.rename_unit("Phòng GDTrH", "   "),
            0,
            "a blank name renames nothing"
        );
        assert!(ed.undo());
        assert_eq!(d(&ed, "d2").owners[0].name, "phòng giáo dục trung học");
        // The reader's owner renamed does not come back at the next reading.
        ed.redo();
        ed.reread_with(reading(TEXT));
        assert_eq!(owner_names(&ed, "d1"), ["Phòng GDTrH"]);
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
    fn a_task_is_marked_done_reopened_and_undone() {
        let mut ed = editor();
        let done = Done {
            date: "2023-11-24".into(),
            note: "Đã nộp báo cáo".into(),
        };
        ed.set_done("d2", Some(done.clone())).unwrap();
        assert_eq!(d(&ed, "d2").done.as_deref(), Some(&done));
        let bad = Done {
            date: "24/11/2023".into(),
            note: String::new(),
        };
        assert_eq!(ed.set_done("d2", Some(bad)), Err(EditError::BadDate));
        assert_eq!(ed.set_done("zz", None), Err(EditError::NoSuchDirective));
        ed.set_done("d2", None).unwrap();
        assert_eq!(d(&ed, "d2").done, None);
        assert!(ed.undo());
        assert_eq!(d(&ed, "d2").done.as_deref(), Some(&done));
        // Done is the user's work: it survives a re-reading of the same text.
        let text = ed.doc().text.clone();
        let orphans = ed.reread_with(crate::read(&text));
        assert!(orphans.is_empty());
        let carried = ed
            .doc()
            .directives
            .iter()
            .find(|x| x.text == d(&ed, "d2").text);
        assert_eq!(carried.and_then(|x| x.done.clone()).map(|b| *b), Some(done));
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
}
