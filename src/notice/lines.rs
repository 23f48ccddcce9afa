//! Stage 2: lines. Splits the canonical text into lines, finds each line's list marker
//! ("I.", "1.", "a)", "-", "*", "+", "•"), and marks web-page junk as noise.

use super::dates::find_days;
use super::text::{first_of_each, phrase_at, table_at, word_count_upto};
use crate::lexicon::{noise, structure, tables};

/// What a line is before any reading of its meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Content,
    Noise,
    Blank,
}

/// The kind of list marker opening a line. Levels are not fixed by kind: the outline gives each
/// kind the next level the first time it meets it (as authors nest them in any order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Marker {
    /// I. II. III.
    Roman,
    /// 1. 2. 3. or 1) 2)
    Arabic,
    /// 1.1. 2.3.
    Nested,
    /// a) b) or a. b.
    Letter,
    /// - – —
    Dash,
    /// *
    Star,
    /// +
    Plus,
    /// • ● ▪ ○ …
    Bullet,
    /// Thứ nhất, Thứ hai, … or Một là, Hai là, …
    Ordinal,
}

/// One line of the canonical text (byte offsets, end excludes the newline).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub kind: LineKind,
    pub marker: Option<Marker>,
    /// Where the text after the marker begins.
    pub body: usize,
}

/// Splits `text` into lines, with markers and noise. `lower` is `fold(text)`.
pub fn lines(text: &str, lower: &str) -> Vec<Line> {
    let mut out = Vec::new();
    lines_into(text, lower, &mut out);
    out
}

/// [`lines`] into `out`, whose memory is reused (the reader keeps it between reads).
pub fn lines_into(text: &str, lower: &str, out: &mut Vec<Line>) {
    out.clear();
    // Room for every line at once (blank ones are lines too; a glued motto's rare second cell
    // may add one): a list grown by doubling holds up to twice what it uses, and in the browser
    // all the room a list holds is memory (issue 12).
    // (The line breaks are found by the memchr crate, already in the app for the board's search,
    // a few KB in the reader's lazily loaded worker: std's `split('\n')` and `matches('\n')` cost
    // about four instructions a byte.)
    let bytes = text.as_bytes();
    let count = memchr::memchr_iter(b'\n', bytes).count() + 1;
    out.reserve_exact(count);
    let mut start = 0;
    let mut page = Page::default();
    for end in memchr::memchr_iter(b'\n', bytes).chain([bytes.len()]) {
        let whole = text.get(start..end).unwrap_or_default();
        let next = end + 1;
        // L2: an issuer's cell glued to the motto's ("UBND TỈNH HÀ TĨNHCỘNG HÒA XÃ HỘI …").
        let low = &lower[start..start + whole.len()];
        let cut = glued_motto(whole, low).or_else(|| glued_place_date(whole, low));
        let cells = match cut {
            Some(at) => [
                Some((start, start + at)),
                Some((start + at, start + whole.len())),
            ],
            None => [Some((start, start + whole.len())), None],
        };
        for (s, e) in cells.into_iter().flatten() {
            line_into(text, lower, s, e, &mut page, out);
        }
        start = next;
    }
}

/// A line that is the motto (or two of its lines glued): "Đảng Cộng sản Việt Nam lãnh đạo …"
/// opening a sentence is no motto.
pub fn is_motto(low: &str) -> bool {
    let Some(m) = table_at(low, 0, &structure::MOTTO) else {
        return false;
    };
    let rest = low[m.len()..].trim_start_matches(|c: char| !c.is_alphabetic());
    rest.is_empty() || table_at(rest, 0, &structure::MOTTO).is_some()
}

/// L2: where the motto begins inside a header line in capitals whose cells were glued with no
/// separator; None when it does not.
fn glued_motto(line: &str, low: &str) -> Option<usize> {
    let mut cs = line.chars();
    let caps =
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_uppercase);
    // Every motto's first word ("cộng", "độc", "đảng" of the party's) has "ộ" or "đ": a
    // one-byte-fast test before looking for each motto.
    if !caps || line.len() > 200 || !(low.contains('ộ') || low.contains('đ')) {
        return None;
    }
    // The first occurrence of each motto, in one pass over the line: the earliest that is glued
    // with no separator, a word's last letter right before it. ("… NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN
    // VIỆT NAM" in a subject is not a glued cell.)
    let mottos = structure::MOTTO.phrases;
    let mut seen = vec![false; mottos.len()];
    let b = low.as_bytes();
    for at in 0..b.len() {
        if !structure::MOTTO.may_start_with(b[at]) {
            continue;
        }
        for (k, m) in mottos.iter().enumerate() {
            if seen[k] || !b[at..].starts_with(m.as_bytes()) {
                continue;
            }
            seen[k] = true;
            // A phrase starts with a whole char, so `at` is a char boundary.
            if at > 0
                && low[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            {
                return Some(at);
            }
        }
    }
    None
}

