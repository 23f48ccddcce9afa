//! The app's one state and its reducer. Every change to the document goes through here, as an
//! [`Action`]; the edits themselves are [`crate::edit`]'s.

use std::cell::Cell;
use std::rc::Rc;

use yew::Reducible;

use super::i18n::Lang;
use super::messages::{Msg, NotOpened, StorageFailure};
use super::reader::{self, Arrived, How};
use super::storage::{self, LoadError, Unit};
use super::timings;
use crate::document::{Document, Done, Extension, FieldEdit, FieldName, Role, Status};
use crate::edit::{self, normalize_name, Editor, Offer, Orphan, Target};
use crate::export::share::ShareError;
use crate::intake::Intake;
use crate::library::Summary;

/// The dates among the header facts the user set (what the deadlines were resolved against).
fn dates_given(edits: &[FieldEdit]) -> Vec<(FieldName, Option<String>)> {
    edits
        .iter()
        .filter(|e| e.field.is_date())
        .map(|e| (e.field, e.value.clone()))
        .collect()
}

/// What the page shows: the open notice, the library's list, or the task board (drawn by the
/// board's lazy module: `app::board`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Notice,
    Library,
    Board,
}

/// What a selection in the notice is tagged as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagKind {
    Lead,
    Support,
    Deadline,
    Directive,
}

/// An edit asked for from a row of the task table.
#[derive(Clone, Debug, PartialEq)]
pub enum RowAction {
    SetStatus(String, Status),
    Delete(String),
    RemoveOwner(String, usize),
    RenameOwner(String, usize, String),
    SetRole(String, usize, Role),
    SetDue(String, Option<String>),
    ClearDeadline(String),
    /// Done on a day (with a result note), or open again.
    SetDone(String, Option<Done>),
    /// The deadline extended (*gia hạn*), or the extension taken back.
    Extend(String, Option<Extension>),
}

/// A unit offered at its other occurrences ("Áp dụng cho N chỗ khác").
#[derive(Clone, Debug, PartialEq)]
pub struct OfferSet {
    pub name: String,
    pub role: Role,
    pub offers: Vec<Offer>,
}

/// After the user renamed a unit in one task: the same unit (`from`) is named in `count` other
/// places of the notice, which can be renamed to `to` too.
#[derive(Clone, Debug, PartialEq)]
pub struct Renaming {
    /// The task renamed in: where the keyboard's focus goes back to once the offer is answered.
    pub id: String,
    pub from: String,
    pub to: String,
    pub count: usize,
}

/// A document opened from a share link and not kept in this browser yet: it is not saved (so
/// the user's own saved work stays) until the user chooses to keep it.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedView {
    /// The user's own work saved in this browser, which keeping the link would replace: its
    /// notice's label ("" when it has none). `None` when nothing of the user's is saved.
    pub saved: Option<String>,
}

#[derive(Debug, PartialEq)]
pub enum Action {
    /// The paste area's text (read, and the user's work carried over).
    Read(String),
    /// A pasted text: converted to Unicode first if it is in a legacy encoding, then read; the
    /// paste area shows the text read.
    Paste {
        text: String,
        html: Option<String>,
    },
    /// "Hoàn tác" after a conversion: the text exactly as it came, read unconverted.
    UndoConversion,
    /// The user typed in the paste area (read after a pause): the offer to undo a conversion is
    /// withdrawn at once, as undoing would lose what was typed.
    Typed,
    /// What the reader read (or why it could not), for the latest text sent to it.
    Arrived(Box<Arrived>),
    /// The reader is being downloaded (its first use): how far, in percent.
    ReaderLoading(u8),
    /// How far the reader's worker is through a file's pages (a PDF; `true`: recognising a scan
    /// or a photo by OCR), in percent; 100 when the file's job is over.
    FileReading(u8, bool),
    /// "Dừng": the file being read is given up (its job is stopped; nothing is opened).
    CancelFile,
    /// "Thử lại": send again the text the reader could not read.
    Retry,
    /// "Bỏ bản lưu này": discard the unreadable saves kept aside.
    DiscardUnreadable,
    /// A notice's text from a file opened or dropped, and what to say about it (a note from the
    /// worker in each language: OCR, converted fonts).
    OpenText {
        name: String,
        text: String,
        note: Option<(String, String)>,
    },
    /// A ketluan JSON document opened or dropped, checked.
    OpenSaved {
        name: String,
        imported: Box<edit::Imported>,
    },
    Notify(Msg),
    DismissMessage,
    DismissOrphans,
    Tag {
        kind: TagKind,
        start: usize,
        end: usize,
    },
    Row(RowAction),
    Undo,
    Redo,
    ApplyOffer(usize),
    DismissOffer(usize),
    /// Renames the same unit in the notice's other tasks ([`State::renaming`]).
    RenameAll,
    DismissRename,
    SetLang(Lang),
    /// Another tab saved the document.
    OtherTabSaved,
    LoadTheirs,
    KeepMine,
    /// A save went through.
    Saved,
    /// What a share link carries: its JSON (to check and show), or why it cannot be read.
    LinkRead(Result<String, Msg>),
    /// Keep the document opened from a link in this browser (replacing the saved work).
    KeepShared,
    /// Leave the document opened from a link for the work saved in this browser.
    BackToSaved,
    /// A header fact set in the notice's panel (`None`: the notice does not state it).
    SetField(FieldName, Option<String>),
    /// A header fact given back to the reader ("Theo văn bản").
    ForgetField(FieldName),
    /// "Văn bản mới": an empty notice to paste into (the open one stays in the library).
    NewNotice,
    /// Show the notice or the library.
    Show(View),
    /// The library's list as read from the browser's database (or why it could not be).
    LibraryListed(Result<Vec<Summary>, StorageFailure>),
    /// A notice's summary as now kept in the library (saved, put in or out of the trash).
    LibraryUpdated(Summary),
    /// A notice deleted from the library for good.
    LibraryRemoved(String),
    /// A notice of the library opened: its id and saved JSON.
    OpenFromLibrary {
        id: String,
        json: String,
    },
    /// The library was replaced by a backup of `count` notices (the workspace's module did it);
    /// the open notice's JSON in it, if the backup has the open notice.
    LibraryRestored {
        count: usize,
        open: Option<String>,
    },
    /// JSON documents added to the library without being opened (several files at once), and
    /// the files that were not opened, each with why.
    LibraryAdded {
        added: Vec<Summary>,
        not_opened: Vec<(String, NotOpened)>,
    },
}

