//! Cues that tell the parts of a notice apart. All lowercase; matched on whole words.

use super::Lexicon;

/// The national motto lines.
pub static MOTTO: Lexicon = Lexicon::new(&[
    "cộng hòa xã hội chủ nghĩa việt nam",
    "cộng hoà xã hội chủ nghĩa việt nam",
    "độc lập - tự do - hạnh phúc",
    "độc lập – tự do – hạnh phúc",
    "độc lập-tự do-hạnh phúc",
    // L3: the party's line in place of the state motto.
    "đảng cộng sản việt nam",
]);

/// Words that open an issuing body's line in the header ("UBND TỈNH HẬU GIANG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO").
pub static ISSUER_OPENERS: Lexicon = Lexicon::new(&[
    "ubnd",
    "ủy ban nhân dân",
    "uỷ ban nhân dân",
    "sở",
    "phòng",
    "trường",
    "trung tâm",
    "bộ",
    "ban",
    "văn phòng",
    "đảng bộ",
    "đảng ủy",
    "đảng uỷ",
    "huyện ủy",
    "huyện uỷ",
    "tỉnh ủy",
    "tỉnh uỷ",
    "thành ủy",
    "thành uỷ",
    "quận ủy",
    "thị ủy",
    "chi bộ",
    "hội đồng nhân dân",
    "hđnd",
    "đoàn",
    "công đoàn",
    "cổng thông tin",
]);

/// Document types that stand alone on a header line.
pub static DOC_TYPES: Lexicon = Lexicon::new(&[
    "thông báo kết luận",
    "thông báo",
    "kết luận thanh tra",
    "kết luận kiểm tra",
    "kết luận",
    "biên bản",
    "công văn",
]);

/// What starts a line of its own in a paste that lost its line breaks (J9): the recipients, the
/// closing sentence, the number, the signature's authority. Matched with a capital as written.
pub static LOST_BREAK_OPENERS: Lexicon = Lexicon::new(&[
    "nơi nhận",
    "trên đây là",
    "số:",
    "số :",
    "kính gửi:",
    "kt. ",
    "tl. ",
    "tm. ",
    "t/m ",
]);

/// H4, L4: the opener of a công văn's subject ("V/v báo cáo …"); the subject is what follows.
pub static SUBJECT_OPENERS: Lexicon = Lexicon::new(&["v/v", "về việc"]);

/// Openers of the paragraph that gives the meeting's facts.
pub static MEETING_OPENERS: Lexicon = Lexicon::new(&[
    "vào lúc",
    "vào ngày",
    "sáng ngày",
    "chiều ngày",
    "sáng nay",
    "chiều nay",
    "hôm nay",
    "ngày",
    "sáng",
    "chiều",
    "trong ngày",
]);

/// H5, H6: parts of the day before a date without "ngày" ("Chiều 08/4, Sở …", "Sáng 21/8/2023").
pub static DAY_PARTS: Lexicon = Lexicon::new(&[
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "đêm",
    "sáng nay",
    "chiều nay",
    "hôm nay",
    "hôm qua",
]);

/// H6: a news page's meeting named by the day it was posted ("Hôm nay, …", "Sáng nay, …") or
/// the day before ("Hôm qua, …", "Chiều qua, …"): the phrase and how many days before the
/// posting date it is.
pub const RELATIVE_DAYS: &[(&str, u32)] = &[
    ("hôm nay", 0),
    ("sáng nay", 0),
    ("chiều nay", 0),
    ("trưa nay", 0),
    ("hôm qua", 1),
    ("sáng qua", 1),
    ("chiều qua", 1),
    ("tối qua", 1),
];

/// L7: a paragraph that reports a document, not a meeting ("Ngày 26/11, Sở GD&ĐT có văn bản
/// đề nghị …"); on a news page its date is the notice's issued date (H9).
pub static DOCUMENT_REPORT_CUES: Lexicon = Lexicon::new(&[
    "có văn bản",
    "có công văn",
    "ban hành văn bản",
    "ban hành công văn",
    "đã ban hành",
    "ban hành kế hoạch",
    "ban hành hướng dẫn",
    "có thông báo",
    "ra thông báo",
    "có hướng dẫn",
]);