/// L2: where the place-and-date cell begins in a number line it was glued to, with a space or
/// none ("Số: 77/TB-SGDĐT Hà Tĩnh, ngày 03 tháng 6 năm 2021", "Số: 77/TB-SGDĐTHà Tĩnh, ngày …");
/// None when the line is not so glued.
fn glued_place_date(line: &str, low: &str) -> Option<usize> {
    if !phrase_at(low, 0, "số") || line.len() > 200 {
        return None;
    }
    let comma = low.find(", ngày")?;
    if !is_place_date_after(low, comma) {
        return None;
    }
    // The place: the words right before the comma ("Kỳ Anh", "Thị xã Kỳ Anh"), back to the
    // symbol (the word with a "/" or a digit); the first of them a capital's.
    let mut place = comma;
    for word in line[..comma].rsplit(' ') {
        let word_start = place - word.len();
        let symbol = word.contains('/') || word.chars().any(|c| c.is_ascii_digit());
        if !symbol {
            if word.is_empty() || comma - word_start > 60 {
                return None;
            }
            place = word_start.saturating_sub(1);
            continue;
        }
        let first_capital = line[place.min(comma)..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        // Glued with no space: the place starts at the symbol's last capital, when only small
        // letters follow it ("…SGDĐTHà"; not "…/SGDĐT-GDTrH", a part of the symbol).
        let glued = word
            .char_indices()
            .filter(|&(_, c)| c.is_uppercase())
            .map(|(k, _)| k)
            .next_back()
            .filter(|&k| {
                let rest = &word[k..];
                k > 0
                    && word[..k].contains('/')
                    && rest.chars().count() > 1
                    && rest.chars().skip(1).all(char::is_lowercase)
            });
        return match glued {
            Some(k) => Some(word_start + k),
            None if first_capital && place < comma && word_start + word.len() < comma => {
                Some(place + 1)
            }
            None => None,
        };
    }
    None
}

/// Whether a date with its year follows ", ngày" at `comma`.
fn is_place_date_after(low: &str, comma: usize) -> bool {
    let rest = &low[comma + 2..];
    find_days(rest, 0, rest.len())
        .iter()
        .any(|d| d.2.year.is_some())
}

/// Where the lines read so far stand on a web page.
#[derive(Default)]
struct Page {
    /// Past a list of other articles, comments or counters (J6): the rest is junk.
    in_tail: bool,
    /// A sentence of the text has been read: a heading of other articles ("Bài viết khác",
    /// "Đọc nhiều nhất") ends it from there on; before it, the heading is a sidebar's, pasted
    /// above the article, and only its line is junk.
    article: bool,
}

/// One line (or one glued cell of it) into `out`, with its kind and marker; junk glued to its
/// start or end becomes a line of its own.
fn line_into(
    text: &str,
    lower: &str,
    start: usize,
    end: usize,
    page: &mut Page,
    out: &mut Vec<Line>,
) {
    let piece = &text[start..end];
    let low = &lower[start..end];
    {
        let mut line = Line {
            start,
            end,
            kind: LineKind::Content,
            marker: None,
            body: start,
        };
        if piece.trim().is_empty() {
            line.kind = LineKind::Blank;
        } else {
            if starts_document(piece, low) {
                page.in_tail = false;
            }
            if page.in_tail
                || is_noise(piece, low)
                || page.article && is_tail_marker(low)
                || is_menu_item_below_another(piece, low, lower, out)
            {
                line.kind = LineKind::Noise;
                if page.article && is_tail_marker(low) {
                    page.in_tail = true;
                }
            } else {
                // J4: a source at the start ("(BNĐT) - Chiều 18/9, …") is a line of junk.
                let source = source_prefix(piece);
                if source > 0 {
                    out.push(Line {
                        start,
                        end: start + source,
                        kind: LineKind::Noise,
                        marker: None,
                        body: start,
                    });
                    line.start = start + source;
                    line.body = start + source;
                }
                if let Some((marker, len)) = marker(&piece[source..]) {
                    line.marker = Some(marker);
                    line.body = start + source + len;
                }
                // J4, J5: a byline or a widget glued to the last sentence is a line of junk.
                if let Some(cut) = glued_junk(piece, low) {
                    // (Glued after a full stop: the line cut off is a sentence's end.)
                    page.article |= piece[..cut].contains(' ');
                    line.end = start + cut;
                    out.push(line);
                    let tail = &low[cut..];
                    if is_tail_marker(tail) || table_at(tail, 0, &noise::TAIL_MARKERS).is_some() {
                        page.in_tail = true;
                    }
                    line = Line {
                        start: start + cut,
                        end,
                        kind: LineKind::Noise,
                        marker: None,
                        body: start + cut,
                    };
                }
            }
        }
        // (A sentence: a line of words that ends as one.)
        let t = piece.trim_end();
        page.article |=
            line.kind == LineKind::Content && t.contains(' ') && t.ends_with(['.', ';', ':']);
        out.push(line);
    }
}

/// J4: the length of a news agency's tag opening a line ("(BNĐT) - ", "(GDTĐ) – "): a short
/// bracket of capitals, then a dash; 0 when there is none.
fn source_prefix(line: &str) -> usize {
    let Some(rest) = line.strip_prefix('(') else {
        return 0;
    };
    let Some(close) = rest.find(')') else {
        return 0;
    };
    let tag = &rest[..close];
    let tag_ok = (2..=24).contains(&tag.len())
        && tag.chars().any(char::is_uppercase)
        && tag
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '&' | '.' | '-'));
    let after = &rest[close + 1..];
    let dash = after.trim_start();
    let Some(body) = dash
        .strip_prefix('-')
        .or_else(|| dash.strip_prefix('–'))
        .or_else(|| dash.strip_prefix('—'))
    else {
        return 0;
    };
    if !tag_ok || !body.starts_with(' ') {
        return 0;
    }
    line.len() - body.trim_start().len()
}

/// J4, J5: where junk glued to a sentence's full stop begins ("… tại một số trường.NGỌC HÂN",
/// "… của ngành.Minh Thư - Phòng GDTH", "… từ ngày 09/5/2022.Tin cùng chuyên mục"): a full stop
/// after a small letter or a digit, a capital at once after it, and on the right a known widget
/// or a byline. "TP.HCM", "v.v.", "Q.1", "TS.", "1.152" and a date's own full stop are not cuts.
fn glued_junk(line: &str, low: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = line.get(from..)?.find('.') {
        let dot = from + k;
        from = dot + 1;
        let before = line[..dot].chars().next_back();
        let after = line[dot + 1..].chars().next();
        let glued = before.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
            && after.is_some_and(char::is_uppercase);
        if !glued {
            continue;
        }
        let right = &line[dot + 1..];
        let right_low = &low[dot + 1..];
        if table_at(right_low, 0, &noise::GLUED_WIDGETS).is_some() || is_byline(right) {
            return Some(dot + 1);
        }
    }
    None
}

