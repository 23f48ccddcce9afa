//! How a copy laid its lines out. Text hard-wrapped at a fixed width (catalogue J7): a PDF
//! viewer or a mail client breaks every line of a paragraph near the same width, wherever a word
//! falls, so a wrapped line may end before a capitalised word ("… phối hợp với" / "Công an tỉnh
//! kiểm tra …", "Trường Tiểu học Khe" / "Mạ"). The lowercase rule of `canonical` joins the other wraps; this module tells when
//! the text is wrapped at all, at what width, and whether a break before a capital is a wrap.
//!
//! A text is wrapped when many of its lines are long, near the same width, and stop inside a
//! sentence: a Word or web paste keeps each paragraph on one line, and its few lines that stop
//! without punctuation (titles, headers) are short or rare. A copy is double-spaced when a blank
//! line follows nearly every line (J9). Only the first lines are measured.

use super::text::{boundary_before, ends_with_phrase, mostly_upper, table_at};
use crate::lexicon::structure;

/// How much of the paste is measured to find the width (the rest is wrapped the same way).
const MEASURED_BYTES: usize = 8 * 1024;
/// At most this many lines are measured.
const MEASURED_LINES: usize = 200;
/// A wrapped paragraph's lines are no longer than this (in characters); longer lines are a
/// paragraph each.
const MAX_WIDTH: usize = 150;
/// Nor shorter than this.
const MIN_WIDTH: usize = 40;

/// The width the text is wrapped at, in characters, if it is wrapped: the length most long lines
/// reach (the 95th percentile of the lines' lengths), when at least a quarter of the lines reach
/// three quarters of it and stop inside a sentence (on a letter, a digit, a comma or a dash).
pub fn width(pasted: &str) -> Option<usize> {
    let head = &pasted[..boundary_before(pasted, MEASURED_BYTES)];
    // (One walk over the bytes of the first lines: this runs on every paste, wrapped or not.)
    let mut lengths: Vec<(usize, bool)> = Vec::new();
    for line in head.split('\n').take(MEASURED_LINES) {
        let line = line.trim_matches([' ', '\r']);
        if line.is_empty() || is_row(line) {
            continue;
        }
        lengths.push((letters(line), stops_inside_a_sentence(line)));
    }
    if lengths.len() < 10 {
        return None;
    }
    lengths.sort_unstable();
    let width = lengths[(lengths.len() - 1) * 95 / 100].0;
    if !(MIN_WIDTH..=MAX_WIDTH).contains(&width) {
        return None;
    }
    let wrapped = lengths
        .iter()
        .filter(|&&(n, open)| open && n * 4 >= width * 3)
        .count();
    (wrapped * 4 >= lengths.len()).then_some(width)
}

/// Whether the paste is double-spaced: a blank line after nearly every line, as some PDF
/// viewers and web pages copy it ("… phối hợp với" / "" / "Phòng Tài chính - Kế hoạch …"). A
/// single blank line then parts no paragraphs; nine in ten of the first lines, at least ten of
/// them, must be followed by one.
pub fn double_spaced(pasted: &str) -> bool {
    let head = &pasted[..boundary_before(pasted, MEASURED_BYTES)];
    let (mut lines, mut followed) = (0, 0);
    let mut previous_blank = true;
    let mut previous_counted = false;
    for line in head.split('\n').take(MEASURED_LINES) {
        let blank = line.trim_matches([' ', '\r', '\t']).is_empty();
        if blank && !previous_blank && previous_counted {
            followed += 1;
        }
        if !blank {
            lines += 1;
        }
        previous_counted = !blank;
        previous_blank = blank;
    }
    lines >= 10 && followed * 10 >= lines * 9
}

