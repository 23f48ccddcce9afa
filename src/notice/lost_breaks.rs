//! Pastes that lost their line breaks (spacing damage at its worst, catalogue J9; the opposite
//! of J7): a web page whose paragraphs were
//! spans, or a PDF viewer's copy, can give the whole notice as one line — "… năm 2024 THÔNG BÁO
//! Kết luận … như sau: I. KẾT QUẢ … 1. Các trường … 2. Phòng … Nơi nhận: - Như trên; KT. GIÁM
//! ĐỐC PHÓ GIÁM ĐỐC Đỗ Thị Lan". Before the canonical text is made, the breaks the genre's
//! shapes make certain are put back, each in place of the space before it (so the text keeps
//! its length): before a list marker that follows the end of a sentence, a clause or a label;
//! at a run of spaces that stood for a blank line; around the document type; before the
//! recipients, the closing sentence and the signature's authority; between the signature's
//! capitals and the signer's name. A paste with its lines is left alone.
//!
//! Written by hand: where a break goes depends on the genre's markers and words (`lines`,
//! `lexicon::structure`); no library restores a document's lines.

use std::borrow::Cow;

use super::lines;
use crate::lexicon::structure;

/// A paste this long or longer may have lost its breaks; a line this long is one that did.
const MIN_PASTE: usize = 1200;
const LONG_LINE: usize = 1000;

/// `pasted` with its lost line breaks put back; borrowed when it kept its lines.
pub fn with_breaks(pasted: &str) -> Cow<'_, str> {
    if pasted.len() < MIN_PASTE || !lost_its_breaks(pasted) {
        return Cow::Borrowed(pasted);
    }
    let mut out = String::with_capacity(pasted.len());
    for line in pasted.split_inclusive('\n') {
        if line.len() >= LONG_LINE {
            break_line(line, &mut out);
        } else {
            out.push_str(line);
        }
    }
    Cow::Owned(out)
}

/// Whether most of the paste stands on a few long lines: four fifths of its bytes on lines of
/// [`LONG_LINE`] bytes or more (a Word or web paste puts a paragraph on a line, and few are
/// that long).
fn lost_its_breaks(pasted: &str) -> bool {
    let long: usize = pasted
        .split('\n')
        .map(str::len)
        .filter(|&n| n >= LONG_LINE)
        .sum();
    long * 5 >= pasted.len() * 4
}

/// Appends `line` to `out` with a line break in place of each space that stands where the
/// genre breaks a line. (One walk over its bytes; each check looks a few words ahead.)
fn break_line(line: &str, out: &mut String) {
    let bytes = line.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b' ' {
            i += 1;
            continue;
        }
        // A run of spaces: two or more stood for a blank line.
        let run_end = i + bytes[i..].iter().take_while(|&&b| b == b' ').count();
        let rest = &line[run_end..];
        let before = line[..i].trim_end_matches([' ', '\t']);
        // (Not doubled spaces inside a sentence, J9: "hoàn thành  các".)
        let inside_words =
            before.ends_with(char::is_lowercase) && rest.starts_with(char::is_lowercase);
        let blank = run_end - i >= 2 && !before.is_empty() && !inside_words;
        let at = if blank {
            Some((i, run_end.min(i + 2)))
        } else if breaks_before(before, rest) {
            Some((run_end - 1, run_end))
        } else {
            None
        };
        if let Some((a, b)) = at {
            out.push_str(&line[from..a]);
            out.extend(std::iter::repeat_n('\n', b - a));
            from = b;
        }
        i = run_end;
    }
    out.push_str(&line[from..]);
}

