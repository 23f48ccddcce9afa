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
    fn cp_index_slices_by_code_points() {
        let idx = CpIndex::new("Sở GD&ĐT");
        assert_eq!(idx.len(), 8);
        assert_eq!(idx.slice("Sở GD&ĐT", 3, 8), Some("GD&ĐT"));
        assert_eq!(idx.slice("Sở GD&ĐT", 3, 9), None);
        assert_eq!(idx.slice("Sở GD&ĐT", 5, 3), None);
        assert_eq!(idx.cp("Sở".len()), Some(2));
    }
}
