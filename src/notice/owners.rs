//! Owners: the units a directive names as responsible, and their role.
//!
//! A unit phrase is an optional determiner ("các"), an optional person title that needs a unit
//! after it ("thủ trưởng các đơn vị"), a head from the unit lexicon ("phòng", "trung tâm",
//! "UBND") and the unit's name: the words after the head up to a predicate marker ("cần",
//! "chủ trì", "tham mưu" …) or punctuation. A comma or "và" followed by another *named* unit
//! ("Phòng Giáo dục trung học, Phòng Kế hoạch - Tài chính") separates two owners; followed by a
//! generic one ("các trung tâm, cơ sở y tế") it continues the same owner.
//!
//! Roles: the subject of a predicate, or the unit after "Giao", is the lead; a unit after
//! "phối hợp (với)" supports.

use super::text::{ends_with_phrase, is_word_char, phrase_at, skip_spaces, table_at, word_end};
use crate::lexicon::{units, verbs};

/// Longest name, in words, before we give up on a unit phrase.
const MAX_NAME_WORDS: usize = 16;

/// A "not yet" qualifier inside the owner (O7): at `at`, right after a unit, "chưa" and what the
/// unit has not done, up to the predicate: a modal, an urgency adverb ([`verbs::AFTER_NOT_YET`])
/// or the qualifier's own verb said again, in the same clause or right after its comma ("các
/// trường chưa nộp báo cáo(,) khẩn trương nộp …", "các đơn vị chưa gửi hồ sơ gửi về Sở …").
/// Returns where the qualifier ends (its text trimmed) and where the predicate starts, with the
/// predicate's first word's length; None when no predicate follows it (the sentence is then a
/// report: "các trường chưa nộp báo cáo").
pub fn not_yet_qualifier(low: &str, at: usize, limit: usize) -> Option<(usize, usize, usize)> {
    if !phrase_at(low, at, "chưa") {
        return None;
    }
    let mut verb_at = skip_spaces(low, at + "chưa".len());
    // "chưa thực sự quan tâm …": how far it falls short is no verb; the verb follows.
    if let Some(w) = table_at(low, verb_at, &verbs::DEGREES_AFTER_NOT_YET) {
        verb_at = skip_spaces(low, verb_at + w.len());
    }
    let verb = low.get(verb_at..word_end(low, verb_at))?;
    if verb.is_empty() {
        return None;
    }
    // A qualifier is short: a few words, read once (bounded, so a sentence stays linear).
    let stop = super::text::boundary_before(low, (verb_at + 120).min(limit));
    let mut w = skip_spaces(low, verb_at + verb.len());
    // Where a word making a noun of the next one ends ("việc tổ chức": the verb said again as a
    // noun).
    let mut noun_at = usize::MAX;
    // The length of the predicate's first word or phrase when one opens at `w`.
    let opens = |w: usize, noun_at: usize| {
        table_at(low, w, &verbs::OBLIGATIONS)
            .or_else(|| table_at(low, w, &verbs::AFTER_NOT_YET))
            .map(str::len)
            .or_else(|| {
                (w != noun_at && low.get(w..word_end(low, w)) == Some(verb)).then_some(verb.len())
            })
    };
    while w < stop {
        if let Some(len) = opens(w, noun_at) {
            let end = low[..w].trim_end_matches([' ', ',']).len();
            return Some((end, w, len));
        }
        if let Some(maker) = table_at(low, w, &verbs::NOUN_MAKERS) {
            noun_at = skip_spaces(low, w + maker.len());
        }
        let next = word_end(low, w);
        match low.as_bytes().get(next) {
            Some(b' ') => w = skip_spaces(low, next),
            // After a comma, only the next word may open the predicate.
            Some(b',') if next > w => {
                let after = skip_spaces(low, next + 1);
                opens(after, noun_at)?;
                w = after;
            }
            _ => return None,
        }
    }
    None
}

/// A passive qualifier inside the owner (O7): at `at`, right after a unit, "được" and what was
/// done to it, up to the predicate ("Các đơn vị được kiểm tra báo cáo kết quả …", "Các trường
/// được công nhận đạt chuẩn tiếp tục duy trì …", "Các trường được giao tự chủ tài chính phải
/// công khai …"). Returns what [`not_yet_qualifier`] does; the predicate may be a past word ("Các
/// trường được kiểm tra đã khắc phục …": the caller reads a report). After a request's verb
/// ("được giao", "được đề nghị") only a modal ends the qualifier: "Phòng X được giao chủ trì …"
/// is the unit given the task, not a qualifier.
pub fn passive_qualifier(low: &str, at: usize, limit: usize) -> Option<(usize, usize, usize)> {
    // ("Các trường được phép / được chủ động …" is leave to act, N4.)
    if !phrase_at(low, at, "được") || table_at(low, at, &verbs::NOT_ORDERS).is_some() {
        return None;
    }
    let verb_at = skip_spaces(low, at + "được".len());
    let asked = table_at(low, verb_at, &verbs::REQUESTING);
    // The verb whole ("công nhận", not "công" then "nhận"): the longest a table knows, else a
    // word.
    let verb_len = [
        &verbs::REQUESTING,
        &verbs::STRONG_PREDICATES,
        &verbs::WEAK_PREDICATES,
        &verbs::IMPERATIVE_OPENERS,
    ]
    .into_iter()
    .filter_map(|t| table_at(low, verb_at, t).map(str::len))
    .max();
    let verb_end = verb_len.map_or_else(|| word_end(low, verb_at), |n| verb_at + n);
    if verb_end == verb_at {
        return None;
    }
    let opens = |w: usize| {
        let modal = table_at(low, w, &verbs::OBLIGATIONS)
            .or_else(|| table_at(low, w, &verbs::AFTER_NOT_YET));
        match asked {
            Some(_) => modal,
            None => modal
                .or_else(|| table_at(low, w, &verbs::PAST))
                .or_else(|| table_at(low, w, &verbs::NOT_ORDERS))
                .or_else(|| table_at(low, w, &verbs::STRONG_PREDICATES))
                .or_else(|| table_at(low, w, &verbs::IMPERATIVE_OPENERS)),
        }
        // ("… được kiểm tra, được hỗ trợ …": another passive is the qualifier's.)
        .filter(|_| !phrase_at(low, w, "được"))
    };
    // A qualifier is short: a few words, read once (bounded, so a sentence stays linear).
    let stop = super::text::boundary_before(low, (verb_at + 100).min(limit));
    predicate_in_clause(low, skip_spaces(low, verb_end), stop, opens)
}

/// The first word from `w` on, before `stop` and before any punctuation, at which `opens` finds
/// a predicate: (where the qualifier before it ends, trimmed; where the predicate starts; its
/// length). The walk of [`passive_qualifier`] and [`ongoing_qualifier`].
fn predicate_in_clause(
    low: &str,
    mut w: usize,
    stop: usize,
    opens: impl Fn(usize) -> Option<&'static str>,
) -> Option<(usize, usize, usize)> {
    while w < stop {
        if let Some(p) = opens(w) {
            return Some((low[..w].trim_end().len(), w, p.len()));
        }
        let next = word_end(low, w);
        if next == w || low.as_bytes().get(next) != Some(&b' ') {
            return None;
        }
        w = skip_spaces(low, next);
    }
    None
}

