//! The whole library as one file, to back up and to restore on another computer or after the
//! browser's data was cleared:
//!
//! ```json
//! {"format": "ketluan-library", "version": 1, "notices": [
//!   {"id": "n…", "updated": 1764547200000, "trashed": null, "document": { …a ketluan document… }}
//! ], "unit_directory": {"joined": {…}, "names": {…}}}
//! ```
//!
//! `unit_directory` (optional) is the user's unit directory ([`crate::board::Directory`]); a
//! backup without one restores the notices and leaves the directory as it is.
//!
//! Each `document` is a ketluan document exactly as saved (with the app's `ketluan_app` data),
//! kept byte for byte. Restoring checks the whole file first — its format and version, every
//! id, every document through [`crate::edit::import_json`] — so that nothing is replaced by a
//! file that cannot be restored whole.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::summary::Summary;
use super::valid_id;
use crate::edit::import::{Probe, Version};
use crate::edit::{import_json, ImportError};

/// The `format` of a library backup.
pub const FORMAT: &str = "ketluan-library";
/// The version of the backup file this build writes and reads.
pub const VERSION: u64 = 1;

/// One notice of the library: what the list shows of it, and its saved JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct BackupEntry {
    pub summary: Summary,
    pub json: String,
}

/// Why a backup file cannot be restored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Not JSON, or cut short (the parser's message).
    NotJson(String),
    /// JSON, but not a library backup (the `format` found; `"ketluan"` is one notice).
    WrongFormat(Option<String>),
    /// A backup of a version this build cannot read (`None`: missing or not a whole number).
    WrongVersion(Option<u64>),
    /// The right format, but fields of the wrong shape.
    Malformed(String),
    /// The notice at `index` (from 1) has an id that cannot name a notice, or one already used.
    BadId { index: usize, id: String },
    /// The notice at `index` (from 1) is not a document this build can read.
    Notice { index: usize, why: ImportError },
}

#[derive(Serialize)]
struct Out<'a> {
    format: &'static str,
    version: u64,
    notices: Vec<OutNotice<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit_directory: Option<&'a crate::board::Directory>,
}

#[derive(Serialize)]
struct OutNotice<'a> {
    id: &'a str,
    updated: f64,
    trashed: Option<f64>,
    document: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct In<'a> {
    #[serde(borrow)]
    notices: Vec<InNotice<'a>>,
}

#[derive(Deserialize)]
struct InNotice<'a> {
    id: String,
    #[serde(default)]
    updated: f64,
    #[serde(default)]
    trashed: Option<f64>,
    #[serde(borrow)]
    document: &'a RawValue,
}

/// The backup file of `entries` (their saved JSON kept as it is). An entry whose JSON is not
/// JSON (it never is: the app writes them) is written as a JSON string, so the file stays
/// valid and the restore names it.
pub fn write_backup(entries: &[BackupEntry]) -> String {
    write_backup_with(entries, None)
}

/// [`write_backup`] with the user's unit directory (left out when empty).
pub fn write_backup_with(
    entries: &[BackupEntry],
    directory: Option<&crate::board::Directory>,
) -> String {
    let raws: Vec<Option<Box<RawValue>>> = entries
        .iter()
        .map(|e| {
            RawValue::from_string(e.json.clone()).ok().or_else(|| {
                let quoted = serde_json::to_string(&e.json).ok()?;
                RawValue::from_string(quoted).ok()
            })
        })
        .collect();
    let out = Out {
        format: FORMAT,
        version: VERSION,
        notices: entries
            .iter()
            .zip(&raws)
            .map(|(e, raw)| OutNotice {
                id: &e.summary.id,
                updated: e.summary.updated,
                trashed: e.summary.trashed,
                document: raw.as_deref(),
            })
            .collect(),
        unit_directory: directory.filter(|d| **d != crate::board::Directory::default()),
    };
    serde_json::to_string(&out).unwrap_or_default()
}

/// The unit directory a backup file carries, if it carries one that can be read.
pub fn backup_directory(json: &str) -> Option<crate::board::Directory> {
    #[derive(Deserialize)]
    struct Only {
        #[serde(default)]
        unit_directory: Option<crate::board::Directory>,
    }
    serde_json::from_str::<Only>(json).ok()?.unit_directory
}