/// L8, H5: labelled lines of a school's giao ban notice ("Thời gian: 14h00, thứ Bảy ngày
/// 12/11/2022", "Địa điểm: …", "Chủ trì: thầy …"): meeting facts, whatever their order.
pub static MEETING_LABELS: Lexicon = Lexicon::new(&[
    "thời gian",
    "thời gian họp",
    "địa điểm",
    "địa điểm họp",
    "chủ trì",
    "người chủ trì",
    "chủ trì cuộc họp",
    "chủ trì hội nghị",
    // Minutes name who presides so ("Chủ tọa: thầy Trần Văn Đức - Hiệu trưởng").
    "chủ tọa",
    "thư ký",
    "thư ký cuộc họp",
    "thành phần",
    "thành phần dự họp",
    "thành phần tham dự",
]);

/// Labels of an event's facts that the issuer announces (D17, L4): "Thời gian thi: ngày 18 và
/// 19/12/2024.", "Địa điểm thi: Trường THPT chuyên …", "Hình thức thi: tự luận". Followed by
/// their colon, they open no task. ("Thời gian hoàn thành: …" gives a task its deadline, D10.)
pub static EVENT_FACT_LABELS: Lexicon = Lexicon::new(&[
    "thời gian thi",
    "thời gian kiểm tra",
    "thời gian làm bài",
    "thời gian khai giảng",
    "thời gian tập huấn",
    "thời gian diễn ra",
    "lịch thi",
    "địa điểm",
    "địa điểm thi",
    "địa điểm tổ chức",
    "địa điểm tập huấn",
    "hình thức thi",
    "môn thi",
    "đối tượng dự thi",
]);

/// Words that, with a date, mark a paragraph as meeting facts.
pub static MEETING_CUES: Lexicon = Lexicon::new(&[
    "chủ trì",
    "hội nghị",
    "cuộc họp",
    "buổi làm việc",
    "giao ban",
    "họp",
    "làm việc",
    "trưởng đoàn",
    "đoàn công tác",
]);

/// Degrees and honours a name may carry before it (H10: "ThS. Nguyễn Thị Thu Hà"; H7: "PGS.TS
/// Nguyễn Văn A, Giám đốc Sở chủ trì", "NGƯT Trần Thị B").
pub static DEGREES: Lexicon = Lexicon::new(&[
    "pgs.ts.", "pgs. ts.", "pgs.ts", "gs.ts.", "gs. ts.", "gs.ts", "ts.", "ts", "ths.", "ths",
    "bs.", "ks.", "cn.", "ngưt.", "ngưt", "ngnd.", "ngnd",
]);

/// Meetings as events: "tại phiên họp ngày 30/8" names when, not where (H5).
pub static MEETING_EVENTS: Lexicon = Lexicon::new(&[
    "phiên họp",
    "cuộc họp",
    "buổi họp",
    "kỳ họp",
    "hội nghị",
    "buổi làm việc",
    "phiên làm việc",
    "buổi giao ban",
]);

/// H7: what marks the chair. The person named before it ("đồng chí X, Trưởng phòng GD&ĐT chủ
/// trì", "do đồng chí X, Phó Chủ tịch UBND huyện làm trưởng đoàn"), or after it when it opens
/// its clause ("Chủ trì: thầy X", "dưới sự chủ trì của bà X", "Dự và chủ trì hội nghị có đồng
/// chí X"). Misspellings seen in pasted text are listed too.
pub static CHAIR_CUES: Lexicon = Lexicon::new(&[
    "chủ trì",
    "chủ tọa",
    "chủ trỉ",
    "chũ trì",
    "chu trì",
    "làm trưởng đoàn",
    "trưởng đoàn",
    // The official who holds a working session, or leads the delegation, chairs it: "đồng chí
    // X - Phó Chủ tịch UBND huyện đã có buổi làm việc với …", "đoàn do đồng chí X dẫn đầu".
    "có buổi làm việc",
    // "Ngày 28/9/2023, Phó Giám đốc Sở Trần Minh Đức làm việc với Trường THPT …".
    "làm việc với",
    "dẫn đầu",
]);

/// H7: an inspection visit's verbs, whose subject — a person named before them — leads the
/// visit and chairs it when nothing else says who does: "Ngày 12/3/2024, đồng chí Đỗ Minh
/// Tuấn - Phó Chủ tịch UBND huyện cùng lãnh đạo các phòng … đã kiểm tra tiến độ …".
pub static VISIT_CUES: Lexicon = Lexicon::new(&[
    "đã kiểm tra",
    "đi kiểm tra",
    "đến kiểm tra",
    "đã đi kiểm tra",
    "đã đến kiểm tra",
    "kiểm tra thực tế",
    "đã thăm và kiểm tra",
    "đã thăm, kiểm tra",
    "đến thăm, kiểm tra",
]);

