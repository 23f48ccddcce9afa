//! Pastes that lost their line breaks (spacing damage at its worst, catalogue J9; the opposite
//! of J7): a web page whose paragraphs were spans, or a PDF viewer's copy, can give the whole
//! notice as one line — "… năm 2024 THÔNG BÁO
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
const MIN_PASTE: usize = 800;
const LONG_LINE: usize = 800;

/// The marks that open a signature's authority, as written ("KT. GIÁM ĐỐC", "T/M BAN THƯỜNG VỤ").
const AUTHORITY_MARKS: [&str; 4] = ["KT.", "TL.", "TM.", "T/M"];

/// `pasted` with its lost line breaks put back; borrowed when it kept its lines.
pub fn with_breaks(pasted: &str) -> Cow<'_, str> {
    let breaks = breaks(pasted);
    if breaks.is_empty() {
        return Cow::Borrowed(pasted);
    }
    let mut out = String::with_capacity(pasted.len());
    let mut from = 0;
    for at in breaks {
        out.push_str(&pasted[from..at]);
        out.push('\n');
        from = at + 1;
    }
    out.push_str(&pasted[from..]);
    Cow::Owned(out)
}

/// The same, in place: a text the reader owns gets its breaks without a second copy of it (a
/// space becomes a line break, so the text keeps its length).
pub fn put_back(pasted: &mut String) {
    for at in breaks(pasted) {
        pasted.replace_range(at..at + 1, "\n");
    }
}

/// Where the spaces that become line breaks stand, in order (none when the paste kept its lines).
fn breaks(pasted: &str) -> Vec<usize> {
    let mut out = Vec::new();
    if pasted.len() < MIN_PASTE || !lost_its_breaks(pasted) {
        return out;
    }
    let mut offset = 0;
    for line in pasted.split_inclusive('\n') {
        if line.len() >= LONG_LINE {
            break_line(line, offset, &mut out);
        }
        offset += line.len();
    }
    out
}

/// Whether most of the paste stands on a few long lines: four fifths of its bytes on lines of
/// [`LONG_LINE`] bytes or more (a Word or web paste puts a paragraph on a line, and few are
/// that long).
fn lost_its_breaks(pasted: &str) -> bool {
    // (Most pastes are let go early: once a fifth of the bytes stood on short lines.)
    let limit = pasted.len() / 5;
    let mut short = 0;
    let mut from = 0;
    for nl in memchr::memchr_iter(b'\n', pasted.as_bytes()).chain([pasted.len()]) {
        let len = nl - from;
        from = nl + 1;
        if len < LONG_LINE {
            short += len + 1;
            if short > limit {
                return false;
            }
        }
    }
    true
}

/// Adds to `out` where, in `line` (at `offset` in the paste), a space stands where the genre
/// breaks a line. (One walk over its bytes; each check looks a few words ahead.)
fn break_line(line: &str, offset: usize, out: &mut Vec<usize>) {
    let bytes = line.as_bytes();
    // Where the line's tabs stand, found once: whether the stretch before a space or after it
    // holds one is then a look-up, not a search (a long line stays linear).
    let tabs: Vec<usize> = memchr::memchr_iter(b'\t', bytes).collect();
    let tab_in = |a: usize, b: usize| {
        let k = tabs.partition_point(|&t| t < a);
        tabs.get(k).is_some_and(|&t| t < b)
    };
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
        if blank {
            out.extend([offset + i, offset + i + 1]);
            from = i + 2;
        } else if breaks_before(
            before,
            rest,
            &line[from..i],
            (tab_in(from, i), tab_in(run_end, bytes.len())),
        ) {
            out.push(offset + run_end - 1);
            from = run_end;
        }
        i = run_end;
    }
}