/// Reads and checks a whole backup file: every notice, or the first reason it cannot be
/// restored.
pub fn parse_backup(json: &str) -> Result<Vec<BackupEntry>, BackupError> {
    let probe = match serde_json::from_str::<Probe>(json) {
        Ok(p) => p,
        // JSON of another shape (an array, a format that is no string), or not JSON.
        Err(e) => {
            return Err(match serde_json::from_str::<serde::de::IgnoredAny>(json) {
                Ok(_) => BackupError::WrongFormat(None),
                Err(_) => BackupError::NotJson(e.to_string()),
            })
        }
    };
    match probe.format {
        Some(f) if f == FORMAT => {}
        f => return Err(BackupError::WrongFormat(f)),
    }
    let version = match probe.version {
        Some(Version::Number(v)) if v.fract() == 0.0 && v >= 0.0 => Some(v as u64),
        _ => None,
    };
    if version != Some(VERSION) {
        return Err(BackupError::WrongVersion(version));
    }
    let file: In = serde_json::from_str(json).map_err(|e| BackupError::Malformed(e.to_string()))?;
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(file.notices.len());
    for (i, n) in file.notices.into_iter().enumerate() {
        let index = i + 1;
        if !valid_id(&n.id) || !seen.insert(n.id.clone()) {
            return Err(BackupError::BadId { index, id: n.id });
        }
        let text = n.document.get();
        let imported = import_json(text).map_err(|why| BackupError::Notice { index, why })?;
        let updated = if n.updated.is_finite() {
            n.updated
        } else {
            0.0
        };
        let mut summary = Summary::of(&n.id, &imported.doc, updated);
        summary.trashed = n.trashed.filter(|t| t.is_finite());
        out.push(BackupEntry {
            summary,
            json: text.to_string(),
        });
    }
    Ok(out)
}

/// A notice as the browser's database holds it: its id, its saved JSON and its summary.
pub type Stored = (String, String, Summary);

/// The backup file of the notices as stored (`[[id, json, summary], …]` as JSON), newest first.
/// A summary that cannot be read is rebuilt from its document. `None` if `stored` is not such a
/// list (the app always writes one).
pub fn write_stored(stored: &str) -> Option<String> {
    write_stored_with(stored, "")
}

/// [`write_stored`] with the unit directory as the browser keeps it (`directory`: its JSON, ""
/// or unreadable for none).
pub fn write_stored_with(stored: &str, directory: &str) -> Option<String> {
    let stored: Vec<(String, String, Box<RawValue>)> = serde_json::from_str(stored).ok()?;
    let mut entries: Vec<BackupEntry> = stored
        .into_iter()
        .map(|(id, json, summary)| {
            let summary = serde_json::from_str::<Summary>(summary.get())
                .ok()
                .filter(|s| s.id == id)
                .or_else(|| {
                    import_json(&json)
                        .ok()
                        .map(|i| Summary::of(&id, &i.doc, 0.0))
                })
                .unwrap_or(Summary {
                    id,
                    ..Summary::default()
                });
            BackupEntry { summary, json }
        })
        .collect();
    entries.sort_unstable_by(|a, b| Summary::newer_first(&a.summary, &b.summary));
    let directory =
        (!directory.is_empty()).then(|| crate::board::Directory::from_json(Some(directory)));
    Some(write_backup_with(&entries, directory.as_ref()))
}

/// What restoring `file` gives, as JSON for the app: `{"entries": [[id, json, summary], …],
/// "unit_directory": "…"}` (the directory's JSON, when the file has one) when the whole file
/// can be restored, else `{"vi": why, "en": why}`.
pub fn read_to_stored(file: &str) -> String {
    #[derive(Serialize)]
    struct Reply {
        #[serde(skip_serializing_if = "Option::is_none")]
        entries: Option<Vec<Stored>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        unit_directory: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        vi: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        en: Option<String>,
    }
    let reply = match parse_backup(file) {
        Ok(entries) => Reply {
            entries: Some(
                entries
                    .into_iter()
                    .map(|e| (e.summary.id.clone(), e.json, e.summary))
                    .collect(),
            ),
            unit_directory: backup_directory(file).map(|d| d.to_json()),
            vi: None,
            en: None,
        },
        Err(why) => Reply {
            entries: None,
            unit_directory: None,
            vi: Some(why.message_vi()),
            en: Some(why.message_en()),
        },
    };
    serde_json::to_string(&reply).unwrap_or_default()
}