/// J4: a byline: a short name in capitals ("NGỌC HÂN"), or a person's name followed by " - " or
/// " (" and the writer's unit ("Minh Thư - Phòng GDTH", "Hồng Nhung (Văn phòng Sở)"). It has no
/// sentence shape: no full stop at its end, no more than a dozen words.
pub fn is_byline(t: &str) -> bool {
    let t = t.trim();
    if t.is_empty() || t.len() > 120 || t.ends_with(['.', ';', ':', ',']) {
        return false;
    }
    if word_count_upto(t, 12) > 12 {
        return false;
    }
    let caps = t.chars().any(char::is_alphabetic)
        && !t.chars().any(|c| c.is_lowercase() || c.is_ascii_digit())
        && word_count_upto(t, 4) <= 4;
    if caps {
        return true;
    }
    let name_end = t.find(" - ").or_else(|| t.find(" (")).unwrap_or(t.len());
    let name = &t[..name_end];
    let words = word_count_upto(name, 6);
    (2..=5).contains(&words)
        && name.split(' ').all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.all(|c| c.is_lowercase() || c == '.')
        })
}

/// J2: a page's date line ("Ngày đăng: 14/03/2018 | Lượt xem: 1.152", "Cập nhật lúc:
/// 22/08/2023 09:47", "Thứ Hai, 11/04/2022 - 16:20 | Số lượt đọc: 2318"): short, a full date,
/// and an opener followed at once by ":" or the date, a counter, or the shape of a clock; never
/// the site's own clock ("Hôm nay, …"). "Cập nhật số liệu trước ngày 30/11/2021." is a task.
pub fn is_posting_line(low: &str) -> bool {
    if date_in_words_alone(low) {
        return true;
    }
    // A full date in figures alone on its line, a clock after it or not ("13.03.2023",
    // "15/03/2023 10:20"): a page's date line. (A date after "Ngày" alone may be a notice's
    // date at its foot, H9.)
    if low.trim_start().starts_with(|c: char| c.is_ascii_digit()) && date_alone(low) {
        return true;
    }
    // A full date is written with "/", "-" or "." between its numbers (memchr-fast tests).
    let b = low.as_bytes();
    if low.len() > 200 || !(b.contains(&b'/') || b.contains(&b'-') || b.contains(&b'.')) {
        return false;
    }
    // A full date: digits, a separator, digits ("14/03/2018", "22-08-2023").
    let dated = b.windows(3).any(|w| {
        w[0].is_ascii_digit() && matches!(w[1], b'/' | b'-' | b'.') && w[2].is_ascii_digit()
    });
    if !dated {
        return false;
    }
    // The cheap tests first: most lines have no posting cue at all.
    let opener = table_at(low, 0, &noise::POSTING_OPENERS).is_some_and(|o| {
        let after = low[o.len()..].trim_start();
        after.starts_with(':') || after.starts_with(|c: char| c.is_ascii_digit())
    });
    let cued = opener
        || first_of_each(low, [&noise::POSTING_COUNTERS], 0, low.len())[0].is_some()
        || is_clock(low);
    cued && table_at(low, 0, &noise::SITE_CLOCK_CUES).is_none()
        && glued_timestamp(low).is_none()
        && find_days(low, 0, low.len())
            .iter()
            .any(|d| d.2.year.is_some())
}

/// H4: a headline with its posting time glued in brackets ("GIAO BAN HIỆU TRƯỞNG THÁNG
/// 3(16/03/2019 07:40:12 GMT+7)"): where the bracket opens, when words come before it.
pub fn glued_timestamp(low: &str) -> Option<usize> {
    let trimmed = low.trim_end();
    if !trimmed.ends_with(')') || low.len() > 300 {
        return None;
    }
    let open = trimmed.rfind('(')?;
    let inside = &trimmed[open..];
    let timed = inside.contains("gmt")
        || inside
            .as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    let dated = find_days(inside, 0, inside.len())
        .iter()
        .any(|d| d.2.year.is_some());
    (timed && dated && word_count_upto(&trimmed[..open], 2) >= 2).then_some(open)
}

/// J1: a portal's menu: only menu items ("Trang chủ | Giới thiệu | Tin tức", "Thời sự Chính
/// trị Kinh tế Giáo dục"), with "|", "»", "-" or spaces between; or the one section a page is
/// filed under, alone on its line ("Văn bản chỉ đạo", "Giáo dục"), which is no headline.
fn is_navigation(low: &str) -> bool {
    if low.len() > 300 {
        return false;
    }
    let mut items = 0;
    let mut p = 0;
    let b = low.as_bytes();
    while p < b.len() {
        match b[p] {
            b' ' | b'|' | b'-' | b'/' => p += 1,
            _ if low[p..].starts_with('»') => p += '»'.len_utf8(),
            _ => match table_at(low, p, &noise::NAV_ITEMS) {
                Some(item) => {
                    items += 1;
                    p += item.len();
                }
                None => return false,
            },
        }
    }
    items >= 1
}

/// J1: a breadcrumb, "Tin tức - Sự kiện » Tin giáo dục", "Trang chủ › Hoạt động › Tin ngành":
/// two or more sections of a few words between "»" or "›", none of them a sentence (no figure,
/// no ".", ",", ":" or ";").
fn is_breadcrumb(low: &str) -> bool {
    if !low.contains(['»', '›']) || low.len() > 200 {
        return false;
    }
    let sections: Vec<&str> = low.split(['»', '›']).map(str::trim).collect();
    sections.len() >= 2
        && sections.iter().all(|s| {
            !s.is_empty()
                && word_count_upto(s, 7) <= 6
                && !s.contains(|c: char| c.is_ascii_digit() || ".,:;".contains(c))
        })
}

/// J1: a menu's items one per line ("Trang chủ" / "Tin tức" / "Thông báo" / "Văn bản"): a
/// document type written as an item is ("Thông báo", not "THÔNG BÁO"), right under another
/// item, is one too.
fn is_menu_item_below_another(piece: &str, low: &str, lower: &str, out: &[Line]) -> bool {
    let item = low.trim();
    !super::text::mostly_upper(piece)
        && table_at(item, 0, &structure::DOC_TYPES).is_some_and(|t| t.len() == item.len())
        && out
            .iter()
            .rev()
            .find(|l| l.kind != LineKind::Blank)
            .is_some_and(|l| {
                l.kind == LineKind::Noise
                    && lower
                        .get(l.start..l.end)
                        .is_some_and(|prev| is_navigation(prev.trim()))
            })
}

