//! Sentences and clauses inside a paragraph or list item.

use super::text::is_word_char;

/// Abbreviations that end with a dot without ending a sentence ("TP. Hồ Chí Minh", "TS. Nguyễn").
const ABBREVIATIONS: &[&str] = &[
    "tp", "tx", "tl", "kt", "tm", "ts", "ths", "pgs", "gs", "st", "tt", "q", "v.v", "tr", "đ/c",
];

/// Splits `text[from..to]` into sentences at ". ", "; ", "! ", "? " before a capital letter or a
/// digit. Each range includes its closing punctuation.
pub fn sentences(text: &str, low: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = from;
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        match first_stop(&bytes[i..to]) {
            Some(k) => i += k,
            None => break,
        }
        let b = bytes[i];
        if bytes.get(i + 1) == Some(&b' ') {
            let next = text[i + 2..to.max(i + 2)].chars().next();
            if next.is_some_and(|c| {
                c.is_uppercase() || c.is_ascii_digit() || c == '(' || c == '"' || c == '“'
            }) && !(b == b'.' && is_abbreviation(low, from, i))
            {
                out.push((start, i + 1));
                start = i + 2;
                i += 2;
                continue;
            }
        }
        i += 1;
    }
    if start < to {
        let end = to;
        if text[start..end].chars().any(char::is_alphanumeric) {
            out.push((start, end));
        }
    }
    out
}

/// Where the first of ".", ";", "!" and "?" stands in `bytes`: the first three looked for by the
/// memchr crate (many bytes at a time), then "?" (rare) only before what that found.
fn first_stop(bytes: &[u8]) -> Option<usize> {
    let three = memchr::memchr3(b'.', b';', b'!', bytes);
    let before = three.map_or(bytes, |k| &bytes[..k]);
    memchr::memchr(b'?', before).or(three)
}

fn is_abbreviation(low: &str, from: usize, dot: usize) -> bool {
    let word_start = low[from..dot]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c) && c != '/' && c != '.')
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    let word = &low[word_start..dot];
    // An initial ("A. Nguyễn"), not a number ("… giao ban tháng 3. Giám đốc Sở …") nor a
    // term's or a quarter's Roman numeral ("… sơ kết học kỳ I. Giám đốc Sở kết luận:").
    let initial = word.chars().count() == 1
        && word.chars().all(char::is_alphabetic)
        && !(matches!(word, "i" | "v" | "x")
            && ROMAN_AFTER
                .iter()
                .any(|w| low[from..word_start].trim_end().ends_with(w)));
    initial || ABBREVIATIONS.contains(&word)
}

/// Words a Roman numeral follows as a number ("học kỳ I", "quý V", "khóa X"), not as an initial.
const ROMAN_AFTER: &[&str] = &[
    " kỳ", " kì", " quý", " quí", " khóa", " khoá", " đợt", " phần",
];

/// Clause starts in a sentence: its start, and after each ",", ";" or ":" (ASCII, so found by
/// bytes; lazily, as a reader often stops at the first clause).
pub fn clause_starts(text: &str, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes().get(from..to).unwrap_or(&[]);
    std::iter::once(from).chain(
        bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(b, b',' | b';' | b':'))
            .map(move |(i, _)| from + i + 1),
    )
}

/// The end of the clause starting at `at` (the next ",", ";" or ":", or `to`).
pub fn clause_end(text: &str, at: usize, to: usize) -> usize {
    text.as_bytes()
        .get(at..to)
        .and_then(|b| b.iter().position(|b| matches!(b, b',' | b';' | b':')))
        .map_or(to, |i| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::text::fold;

    fn split(t: &str) -> Vec<&str> {
        sentences(t, &fold(t), 0, t.len())
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect()
    }

    #[test]
    fn stops_are_found_as_byte_by_byte() {
        let text = "Một. Hai; ba! Bốn? năm… 1.2 “a”?.;!  x".repeat(3);
        let b = text.as_bytes();
        for from in 0..b.len() {
            for to in from..=b.len() {
                let want = b[from..to]
                    .iter()
                    .position(|b| matches!(b, b'.' | b';' | b'!' | b'?'));
                assert_eq!(first_stop(&b[from..to]), want, "{from}..{to}");
            }
        }
    }

    #[test]
    fn splits_before_capitals_only() {
        assert_eq!(split("Một. Hai; ba. Bốn"), vec!["Một.", "Hai; ba.", "Bốn"]);
        // A term's Roman numeral ends a sentence; an initial does not.
        assert_eq!(
            split("Sơ kết học kỳ I. Giám đốc kết luận"),
            vec!["Sơ kết học kỳ I.", "Giám đốc kết luận"]
        );
        assert_eq!(
            split("Ông A. Nguyễn chủ trì"),
            vec!["Ông A. Nguyễn chủ trì"]
        );
        assert_eq!(
            split("tham gia thi; Tuyệt đối không"),
            vec!["tham gia thi;", "Tuyệt đối không"]
        );
        assert_eq!(
            split("tại TP. Hồ Chí Minh. Xong"),
            vec!["tại TP. Hồ Chí Minh.", "Xong"]
        );
        assert_eq!(
            split("ngày 30/9/2022. Tiếp tục"),
            vec!["ngày 30/9/2022.", "Tiếp tục"]
        );
        // A number before the dot ends a sentence; an initial does not.
        assert_eq!(
            split("giao ban tháng 3. Giám đốc Sở yêu cầu"),
            vec!["giao ban tháng 3.", "Giám đốc Sở yêu cầu"]
        );
        assert_eq!(
            split("ông A. Nguyễn chủ trì"),
            vec!["ông A. Nguyễn chủ trì"]
        );
    }
}
