//! The word starts of the folded text being read, found once per read as a bit set (one bit per
//! byte), so that the many lexicon scans over its sentences ([`super::text::first_of_each`]) read
//! their word starts 64 bytes at a time instead of finding them again in every scan (a sentence
//! is scanned by a dozen tables or more: every byte of the text was classified about six times).
//!
//! The set is kept in this thread's storage for the length of a read ([`register`]), for the
//! folded text it was made from: a scan over that very text (same address, same length) uses it,
//! any other text is scanned as before. What is a word start is the same either way (a word byte
//! after a byte that is not one, [`super::text::is_word_byte`]); a property test holds the two
//! scans to the same hits.

use super::text::{is_word_byte, word_bytes};
use std::cell::RefCell;
use std::marker::PhantomData;

/// The word starts of one text, and the text they were found in (its address and length).
struct Starts {
    text: Option<(usize, usize)>,
    bits: Vec<u64>,
}

thread_local! {
    static STARTS: RefCell<Starts> = const {
        RefCell::new(Starts { text: None, bits: Vec::new() })
    };
}

/// While this lives, scans over the text it was made for read the word starts found once. The
/// text stays borrowed meanwhile, so it cannot change under the set.
pub struct Registered<'a> {
    /// False when another read on this thread had registered its text first (a read within a
    /// read): that one keeps the set, and this read scans as before.
    active: bool,
    /// Let the set's memory go when done (a read asked to hold the least memory).
    release: bool,
    text: PhantomData<&'a str>,
}

/// Finds the word starts of `low` and keeps them for scans over it until the result is dropped.
pub fn register(low: &str, release: bool) -> Registered<'_> {
    let active = STARTS
        .try_with(|cell| match cell.try_borrow_mut() {
            Ok(mut s) if s.text.is_none() => {
                find_into(low.as_bytes(), &mut s.bits);
                s.text = Some(key(low));
                true
            }
            _ => false,
        })
        .unwrap_or(false);
    Registered {
        active,
        release,
        text: PhantomData,
    }
}

impl Drop for Registered<'_> {
    fn drop(&mut self) {
        if !self.active {
            return;
        }
        let _ = STARTS.try_with(|cell| {
            if let Ok(mut s) = cell.try_borrow_mut() {
                s.text = None;
                if self.release {
                    s.bits = Vec::new();
                }
            }
        });
    }
}

fn key(text: &str) -> (usize, usize) {
    (text.as_ptr() as usize, text.len())
}

/// `f` over the word starts of `hay` when they were found for it (bit `i % 64` of word `i / 64`
/// for byte `i`), else None.
#[inline]
pub fn with<R>(hay: &str, f: impl FnOnce(&[u64]) -> R) -> Option<R> {
    STARTS
        .try_with(|cell| {
            let s = cell.try_borrow().ok()?;
            (s.text == Some(key(hay))).then(|| f(&s.bits))
        })
        .ok()
        .flatten()
}

/// The word starts of `bytes` into `out` (cleared first), eight bytes at a time.
pub fn find_into(bytes: &[u8], out: &mut Vec<u64>) {
    out.clear();
    out.reserve_exact(bytes.len() / 64 + 1);
    // (Not `text::words`: its adapter is a call per word in the size-optimised build.)
    let chunks = bytes.chunks_exact(8);
    let rest = chunks.remainder();
    let mut prev_word = false;
    let (mut acc, mut k) = (0u64, 0u32);
    for chunk in chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let word = word_bytes(u64::from_le_bytes(w));
        let starts = word & !(word << 8 | u64::from(prev_word) << 7);
        prev_word = word >> 63 != 0;
        // The top bit of each byte gathered into one byte, byte j's at bit j.
        acc |= ((starts >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) << k;
        k += 8;
        if k == 64 {
            out.push(acc);
            (acc, k) = (0, 0);
        }
    }
    for &b in rest {
        let word = is_word_byte(b);
        if word && !prev_word {
            acc |= 1 << k;
        }
        prev_word = word;
        k += 1;
    }
    if k > 0 {
        out.push(acc);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytewise(bytes: &[u8]) -> Vec<usize> {
        (0..bytes.len())
            .filter(|&i| is_word_byte(bytes[i]) && (i == 0 || !is_word_byte(bytes[i - 1])))
            .collect()
    }

    fn listed(bits: &[u64]) -> Vec<usize> {
        (0..bits.len() * 64)
            .filter(|i| bits[i / 64] >> (i % 64) & 1 == 1)
            .collect()
    }

    #[test]
    fn word_starts_agree_with_byte_by_byte() {
        let text = "Phòng GD&ĐT “Trích” – ờ ở 😀 中文 a\u{0301}, 12/3; các  trường.\n".repeat(7);
        let bytes = text.as_bytes();
        for from in 0..80 {
            for len in [0, 1, 7, 8, 9, 63, 64, 65, 127, 128, 129, 300] {
                let Some(part) = bytes.get(from..from + len) else {
                    continue;
                };
                let mut bits = vec![7];
                find_into(part, &mut bits);
                assert_eq!(listed(&bits), bytewise(part), "{from} {len}");
                assert_eq!(bits.len(), len / 64 + usize::from(len % 64 != 0));
            }
        }
    }

    #[test]
    fn registered_for_its_text_only() {
        let low = String::from("các trường thpt, phòng gd&đt");
        let other = low.clone();
        assert!(with(&low, |_| ()).is_none());
        {
            let _r = register(&low, false);
            assert_eq!(with(&low, listed), Some(bytewise(low.as_bytes())));
            assert!(with(&other, |_| ()).is_none());
            assert!(with(&low[..5], |_| ()).is_none());
            // A read within a read keeps the outer one's set.
            let inner = register(&other, true);
            assert!(with(&other, |_| ()).is_none());
            drop(inner);
            assert!(with(&low, |_| ()).is_some());
        }
        assert!(with(&low, |_| ()).is_none());
    }
}