/// What a wrap needs to know of a line, as the next line and then as the last one written, read
/// once: its length in characters, how it ends and opens, whether it is in capitals (a heading or
/// a header line), a table's row, a list item or a page's junk, and its folded ends.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LineShape {
    /// Its first words, folded (a few dozen bytes): for the openers looked up at its start.
    head: String,
    /// Its last words, folded (a few dozen bytes): for a dash-joined name or a range of years
    /// broken before its dash.
    tail: String,
    chars: usize,
    open: bool,
    /// Whether it ends with ";" or ":": a clause of a run or a label ends there, and the wrap
    /// may fall after it.
    semicolon: bool,
    /// Whether it ends with a full stop: a sentence of the paragraph may end with the line.
    stop: bool,
    upper: bool,
    /// Whether it is a table's row (L11): rows are not wrapped paragraphs.
    row: bool,
    /// Whether it opens a list item.
    marker: bool,
    /// Whether it is a web page's junk (a menu, a caption with its credit, J1, J3): no
    /// paragraph goes on from it.
    junk: bool,
}

impl LineShape {
    pub fn of(line: &str) -> Self {
        let line = line.trim_end();
        let low = super::text::fold(line);
        let marker = super::lines::marker(line).is_some();
        LineShape {
            head: low[..boundary_before(&low, 64)].to_string(),
            tail: low[boundary_before(&low, low.len().saturating_sub(48))..].to_string(),
            chars: letters(line),
            open: stops_inside_a_sentence(line),
            semicolon: line.ends_with([';', ':']),
            // (A one-line list item is whole: "- Hiệu trưởng các trường THPT." under
            // "Kính gửi:" does not go on with the paragraph after it.)
            stop: line.ends_with('.') && !line.ends_with("./.") && !marker,
            upper: mostly_upper(line),
            row: is_row(line),
            marker,
            junk: super::lines::is_noise(line, &low),
        }
    }
}

/// Whether the line break between `last` (the last line written, right before: no blank line
/// between) and `next` (whose shape is `shape`) is a wrap of a text wrapped at `width`: `last` is
/// long and stops inside a sentence (or on the ";" of a clause or the ":" of a label, before a
/// word in lowercase; or on a full stop, before the paragraph's next sentence), the first word of
/// `next` would not have fitted on it, and `next` opens no list item and no heading in capitals.
pub fn is_wrap(last: &LineShape, next: &str, shape: &LineShape, width: usize) -> bool {
    let lowercase = next.starts_with(char::is_lowercase);
    // "Phòng Tài chính" / "- Kế hoạch huyện", "năm học 2022" / "- 2023": the wrap fell before
    // the dash of a name or a range, which then looks like a bullet.
    let rest = |dash: &str| next.strip_prefix(dash).zip(shape.head.strip_prefix(dash));
    if let Some((rest, rest_low)) = rest("- ").or_else(|| rest("– ")) {
        return last.open
            && !last.upper
            && !last.junk
            && last.chars * 10 >= width * 8
            && dash_goes_on(&last.tail, rest, rest_low);
    }
    if !(last.open || last.semicolon && lowercase || last.stop)
        || last.upper
        || last.row
        || last.junk
        || shape.row
    {
        return false;
    }
    // ("(qua Phòng Giáo dục Trung học) trước ngày …": a bracket opens a wrapped line too.)
    let opens_words =
        next.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '(' | '"' | '“'));
    if !opens_words || shape.marker || shape.upper {
        return false;
    }
    // A page's date line under a headline ("Cập nhật: 29/11/2021") and a dated sentence in
    // capitals ("Ngày 26/11, Sở …", "Sáng 21/8, …") start afresh: inside a sentence those
    // words are in lowercase.
    let low = &shape.head;
    if !lowercase && (shape.junk || table_at(low, 0, &structure::MEETING_OPENERS).is_some()) {
        return false;
    }
    // A capital that opens a sentence after a line left open: that line was a heading or a
    // subject ("V/v triển khai …" / "Kính gửi: …") — unless it ended on a unit's head, whose
    // name goes on in capitals ("… giao Phòng" / "Tổ chức cán bộ rà soát …").
    if last.open && !lowercase && opens_a_sentence(low) && !ends_on_a_head(&last.tail) {
        return false;
    }
    // After a full stop, the paragraph goes on only with a sentence of its own: not with what
    // ends the notice ("Trên đây là …", "Nơi nhận:", "KT. GIÁM ĐỐC").
    if last.stop
        && (lowercase
            || table_at(low, 0, &structure::CLOSING_OPENERS).is_some()
            || table_at(low, 0, &structure::RECIPIENTS_HEADINGS).is_some()
            || table_at(low, 0, &structure::SIGNER_AUTHORITIES).is_some())
    {
        return false;
    }
    let n = last.chars;
    let word = next.split(' ').next().map_or(0, |w| w.chars().count());
    // (A proportional font fits more narrow letters on one line than wide ones: the width is
    // met within a tenth.)
    n * 10 >= width * 7 && (n + 1 + word) * 10 > width * 9
}

