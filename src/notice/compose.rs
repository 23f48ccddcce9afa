//! Composes decomposed Vietnamese ("o" + U+0323 + U+0302 → "ộ") with the letter tables of
//! `lexicon::letters`. Marks may come in any order (NFD puts the dot below before the circumflex).
//! A mark that makes no Vietnamese letter stays as it is.

use crate::lexicon::letters::{MODIFIERS, TONE_MARKS, VOWELS};

/// Whether a line may hold combining marks (U+0300–U+036F are encoded CC 80 – CD AF).
pub fn may_need(line: &str) -> bool {
    line.bytes().any(|b| b == 0xCC || b == 0xCD)
}

/// Appends `line` to `out` with Vietnamese letters composed.
pub fn compose_into(line: &str, out: &mut String) {
    for c in line.chars() {
        let composed = out.chars().next_back().and_then(|prev| combine(prev, c));
        match composed {
            Some(letter) => {
                out.pop();
                out.push(letter);
            }
            None => out.push(c),
        }
    }
}

/// A Vietnamese letter without its tone and modifier ("ộ" → "o", "Đ" → "D"); other chars as they are.
pub fn base_letter(c: char) -> char {
    // ASCII has no marks (and is most of any text): not looked for.
    if c.is_ascii() {
        return c;
    }
    let table = BASES.get_or_init(bases);
    table
        .binary_search_by_key(&c, |&(letter, _)| letter)
        .map_or(c, |i| table[i].1)
}

/// Every marked letter of [`VOWELS`] with its base, and "đ", "Đ", sorted for a binary search
/// (made once: searching the rows for each letter of a long text cost seconds in the browser).
static BASES: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();

fn bases() -> Vec<(char, char)> {
    let mut out = vec![('đ', 'd'), ('Đ', 'D')];
    for row in VOWELS {
        let Some(bare) = row.chars().next() else {
            continue;
        };
        let base = MODIFIERS
            .iter()
            .find(|(_, _, m)| *m == bare)
            .map_or(bare, |(_, b, _)| *b);
        out.extend(row.chars().filter(|c| !c.is_ascii()).map(|c| (c, base)));
    }
    // By hand: the standard sort's code for this one table of ~140 letters cost the web app's
    // first visit over 1 KB gzipped.
    for i in 1..out.len() {
        let mut j = i;
        while j > 0 && out[j - 1].0 > out[j].0 {
            out.swap(j - 1, j);
            j -= 1;
        }
    }
    out.dedup_by_key(|(c, _)| *c);
    out
}

/// The letter `prev` becomes with `mark`, if Vietnamese has it.
fn combine(prev: char, mark: char) -> Option<char> {
    if !('\u{300}'..='\u{36F}').contains(&mark) {
        return None;
    }
    let (row, tone) = find(prev)?;
    if let Some(t) = TONE_MARKS.iter().position(|&m| m == mark) {
        return (tone == 0).then(|| nth(row, t + 1)).flatten();
    }
    let bare = nth(row, 0)?;
    let (_, _, modified) = MODIFIERS
        .iter()
        .find(|(m, b, _)| *m == mark && *b == bare)?;
    let (new_row, _) = find(*modified)?;
    nth(new_row, tone)
}

/// The row and tone of a vowel.
fn find(c: char) -> Option<(usize, usize)> {
    VOWELS
        .iter()
        .enumerate()
        .find_map(|(r, row)| row.chars().position(|x| x == c).map(|t| (r, t)))
}

fn nth(row: usize, tone: usize) -> Option<char> {
    VOWELS.get(row)?.chars().nth(tone)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn compose(s: &str) -> String {
        let mut out = String::new();
        compose_into(s, &mut out);
        out
    }

    #[test]
    fn every_vietnamese_letter_decomposed_comes_back_as_nfc() {
        for row in VOWELS {
            for letter in row.chars() {
                let nfd: String = letter.to_string().nfd().collect();
                assert_eq!(
                    compose(&nfd),
                    letter.to_string(),
                    "{letter}: {:?}",
                    nfd.chars().map(|c| c as u32).collect::<Vec<_>>()
                );
                // Marks in the other order compose too.
                let mut swapped: Vec<char> = nfd.chars().collect();
                if swapped.len() == 3 {
                    swapped.swap(1, 2);
                    assert_eq!(
                        compose(&swapped.into_iter().collect::<String>()),
                        letter.to_string()
                    );
                }
            }
        }
    }

    #[test]
    fn words_match_unicode_nfc() {
        let text = "Kết luận của Giám đốc Sở Giáo dục và Đào tạo, Phòng Kế hoạch - Tài chính thực hiện ngay; HỘI NGHỊ ĐẶC BIỆT";
        let nfd: String = text.nfd().collect();
        assert_eq!(compose(&nfd), text.nfc().collect::<String>());
        assert!(may_need(&nfd));
        assert!(!may_need(text));
    }

    #[test]
    fn the_base_table_agrees_with_the_rows() {
        // What the rows say, looked up the slow way, for every letter they hold.
        for row in VOWELS {
            let bare = row.chars().next().unwrap();
            let base = MODIFIERS
                .iter()
                .find(|(_, _, m)| *m == bare)
                .map_or(bare, |(_, b, _)| *b);
            for c in row.chars() {
                assert_eq!(base_letter(c), base, "{c}");
            }
        }
        assert_eq!(base_letter('x'), 'x');
        assert_eq!(base_letter('€'), '€');
    }

    #[test]
    fn base_letters() {
        let plain: String = "Kết luận Sở GD&ĐT ướt ỵ".chars().map(base_letter).collect();
        assert_eq!(plain, "Ket luan So GD&DT uot y");
    }

    #[test]
    fn stray_marks_stay() {
        assert_eq!(compose("x\u{301}"), "x\u{301}");
        assert_eq!(compose("\u{301}a"), "\u{301}a");
        assert_eq!(compose("á\u{301}"), "á\u{301}");
    }
}
