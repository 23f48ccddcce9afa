//! A unit's occurrences: where a name the user tagged (or remembered from earlier notices) occurs
//! as a whole word in directives that do not have it as an owner yet, offered as [`Offer`]s; and
//! [`normalize_name`], how names are compared.

use std::collections::HashSet;

use crate::document::{Document, Status};

use super::editor::Offer;
use super::index::lower_char;

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
    let mut keys: HashSet<String> = HashSet::new();
    let names = doc
        .directives
        .iter()
        .flat_map(|d| d.owners.iter().map(|o| o.name.as_str()))
        .chain(remembered.iter().map(String::as_str));
    for n in names {
        let k = normalize_name(n);
        if !k.is_empty() && keys.insert(k) {
            out.push(n.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------

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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::document::Role;
    use crate::edit::test_support::*;
    use crate::edit::Editor;

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

    /// Names kept in first-seen order without duplicates, over many (each was compared with
    /// every name kept before it).
    #[test]
    fn known_units_of_many_owners() {
        let mut doc = reading(TEXT);
        let o = doc.directives[0].owners[0].clone();
        for i in 0..20_000 {
            let mut o = o.clone();
            o.name = format!("Trường  THPT số {}", i % 10_000);
            doc.directives[1].owners.push(o);
        }
        let remembered = vec!["trường thpt SỐ 7".to_string(), "Sở Tài chính".to_string()];
        let units = known_units(&doc, &remembered);
        assert_eq!(units.len(), 2 + 10_000 + 1);
        assert_eq!(units[0], "Phòng Giáo dục Trung học");
        assert_eq!(units[2], "Trường THPT số 1");
        assert_eq!(units[10_001], "Văn phòng");
        assert_eq!(units.last().map(String::as_str), Some("Sở Tài chính"));
    }

    #[test]
    fn occurrences_many_agree_with_occurrences() {
        let doc = reading(TEXT);
        let many = occurrences_many(&doc, &["phòng giáo dục trung học".into(), "x".into()]);
        assert_eq!(many[0], occurrences(&doc, "phòng giáo dục trung học"));
        assert!(many[1].is_empty());
    }
}