#[derive(Clone, Debug)]
pub struct State {
    pub editor: Editor,
    pub lang: Lang,
    pub message: Option<Msg>,
    pub orphans: Rc<Vec<Orphan>>,
    pub offers: Rc<Vec<OfferSet>>,
    /// The offer to rename the same unit in the notice's other tasks.
    pub renaming: Option<Renaming>,
    /// Names (normalized) whose offers the user dismissed in this session.
    pub dismissed: Vec<String>,
    /// Units remembered from earlier tagging (`ketluan.units.v1`).
    pub units: Rc<Vec<Unit>>,
    /// Another tab saved; autosave waits for the user's choice.
    pub conflict: bool,
    /// Changes not yet saved.
    pub dirty: bool,
    /// Bumped on every change the user makes (drives autosave).
    pub rev: u64,
    /// Bumped when the text is replaced from elsewhere (the paste area follows).
    pub input_rev: u64,
    /// Bumped when the remembered units change (drives their saving).
    pub units_rev: u64,
    /// Bumped when a new text comes (a paste over the old one, a file, another tab's version),
    /// not for edits of the text: the view and the table then render progressively again.
    pub text_rev: u64,
    /// This page's id, for coordination between tabs.
    pub tab: Rc<str>,
    /// The last revision of the shared save this tab has seen (shared by all clones).
    pub seen: Rc<Cell<u64>>,
    /// Showing a document opened from a share link, not kept yet (autosave waits).
    pub shared: Option<Rc<SharedView>>,
    /// The page was opened with a share link, still being read: the saved work is loaded only
    /// if the link cannot be.
    pub link_pending: bool,
    /// The text as it came before it was converted from a legacy encoding: what "Hoàn tác" puts
    /// back. Kept only while the message says what was converted.
    pub converted: Option<Rc<str>>,
    /// What the paste area shows for the `input_rev` it is tagged with (a paste as read, the
    /// text put back by "Hoàn tác"); otherwise the area shows the document's text.
    pub area_text: Option<(u64, Rc<str>)>,
    /// The reader is being downloaded: how far, in percent.
    pub loading: Option<u8>,
    /// A file's pages being read (the same bar, another label, and "Dừng"): `Some(true)` when
    /// by OCR.
    pub loading_file: Option<bool>,
    /// The text the reader could not read, and how it came ("Thử lại" sends it again).
    pub retry: Option<(How, Rc<str>)>,
    /// How many unreadable saved copies are kept aside (offered for download until discarded).
    pub aside: usize,
    /// The open notice's id in the library.
    pub notice_id: Rc<str>,
    /// The library's list; `None` until read (or when this browser has no IndexedDB).
    pub library: Option<Rc<Vec<Summary>>>,
    /// The open notice changed since it was last put in the library (the next save puts it).
    pub to_library: bool,
    /// The save revision the open notice was read back at (a later one in localStorage than in
    /// the library means a library write was cut short: it is redone).
    pub loaded_rev: u64,
    /// The library could not be opened (no IndexedDB in this browser, or refused).
    pub library_unavailable: bool,
    pub view: View,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.editor.doc_rc(), &other.editor.doc_rc())
            && self.rev == other.rev
            && self.message == other.message
            && self.renaming == other.renaming
            && self.lang == other.lang
            && self.conflict == other.conflict
            && self.shared == other.shared
            && self.aside == other.aside
            && self.notice_id == other.notice_id
            && self.view == other.view
            && self.library_unavailable == other.library_unavailable
            && match (&self.library, &other.library) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

