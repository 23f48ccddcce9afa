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
    "số lần xem",
    "lần xem",
    "lượt đọc",
    "số lượt đọc",
    "người đăng:",
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
    // J1: skip links, portal names and site maps.
    "bỏ qua liên kết",
    "cổng thông tin điện tử",
    // A newspaper's or a department's site name over the page ("BÁO ĐIỆN TỬ TỈNH", "Trang
    // thông tin điện tử Phòng GD&ĐT …").
    "báo điện tử",
    "trang thông tin điện tử",
    "sơ đồ cổng",
    "sơ đồ trang",
    // J6: related news, tags, counters and footers.
    "tags:",
    "từ khóa:",
    "từ khoá:",
    "bài liên quan",
    "tin đã đăng",
    "tin mới hơn",
    "tin cũ hơn",
    "tin mới nhất",
    "tin đọc nhiều",
    "thống kê truy cập",
    "đang trực tuyến",
    "đang online",
    "tổng lượt truy cập",
    "hôm nay:",
    "hôm qua:",
    "địa chỉ:",
    "điện thoại:",
    "email:",
    "in bài viết",
    // J5: a page's text-size buttons ("Font size: A- A A+", "Cỡ chữ: A A A").
    "font size",
    "cỡ chữ",
    "gửi bài viết",
    "chia sẻ bài viết",
    "ý kiến bạn đọc",
]);

/// J3: how a photo's caption opens ("Quang cảnh hội nghị giao ban", "Toàn cảnh buổi làm
/// việc", "Các đại biểu dự hội nghị"). Only a short line with no sentence's end is a caption.
pub static CAPTION_OPENERS: Lexicon = Lexicon::new(&[
    "quang cảnh",
    "toàn cảnh",
    "các đại biểu dự",
    "đại biểu dự",
    "các đại biểu tham dự",
    "đại biểu tham dự",
]);

/// A line that contains one of these anywhere is junk (clock widgets, counters).
pub static LINE_CONTAINS: Lexicon = Lexicon::new(&["bản quyền thuộc", "copyright"]);

/// A short line that contains one of these is junk too; each starts with "|" or "(" or ends with
/// ":", and is looked for only there: a widget's login link ("Tìm kiếm | Đăng nhập"), an address
/// footer ("TRƯỜNG TIỂU HỌC … - Địa chỉ: thôn 5, xã …", J6), a caption with its credit on one
/// line ("Quang cảnh hội nghị. Ảnh: Hồng Nhung", "… phát biểu kết luận (Ảnh: H.T)", J3).
pub static MARKED_JUNK: Lexicon = Lexicon::new(&[
    "| đăng nhập",
    "- địa chỉ:",
    ". ảnh:",
    "(ảnh:",
    "(ảnh minh họa)",
    "(ảnh minh hoạ)",
]);

/// J2: openers of a page's date line ("Ngày đăng: 14/03/2018", "Cập nhật lúc: 22/08/2023 09:47"),
/// followed at once by ":" or the date.
pub static POSTING_OPENERS: Lexicon = Lexicon::new(&[
    "ngày đăng",
    "đăng ngày",
    "tin đăng ngày",
    "bài đăng ngày",
    "ngày đăng tải",
    "đăng tải ngày",
    "đăng lúc",
    "ngày cập nhật",
    "cập nhật",
    "cập nhật lúc",
    "thời gian đăng",
    "ngày xuất bản",
    "xuất bản",
    "posted on",
]);

/// J2: counters and zones on a page's date line ("| Lượt xem: 1.152", "- 08:15 GMT+7",
/// "| Người đăng: Tổ Văn phòng"). A short line with a full date and one of these is the posting
/// line: junk, whose date is the page's posting date (H9).
pub static POSTING_COUNTERS: Lexicon = Lexicon::new(&[
    "người đăng",
    "người viết",
    // A byline with its date: "Tác giả: Minh Anh - 13/03/2023", "Posted by admin 13/03/2023".
    "tác giả",
    "posted by",
    "lượt xem",
    "lượt đọc",
    "lần xem",
    "lần đọc",
    "lượt truy cập",
    "gmt",
]);

/// J2, H9: a site's clock ("Hôm nay, thứ Ba 05/3/2024") is junk, and its date is never the page's.
pub static SITE_CLOCK_CUES: Lexicon = Lexicon::new(&["hôm nay"]);

/// J1: items of a portal's menu. A line made only of these (and "|", "»", "-") is navigation.
pub static NAV_ITEMS: Lexicon = Lexicon::new(&[
    "trang chủ",
    "sơ đồ cổng",
    "sơ đồ trang",
    "giới thiệu",
    "tin tức",
    "tin tức - sự kiện",
    "sự kiện",
    "thời sự",
    "chính trị",
    "kinh tế",
    "xã hội",
    "văn hóa",
    "văn hoá",
    "giáo dục",
    "sức khỏe",
    "sức khoẻ",
    "thể thao",
    "pháp luật",
    "quốc tế",
    "video",
    "ảnh",
    "thư viện",
    "thư viện ảnh",
    "văn bản",
    "văn bản chỉ đạo",
    "văn bản pháp quy",
    "thủ tục hành chính",
    "lịch công tác",
    "hỏi đáp",
    "liên hệ",
    // A newspaper's sections ("Thời sự | Giáo dục | Y tế | Thể thao").
    "y tế",
    "quốc phòng",
    "an ninh",
    "quốc phòng - an ninh",
    "khoa học",
    "công nghệ",
    "khoa học - công nghệ",
    "du lịch",
    "đời sống",
    "giải trí",
    "môi trường",
    "nông nghiệp",
    "thế giới",
    "trong nước",
    "bạn đọc",
    "kinh doanh",
    "xây dựng đảng",
    "multimedia",
    "podcast",
    "infographic",
    "e-magazine",
    "emagazine",
    "chính quyền",
    "công dân",
    "doanh nghiệp",
    "tổ chuyên môn",
    "hoạt động của ngành",
    "hoạt động",
    "tuyển sinh",
    "diễn đàn",
    "góp ý",
    "tìm kiếm",
    "đăng nhập",
    "in trang",
    "in bài viết",
    // J5: a page's text-size buttons ("Font size: A- A A+", "Cỡ chữ: A A A").
    "font size",
    "cỡ chữ",
    "gửi bài viết",
    "chia sẻ",
]);

