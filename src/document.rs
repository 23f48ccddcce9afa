//! The document users save and share: the reader's output plus their corrections, in the
//! `ketluan` JSON format, version 1.
//!
//! Every offset here counts Unicode code points (Rust `char`s) into [`Document::text`], end
//! exclusive, so that any tool (JavaScript, Python, Excel macros) can slice the text with the
//! same numbers. Byte offsets never leave the reader.

use serde::{Deserialize, Serialize};

/// The format name carried by every saved or exported file.
pub const FORMAT: &str = "ketluan";
/// The format version this build writes and reads.
pub const VERSION: u32 = 1;

/// A whole number, written as an integer or as a float with no fraction (`1.0`).
fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let v = f64::deserialize(d)?;
    if v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&v) {
        Ok(v as u32)
    } else {
        Err(serde::de::Error::custom("not a whole number"))
    }
}

/// A notice with its structure, directives and the user's corrections.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Document {
    pub format: String,
    /// Read from 1 or 1.0 alike (JSON does not tell them apart).
    #[serde(deserialize_with = "whole_number")]
    pub version: u32,
    /// The canonical text (see `notice::canonical`); all offsets point into it.
    pub text: String,
    pub fields: Fields,
    pub recipients: Vec<Recipient>,
    pub references: Vec<Reference>,
    pub spans: Vec<Span>,
    pub directives: Vec<Directive>,
    /// The header facts the user set or corrected, which stand over what the reader finds at
    /// every re-reading (and date the deadlines when they are dates). Absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub field_edits: Vec<FieldEdit>,
}

/// Header and meeting facts. `None` (JSON `null`) when the notice does not state it.
/// Dates are ISO 8601 (`YYYY-MM-DD`), the meeting time `HH:MM`. In JSON, every key is written
/// (in [`FieldName::NAMES`]'s order, `meeting_online` after the chair's title); a missing key
/// reads as `null`, an unknown one is skipped, a repeated one is refused.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Fields {
    pub number: Option<String>,
    pub issued_place: Option<String>,
    pub issued_date: Option<String>,
    pub doc_type: Option<String>,
    pub subject: Option<String>,
    pub meeting_date: Option<String>,
    pub meeting_time: Option<String>,
    pub meeting_place: Option<String>,
    pub meeting_chair: Option<String>,
    /// The chair's titles as written after the name ("Thành ủy viên, Giám đốc Sở Giáo dục và Đào tạo").
    pub meeting_chair_title: Option<String>,
    /// `Some(true)` when the meeting was held online ("trực tuyến", "cầu truyền hình").
    pub meeting_online: Option<bool>,
    pub signer_authority: Option<String>,
    pub signer_position: Option<String>,
    pub signer_name: Option<String>,
}

/// A header or meeting fact the user can set or correct: the keys of [`Fields`] (all but
/// `meeting_online`), written in JSON as those keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldName {
    Number,
    IssuedPlace,
    IssuedDate,
    DocType,
    Subject,
    MeetingDate,
    MeetingTime,
    MeetingPlace,
    MeetingChair,
    MeetingChairTitle,
    SignerAuthority,
    SignerPosition,
    SignerName,
}

impl FieldName {
    /// A day (`YYYY-MM-DD`), against which the notice's deadlines are resolved.
    pub fn is_date(self) -> bool {
        matches!(self, FieldName::IssuedDate | FieldName::MeetingDate)
    }
}

// In the order a notice states them: `FieldName::NAMES` is also the order of `Fields` in JSON.
crate::named::named!(FieldName {
    Number => "number",
    IssuedPlace => "issued_place",
    IssuedDate => "issued_date",
    DocType => "doc_type",
    Subject => "subject",
    MeetingDate => "meeting_date",
    MeetingTime => "meeting_time",
    MeetingPlace => "meeting_place",
    MeetingChair => "meeting_chair",
    MeetingChairTitle => "meeting_chair_title",
    SignerAuthority => "signer_authority",
    SignerPosition => "signer_position",
    SignerName => "signer_name",
});