impl State {
    /// A state with nothing loaded from the browser (tests start from here).
    pub fn blank() -> Self {
        State {
            editor: Editor::default(),
            lang: Lang::Vi,
            message: None,
            orphans: Rc::new(Vec::new()),
            offers: Rc::new(Vec::new()),
            renaming: None,
            dismissed: Vec::new(),
            units: Rc::new(Vec::new()),
            conflict: false,
            dirty: false,
            rev: 0,
            input_rev: 0,
            units_rev: 0,
            text_rev: 0,
            tab: Rc::from(storage::new_tab_id().as_str()),
            seen: Rc::new(Cell::new(0)),
            shared: None,
            link_pending: false,
            converted: None,
            area_text: None,
            loading: None,
            loading_file: None,
            retry: None,
            aside: 0,
            notice_id: new_notice_id(),
            library: None,
            to_library: false,
            loaded_rev: 0,
            library_unavailable: false,
            view: View::Notice,
        }
    }

    /// The state restored from the browser's storage: the saved document exactly as it was.
    pub fn restore() -> Self {
        let mut s = State::blank();
        s.lang = storage::load_lang().unwrap_or_default();
        s.units = Rc::new(storage::load_units());
        s.seen.set(storage::load_tab().map_or(0, |t| t.rev));
        if super::handover::has_link() {
            // Shown once read (root.rs); the saved work stays in storage meanwhile.
            s.link_pending = true;
            return s;
        }
        s.load_saved();
        s
    }

    /// Shows the work saved in this browser, if any.
    fn load_saved(&mut self) {
        let s = self;
        match storage::load_doc() {
            Ok(Some(loaded)) => {
                let (orphans, had_id) = s.take_saved(loaded);
                s.orphans = Rc::new(orphans);
                if !had_id && !s.editor.doc().text.trim().is_empty() {
                    // Saved before the library: it becomes the library's first notice.
                    s.to_library = true;
                    s.rev = s.rev.wrapping_add(1);
                }
            }
            Ok(None) => {}
            Err(LoadError::Invalid(why, kept)) => {
                s.message = Some(Msg::SaveUnreadable {
                    why,
                    kept: kept.is_ok(),
                })
            }
            Err(LoadError::Storage(f)) => s.message = Some(Msg::SaveFailed(f)),
        }
        s.aside = storage::aside().len();
    }

    /// Shows the document a share link carried (checked like an opened JSON file), without
    /// saving it; or says why it cannot, changing nothing else (a page opened with the link
    /// then shows the saved work, as without it).
    fn link_read(&mut self, read: Result<String, Msg>) {
        let pending = std::mem::take(&mut self.link_pending);
        let opened = read.and_then(|json| {
            edit::import_json(&json)
                .map(|i| (i.doc, i.orphans))
                .map_err(|e| Msg::Link(link_import_error(e)))
        });
        let (doc, orphans) = match opened {
            Ok(v) => v,
            Err(m) => {
                if pending {
                    self.load_saved();
                }
                self.message = Some(m);
                return;
            }
        };
        let saved = saved_work_label();
        // Kept, it becomes a notice of its own in the library.
        self.notice_id = new_notice_id();
        self.to_library = false;
        self.editor.replace(doc, Vec::new());
        self.text_rev = self.text_rev.wrapping_add(1);
        self.input_rev = self.input_rev.wrapping_add(1);
        self.orphans = Rc::new(Vec::new());
        self.offers = Rc::new(Vec::new());
        self.conflict = false;
        self.dirty = false;
        self.message = None;
        self.shared = Some(Rc::new(SharedView { saved }));
        self.add_orphans(orphans);
    }

    /// The text the paste area is to show now, when it is not the document's.
    pub fn area_text(&self) -> Option<Rc<str>> {
        self.area_text
            .as_ref()
            .filter(|(rev, _)| *rev == self.input_rev)
            .map(|(_, text)| Rc::clone(text))
    }

    /// Puts `text` in the paste area (not the document's canonical text).
    fn show_in_area(&mut self, text: Rc<str>) {
        self.input_rev = self.input_rev.wrapping_add(1);
        self.area_text = Some((self.input_rev, text));
    }

    /// A text that came in whole (a paste, a .txt file), read: converted to Unicode first if
    /// it was in a legacy Vietnamese encoding (the message says which, and "Hoàn tác" puts the
    /// text back as it came); the paste area shows what was read. True if converted.
    fn take_in(
        &mut self,
        intake: Intake,
        text: Rc<str>,
        file: Option<String>,
        started: f64,
    ) -> bool {
        match intake.converted {
            Some(conv) => {
                self.read(intake.document, started);
                self.show_in_area(conv.text.into());
                // "Hoàn tác" puts back the text as it came (the HTML's text for a rich paste).
                let text = intake.from_html.map_or(text, Into::into);
                self.converted = Some(text);
                self.message = Some(Msg::Converted {
                    encoding: conv.encoding,
                    lines: conv.lines,
                    file,
                });
                true
            }
            None => {
                self.read(intake.document, started);
                self.show_in_area(intake.from_html.map_or(text, Into::into));
                if matches!(self.message, Some(Msg::Converted { .. })) {
                    self.message = None;
                }
                false
            }
        }
    }