/// H7: the concluding speech of a meeting, whose speaker chairs it when no "chủ trì" is said
/// ("Phát biểu kết luận, đồng chí X, Trưởng phòng …").
pub static CONCLUDING_CUES: Lexicon = Lexicon::new(&[
    "phát biểu kết luận hội nghị",
    "phát biểu kết luận",
    "kết luận hội nghị",
    "kết luận cuộc họp",
    "kết luận buổi làm việc",
    "kết luận giao ban",
    "kết luận buổi giao ban",
    "kết luận phiên họp",
    "kết luận tại hội nghị",
    "kết luận tại cuộc họp",
    "phát biểu chỉ đạo",
]);

/// Of the [`CONCLUDING_CUES`], the directing speech: a guest may give it before the chair
/// concludes, so who concludes on a later line is the chair instead (H7).
pub static DIRECTING_SPEECH: Lexicon = Lexicon::new(&["phát biểu chỉ đạo"]);

/// H7: titles written right before the chair's name with no honorific ("Giám đốc Sở Nguyễn
/// Văn An chủ trì", "Trưởng phòng Hà Văn Chiến chủ trì").
pub static CHAIR_TITLES: Lexicon = Lexicon::new(&[
    "giám đốc",
    "giám đốc sở",
    "phó giám đốc",
    "phó giám đốc sở",
    "trưởng phòng",
    "phó trưởng phòng",
    "chủ tịch",
    "phó chủ tịch",
    "chủ tịch ubnd",
    "phó chủ tịch ubnd",
    "hiệu trưởng",
    "phó hiệu trưởng",
    "bí thư",
    "phó bí thư",
    "trưởng ban",
    "phó trưởng ban",
    "chánh văn phòng",
    "thứ trưởng",
    "bộ trưởng",
    // J10: as typed ("Dự và chủ trì hội nghị có đồng chí Y Khuăn Mlô, Trưởng phồng GD&ĐT").
    "trưởng phồng",
    "phó trưởng phồng",
    "giám đôc",
    "hiêu trưởng",
]);

/// Headings of an appendix after the signature whose tasks are the notice's ("PHỤ LỤC",
/// "Phụ lục I", "PHỤ LỤC NHIỆM VỤ …"): the body again (L1).
pub static APPENDIX_HEADINGS: Lexicon = Lexicon::new(&["phụ lục"]);

/// H7: words right after a chair cue that put the chair's name after it ("chủ trì của bà X",
/// "chủ trì hội nghị có đồng chí X", "Chủ trì: thầy X").
pub static CHAIR_NAME_AFTER: Lexicon = Lexicon::new(&[":", "của", "có", "là"]);

/// Openers of the attendees' paragraph.
pub static ATTENDEES_OPENERS: Lexicon = Lexicon::new(&[
    "thành phần tham dự",
    "thành phần dự họp",
    "tham dự",
    "dự họp",
    "cùng dự",
    "cùng tham dự",
    // H8 on news pages: "Đến dự có đồng chí X, …", "Cùng đi có …", "Dự Hội nghị có …".
    "đến dự",
    "tới dự",
    "về dự",
    "cùng đi",
    "dự hội nghị",
    "dự cuộc họp",
    "dự buổi làm việc",
]);

/// Words before the chair's name.
pub static PERSON_TITLES: Lexicon = Lexicon::new(&["đồng chí", "đ/c", "ông", "bà", "thầy", "cô"]);

/// Endings of the sentence that introduces a list (the conclusions, a section's tasks).
pub static LIST_INTRO_ENDINGS: Lexicon =
    Lexicon::new(&["như sau", "sau đây", "cụ thể", "gồm", "sau"]);

/// Cues of an assessment part (results, shortcomings): its items are reports, not directives.
pub static ASSESSMENT_CUES: Lexicon = Lexicon::new(&[
    "đánh giá",
    // The period just past: "Công tác tuần qua:", "Kết quả tháng vừa qua".
    "tuần qua",
    "tháng qua",
    "tuần vừa qua",
    "tháng vừa qua",
    "thời gian qua",
    "kết quả đạt được",
    "đạt được",
    "kết quả thực hiện",
    "hạn chế",
    "tồn tại",
    "ưu điểm",
    "khuyết điểm",
    "nguyên nhân",
    "tình hình",
    "thuận lợi",
    "khó khăn",
]);

