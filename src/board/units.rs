//! Which spellings name the same unit, so that the board groups a unit's tasks whichever notice
//! wrote them: "Phòng GD&ĐT", "Phòng GDĐT", "phòng Giáo dục và Đào tạo" are one unit.
//!
//! A unit's key is its name folded (case and Vietnamese marks dropped, punctuation a space),
//! with the abbreviations of the trade written out from [`ABBREVIATIONS`]. A plural stays: "các
//! phòng GD&ĐT" (every district office) is not "Phòng GD&ĐT" (one of them, or the office that
//! issued the notice). The name shown for a group is the spelling its tasks use most.

use std::collections::HashMap;

use super::rows::Row;
use crate::library::search::fold_for_search;

/// Abbreviations written out before names are compared: the folded words of the abbreviation,
/// and what they stand for (folded). A domain expert extends this table.
pub const ABBREVIATIONS: &[(&[&str], &str)] = &[
    (&["gd", "dt"], "giao duc va dao tao"),
    (&["gd", "va", "dt"], "giao duc va dao tao"),
    (&["gd-dt"], "giao duc va dao tao"),
    (&["gddt"], "giao duc va dao tao"),
    (&["sgddt"], "so giao duc va dao tao"),
    (&["sgd", "dt"], "so giao duc va dao tao"),
    (&["pgddt"], "phong giao duc va dao tao"),
    (&["pgd", "dt"], "phong giao duc va dao tao"),
    (&["ubnd"], "uy ban nhan dan"),
    (&["hdnd"], "hoi dong nhan dan"),
    (&["thpt"], "trung hoc pho thong"),
    (&["thcs"], "trung hoc co so"),
    (&["gdtx"], "giao duc thuong xuyen"),
    (&["gdnn-gdtx"], "giao duc nghe nghiep giao duc thuong xuyen"),
    (&["cntt"], "cong nghe thong tin"),
    (&["tccb"], "to chuc can bo"),
    (&["kh-tc"], "ke hoach tai chinh"),
    (&["khtc"], "ke hoach tai chinh"),
    (&["gdmn"], "giao duc mam non"),
    (&["gdth"], "giao duc tieu hoc"),
    (&["gdtrh"], "giao duc trung hoc"),
    (&["tdtt"], "the duc the thao"),
    (&["vh", "tt"], "van hoa thong tin"),
    (&["vh-tt"], "van hoa thong tin"),
    (&["tn", "mt"], "tai nguyen va moi truong"),
    (&["tn-mt"], "tai nguyen va moi truong"),
    (&["tc-kh"], "tai chinh ke hoach"),
    (&["ldtbxh"], "lao dong thuong binh va xa hoi"),
    (&["ld-tb", "xh"], "lao dong thuong binh va xa hoi"),
];

/// The key under which a unit's spellings are one unit.
pub fn unit_key(name: &str) -> String {
    let mut folded = String::new();
    fold_for_search(name, &mut folded);
    let words: Vec<&str> = folded
        .split(' ')
        .map(|w| w.trim_matches(['.', '/']))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = String::new();
    let mut i = 0;
    while i < words.len() {
        let expanded = ABBREVIATIONS
            .iter()
            .filter(|(abbr, _)| words[i..].starts_with(abbr))
            .max_by_key(|(abbr, _)| abbr.len());
        let (word, used) = match expanded {
            Some((abbr, full)) => (*full, abbr.len()),
            None => (words[i], 1),
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        i += used;
    }
    out
}

/// A unit's spellings: how often each is used, and when it was first met.
type Spellings<'a> = HashMap<&'a str, (usize, usize)>;

/// One unit of the board: its key, the name shown, and how many tasks it leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub key: String,
    pub name: String,
    pub tasks: usize,
}

/// The units the rows name as leads, each once, by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnitIndex {
    pub units: Vec<Unit>,
}

impl UnitIndex {
    /// The units of `rows` (keyed through the user's directory by [`super::rows_with`]), each
    /// named as the user named it, else by its most used spelling.
    pub fn with(rows: &[Row], directory: &super::Directory) -> UnitIndex {
        let mut index = UnitIndex::of(rows);
        for unit in &mut index.units {
            if let Some(name) = directory.name(&unit.key) {
                unit.name = name.to_string();
            }
        }
        index
    }