/// J1: a menu bar of items the portal names itself ("Trang chủ | Giới thiệu | Ba công khai |
/// Thông báo | Thư viện số"): four or more items between bars, each a capitalised name of one to
/// three words with no figure or sentence mark, none of them a table's column ("Nội dung",
/// "Đơn vị chủ trì": a header row of L11 is no menu).
fn is_menu_bar(line: &str, low: &str) -> bool {
    if line.len() > 200 {
        return false;
    }
    let items = || line.split('|').map(str::trim);
    let count = items().count();
    count >= 4
        && items().all(|item| {
            item.len() <= 40
                && item.starts_with(char::is_uppercase)
                && word_count_upto(item, 4) <= 3
                && !item.contains(|c: char| c.is_ascii_digit() || ".,:;()\"".contains(c))
        })
        && {
            let mut at = 0;
            low.split('|').all(|cell| {
                let start = super::text::skip_spaces(low, at);
                at += cell.len() + 1;
                [
                    &tables::TASK_COLUMNS,
                    &tables::LEAD_COLUMNS,
                    &tables::SUPPORT_COLUMNS,
                    &tables::TIME_COLUMNS,
                ]
                .iter()
                .all(|t| table_at(low, start, t).is_none())
            })
        }
}

/// Whether a line is web-page junk.
pub fn is_noise(line: &str, low: &str) -> bool {
    if table_at(low, 0, &noise::LINE_OPENERS).is_some() {
        return true;
    }
    // Widgets, clocks and footers are short lines; a paragraph is never junk by its content.
    if low.len() > 240 {
        return false;
    }
    // Which of the bytes the checks below need the line has, found in one pass: most lines
    // have none of "|", "(", ":" and so skip the widget, caption and clock checks.
    let (mut marks, mut colon) = (false, false);
    for &b in low.as_bytes() {
        match b {
            b'|' | b'(' => marks = true,
            b':' => colon = true,
            _ => {}
        }
    }
    line.chars()
        .all(|c| c == ' ' || noise::CONTROL_CHARS.contains(&c))
        || is_navigation(low)
        || is_breadcrumb(low)
        || marks && is_menu_bar(line, low)
        || (colon || table_at(low, 0, &noise::SITE_CLOCK_CUES).is_some()) && is_clock(low)
        || noise::LINE_CONTAINS.iter().any(|p| low.contains(p))
        || (marks || colon) && has_marked_junk(low)
        || is_posting_line(low)
        || is_caption(low)
}

/// J3: a photo's caption between paragraphs: a short line that opens as captions do and ends
/// with no full stop ("Quang cảnh hội nghị giao ban", "Các đại biểu dự hội nghị").
fn is_caption(low: &str) -> bool {
    let t = low.trim_end();
    t.len() <= 120
        && table_at(t, 0, &noise::CAPTION_OPENERS).is_some()
        && !t.ends_with(['.', ':', ';', ',', '!', '?'])
}

/// H9: a page's date line in words, alone on its line: "Ngày 19 tháng 9 năm 2025", "Thứ Sáu,
/// ngày 19 tháng 9 năm 2025 - 08:15" — a full date with its year, after at most a weekday, and
/// nothing after it but a clock.
fn date_in_words_alone(low: &str) -> bool {
    let t = low.trim();
    if t.len() > 60 || !t.contains("tháng") {
        return false;
    }
    let Some(at) = t.find("ngày ").filter(|&k| k <= 16) else {
        return false;
    };
    // (Before "ngày", a weekday only: "thứ sáu, ", "chủ nhật ".)
    let before = t[..at].trim_end_matches([' ', ',']);
    let weekday = before.is_empty() || before.starts_with("thứ ") || before == "chủ nhật";
    let Some((_, end)) = super::dates::day_at(t, at).filter(|(d, _)| d.year.is_some()) else {
        return false;
    };
    // (A comma and nothing after it is a wrapped clause: "Ngày 18 tháng 9 năm 2025," / "Sở …
    // tổ chức …", J7.)
    let rest = t[end..].trim_start_matches([' ', ',', '-', '–', '|']);
    let alone = t[end..].trim().is_empty();
    weekday && (alone || !rest.is_empty() && is_clock(rest))
}

/// H9: a page's date alone on its line at the foot of the article, or in the byline's brackets: "11/04/2022", "(11/04/2022 - 16:20)", "Tin: Minh Châu (11/04/2022)" — a
/// full date with its year, and nothing else but a clock or a byline.
pub fn date_alone(low: &str) -> bool {
    let t = low.trim();
    if t.len() > 80 || !t.as_bytes().iter().any(u8::is_ascii_digit) {
        return false;
    }
    // After a byline's opener ("tin:", "tin, ảnh:", "nguồn:"), its name up to a bracket.
    let byline = table_at(t, 0, &noise::LINE_OPENERS)
        .filter(|o| o.ends_with(':'))
        .and_then(|_| t.find('('));
    let t = match byline {
        Some(k) => &t[k..],
        None => t,
    };
    let t = t.trim_matches(['(', ')', ' ']);
    let Some((day, end)) = super::dates::day_at(t, 0) else {
        return false;
    };
    if day.year.is_none() {
        return false;
    }
    let rest = t[end..].trim_start_matches([' ', ',', '-', '–', '|']);
    rest.is_empty() || is_clock(rest)
}

/// Whether a phrase of `noise::MARKED_JUNK` stands at one of the line's "|", "(" or ":" (a
/// phrase starting with the mark begins there, one ending with it ends there).
fn has_marked_junk(low: &str) -> bool {
    let b = low.as_bytes();
    (0..b.len())
        .filter(|&at| matches!(b[at], b'|' | b'(' | b':'))
        .any(|at| {
            let mark = b[at] as char;
            noise::MARKED_JUNK.iter().any(|p| {
                p.starts_with(mark) && b[at..].starts_with(p.as_bytes())
                    || p.ends_with(mark) && b[..at + 1].ends_with(p.as_bytes())
            })
        })
}