    /// What the reader sent back for the latest text.
    fn arrived(&mut self, a: Arrived) -> bool {
        self.loading = None;
        let intake = match a.outcome {
            Ok(intake) => intake,
            Err(failure) => {
                self.message = Some(Msg::ReaderFailed(failure));
                self.retry = Some((a.how, a.text));
                return true;
            }
        };
        if matches!(self.message, Some(Msg::ReaderFailed(_))) {
            self.message = None;
        }
        self.retry = None;
        match a.how {
            How::Typed => {
                if !self.read(intake.document, a.started) {
                    return false;
                }
                // Typed over: "Hoàn tác" would lose what was typed, so it is no longer offered.
                if matches!(self.message, Some(Msg::Converted { .. })) {
                    self.message = None;
                }
            }
            How::Pasted => {
                self.take_in(intake, a.text, None, a.started);
            }
            How::Redated => {
                if !self.redated(intake.document) {
                    return false;
                }
            }
            How::Undo => {
                self.read(intake.document, a.started);
                self.show_in_area(a.text);
                self.message = Some(Msg::ConversionUndone);
            }
            How::File(name, note) => {
                // A file the user opens is their work now (saved as without a link).
                self.shared = None;
                // (Of several files opened at once, the list of those not opened stays said.)
                if !self.take_in(intake, a.text, Some(name.clone()), a.started)
                    && !matches!(
                        self.message,
                        Some(Msg::Orphaned(_) | Msg::FilesNotOpened(_))
                    )
                {
                    self.message = Some(match note {
                        Some((vi, en)) => Msg::OpenedSaid { name, vi, en },
                        None => Msg::Opened { name, orphans: 0 },
                    });
                }
            }
        }
        true
    }

    pub fn can_undo(&self) -> bool {
        self.editor.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.editor.can_redo()
    }

    /// Units for the name suggestions: this notice's owners and the remembered ones.
    pub fn known_units(&self) -> Vec<String> {
        let remembered: Vec<String> = self.units.iter().map(|u| u.name.clone()).collect();
        edit::known_units(self.editor.doc(), &remembered)
    }

    fn changed(&mut self) {
        self.renaming = None;
        self.rev = self.rev.wrapping_add(1);
        self.dirty = true;
        self.to_library = true;
        self.refresh_offers();
    }

    /// Starts an empty notice of its own; the open one stays in the library as last saved.
    fn begin_new_notice(&mut self) {
        self.editor = Editor::default();
        self.notice_id = new_notice_id();
        self.to_library = false;
        self.loaded_rev = 0;
        self.orphans = Rc::new(Vec::new());
        self.offers = Rc::new(Vec::new());
        self.shared = None;
        self.conflict = false;
        self.dirty = false;
        self.retry = None;
        self.converted = None;
        self.text_rev = self.text_rev.wrapping_add(1);
        self.input_rev = self.input_rev.wrapping_add(1);
        self.area_text = None;
        self.view = View::Notice;
    }

    /// Shows a saved document (localStorage's, or the library's): its work, its id in the library
    /// when it has one, the revision it was saved at. Returns its orphans, and whether it had an
    /// id.
    fn take_saved(&mut self, loaded: storage::Loaded) -> (Vec<Orphan>, bool) {
        let id = loaded
            .app
            .notice_id
            .filter(|id| crate::library::valid_id(id));
        let had_id = id.is_some();
        if let Some(id) = id {
            self.notice_id = id.into();
        }
        self.loaded_rev = loaded.app.rev;
        self.to_library = false;
        self.editor = Editor::with_removed(loaded.doc, loaded.app.removed);
        self.text_rev = self.text_rev.wrapping_add(1);
        self.input_rev = self.input_rev.wrapping_add(1);
        (loaded.orphans, had_id)
    }

    /// Opens a notice kept in the library (its saved JSON), or says why it cannot be.
    fn open_from_library(&mut self, id: String, json: &str) {
        match storage::parse_saved(json) {
            Ok(loaded) => {
                self.begin_new_notice();
                let (orphans, _) = self.take_saved(loaded);
                // The library's key is the notice's id, whatever its saved copy says.
                self.notice_id = id.into();
                self.add_orphans(orphans);
                // Saved here as the open notice; the library already has it as it is.
                self.rev = self.rev.wrapping_add(1);
                self.to_library = false;
                if !matches!(self.message, Some(Msg::Orphaned(_))) {
                    self.message = None;
                }
            }
            Err(why) => self.message = Some(Msg::LibraryUnreadable(why)),
        }
    }

    /// The library's list with `summary` in place of the notice's old one.
    fn library_with(&self, summary: Summary) -> Option<Rc<Vec<Summary>>> {
        let mut list: Vec<Summary> = self.library.as_deref().cloned().unwrap_or_default();
        list.retain(|s| s.id != summary.id);
        list.push(summary);
        Summary::newest_first(&mut list);
        Some(Rc::new(list))
    }

    /// Offers follow the document: recomputed, empty ones dropped.
    fn refresh_offers(&mut self) {
        if self.offers.is_empty() {
            return;
        }
        let doc = self.editor.doc();
        let sets: Vec<OfferSet> = self
            .offers
            .iter()
            .map(|s| OfferSet {
                offers: edit::occurrences(doc, &s.name),
                ..s.clone()
            })
            .filter(|s| !s.offers.is_empty())
            .collect();
        self.offers = Rc::new(sets);
    }