/// A qualifier that goes on after a unit's "có …" (O7): at `at`, right after the unit, "đang" and
/// what is under way, up to the predicate ("Các trường có công trình đang thi công phối hợp với
/// nhà thầu …": a modal or a strong predicate in the same clause), or any verb up to a modal
/// or an adverb of urgency ("Hiệu trưởng các trường có học sinh tham dự kỳ thi chịu trách nhiệm
/// …", "UBND các xã có trường đăng ký đạt chuẩn quan tâm bố trí …"). Returns
/// what [`not_yet_qualifier`] does; None when no predicate follows (the sentence then reports:
/// "Các trường có công trình đang thi công.").
pub fn ongoing_qualifier(
    low: &str,
    unit: (usize, usize),
    at: usize,
    limit: usize,
) -> Option<(usize, usize, usize)> {
    if !low[unit.0..unit.1].contains(" có ") {
        return None;
    }
    // "… có công trình đang thi công phối hợp …": after "đang", a predicate opens it; without
    // it ("Hiệu trưởng các trường có học sinh tham dự kỳ thi chịu trách nhiệm …"), only a modal.
    let ongoing = phrase_at(low, at, "đang");
    // "Các trường có học sinh bán trú cần xây dựng …": a modal right after the unit is its
    // predicate, no verb of a qualifier.
    if !ongoing && table_at(low, at, &verbs::OBLIGATIONS).is_some() {
        return None;
    }
    // A few words, read once (bounded, so a sentence stays linear), from the word after the
    // qualifier's verb.
    let stop = super::text::boundary_before(low, (at + 80).min(limit));
    let verb = if ongoing {
        skip_spaces(low, at + "đang".len())
    } else {
        at
    };
    let opens = |w: usize| {
        table_at(low, w, &verbs::OBLIGATIONS)
            // ("… có học sinh tham gia kỳ thi khẩn trương hoàn thiện hồ sơ": an adverb of
            // urgency opens the predicate as a modal does.)
            .or_else(|| table_at(low, w, &verbs::AFTER_NOT_YET))
            // ("Các trường có nhu cầu sửa chữa phòng học có thể đăng ký …": leave, N4, or the
            // issuer's commitment, N5, ends the qualifier too.)
            .or_else(|| table_at(low, w, &verbs::NOT_ORDERS))
            .or_else(|| {
                ongoing
                    .then(|| table_at(low, w, &verbs::STRONG_PREDICATES))
                    .flatten()
            })
            .filter(|_| table_at(low, w, &verbs::REQUESTING).is_none())
    };
    predicate_in_clause(low, skip_spaces(low, word_end(low, verb)), stop, opens)
}

/// Where a unit's head starts after an optional determiner and person title, and where it ends.
pub(super) fn head_at(text: &str, low: &str, at: usize) -> Option<(usize, usize)> {
    let mut p = at;
    let plural = table_at(low, p, &units::DETERMINERS);
    if let Some(det) = plural {
        p = skip_spaces(low, p + det.len());
    }
    if let Some(person) = table_at(low, p, &units::PERSON_HEADS) {
        let q = skip_spaces(low, p + person.len());
        let q = match table_at(low, q, &units::DETERMINERS) {
            Some(det) => skip_spaces(low, q + det.len()),
            None => q,
        };
        // "tổ trưởng chuyên môn", "giáo viên chủ nhiệm": a role noun without a unit after it
        // is read as a unit of its own head word (O18).
        // ("Hiệu trưởng và kế toán các trường": the title, then another post that has the
        // unit; the name goes on over "và".)
        let joiner = table_at(low, q, &units::UNIT_JOINERS)
            .map(str::len)
            .or_else(|| low[q..].starts_with(',').then_some(1));
        let joined = joiner
            .is_some_and(|j| table_at(low, skip_spaces(low, q + j), &units::STAFF_POSTS).is_some());
        if joined {
            return Some((p, p + person.len()));
        }
        // "Các Phó Giám đốc chỉ đạo …", "các Phó Hiệu trưởng …": a title in the plural with no
        // unit after it names its holders, who are told to act (O17); the one who speaks is
        // one person.
        return bare_head_at(text, low, q)
            .or_else(|| bare_head_at(text, low, p))
            .or_else(|| plural.map(|_| (p, p + person.len())));
    }
    bare_head_at(text, low, p)
}

/// A head from the lexicon, an abbreviation, or an acronym in capitals ("UBND", "TTGDNN-GDTX").
fn bare_head_at(text: &str, low: &str, p: usize) -> Option<(usize, usize)> {
    // The longer phrase wins: "tổ chức" names no unit, "tổ chức cơ sở đảng" does.
    let head = table_at(low, p, &units::HEADS);
    if table_at(low, p, &units::NOT_UNITS).is_some_and(|n| head.is_none_or(|h| n.len() >= h.len()))
    {
        return None;
    }
    if let Some(head) = head {
        // A verb that starts with a head word ("tổ chức", "ban hành") is no unit.
        let verb = table_at(low, p, &verbs::IMPERATIVE_OPENERS)
            .or_else(|| table_at(low, p, &verbs::STRONG_PREDICATES));
        if verb.is_some_and(|v| v.len() > head.len()) {
            return None;
        }
        return Some((p, p + head.len()));
    }
    if let Some(abbr) = table_at(low, p, &units::ABBREVIATIONS) {
        return Some((p, p + abbr.len()));
    }
    // "P.GD&ĐT", "P. TCCB": "Phòng" by its initial, then the department's abbreviation (O24).
    if text[p..].starts_with("P.") {
        let q = skip_spaces(low, p + 2);
        if q > p + 2 || low[q..].starts_with(|c: char| c.is_alphabetic()) {
            if let Some((_, end)) = table_at(low, q, &units::ABBREVIATIONS)
                .map(|a| (q, q + a.len()))
                .or_else(|| acronym_at(text, q))
            {
                return Some((p, end));
            }
        }
    }
    if let Some(role) = role_before_a_verb(low, p) {
        return Some((p, p + role.len()));
    }
    if let Some(press) = table_at(low, p, &units::PRESS_HEADS) {
        let capital = |at: usize| {
            text.get(at..)
                .and_then(|t| t.chars().next())
                .is_some_and(char::is_uppercase)
        };
        let name = skip_spaces(low, p + press.len());
        if capital(p) && capital(name) && table_at(low, name, &units::NOT_PRESS_NAMES).is_none() {
            return Some((p, p + press.len()));
        }
    }
    acronym_at(text, p)
}

/// An acronym in capitals at `p` ("UBND", "TTGDNN-GDTX"): the word's span.
fn acronym_at(text: &str, p: usize) -> Option<(usize, usize)> {
    let end = word_end(text, p);
    let word = text.get(p..end)?;
    let caps = word.chars().filter(|c| c.is_uppercase()).count();
    // An acronym is made of initials, which carry no tone or vowel mark (Đ is a letter of its
    // own): "UBND", "GD&ĐT", "TTGDNN-GDTX"; in a heading in capitals "BIỆN PHÁP" is words.
    (caps >= 3
        && word.chars().all(|c| {
            c.is_ascii_uppercase() || c == 'Đ' || c.is_ascii_digit() || matches!(c, '-' | '&')
        }))
    .then_some((p, end))
}

/// A role noun that is also a verb, right before a predicate ("Bảo vệ kiểm tra …"): a unit.
pub fn role_before_a_verb(low: &str, p: usize) -> Option<&'static str> {
    table_at(low, p, &units::ROLES_BEFORE_A_VERB).filter(|role| {
        let r = skip_spaces(low, p + role.len());
        table_at(low, r, &verbs::STRONG_PREDICATES).is_some()
            || table_at(low, r, &verbs::IMPERATIVE_OPENERS).is_some()
    })
}