/// Whether a line break goes between `before` (the text up to a space, without it) and `rest`
/// (the text after the space); `current` is the line put back so far (from the last break);
/// `tabs` whether `current` and `rest` hold a tab.
fn breaks_before(before: &str, rest: &str, current: &str, tabs: (bool, bool)) -> bool {
    // (Most spaces stand before a word in lowercase, where no line starts: let go at once.)
    if rest.starts_with(char::is_lowercase) {
        return false;
    }
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    let ended = matches!(last, '.' | ';' | ':' | '!' | '?' | '…');
    // A list marker after the end of a sentence, a clause or a label ("… như sau: 1. Các
    // trường …", "…; - Tổ chức …", "… ngày 20/11. II. NHIỆM VỤ …"), after a heading in
    // capitals ("I. KẾT QUẢ … NĂM 2024 1. Kết quả nổi bật"), or after a short numbered heading
    // ("1. Công tác chuyên môn - Thầy …").
    // (Not the dash inside a name: "phòng Kế hoạch - Tài chính".)
    let opens = || {
        lines::marker(rest).is_some_and(|(m, len)| marker_opens_text(m, &rest[len..]))
            && !dash_joins_a_name(before, rest)
    };
    let current = current.trim_start_matches(['\n', ' ']);
    let short_heading = current.len() <= 80
        && lines::marker(current)
            .is_some_and(|(_, len)| !current[len..].contains(['.', ';', ':', ',']));
    if (ended || ends_in_capitals(without_number(before)) || short_heading) && opens() {
        return true;
    }
    // A table's rows joined by spaces, their cells by tabs: "… Tài chính 2\t18/11\t…".
    // (A row's number is a few bytes: only those are looked at for its tab.)
    let numbered = || {
        rest.bytes()
            .take(8)
            .position(|b| b == b'\t')
            .is_some_and(|k| super::cell_lines::is_row_number(&rest[..k]))
    };
    if tabs.0 && tabs.1 && numbered() {
        return true;
    }
    // (Bold markers glued to the end matter: "**TL. GIÁM ĐỐC …**".)
    let rest = rest.trim_start_matches('*');
    let low_rest = super::text::fold(&rest[..super::text::boundary_before(rest, 40)]);
    // The motto's lines, each on its own ("… Số: 41/TB-THPTHC CỘNG HÒA XÃ HỘI … VIỆT NAM Độc
    // lập - Tự do - Hạnh phúc Hải Dương, ngày …").
    let motto_ends_before = structure::MOTTO
        .iter()
        .any(|m| ends_with_folded(before, m).is_some());
    if motto_ends_before
        || structure::MOTTO.iter().any(|m| low_rest.starts_with(m))
            && rest.starts_with(char::is_uppercase)
    {
        return true;
    }
    // The party form of the number ("… HUYỆN ỦY THANH LỤC * Số 312-TB/HU …"), the signature's
    // "(đã ký)" and a rule ("-----", "_____") stand on lines of their own.
    let number = rest
        .strip_prefix("Số ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let signed = |t: &str| t.starts_with("(đã ký") || t.starts_with("(ký");
    let rule = |w: &str| w.len() >= 3 && w.chars().all(|c| matches!(c, '-' | '_' | '=' | '*'));
    if number
        || signed(&low_rest)
        || before.ends_with(')')
            && before
                .rfind('(')
                .is_some_and(|k| signed(&super::text::fold(&before[k..])))
        || rule(first_word(rest))
        || rule(before.rsplit(' ').next().unwrap_or(""))
    {
        return true;
    }
    // A news page's concluding speech opens a paragraph: "… Ảnh: Hồng Nhung Phát biểu kết
    // luận, đồng chí …" (the caption's credit before it is then a line of its own).
    if rest.starts_with(char::is_uppercase)
        && super::text::table_at(&low_rest, 0, &structure::CONCLUDING_CUES)
            .is_some_and(|c| low_rest[c.len()..].starts_with([',', ' ']))
    {
        return true;
    }
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
    if structure::DOC_TYPES
        .iter()
        .any(|t| ends_with_folded(before, t).is_some_and(super::text::mostly_upper))
        && rest.starts_with(char::is_uppercase)
        && !super::text::mostly_upper(first_word(rest))
    {
        return true;
    }
    // The meeting's paragraph after the subject: "… tháng 10 năm 2022 Ngày 06/10/2022, tại …",
    // "… NĂM 2024 Vào hồi 14 giờ …" (after a year, a heading in capitals or a full stop).
    let ends_a_heading =
        last.is_ascii_digit() || matches!(last, '.' | ':') || ends_in_capitals(before);
    if ends_a_heading && rest.starts_with(char::is_uppercase) {
        if let Some(w) = super::text::table_at(&low_rest, 0, &structure::MEETING_OPENERS) {
            let after = low_rest[w.len()..].trim_start();
            let after = after.strip_prefix("ngày").unwrap_or(after).trim_start();
            let after = after.strip_prefix("hồi").unwrap_or(after).trim_start();
            if after.starts_with(|c: char| c.is_ascii_digit()) {
                return true;
            }
        }
    }
    // A signature's position after its authority: "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "TL. GIÁM ĐỐC
    // CHÁNH VĂN PHÒNG".
    // (Not right after the authority's own marker: "KT. CHÁNH VĂN PHÒNG".)
    let after_marker = AUTHORITY_MARKS.iter().any(|m| before.ends_with(m));
    if in_signature(before)
        && !after_marker
        && ["PHÓ ", "CHÁNH "].iter().any(|p| rest.starts_with(p))
    {
        return true;
    }
    // A word in title case after capitals: the signer's name ("PHÓ GIÁM ĐỐC Đỗ Thị Lan Anh"),
    // or a heading's first sentence ("II. NHIỆM VỤ TRỌNG TÂM THÁNG 11 Giám đốc Sở yêu cầu …").
    ends_in_capitals(without_number(before)) && is_titlecase(first_word(rest))
}

/// Whether `before` ends with two words in capitals, one with a letter outside ASCII ("GIÁM
/// ĐỐC"): a heading or a signature, not an acronyms' run ("PTDTNT THCS") nor a year.
fn ends_in_capitals(before: &str) -> bool {
    let before = before.trim_end_matches('*');
    let mut words = before.rsplit(' ');
    let caps = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.');
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    // ("THÁNG 10 NĂM": a number among the capitals.)
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == '/');
    caps(a) && (caps(b) || number(b)) && a.chars().chain(b.chars()).any(|c| !c.is_ascii())
}

/// Whether the dash opening `rest` joins the two halves of a name (`units::DASH_JOINED_NAMES`:
/// "Kế hoạch - Tài chính").
fn dash_joins_a_name(before: &str, rest: &str) -> bool {
    let Some(after) = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("– ")) else {
        return false;
    };
    let tail = super::text::fold(
        &before[super::text::boundary_before(before, before.len().saturating_sub(40))..],
    );
    let head = &after[..super::text::boundary_before(after, 40)];
    super::hard_wraps::dash_goes_on(&tail, head, &super::text::fold(head))
}

/// `before` without a last word that has no letter ("… NĂM 2024" → "… NĂM").
fn without_number(before: &str) -> &str {
    match before.rsplit_once(' ') {
        Some((head, last)) if !last.chars().any(char::is_alphabetic) => head,
        _ => before,
    }
}

/// Whether `before` ends inside a signature's capitals that began with its authority ("KT.",
/// "TL.", "TM.", "T/M"), within its last few words.
fn in_signature(before: &str) -> bool {
    let tail = &before[super::text::boundary_before(before, before.len().saturating_sub(60))..];
    let Some(at) = AUTHORITY_MARKS.iter().filter_map(|m| tail.rfind(m)).max() else {
        return false;
    };
    tail[at..]
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '/' | '*'))
}

/// The end of `before` that folds to `phrase` (a lexicon phrase, folded), as written.
fn ends_with_folded<'a>(before: &'a str, phrase: &str) -> Option<&'a str> {
    let at = before.len().checked_sub(phrase.len())?;
    let tail = before.get(at..)?;
    (super::text::fold(tail) == phrase).then_some(tail)
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
        assert!(lines.contains(&"KT. GIÁM ĐỐC"));
        assert!(lines.contains(&"PHÓ GIÁM ĐỐC"));
        assert_eq!(lines.last(), Some(&"Đỗ Thị Lan Anh"));
    }
}