impl BackupError {
    /// Why the backup cannot be restored, and what to do, in Vietnamese.
    pub fn message_vi(&self) -> String {
        match self {
            BackupError::NotJson(at) => format!("tệp sao lưu bị hỏng hoặc bị cắt cụt ({at})."),
            BackupError::WrongFormat(Some(f)) if f == crate::document::FORMAT => "đây là tệp của một văn bản, không phải bản sao lưu thư viện — hãy mở nó bằng “Mở tệp”.".into(),
            BackupError::WrongFormat(_) => "tệp này không phải bản sao lưu thư viện ketluan.".into(),
            BackupError::WrongVersion(Some(v)) if *v > VERSION => format!("bản sao lưu được tạo bởi phiên bản ketluan mới hơn (phiên bản {v}) — hãy cập nhật ketluan (tải lại trang) rồi thử lại."),
            BackupError::WrongVersion(_) => format!("bản sao lưu thiếu số phiên bản hợp lệ (cần \"version\": {VERSION})."),
            BackupError::Malformed(at) => format!("nội dung bản sao lưu không đúng cấu trúc ({at})."),
            BackupError::BadId { index, id } => format!("văn bản thứ {index} có mã “{id}” không hợp lệ hoặc bị trùng."),
            BackupError::Notice { index, why } => format!("văn bản thứ {index} không đọc được: {}", why.message_vi()),
        }
    }