    /// Offers for remembered units found in a newly read notice.
    fn offer_known_units(&mut self) {
        let mut sets: Vec<OfferSet> = (*self.offers).clone();
        let candidates: Vec<&Unit> = self
            .units
            .iter()
            .filter(|u| {
                let key = normalize_name(&u.name);
                !self.dismissed.contains(&key)
                    && !sets.iter().any(|s| normalize_name(&s.name) == key)
            })
            .collect();
        if candidates.is_empty() {
            return;
        }
        let names: Vec<String> = candidates.iter().map(|u| u.name.clone()).collect();
        let found = edit::occurrences_many(self.editor.doc(), &names);
        for (u, offers) in candidates.into_iter().zip(found) {
            if sets.len() >= 8 {
                break;
            }
            if !offers.is_empty() {
                sets.push(OfferSet {
                    name: u.name.clone(),
                    role: u.role,
                    offers,
                });
            }
        }
        self.offers = Rc::new(sets);
    }

    fn remember_unit(&mut self, name: &str, role: Role) {
        let key = normalize_name(name);
        if key.is_empty() {
            return;
        }
        let mut units: Vec<Unit> = (*self.units).clone();
        units.retain(|u| normalize_name(&u.name) != key);
        units.insert(
            0,
            Unit {
                name: name.to_string(),
                role,
            },
        );
        self.units = Rc::new(units);
        self.units_rev = self.units_rev.wrapping_add(1);
    }

    fn offer_unit(&mut self, name: &str, role: Role) {
        let key = normalize_name(name);
        let offers = edit::occurrences(self.editor.doc(), name);
        let mut sets: Vec<OfferSet> = (*self.offers).clone();
        sets.retain(|s| normalize_name(&s.name) != key);
        if !offers.is_empty() {
            sets.insert(
                0,
                OfferSet {
                    name: name.to_string(),
                    role,
                    offers,
                },
            );
        }
        self.offers = Rc::new(sets);
    }

    fn add_orphans(&mut self, orphans: Vec<Orphan>) {
        if orphans.is_empty() {
            return;
        }
        let n = orphans.len();
        let mut all = (*self.orphans).clone();
        all.extend(orphans);
        self.orphans = Rc::new(all);
        self.message = Some(Msg::Orphaned(n));
    }

    /// Takes a fresh reading of the text (the user's work carried over); false if the text did
    /// not change.
    fn read(&mut self, mut fresh: Document, start: f64) -> bool {
        if fresh.text == self.editor.doc().text {
            return false;
        }
        let given = dates_given(&fresh.field_edits);
        let old = &self.editor.doc().text;
        if !old.trim().is_empty()
            && (fresh.text.trim().is_empty() || edit::is_rewrite(old, &fresh.text))
        {
            // The facts the user set belong to the other notice (read again without them below).
            fresh.field_edits.clear();
            // Another text, not an edit of this one: a notice of its own; this one stays in the
            // library with its work (said when there is work of the user's to look for).
            let had_work = !self.editor.removed().is_empty()
                || self.editor.doc().directives.iter().any(edit::has_user_work);
            self.begin_new_notice();
            if had_work {
                self.message = Some(Msg::NewNoticeStarted);
            }
        }
        let chars = fresh.text.chars().count();
        // A new text (not an edit of this one) is shown progressively from the top again.
        if edit::is_rewrite(&self.editor.doc().text, &fresh.text) {
            self.text_rev = self.text_rev.wrapping_add(1);
        }
        let orphans = self.editor.reread_with(fresh);
        timings::read_done(start, chars);
        self.add_orphans(orphans);
        self.changed();
        self.offer_known_units();
        // Read with other dates than the notice's own now has (sent before a date was corrected,
        // or those of the notice it replaced): read again with the right ones.
        if given != dates_given(&self.editor.doc().field_edits) {
            self.redate();
        }
        true
    }

    /// Sends the text to be read again with the header facts the user set, so the deadlines
    /// counted from a date they corrected are resolved again ([`How::Redated`]).
    fn redate(&mut self) {
        let doc = self.editor.doc();
        let given = serde_json::to_string(&doc.field_edits).unwrap_or_default();
        reader::send_redated(Rc::from(doc.text.as_str()), &given);
    }

    /// The same text read with the header dates as they now are.
    fn redated(&mut self, fresh: Document) -> bool {
        if fresh.text != self.editor.doc().text
            || dates_given(&fresh.field_edits) != dates_given(&self.editor.doc().field_edits)
        {
            // The text or a date changed since: a newer reading is on its way.
            return false;
        }
        let orphans = self.editor.redate_with(fresh);
        self.add_orphans(orphans);
        self.changed();
        true
    }

    fn set_field(&mut self, field: FieldName, value: Option<&str>) -> bool {
        match self.editor.set_field(field, value) {
            Ok(redate) => {
                if matches!(self.message, Some(Msg::Edit(_))) {
                    self.message = None;
                }
                self.changed();
                if redate {
                    self.redate();
                }
            }
            Err(e) => self.message = Some(Msg::Edit(e)),
        }
        true
    }

