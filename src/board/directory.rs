//! The user's unit directory (*danh bạ đơn vị*): units the automatic key of [`super::units`]
//! does not join, joined by hand ("Tổ Tài vụ" is "Bộ phận Kế toán" in this office), and the name
//! each unit is shown by. The board, its unit filter, its groups and the report per unit all go
//! through it. Kept as JSON in the browser (`ketluan.unit-directory.v1`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Where the browser keeps it (localStorage), as JSON.
pub const STORAGE_KEY: &str = "ketluan.unit-directory.v1";

/// Joined units and chosen names, by unit key ([`super::unit_key`]).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Directory {
    /// A unit's key → the key of the unit it was joined into.
    #[serde(default)]
    pub joined: BTreeMap<String, String>,
    /// A unit's key → the name the user gave it.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
}

impl Directory {
    /// The directory a stored JSON holds (empty when it is missing or damaged: the board then
    /// shows the units as the notices name them).
    pub fn from_json(json: Option<&str>) -> Directory {
        json.and_then(|j| serde_json::from_str(j).ok())
            .unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The key a unit's tasks are grouped under: the unit it was joined into (through any
    /// number of joins; a loop, which `join` never makes, ends where it closes).
    pub fn resolve<'a>(&'a self, key: &'a str) -> &'a str {
        let mut at = key;
        for _ in 0..=self.joined.len() {
            match self.joined.get(at) {
                Some(next) if next != key => at = next,
                _ => break,
            }
        }
        at
    }

    /// The name the user gave a unit, if any.
    pub fn name(&self, key: &str) -> Option<&str> {
        self.names.get(key).map(String::as_str)
    }

    /// Joins unit `from` into unit `into`: their tasks are one unit's, shown by `into`'s name
    /// (`shown`, the name `into` has on the board now, is kept as its name unless it has one).
    /// Units already joined into `from` follow it. Nothing happens when they are one already.
    pub fn join(&mut self, from: &str, into: &str, shown: Option<&str>) {
        let into = self.resolve(into).to_string();
        let from = self.resolve(from).to_string();
        if from == into || from.is_empty() || into.is_empty() {
            return;
        }
        for target in self.joined.values_mut() {
            if *target == from {
                target.clone_from(&into);
            }
        }
        self.names.remove(&from);
        if let Some(shown) = shown.filter(|s| !s.trim().is_empty()) {
            self.names
                .entry(into.clone())
                .or_insert_with(|| shown.trim().to_string());
        }
        self.joined.insert(from, into);
    }

    /// Takes unit `key` out of the unit it was joined into (it is its own again).
    pub fn split(&mut self, key: &str) {
        self.joined.remove(key);
    }

    /// The keys joined into `key`.
    pub fn joined_into(&self, key: &str) -> Vec<&str> {
        self.joined
            .iter()
            .filter(|(_, into)| into.as_str() == key)
            .map(|(k, _)| k.as_str())
            .collect()
    }

    /// Names unit `key` (`None` or blank: as its notices name it most).
    pub fn rename(&mut self, key: &str, name: Option<&str>) {
        let name = name
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|n| !n.is_empty());
        match name {
            Some(n) => {
                self.names.insert(key.to_string(), n);
            }
            None => {
                self.names.remove(key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::{rows_with, unit_key, UnitIndex};
    use crate::library::{Summary, TaskDue};

    fn library() -> Vec<Summary> {
        let task = |id: &str, lead: &str| TaskDue {
            id: id.into(),
            text: format!("Việc {id}"),
            lead: vec![lead.into()],
            due: Some("2026-12-20".into()),
            ..TaskDue::default()
        };
        vec![Summary {
            id: "n1".into(),
            tasks: vec![
                task("d1", "Tổ Tài vụ"),
                task("d2", "Bộ phận Kế toán"),
                task("d3", "Bộ phận kế toán"),
                task("d4", "Văn phòng"),
            ],
            ..Summary::default()
        }]
    }

    #[test]
    fn units_joined_by_hand_are_one_unit_on_the_board_shown_by_the_name_given() {
        let mut dir = Directory::default();
        let (tai_vu, ke_toan) = (unit_key("Tổ Tài vụ"), unit_key("Bộ phận Kế toán"));
        dir.join(&tai_vu, &ke_toan, Some("Bộ phận Kế toán"));
        let rows = rows_with(&library(), "2026-12-01", &dir);
        let index = UnitIndex::with(&rows, &dir);
        assert_eq!(index.units.len(), 2, "{:?}", index.units);
        let joined = index
            .units
            .iter()
            .find(|u| u.key == ke_toan)
            .expect("joined unit");
        assert_eq!((joined.name.as_str(), joined.tasks), ("Bộ phận Kế toán", 3));
        dir.rename(&ke_toan, Some("  Tổ Kế toán -  Tài vụ "));
        let index = UnitIndex::with(&rows, &dir);
        let joined = index.units.iter().find(|u| u.key == ke_toan).expect("unit");
        assert_eq!(joined.name, "Tổ Kế toán - Tài vụ");
        // Split again: two units.
        dir.split(&tai_vu);
        let rows = rows_with(&library(), "2026-12-01", &dir);
        assert_eq!(UnitIndex::with(&rows, &dir).units.len(), 3);
    }

    #[test]
    fn joins_follow_each_other_never_loop_and_survive_json() {
        let mut dir = Directory::default();
        dir.join("a", "b", None);
        dir.join("b", "c", None);
        assert_eq!((dir.resolve("a"), dir.resolve("b")), ("c", "c"));
        dir.join("c", "a", None); // already one unit: nothing
        assert_eq!(dir.resolve("c"), "c");
        assert_eq!(dir.joined_into("c"), vec!["a", "b"]);
        // A loop written by hand in the stored JSON ends where it closes.
        let looped = Directory::from_json(Some(r#"{"joined": {"x": "y", "y": "x"}}"#));
        let _ = looped.resolve("x");
        assert_eq!(Directory::from_json(Some(&dir.to_json())), dir);
        assert_eq!(Directory::from_json(Some("not json")), Directory::default());
        assert_eq!(Directory::from_json(None), Directory::default());
    }
}
