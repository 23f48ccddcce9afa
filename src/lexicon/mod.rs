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
//! - [`tables`]: the column headers of schedule and assignment tables.
//! - [`deadlines`]: deadline cues, recurring and urgency markers.
//! - [`calendar`]: the school calendar (when a term or a school year ends).
//! - [`letters`]: Vietnamese vowels under their tones, to compose decomposed text.

pub mod calendar;
pub mod deadlines;
pub mod letters;
pub mod noise;
pub mod structure;
pub mod tables;
pub mod units;
pub mod verbs;

use std::sync::OnceLock;

/// A table of lowercase phrases, with the first bytes they can start with (computed when the
/// program is compiled), so that looking a table up at a word that no phrase starts with costs
/// one bit test; the phrases that do start with a byte are grouped on first use, longest first,
/// so a lookup reads only those and stops at the first (longest) match.
pub struct Lexicon {
    pub phrases: &'static [&'static str],
    /// The bytes phrases start with, as a 256-bit set.
    first: [u64; 4],
    /// The first bytes of one-byte phrases: after them any byte may follow.
    single: [u64; 4],
    /// The pairs of first and second bytes phrases start with, hashed into a 1024-bit set
    /// ([`pair_bit`]), so that most words that share a first byte with a phrase are let go
    /// without reading the phrases.
    pairs: [u64; 16],
    by_first_byte: OnceLock<Vec<Vec<&'static str>>>,
}

/// Where the pair of a phrase's (or a word's) first two bytes falls in [`Lexicon`]'s pair set.
const fn pair_bit(first: u8, second: u8) -> usize {
    (first as usize * 37 + second as usize) % 1024
}

impl Lexicon {
    pub const fn new(phrases: &'static [&'static str]) -> Self {
        let mut first = [0u64; 4];
        let mut single = [0u64; 4];
        let mut pairs = [0u64; 16];
        let mut i = 0;
        while i < phrases.len() {
            let bytes = phrases[i].as_bytes();
            if !bytes.is_empty() {
                let b = bytes[0] as usize;
                first[b / 64] |= 1 << (b % 64);
                if bytes.len() == 1 {
                    single[b / 64] |= 1 << (b % 64);
                } else {
                    let h = pair_bit(bytes[0], bytes[1]);
                    pairs[h / 64] |= 1 << (h % 64);
                }
            }
            i += 1;
        }
        Lexicon {
            phrases,
            first,
            single,
            pairs,
            by_first_byte: OnceLock::new(),
        }
    }

    /// Whether some phrase starts with this byte.
    #[inline]
    pub fn may_start_with(&self, byte: u8) -> bool {
        self.first[byte as usize / 64] & (1 << (byte % 64)) != 0
    }

    /// Whether some phrase may start with these two bytes (`second` is None at the end of the
    /// text). False only when none does; true may still find no phrase.
    #[inline]
    pub fn may_start_with_pair(&self, first: u8, second: Option<u8>) -> bool {
        if !self.may_start_with(first) {
            return false;
        }
        if self.single[first as usize / 64] & (1 << (first % 64)) != 0 {
            return true;
        }
        second.is_some_and(|second| {
            let h = pair_bit(first, second);
            self.pairs[h / 64] & (1 << (h % 64)) != 0
        })
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

#[cfg(test)]
mod tests {
    #[test]
    fn first_bytes_are_known() {
        let tables = [
            &super::units::HEADS,
            &super::deadlines::ANCHORS,
            &super::structure::PERSON_TITLES,
        ];
        for t in tables {
            for b in 0..=255u8 {
                let starts = t.iter().any(|p| p.as_bytes().first() == Some(&b));
                assert_eq!(t.may_start_with(b), starts, "{b}");
                assert_eq!(t.starting_with(b).is_empty(), !starts, "{b}");
            }
        }
    }

    #[test]
    fn first_pairs_are_known() {
        let tables = [
            &super::units::HEADS,
            &super::deadlines::ANCHORS,
            &super::structure::PERSON_TITLES,
            &super::verbs::CONNECTORS,
        ];
        for t in tables {
            for a in 0..=255u8 {
                // A pair no phrase starts with may still pass (the set is hashed), but every
                // pair some phrase starts with must.
                for b in 0..=255u8 {
                    let starts = t.iter().any(|p| p.as_bytes().starts_with(&[a, b]))
                        || t.iter().any(|p| p.as_bytes() == [a]);
                    if starts {
                        assert!(t.may_start_with_pair(a, Some(b)), "{a} {b}");
                    }
                }
                let single = t.iter().any(|p| p.as_bytes() == [a]);
                assert_eq!(t.may_start_with_pair(a, None), single, "{a}");
                if !t.may_start_with(a) {
                    assert!(!t.may_start_with_pair(a, Some(b'x')), "{a}");
                }
            }
            // The filter lets most words go: of the pairs a phrase could start with, far fewer
            // than all pass.
            let passing = (0..=255u8)
                .flat_map(|a| (0..=255u8).map(move |b| (a, b)))
                .filter(|&(a, b)| t.may_start_with_pair(a, Some(b)))
                .count();
            assert!(passing < 256 * 40, "{passing}");
        }
    }
}