/// A clock widget's line: a time of day ("7:36:10") and only clock words, numbers, punctuation.
/// H9: or the site's own clock, dated without a time ("Hôm nay, thứ Ba 05/3/2024").
fn is_clock(low: &str) -> bool {
    // "Giáo dục | 14:05 | 22/10/2024": a section's name beside the clock, split off by bars.
    if low.contains('|') && !clock_alone(low) {
        let parts = || low.split('|').map(str::trim).filter(|p| !p.is_empty());
        return parts().count() <= 4
            && parts().any(clock_alone)
            && parts().all(|p| clock_alone(p) || (p.len() <= 40 && word_count_upto(p, 4) <= 3));
    }
    clock_alone(low)
}

/// A clock, a date and the words that go with them, and nothing else.
fn clock_alone(low: &str) -> bool {
    let has_time = low.contains(':')
        && low
            .as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    let site_clock = table_at(low, 0, &noise::SITE_CLOCK_CUES).is_some()
        && low.bytes().any(|b| b.is_ascii_digit());
    (has_time || site_clock)
        && low
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .all(|w| noise::CLOCK_WORDS.contains(w))
}

fn is_tail_marker(low: &str) -> bool {
    let mut trimmed = low.trim_end_matches([':', ' ', '.']);
    // ("Bình luận (0)": the counter after it.)
    if let Some(open) = trimmed.strip_suffix(')').and_then(|t| t.rfind('(')) {
        if trimmed[open + 1..trimmed.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_digit())
        {
            trimmed = trimmed[..open].trim_end();
        }
    }
    noise::TAIL_MARKERS.contains(trimmed)
}

/// A line that starts a new document (after a web page's junk, in a batch of notices).
fn starts_document(line: &str, low: &str) -> bool {
    // A document type is a short line: its length is checked before its letters.
    let upper_doc_type = low.len() <= 64
        && structure::DOC_TYPES.contains(low.trim())
        && line.chars().any(char::is_uppercase)
        && !line.chars().any(char::is_lowercase);
    upper_doc_type
        || is_motto(low)
        || phrase_at(low, 0, "số") && low["số".len()..].trim_start().starts_with(':')
}

/// The list marker opening a line and its length in bytes (marker plus following space).
pub fn marker(line: &str) -> Option<(Marker, usize)> {
    let bytes = line.as_bytes();
    let first = line.chars().next()?;
    let after = |len: usize| -> Option<usize> {
        // A marker must be followed by a space, or directly by a letter for dashes and stars.
        match line[len..].chars().next() {
            Some(' ') => Some(len + 1),
            Some(c) if c.is_alphabetic() || c == '"' || c == '“' => Some(len),
            _ => None,
        }
    };
    match first {
        '-' | '–' | '—' => {
            let len = first.len_utf8();
            after(len).map(|l| (Marker::Dash, l))
        }
        '*' => after(1).map(|l| (Marker::Star, l)),
        // "(1) Các trường …", "(a) …": a number or a letter in brackets.
        '(' => {
            let inner = bytes[1..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            let digits = bytes[1..=inner].iter().all(u8::is_ascii_digit);
            let letter = inner == 1 && bytes[1].is_ascii_lowercase();
            if !(1..=2).contains(&inner)
                || !(digits || letter)
                || bytes.get(inner + 1) != Some(&b')')
            {
                return None;
            }
            let kind = if digits {
                Marker::Arabic
            } else {
                Marker::Letter
            };
            (bytes.get(inner + 2) == Some(&b' ')).then_some((kind, inner + 3))
        }
        '+' => after(1).map(|l| (Marker::Plus, l)),
        c if structure::BULLETS.contains(&c) || structure::SYMBOL_FONT_BULLETS.contains(&c) => {
            after(first.len_utf8()).map(|l| (Marker::Bullet, l))
        }
        // Word's second-level bullet, a plain "o" ("o Các trường …"): only before a capital.
        'o' if line[1..].starts_with(' ')
            && line[2..].chars().next().is_some_and(char::is_uppercase) =>
        {
            Some((Marker::Bullet, 2))
        }
        '0'..='9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits > 2 {
                return None;
            }
            let rest = &bytes[digits..];
            // 1.1. or 1.1 (nested)
            if rest.first() == Some(&b'.') && rest.get(1).is_some_and(u8::is_ascii_digit) {
                let more = rest[1..].iter().take_while(|b| b.is_ascii_digit()).count();
                let mut len = digits + 1 + more;
                if bytes.get(len) == Some(&b'.') || bytes.get(len) == Some(&b')') {
                    len += 1;
                }
                return (bytes.get(len) == Some(&b' ')).then_some((Marker::Nested, len + 1));
            }
            // "1." "1)" and, in the forms J12 lists, "1-" "1/" "1/-".
            if let Some(len) = closer_len(rest) {
                return Some((Marker::Arabic, digits + len));
            }
            // A web page's "1.Các trường …" (no space after the dot) and a typist's "1 - Các
            // trường …": only before a capital, which no figure ("1.000", "1 - 2") has.
            let tight = match rest {
                [b'.' | b')', ..] => Some(1),
                [b' ', b'-', b' ', ..] => Some(3),
                _ => None,
            }?;
            let capital = line[digits + tight..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            capital.then_some((Marker::Arabic, digits + tight))
        }
        _ => {
            let roman = bytes
                .iter()
                .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
                .count();
            if roman > 0 && roman <= 4 {
                if let Some(len) = closer_len(&bytes[roman..]) {
                    return Some((Marker::Roman, roman + len));
                }
            }
            if let Some(len) = ordinal_len(line) {
                return Some((Marker::Ordinal, len));
            }
            if first.is_lowercase() {
                let len = first.len_utf8();
                // "a)", and "a/" "a." (J12: Vietnamese lettered lists, đ after d).
                if matches!(bytes.get(len), Some(b')' | b'/' | b'.'))
                    && bytes.get(len + 1) == Some(&b' ')
                {
                    return Some((Marker::Letter, len + 2));
                }
            }
            None
        }
    }
}