/// Whether `low` (a folded line) opens with a word that opens sentences: a basis or a purpose,
/// a time cue, a topic, or `structure::SENTENCE_OPENERS`. (Not a verb: a name goes on in
/// capitals with one, "Trường THCS Tân" / "Lập", "Phòng Khảo thí và" / "Quản lý chất lượng".)
pub(crate) fn opens_a_sentence(low: &str) -> bool {
    use crate::lexicon::{deadlines, verbs};
    [
        &structure::SENTENCE_OPENERS,
        &verbs::BASIS,
        &verbs::PURPOSE,
        &verbs::TOPIC_OPENERS,
        &deadlines::CUES,
    ]
    .iter()
    .any(|table| table_at(low, 0, table).is_some())
}

/// Whether the folded `tail` of a line ends on a unit's head ("… giao Phòng", "… Trung tâm").
pub(super) fn ends_on_a_head(tail: &str) -> bool {
    crate::lexicon::units::HEADS
        .iter()
        .any(|head| ends_with_phrase(tail, tail.len(), head))
}

/// Whether the dash opening the line after `tail` (the folded end of a line) joins a range of
/// years ("2022" / "- 2023") or a name (`units::DASH_JOINED_NAMES`) broken before it: `rest` is
/// what follows the dash, `rest_low` the start of it folded.
pub(super) fn dash_goes_on(tail: &str, rest: &str, rest_low: &str) -> bool {
    let year = |s: &[u8]| s.len() == 4 && s.iter().all(u8::is_ascii_digit);
    let (t, r) = (tail.as_bytes(), rest.as_bytes());
    if t.len() >= 4 && year(&t[t.len() - 4..]) && r.len() >= 4 && year(&r[..4]) {
        return true;
    }
    crate::lexicon::units::DASH_JOINED_NAMES.iter().any(|name| {
        name.split_once(" - ").is_some_and(|(first, second)| {
            ends_with_phrase(tail, tail.len(), first) && super::text::phrase_at(rest_low, 0, second)
        })
    })
}

/// Whether a line is a table's row: its cells are split by tabs, or joined by " | " (L11).
fn is_row(line: &str) -> bool {
    memchr::memchr2(b'\t', b'|', line.as_bytes()).is_some()
        && (line.contains('\t') || line.contains(super::canonical::TABLE_SEPARATOR))
}

/// The length of a line as it is seen: its characters but the combining marks of decomposed
/// text (E1: "a" + U+0301 is one letter; the width is measured before the text is composed).
fn letters(line: &str) -> usize {
    // Counted on the bytes: every char but a continuation byte's, and but the combining marks,
    // whose lead byte is 0xCC or 0xCD (U+0300 to U+037F).
    line.bytes()
        .filter(|&b| !(0x80..0xC0).contains(&b) && b != 0xCC && b != 0xCD)
        .count()
}

