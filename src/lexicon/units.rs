//! Units that can own a directive, and the people who give the orders.
//!
//! A unit phrase is: an optional determiner, an optional person title, a head, then its name
//! (any words up to a predicate marker or punctuation; see `notice::owners`).

use super::Lexicon;

/// Determiners that may open a unit phrase ("các đơn vị", "tất cả các trường").
pub static DETERMINERS: Lexicon =
    Lexicon::new(&["tất cả các", "toàn bộ các", "các", "những", "mỗi", "từng"]);

/// Person titles that head an owner when a unit follows: "Thủ trưởng các đơn vị", "Hiệu trưởng
/// các trường", "lãnh đạo các phòng". Alone ("Giám đốc") they are not owners.
pub static PERSON_HEADS: Lexicon = Lexicon::new(&[
    "thủ trưởng",
    "hiệu trưởng",
    "người đứng đầu",
    "lãnh đạo",
    "trưởng",
    "giám đốc",
    "chủ tịch",
    "bí thư",
    "tổ trưởng",
]);

/// Heads of unit names, lowercase. Longer phrases first where one contains another.
pub static HEADS: Lexicon = Lexicon::new(&[
    "ủy ban nhân dân",
    "uỷ ban nhân dân",
    "hội đồng nhân dân",
    "ban giám hiệu",
    "ban chỉ đạo",
    "ban đại diện",
    "văn phòng",
    "thanh tra",
    "phòng",
    "sở",
    "bộ",
    "ban",
    "cục",
    "vụ",
    "nhà trường",
    "trường",
    "trung tâm",
    "cơ quan",
    "cơ sở giáo dục",
    "cơ sở",
    "đơn vị",
    "bộ phận",
    "hội đồng",
    "công đoàn",
    "đoàn thanh niên",
    "liên đội",
    "tổ chuyên môn",
    "tổ",
    "học viện",
    "viện",
    "chi cục",
    "ngành",
    "cấp ủy",
    "chi bộ",
    "đảng ủy",
    "chi nhánh",
    "phân hiệu",
    "điểm trường",
    "cụm trường",
    "cụm",
    "đoàn",
    "tiểu ban",
    "trạm",
    "công an",
    "ủy ban",
    "uỷ ban",
    "mặt trận",
    "hội",
    "thường trực",
    "giáo viên",
    "học viện",
]);

/// Abbreviations that name a unit on their own or after a head ("Phòng GD&ĐT", "TTGDNN-GDTX").
pub static ABBREVIATIONS: Lexicon = Lexicon::new(&[
    "ubnd",
    "hđnd",
    "gd&đt",
    "gdđt",
    "gd-đt",
    "sgdđt",
    "sgd&đt",
    "pgd&đt",
    "pgdđt",
    "tccb",
    "khtc",
    "kh-tc",
    "gdtrh",
    "gdth",
    "gdmn",
    "gdtx",
    "gdnn-gdtx",
    "ttgdnn-gdtx",
    "ttgdtx",
    "qlt",
    "qlt&kđclgd",
    "ctctt",
    "vp",
    "ttr",
    "thpt",
    "thcs",
    "ptdtnt",
    "ptdtbt",
    "cđn",
    "cdn",
]);

/// Who gives the orders in a notice. With a directing verb ("chỉ đạo", "giao", "yêu cầu") their
/// object is the owner; they are never owners themselves.
pub static SPEAKERS: Lexicon = Lexicon::new(&[
    "đồng chí giám đốc",
    "đ/c giám đốc",
    "ban giám đốc",
    "phó giám đốc",
    "giám đốc",
    "lãnh đạo sở",
    "lãnh đạo phòng",
    "chủ tịch",
    "trưởng phòng",
    "đồng chí",
]);

/// Phrases that begin with a unit head but name no unit ("tổ chức", "ban hành", "trường hợp").
pub static NOT_UNITS: Lexicon = Lexicon::new(&[
    "tổ chức",
    "tổ hợp",
    "ban hành",
    "trường hợp",
    "bộ máy",
    "cơ sở vật chất",
    "cơ sở dữ liệu",
    "cơ sở để",
    "phòng chống",
    "phòng, chống",
    "phòng ngừa",
    "phòng cháy",
    "phòng học",
    "phòng thi",
    "sở hữu",
    "vụ việc",
    "ngành học",
    "bộ sách",
    "bộ tiêu chí",
    "bộ công cụ",
    "đơn vị tính",
    "hội nghị",
    "hội thi",
    "hội thảo",
    "hội khỏe",
    "hội diễn",
    "hội giảng",
    "hội trường",
    "đoàn kết",
    "trạm trộn",
    "cụm từ",
    "giáo viên dạy",
]);