/// The list marker `cell` is, when it is nothing else ("1.", "a)", "II.", "-", "•", Word's symbol
/// bullet U+F0B7): its item's text was put after a tab or on the next line by the copy (J9,
/// J12). Not the `*` under a party committee's name (J9), nor a number alone (a page's, J8).
pub fn bare_marker(cell: &str) -> Option<Marker> {
    // The longest markers ("1.2.3.", "VIII.") are short: a long cell is let go at once.
    if cell.is_empty() || cell.len() > 8 || cell == "*" {
        return None;
    }
    let mut with_space = String::with_capacity(cell.len() + 2);
    with_space.push_str(cell);
    with_space.push_str(" X");
    marker(&with_space)
        .filter(|&(_, len)| len == cell.len() + 1)
        .map(|(m, _)| m)
}

/// The length of an ordinal marker with its comma and space ("Thứ hai, " "Một là, "), when a
/// word follows that does not start a date (a weekday: "Thứ Hai, 11/04/2022", "Thứ hai, ngày …").
fn ordinal_len(line: &str) -> Option<usize> {
    // The longest markers ("thứ mười", "mười là") have 13 bytes: the comma is looked for in
    // the first 16.
    let comma = line.as_bytes().iter().take(16).position(|&b| b == b',')?;
    let words = super::text::fold(line.get(..comma)?);
    if !structure::ORDINAL_MARKERS.contains(&words) {
        return None;
    }
    let rest = line.get(comma + 1..)?;
    let after = comma + 1 + rest.len() - rest.trim_start().len();
    let next = line[after..].chars().next()?;
    let date = super::text::fold(line[after..].get(..5).unwrap_or(""));
    (after > comma + 1 && next.is_alphabetic() && date != "ngày").then_some(after)
}