    /// The lead units of `rows`, grouped by key; each group named by its most used spelling
    /// (the first met among equals).
    pub fn of(rows: &[Row]) -> UnitIndex {
        // key → (spelling → (count, first seen)), and how many tasks the key leads.
        let mut groups: HashMap<String, (Spellings, usize)> = HashMap::new();
        let mut seen = 0usize;
        for row in rows {
            let mut keys_of_row: Vec<&str> = Vec::new();
            for (name, key) in row.lead.iter().zip(&row.lead_keys) {
                if key.is_empty() {
                    continue;
                }
                let group = groups.entry(key.clone()).or_default();
                let spelling = group.0.entry(name.as_str()).or_insert((0, seen));
                spelling.0 += 1;
                seen += 1;
                if !keys_of_row.contains(&key.as_str()) {
                    group.1 += 1;
                    keys_of_row.push(key);
                }
            }
        }
        let mut units: Vec<Unit> = groups
            .into_iter()
            .map(|(key, (spellings, tasks))| {
                let name = spellings
                    .into_iter()
                    .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
                    .map(|(s, _)| s.to_string())
                    .unwrap_or_default();
                Unit { key, name, tasks }
            })
            .collect();
        units.sort_by(|a, b| a.key.cmp(&b.key));
        UnitIndex { units }
    }

    /// The name shown for the unit of `key`.
    pub fn name_of(&self, key: &str) -> Option<&str> {
        self.units
            .binary_search_by(|u| u.key.as_str().cmp(key))
            .ok()
            .map(|i| self.units[i].name.as_str())
    }
}

/// Whether `row` has the unit of `key` among its leads.
pub fn leads(row: &Row, key: &str) -> bool {
    row.lead_keys.iter().any(|k| k == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_and_marks_do_not_make_another_unit() {
        let k = unit_key("Phòng Giáo dục và Đào tạo");
        assert_eq!(k, "phong giao duc va dao tao");
        for other in [
            "Phòng GD&ĐT",
            "phòng GDĐT",
            "Phòng GD-ĐT",
            "PGDĐT",
            "Phòng GD và ĐT",
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        ] {
            assert_eq!(unit_key(other), k, "{other}");
        }
        assert_eq!(
            unit_key("các trường THCS"),
            unit_key("Các trường trung học cơ sở")
        );
        assert_ne!(
            unit_key("các phòng GD&ĐT"),
            k,
            "every office is not one office"
        );
        assert_eq!(unit_key("UBND các xã"), "uy ban nhan dan cac xa");
        assert_ne!(unit_key("Phòng GD&ĐT"), unit_key("Sở GD&ĐT"));
        assert_eq!(unit_key("Sở GD&ĐT"), unit_key("SGDĐT"));
        assert_eq!(unit_key("  "), "");
    }

    #[test]
    fn a_group_is_named_by_its_most_used_spelling() {
        let row = |lead: &[&str]| Row {
            notice: "n".into(),
            notice_label: String::new(),
            task: String::new(),
            text: String::new(),
            lead: lead.iter().map(|s| s.to_string()).collect(),
            support: Vec::new(),
            due: None,
            was: None,
            done: None,
            note: String::new(),
            standing: super::super::Standing::NotDue,
            days_left: None,
            haystack: String::new(),
            lead_keys: lead.iter().map(|n| unit_key(n)).collect(),
        };
        let rows = [
            row(&["Phòng GD&ĐT"]),
            row(&["Phòng Giáo dục và Đào tạo", "Văn phòng"]),
            row(&["Phòng GD&ĐT", "phòng GDĐT"]),
        ];
        let index = UnitIndex::of(&rows);
        assert_eq!(index.units.len(), 2);
        let key = unit_key("Phòng GD&ĐT");
        assert_eq!(index.name_of(&key), Some("Phòng GD&ĐT"));
        let unit = index.units.iter().find(|u| u.key == key).unwrap();
        assert_eq!(unit.tasks, 3, "a task naming a unit twice counts once");
        assert!(leads(&rows[1], &key));
        assert!(!leads(&rows[0], &unit_key("Văn phòng")));
    }
}
