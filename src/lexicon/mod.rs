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
/// one bit test; the phrases that do start with a word's first two bytes are grouped on first
/// use ([`Index`]), longest first, so a lookup reads only those and stops at the first (longest)
/// match.
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
    index: OnceLock<Index>,
}

/// A table's phrases grouped by the bucket ([`pair_bit`]) of their first two bytes, longest
/// first in each, each with its first sixteen bytes as two numbers: a look-up reads the few
/// phrases of one bucket and tells most of them apart in one comparison, without a call.
/// (Grouping by the whole first word was tried: finding the word's end and hashing it cost more
/// than it spared, docs/benchmarks.md.)
struct Index {
    /// Bucket `h` holds `entries[starts[h]..starts[h + 1]]`.
    starts: Box<[u32]>,
    entries: Box<[Entry]>,
    /// The phrases of one byte (after them any byte may follow).
    singles: Vec<&'static str>,
}

/// A phrase as a look-up compares it: its first sixteen bytes as two little-endian numbers
/// (zeros past its end) and the masks of the bytes it has there.
struct Entry {
    head: [u64; 2],
    mask: [u64; 2],
    phrase: &'static str,
    /// Whether the phrase ends in a word char (then it must not be followed by one).
    ends_in_word: bool,
}

/// Bytes `from..from + 8` of `bytes` as a little-endian number, zeros past its end.
#[inline(always)]
fn eight(bytes: &[u8], from: usize) -> u64 {
    match bytes.get(from..from + 8) {
        Some(b) => {
            let mut w = [0u8; 8];
            w.copy_from_slice(b);
            u64::from_le_bytes(w)
        }
        None => {
            let mut w = [0u8; 8];
            let rest = bytes.get(from..).unwrap_or(&[]);
            w[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(w)
        }
    }
}

/// The mask of the first `n` bytes (at most eight) of a little-endian number.
const fn mask_of(n: usize) -> u64 {
    if n >= 8 {
        !0
    } else {
        (1u64 << (8 * n)) - 1
    }
}

/// Whether `phrase` ends in a word char, as the reader tells them.
fn ends_in_word(phrase: &str) -> bool {
    phrase
        .chars()
        .next_back()
        .is_some_and(crate::notice::text::is_word_char)
}

impl Index {
    fn new(phrases: &[&'static str]) -> Self {
        let singles = phrases.iter().copied().filter(|p| p.len() == 1).collect();
        // By bucket, longest first (equal phrases would be alike: their order does not matter).
        let mut longer: Vec<&'static str> =
            phrases.iter().copied().filter(|p| p.len() > 1).collect();
        let bucket = |p: &str| match p.as_bytes() {
            [a, b, ..] => pair_bit(*a, *b),
            _ => 0,
        };
        longer.sort_unstable_by_key(|p| (bucket(p), std::cmp::Reverse(p.len())));
        let mut starts = Vec::with_capacity(1025);
        let mut entries = Vec::with_capacity(longer.len());
        for p in longer {
            while starts.len() <= bucket(p) {
                starts.push(entries.len() as u32);
            }
            let b = p.as_bytes();
            entries.push(Entry {
                head: [eight(b, 0), eight(b, 8)],
                mask: [mask_of(b.len()), mask_of(b.len().saturating_sub(8))],
                phrase: p,
                ends_in_word: ends_in_word(p),
            });
        }
        while starts.len() <= 1024 {
            starts.push(entries.len() as u32);
        }
        Index {
            starts: starts.into_boxed_slice(),
            entries: entries.into_boxed_slice(),
            singles,
        }
    }
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
            index: OnceLock::new(),
        }
    }

    /// Whether some phrase starts with this byte.
    #[inline(always)]
    pub fn may_start_with(&self, byte: u8) -> bool {
        self.first[byte as usize / 64] & (1 << (byte % 64)) != 0
    }

    /// Whether some phrase may start with these two bytes (`second` is None at the end of the
    /// text). False only when none does; true may still find no phrase.
    #[inline(always)]
    pub fn may_start_with_pair(&self, first: u8, second: Option<u8>) -> bool {
        if !self.may_start_with(first) {
            return false;
        }
        if self.single[first as usize / 64] & (1 << (first % 64)) != 0 {
            return true;
        }
        let Some(second) = second else {
            return false;
        };
        let h = pair_bit(first, second);
        self.pairs[h / 64] & (1 << (h % 64)) != 0
    }

    /// Whether `rest` may start with a phrase: false when none of its bucket agrees on its
    /// first eight bytes (most look-ups past the pair filter), without reading further.
    #[inline(always)]
    pub fn may_match(&self, rest: &[u8]) -> bool {
        let index = self.index.get_or_init(|| Index::new(self.phrases));
        if let [a, b, ..] = rest {
            let (starts, entries): (&[u32], &[Entry]) = (&index.starts, &index.entries);
            let h = pair_bit(*a, *b);
            let (mut k, to) = (starts[h] as usize, starts[h + 1] as usize);
            let head = eight(rest, 0);
            while k < to {
                if head & entries[k].mask[0] == entries[k].head[0] {
                    return true;
                }
                k += 1;
            }
        }
        rest.first()
            .is_some_and(|&first| self.single[first as usize / 64] & (1 << (first % 64)) != 0)
    }

    /// The longest phrase `rest` starts with that `fits` accepts (the caller's look at what
    /// follows it; it is told whether the phrase ends in a word char), or None.
    #[inline(always)]
    pub fn longest_at(
        &self,
        rest: &[u8],
        mut fits: impl FnMut(&'static str, bool) -> bool,
    ) -> Option<&'static str> {
        let index = self.index.get_or_init(|| Index::new(self.phrases));
        if let [a, b, ..] = rest {
            // (Plain indexing and a counted loop: in the size-optimised build the slice
            // iterators and range indexing would each be a call.)
            let (starts, entries): (&[u32], &[Entry]) = (&index.starts, &index.entries);
            let h = pair_bit(*a, *b);
            let (mut k, to) = (starts[h] as usize, starts[h + 1] as usize);
            let head = [eight(rest, 0), eight(rest, 8)];
            while k < to {
                let e = &entries[k];
                k += 1;
                if head[0] & e.mask[0] != e.head[0] {
                    continue;
                }
                let len = e.phrase.len();
                if len > 8 {
                    if head[1] & e.mask[1] != e.head[1]
                        || len > 16 && rest.get(16..len) != e.phrase.as_bytes().get(16..)
                    {
                        continue;
                    }
                } else if len > rest.len() {
                    continue;
                }
                if fits(e.phrase, e.ends_in_word) {
                    return Some(e.phrase);
                }
            }
        }
        let first = *rest.first()?;
        if self.single[first as usize / 64] & (1 << (first % 64)) == 0 {
            return None;
        }
        let p = *index.singles.iter().find(|p| p.as_bytes() == [first])?;
        fits(p, ends_in_word(p)).then_some(p)
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
            }
        }
    }

    /// The longest phrase of `t` that `rest` starts with and `fits` accepts, read from all of
    /// them: what [`super::Lexicon::longest_at`] answers from its buckets.
    fn longest_plainly(
        t: &super::Lexicon,
        rest: &[u8],
        fits: impl Fn(&str, bool) -> bool,
    ) -> Option<&'static str> {
        let mut all: Vec<&'static str> = t.iter().filter(|p| !p.is_empty()).collect();
        all.sort_by_key(|p| std::cmp::Reverse(p.len()));
        all.into_iter()
            .find(|p| rest.starts_with(p.as_bytes()) && fits(p, super::ends_in_word(p)))
    }

    /// Phrases of every length about the eight- and sixteen-byte steps, prefixes of each other,
    /// one-byte ones, and many sharing their first two bytes.
    static EDGES: super::Lexicon = super::Lexicon::new(&[
        "a",
        "ab",
        "abc",
        "abcdefg",
        "abcdefgh",
        "abcdefghi",
        "abcdefghijklmno",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
        "abcdefghijklmnopqrstuvwxyz",
        "abx",
        "ac",
        "&",
        "đ",
        "đi",
        "đi học",
        "đinh",
        "phòng",
        "phòng gd&đt",
        "phòng giáo dục",
        "phòng giáo dục và đào tạo",
        "ph",
        "x y",
        "xy",
        "",
    ]);

    #[test]
    fn longest_phrase_as_by_reading_them_all() {
        let tables = [
            &EDGES,
            &super::units::HEADS,
            &super::verbs::STRONG_PREDICATES,
            &super::verbs::IMPERATIVE_OPENERS,
            &super::noise::LINE_OPENERS,
            &super::deadlines::ANCHORS,
            &super::structure::PERSON_TITLES,
        ];
        for t in tables {
            let mut texts: Vec<Vec<u8>> = Vec::new();
            for p in t.iter() {
                let b = p.as_bytes();
                for cut in 0..=b.len() {
                    texts.push(b[..cut].to_vec());
                }
                for tail in [
                    &b" x"[..],
                    b"x",
                    b"\0",
                    "ở và".as_bytes(),
                    b"abcdefghijklmnopqrstuvwxyz",
                ] {
                    texts.push([b, tail].concat());
                }
            }
            for text in &texts {
                assert_eq!(
                    t.longest_at(text, |_, _| true),
                    longest_plainly(t, text, |_, _| true),
                    "{:?}",
                    String::from_utf8_lossy(text)
                );
                // What the caller refuses is passed over for the next longest.
                let odd = |p: &str, word: bool| p.len() % 2 == 1 || !word;
                assert_eq!(
                    t.longest_at(text, odd),
                    longest_plainly(t, text, odd),
                    "{:?}",
                    String::from_utf8_lossy(text)
                );
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
