//! Small helpers over Vietnamese text shared by the stages: case folding that keeps byte offsets,
//! whole-word phrase matching against lexicon tables, and word stepping. `regex` would not help here: its `\w` and case
//! folding are ASCII-only in the small builds, and every rule is a phrase from a lexicon anyway.

use crate::lexicon::Lexicon;

/// Lowercases `text` char by char where the lowercase form has the same UTF-8 length (true for
/// every Vietnamese letter), so that byte offsets into the result are offsets into `text`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends the folded `text` to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    let start = out.len();
    let bytes = text.as_bytes();
    let mut run = 0; // start of the stretch copied as it is
    let mut i = 0;
    while i < bytes.len() {
        // Skip the ASCII run in one go.
        match bytes[i..].iter().position(|&b| b >= 0x80) {
            Some(k) => i += k,
            None => break,
        }
        let lead = bytes[i];
        let len = match lead {
            0xF0.. => 4,
            0xE0.. => 3,
            _ => 2,
        };
        if surely_lowercase(bytes, i) {
            i += len;
            continue;
        }
        if let Some(c) = text.get(i..i + len).and_then(|s| s.chars().next()) {
            let l = fold_char(c);
            if l != c {
                out.push_str(&text[run..i]);
                out.push(l);
                run = i + len;
            }
        }
        i += len;
    }
    out.push_str(&text[run..]);
    if let Some(added) = out.get_mut(start..) {
        added.make_ascii_lowercase();
    }
}

/// Small Vietnamese letters told from their bytes alone: Latin-1 small letters (C3 9F–BF), and
/// odd code points in the blocks where small letters are odd (Latin Extended A, Latin Extended
/// Additional). Others are decoded and folded.
#[inline]
pub(crate) fn surely_lowercase(b: &[u8], i: usize) -> bool {
    match (b[i], b.get(i + 1), b.get(i + 2)) {
        (0xC3, Some(&x), _) => x >= 0x9F,
        (0xC4, Some(&x), _) => x & 1 == 1 && x <= 0xAF,
        (0xC5, Some(&x), _) => x & 1 == 1 && (0x90..=0xB7).contains(&x),
        (0xC6, Some(&x), _) => x == 0xA1 || x == 0xB0,
        (0xE1, Some(&(0xB8..=0xBB)), Some(&x)) => x & 1 == 1,
        _ => false,
    }
}

/// The lowercase of one char, or the char itself when lowercasing would change its length.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // Vietnamese letters, without the general case tables: Latin-1 capitals, and the blocks
    // where capitals are even and their small letters the next code point.
    let n = c as u32;
    let fast = match n {
        0xC0..=0xDE if n != 0xD7 => Some(n + 0x20),
        0xDF..=0xFF => Some(n),
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => {
            Some(n | 1)
        }
        0x139..=0x148 | 0x179..=0x17E if n % 2 == 1 => Some(n + 1),
        0x178 => Some(0xFF),
        0x1A0 | 0x1AF => Some(n + 1),
        0x1A1 | 0x1B0 => Some(n),
        _ => None,
    };
    // Other letters are left as they are: every lexicon is Vietnamese, and Unicode's general
    // case tables would cost the web app several kilobytes.
    fast.and_then(char::from_u32).unwrap_or(c)
}

/// A char that belongs inside a word. '&' and '/' join abbreviations ("GD&ĐT", "Đ/c").
pub fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric() || c == '&',
        // Latin letters with diacritics, Vietnamese among them (but × and ÷).
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        _ => c.is_alphanumeric(),
    }
}

/// True when `hay[at..]` starts with `phrase` on whole-word boundaries.
#[inline]
pub fn phrase_at(hay: &str, at: usize, phrase: &str) -> bool {
    // Most calls fail on the first byte: that is tested where the call costs nothing.
    match phrase.as_bytes().first() {
        Some(first) if hay.as_bytes().get(at) != Some(first) => false,
        _ => whole_phrase_at(hay, at, phrase),
    }
}

/// True when `hay[..end]` ends with `phrase` on whole-word boundaries ("… ghi nhận kết quả và"
/// ends with "và"; "… giao ban" does not end with "an").
#[inline]
pub fn ends_with_phrase(hay: &str, end: usize, phrase: &str) -> bool {
    hay.get(..end).is_some_and(|h| h.ends_with(phrase))
        && phrase_at(hay, end - phrase.len(), phrase)
}

/// [`phrase_at`] past its first byte.
#[inline(never)]
fn whole_phrase_at(hay: &str, at: usize, phrase: &str) -> bool {
    let Some(rest) = hay.get(at..) else {
        return false;
    };
    if !rest.starts_with(phrase) {
        return false;
    }
    let before_ok = hay[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c));
    let after = rest[phrase.len()..].chars().next();
    let phrase_ends_in_word = phrase.chars().next_back().is_some_and(is_word_char);
    before_ok && (!phrase_ends_in_word || after.is_none_or(|c| !is_word_char(c)))
}