/// A header fact the user set: `value` `None` says the notice does not state it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct FieldEdit {
    pub field: FieldName,
    pub value: Option<String>,
    /// When the user made it (RFC 3339, UTC), for merging two copies field by field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
}

impl Fields {
    /// A field's value.
    pub fn get(&self, field: FieldName) -> Option<&str> {
        self.slot_ref(field).as_deref()
    }

    fn slot_ref(&self, field: FieldName) -> &Option<String> {
        match field {
            FieldName::Number => &self.number,
            FieldName::IssuedPlace => &self.issued_place,
            FieldName::IssuedDate => &self.issued_date,
            FieldName::DocType => &self.doc_type,
            FieldName::Subject => &self.subject,
            FieldName::MeetingDate => &self.meeting_date,
            FieldName::MeetingTime => &self.meeting_time,
            FieldName::MeetingPlace => &self.meeting_place,
            FieldName::MeetingChair => &self.meeting_chair,
            FieldName::MeetingChairTitle => &self.meeting_chair_title,
            FieldName::SignerAuthority => &self.signer_authority,
            FieldName::SignerPosition => &self.signer_position,
            FieldName::SignerName => &self.signer_name,
        }
    }

    pub(crate) fn slot_mut(&mut self, field: FieldName) -> &mut Option<String> {
        match field {
            FieldName::Number => &mut self.number,
            FieldName::IssuedPlace => &mut self.issued_place,
            FieldName::IssuedDate => &mut self.issued_date,
            FieldName::DocType => &mut self.doc_type,
            FieldName::Subject => &mut self.subject,
            FieldName::MeetingDate => &mut self.meeting_date,
            FieldName::MeetingTime => &mut self.meeting_time,
            FieldName::MeetingPlace => &mut self.meeting_place,
            FieldName::MeetingChair => &mut self.meeting_chair,
            FieldName::MeetingChairTitle => &mut self.meeting_chair_title,
            FieldName::SignerAuthority => &mut self.signer_authority,
            FieldName::SignerPosition => &mut self.signer_position,
            FieldName::SignerName => &mut self.signer_name,
        }
    }

    /// The user's facts put over these (the last edit of a field wins).
    pub fn apply(&mut self, edits: &[FieldEdit]) {
        for e in edits {
            *self.slot_mut(e.field) = e.value.clone();
        }
    }
}

/// The key of [`Fields::meeting_online`], the one fact that is not text.
const ONLINE: &str = "meeting_online";

// Fields' serde by hand, through the table of keys: one loop instead of a call per field, in
// each of the JSON writers the web app carries (the first visit's size budget).
impl Serialize for Fields {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(FieldName::NAMES.len() + 1))?;
        for &(field, key) in FieldName::NAMES {
            map.serialize_entry(key, self.slot_ref(field))?;
            if field == FieldName::MeetingChairTitle {
                map.serialize_entry(ONLINE, &self.meeting_online)?;
            }
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> serde::de::Visitor<'de> for Keys {
            type Value = Fields;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("the notice's fields")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Fields, A::Error> {
                let mut out = Fields::default();
                let mut seen = 0u32;
                while let Some(key) = m.next_key::<std::borrow::Cow<'de, str>>()? {
                    let at = FieldName::NAMES.iter().position(|(_, k)| *k == key);
                    let bit = 1u32 << at.unwrap_or(FieldName::NAMES.len());
                    if key == ONLINE || at.is_some() {
                        if seen & bit != 0 {
                            return Err(serde::de::Error::custom("a field repeated"));
                        }
                        seen |= bit;
                    }
                    match at.and_then(|i| FieldName::NAMES.get(i)) {
                        Some((field, _)) => *out.slot_mut(*field) = m.next_value()?,
                        None if key == ONLINE => out.meeting_online = m.next_value()?,
                        None => {
                            m.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(out)
            }
        }
        d.deserialize_map(Keys)
    }
}