/// The length of what closes a number or a Roman numeral as a list marker, its space included:
/// ". " ") " and the forms of J12, "- " "/ " "/- ".
fn closer_len(rest: &[u8]) -> Option<usize> {
    match rest {
        [b'.' | b')' | b'-' | b'/', b' ', ..] => Some(2),
        [b'/', b'-', b' ', ..] => Some(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_place_date_parts_a_number_line_from_its_place() {
        let cut = |line: &str| glued_place_date(line, &crate::notice::text::fold(line));
        let at = |before: &str| Some(before.len());
        assert_eq!(
            cut("Số: 56/TB-PGDĐT Kỳ Anh, ngày 07 tháng 10 năm 2019"),
            at("Số: 56/TB-PGDĐT ")
        );
        assert_eq!(
            cut("Số: 56/TB-PGDĐTKỳ Anh, ngày 07 tháng 10 năm 2019"),
            at("Số: 56/TB-PGDĐT")
        );
        assert_eq!(
            cut("Số: 1/PGDĐT-GDTrH Kỳ Anh, ngày 07/10/2019"),
            at("Số: 1/PGDĐT-GDTrH ")
        );
        // No date with a year, no place, or a line that is no number's.
        assert_eq!(cut("Số: 56/TB-PGDĐT Kỳ Anh, ngày 07 tháng 10"), None);
        assert_eq!(cut("Số: 56/TB-PGDĐT, ngày 07/10/2019"), None);
        assert_eq!(cut("Kỳ Anh, ngày 07/10/2019"), None);
        assert_eq!(cut("Số học sinh bỏ học, ngày 07/10/2019"), None);
    }

    #[test]
    fn glued_motto_takes_the_first_occurrence_of_each_motto() {
        // The one-pass scan against the plain reading of the rule: each motto's first
        // occurrence, kept when a letter is glued before it, the earliest of those.
        fn reference(line: &str, low: &str) -> Option<usize> {
            let mut cs = line.chars();
            let caps = cs.next().is_some_and(char::is_uppercase)
                && cs.next().is_some_and(char::is_uppercase);
            if !caps || line.len() > 200 || !(low.contains('ộ') || low.contains('đ')) {
                return None;
            }
            structure::MOTTO
                .iter()
                .filter_map(|m| low.find(m))
                .filter(|&at| {
                    at > 0
                        && low[..at]
                            .chars()
                            .next_back()
                            .is_some_and(char::is_alphanumeric)
                })
                .min()
        }
        for line in [
            "UBND TỈNH HÀ TĨNHCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠOĐộc lập - Tự do - Hạnh phúc",
            "UBND TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "KỶ NIỆM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM",
            "HUYỆN ỦY ĐẢNG CỘNG SẢN VIỆT NAMĐẢNG CỘNG SẢN VIỆT NAM",
            "ĐỘC LẬP - TỰ DO - HẠNH PHÚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAMĐỘC LẬP - TỰ DO - HẠNH PHÚC",
            "TRƯỜNG THPTĐộc lập-Tự do-Hạnh phúcCộng hoà xã hội chủ nghĩa Việt Nam",
            "Phòng Giáo dục cộng hòa xã hội chủ nghĩa việt nam",
            "",
            "ĐĐ",
        ] {
            let low = crate::notice::text::fold(line);
            assert_eq!(glued_motto(line, &low), reference(line, &low), "{line}");
        }
    }

    #[test]
    fn j12_other_list_markers() {
        assert_eq!(marker("I/- Công tác chuyên môn"), Some((Marker::Roman, 4)));
        assert_eq!(marker("II- Nhiệm vụ"), Some((Marker::Roman, 4)));
        assert_eq!(marker("1- Các tổ"), Some((Marker::Arabic, 3)));
        assert_eq!(marker("1.Các tổ"), Some((Marker::Arabic, 2)));
        assert_eq!(marker("2 - Phòng"), Some((Marker::Arabic, 4)));
        assert_eq!(marker("1.các tổ"), None);
        assert_eq!(marker("1 - 2 ngày"), None);
        assert_eq!(marker("\u{F0B7} Rà soát"), Some((Marker::Bullet, 4)));
        assert_eq!(marker("o Các trường"), Some((Marker::Bullet, 2)));
        assert_eq!(marker("o các"), None);
        assert_eq!(marker("12/ Các tổ"), Some((Marker::Arabic, 4)));
        assert_eq!(marker("a/ Nhà trường"), Some((Marker::Letter, 3)));
        assert_eq!(marker("đ) Chăm lo"), Some((Marker::Letter, 4)));
        // Ordinal words in speech and on news pages; a weekday before a date is not one.
        assert_eq!(
            marker("Thứ nhất, tiếp tục đổi mới"),
            Some((Marker::Ordinal, "Thứ nhất, ".len()))
        );
        assert_eq!(
            marker("Hai là, các trường"),
            Some((Marker::Ordinal, "Hai là, ".len()))
        );
        assert_eq!(marker("Thứ Hai, 11/04/2022 - 16:20"), None);
        assert_eq!(marker("Thứ hai, ngày 11/4/2022"), None);
        assert_eq!(marker("Thứ trưởng Bộ GD&ĐT"), None);
        // Not markers: a year range, a date, a time.
        assert_eq!(marker("2023-2024 là năm học"), None);
        assert_eq!(marker("15/11 các lớp"), None);
        assert_eq!(marker("1-2 tiết"), None);
    }

    #[test]
    fn markers() {
        assert_eq!(marker("I. ĐÁNH GIÁ"), Some((Marker::Roman, 3)));
        assert_eq!(marker("IV) X"), Some((Marker::Roman, 4)));
        assert_eq!(marker("12. Thực hiện"), Some((Marker::Arabic, 4)));
        assert_eq!(marker("1.2. Thực hiện"), Some((Marker::Nested, 5)));
        assert_eq!(marker("a) Về"), Some((Marker::Letter, 3)));
        assert_eq!(marker("- Rà soát"), Some((Marker::Dash, 2)));
        assert_eq!(marker("-Tổ chức"), Some((Marker::Dash, 1)));
        assert_eq!(marker("* Những mặt"), Some((Marker::Star, 2)));
        assert_eq!(marker("(1) Các trường"), Some((Marker::Arabic, 4)));
        assert_eq!(marker("(b) Văn phòng"), Some((Marker::Letter, 4)));
        assert_eq!(marker("(Ảnh: Thu Hà)"), None);
        assert_eq!(marker("(GD&TĐ) - Chiều"), None);
        assert_eq!(marker("("), None);
        assert_eq!(marker("2022 là năm"), None);
        assert_eq!(marker("-"), None);
        assert_eq!(marker("Ví dụ"), None);
    }

    #[test]
    fn web_junk_is_noise_and_the_tail_after_other_news_too() {
        let t = "Hôm nay ngày 19/11/2019, 7:36:10 AM GMT+7\nTìm kiếm | Đăng nhập\nHỘI NGHỊ\n-\n+\nNội dung.\nTin khác\nLịch thi\nOwl Image X\nFlag Counter";
        let kinds: Vec<LineKind> = lines(t, &crate::notice::text::fold(t))
            .iter()
            .map(|l| l.kind)
            .collect();
        use LineKind::*;
        assert_eq!(
            kinds,
            vec![Noise, Noise, Content, Noise, Noise, Content, Noise, Noise, Noise, Noise]
        );
    }

    /// Each line's kind and text.
    fn kinds(t: &str) -> Vec<(LineKind, String)> {
        lines(t, &crate::notice::text::fold(t))
            .iter()
            .map(|l| (l.kind, t[l.start..l.end].to_string()))
            .collect()
    }

    #[test]
    fn j1_a_menu_bar_of_unknown_items_is_noise_but_a_table_row_is_not() {
        let low = |t: &str| crate::notice::text::fold(t);
        for menu in [
            "Trang chủ | Giới thiệu | Ba công khai | Thông báo | Thư viện số",
            "Tin tức|Sự kiện|Tổ Toán - Tin|Tổ Ngữ văn|Đoàn - Đội",
        ] {
            assert!(is_noise(menu, &low(menu)), "{menu}");
        }
        // The one section a page is filed under, alone on its line.
        for section in ["Văn bản chỉ đạo", "Giáo dục", "Tin tức - Sự kiện"] {
            assert!(is_noise(section, &low(section)), "{section}");
        }
        for row in [
            "Giáo dục mầm non",
            "TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp",
            "Nội dung | Chủ trì | Phối hợp | Thời gian",
            "1 | Rà soát hồ sơ | Phòng GDTH | Các trường",
            "Rà soát hồ sơ phổ cập | Phòng GDTH | Các trường | Tháng 11",
            "Tin tức | Văn bản | Liên hệ. Các trường nộp báo cáo",
        ] {
            assert!(!is_noise(row, &low(row)), "{row}");
        }
    }

    #[test]
    fn j1_menus_and_portal_names_are_noise() {
        let t = "Bỏ qua liên kết\nCỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ BA ĐỒN\nThời sự   Pháp luật   Giáo dục   Thể thao\nTin tức | Văn bản | Hỏi đáp\nGiáo dục mầm non: toàn huyện có 32 trường.";
        let k: Vec<LineKind> = kinds(t).into_iter().map(|x| x.0).collect();
        use LineKind::*;
        assert_eq!(k, vec![Noise, Noise, Noise, Noise, Content]);
    }

    #[test]
    fn j2_posting_lines_are_noise_but_a_dated_task_is_not() {
        let low = |t: &str| crate::notice::text::fold(t);
        for junk in [
            "Ngày đăng: 02/04/2019 | Lượt xem: 2.310",
            "Cập nhật lúc: 17/05/2021 08:02",
            "Thứ Năm, 06/10/2022 - 10:45 | Số lượt đọc: 95",
            "Đăng ngày: 12/12/2020 | Người đăng: Quản trị",
            "Hôm nay, thứ Tư 06/3/2024",
        ] {
            assert!(is_noise(junk, &low(junk)), "{junk}");
        }
        assert!(is_posting_line(&low("Cập nhật: 30/11/2019")));
        // H9: the date in words, alone, or with its weekday and clock; not a wrapped clause.
        assert!(is_posting_line(&low("Ngày 19 tháng 9 năm 2025")));
        assert!(is_posting_line(&low(
            "Thứ Sáu, ngày 19 tháng 9 năm 2025 - 08:15"
        )));
        assert!(!is_posting_line(&low("Ngày 18 tháng 9 năm 2025,")));
        assert!(!is_posting_line(&low(
            "Ngày 18 tháng 9 năm 2025, tại Hội trường Sở"
        )));
        assert!(!is_posting_line(&low("Tổng kết ngày 19 tháng 9 năm 2025")));
        assert!(!is_posting_line(&low("Hôm nay, thứ Tư 06/3/2024")));
        for task in [
            "Cập nhật số liệu lên hệ thống trước ngày 30/11/2021.",
            "Các trường gửi báo cáo trước ngày 15/3/2020.",
        ] {
            assert!(!is_noise(task, &low(task)), "{task}");
        }
    }

    #[test]
    fn j3_caption_with_its_credit_is_noise() {
        let t =
            "Quang cảnh buổi làm việc. Ảnh: Minh Đức\nĐồng chí Phó Giám đốc phát biểu (Ảnh: T.L)";
        assert!(kinds(t).iter().all(|(k, _)| *k == LineKind::Noise));
    }

    #[test]
    fn j4_byline_glued_to_last_sentence_is_cut() {
        let t = "Sở sẽ kiểm tra việc thu, chi tại một số trường.THANH TÂM\nCác đơn vị báo cáo kết quả về Phòng.Lan Anh - Phòng GDTrH";
        let k = kinds(t);
        assert_eq!(
            k,
            vec![
                (
                    LineKind::Content,
                    "Sở sẽ kiểm tra việc thu, chi tại một số trường.".into()
                ),
                (LineKind::Noise, "THANH TÂM".into()),
                (
                    LineKind::Content,
                    "Các đơn vị báo cáo kết quả về Phòng.".into()
                ),
                (LineKind::Noise, "Lan Anh - Phòng GDTrH".into()),
            ]
        );
    }

    #[test]
    fn j4_source_tag_at_the_start_is_cut() {
        let t =
            "(GDTĐ) - Sáng 03/4, Sở GD&ĐT tổ chức hội nghị.\n(Ảnh minh họa) - x\n(1) - Các trường";
        let k = kinds(t);
        assert_eq!(k[0], (LineKind::Noise, "(GDTĐ) - ".into()));
        assert_eq!(
            k[1],
            (
                LineKind::Content,
                "Sáng 03/4, Sở GD&ĐT tổ chức hội nghị.".into()
            )
        );
        assert_eq!(k.len(), 4);
    }

    #[test]
    fn j5_widget_glued_to_text_is_cut_but_abbreviations_and_sentences_are_not() {
        let t = "Các trường hoàn thành trước ngày 20/5/2023.Tin cùng chuyên mục\nSở GD&ĐT Hà Tĩnh";
        let k = kinds(t);
        assert_eq!(k[0].1, "Các trường hoàn thành trước ngày 20/5/2023.");
        assert_eq!(k[1], (LineKind::Noise, "Tin cùng chuyên mục".into()));
        // What follows a cut widget is the page's tail.
        assert_eq!(k[2].0, LineKind::Noise);
        for whole in [
            "Tập huấn tại TP.HCM cho giáo viên các trường.",
            "Chuẩn bị hồ sơ, sổ sách, v.v. trước ngày 09/5/2022.",
            "Hoàn thành trước ngày 09/5/2022.Các trường báo cáo kết quả về Phòng trước ngày 20/5.",
            "Liên hệ TS.Nguyễn Văn An để được hướng dẫn.",
        ] {
            assert_eq!(kinds(whole).len(), 1, "{whole}");
        }
    }

    #[test]
    fn j6_related_news_tags_counters_and_footers_are_noise() {
        let t = "Nội dung bài viết.\nTags: giao ban, hiệu trưởng\nTin đã đăng\nHướng dẫn thi nghề phổ thông (15/02/2021)\nTRƯỜNG THCS HÒA BÌNH - Địa chỉ: xã Hòa Bình, huyện Tân Châu";
        let k: Vec<LineKind> = kinds(t).into_iter().map(|x| x.0).collect();
        use LineKind::*;
        assert_eq!(k, vec![Content, Noise, Noise, Noise, Noise]);
        let t = "Đang trực tuyến: 12\nTổng lượt truy cập: 1.204.551\nĐịa chỉ: số 3 đường Lê Lợi";
        assert!(kinds(t).iter().all(|(k, _)| *k == LineKind::Noise));
    }

    #[test]
    fn l2_glued_issuer_and_motto_cells_are_split() {
        let t = "UBND TỈNH HÀ TĨNHCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠOĐộc lập - Tự do - Hạnh phúc\nKỶ NIỆM 95 NĂM THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM";
        let k: Vec<String> = kinds(t).into_iter().map(|x| x.1).collect();
        assert_eq!(
            k,
            vec![
                "UBND TỈNH HÀ TĨNH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                "Độc lập - Tự do - Hạnh phúc",
                "KỶ NIỆM 95 NĂM THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM",
            ]
        );
    }

    #[test]
    fn l3_a_sentence_opening_with_the_party_name_is_no_motto() {
        assert!(is_motto("đảng cộng sản việt nam"));
        assert!(is_motto(
            "cộng hòa xã hội chủ nghĩa việt nam độc lập - tự do - hạnh phúc"
        ));
        assert!(!is_motto(
            "đảng cộng sản việt nam lãnh đạo toàn diện công tác giáo dục."
        ));
    }

    #[test]
    fn j5_a_sentence_glued_to_the_one_before_is_not_cut() {
        let t = "Các trường đã khắc phục.Ảnh hưởng của mưa lũ vẫn còn nặng nề.";
        assert_eq!(kinds(t).len(), 1);
        let t = "Các trường hoàn thành.Ảnh: Quốc Việt";
        assert_eq!(kinds(t)[1], (LineKind::Noise, "Ảnh: Quốc Việt".into()));
    }

    #[test]
    fn j9_rules_and_the_party_star_are_noise() {
        let t = "________\n-----\n*\n* * *";
        assert!(kinds(t).iter().all(|(k, _)| *k == LineKind::Noise));
    }

    #[test]
    fn a_new_document_ends_the_junk_tail() {
        let t = "Nội dung bài viết.\nTin khác\nX\nTHÔNG BÁO\nY";
        let kinds: Vec<LineKind> = lines(t, &crate::notice::text::fold(t))
            .iter()
            .map(|l| l.kind)
            .collect();
        assert_eq!(
            kinds,
            vec![
                LineKind::Content,
                LineKind::Noise,
                LineKind::Noise,
                LineKind::Content,
                LineKind::Content
            ]
        );
    }
}