/// Cues of an assessment part in a heading only ("I. KẾT QUẢ NỔI BẬT", "1. Những việc đã làm
/// được", N1, L10): before an item's colon they name what the task is about ("1. Kết quả tuyển
/// sinh: các trường báo cáo …").
pub static ASSESSMENT_HEADINGS: Lexicon = Lexicon::new(&["kết quả", "đã làm", "đã thực hiện"]);

/// Cues of a task part.
pub static TASK_CUES: Lexicon = Lexicon::new(&[
    "nhiệm vụ",
    // "2. Những việc cần làm", "Công tác thời gian tới".
    "cần làm",
    "thời gian tới",
    "sắp tới",
    "giải pháp",
    "phương hướng",
    "kiến nghị",
    "đề xuất",
    "chỉ đạo",
    "giao",
    "triển khai",
    "kết luận",
    "yêu cầu",
    "công việc",
]);

/// Openers of the closing sentence; the conclusions end there.
pub static CLOSING_OPENERS: Lexicon = Lexicon::new(&[
    "trên đây là",
    "thông báo này",
    "văn phòng thông báo",
    "văn phòng sở thông báo",
    "văn phòng xin thông báo",
    "sở giáo dục và đào tạo thông báo",
    "sở gd&đt thông báo",
    "phòng giáo dục và đào tạo thông báo",
    "vậy thông báo",
]);

/// The heading of the recipients' block.
pub static RECIPIENTS_HEADINGS: Lexicon = Lexicon::new(&["nơi nhận"]);

/// Signature authorities: "TL." (thừa lệnh), "KT." (ký thay), "TM." (thay mặt), "Q." (quyền),
/// "TUQ." (thừa ủy quyền).
/// L3: the party's "T/M", "K/T" and "T/L" ("T/M BAN THƯỜNG VỤ", "T/L BAN THƯỜNG VỤ / CHÁNH
/// VĂN PHÒNG").
pub static SIGNER_AUTHORITIES: Lexicon = Lexicon::new(&[
    "tuq.", "tl.", "kt.", "tm.", "q.", "t/m", "k/t", "t/l", "t.m.", "k.t.", "t.l.",
]);

/// Purposes written after a recipient ("(để chỉ đạo)", "để b/c").
/// H11: "(b/c)", "(để biết)", "(thực hiện)", "(chỉ đạo)".
pub static RECIPIENT_PURPOSE_OPENERS: Lexicon = Lexicon::new(&[
    "để",
    "b/c",
    "t/h",
    "p/h",
    "t/d",
    "báo cáo",
    "biết",
    "thực hiện",
    "chỉ đạo",
    "phối hợp",
    "theo dõi",
    "chỉ đạo thực hiện",
    "đăng tải",
    "đăng website",
]);

/// Types of documents a notice cites, before their symbol ("Công văn số 2805/SGDĐT-VP").
pub static REFERENCE_TYPES: Lexicon = Lexicon::new(&[
    "công văn",
    "nghị định",
    "nghị quyết",
    "thông tư liên tịch",
    "thông tư",
    "quyết định",
    "chỉ thị",
    "chương trình",
    "kế hoạch",
    "thông báo",
    "hướng dẫn",
    "luật",
    "pháp lệnh",
    "văn bản",
    "tờ trình",
    "báo cáo",
    "đề án",
    "kết luận",
    "công điện",
]);

/// Symbols that open a bulleted list item, as Word, PDF viewers and web pages write them (J12):
/// the common bullets, arrows, diamonds and ticks. Word's bullets in its symbol fonts (Symbol,
/// Wingdings: U+F0B7 "", U+F0A7, U+F0D8, U+F076 …) come as private-use characters and are
/// bullets too (`lines::marker`).
pub const BULLETS: &[char] = &[
    '•', '●', '▪', '○', '◦', '■', '□', '➢', '►', '✓', '❖', '◆', '◇', '♦', '➤', '➔', '→', '⇒', '▶',
    '▸', '‣', '⁃', '∙', '·', '✔', '✗', '☐', '❑', '❒', '✦', '★', '☆', '▫', '◾', '◼', '➣', '⮚',
    '⚫', '◘',
];

/// The private-use block where Word's symbol-font bullets land in a plain-text copy (J12).
pub const SYMBOL_FONT_BULLETS: std::ops::RangeInclusive<char> = '\u{F000}'..='\u{F0FF}';

