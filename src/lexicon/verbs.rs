//! Words that start a predicate, and the words around them.

use super::Lexicon;

/// Markers that always end a unit name and make the unit before them the subject of a directive:
/// modals, role markers, adverbs of manner that open a predicate.
pub const STRONG_PREDICATES: Lexicon = Lexicon::new(&[
    "có trách nhiệm",
    "chịu trách nhiệm",
    "chủ trì",
    "phối hợp",
    "cần phải",
    "cần",
    "phải",
    "khẩn trương",
    "chủ động",
    "tiếp tục",
    "tập trung",
    "căn cứ",
    "không được",
    "không để",
    "nghiêm túc",
    "thường xuyên",
    "tích cực",
    "kịp thời",
    "sẽ",
    "nên",
    "được giao",
    "đã",
    "đang",
    "không",
    "chưa",
    "quan tâm",
    "tăng cường",
    "đẩy mạnh",
    "chú trọng",
    "thực hiện",
    "triển khai",
    "tham mưu",
    "nghiên cứu",
    "rà soát",
    "hướng dẫn",
    "chỉ đạo",
    "theo dõi",
    "đôn đốc",
    "báo cáo",
    "hoàn thành",
    "hoàn thiện",
    "xây dựng",
    "kiểm tra",
    "cập nhật",
    "vận động",
    "đề xuất",
    "tổng hợp",
    "bố trí",
    "phân công",
    "ban hành",
    "duy trì",
    "bảo đảm",
    "đảm bảo",
    "khắc phục",
    "tuyên truyền",
    "quán triệt",
    "phổ biến",
    "giải quyết",
    "xử lý",
    "lập",
    "gửi",
    "nộp",
    "rà",
    "làm tốt",
]);

/// Action verbs that may also be part of a unit's name right after its head ("phòng Tổ chức cán
/// bộ", "cơ quan quản lý biên chế"): they end a name only further on.
pub const WEAK_PREDICATES: Lexicon = Lexicon::new(&["tổ chức", "quản lý", "kiểm định", "khảo thí"]);

/// Verbs that open an imperative sentence (a directive with no subject of its own), and adverbs
/// of command. Matched at the start of a sentence or clause.
pub const IMPERATIVE_OPENERS: Lexicon = Lexicon::new(&[
    "tổ chức",
    "triển khai",
    "thực hiện",
    "tiếp tục",
    "tăng cường",
    "đẩy mạnh",
    "chú trọng",
    "quan tâm",
    "chủ động",
    "rà soát",
    "kiện toàn",
    "hoàn thiện",
    "hoàn thành",
    "hướng dẫn",
    "tham mưu",
    "nghiên cứu",
    "xây dựng",
    "kiểm tra",
    "giám sát",
    "quán triệt",
    "phổ biến",
    "tuyên truyền",
    "chỉ đạo",
    "đôn đốc",
    "theo dõi",
    "báo cáo",
    "phối hợp",
    "bảo đảm",
    "đảm bảo",
    "duy trì",
    "nâng cao",
    "khắc phục",
    "xử lý",
    "giải quyết",
    "cập nhật",
    "bổ sung",
    "ban hành",
    "lập",
    "gửi",
    "nộp",
    "rà",
    "sắp xếp",
    "bố trí",
    "chuẩn bị",
    "khẩn trương",
    "tuyệt đối",
    "nghiêm cấm",
    "kiên quyết",
    "không để",
    "không được",
    "nghiêm túc",
    "thường xuyên",
    "tích cực",
    "kịp thời",
    "tập trung",
    "làm tốt",
    "ưu tiên",
    "phát huy",
    "chấn chỉnh",
    "vận động",
    "tổng hợp",
    "đề xuất",
    "cần",
    "phải",
    "yêu cầu",
    "đề nghị",
    "giao",
]);

/// Modals anywhere in a sentence that make it an instruction.
pub const MODALS: Lexicon = Lexicon::new(&[
    "cần phải",
    "cần",
    "phải",
    "có trách nhiệm",
    "chịu trách nhiệm",
    "khẩn trương",
    "tuyệt đối không",
]);

/// Verbs by which a speaker gives an order; the unit after them owns the directive.
/// Longer phrases first.
pub const DIRECTING: Lexicon = Lexicon::new(&[
    "giao nhiệm vụ cho",
    "giao trách nhiệm cho",
    "giao cho",
    "chỉ đạo",
    "yêu cầu",
    "đề nghị",
    "giao",
    "nêu ra",
    "nêu",
    "lưu ý",
    "nhấn mạnh",
]);

/// Words that open a clause without being part of it ("Do đó, các đơn vị …"). Skipped when
/// looking for a clause's subject or imperative verb.
pub const CONNECTORS: Lexicon = Lexicon::new(&[
    "chính vì vậy",
    "vì vậy",
    "do đó",
    "do vậy",
    "tuy nhiên",
    "đồng thời",
    "đặc biệt",
    "trong đó",
    "bên cạnh đó",
    "ngoài ra",
    "qua đó",
    "mặt khác",
    "trước mắt",
    "từ nay",
    "sau đó",
    "riêng",
    "và",
    "mà",
    "để",
    "nhất là",
]);

/// Words that close a unit name when they follow it (not predicates, but clearly not the name).
pub const NAME_STOPS: Lexicon = Lexicon::new(&[
    "để",
    "nhằm",
    "theo",
    "về việc",
    "trong việc",
    "đối với",
    "khi",
    "nếu",
    "như",
]);

/// Sentences opening with these are reports or context, not instructions.
pub const CONTEXT_OPENERS: Lexicon = Lexicon::new(&[
    "đây là",
    "việc",
    "hiện nay",
    "thực trạng",
    "kết quả",
    "năm học",
]);

/// Openers that hand a directive to the units after them ("Giao phòng X …", "Đề nghị các đơn vị …").
pub const ASSIGNING: Lexicon = Lexicon::new(&["giao nhiệm vụ cho", "giao trách nhiệm cho", "giao cho", "giao", "đề nghị", "yêu cầu"]);

/// Markers of a report after a unit: what it did or is doing, not what it must do.
pub const PAST: Lexicon = Lexicon::new(&["đã", "đang", "vừa", "đã được"]);
