//! Code points: the [`CpIndex`] that converts the format's code-point offsets to Rust's byte
//! offsets and back, and the char helpers the rest of `edit` shares (counting code points,
//! lowercasing one char to one char).

/// Byte offset of every code point of a text (plus its length at the end), to convert between
/// the code-point offsets of the format and Rust's byte offsets.
#[derive(Debug, Clone)]
pub struct CpIndex {
    bytes: Vec<usize>,
}

impl CpIndex {
    pub fn new(text: &str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        CpIndex { bytes }
    }

    /// Number of code points.
    pub fn len(&self) -> usize {
        self.bytes.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Byte offset of a code-point offset (`None` past the end).
    pub fn byte(&self, cp: usize) -> Option<usize> {
        self.bytes.get(cp).copied()
    }

    /// Code-point offset of a byte offset that starts a code point.
    pub fn cp(&self, byte: usize) -> Option<usize> {
        self.bytes.binary_search(&byte).ok()
    }

    /// The text between two code-point offsets, `None` when they do not fit.
    pub fn slice<'a>(&self, text: &'a str, start: usize, end: usize) -> Option<&'a str> {
        if start > end {
            return None;
        }
        text.get(self.byte(start)?..self.byte(end)?)
    }
}

/// How many code points apart [`CpSteps`] records a byte offset.
const STEP: usize = 32;

/// The same conversions as [`CpIndex`] over a text it keeps, recording the byte offset of one
/// code point in [`STEP`] only (a 32nd of the memory) and counting the rest from there: for the
/// re-reading of large texts, where two full indexes cost more in memory traffic than the
/// counting does.
#[derive(Debug, Clone)]
pub(crate) struct CpSteps<'a> {
    text: &'a str,
    /// The byte offset of code points 0, STEP, 2 * STEP …
    steps: Vec<usize>,
    len: usize,
}

impl<'a> CpSteps<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut steps = Vec::with_capacity(text.len() / STEP + 1);
        let mut len = 0;
        for (b, _) in text.char_indices() {
            if len % STEP == 0 {
                steps.push(b);
            }
            len += 1;
        }
        if len % STEP == 0 {
            steps.push(text.len());
        }
        CpSteps { text, steps, len }
    }

    /// Number of code points.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Byte offset of a code-point offset (`None` past the end).
    pub(crate) fn byte(&self, cp: usize) -> Option<usize> {
        if cp > self.len {
            return None;
        }
        if cp == self.len {
            return Some(self.text.len());
        }
        let from = *self.steps.get(cp / STEP)?;
        let rest = cp % STEP;
        if rest == 0 {
            return Some(from);
        }
        // The `rest`-th byte after `from` that starts a code point (is no continuation byte).
        self.text
            .as_bytes()
            .get(from..)?
            .iter()
            .enumerate()
            .filter(|(_, &b)| (b as i8) >= -0x40)
            .nth(rest)
            .map(|(i, _)| from + i)
    }

    /// Code-point offset of a byte offset that starts a code point (or is the text's length).
    pub(crate) fn cp(&self, byte: usize) -> Option<usize> {
        if byte > self.text.len() || !self.text.is_char_boundary(byte) {
            return None;
        }
        let k = self.steps.partition_point(|&b| b <= byte).checked_sub(1)?;
        let from = *self.steps.get(k)?;
        Some(k * STEP + self.text.get(from..byte)?.chars().count())
    }

    /// The text between two code-point offsets, `None` when they do not fit.
    pub(crate) fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        if start > end {
            return None;
        }
        self.text.get(self.byte(start)?..self.byte(end)?)
    }
}

pub(crate) fn cp_len(s: &str) -> usize {
    s.chars().count()
}

/// One char lowercased to one char (Vietnamese letters all lowercase to a single char; the rare
/// letters that expand are kept as they are so offsets stay aligned). The reader's folding:
/// `str::to_lowercase` would bring the general Unicode case tables into the web app (~2 KB
/// gzipped besides what the reader already needs).
pub(crate) fn lower_char(c: char) -> char {
    crate::notice::text::fold_char(c)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn cp_steps_agree_with_cp_index() {
        let mut text = String::new();
        for i in 0..300 {
            text.push_str(["a", "ạ", "Đ", "𝕏", " "][i % 5]);
            let (full, steps) = (CpIndex::new(&text), CpSteps::new(&text));
            assert_eq!(steps.len(), full.len());
            for cp in 0..full.len() + 2 {
                assert_eq!(steps.byte(cp), full.byte(cp), "{i} {cp}");
                assert_eq!(steps.slice(cp / 2, cp), full.slice(&text, cp / 2, cp));
            }
            for b in 0..text.len() + 2 {
                assert_eq!(steps.cp(b), full.cp(b), "{i} {b}");
            }
        }
        let empty = CpSteps::new("");
        assert_eq!(
            (empty.len(), empty.byte(0), empty.cp(0), empty.byte(1)),
            (0, Some(0), Some(0), None)
        );
    }

    #[test]
    fn cp_index_slices_by_code_points() {
        let idx = CpIndex::new("Sở GD&ĐT");
        assert_eq!(idx.len(), 8);
        assert_eq!(idx.slice("Sở GD&ĐT", 3, 8), Some("GD&ĐT"));
        assert_eq!(idx.slice("Sở GD&ĐT", 3, 9), None);
        assert_eq!(idx.slice("Sở GD&ĐT", 5, 3), None);
        assert_eq!(idx.cp("Sở".len()), Some(2));
    }
}