/// One line of "Nơi nhận:", without its leading "- " and trailing ";".
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Recipient {
    pub text: String,
    /// What the copy is for, e.g. "để chỉ đạo", "để thực hiện", "để b/c"; `None` if unstated.
    pub purpose: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// A document the notice cites, e.g. "Công văn số 5031/BGDĐT-KHTC ngày 27/10/2017".
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Reference {
    /// The symbol, e.g. "5031/BGDĐT-KHTC".
    pub symbol: String,
    /// The document type as written ("Công văn", "Nghị định", "Chỉ thị" …), if stated.
    #[serde(rename = "type")]
    pub doc_type: Option<String>,
    /// Its issue date, ISO 8601, if stated.
    pub date: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// What a highlighted stretch of the text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SpanKind {
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc".
    Motto,
    /// The issuing body's lines ("UBND THÀNH PHỐ …", "SỞ GIÁO DỤC VÀ ĐÀO TẠO").
    Issuer,
    /// "Số: 397/TB-SGDĐT".
    Number,
    /// "Cần Thơ, ngày 17 tháng 02 năm 2020".
    PlaceDate,
    /// "THÔNG BÁO".
    DocType,
    /// The subject line(s) under the document type.
    Subject,
    /// A paragraph of meeting facts (when, where, who chaired, who attended).
    Meeting,
    /// The sentence that introduces the conclusions ("… kết luận chỉ đạo như sau:").
    Intro,
    /// A section heading at any level.
    Heading,
    /// A part that reports results or shortcomings (not directives).
    Assessment,
    /// A part that gives tasks.
    Tasks,
    /// One directive.
    Directive,
    /// A unit named as responsible.
    Owner,
    /// A phrase that sets a deadline.
    Deadline,
    /// A cited document.
    Reference,
    /// A date anywhere in the text.
    Date,
    /// A person (with title) named in the text.
    Person,
    /// A unit or body named in the text.
    Unit,
    /// The "Nơi nhận:" block.
    Recipients,
    /// One recipient line.
    Recipient,
    /// The signature block.
    Signature,
    /// The closing sentence ("Thông báo này …", "Trên đây là kết luận …").
    Closing,
    /// Web-page junk (navigation, widgets, captions, counters).
    Noise,
}

/// A highlighted stretch of the text.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Span {
    pub kind: SpanKind,
    pub start: usize,
    pub end: usize,
    /// Nesting depth for headings (1 = top), absent for other kinds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
}

/// Who made an annotation: the reader (`auto`) or a person (`user`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Source {
    #[default]
    Auto,
    User,
}

/// An owner's part in a directive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Does it (chủ trì, "Giao X …", the subject of cần / phải …).
    Lead,
    /// Helps (phối hợp).
    Support,
}

/// Why the reader suggested an owner, a deadline or a directive: the rule of the genre that made
/// it (an entry of the catalogue in `shared/genre`) and the words of the notice that triggered
/// it, so that a clerk can check a suggestion. Absent on what a user set.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Why {
    pub rule: Rule,
    /// The words that triggered the rule, as written ("Giao", "phối hợp với", "trước ngày").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<String>,
    /// Where a deadline's missing year, or a relative deadline's start, was taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dated_from: Option<DatedFrom>,
}