/// Ordinal words that open the items of a list in speech and on news pages (J12): "Thứ nhất,
/// tiếp tục …", "Hai là, …". Lowercase, without the comma that closes them. Weekdays read the
/// same ("Thứ Hai, 11/04/2022"); a date after the comma tells them apart.
pub static ORDINAL_MARKERS: Lexicon = Lexicon::new(&[
    "thứ nhất",
    "thứ hai",
    "thứ ba",
    "thứ tư",
    "thứ năm",
    "thứ sáu",
    "thứ bảy",
    "thứ tám",
    "thứ chín",
    "thứ mười",
    "một là",
    "hai là",
    "ba là",
    "bốn là",
    "năm là",
    "sáu là",
    "bảy là",
    "tám là",
    "chín là",
    "mười là",
]);

/// Of the [`OPEN_ENDINGS`], those no word of a short heading ends on either ("2. Hạn chế, tồn
/// tại" ends on "tại", "I. Nhiệm vụ trọng tâm trong" does not happen): a list item's line of any
/// length that ends on one goes on to the next line ("1. Phòng GD&ĐT chủ trì, phối hợp với" /
/// "Công an huyện, Trung tâm Y tế huyện tổ chức …", J7).
pub static SHORT_LINE_OPEN_ENDINGS: Lexicon = Lexicon::new(&[
    "với",
    "của",
    "cho",
    "giao",
    "yêu cầu",
    "đề nghị",
    "chỉ đạo",
    "nhắc nhở",
]);

/// Words a heading never ends on, which want what follows them: a list item's line that ends
/// on one was broken inside its sentence, and the capitalised line after it goes on with it
/// ("… phối hợp với" / "Công an tỉnh kiểm tra …", "… yêu cầu" / "Các trường …").
pub static OPEN_ENDINGS: Lexicon = Lexicon::new(&[
    "với",
    "của",
    "cho",
    "và",
    "các",
    "những",
    "tại",
    "đến",
    "tới",
    "về",
    "để",
    "theo",
    "trong",
    "từ",
    "là",
    "được",
    "có",
    "nhằm",
    "gồm",
    "như",
    "giao",
    "yêu cầu",
    "đề nghị",
    "chỉ đạo",
    "nhắc nhở",
    "đôn đốc",
]);

/// Words before the units a heading is addressed to ("Đối với các phòng chuyên môn:").
pub static HEADING_OPENERS: Lexicon = Lexicon::new(&["đối với", "về phía", "riêng", "với"]);

/// Words that say the meeting was held online.
pub const ONLINE: &[&str] = &[
    "trực tuyến",
    "cầu truyền hình",
    "hội nghị truyền hình",
    "zoom",
    "google meet",
    "microsoft teams",
];

/// Positions a notice is signed in; a line in capitals that is one of these is the signer's.
pub const SIGNER_POSITIONS: &[&str] = &[
    "giám đốc",
    "phó giám đốc",
    "trưởng phòng",
    "phó trưởng phòng",
    "chánh văn phòng",
    "phó chánh văn phòng",
    "hiệu trưởng",
    "phó hiệu trưởng",
    "chủ tịch",
    "phó chủ tịch",
    "thủ trưởng",
    "trưởng ban",
    // L3: party signers.
    "bí thư",
    "phó bí thư",
    "chủ nhiệm",
    "phó chủ nhiệm",
];

/// Words that make a short first line the notice's title ("Kết luận của Giám đốc Sở tại …").
pub const TITLE_CUES: &[&str] = &["kết luận", "thông báo", "hội nghị", "cuộc họp", "giao ban"];

/// Words that open a sentence or a paragraph, never the middle of one, and that a name does not
/// start with (J7): in capitals at the start of a line after a line that stopped without
/// punctuation, they show that line was a heading or a subject, not a wrapped paragraph
/// ("V/v triển khai …" / "Kính gửi: …", "Kết luận kiểm tra …" / "Từ ngày 19/8/2019, …").
/// A basis, a purpose, a time cue and a topic say so too (`hard_wraps::opens_a_sentence`).
pub static SENTENCE_OPENERS: Lexicon = Lexicon::new(&[
    "kính gửi",
    "từ ngày",
    "đồng thời",
    "tuy nhiên",
    "ngoài ra",
    "bên cạnh đó",
    "sau khi",
    "vừa qua",
    "nhìn chung",
    "trên đây",
]);