    /// Why the backup cannot be restored, and what to do, in English.
    pub fn message_en(&self) -> String {
        match self {
            BackupError::NotJson(at) => format!("the backup file is damaged or cut short ({at})."),
            BackupError::WrongFormat(Some(f)) if f == crate::document::FORMAT => "this is one notice's file, not a library backup — open it with “Open file”.".into(),
            BackupError::WrongFormat(_) => "this file is not a ketluan library backup.".into(),
            BackupError::WrongVersion(Some(v)) if *v > VERSION => format!("the backup was made by a newer version of ketluan (version {v}) — update ketluan (reload the page) and try again."),
            BackupError::WrongVersion(_) => format!("the backup has no valid version (\"version\": {VERSION} is needed)."),
            BackupError::Malformed(at) => format!("the backup's content has the wrong structure ({at})."),
            BackupError::BadId { index, id } => format!("notice {index} has an id “{id}” that is not valid or is used twice."),
            BackupError::Notice { index, why } => format!("notice {index} cannot be read: {}", why.message_en()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, text: &str) -> BackupEntry {
        let doc = crate::read(text);
        BackupEntry {
            summary: Summary::of(id, &doc, 7.0),
            json: doc.to_json(),
        }
    }

    fn two() -> Vec<BackupEntry> {
        let mut b = entry(
            "n2",
            "THÔNG BÁO\n1. Giao Văn phòng Sở tổng hợp báo cáo trước ngày 20/11/2026.\n",
        );
        b.summary.trashed = Some(9.0);
        vec![
            entry(
                "n1",
                "THÔNG BÁO\n1. Giao Phòng Giáo dục Trung học xây dựng kế hoạch.\n",
            ),
            b,
        ]
    }

    #[test]
    fn a_backup_restores_to_the_same_library() {
        let entries = two();
        let file = write_backup(&entries);
        assert_eq!(parse_backup(&file), Ok(entries));
    }

    #[test]
    fn documents_are_kept_byte_for_byte() {
        let mut entries = two();
        // The app's own data inside a saved document stays as it was.
        entries[0].json =
            entries[0]
                .json
                .replacen('{', "{\"ketluan_app\":{\"rev\":3,\"removed\":[]},", 1);
        let back = parse_backup(&write_backup(&entries)).unwrap_or_default();
        assert_eq!(back[0].json, entries[0].json);
    }

    #[test]
    fn the_unit_directory_goes_in_the_backup_and_comes_back() {
        let mut dir = crate::board::Directory::default();
        dir.join("to tai vu", "bo phan ke toan", Some("Bộ phận Kế toán"));
        let stored = serde_json::to_string(
            &two()
                .into_iter()
                .map(|e| (e.summary.id.clone(), e.json, e.summary))
                .collect::<Vec<_>>(),
        )
        .unwrap_or_default();
        let file = write_stored_with(&stored, &dir.to_json()).unwrap_or_default();
        assert_eq!(backup_directory(&file), Some(dir.clone()));
        assert_eq!(parse_backup(&file).map(|e| e.len()), Ok(2));
        let reply: serde_json::Value =
            serde_json::from_str(&read_to_stored(&file)).unwrap_or_default();
        assert_eq!(
            reply["unit_directory"]
                .as_str()
                .map(|j| crate::board::Directory::from_json(Some(j))),
            Some(dir)
        );
        // No directory, or an empty one: none in the file, none in the reply.
        let plain = write_stored_with(&stored, "").unwrap_or_default();
        assert!(!plain.contains("unit_directory"));
        assert!(!read_to_stored(&plain).contains("unit_directory"));
    }

    #[test]
    fn an_empty_library_is_a_backup_too() {
        assert_eq!(parse_backup(&write_backup(&[])), Ok(Vec::new()));
    }

    #[test]
    fn what_is_not_a_backup_is_refused_and_says_why() {
        assert!(matches!(
            parse_backup("{\"format\":\"ketluan-library\",\"version\":1,\"notices\":[{"),
            Err(BackupError::NotJson(_))
        ));
        let one = two()[0].json.clone();
        let e = parse_backup(&one);
        assert_eq!(e, Err(BackupError::WrongFormat(Some("ketluan".into()))));
        assert!(e.err().is_some_and(|e| e.message_vi().contains("Mở tệp")));
        assert_eq!(
            parse_backup("{\"format\":\"ketluan-library\",\"version\":2,\"notices\":[]}"),
            Err(BackupError::WrongVersion(Some(2)))
        );
        assert_eq!(
            parse_backup("{\"format\":\"ketluan-library\",\"notices\":[]}"),
            Err(BackupError::WrongVersion(None))
        );
        assert!(matches!(
            parse_backup("{\"format\":\"ketluan-library\",\"version\":1,\"notices\":{}}"),
            Err(BackupError::Malformed(_))
        ));
    }

    #[test]
    fn one_bad_notice_refuses_the_whole_file() {
        let file = write_backup(&two());
        // The second document damaged: a version from the future.
        let at = file.rfind("\"version\": 1,").unwrap_or(0);
        let damaged = format!("{}\"version\": 7,{}", &file[..at], &file[at + 13..]);
        assert_ne!(damaged, file);
        match parse_backup(&damaged) {
            Err(BackupError::Notice { index, why }) => {
                assert_eq!(index, 2);
                assert_eq!(why, ImportError::WrongVersion(Some(7)));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn ids_must_be_valid_and_unique() {
        let mut entries = two();
        entries[1].summary.id = "n1".into();
        assert_eq!(
            parse_backup(&write_backup(&entries)),
            Err(BackupError::BadId {
                index: 2,
                id: "n1".into()
            })
        );
        entries[1].summary.id = "a b".into();
        assert!(matches!(
            parse_backup(&write_backup(&entries)),
            Err(BackupError::BadId { index: 2, .. })
        ));
    }

    fn stored(entries: &[BackupEntry]) -> String {
        let triples: Vec<Stored> = entries
            .iter()
            .map(|e| (e.summary.id.clone(), e.json.clone(), e.summary.clone()))
            .collect();
        serde_json::to_string(&triples).unwrap_or_default()
    }

    #[test]
    fn the_stored_library_backs_up_newest_first_and_restores_to_the_same_store() {
        let mut entries = two();
        entries[1].summary.updated = 99.0;
        let file = write_stored(&stored(&entries)).unwrap_or_default();
        let back = parse_backup(&file).unwrap_or_default();
        assert_eq!(back.len(), 2);
        assert_eq!(back[0].summary.id, "n2");
        let reply: serde_json::Value =
            serde_json::from_str(&read_to_stored(&file)).unwrap_or_default();
        let got = reply["entries"].as_array().cloned().unwrap_or_default();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0][0], "n2");
        assert_eq!(got[0][1].as_str(), Some(entries[1].json.as_str()));
        let summary: Summary = serde_json::from_value(got[0][2].clone()).unwrap_or_default();
        assert_eq!(summary, entries[1].summary);
        assert_eq!(reply.get("vi"), None);
    }

    #[test]
    fn a_stored_summary_that_cannot_be_read_is_rebuilt_from_its_notice() {
        let entries = two();
        let triples = serde_json::to_string(&vec![(
            "n1".to_string(),
            entries[0].json.clone(),
            "damaged".to_string(),
        )])
        .unwrap_or_default();
        // (A summary that is a string, not an object, cannot be read: rebuilt.)
        let back = parse_backup(&write_stored(&triples).unwrap_or_default()).unwrap_or_default();
        assert_eq!(back[0].summary.tasks, entries[0].summary.tasks);
        assert_eq!(write_stored("not a list"), None);
    }

    #[test]
    fn a_refused_restore_says_why_in_both_languages() {
        let reply: serde_json::Value =
            serde_json::from_str(&read_to_stored("{\"format\":\"x\"}")).unwrap_or_default();
        assert_eq!(reply.get("entries"), None);
        assert!(reply["vi"]
            .as_str()
            .is_some_and(|m| m.contains("không phải bản sao lưu")));
        assert!(reply["en"]
            .as_str()
            .is_some_and(|m| m.contains("not a ketluan library backup")));
    }

    #[test]
    fn a_document_that_is_not_json_is_named_not_lost() {
        let mut entries = two();
        entries[1].json = "not json".into();
        let file = write_backup(&entries);
        assert!(matches!(
            parse_backup(&file),
            Err(BackupError::Notice { index: 2, .. })
        ));
    }
}