/// The longest phrase of `table` at `at`.
#[inline]
pub fn table_at(hay: &str, at: usize, table: &Lexicon) -> Option<&'static str> {
    let bytes = hay.as_bytes();
    let first = *bytes.get(at)?;
    // Most words are let go on their first two bytes, here, where the call costs nothing.
    if !table.may_start_with_pair(first, bytes.get(at + 1).copied()) {
        return None;
    }
    phrase_of_table_at(hay, at, table)
}

/// [`table_at`] past its first two bytes: the phrases that start with them, longest first.
#[inline(never)]
fn phrase_of_table_at(hay: &str, at: usize, table: &Lexicon) -> Option<&'static str> {
    // Most look-ups end here, in a call kept small: no phrase of the bucket agrees on the first
    // eight bytes.
    if !table.may_match(hay.as_bytes().get(at..)?) {
        return None;
    }
    matched_phrase_at(hay, at, table)
}

/// [`phrase_of_table_at`] once some phrase may match.
#[inline(never)]
fn matched_phrase_at(hay: &str, at: usize, table: &Lexicon) -> Option<&'static str> {
    // No phrase starts with a UTF-8 continuation byte, so `at` is a char boundary past this.
    let rest = hay.as_bytes().get(at..)?;
    // Longest first: the first phrase that matches on a word boundary is the answer.
    let found = table.longest_at(rest, |p, ends_in_word| {
        !(ends_in_word && word_char_at(hay, at + p.len()))
    })?;
    // Every phrase must start a word: the char before is tested once, for the phrase found.
    (!word_char_before(hay, at)).then_some(found)
}

/// Whether the char at byte `i` of `hay` is a word char ([`is_word_char`]); false at the end or
/// off a char boundary. An ASCII byte (most often a space) is told without decoding.
#[inline(always)]
fn word_char_at(hay: &str, i: usize) -> bool {
    match hay.as_bytes().get(i) {
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric() || b == b'&',
        Some(_) => hay
            .get(i..)
            .and_then(|after| after.chars().next())
            .is_some_and(is_word_char),
        None => false,
    }
}

/// Whether the char ending at byte `i` of `hay` is a word char; false at the start or off a
/// char boundary.
#[inline]
fn word_char_before(hay: &str, i: usize) -> bool {
    match i.checked_sub(1).and_then(|j| hay.as_bytes().get(j)) {
        Some(&b) if b < 0x80 => hay.is_char_boundary(i) && (b.is_ascii_alphanumeric() || b == b'&'),
        Some(_) => hay
            .get(..i)
            .and_then(|h| h.chars().next_back())
            .is_some_and(is_word_char),
        None => false,
    }
}

/// [`phrase_of_table_at`] as it was written before the look-ups were grouped by pairs: every
/// phrase of the table, longest first (for the tests).
#[cfg(test)]
pub(crate) fn phrase_of_table_at_plainly(
    hay: &str,
    at: usize,
    table: &Lexicon,
) -> Option<&'static str> {
    let rest = hay.as_bytes().get(at..)?;
    let mut phrases: Vec<&'static str> = table.iter().collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let found = phrases.into_iter().find(|p| {
        !p.is_empty()
            && rest.starts_with(p.as_bytes())
            && !(p.chars().next_back().is_some_and(is_word_char)
                && hay[at + p.len()..].chars().next().is_some_and(is_word_char))
    })?;
    let word_before = hay.get(..at).and_then(|h| h.chars().next_back());
    (!word_before.is_some_and(is_word_char)).then_some(found)
}

/// Where the first of the ASCII bytes `set` stands in `hay[from..to]`: for clause ends (",",
/// ";", ":"), looked for byte by byte instead of char by char (UTF-8 never holds an ASCII byte
/// inside another character).
pub fn first_ascii_of(hay: &str, from: usize, to: usize, set: &[u8]) -> Option<usize> {
    let bytes = hay.as_bytes().get(from..to.min(hay.len()))?;
    // (A table of the bytes looked for: `set.contains` would call memchr for every byte.)
    let mut wanted = [false; 128];
    for &s in set {
        if let Some(w) = wanted.get_mut(usize::from(s)) {
            *w = true;
        }
    }
    bytes
        .iter()
        .position(|&b| wanted.get(usize::from(b)).copied().unwrap_or(false))
        .map(|i| from + i)
}

/// The first whole-word occurrence of `phrase` in `hay[from..to]`.
pub fn find_phrase(hay: &str, phrase: &str, from: usize, to: usize) -> Option<usize> {
    let to = to.min(hay.len());
    // The range must lie on char boundaries (else nothing is found).
    let window = hay.get(from..to)?.as_bytes();
    let p = phrase.as_bytes();
    let (&first, _) = p.split_first()?;
    // Each place the phrase's first byte stands is tried: the phrases are short words, and
    // building a substring searcher for every call costs more than the search.
    let mut i = 0;
    // (memchr: most of the window is skipped many bytes at a time.)
    while let Some(k) = memchr::memchr(first, window.get(i..)?) {
        let at = i + k;
        // A phrase starts with a whole char, so a match starts on a char boundary.
        if window[at..].starts_with(p) && phrase_at(hay, from + at, phrase) {
            return Some(from + at);
        }
        i = at + 1;
    }
    None
}