    fn tag(&mut self, kind: TagKind, start: usize, end: usize) {
        if kind == TagKind::Directive {
            match self.editor.add_directive(start, end) {
                Ok(_) => {
                    self.message = None;
                    self.changed();
                }
                Err(e) => self.message = Some(Msg::Edit(e)),
            }
            return;
        }
        let (id, note) = match self.editor.target(start, end) {
            Target::Inside(id) => (id, None),
            Target::Preceding(id) => (id, Some(Msg::AttachedToPreceding)),
            Target::Nothing => {
                self.message = Some(Msg::NoDirectiveThere);
                return;
            }
        };
        let role = match kind {
            TagKind::Lead => Role::Lead,
            TagKind::Support => Role::Support,
            _ => {
                match self.editor.set_deadline_span(&id, start, end) {
                    Ok(()) => {
                        self.message = note;
                        self.changed();
                    }
                    Err(e) => self.message = Some(Msg::Edit(e)),
                }
                return;
            }
        };
        match self.editor.add_owner(&id, start, end, role) {
            Ok(i) => {
                self.message = note;
                let name = self
                    .editor
                    .doc()
                    .directives
                    .iter()
                    .find(|d| d.id == id)
                    .and_then(|d| d.owners.get(i))
                    .map(|o| o.name.clone())
                    .unwrap_or_default();
                self.changed();
                self.remember_unit(&name, role);
                self.offer_unit(&name, role);
            }
            Err(e) => self.message = Some(Msg::Edit(e)),
        }
    }

    /// Replaces everything with the document another tab saved.
    fn load_theirs(&mut self) {
        match storage::load_doc() {
            Ok(Some(loaded)) => {
                let (orphans, _) = self.take_saved(loaded);
                self.orphans = Rc::new(orphans);
                self.offers = Rc::new(Vec::new());
                self.message = None;
            }
            Ok(None) => self.message = None,
            Err(LoadError::Invalid(why, kept)) => {
                self.message = Some(Msg::SaveUnreadable {
                    why,
                    kept: kept.is_ok(),
                })
            }
            Err(LoadError::Storage(f)) => self.message = Some(Msg::SaveFailed(f)),
        }
        self.seen.set(storage::load_tab().map_or(0, |t| t.rev));
        self.conflict = false;
        self.dirty = false;
    }

    /// The name and role of owner `i` of directive `id`.
    fn owner(&self, id: &str, i: usize) -> Option<(String, Role)> {
        let d = self.editor.doc().directives.iter().find(|d| d.id == id)?;
        d.owners.get(i).map(|o| (o.name.clone(), o.role))
    }