/// The rules a suggestion can come from. Owners: `after_request` … `table_column`; deadlines:
/// `day` … `table_time`; directives: `names_owner` … `table_row`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The unit after a request verb: "Giao X", "đề nghị X" (O2).
    AfterRequest,
    /// A link of a chain: "chỉ đạo X yêu cầu Y" (O3).
    Chain,
    /// The subject of a modal or an action verb: "X cần …", "X chủ trì …" (O1).
    Subject,
    /// A topic put first: "Đối với X:" (O20).
    Topic,
    /// The owner of the work: "trách nhiệm của X" (O19).
    Possessor,
    /// An alias defined for a list: "(sau đây gọi chung là X)" (O9).
    Alias,
    /// Inherited from a heading: "1. Giao Phòng X:" (O11).
    Heading,
    /// Inherited from the sentence that opens a list (O10).
    OpeningSentence,
    /// Named once before a run of tasks after a colon (O8).
    InlineList,
    /// After "phối hợp (với)" (R2).
    AfterPhoiHop,
    /// A table's lead or support column (L11), or a line labelled so ("Đơn vị chủ trì: X").
    TableColumn,
    /// A day: "trước ngày 20/11" (D1, D2).
    Day,
    /// A month (D3).
    Month,
    /// A quarter (D4).
    Quarter,
    /// A half-year, a year or a period of months (D5).
    Year,
    /// A school term or year, through the school calendar (D6).
    SchoolCalendar,
    /// Tết, through the table of lunar years (D7).
    Tet,
    /// A week of the notice's date (D13).
    Week,
    /// Counted in days from an event (D12).
    Relative,
    /// Recurring wording, no date (D18).
    Recurring,
    /// Urgent wording, no date (D18).
    Urgent,
    /// The period of the section the item is in (D8).
    SectionPeriod,
    /// A following sentence that states the deadline: "Thời hạn: …" (D10).
    StatedAfter,
    /// A table's time column (L11).
    TableTime,
    /// A sentence that names who must act.
    NamesOwner,
    /// An instruction that opens with its verb: "Tổ chức …", "Rà soát …".
    Imperative,
    /// A modal: "cần", "phải", "tuyệt đối không".
    Modal,
    /// An item of a task part (N15).
    TaskItem,
    /// A sentence that goes on from the directive before it in the same paragraph, with no
    /// subject of its own: "… rà soát các điểm trường lẻ. Đồng thời, báo cáo …" (O13).
    Continuation,
    /// A row of a table (L11).
    TableRow,
    /// A target set with its time, in a list of conclusions: "Đến hết năm 2025, 100% trường
    /// học có camera giám sát." (N11).
    Target,
}

/// The date a deadline's missing year or a relative deadline's start was taken from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatedFrom {
    /// The notice's own date (or, on a news page, its posting date).
    Issued,
    /// The meeting's date.
    Meeting,
}

/// A unit responsible for a directive.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Owner {
    /// The unit's name as written in the notice.
    pub name: String,
    pub role: Role,
    /// True when the owner is inherited from a heading or a section's opening sentence
    /// rather than named in the directive itself; `start..end` then points there.
    #[serde(default)]
    pub implicit: bool,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub source: Source,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<Why>,
}

/// A task marked done by the user.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Done {
    /// The day it was done, `YYYY-MM-DD`.
    pub date: String,
    /// What came of it (*kết quả*), as the user writes it; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A deadline moved by whoever may grant it (*gia hạn*): the new day and why. The deadline's own
/// `due` stays the original day; the task is followed (due soon, overdue, done on time) against
/// this one.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Extension {
    /// The new day, `YYYY-MM-DD`.
    pub due: String,
    /// Why, or the document that grants it ("Công văn 123/SGDĐT-VP"); may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When the user recorded it (UTC), for merging two copies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
}

/// What kind of time a deadline sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineKind {
    /// A day: "trước ngày 15/12/2022".
    Date,
    /// A month: "trong tháng 10/2022" (due on its last day).
    Month,
    /// A quarter: "Quý II/2021", "cuối quý IV năm 2018".
    Quarter,
    /// A calendar year: "hoàn thành trong năm 2017".
    Year,
    /// A school term or school year, through the school calendar: "kết thúc học kỳ I".
    SchoolTerm,
    /// A period of several months: "tháng 10 và các tháng cuối năm 2022".
    Period,
    /// Recurring, no single date: "hằng tháng", "thường xuyên", "định kỳ".
    Recurring,
    /// Urgent, no date: "khẩn trương", "kịp thời", "ngay".
    Urgent,
    /// Counted from an event: "trong thời hạn 15 ngày kể từ ngày ký", "05 ngày làm việc"; due
    /// only when the notice dates the start (its signing or issue).
    Relative,
    /// Set by a user with a date only.
    Custom,
}