/// The earliest whole-word occurrence of any phrase of `table` in `hay[from..to]`: (offset, phrase).
/// One pass over the bytes; a word no phrase can start with costs one table read. Every byte of
/// a non-ASCII character counts as a word byte here (Vietnamese letters), which only means a
/// phrase right after a curly quote is not looked for.
pub fn find_any(
    hay: &str,
    table: &Lexicon,
    from: usize,
    to: usize,
) -> Option<(usize, &'static str)> {
    let [hit] = first_of_each(hay, [table], from, to);
    hit
}

/// The earliest whole-word occurrence of each table's phrases in `hay[from..to]`, in one pass.
/// Word starts are found eight bytes at a time; only they are looked up.
pub fn first_of_each<const N: usize>(
    hay: &str,
    tables: [&Lexicon; N],
    from: usize,
    to: usize,
) -> [Hit; N] {
    let mut hits = [None; N];
    let bytes = hay.as_bytes();
    let to = to.min(bytes.len());
    let Some(range) = bytes.get(from..to) else {
        return hits;
    };
    if from >= to {
        return hits;
    }
    // The text being read has its word starts found once (most scans are over it).
    if let Some(()) = super::word_starts::with(hay, |starts| {
        scan_starts(hay, &tables, starts, from, to, &mut hits)
    }) {
        return hits;
    }
    let mut prev_word = from > 0 && bytes.get(from - 1).is_some_and(|&b| is_word_byte(b));
    let (words, rest) = words(range);
    let mut i = from;
    for x in words {
        let word = word_bytes(x);
        let mut starts = word & !(word << 8 | u64::from(prev_word) << 7);
        prev_word = word >> 63 != 0;
        while starts != 0 {
            let at = i + starts.trailing_zeros() as usize / 8;
            if look_up(hay, &tables, at, to, &mut hits) {
                return hits;
            }
            starts &= starts - 1;
        }
        i += 8;
    }
    for &b in rest {
        let word = is_word_byte(b);
        if word && !prev_word && look_up(hay, &tables, i, to, &mut hits) {
            return hits;
        }
        prev_word = word;
        i += 1;
    }
    hits
}

/// [`first_of_each`] over the word starts found once for the text being read (`starts`, one
/// bit per byte of `hay`), 64 bytes at a time; a word no table can start with is let go on its
/// first byte, here, without a call.
fn scan_starts<const N: usize>(
    hay: &str,
    tables: &[&Lexicon; N],
    starts: &[u64],
    from: usize,
    to: usize,
    hits: &mut [Hit; N],
) {
    let bytes = hay.as_bytes();
    let (first_block, last_block) = (from / 64, (to - 1) / 64);
    // (A counted loop: an iterator adapter here is a call per block in the size-optimised build.)
    for block in first_block..=last_block {
        let Some(&set) = starts.get(block) else {
            return;
        };
        let mut set = set;
        if block == first_block {
            set &= !0u64 << (from % 64);
        }
        if block == last_block && to % 64 != 0 {
            set &= (1u64 << (to % 64)) - 1;
        }
        while set != 0 {
            let at = block * 64 + set.trailing_zeros() as usize;
            if at >= bytes.len() {
                return;
            }
            let first = bytes[at];
            let second = if at + 1 < bytes.len() {
                Some(bytes[at + 1])
            } else {
                None
            };
            let mut all = true;
            for (table, hit) in tables.iter().zip(hits.iter_mut()) {
                if hit.is_none() {
                    if table.may_start_with_pair(first, second) {
                        *hit = phrase_of_table_at(hay, at, table)
                            .filter(|p| at + p.len() <= to)
                            .map(|p| (at, p));
                    }
                    all &= hit.is_some();
                }
            }
            if all {
                return;
            }
            set &= set - 1;
        }
    }
}