    fn row(&mut self, a: RowAction) {
        // A unit's name before it is renamed: the same unit elsewhere is offered the new name.
        let before = match &a {
            RowAction::RenameOwner(id, i, _) => self.owner(id, *i).map(|(n, _)| n),
            _ => None,
        };
        let ed = &mut self.editor;
        let result = match &a {
            RowAction::SetStatus(id, s) => ed.set_status(id, *s),
            RowAction::Delete(id) => ed.delete_directive(id),
            RowAction::RemoveOwner(id, i) => ed.remove_owner(id, *i),
            RowAction::RenameOwner(id, i, name) => ed.rename_owner(id, *i, name),
            RowAction::SetRole(id, i, r) => ed.set_owner_role(id, *i, *r),
            RowAction::SetDue(id, due) => ed.set_deadline_due(id, due.as_deref()),
            RowAction::ClearDeadline(id) => ed.clear_deadline(id),
            RowAction::SetDone(id, done) => ed.set_done(id, done.clone()),
            RowAction::Extend(id, x) => ed.set_extension(id, x.clone()),
        };
        match result {
            Ok(()) => {
                let mut renaming = None;
                if let RowAction::RenameOwner(id, i, _) | RowAction::SetRole(id, i, _) = &a {
                    if let Some((to, r)) = self.owner(id, *i) {
                        self.remember_unit(&to, r);
                        renaming = before
                            .filter(|from| normalize_name(from) != normalize_name(&to))
                            .map(|from| Renaming {
                                id: id.clone(),
                                count: self.editor.count_unit(&from),
                                from,
                                to,
                            })
                            .filter(|r| r.count > 0);
                    }
                }
                self.changed();
                self.renaming = renaming;
            }
            Err(e) => self.message = Some(Msg::Edit(e)),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if matches!(action, Action::Typed) && !matches!(self.message, Some(Msg::Converted { .. })) {
            // Every keystroke comes here: nothing to do, nothing cloned.
            return self;
        }
        let mut s = (*self).clone();
        // Every change the user makes is stamped with its time (for merging two copies).
        s.editor
            .set_clock(&String::from(js_sys::Date::new_0().to_iso_string()));
        match action {
            Action::Read(text) => {
                // Read with the dates the user set (the deadlines count from them).
                let edits = &self.editor.doc().field_edits;
                if edits.iter().any(|e| e.field.is_date()) {
                    let given = serde_json::to_string(edits).unwrap_or_default();
                    reader::send_typed_given(text.into(), &given);
                } else {
                    reader::send(text.into(), How::Typed);
                }
                return self;
            }
            Action::SetField(field, value) => {
                s.set_field(field, value.as_deref());
            }
            Action::ForgetField(field) => {
                if !s.editor.forget_field(field) {
                    return self;
                }
                s.changed();
                s.redate();
            }
            Action::Paste { text, html } => {
                reader::send_paste(text.into(), html.map(Into::into));
                return self;
            }
            Action::Typed => s.message = None,
            Action::UndoConversion => {
                if let (Some(original), Some(Msg::Converted { .. })) = (&s.converted, &s.message) {
                    reader::send(Rc::clone(original), How::Undo);
                }
                return self;
            }
            Action::OpenText { name, text, note } => {
                reader::send(text.into(), How::File(name, note));
                return self;
            }
            Action::Arrived(a) => {
                if !s.arrived(*a) {
                    return self;
                }
            }
            Action::CancelFile => {
                s.loading = None;
                s.loading_file = None;
            }
            Action::ReaderLoading(percent) | Action::FileReading(percent, _) => {
                let loading = (percent < 100).then_some(percent);
                let file = match action {
                    Action::FileReading(_, ocr) => Some(ocr),
                    _ => None,
                };
                if s.loading == loading && s.loading_file == file {
                    return self;
                }
                s.loading = loading;
                s.loading_file = file;
            }
            Action::DiscardUnreadable => {
                s.message = storage::discard_aside().err().map(Msg::SaveFailed);
                s.aside = storage::aside().len();
            }
            Action::Retry => {
                let Some((how, text)) = s.retry.take() else {
                    return self;
                };
                s.message = None;
                reader::send(text, how);
            }
            Action::OpenSaved { name, imported } => {
                let imported = *imported;
                // A notice of its own in the library.
                s.begin_new_notice();
                let n = imported.orphans.len();
                s.editor.replace(imported.doc, Vec::new());
                s.text_rev = s.text_rev.wrapping_add(1);
                s.orphans = Rc::new(imported.orphans);
                s.offers = Rc::new(Vec::new());
                s.message = Some(Msg::Opened { name, orphans: n });
                s.input_rev = s.input_rev.wrapping_add(1);
                let start = timings::read_start();
                timings::read_done(start, s.editor.doc().text.chars().count());
                s.changed();
            }
            Action::Notify(m) => s.message = Some(m),
            Action::DismissMessage => {
                if s.message.is_none() {
                    return self;
                }
                s.message = None;
            }
            Action::DismissOrphans => {
                s.orphans = Rc::new(Vec::new());
                if matches!(s.message, Some(Msg::Orphaned(_))) {
                    s.message = None;
                }
            }
            Action::Tag { kind, start, end } => s.tag(kind, start, end),
            Action::Row(a) => s.row(a),
            Action::Undo => {
                if !s.editor.undo() {
                    return self;
                }
                s.changed();
            }
            Action::Redo => {
                if !s.editor.redo() {
                    return self;
                }
                s.changed();
            }
            Action::ApplyOffer(i) => {
                let Some(set) = s.offers.get(i).cloned() else {
                    return self;
                };
                let n = s.editor.apply_offers(&set.offers, set.role);
                let mut sets = (*s.offers).clone();
                sets.retain(|x| x.name != set.name);
                s.offers = Rc::new(sets);
                s.message = Some(Msg::Applied(n));
                if n > 0 {
                    s.changed();
                }
            }
            Action::RenameAll => {
                let Some(r) = s.renaming.take() else {
                    return self;
                };
                if s.editor.rename_unit(&r.from, &r.to) > 0 {
                    s.changed();
                }
            }
            Action::DismissRename => s.renaming = None,
            Action::DismissOffer(i) => {
                let Some(set) = s.offers.get(i).cloned() else {
                    return self;
                };
                s.dismissed.push(normalize_name(&set.name));
                let mut sets = (*s.offers).clone();
                sets.retain(|x| x.name != set.name);
                s.offers = Rc::new(sets);
            }
            Action::SetLang(l) => {
                if s.lang == l {
                    return self;
                }
                s.lang = l;
            }
            Action::OtherTabSaved if s.shared.is_some() => {
                // Not saving here: only what keeping the link would replace changed.
                let saved = saved_work_label();
                s.shared = Some(Rc::new(SharedView { saved }));
            }
            Action::OtherTabSaved => {
                if s.dirty || s.conflict {
                    // Work of ours not saved yet: the user chooses.
                    s.conflict = true;
                    s.message = Some(Msg::OtherTab);
                } else {
                    // Nothing of ours would be lost: follow the other tab.
                    s.load_theirs();
                    if s.message.is_none() {
                        s.message = Some(Msg::UpdatedFromOtherTab);
                    }
                }
            }
            Action::LoadTheirs => s.load_theirs(),
            Action::KeepMine => {
                s.seen.set(storage::load_tab().map_or(0, |t| t.rev));
                s.conflict = false;
                s.message = None;
                // Save now (over the other tab's version, as the user chose).
                s.rev = s.rev.wrapping_add(1);
            }
            Action::LinkRead(read) => s.link_read(read),
            Action::KeepShared => {
                if s.shared.take().is_none() {
                    return self;
                }
                // Saved over what is stored, as the user chose.
                s.seen.set(storage::load_tab().map_or(0, |t| t.rev));
                s.conflict = false;
                s.changed();
                s.message = Some(Msg::KeptShared);
            }
            Action::BackToSaved => {
                if s.shared.take().is_none() {
                    return self;
                }
                // Nothing of the link stays, even if the saved work cannot be read.
                s.editor = Editor::default();
                s.text_rev = s.text_rev.wrapping_add(1);
                s.input_rev = s.input_rev.wrapping_add(1);
                s.orphans = Rc::new(Vec::new());
                s.load_theirs();
            }
            Action::NewNotice => {
                if s.editor.doc().text.is_empty() && s.view == View::Notice {
                    return self;
                }
                s.begin_new_notice();
                s.message = None;
            }
            Action::Show(view) => {
                if s.view == view {
                    return self;
                }
                s.view = view;
            }
            Action::LibraryListed(Ok(list)) => {
                let mut list = list;
                Summary::newest_first(&mut list);
                // The open notice is put (again) in the library when it is missing there, or
                // older there than here (a write cut short when the tab closed).
                let open = list.iter().find(|e| *e.id == *s.notice_id);
                let behind = match open {
                    None => !s.editor.doc().text.trim().is_empty(),
                    Some(e) => e.rev < s.loaded_rev && e.trashed.is_none(),
                };
                if open.is_some_and(|e| e.trashed.is_some()) {
                    // Put in the trash from another tab: not shown as open.
                    s.begin_new_notice();
                } else if behind && s.shared.is_none() {
                    s.to_library = true;
                    s.rev = s.rev.wrapping_add(1);
                }
                s.library = Some(Rc::new(list));
            }
            Action::LibraryListed(Err(f)) => {
                // The library's view says so; the open notice is still saved (localStorage). A
                // failure other than no library at all is told at once.
                s.library_unavailable = true;
                if f != StorageFailure::Unavailable {
                    s.message = Some(Msg::LibraryFailed(f));
                }
            }
            Action::LibraryUpdated(summary) => {
                if summary.trashed.is_some() && *summary.id == *s.notice_id {
                    // The open notice went to the trash: an empty one in its place.
                    let _ = storage::forget_doc();
                    let view = s.view;
                    s.begin_new_notice();
                    s.view = view;
                }
                s.library = s.library_with(summary);
            }
            Action::LibraryRemoved(id) => {
                let mut list: Vec<Summary> = s.library.as_deref().cloned().unwrap_or_default();
                list.retain(|e| e.id != id);
                s.library = Some(Rc::new(list));
            }
            Action::OpenFromLibrary { id, json } => s.open_from_library(id, &json),
            Action::LibraryRestored { count: n, open } => {
                let id = s.notice_id.to_string();
                match open {
                    Some(json) => s.open_from_library(id, &json),
                    None => {
                        let _ = storage::forget_doc();
                        s.begin_new_notice();
                    }
                }
                s.view = View::Library;
                if !matches!(s.message, Some(Msg::LibraryUnreadable(_))) {
                    s.message = Some(Msg::LibraryRestored(n));
                }
            }
            Action::LibraryAdded { added, not_opened } => {
                let n = added.len();
                for summary in added {
                    s.library = s.library_with(summary);
                }
                s.message = if not_opened.is_empty() {
                    (n > 0).then_some(Msg::LibraryAdded(n))
                } else {
                    Some(Msg::FilesNotOpened(not_opened))
                };
            }
            Action::Saved => {
                let failed = matches!(s.message, Some(Msg::SaveFailed(_)));
                // A save may have set an unreadable stored copy aside first.
                let aside = storage::aside().len();
                if !failed && !s.dirty && aside == s.aside {
                    return self;
                }
                s.aside = aside;
                s.dirty = false;
                if failed {
                    s.message = None;
                }
            }
        }
        // The text as it came is kept only while the message offers to put it back.
        if !matches!(s.message, Some(Msg::Converted { .. })) {
            s.converted = None;
        }
        Rc::new(s)
    }
}

/// Why a link's JSON was refused, told as a link's problem.
fn link_import_error(e: edit::ImportError) -> ShareError {
    use edit::ImportError as E;
    match e {
        E::WrongFormat(f) => ShareError::WrongFormat(f.unwrap_or_default()),
        E::WrongVersion(v) => {
            ShareError::WrongVersion(v.map_or(0, |v| v.min(u32::MAX.into()) as u32))
        }
        E::VersionAsText(_) => ShareError::WrongVersion(0),
        E::NotJson(m) | E::Malformed(m) => ShareError::NotJson(m),
        // Offsets that do not fit the text, repeated ids: damaged on its way.
        E::OffsetsOutOfText { .. } | E::DuplicateId(_) => ShareError::Corrupt,
    }
}

/// The label of the user's own work saved in this browser (which keeping a link's document
/// would replace): its notice number and date, else the start of its text.
fn saved_work_label() -> Option<String> {
    let json = storage::get(storage::DOC_KEY).ok().flatten()?;
    let Ok(loaded) = storage::parse_saved(&json) else {
        // Unreadable, but kept until replaced: still the user's.
        return Some(String::new());
    };
    let saved = loaded.doc;
    // (The same notice saved counts too: its annotations may differ from the link's.)
    if saved.text.trim().is_empty() {
        return None;
    }
    let label = crate::export::notice_label(&saved);
    Some(if label.is_empty() {
        edit::short_text(&saved.text, 60)
    } else {
        label
    })
}

/// A fresh id for a notice in the library.
pub fn new_notice_id() -> Rc<str> {
    let now = js_sys::Date::now() as u64;
    let r = (js_sys::Math::random() * 1e9) as u64;
    format!("n{now:x}{r:x}").into()
}

/// Storage failures of the remembered units are shown like any other.
pub fn units_failure(f: StorageFailure) -> Action {
    Action::Notify(Msg::UnitsSaveFailed(f))
}