/// Whether a unit that starts at `at` is a named one (its head followed by a capitalized word or
/// an abbreviation): "Phòng Kế hoạch", "phòng Quản lý thi", "Sở Nội vụ".
fn named_unit_at(text: &str, low: &str, at: usize) -> bool {
    let Some((_, head_end)) = head_at(text, low, at) else {
        return false;
    };
    let q = skip_spaces(text, head_end);
    text.get(q..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase)
        || text
            .get(at..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
            && !phrase_at(low, at, "các")
}

/// A person told to act (O17): an honorific and a capitalised name, "ông Lê Hữu Nghĩa",
/// "cô Đỗ Minh Nguyệt", "đồng chí Lại Văn Sơn". The name ends at its last capitalised word.
/// An honorific before a title names the title's holder: "thầy Phó Hiệu trưởng phụ trách cơ
/// sở vật chất", with the remit up to the predicate, or with the name after it.
fn person_at(text: &str, low: &str, at: usize, limit: usize) -> Option<(usize, usize)> {
    // "các đồng chí Phó Giám đốc Sở": several holders of a title.
    let determiner = table_at(low, at, &units::DETERMINERS);
    let h = determiner.map_or(at, |d| skip_spaces(low, at + d.len()));
    // "các đồng chí" is read whole as a determiner (the plural of courtesy): its honorific is
    // then already behind ("Các đồng chí Hiệu trưởng rà soát …").
    let honorific = table_at(low, h, &units::HONORIFICS)
        .map(str::len)
        .or_else(|| {
            determiner
                .is_some_and(|d| {
                    units::HONORIFICS
                        .phrases
                        .iter()
                        .any(|x| d.strip_suffix(x).is_some_and(|r| r.ends_with(' ')))
                })
                .then_some(0)
        });
    let Some(honorific) = honorific else {
        return titled_name_at(text, low, h, limit).map(|end| (at, end));
    };
    let mut p = skip_spaces(low, h + honorific);
    if let Some(title) = table_at(low, p, &units::TITLES_AFTER_HONORIFICS) {
        if p + title.len() > limit {
            return None;
        }
        let mut end = p + title.len();
        let q = skip_spaces(low, end);
        let lowercase_unit = text[q..].chars().next().is_some_and(char::is_lowercase)
            && table_at(low, q, &units::DETERMINERS).is_some();
        if let Some(remit) = remit_end(text, low, q, limit) {
            end = remit;
        } else if let Some(department) =
            table_at(low, q, &units::ISSUER_DEPARTMENTS).filter(|d| q + d.len() <= limit)
        {
            // "đồng chí Trưởng phòng Giáo dục Tiểu học": the holder by their department (O5).
            end = q + department.len();
        } else if let Some((_, unit)) = lowercase_unit
            .then(|| unit_at(text, low, q, limit))
            .flatten()
        {
            // "các đồng chí Hiệu trưởng các trường THPT": the title of the units after it.
            end = unit;
        } else if let Some((_, unit)) = text[q..]
            .starts_with(char::is_uppercase)
            .then(|| head_at(text, low, q).and_then(|_| unit_at(text, low, q, limit)))
            .flatten()
            .filter(|u| u.0 == q)
        {
            // "đồng chí Phó Bí thư Đảng ủy", "đồng chí Bí thư Chi bộ": the holder by the body
            // whose title it is, named with its lowercase words (O17).
            end = unit;
        } else {
            // "đồng chí Phó Trưởng phòng Nguyễn Văn Bình": the holder's name after the title.
            let mut r = q;
            for _ in 0..5 {
                let e = super::text::name_word_end(text, r);
                if e == r || e > limit || !text[r..].chars().next().is_some_and(char::is_uppercase)
                {
                    break;
                }
                end = e;
                r = skip_spaces(low, e);
            }
            // "Các đồng chí tổ trưởng chuyên môn nộp …": no name, the title's own unit phrase.
            if r == q && text[q..].starts_with(char::is_lowercase) {
                if let Some((_, unit)) = head_at(text, low, p).and_then(|_| {
                    let u = unit_at(text, low, p, limit)?;
                    (u.0 == p).then_some(u)
                }) {
                    end = end.max(unit);
                }
            }
        }
        return Some((at, end));
    }
    let mut end = None;
    for _ in 0..6 {
        if p >= limit || !text[p..].chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        let e = super::text::name_word_end(text, p);
        if e == p || e > limit {
            break;
        }
        end = Some(e);
        p = skip_spaces(low, e);
    }
    end.map(|e| (at, e))
}

/// Whether a deputy's title and name start at `at` ("Phó Giám đốc Nguyễn Văn Bình"): a deputy
/// named in a conclusion is given work; the one who concludes is the head.
pub(super) fn is_named_deputy(text: &str, low: &str, at: usize) -> bool {
    phrase_at(low, at, "phó") && titled_name_at(text, low, at, low.len()).is_some()
}

/// A title with its holder's name right after it, no honorific before (O17): "Phó Giám đốc
/// Nguyễn Văn Bình chỉ đạo …", "Kế toán Lê Thị Hoa hoàn thành …" — where the name ends. A
/// title before a unit ("Giám đốc Sở", "Hiệu trưởng Trường X") is no person here.
fn titled_name_at(text: &str, low: &str, h: usize, limit: usize) -> Option<usize> {
    let title = table_at(low, h, &units::TITLES_AFTER_HONORIFICS)?;
    let mut r = skip_spaces(low, h + title.len());
    if head_at(text, low, r).is_some() {
        return None;
    }
    let (mut end, mut words) = (r, 0);
    // A Vietnamese name has two to five words, each capitalised.
    while words < 5 {
        let e = super::text::name_word_end(text, r);
        if e == r || e > limit || !text[r..].chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        (end, words) = (e, words + 1);
        r = skip_spaces(low, e);
    }
    (words >= 2).then_some(end)
}

/// Whether the lowercase words at `q` (three at most) end the first half of a name joined by a
/// dash to a second capitalized half: "tổng hợp - Hướng nghiệp", "chính trị - Tư tưởng".
fn dash_joined_name_at(text: &str, low: &str, q: usize, limit: usize) -> bool {
    let mut r = q;
    for _ in 0..3 {
        let e = word_end(text, r);
        if e == r || e > limit || !text[r..e].chars().all(char::is_lowercase) {
            return false;
        }
        r = skip_spaces(low, e);
        let mut rest = text.get(r..limit).unwrap_or("").chars();
        if matches!(rest.next(), Some('-' | '–'))
            && rest.next() == Some(' ')
            && rest.next().is_some_and(char::is_uppercase)
        {
            return true;
        }
    }
    false
}

/// Whether a verb-like word at `q`, inside a proper name, is the name's because the name runs on
/// in lowercase to a place word, with no determiner or other unit on the way: "Trung tâm Hỗ trợ |
/// phát triển giáo dục hòa nhập tỉnh khảo sát …" (O16). ("Phòng Giáo dục Trung học | hướng dẫn
/// các trường …" stops: "các" opens another unit.) At most eight words (syllables) are looked at.
fn place_ends_name_at(text: &str, low: &str, q: usize, limit: usize) -> bool {
    let mut r = q;
    for words in 0..8 {
        if let Some(place) = table_at(low, r, &units::PLACES).filter(|_| words > 0) {
            // The place's own name, then the unit's predicate: "… tỉnh khảo sát …".
            let mut p = skip_spaces(low, r + place.len());
            for _ in 0..4 {
                let e = word_end(text, p);
                if e == p || !text[p..e].starts_with(char::is_uppercase) {
                    break;
                }
                p = skip_spaces(low, e);
            }
            return table_at(low, p, &verbs::STRONG_PREDICATES).is_some()
                || table_at(low, p, &verbs::IMPERATIVE_OPENERS).is_some()
                || table_at(low, p, &verbs::OBLIGATIONS).is_some();
        }
        let e = word_end(text, r);
        if e == r
            || e > limit
            || !text[r..e].chars().all(char::is_lowercase)
            || table_at(low, r, &units::DETERMINERS).is_some()
            || table_at(low, r, &units::NOT_IN_A_NAME).is_some()
            || (words > 0 && head_at(text, low, r).is_some())
        {
            return false;
        }
        r = skip_spaces(low, e);
    }
    false
}

/// The end of a title's remit at `q` ("phụ trách cơ sở vật chất", O17): its words, up to a
/// predicate or punctuation; `None` when no remit starts there.
pub(super) fn remit_end(text: &str, low: &str, q: usize, limit: usize) -> Option<usize> {
    let remit = table_at(low, q, &units::REMIT_MARKERS)?;
    let mut end = None;
    let mut r = skip_spaces(low, q + remit.len());
    for k in 0..6 {
        let e = word_end(text, r);
        // (A field may open with a word that is also a verb: "phụ trách tổ chức cán bộ", "…
        // thi đua khen thưởng".)
        let field = k == 0 && table_at(low, r, &verbs::WEAK_PREDICATES).is_some();
        if e == r || e > limit || !field && super::directives::starts_predicate(low, r) {
            break;
        }
        end = Some(e);
        r = skip_spaces(low, e);
    }
    end
}

/// Whether the unit head in `low[at..head_end]` is never followed by a function name in
/// lowercase (any head but an office's, `units::FUNCTION_NAME_HEADS`).
fn generic_head(low: &str, at: usize, head_end: usize) -> bool {
    let head = low[at..head_end].trim_end();
    // (The head alone, after its determiner: "các phòng" is a "phòng".)
    let head =
        table_at(low, at, &units::DETERMINERS).map_or(head, |d| head[d.len()..].trim_start());
    !units::FUNCTION_NAME_HEADS.contains(head)
}

/// A class or grade code after a comma: "các lớp 8A, 8C, 9B".
fn class_code_at(low: &str, r: usize) -> bool {
    let end = word_end(low, r);
    let word = &low[r..end];
    word.len() <= 5
        && word.starts_with(|c: char| c.is_ascii_digit())
        && word.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Whether the unit at `r` has the same head as the one whose head is `low[head]` ("bộ phận
/// …, bộ phận …").
fn same_head(text: &str, low: &str, head: (usize, usize), r: usize) -> bool {
    head_at(text, low, r).is_some_and(|(hs, he)| low[head.0..head.1] == low[hs..he])
}

/// Whether, in a unit whose head starts at `head` and has `words` after it, another post at `r`
/// goes on with the same owner: "Kế toán và thủ quỹ các trường" (a post alone so far, then a
/// post, [`units::STAFF_POSTS`]).
fn staff_goes_on(low: &str, head: usize, words: usize, r: usize) -> bool {
    words == 0
        && (table_at(low, head, &units::STAFF_POSTS).is_some()
            || table_at(low, head, &units::PERSON_HEADS).is_some())
        && table_at(low, r, &units::STAFF_POSTS).is_some()
}

/// The words at `r` that continue the unit whose head starts at `head` before a comma or "và"
/// (O16), if they do.
fn continues_at(low: &str, head: usize, joiner: usize, r: usize) -> Option<&'static str> {
    // "huyện" continues a name ("Phòng GD&ĐT huyện, thị xã"), "Huyện đoàn" is a unit of its own.
    table_at(low, r, &units::CONTINUATIONS)
        .or_else(|| table_at(low, r, &units::STAFF))
        .filter(|c| table_at(low, r, &units::HEADS).is_none_or(|h| h.len() <= c.len()))
        // Staff go on a list of staff or posts ("cán bộ, giáo viên, nhân viên", "Đội ngũ cán bộ
        // quản lý, giáo viên"), not a unit's name ("Bộ phận kế toán, nhân viên thiết bị": two
        // owners).
        .filter(|_| {
            table_at(low, r, &units::STAFF).is_none()
                || table_at(low, head, &units::STAFF_POSTS).is_some()
                || table_at(low, head, &units::PERSON_HEADS).is_some()
                || {
                    let before = head + low[head..joiner].trim_end().len();
                    units::STAFF
                        .iter()
                        .any(|w| before >= head + w.len() && ends_with_phrase(low, before, w))
                }
        })
}

/// A unit phrase at `at`, ending before `limit`: (start, end).
pub fn unit_at(text: &str, low: &str, at: usize, limit: usize) -> Option<(usize, usize)> {
    if let Some(person) = person_at(text, low, at, limit) {
        return Some(person);
    }
    let (head_start, head_end) = head_at(text, low, at)?;
    if head_end > limit {
        return None;
    }
    let mut end = head_end;
    let mut words = 0usize;
    let mut has_proper = text[at..head_end].chars().any(char::is_uppercase);
    let mut named = false;
    // An acronym head ("UBND") or a party body may "lãnh đạo" the unit after it (looked up
    // once, not at every word of the name).
    let party = table_at(low, head_start, &units::PARTY_BODIES).is_some();
    let can_lead = party || text[at..head_end].chars().skip(1).any(char::is_uppercase);
    let mut p = head_end;
    // Where the last word taken into the name starts.
    let mut last_word = None;
    // Words left of a category named after "diện", which no verb in it ends: "Các trường thuộc
    // diện sáp nhập", "Học sinh thuộc diện miễn giảm học phí" (O7).
    let mut category_left = 0usize;
    loop {
        let q = skip_spaces(low, p);
        if q >= limit {
            break;
        }
        let c = match low[q..].chars().next() {
            Some(c) => c,
            None => break,
        };
        // "các sở: Tài chính, Nội vụ, Kế hoạch và Đầu tư": a plural head, a colon, the names of
        // its members (O16): one owner, as written.
        // ("Phòng GD&ĐT các huyện: Ba Tơ, Minh Long, Sơn Hà": the plural at the name's end.)
        let plural_last = || {
            let before = low[at..q].trim_end();
            before
                .rfind(' ')
                .is_some_and(|k| before[..k].ends_with(" các") || before[..k] == *"các")
        };
        if c == ':' && (words == 0 && phrase_at(low, at, "các") || plural_last()) {
            if let Some(e) = members_after_colon(text, low, q + 1, limit) {
                end = e;
                break;
            }
        }
        // (A joined name that is also a verb, "phòng, chống", names the work of a board or a
        // centre, "Ban Chỉ huy phòng, chống thiên tai"; after a school's or a generic head it is
        // the predicate: "Các trường phòng, chống đuối nước …".)
        let joined = table_at(low, q, &units::JOINED_NAMES).filter(|name| {
            !(generic_head(low, at, head_end)
                && table_at(low, q, &verbs::IMPERATIVE_OPENERS)
                    .is_some_and(|v| v.len() >= name.len()))
        });
        if let Some(name) = joined {
            if q + name.len() <= limit {
                let capital = text[q..q + name.len()].chars().any(char::is_uppercase);
                has_proper |= capital;
                named |= capital;
                words += 1;
                end = q + name.len();
                p = end;
                continue;
            }
        }
        if c == ',' {
            let r = skip_spaces(low, q + 1);
            // "Các trường, nhất là các trường vùng khó, …": an aside between commas ends the
            // name (O6).
            if super::directives::aside_end(low, q, r).is_some() {
                break;
            }
            // The continuing phrase is taken whole ("các cấp ủy, tổ chức đảng …": its verb-like
            // word is no predicate).
            if let Some(c) = continues_at(low, head_start, q, r)
                .filter(|_| r < limit)
                .map(str::len)
            {
                if r + c <= limit {
                    words += 1;
                    end = r + c;
                    p = end;
                    continue;
                }
            }
            if r < limit && class_code_at(low, r) {
                p = r;
                continue;
            }
            // "Hiệu trưởng, kế toán các trường": posts that share the unit after the last.
            if r < limit && staff_goes_on(low, head_start, words, r) {
                p = r;
                continue;
            }
            // "bộ phận chuyên môn Tiểu học, bộ phận chuyên môn THCS": the same head again
            // starts a parallel unit (O15).
            if r < limit && same_head(text, low, (head_start, head_end), r) {
                break;
            }
            if r >= limit || head_at(text, low, r).is_none() || named_unit_at(text, low, r) {
                // Another named unit, or no unit at all: only a proper name runs on past a comma
                // ("phòng Chính trị, tư tưởng - Khoa học công nghệ chủ trì").
                if has_proper
                    && head_at(text, low, r).is_none()
                    && comma_continues_name(text, low, r, limit)
                {
                    p = r;
                    continue;
                }
                break;
            }
            // "Phòng Giáo dục và Đào tạo, các trường học trên địa bàn": a determiner after the
            // comma starts a unit of its own (O15).
            if table_at(low, r, &units::DETERMINERS).is_some() {
                break;
            }
            // "Phòng Kế hoạch - Tài chính, kế toán các trường": after a unit with a name of its
            // own, a head starts another unit (O15).
            // So after a single unit ("Bộ phận kế toán, nhân viên thiết bị", "Tổ chuyên môn, tổ
            // văn phòng"): only a plural's list goes on.
            // (… or the heads of a plural's list: "Trưởng các phòng, ban, đơn vị thuộc Sở".)
            let plural = table_at(low, at, &units::DETERMINERS).is_some()
                || table_at(low, at, &units::PERSON_HEADS).is_some_and(|t| {
                    table_at(low, skip_spaces(low, at + t.len()), &units::DETERMINERS).is_some()
                });
            if named || !plural {
                break;
            }
            p = r; // "các trung tâm, cơ sở y tế": one owner
            continue;
        }
        if matches!(c, '-' | '–') && low[q..].chars().nth(1) == Some(' ') {
            p = q + c.len_utf8();
            continue;
        }
        if !is_word_char(c) {
            break;
        }
        let mut w_end = word_end(text, q);
        let capital = text[q..].chars().next().is_some_and(char::is_uppercase);
        // "Phòng GD&ĐT Q.1", "Sở GD&ĐT TP.HCM": a dot inside an abbreviation of a place (J5).
        while capital
            && w_end + 1 < limit
            && text.as_bytes()[w_end] == b'.'
            && text.as_bytes()[w_end + 1].is_ascii_alphanumeric()
        {
            w_end = word_end(text, w_end + 1);
        }
        // "UBND TP. Hà Tĩnh", "Phòng GD&ĐT TX. Kỳ Anh": a place's abbreviation with its dot,
        // then the place's name.
        if capital
            && text.as_bytes().get(w_end) == Some(&b'.')
            && table_at(low, q, &units::PLACE_ABBREVIATIONS).is_some_and(|a| q + a.len() == w_end)
            && text
                .get(w_end + 1..)
                .is_some_and(|r| r.trim_start().starts_with(char::is_uppercase))
            && w_end + 1 < limit
        {
            w_end += 1;
        }
        if !capital {
            // "Các trường do UBND huyện quản lý": who manages the unit is part of its name (O7).
            if let Some(m) = managed_by_end(text, low, q, limit) {
                words += 1;
                end = m;
                p = m;
                continue;
            }
            // "Phó Giám đốc Sở phụ trách tổ chức cán bộ": a title's remit, whole (O17).
            if super::text::find_any(low, &units::PERSON_HEADS, at, head_end).is_some()
                && super::directives::in_charge_of_work(low, q).is_none()
            {
                if let Some(r) = remit_end(text, low, q, limit) {
                    words += 1;
                    end = r;
                    p = r;
                    continue;
                }
            }
            // A function name may follow an office's head ("cơ quan quản lý biên chế"), never
            // a school's or a generic unit's ("các nhà trường tổ chức …").
            let first_slot = words == 0 && !generic_head(low, at, head_end);
            let weak = table_at(low, q, &verbs::WEAK_PREDICATES).is_some();
            // ("Ban chấm thi": a verb that may name a function is the name's, first after a
            // head that takes one.)
            let strong = table_at(low, q, &verbs::STRONG_PREDICATES).is_some()
                && !phrase_at(low, q, "giúp việc")
                && !(weak && first_slot);
            // "Bộ phận Tiểu học trực tiếp hướng dẫn …" ends before the adverb ("giáo viên trực
            // tiếp giảng dạy" is one role noun: a head of its own).
            let adverb_then_verb = table_at(low, q, &verbs::ADVERBS).is_some_and(|w| {
                let r = skip_spaces(low, q + w.len());
                table_at(low, r, &verbs::STRONG_PREDICATES).is_some()
                    || table_at(low, r, &verbs::IMPERATIVE_OPENERS).is_some()
                    || table_at(low, r, &verbs::CHAINING).is_some()
            });
            // After a unit with a name or a party body ("Đảng ủy xã Tân Phú lãnh đạo UBND
            // xã …"); "Cán bộ lãnh đạo các trường" is a role noun (a sentence's capital is no
            // name).
            // Before a verb it leads the work itself ("Chi bộ Phòng GD&ĐT lãnh đạo xây dựng kế
            // hoạch …"): a noun "lãnh đạo" needs its unit after it. A party body leads whoever
            // comes after ("Các chi bộ trường học lãnh đạo đảng viên, giáo viên thực hiện …",
            // L3): no leaders of its own are named so.
            let chain_verb = (named || can_lead)
                && table_at(low, q, &verbs::CHAINING_AFTER_A_UNIT).is_some_and(|w| {
                    let r = skip_spaces(low, q + w.len());
                    party
                        || head_at(text, low, r).is_some()
                        || table_at(low, r, &verbs::STRONG_PREDICATES).is_some()
                });
            // Praise, agreement, permission and promises (N3–N5), and getting in touch (N10),
            // are no part of a name: "Thường trực Huyện ủy ghi nhận, đánh giá cao …", "các đơn
            // vị liên hệ Phòng X …".
            // "Ngành giáo dục huyện có nhiều chuyển biến …", "Huyện có 45 trường …": what a
            // unit has, counted, is said of it (N1), not a qualifier of its name; after a
            // plural it says which units ("Các trường có 2 điểm trường trở lên bố trí …", O7).
            let has_counted =
                phrase_at(low, q, "có") && table_at(low, at, &units::DETERMINERS).is_none() && {
                    let r = skip_spaces(low, q + "có".len());
                    table_at(low, r, &verbs::MANY).is_some()
                        || low.as_bytes().get(r).is_some_and(u8::is_ascii_digit)
                };
            // "Phòng GDTrH phụ trách công tác thi", "Tổ Toán phụ trách đội tuyển": after a unit
            // with a name, the remit is its task; after a title it names the holder ("Phó Giám
            // đốc Sở phụ trách khối văn hóa", O17).
            let in_charge = named
                && table_at(low, q, &units::REMIT_MARKERS).is_some()
                && table_at(low, head_start, &units::PERSON_HEADS).is_none();
            let stop = adverb_then_verb
                || chain_verb
                || has_counted
                || in_charge
                || table_at(low, q, &verbs::NAME_STOPS).is_some()
                || table_at(low, q, &verbs::REPORTED_STATES).is_some()
                || table_at(low, q, &verbs::NOT_ORDERS).is_some()
                || table_at(low, q, &verbs::CONTACT).is_some()
                // "Bộ phận Tiểu học phụ trách việc tổ chức …" (not a remit: "Phó Hiệu trưởng
                // phụ trách chuyên môn").
                || super::directives::in_charge_of_work(low, q).is_some()
                || table_at(low, q, &verbs::IMPERATIVE_OPENERS)
                    .is_some_and(|_| table_at(low, q, &verbs::WEAK_PREDICATES).is_none())
                // "Các trường THCS chậm nhất ngày 15/12 gửi …": a deadline put before the
                // verb (D9).
                || super::deadlines::cued_deadline_end(low, q).is_some();
            // "Trung tâm Kỹ thuật tổng hợp - Hướng nghiệp tỉnh": a verb-like word in the first
            // half of a name joined by a dash is the name's.
            // (Looked ahead only at a word that would end the name.)
            let ends = (strong || stop || (weak && !first_slot)) && category_left == 0;
            category_left = category_left.saturating_sub(1);
            // "Các trường có công trình đang thi công …": the word before and this one are one
            // noun ("trình" alone submits).
            let noun = last_word
                .filter(|_| ends)
                .and_then(|w| Some(w + table_at(low, w, &units::NOUNS_WITH_A_VERB)?.len()))
                .filter(|&n| n > q && n <= limit);
            if let Some(n) = noun {
                end = n;
                p = n;
                continue;
            }
            if ends
                && !(has_proper
                    && (dash_joined_name_at(text, low, q, limit)
                        || named && place_ends_name_at(text, low, q, limit)))
            {
                break;
            }
            if phrase_at(low, q, "cùng với") {
                break; // the supporting units follow (R2)
            }
            if let Some(joiner) = table_at(low, q, &units::UNIT_JOINERS) {
                // After "và" (or "cùng") a new unit starts with a head word ("… và các đoàn
                // thể", "… và Phòng Y"), unless the words continue this one ("mầm non, tiểu học
                // và THCS").
                let r = skip_spaces(low, q + joiner.len());
                if continues_at(low, head_start, q, r).is_none()
                    && !staff_goes_on(low, head_start, words, r)
                    && table_at(low, r, &units::FIELD_ABBREVIATIONS).is_none()
                    && (named_unit_at(text, low, r)
                        || head_at(text, low, r).is_some()
                        || person_at(text, low, r, limit).is_some())
                {
                    break;
                }
            }
        } else {
            has_proper = true;
            named = true;
        }
        words += 1;
        if words > MAX_NAME_WORDS {
            break;
        }
        if phrase_at(low, q, "diện") && last_word.is_some_and(|w| phrase_at(low, w, "thuộc")) {
            category_left = 2;
        }
        last_word = Some(q);
        end = w_end;
        p = w_end;
    }
    // Drop dangling joiners.
    let mut e = end;
    loop {
        let t = low[at..e].trim_end();
        // (Nor does a name end with a preposition: "phối hợp với cha mẹ học sinh trong ôn tập".)
        let trimmed = [
            "và", "của", "các", "với", "cùng", "trong", "tại", "ở", "theo", "về", "cho",
            // "Các trường có | tổ chức dạy thêm …": "có" before a verb opens a qualifier.
            "có",
        ]
        .iter()
        .find(|w| t.ends_with(*w) && phrase_at(low, at + t.len() - w.len(), w));
        match trimmed {
            Some(w) if t.len() > w.len() => e = at + t.len() - w.len(),
            _ => break,
        }
    }
    let mut e = at + low[at..e].trim_end_matches([' ', ',', '-', '–']).len();
    // "Phó Giám đốc Sở phụ trách khối văn hóa": a title's holder named by their remit (O17).
    if table_at(low, at, &units::PERSON_HEADS).is_some() {
        if let Some(remit) = remit_end(text, low, skip_spaces(low, e), limit) {
            e = remit;
        }
    }
    (e > at).then_some((at, e))
}

/// After a plural head's colon ("các sở:"), the names of its members, capitalised, between
/// commas and "và" ("Tài chính, Nội vụ, Kế hoạch và Đầu tư"): where the last one ends. A unit
/// of its own ("và UBND các huyện") or a lowercase word ends the list. At least two names.
fn members_after_colon(text: &str, low: &str, from: usize, limit: usize) -> Option<usize> {
    let mut p = skip_spaces(low, from);
    let mut end = None;
    let mut names = 0;
    // (At most this many words are read: a list is short, and the look stays linear.)
    let mut budget = 60usize;
    for _ in 0..40 {
        if p >= limit
            || !text[p..].starts_with(char::is_uppercase)
            || head_at(text, low, p).is_some()
        {
            break;
        }
        // One name: its capitalised words, a few lowercase ones that are no verb ("Kế hoạch",
        // "Tổ chức cán bộ"), and "và" or a dash inside it ("Kế hoạch và Đầu tư", "Kế hoạch -
        // Tài chính").
        let mut q = p;
        let mut lowercase = 0;
        loop {
            let e = word_end(text, q);
            budget = budget.saturating_sub(1);
            if e == q || e > limit || budget == 0 {
                break;
            }
            end = Some(e);
            let r = skip_spaces(low, e);
            if r == e || r >= limit {
                break; // punctuation right after the word, or the end
            }
            let joined = if phrase_at(low, r, "và") {
                Some(skip_spaces(low, r + "và".len()))
            } else if low[r..].starts_with(['-', '–']) {
                Some(skip_spaces(
                    low,
                    r + low[r..].chars().next().map_or(1, char::len_utf8),
                ))
            } else {
                None
            };
            let next = joined.unwrap_or(r);
            if next >= limit {
                break;
            }
            if text[next..].starts_with(char::is_uppercase) {
                if head_at(text, low, next).is_some() {
                    break;
                }
                q = next;
                continue;
            }
            let verb = table_at(low, next, &verbs::STRONG_PREDICATES).is_some()
                || table_at(low, next, &verbs::IMPERATIVE_OPENERS).is_some()
                || table_at(low, next, &verbs::WEAK_PREDICATES).is_some()
                || table_at(low, next, &verbs::NAME_STOPS).is_some();
            if joined.is_none() && lowercase < 3 && !verb {
                lowercase += 1;
                q = next;
                continue;
            }
            break;
        }
        names += 1;
        let e = end?;
        let r = skip_spaces(low, e);
        if !low[r..].starts_with(',') {
            break;
        }
        p = skip_spaces(low, r + 1);
    }
    end.filter(|_| names >= 2)
}

/// At "do" inside a unit's name: a unit, then a verb of [`verbs::MANAGING`] a few words on, in the
/// same clause ("do UBND huyện quản lý", "do Sở Giáo dục và Đào tạo trực tiếp quản lý"): where
/// the verb ends. (Not read as a unit of its own, so that no name nests in another.)
fn managed_by_end(text: &str, low: &str, q: usize, limit: usize) -> Option<usize> {
    if !phrase_at(low, q, "do") {
        return None;
    }
    let (_, head_end) = head_at(text, low, skip_spaces(low, q + "do".len()))?;
    let mut w = skip_spaces(low, head_end);
    for _ in 0..8 {
        if w >= limit {
            return None;
        }
        if let Some(v) = table_at(low, w, &verbs::MANAGING) {
            return Some(w + v.len()).filter(|&e| e <= limit);
        }
        let next = word_end(low, w);
        if next == w || low.as_bytes().get(next) != Some(&b' ') {
            return None;
        }
        w = skip_spaces(low, next);
    }
    None
}

/// After a comma inside a proper name: does the text reach a predicate before the next
/// punctuation (a comma before another name aside), without another unit in between?
fn comma_continues_name(text: &str, low: &str, r: usize, limit: usize) -> bool {
    // "Đối với Phòng Nội vụ, đồng chí đề nghị …": the one who speaks is no part of the name.
    if table_at(low, r, &verbs::STRONG_PREDICATES).is_some()
        || table_at(low, r, &verbs::IMPERATIVE_OPENERS).is_some()
        || table_at(low, r, &units::SPEAKERS).is_some()
    {
        return false;
    }
    let mut p = r;
    let mut words = 0;
    while p < limit && words < 12 {
        let q = skip_spaces(low, p);
        let Some(c) = low.get(q..).and_then(|s| s.chars().next()) else {
            return false;
        };
        if matches!(c, '-' | '–') {
            p = q + c.len_utf8();
            continue;
        }
        // "Các trường Tiểu học Kim Đồng, Lê Lợi, Quang Trung rà soát …": more names, each
        // after its comma.
        if c == ',' && words > 0 {
            let n = skip_spaces(low, q + 1);
            if text[n..].starts_with(char::is_uppercase) && head_at(text, low, n).is_none() {
                p = n;
                continue;
            }
        }
        if !is_word_char(c) {
            return false;
        }
        if table_at(low, q, &verbs::STRONG_PREDICATES).is_some()
            || table_at(low, q, &verbs::IMPERATIVE_OPENERS).is_some()
                && !text[q..].starts_with(char::is_uppercase)
        {
            return words > 0;
        }
        p = word_end(low, q);
        words += 1;
    }
    false
}

/// Units listed at `at`: "Phòng A, Phòng B và Phòng C". Returns their ranges and where the list ends.
pub fn unit_list_at(
    text: &str,
    low: &str,
    at: usize,
    limit: usize,
) -> (Vec<(usize, usize)>, usize) {
    let (units, _, after) = unit_list_from(text, low, at, limit);
    (units, after)
}

/// [`unit_list_at`], with where each unit's reading began (`at`, then the place after each
/// comma or "và"): the list read from any of those places is the rest of this one.
fn unit_list_from(
    text: &str,
    low: &str,
    at: usize,
    limit: usize,
) -> (Vec<(usize, usize)>, Vec<usize>, usize) {
    let mut out = Vec::new();
    let mut starts = Vec::new();
    let mut p = at;
    let mut from = at;
    while let Some((s, e)) = unit_at(text, low, p, limit) {
        out.push((s, e));
        starts.push(from);
        p = e;
        let q = skip_spaces(low, e);
        let next = if low[q..].starts_with(',') {
            skip_spaces(low, q + 1)
        } else if let Some(joiner) =
            table_at(low, q, &units::UNIT_JOINERS).filter(|_| !phrase_at(low, q, "cùng với"))
        {
            skip_spaces(low, q + joiner.len())
        } else {
            break;
        };
        if head_at(text, low, next).is_none() && person_at(text, low, next, limit).is_none() {
            break;
        }
        // "ông X, chuyên viên …, phải": after a person, a comma and a title is his apposition,
        // not another unit (O17); another person is.
        let comma = low[q..].starts_with(',');
        if comma
            && person_at(text, low, s, limit).is_some()
            && person_at(text, low, next, limit).is_none()
        {
            break;
        }
        p = next;
        from = next;
    }
    (out, starts, p)
}

/// The last unit list read in a sentence, kept so that reading it again from one of its later
/// units (every comma of a long list starts a clause) costs nothing: without it, a sentence
/// listing n units is read in n² steps.
#[derive(Default)]
pub struct UnitLists {
    limit: usize,
    units: Vec<(usize, usize)>,
    starts: Vec<usize>,
    after: usize,
}

impl UnitLists {
    /// Whether `at` falls inside one of the units last read (after a comma that is part of a
    /// unit's name: "Phòng GD&ĐT huyện, thị xã", "các trường Tiểu học, THCS").
    pub fn inside(&self, at: usize, limit: usize) -> bool {
        if self.limit != limit {
            return false;
        }
        let j = self.units.partition_point(|&(s, _)| s < at);
        j > 0 && self.units.get(j - 1).is_some_and(|&(_, e)| at < e)
    }

    /// The units listed from `at` (as [`unit_list_at`] reads them) and where the list ends.
    pub fn at(
        &mut self,
        text: &str,
        low: &str,
        at: usize,
        limit: usize,
    ) -> (&[(usize, usize)], usize) {
        if self.limit == limit {
            if let Ok(j) = self.starts.binary_search(&at) {
                return (self.units.get(j..).unwrap_or_default(), self.after);
            }
        }
        let (units, starts, after) = unit_list_from(text, low, at, limit);
        *self = UnitLists {
            limit,
            units,
            starts,
            after,
        };
        (&self.units, self.after)
    }
}

/// Skips connectors and commas at a clause start ("Do đó, ", "Tuy nhiên, về …, ").
pub fn skip_connectors(low: &str, mut at: usize, limit: usize) -> usize {
    loop {
        let p = skip_spaces(low, at);
        if p >= limit {
            return p;
        }
        // ("Thời gian tới các trường cần …": a vague time put first, with or without its
        // comma, D18.)
        if let Some(c) = table_at(low, p, &verbs::CONNECTORS)
            .or_else(|| table_at(low, p, &crate::lexicon::deadlines::VAGUE_TIMES))
        {
            at = p + c.len();
            let q = skip_spaces(low, at);
            if low[q..].starts_with(',') {
                at = q + 1;
            }
            continue;
        }
        return p;
    }
}

/// Support units: those after "phối hợp (với|cùng)" in `low[from..to]`, each with where its
/// marker ("phối hợp với") stands.
pub type Supported = ((usize, usize), (usize, usize));

pub fn supports(text: &str, low: &str, from: usize, to: usize) -> Vec<Supported> {
    let mut out = Vec::new();
    let mut p = from;
    // "Phòng Văn hóa và Thông tin chủ trì, Phòng GD&ĐT phối hợp tổ chức …": the unit right
    // before "phối hợp" supports when another unit chủ trì before it (R2).
    let lead_at = super::text::find_phrase(low, "chủ trì", from, to);
    // Where the first ";" stands, looked for only up to each "phối hợp" met (each byte once).
    let (mut semicolon, mut scanned) = (None, from);
    // (Every support verb ends in "hợp": the text is searched for those bytes with one searcher
    // built once, and the verbs looked for from just before them; most sentences have none.)
    static HOP: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let hop = HOP.get_or_init(|| memchr::memmem::Finder::new("hợp"));
    let next_verb = |p: usize| {
        let h = p + hop.find(low.as_bytes().get(p..to)?)?;
        let back = super::text::boundary_before(low, h.saturating_sub(16)).max(p);
        super::text::find_any(low, &units::SUPPORT_VERBS, back, to)
    };
    while let Some((at, verb)) = next_verb(p) {
        // ("đơn vị phối hợp: Y" is a label: what stands before it is no unit.)
        let labelled = low[skip_spaces(low, at + verb.len())..to].starts_with(':');
        // "X tổ chức …; Y phối hợp.": after a ";" the unit before "phối hợp" supports the task
        // before it as well (R2; a clause that says more is a directive of its own).
        if semicolon.is_none() && scanned < at {
            semicolon = low.as_bytes()[scanned..at].iter().position(|&b| b == b';');
            scanned = at;
        }
        let after_semicolon = semicolon.is_some();
        // (Only the last couple of hundred bytes are looked back at: linear.)
        let mut back = at.saturating_sub(200).max(from);
        while !low.is_char_boundary(back) {
            back += 1;
        }
        // "X tổ chức kỳ thi (Phòng Y phối hợp).": the supporters in brackets after the task.
        let bracket = low[back..at]
            .rfind('(')
            .filter(|&k| !low[back + k..at].contains(')'))
            .map(|k| back + k);
        if (lead_at.is_some_and(|c| c < at) || after_semicolon || bracket.is_some()) && !labelled {
            // ("X chủ trì; Y phối hợp thực hiện": a ";" as well.) The supporters may be a list
            // ("X chủ trì; Phòng A, Phòng B phối hợp …"): the widest list that runs right up to
            // "phối hợp" is taken, from the ";", else the comma after "chủ trì", else the last
            // comma.
            let window = &low[back..at];
            let after_lead = |c: usize| lead_at.is_some_and(|l| l < c) || low[c..].starts_with(';');
            let after_chu_tri = lead_at
                .filter(|&l| l >= back && l < at)
                .and_then(|l| low[l..at].find([',', ';']).map(|k| l + k));
            let candidates = [
                bracket,
                window.rfind(';').map(|k| back + k),
                after_chu_tri,
                window.rfind([',', ';']).map(|k| back + k),
            ];
            let listed = candidates
                .into_iter()
                .flatten()
                .filter(|&c| after_lead(c) || Some(c) == bracket)
                .find_map(|c| {
                    let (units, after) = unit_list_at(text, low, skip_spaces(low, c + 1), at);
                    // ("Văn phòng Sở (phối hợp)": the role in brackets after the unit.)
                    let between = low[after..at].trim();
                    (!units.is_empty() && (between.is_empty() || between == "(")).then_some(units)
                });
            if let Some(units) = listed {
                let marker = (at, at + verb.len());
                out.extend(units.into_iter().map(|u| (u, marker)));
            }
        }
        let mut q = skip_spaces(low, at + verb.len());
        // "đơn vị phối hợp: Công đoàn ngành, Tỉnh đoàn" (a label, R2).
        if low[q..to].starts_with(':') {
            q = skip_spaces(low, q + 1);
        }
        let mut marker_end = at + verb.len();
        // "phối hợp chặt chẽ và thường xuyên với Y", "phối hợp tốt với Y": how the work is
        // shared stands before "với" (four words at most).
        // ("phối hợp chặt chẽ Công an xã": the manner, then the units without "với".)
        let mut r = q;
        for _ in 0..4 {
            match table_at(low, r, &units::SUPPORT_MANNERS) {
                Some(m) if r + m.len() <= to => {
                    marker_end = r + m.len();
                    r = skip_spaces(low, marker_end);
                    q = r;
                    if low[r..to].starts_with(',') {
                        r = skip_spaces(low, r + 1);
                    }
                }
                _ => break,
            }
        }
        for w in ["với", "cùng", "của"] {
            if phrase_at(low, r, w) {
                marker_end = r + w.len();
                q = skip_spaces(low, r + w.len());
                break;
            }
        }
        // ("… phối hợp với" / "Công an huyện …": the supporters on the next line, J7.)
        let q = super::text::past_line_break(low, q, to);
        let (units, _) = unit_list_at(text, low, q, to);
        out.extend(units.into_iter().map(|u| (u, (at, marker_end))));
        p = at + verb.len();
    }
    // "X cùng với Y kiểm tra …", "X chủ trì cùng Y …", "có sự tham gia của Y" (R2). (Each
    // marker is looked for once, from where the last one ended: linear.)
    let mut p = from;
    while let Some((at, marker)) = super::text::find_any(low, &units::SUPPORT_MARKERS, p, to) {
        let q = skip_spaces(low, at + marker.len());
        let (units, _) = unit_list_at(text, low, q, to);
        out.extend(units.into_iter().map(|u| (u, (at, at + marker.len()))));
        p = at + marker.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::text::fold;

    fn unit(t: &str) -> Option<&str> {
        let low = fold(t);
        unit_at(t, &low, 0, t.len()).map(|(s, e)| &t[s..e])
    }

    fn list(t: &str) -> Vec<&str> {
        let low = fold(t);
        unit_list_at(t, &low, 0, t.len())
            .0
            .into_iter()
            .map(|(s, e)| &t[s..e])
            .collect()
    }

    #[test]
    fn names_end_at_predicates() {
        assert_eq!(
            unit("các phòng chuyên môn tiếp tục có"),
            Some("các phòng chuyên môn")
        );
        assert_eq!(
            unit("Phòng Tổ chức Cán bộ có trách nhiệm"),
            Some("Phòng Tổ chức Cán bộ")
        );
        assert_eq!(unit("phòng Tổ chức cán bộ:"), Some("phòng Tổ chức cán bộ"));
        assert_eq!(
            unit("thủ trưởng các đơn vị thuộc ngành cần phải"),
            Some("thủ trưởng các đơn vị thuộc ngành")
        );
        assert_eq!(
            unit("cơ quan quản lý biên chế ở địa phương, tham mưu"),
            Some("cơ quan quản lý biên chế ở địa phương")
        );
        assert_eq!(
            unit("phòng Giáo dục trung học tham mưu Sở"),
            Some("phòng Giáo dục trung học")
        );
        assert_eq!(
            unit("phòng Quản lý thi và Kiểm định chất lượng giáo dục nghiên cứu"),
            Some("phòng Quản lý thi và Kiểm định chất lượng giáo dục")
        );
        assert_eq!(
            unit("phòng Chính trị, tư tưởng - Khoa học công nghệ chủ trì, phối hợp"),
            Some("phòng Chính trị, tư tưởng - Khoa học công nghệ")
        );
        assert_eq!(
            unit("các trung tâm, cơ sở y tế trên địa bàn vận động học sinh"),
            Some("các trung tâm, cơ sở y tế trên địa bàn")
        );
        assert_eq!(
            unit("Thủ trưởng các đơn vị không được né tránh"),
            Some("Thủ trưởng các đơn vị")
        );
    }

    #[test]
    fn not_units() {
        assert_eq!(unit("Tổ chức rà soát"), None);
        assert_eq!(unit("ban hành văn bản"), None);
        assert_eq!(unit("truyền thông để"), None);
        assert_eq!(unit("Giám đốc"), None);
    }

    #[test]
    fn lists_split_named_units() {
        assert_eq!(
            list("Phòng Giáo dục trung học, Phòng Kế hoạch - Tài chính khẩn trương"),
            vec!["Phòng Giáo dục trung học", "Phòng Kế hoạch - Tài chính"]
        );
        // O16: after "và", "các" + a head word starts another unit.
        assert_eq!(
            list("các đơn vị thuộc Sở và các cơ quan liên quan tham mưu"),
            vec!["các đơn vị thuộc Sở", "các cơ quan liên quan"]
        );
    }

    #[test]
    fn support_verbs_end_in_hop() {
        // `supports` looks for "hợp" before the verbs.
        for v in crate::lexicon::units::SUPPORT_VERBS.iter() {
            assert!(v.ends_with(" hợp") || v == "hợp", "{v}");
        }
    }

    #[test]
    fn supports_follow_phoi_hop() {
        let t = "Phòng Tổ chức Cán bộ có trách nhiệm phối hợp các phòng có liên quan, tham mưu";
        let low = fold(t);
        let s: Vec<&str> = supports(t, &low, 0, t.len())
            .into_iter()
            .map(|((a, b), _)| &t[a..b])
            .collect();
        assert_eq!(s, vec!["các phòng có liên quan"]);
    }
}