/// When a directive is due.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Deadline {
    /// The phrase that sets it, as written.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The day it resolves to (ISO 8601), `None` when the phrase names no date
    /// (recurring, urgent) or cannot be resolved (no year anywhere).
    pub due: Option<String>,
    pub kind: DeadlineKind,
    /// True when the phrase is a section's period inherited by this item.
    #[serde(default)]
    pub inherited: bool,
    #[serde(default)]
    pub source: Source,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<Why>,
}

/// Whether the user has checked a directive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Status {
    /// Found by the reader, not yet checked ("gợi ý").
    #[default]
    Suggested,
    /// Checked and kept ("đã xác nhận").
    Confirmed,
    /// Checked and dropped ("đã loại").
    Rejected,
}

/// One instruction the notice gives.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Directive {
    /// Stable within a document: "d1", "d2", … for the reader's, "u1", … for the user's.
    pub id: String,
    pub start: usize,
    pub end: usize,
    /// The directive's text (the canonical text between `start` and `end`).
    pub text: String,
    pub owners: Vec<Owner>,
    pub deadline: Option<Deadline>,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub source: Source,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<Why>,
    /// The task was done (the user says so): when, and what came of it. Absent while open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Box<Done>>,
    /// The deadline extended (*gia hạn*), the original kept in `deadline.due`. Absent when not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extended: Option<Box<Extension>>,
    /// When the user last changed each part of it, for merging two copies part by part.
    #[serde(default, skip_serializing_if = "Edited::is_empty")]
    pub edited: Edited,
}

/// A part of a directive the user changes on its own: two copies of a notice are merged part by
/// part, the later change of each part winning ([`crate::edit::merge`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Status,
    Owners,
    Deadline,
    Done,
    Extended,
}

crate::named::named!(Part {
    Status => "status",
    Owners => "owners",
    Deadline => "deadline",
    Done => "done",
    Extended => "extended",
});

/// When the user last changed each [`Part`] of a directive: RFC 3339 times in UTC as the browser
/// writes them (`2026-12-02T10:00:00.000Z`), so that they compare as text. A part never changed
/// by the user (or changed before stamps existed) has none. In JSON, an object from the parts'
/// names to their times (`{"done": "…"}`), absent when empty.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Edited(Option<Box<[Option<String>; 5]>>);
// Boxed, and absent until a first stamp: a directive carries five times none for most of its
// life, and the reader makes tens of thousands of directives on a large text.