/// Whether a line stops inside a sentence: on a letter, a digit, a comma or a dash.
fn stops_inside_a_sentence(line: &str) -> bool {
    line.chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '-' | '–'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paragraph wrapped at about 60 characters, as a PDF viewer copies it.
    const WRAPPED: &str = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/TB-SGDĐT\nTHÔNG BÁO\n1. Giao Phòng Tổ chức cán bộ chủ trì, phối hợp với\nPhòng Kế hoạch - Tài chính rà soát nhu cầu tuyển dụng giáo\nviên các trường THPT, báo cáo Giám đốc Sở trước ngày\n20/11/2024.\n2. Các trường phối hợp với Công an xã, phường nơi trường\nđóng bảo đảm an ninh trật tự, an toàn giao thông khu vực\ncổng trường; Trường Tiểu học Khe\nMạ sửa chữa hàng rào trước ngày 30/11/2024.\n3. Văn phòng Sở theo dõi.";

    #[test]
    fn j7_a_text_wrapped_at_a_width_is_told_from_a_word_paste() {
        let w = width(WRAPPED).expect("wrapped");
        assert!((55..=62).contains(&w), "{w}");
        let word = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/TB-SGDĐT\nTHÔNG BÁO\nKết luận của Giám đốc Sở tại hội nghị giao ban tháng 11 năm 2024\nNgày 05/11/2024, Sở tổ chức hội nghị giao ban. Giám đốc Sở kết luận như sau:\n1. Giao Phòng Tổ chức cán bộ chủ trì, phối hợp với Phòng Kế hoạch - Tài chính rà soát nhu cầu tuyển dụng giáo viên các trường THPT, báo cáo Giám đốc Sở trước ngày 20/11/2024.\n2. Các trường bảo đảm an ninh trật tự.\n3. Văn phòng Sở theo dõi.\nNơi nhận:\n- Như trên;\n- Lưu: VT.";
        assert_eq!(width(word), None);
        assert_eq!(width("Một dòng.\nHai dòng"), None);
    }

    #[test]
    fn j9_a_double_spaced_copy_is_told_from_paragraphs_parted_by_blank_lines() {
        let double = WRAPPED.replace('\n', "\n\n");
        assert!(double_spaced(&double));
        assert_eq!(width(&double), width(WRAPPED));
        assert!(!double_spaced(WRAPPED));
        // Paragraphs of several lines parted by blank lines are not double-spaced.
        let paragraphs = "Một dòng\nhai dòng\n\n".repeat(8);
        assert!(!double_spaced(&paragraphs));
        assert!(!double_spaced("Một\n\nHai\n\n"));
    }

    #[test]
    fn j7_a_break_before_a_capital_is_a_wrap_only_where_the_word_would_not_fit() {
        let w = 60;
        let last = "1. Giao Phòng Tổ chức cán bộ chủ trì, phối hợp với";
        let wrap =
            |last: &str, next: &str| is_wrap(&LineShape::of(last), next, &LineShape::of(next), w);
        assert!(wrap(last, "Phòng Kế hoạch - Tài chính rà soát nhu cầu"));
        // A short line, whose next word would have fitted, ends where its writer ended it.
        assert!(!wrap(
            "Kết luận của Giám đốc Sở",
            "Ngày 05/11/2024, Sở tổ chức"
        ));
        // A list item, a heading in capitals, what ends the notice: no wrap.
        assert!(!wrap(last, "2. Các trường phối hợp"));
        // A clause of a run ends on ";" where the line is full: the next in lowercase goes on.
        let run = "đ) Chăm lo Tết cho học sinh nghèo, học sinh có hoàn cảnh;";
        assert!(wrap(run, "hoàn thành việc trao quà trước Tết"));
        assert!(!wrap(run, "Phòng X hoàn thành việc trao quà"));
        let label = "1. Về kiến nghị của UBND một số xã về việc thiếu giáo viên:";
        assert!(wrap(
            label,
            "giao Phòng Tổ chức cán bộ phối hợp với Sở Nội vụ"
        ));
        assert!(wrap(
            last,
            "(qua Phòng Giáo dục Trung học) trước ngày 20/11"
        ));
        // A headline as long as the lines, then the page's date line or the dated lead.
        let headline = "Tây Ninh: Yêu cầu các trường THPT chấn chỉnh việc thu, chi";
        assert!(!wrap(headline, "Cập nhật: 29/11/2021"));
        assert!(!wrap(
            headline,
            "Chiều 18/9, Sở Giáo dục và Đào tạo làm việc với"
        ));
        assert!(!wrap(last, "II. NHIỆM VỤ TRỌNG TÂM"));
        // A sentence that ends with a full line: the paragraph goes on with the next sentence,
        // not with the closing, the recipients or the signature.
        let full = "rà soát đội ngũ, báo cáo Giám đốc Sở trước ngày 20/11/2024.";
        assert!(wrap(full, "Đồng thời, các trường cập nhật dữ liệu"));
        assert!(!wrap(full, "Trên đây là kết luận của Giám đốc Sở"));
        assert!(!wrap(full, "Nơi nhận:"));
        assert!(!wrap(full, "KT. GIÁM ĐỐC"));
        assert!(!wrap("báo cáo Giám đốc Sở trước ngày 20/11.", "Phòng X"));
        // A wrap before the dash of a name or a range; a bullet after a full line is a bullet.
        let name = "… phối hợp với UBND xã Tân Hội, giao Phòng Tài chính";
        assert!(wrap(name, "- Kế hoạch phối hợp với UBND xã khảo sát"));
        let range = "… thực hiện theo hướng dẫn nhiệm vụ của Sở năm học 2022";
        assert!(wrap(range, "- 2023 tại Công văn số 2805/SGDĐT-VP"));
        assert!(!wrap(name, "- Rà soát hồ sơ"));
        assert!(!wrap("Phòng Tài chính", "- Kế hoạch phối hợp"));
        // A subject or a heading left open, then a sentence: no wrap; a unit's head, then its
        // name in capitals: a wrap.
        let subject = "V/v triển khai ôn tập thi tuyển sinh vào lớp 10 THPT năm học 2023";
        assert!(!wrap(
            subject,
            "Kính gửi: Hiệu trưởng các trường THCS trên địa bàn"
        ));
        assert!(!wrap(
            subject,
            "Thực hiện Kế hoạch số 455/KH-SGDĐT ngày 02/3/2023"
        ));
        let head = "… rà soát nhu cầu tuyển dụng giáo viên các trường, giao Phòng";
        assert!(wrap(head, "Tổ chức cán bộ tổng hợp, trình Giám đốc Sở"));
        let name = "… đã tiến hành kiểm tra tại Trường Trung học cơ sở Tân";
        assert!(wrap(
            name,
            "Lập. Căn cứ Báo cáo kết quả kiểm tra của Trưởng đoàn"
        ));
        let item = "- Hiệu trưởng các trường THPT, phổ thông có nhiều cấp học.";
        assert!(!wrap(item, "Thực hiện Công văn số 4521/BGDĐT-GDTrH ngày"));
        // A web page's junk as long as the lines: a menu, a caption with its credit.
        let menu = "Trang chủ  Giới thiệu  Tin tức  Tổ chuyên môn  Văn bản  Thư viện";
        assert!(!wrap(menu, "Hội nghị hiệu trưởng đầu năm học 2020 - 2021"));
        let caption = "Đồng chí Giám đốc Sở phát biểu kết luận. Ảnh: Hồng Nhung";
        assert!(!wrap(caption, "Phát biểu kết luận, đồng chí Giám đốc"));
        assert!(!wrap(
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH PHÚ YÊN VÀ CÁC ĐƠN VỊ TRỰC THUỘC",
            "Số"
        ));
    }
}