/// A hit of a lexicon: where, and which phrase.
type Hit = Option<(usize, &'static str)>;

/// A byte of a word for the lexicon scan: an ASCII letter or digit, '&' ("GD&ĐT"), or any byte
/// of a non-ASCII character (Vietnamese letters; a phrase right after a curly quote is missed).
pub(crate) fn is_word_byte(b: u8) -> bool {
    b >= 0x80 || b.is_ascii_alphanumeric() || b == b'&'
}

/// The top bit of each of the eight bytes of `x` that is a word byte ([`is_word_byte`]).
#[inline(always)]
pub(crate) fn word_bytes(x: u64) -> u64 {
    let word = (x & HIGH) | ascii_in(x, b'0', b'9') | ascii_in(x, b'a', b'z');
    word | ascii_in(x, b'A', b'Z') | ascii_in(x, b'&', b'&')
}

/// Looks every table still without a hit up at the word start `i`; true when all have one.
fn look_up<const N: usize>(
    hay: &str,
    tables: &[&Lexicon; N],
    i: usize,
    to: usize,
    hits: &mut [Hit; N],
) -> bool {
    let first = hay.as_bytes().get(i).copied().unwrap_or(0);
    for (table, hit) in tables.iter().zip(hits.iter_mut()) {
        if hit.is_none() && table.may_start_with(first) {
            *hit = table_at(hay, i, table)
                .filter(|p| i + p.len() <= to)
                .map(|p| (i, p));
        }
    }
    hits.iter().all(Option::is_some)
}

/// The top bit of each byte.
pub(crate) const HIGH: u64 = ONES * 0x80;

/// The top bit of each byte of `x` that is an ASCII byte from `lo` to `hi` (at most 0x7F), without
/// carries between bytes: `b + 0x80 - lo` reaches 0x80 when `b >= lo`, `b + 0x7F - hi` when `b > hi`.
#[inline(always)]
pub(crate) fn ascii_in(x: u64, lo: u8, hi: u8) -> u64 {
    let t = x & !HIGH;
    let at_least_lo = t + ONES * (0x80 - u64::from(lo));
    let above_hi = t + ONES * (0x7F - u64::from(hi));
    at_least_lo & !above_hi & !x & HIGH
}

/// `bytes` as little-endian 64-bit words of eight bytes each, and the bytes left over: for the
/// scans that test eight bytes at once.
pub(crate) fn words(bytes: &[u8]) -> (impl Iterator<Item = u64> + '_, &[u8]) {
    let chunks = bytes.chunks_exact(8);
    let rest = chunks.remainder();
    let words = chunks.map(|w| {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        u64::from_le_bytes(b)
    });
    (words, rest)
}

/// Eight bytes of 0x01.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The first ASCII digit in `bytes`, looked for eight bytes at a time (dates, numbers and
/// document symbols all start with one, and most text has none for dozens of bytes).
pub fn first_digit(bytes: &[u8]) -> Option<usize> {
    let (words, rest) = words(bytes);
    let mut i = 0;
    for x in words {
        let hit = ascii_in(x, b'0', b'9');
        if hit != 0 {
            return Some(i + hit.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    rest.iter().position(u8::is_ascii_digit).map(|k| i + k)
}

/// The number of code points that start in `bytes` (bytes that are not UTF-8 continuation bytes,
/// 10xxxxxx), eight bytes at a time.
pub fn code_points(bytes: &[u8]) -> usize {
    let (words, rest) = words(bytes);
    let mut n = 0usize;
    for x in words {
        // A byte starts a code point when its top bit is clear or its next bit is set; the
        // multiplication adds the eight 0/1 bytes up into the top byte.
        let starts = (!x >> 7 | x >> 6) & ONES;
        n += (starts.wrapping_mul(ONES) >> 56) as usize;
    }
    n + rest.iter().filter(|&&x| (x as i8) >= -0x40).count()
}

/// Appends `n` in decimal, zero-padded to `width` digits. Written by hand because the reader
/// formats a number for every directive and deadline, and `format!` is slow in bulk.
pub fn push_decimal(out: &mut String, n: usize, width: usize) {
    if n >= 10 || width > 1 {
        push_decimal(out, n / 10, width.saturating_sub(1));
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// The char boundary at or before `at` (at most `s.len()`): where a window of bytes cut at a
/// fixed length may end.
pub fn boundary_before(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Skips spaces from `at`.
pub fn skip_spaces(hay: &str, mut at: usize) -> usize {
    while hay.as_bytes().get(at) == Some(&b' ') {
        at += 1;
    }
    at
}

/// `at`, or past a line break there and the spaces after it, while inside the sentence ending
/// at `e` (a copy's line break inside a phrase, J7: "… phối hợp với" / "Công an huyện …").
pub fn past_line_break(low: &str, at: usize, e: usize) -> usize {
    match low.as_bytes().get(at) {
        Some(b'\n') if at < e => skip_spaces(low, at + 1).min(e),
        _ => at,
    }
}

/// Where a word of a person's name that starts at `at` ends: as [`word_end`], and on across an
/// apostrophe before a capital ("H'Nhi", "Ksor H’Bla": the names of the Central Highlands'
/// peoples).
pub fn name_word_end(hay: &str, at: usize) -> usize {
    let end = word_end(hay, at);
    match hay.get(end..).and_then(|r| r.chars().next()) {
        Some(a @ ('\'' | '’'))
            if end > at && hay[end + a.len_utf8()..].starts_with(char::is_uppercase) =>
        {
            word_end(hay, end + a.len_utf8())
        }
        _ => end,
    }
}

/// The end of the word starting at `at` (word chars plus inner '-', '/', '.' between word chars).
/// ASCII bytes are told without decoding (most of a word's bytes).
pub fn word_end(hay: &str, at: usize) -> usize {
    let Some(s) = hay.get(at..) else {
        return at;
    };
    let b = s.as_bytes();
    let (mut i, mut end) = (0, 0);
    while let Some(&c) = b.get(i) {
        let (word, len) = if c < 0x80 {
            (c.is_ascii_alphanumeric() || c == b'&', 1)
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(ch) => (is_word_char(ch), ch.len_utf8()),
                None => break,
            }
        };
        if word {
            i += len;
            end = i;
        } else if (c == b'-' || c == b'/') && end == i {
            // Inside a word only when a word char follows.
            let next = match b.get(i + 1) {
                Some(&n) if n < 0x80 => n.is_ascii_alphanumeric() || n == b'&',
                Some(_) => s
                    .get(i + 1..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(is_word_char),
                None => false,
            };
            if !next {
                break;
            }
            i += 1;
        } else {
            break;
        }
    }
    at + end
}

/// [`word_end`] char by char, as it was written first (for the tests).
#[cfg(test)]
fn word_end_plainly(hay: &str, at: usize) -> usize {
    let mut end = at;
    let mut iter = hay.get(at..).unwrap_or("").char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_word_char(c) {
            end = at + i + c.len_utf8();
        } else if matches!(c, '-' | '/') && end == at + i {
            match iter.peek() {
                Some(&(_, n)) if is_word_char(n) => {}
                _ => break,
            }
        } else {
            break;
        }
    }
    end
}

/// The start of the next word at or after `at` (skipping spaces only; punctuation stops it).
pub fn next_word(hay: &str, at: usize) -> usize {
    skip_spaces(hay, at)
}

/// Trims spaces and the given punctuation from both ends of a range.
pub fn trim_range(text: &str, mut start: usize, mut end: usize, punct: &[char]) -> (usize, usize) {
    while start < end {
        match text[start..end].chars().next() {
            Some(c) if c == ' ' || punct.contains(&c) => start += c.len_utf8(),
            _ => break,
        }
    }
    while start < end {
        match text[start..end].chars().next_back() {
            Some(c) if c == ' ' || punct.contains(&c) => end -= c.len_utf8(),
            _ => break,
        }
    }
    (start, end)
}

/// Whether a char is an uppercase letter (Vietnamese-aware).
pub fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

/// Whether most letters of `s` are uppercase (a heading or header line in capitals).
pub fn mostly_upper(s: &str) -> bool {
    let (mut up, mut low) = (0usize, 0usize);
    for c in s.chars() {
        // ASCII and Vietnamese letters by the folding rules; other letters by Unicode's tables.
        let (upper, lower) = if c.is_ascii() {
            (c.is_ascii_uppercase(), c.is_ascii_lowercase())
        } else if fold_char(c) != c {
            (true, false)
        } else if matches!(c as u32, 0xC0..=0x12F | 0x131..=0x17F | 0x1A0 | 0x1A1 | 0x1AF | 0x1B0 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF)
        {
            // Where folding is exact (see the tests), a letter it leaves alone is small.
            (false, c != '×' && c != '÷')
        } else {
            (c.is_uppercase(), c.is_lowercase())
        };
        if upper {
            up += 1;
        } else if lower {
            low += 1;
            if low > 12 && low * 2 > up {
                return false; // clearly a sentence: no need to read it all
            }
        }
    }
    up >= 4 && up > low * 4
}

/// Number of words in `s` (runs of characters between spaces that hold a letter or digit),
/// counting no further than `cap`: callers only compare it with small numbers.
pub fn word_count_upto(s: &str, cap: usize) -> usize {
    let mut n = 0;
    for w in s.split(' ') {
        if w.bytes().any(|b| b.is_ascii_alphanumeric() || b >= 0x80) {
            n += 1;
            if n > cap {
                break;
            }
        }
    }
    n
}

/// Number of words in `s`.
pub fn word_count(s: &str) -> usize {
    word_count_upto(s, usize::MAX)
}

/// For the tests of the eight-byte scans: ranges over each line of `low`, one from each of the
/// line's first 16 char boundaries (every alignment of the eight-byte words) to the line's end.
/// The bytes of `chunk` (at most 64) that start a code point, as a bit set (bit k for
/// `chunk[k]`), eight bytes at a time.
pub fn code_point_starts(chunk: &[u8]) -> u64 {
    let (words, rest) = words(chunk);
    let mut mask = 0u64;
    let mut k = 0;
    for x in words.take(8) {
        // A start byte has its top bit clear or its next bit set; the multiplication gathers
        // the eight 0/1 bytes into one byte, byte j's flag at bit j (no two terms meet).
        let starts = (!x >> 7 | x >> 6) & ONES;
        mask |= (starts.wrapping_mul(0x0102_0408_1020_4080) >> 56) << k;
        k += 8;
    }
    for &x in rest {
        if k < 64 && (x as i8) >= -0x40 {
            mask |= 1 << k;
        }
        k += 1;
    }
    mask
}

#[cfg(test)]
pub(crate) fn line_alignments(low: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for line in low.lines() {
        let start = line.as_ptr() as usize - low.as_ptr() as usize;
        let end = start + line.len();
        let froms = (start..(start + 16).min(end)).filter(|&f| low.is_char_boundary(f));
        out.extend(froms.map(|from| (from, end)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_point_starts_are_the_bytes_that_start_a_char() {
        let text = "Phòng GD&ĐT “Trích” – ờ ở 😀 中文 a\u{0301} ".repeat(5);
        let bytes = text.as_bytes();
        for from in 0..bytes.len() {
            for len in [0, 1, 7, 8, 9, 15, 16, 31, 60, 63, 64] {
                let Some(chunk) = bytes.get(from..from + len) else {
                    continue;
                };
                let want = chunk
                    .iter()
                    .enumerate()
                    .filter(|(_, &x)| (x as i8) >= -0x40)
                    .fold(0u64, |m, (k, _)| m | 1 << k);
                assert_eq!(code_point_starts(chunk), want, "{from} {len}");
                assert_eq!(want.count_ones() as usize, code_points(chunk));
            }
        }
    }

    #[test]
    fn code_points_are_the_bytes_that_start_a_char() {
        let text = "Phòng GD&ĐT “Trích” – ờ ở 😀 中文 a\u{0301} ".repeat(5);
        let bytes = text.as_bytes();
        for from in 0..bytes.len() {
            for len in [0, 1, 7, 8, 9, 15, 16, 31, 60, 63, 64, 127, 128] {
                let Some(chunk) = bytes.get(from..from + len) else {
                    continue;
                };
                let want = chunk.iter().filter(|&&x| (x as i8) >= -0x40).count();
                assert_eq!(code_points(chunk), want, "{from} {len}");
            }
        }
    }

    #[test]
    fn word_bytes_eight_at_a_time() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let x = (ONES * u64::from(b.wrapping_add(61))) & !(0xFF << (8 * lane))
                    | u64::from(b) << (8 * lane);
                let want = (0..8).fold(0, |m, k| {
                    m | u64::from(is_word_byte((x >> (8 * k)) as u8)) << (8 * k + 7)
                });
                assert_eq!(word_bytes(x), want, "{b:#x} in lane {lane}");
            }
        }
    }

    #[test]
    fn byte_ranges_eight_at_a_time() {
        for (lo, hi) in [
            (b'0', b'9'),
            (b'a', b'z'),
            (b'A', b'Z'),
            (b'&', b'&'),
            (0, 0x7F),
        ] {
            for b in 0..=255u8 {
                for lane in 0..8 {
                    // The byte in one lane, its neighbours on either side of the range.
                    let x = (ONES * u64::from(b.wrapping_add(97))) & !(0xFF << (8 * lane))
                        | u64::from(b) << (8 * lane);
                    let want = (0..8).fold(0, |m, k| {
                        let c = (x >> (8 * k)) as u8;
                        m | u64::from((lo..=hi).contains(&c)) << (8 * k + 7)
                    });
                    assert_eq!(ascii_in(x, lo, hi), want, "{b:#x} in lane {lane}");
                }
            }
        }
    }

    /// `first_of_each` with its word starts found byte by byte.
    fn first_of_each_bytewise<const N: usize>(
        hay: &str,
        tables: [&Lexicon; N],
        from: usize,
        to: usize,
    ) -> [Hit; N] {
        let mut hits = [None; N];
        let bytes = hay.as_bytes();
        let to = to.min(bytes.len());
        let mut prev_word = from > 0 && bytes.get(from - 1).is_some_and(|&b| is_word_byte(b));
        for (i, &b) in bytes.iter().enumerate().take(to).skip(from) {
            if is_word_byte(b) && !prev_word && look_up(hay, &tables, i, to, &mut hits) {
                break;
            }
            prev_word = is_word_byte(b);
        }
        hits
    }

    #[test]
    fn word_starts_in_real_notices_at_every_alignment() {
        let tables = [
            &crate::lexicon::units::HEADS,
            &crate::lexicon::units::ABBREVIATIONS,
            &crate::lexicon::deadlines::RECURRING,
        ];
        let text = include_str!("../../tests/fixtures/hanoi-2022-giao-ban-thang-9.txt");
        let low = fold(text);
        for registered in [false, true] {
            // With the text registered, its word starts are read from the set found once.
            let _starts = registered.then(|| super::super::word_starts::register(&low, false));
            for (from, to) in line_alignments(&low) {
                assert_eq!(
                    first_of_each(&low, tables, from, to),
                    first_of_each_bytewise(&low, tables, from, to),
                    "{}",
                    &low[from..to]
                );
            }
            // Ranges across lines and 64-byte blocks, and empty or reversed ones.
            for from in (0..low.len()).step_by(37) {
                for len in [0, 1, 63, 64, 65, 200, 1000] {
                    let to = (from + len).min(low.len());
                    assert_eq!(
                        first_of_each(&low, tables, from, to),
                        first_of_each_bytewise(&low, tables, from, to)
                    );
                    assert_eq!(first_of_each(&low, tables, to, from), [None; 3]);
                }
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 1000, ..Default::default() })]
        #[test]
        fn word_starts_eight_at_a_time_agree_with_byte_by_byte(
            s in "(phòng|sở|gd&đt|ubnd|các|trường|thpt|ngày|tháng|năm|hằng|định kỳ|khẩn trương|[a-zA-Z0-9&đơư]| |,|\\.|/|-|\n){0,60}",
            cut in 0usize..400,
            len in 0usize..400,
        ) {
            let tables = [&crate::lexicon::units::HEADS, &crate::lexicon::units::ABBREVIATIONS, &crate::lexicon::deadlines::RECURRING, &crate::lexicon::deadlines::URGENT];
            let from = s.floor_char_boundary(cut.min(s.len()));
            let to = s.floor_char_boundary((from + len).min(s.len()));
            proptest::prop_assert_eq!(
                first_of_each(&s, tables, from, to),
                first_of_each_bytewise(&s, tables, from, to)
            );
            // The same with the word starts found once for the text (the read's own path).
            let _starts = super::super::word_starts::register(&s, false);
            proptest::prop_assert_eq!(
                first_of_each(&s, tables, from, to),
                first_of_each_bytewise(&s, tables, from, to)
            );
        }
    }

    /// Tables of every kind, the largest among them.
    fn some_tables() -> Vec<&'static Lexicon> {
        use crate::lexicon::*;
        vec![
            &units::HEADS,
            &units::ABBREVIATIONS,
            &units::DETERMINERS,
            &verbs::STRONG_PREDICATES,
            &verbs::IMPERATIVE_OPENERS,
            &verbs::NAME_STOPS,
            &verbs::CONNECTORS,
            &noise::LINE_OPENERS,
            &noise::NAV_ITEMS,
            &deadlines::ANCHORS,
            &deadlines::CUES,
            &structure::PERSON_TITLES,
        ]
    }

    #[test]
    fn table_look_ups_in_real_notices_as_by_reading_every_phrase() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
        for name in [
            "hanoi-2022-giao-ban-thang-9.txt",
            "cantho-2020-so-ket-hk1.txt",
            "haugiang-2018-giao-ban-web.txt",
        ] {
            let low = fold(&std::fs::read_to_string(format!("{dir}{name}")).unwrap_or_default());
            assert!(!low.is_empty(), "{name}");
            let mut found = 0;
            for t in some_tables() {
                for at in (0..low.len()).filter(|&at| low.is_char_boundary(at)) {
                    let hit = table_at(&low, at, t);
                    assert_eq!(
                        hit,
                        phrase_of_table_at_plainly(&low, at, t),
                        "{name} at {at}"
                    );
                    found += usize::from(hit.is_some());
                }
            }
            assert!(found > 100, "{name}: {found}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 500, ..Default::default() })]
        #[test]
        fn table_look_ups_as_by_reading_every_phrase(
            s in "(phòng|phòng giáo dục|sở|gd&đt|ubnd|các|trường|thpt|chỉ đạo|triển khai|thực hiện|tổ chức|giao|ngày|tháng|trước|hằng|[a-z0-9&đơư]| |,|\\.|/|-|\n){0,40}",
        ) {
            for t in some_tables() {
                for at in (0..=s.len()).filter(|&at| s.is_char_boundary(at)) {
                    proptest::prop_assert_eq!(
                        table_at(&s, at, t),
                        phrase_of_table_at_plainly(&s, at, t)
                    );
                }
            }
        }
    }

    #[test]
    fn decimals_as_format_writes_them() {
        for n in (0..2500).chain([9_999, 10_000, 123_456_789, usize::MAX]) {
            for width in [0, 1, 2, 4, 20, 25] {
                let mut s = String::from("d");
                push_decimal(&mut s, n, width);
                assert_eq!(s, format!("d{n:0width$}"));
            }
        }
    }

    #[test]
    fn fast_folding_agrees_with_unicode() {
        let general = |c: char| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                _ => c,
            }
        };
        // Latin-1, Latin Extended-A, ơ ư, Latin Extended Additional (all of Vietnamese): exact.
        let exact = (0xC0u32..0x180)
            .chain([0x1A0, 0x1A1, 0x1AF, 0x1B0])
            .chain(0x1E00..0x1E96)
            .chain(0x1EA0..0x1F00);
        for n in exact {
            if let Some(c) = char::from_u32(n) {
                assert_eq!(fold_char(c), general(c), "U+{n:04X}");
            }
        }
        // Elsewhere a letter may stay as it is, but is never folded wrongly.
        for n in 0x80u32..0x2000 {
            if let Some(c) = char::from_u32(n) {
                assert!(fold_char(c) == c || fold_char(c) == general(c), "U+{n:04X}");
            }
        }
    }

    #[test]
    fn byte_rules_agree_with_folding() {
        for n in (0x80u32..0x250).chain(0x1E00..0x1F00) {
            if let Some(c) = char::from_u32(n) {
                let mut buf = [0u8; 4];
                let bytes = c.encode_utf8(&mut buf).as_bytes().to_vec();
                if surely_lowercase(&bytes, 0) {
                    assert_eq!(fold_char(c), c, "U+{n:04X}");
                }
            }
        }
        assert_eq!(fold("ĐÀ NẴNG ơ Ư ẞ İ"), "đà nẵng ơ ư ẞ İ");
    }

    #[test]
    fn fold_keeps_offsets() {
        let s = "ĐÁNH GIÁ Đ/c Ầ";
        let f = fold(s);
        assert_eq!(f.len(), s.len());
        assert_eq!(f, "đánh giá đ/c ầ");
    }

    #[test]
    fn phrases_match_whole_words() {
        let h = "các phòng chuyên môn";
        let p = h.find("phòng").unwrap();
        assert!(phrase_at(h, p, "phòng"));
        assert!(!phrase_at(h, p, "phòn"));
        assert_eq!(
            find_phrase(h, "môn", 0, h.len()),
            Some(h.find("môn").unwrap())
        );
        assert_eq!(find_phrase("sở sởi", "sởi", 0, "sở sởi".len()), Some(5));
        assert_eq!(find_phrase("sởi sở", "sở", 0, "sởi sở".len()), Some(6));
    }

    #[test]
    fn word_ends_as_char_by_char() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
        let notice = std::fs::read_to_string(format!("{dir}hanoi-2022-giao-ban-thang-9.txt"))
            .unwrap_or_default();
        let odd =
            "a-b -a a- -- a/b/c a//b x-“y” 2805/SGDĐT-VP GD&ĐT-x ờ-ở 😀-a a-😀 中-文 a\u{301}-b -";
        for text in [notice.as_str(), odd] {
            assert!(!text.is_empty());
            for at in 0..=text.len() + 1 {
                assert_eq!(word_end(text, at), word_end_plainly(text, at), "{at}");
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn word_ends_and_phrases_as_plainly(
            s in "([a-zA-Z0-9&đơưĐ]|ờ|ở|😀|中|“|-|/|\\.| |,|phối hợp|chủ trì){0,40}",
        ) {
            for at in 0..=s.len() {
                proptest::prop_assert_eq!(word_end(&s, at), word_end_plainly(&s, at));
                for phrase in ["phối hợp", "chủ trì", "-", "a", "ờ"] {
                    for to in [at, s.len()] {
                        proptest::prop_assert_eq!(
                            find_phrase(&s, phrase, at, to),
                            find_phrase_plainly(&s, phrase, at, to)
                        );
                    }
                }
            }
        }
    }

    /// [`find_phrase`] as it was written first, the first byte looked for by `position`.
    fn find_phrase_plainly(hay: &str, phrase: &str, from: usize, to: usize) -> Option<usize> {
        let to = to.min(hay.len());
        let window = hay.get(from..to)?.as_bytes();
        let p = phrase.as_bytes();
        let (&first, _) = p.split_first()?;
        let mut i = 0;
        while let Some(k) = window.get(i..)?.iter().position(|&b| b == first) {
            let at = i + k;
            if window[at..].starts_with(p) && phrase_at(hay, from + at, phrase) {
                return Some(from + at);
            }
            i = at + 1;
        }
        None
    }

    #[test]
    fn words_keep_abbreviations() {
        let h = "TTGDNN-GDTX, GD&ĐT và 2805/SGDĐT-VP";
        assert_eq!(&h[..word_end(h, 0)], "TTGDNN-GDTX");
        let g = h.find("GD&").unwrap();
        assert_eq!(&h[g..word_end(h, g)], "GD&ĐT");
    }

    #[test]
    fn code_points_are_counted_as_chars() {
        let s = "Sở GD&ĐT “Hậu Giang” – 𝔸 ngày 17/02/2020, Thông báo kết luận";
        for a in 0..=s.len() {
            for b in a..=s.len() {
                if let Some(part) = s.get(a..b) {
                    assert_eq!(code_points(part.as_bytes()), part.chars().count());
                }
            }
        }
    }

    #[test]
    fn first_digit_agrees_with_a_plain_search() {
        let s = "Sở GD&ĐT: ngày 17/02/2020, Số: 2917 /SGDĐT-VP; /:09 \u{7f}\u{80} đã xong";
        let b = s.as_bytes();
        for a in 0..b.len() {
            for e in a..=b.len().min(a + 40) {
                assert_eq!(
                    first_digit(&b[a..e]),
                    b[a..e].iter().position(u8::is_ascii_digit),
                    "{a}..{e}"
                );
            }
        }
        for n in 0..=255u8 {
            let w = [b'a', b'a', b'a', n, b'a', b'a', b'a', b'a', b'a'];
            assert_eq!(first_digit(&w), n.is_ascii_digit().then_some(3), "{n}");
        }
    }

    #[test]
    fn capitals() {
        assert!(mostly_upper("THÔNG BÁO KẾT LUẬN"));
        assert!(!mostly_upper("Kết luận của Giám đốc"));
        // The fast rules agree with Unicode's on every letter they decide.
        for n in (0x80u32..0x250).chain(0x1E00..0x1F00) {
            if let Some(c) = char::from_u32(n) {
                let s = c.to_string().repeat(5);
                let general = c.is_uppercase() && !c.is_lowercase();
                if c.is_alphabetic() || c == '×' || c == '÷' {
                    assert_eq!(mostly_upper(&s), general, "U+{n:04X}");
                }
            }
        }
    }
}