/// J4, J5: what may be glued after an article's last full stop ("… tại một số trường.NGỌC HÂN",
/// "… của ngành.Minh Thư - Phòng GDTH", "… ngày 09/5/2022.Tin cùng chuyên mục"): a widget
/// opening with one of these, or a byline (a name, then "-" or "(" and the writer's unit).
pub static GLUED_WIDGETS: Lexicon = Lexicon::new(&[
    "tin cùng chuyên mục",
    "tin liên quan",
    "bài viết liên quan",
    "bài liên quan",
    "tin khác",
    "các tin khác",
    "tin đã đăng",
    // With their colon: "….Ảnh hưởng của …" is a sentence glued to the one before, not junk.
    "chia sẻ:",
    "xem thêm:",
    "tags:",
    "nguồn:",
    "tin, ảnh:",
    "tin và ảnh:",
    "ảnh:",
]);

/// Words a clock widget prints around the time ("Hôm nay ngày 19/11/2019, 7:36:10 AM GMT+7"):
/// a line with a time of day and nothing but these, numbers and punctuation is junk.
pub static CLOCK_WORDS: Lexicon = Lexicon::new(&[
    "hôm", "nay", "ngày", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "am", "pm",
    "gmt", "sa", "ch",
]);

/// Once one of these appears as a whole line after the article, the rest of the page is junk
/// (J6). Before the article's first sentence only its line is (a sidebar pasted above it).
pub static TAIL_MARKERS: Lexicon = Lexicon::new(&[
    "tin khác",
    "các tin khác",
    "tin liên quan",
    "bài viết liên quan",
    "tin cùng chuyên mục",
    "flag counter",
    "liên kết website",
    "bài liên quan",
    "tin đã đăng",
    "tin mới hơn",
    "tin cũ hơn",
    "thống kê truy cập",
    // A page's comment form and its other lists (J6): "Ý kiến bạn đọc" / "Gửi ý kiến" / "Họ và
    // tên" …, "Văn bản mới" / "Hướng dẫn thực hiện … (10/11/2022)" ….
    "ý kiến bạn đọc",
    "ý kiến của bạn",
    "gửi ý kiến",
    "bình luận",
    "gửi bình luận",
    "viết bình luận",
    "văn bản mới",
    "văn bản khác",
    "tin mới",
    "tin mới nhất",
    "tin nổi bật",
    "tin xem nhiều",
    "xem nhiều",
    "đọc nhiều",
    "tin tức khác",
    "tin tức liên quan",
    "bài viết khác",
    "các bài viết khác",
    "tin bài khác",
    "bài viết cùng chuyên mục",
    "xem thêm",
    "đọc nhiều nhất",
    "xem nhiều nhất",
    "tin đọc nhiều nhất",
    "tin xem nhiều nhất",
    "có thể bạn quan tâm",
    "bạn có thể quan tâm",
    "tin cùng loại",
    "tin bài liên quan",
]);

/// Lines made only of these characters are widget controls ("-", "+", "|").
/// J9: so are rules ("________", "-----", "=====") and the "*" under a party header.
pub const CONTROL_CHARS: &[char] = &[
    '-', '+', '|', '×', '»', '«', '>', '<', '•', '_', '=', '*', '~', '—', '–',
];

/// J8: words before a page number alone on its line ("Trang 2/3"); the line is removed when a
/// sentence goes on after it.
pub const PAGE_WORDS: &[&str] = &["trang", "page", "tr."];

/// J12: HTML entities left in a web paste ("GD&amp;ĐT", "&nbsp;") and the characters they
/// stand for. Matched without regard to case.
pub const HTML_ENTITIES: &[(&str, char)] = &[
    ("&amp;", '&'),
    ("&nbsp;", ' '),
    ("&quot;", '"'),
    ("&apos;", '\''),
    ("&#39;", '\''),
    ("&#039;", '\''),
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&ndash;", '–'),
    ("&mdash;", '—'),
    ("&hellip;", '…'),
    ("&ldquo;", '“'),
    ("&rdquo;", '”'),
    ("&lsquo;", '‘'),
    ("&rsquo;", '’'),
    ("&bull;", '•'),
];

/// J12: HTML tags that break a line ("<br>", "<br/>", "<p>", "</p>"). Matched without regard
/// to case.
pub const HTML_BREAKS: &[&str] = &["<br>", "<br/>", "<br />", "<p>", "</p>", "</div>", "<div>"];