/// Whether a line break goes between `before` (the text up to a space, without it) and `rest`
/// (the text after the space).
fn breaks_before(before: &str, rest: &str) -> bool {
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    let ended = matches!(last, '.' | ';' | ':' | '!' | '?' | '…');
    // A list marker after the end of a sentence, a clause or a label: "… như sau: 1. Các
    // trường …", "…; - Tổ chức …", "… ngày 20/11. II. NHIỆM VỤ …".
    if ended && lines::marker(rest).is_some_and(|(m, len)| marker_opens_text(m, &rest[len..])) {
        return true;
    }
    let low_rest = super::text::fold(&rest[..super::text::boundary_before(rest, 40)]);
    // The end matter and the closing sentence: "Nơi nhận:", "Trên đây là …", "KT. GIÁM ĐỐC".
    if structure::LOST_BREAK_OPENERS.iter().any(|w| {
        low_rest.starts_with(w)
            && rest
                .get(..w.len())
                .is_some_and(|r| r.chars().any(char::is_uppercase))
    }) {
        return true;
    }
    // The document type in capitals on a line of its own: "… năm 2024 THÔNG BÁO Kết luận …".
    // (Not inside a run of capitals: "THÔNG BÁO KẾT LUẬN" is one type.)
    let previous = before.rsplit(' ').next().unwrap_or(before);
    let inside_caps =
        previous.chars().any(char::is_alphabetic) && super::text::mostly_upper(previous);
    let doc_type = structure::DOC_TYPES.iter().find(|t| {
        !inside_caps
            && low_rest.starts_with(*t)
            && rest.get(..t.len()).is_some_and(super::text::mostly_upper)
    });
    if doc_type.is_some() {
        return true;
    }
    if structure::DOC_TYPES.iter().any(|t| {
        before.len() >= t.len()
            && before.is_char_boundary(before.len() - t.len())
            && super::text::fold(&before[before.len() - t.len()..]) == *t
            && super::text::mostly_upper(&before[before.len() - t.len()..])
    }) && rest.starts_with(char::is_uppercase)
        && !super::text::mostly_upper(first_word(rest))
    {
        return true;
    }
    // The signer's name after the signature's capitals: "PHÓ GIÁM ĐỐC Đỗ Thị Lan Anh".
    let last_word = before.rsplit(' ').next().unwrap_or(before);
    let caps = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.');
    caps(last_word)
        && before
            .trim_end_matches(last_word)
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(caps)
        && is_titlecase(first_word(rest))
        && rest.split(' ').nth(1).is_some_and(is_titlecase)
}

/// Whether a marker opens text, not a number in a sentence: a capital or a quote after it
/// ("1. Các trường", "- Tổ chức"), or a heading in capitals.
fn marker_opens_text(_: lines::Marker, after: &str) -> bool {
    after
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '“'))
}

fn first_word(text: &str) -> &str {
    text.split([' ', '\t']).next().unwrap_or(text)
}

/// A word with a capital and then lowercase letters only ("Lan", "Đỗ").
fn is_titlecase(word: &str) -> bool {
    let mut cs = word.chars();
    cs.next().is_some_and(char::is_uppercase)
        && cs.clone().count() >= 1
        && cs.all(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn j9_a_paste_that_kept_its_lines_is_borrowed() {
        let t = "THÔNG BÁO\nKết luận\n1. Các trường rà soát.\n".repeat(100);
        assert!(matches!(with_breaks(&t), Cow::Borrowed(_)));
    }

    #[test]
    fn j9_the_breaks_of_a_one_line_paste_are_put_back() {
        let body = "1. Các trường rà soát hồ sơ học sinh, hoàn thành trước ngày 20/11. ".repeat(20);
        let t = format!(
            "Lào Cai, ngày 08 tháng 11 năm 2024 THÔNG BÁO Kết luận của Giám đốc Sở tại hội nghị giao ban. Giám đốc Sở kết luận như sau: {body}Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Đỗ Thị Lan Anh\n"
        );
        let out = with_breaks(&t);
        assert_eq!(out.len(), t.len());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "Lào Cai, ngày 08 tháng 11 năm 2024");
        assert_eq!(lines[1], "THÔNG BÁO");
        assert!(lines[2].starts_with("Kết luận của Giám đốc Sở"));
        assert_eq!(
            lines[3],
            "1. Các trường rà soát hồ sơ học sinh, hoàn thành trước ngày 20/11."
        );
        assert!(lines.contains(&"Nơi nhận:"));
        assert!(lines.contains(&"- Như trên;"));
        assert!(lines.contains(&"KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"));
        assert_eq!(lines.last(), Some(&"Đỗ Thị Lan Anh"));
    }
}