// Edited's serde by hand, through the parts' table (the derived visitor cost the first visit
// 0.8 KB gzipped); keys other than the parts' names are skipped, for later versions.
impl Serialize for Edited {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        for &(part, key) in Part::NAMES {
            if let Some(at) = self.at(part) {
                map.serialize_entry(key, at)?;
            }
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Edited {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Parts;
        impl<'de> serde::de::Visitor<'de> for Parts {
            type Value = Edited;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("when each part was edited")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Edited, A::Error> {
                let mut out = Edited::default();
                while let Some(key) = m.next_key::<std::borrow::Cow<'de, str>>()? {
                    match Part::NAMES.iter().find(|(_, k)| *k == key) {
                        Some(&(part, _)) => {
                            if let Some(at) = m.next_value::<Option<String>>()? {
                                *out.slot_mut(part) = Some(at);
                            }
                        }
                        None => {
                            m.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(out)
            }
        }
        d.deserialize_map(Parts)
    }
}

impl Edited {
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    /// The stamp of a part.
    pub fn at(&self, part: Part) -> Option<&str> {
        self.0.as_ref()?[part as usize].as_deref()
    }

    /// A part's slot, the stamps made on first need (none is then stamped until the caller
    /// writes it: callers write at once).
    fn slot_mut(&mut self, part: Part) -> &mut Option<String> {
        &mut self.0.get_or_insert_with(Default::default)[part as usize]
    }

    /// Stamps a part with a time.
    pub fn stamp(&mut self, part: Part, at: &str) {
        *self.slot_mut(part) = Some(at.to_string());
    }
}

impl Directive {
    /// The day the task is due: the extended one if it was extended, else its deadline's.
    pub fn due(&self) -> Option<&str> {
        match &self.extended {
            Some(x) => Some(x.due.as_str()),
            None => self.deadline.as_ref().and_then(|dl| dl.due.as_deref()),
        }
    }
}

impl Document {
    /// An empty document of the current format and version.
    pub fn empty() -> Self {
        Document {
            format: FORMAT.to_string(),
            version: VERSION,
            ..Default::default()
        }
    }

    /// The JSON users download (pretty-printed, UTF-8).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// The same JSON on one line (what is stored, and what the web app writes: it indents a
    /// download with the browser's own `JSON.stringify`, so that it does not carry a second
    /// JSON writer; the first visit's size budget).
    pub fn to_compact_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// The text between two code-point offsets (empty when they do not fit the text).
    pub fn slice(&self, start: usize, end: usize) -> String {
        if start >= end {
            return String::new();
        }
        self.text.chars().skip(start).take(end - start).collect()
    }
}

crate::named::named!(SpanKind {
    Motto => "motto",
    Issuer => "issuer",
    Number => "number",
    PlaceDate => "place_date",
    DocType => "doc_type",
    Subject => "subject",
    Meeting => "meeting",
    Intro => "intro",
    Heading => "heading",
    Assessment => "assessment",
    Tasks => "tasks",
    Directive => "directive",
    Owner => "owner",
    Deadline => "deadline",
    Reference => "reference",
    Date => "date",
    Person => "person",
    Unit => "unit",
    Recipients => "recipients",
    Recipient => "recipient",
    Signature => "signature",
    Closing => "closing",
    Noise => "noise",
});

crate::named::named!(Source {
    Auto => "auto",
    User => "user",
});

crate::named::named!(Role {
    Lead => "lead",
    Support => "support",
});

crate::named::named!(Rule {
    AfterRequest => "after_request",
    Chain => "chain",
    Subject => "subject",
    Topic => "topic",
    Possessor => "possessor",
    Alias => "alias",
    Heading => "heading",
    OpeningSentence => "opening_sentence",
    InlineList => "inline_list",
    AfterPhoiHop => "after_phoi_hop",
    TableColumn => "table_column",
    Day => "day",
    Month => "month",
    Quarter => "quarter",
    Year => "year",
    SchoolCalendar => "school_calendar",
    Tet => "tet",
    Week => "week",
    Relative => "relative",
    Recurring => "recurring",
    Urgent => "urgent",
    SectionPeriod => "section_period",
    StatedAfter => "stated_after",
    TableTime => "table_time",
    NamesOwner => "names_owner",
    Imperative => "imperative",
    Modal => "modal",
    TaskItem => "task_item",
    TableRow => "table_row",
    Continuation => "continuation",
    Target => "target",
});

crate::named::named!(DatedFrom {
    Issued => "issued",
    Meeting => "meeting",
});

crate::named::named!(DeadlineKind {
    Date => "date",
    Month => "month",
    Quarter => "quarter",
    Year => "year",
    SchoolTerm => "school_term",
    Period => "period",
    Recurring => "recurring",
    Urgent => "urgent",
    Relative => "relative",
    Custom => "custom",
});

crate::named::named!(Status {
    Suggested => "suggested",
    Confirmed => "confirmed",
    Rejected => "rejected",
});
