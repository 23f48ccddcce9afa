//! The tables a domain expert edits. Each file holds one kind of knowledge about the genre, as
//! plain lists of lowercase phrases (matched on whole words, Vietnamese-aware), so that adding a
//! unit name, a verb or a deadline phrase never means touching the reader's code.
//!
//! - [`units`]: heads of unit names (phòng, sở, trung tâm …), abbreviations (GD&ĐT, TCCB …),
//!   person titles that head an owner ("thủ trưởng các đơn vị"), and the speakers who give orders.
//! - [`verbs`]: predicate markers (modals, role markers, action verbs), directing verbs, connectors.
//! - [`structure`]: cues for document parts: motto, document types, meeting facts, assessment and
//!   task headings, closing sentences, recipients, signature authority, reference types.
//! - [`noise`]: web-page junk.
//! - [`deadlines`]: deadline cues, recurring and urgency markers.
//! - [`calendar`]: the school calendar (when a term or a school year ends).
//! - [`letters`]: Vietnamese vowels under their tones, to compose decomposed text.

pub mod calendar;
pub mod deadlines;
pub mod letters;
pub mod noise;
pub mod structure;
pub mod units;
pub mod verbs;

use std::sync::OnceLock;

/// A table of lowercase phrases, with the first bytes they can start with (computed when the
/// program is compiled), so that looking a table up at a word that no phrase starts with costs
/// one array read; the phrases that do start with a byte are grouped on first use, longest first,
/// so a lookup reads only those and stops at the first (longest) match.
pub struct Lexicon {
    pub phrases: &'static [&'static str],
    first: [bool; 256],
    /// The phrases' first two bytes, hashed into 256 bits: most words that start with a
    /// phrase's first byte are told apart by their second without reading the phrases.
    pairs: [u64; 4],
    by_first_byte: OnceLock<Vec<Vec<&'static str>>>,
}

impl Lexicon {
    pub const fn new(phrases: &'static [&'static str]) -> Self {
        let mut first = [false; 256];
        let mut pairs = [0u64; 4];
        let mut i = 0;
        while i < phrases.len() {
            let bytes = phrases[i].as_bytes();
            if !bytes.is_empty() {
                first[bytes[0] as usize] = true;
                // A one-byte phrase may be followed by anything.
                if bytes.len() == 1 {
                    pairs = [u64::MAX; 4];
                } else {
                    let h = pair_hash(bytes[0], bytes[1]);
                    pairs[h / 64] |= 1 << (h % 64);
                }
            }
            i += 1;
        }
        Lexicon {
            phrases,
            first,
            pairs,
            by_first_byte: OnceLock::new(),
        }
    }

    /// Whether some phrase starts with this byte.
    pub fn may_start_with(&self, byte: u8) -> bool {
        self.first[byte as usize]
    }

    /// Whether some phrase may start with these two bytes (false means surely none does).
    pub fn may_start_with_pair(&self, first: u8, second: u8) -> bool {
        let h = pair_hash(first, second);
        self.pairs[h / 64] & (1 << (h % 64)) != 0
    }

    /// The phrases that start with this byte, longest first.
    pub fn starting_with(&self, byte: u8) -> &[&'static str] {
        let groups = self.by_first_byte.get_or_init(|| {
            let mut groups: Vec<Vec<&'static str>> = vec![Vec::new(); 256];
            for p in self.phrases {
                if let Some(&b) = p.as_bytes().first() {
                    // Longest first, by insertion: tables are small, and no sort routine is
                    // carried into the web app for this.
                    let g = &mut groups[b as usize];
                    let at = g.iter().position(|q| q.len() < p.len()).unwrap_or(g.len());
                    g.insert(at, p);
                }
            }
            groups
        });
        groups.get(byte as usize).map_or(&[], Vec::as_slice)
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.phrases.iter().copied()
    }

    pub fn contains(&self, phrase: &str) -> bool {
        self.phrases.contains(&phrase)
    }
}

/// Where a phrase's first two bytes fall in a table's 256-bit pair filter.
const fn pair_hash(first: u8, second: u8) -> usize {
    (first as usize)
        .wrapping_mul(31)
        .wrapping_add(second as usize)
        % 256
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_pair_filter_never_refuses_a_phrase() {
        let tables = [
            &super::units::HEADS,
            &super::deadlines::ANCHORS,
            &super::structure::PERSON_TITLES,
        ];
        for t in tables {
            for p in t.iter() {
                let b = p.as_bytes();
                assert!(
                    t.may_start_with_pair(b[0], b.get(1).copied().unwrap_or(b' ')),
                    "{p}"
                );
            }
        }
        assert!(!super::structure::PERSON_TITLES.may_start_with_pair(b'c', b'h'));
    }
}
