//! Web-page junk: what a news page of a department's portal wraps around the article.

use super::Lexicon;

/// A line that starts with one of these (lowercase) is junk.
pub static LINE_OPENERS: Lexicon = Lexicon::new(&[
    "owl image",
    "flag counter",
    "tìm kiếm",
    "đăng nhập",
    "đăng ký",
    "tin khác",
    "các tin khác",
    "tin liên quan",
    "bài viết liên quan",
    "tin cùng chuyên mục",
    "lượt xem",
    "số lượt xem",
    "lượt truy cập",
    "đang truy cập",
    "ảnh:",
    "ảnh minh họa",
    "tin:",
    "tin, ảnh:",
    "tin và ảnh:",
    "tin - ảnh:",
    "nguồn:",
    "tác giả:",
    "lịch công tác",
    "liên kết website",
    "văn bản mới",
    "thông báo mới",
    "chia sẻ",
    "in trang",
    "bản in",
    "gửi email",
    "trang chủ",
    "chuyên mục",
    "xem thêm",
    "quay lại",
    "lên đầu trang",
    "bình luận",
    "facebook",
    "twitter",
    "zalo",
]);

/// A line that contains one of these anywhere is junk (clock widgets, counters).
pub static LINE_CONTAINS: Lexicon = Lexicon::new(&["| đăng nhập", "bản quyền thuộc", "copyright"]);

/// Words a clock widget prints around the time ("Hôm nay ngày 19/11/2019, 7:36:10 AM GMT+7"):
/// a line with a time of day and nothing but these, numbers and punctuation is junk.
pub static CLOCK_WORDS: Lexicon = Lexicon::new(&[
    "hôm", "nay", "ngày", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "am", "pm",
    "gmt", "sa", "ch",
]);

/// Once one of these appears as a whole line after the article, the rest of the page is junk.
pub static TAIL_MARKERS: Lexicon = Lexicon::new(&[
    "tin khác",
    "các tin khác",
    "tin liên quan",
    "bài viết liên quan",
    "tin cùng chuyên mục",
    "flag counter",
    "liên kết website",
]);

/// Lines made only of these characters are widget controls ("-", "+", "|").
pub const CONTROL_CHARS: &[char] = &['-', '+', '|', '×', '»', '«', '>', '<', '•'];
