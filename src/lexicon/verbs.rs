//! Words that start a predicate, and the words around them.

use super::Lexicon;

/// Markers that always end a unit name and make the unit before them the subject of a directive:
/// modals, role markers, adverbs of manner that open a predicate.
pub static STRONG_PREDICATES: Lexicon = Lexicon::new(&[
    "có trách nhiệm",
    // What a body is asked to give, said as its own predicate (O4): "Sở Tài chính sớm có văn
    // bản hướng dẫn …", "Sở Nội vụ có ý kiến thống nhất về …", "Các trường có biện pháp …".
    "có văn bản",
    "có ý kiến",
    "có biện pháp",
    "có kế hoạch",
    "có giải pháp",
    "có phương án",
    "chịu trách nhiệm",
    "chủ trì",
    // R1: "Giao Phòng Giáo dục Trung học làm đầu mối, phối hợp với …", "… là đơn vị đầu mối".
    "làm đầu mối",
    "là đầu mối",
    "là đơn vị đầu mối",
    // "Phòng Quản lý chất lượng là đơn vị thường trực, đầu mối tổng hợp …", "Phòng GDTrH là
    // đơn vị chủ trì tổ chức hội thi": the role said as what the unit is.
    "là đơn vị thường trực",
    "là cơ quan thường trực",
    "là đơn vị chủ trì",
    "là cơ quan chủ trì",
    "là cơ quan đầu mối",
    "phối hợp",
    "phối kết hợp",
    // J10: as typed ("Phòng GDĐT phôi hợp với …").
    "phôi hợp",
    // "Văn phòng Sở kết hợp với Phòng Kế hoạch - Tài chính rà soát …" (R2), "Các trường kết
    // hợp lồng ghép …".
    "kết hợp",
    // A helping verb (R6): "Thanh tra Sở giúp Giám đốc Sở theo dõi …" — the helper leads, the
    // one helped is no owner ("Tổ giúp việc" is a unit: see `owners::unit_at`).
    "giúp",
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
    // How often, before the verb (D18): "Phòng GDTX định kỳ 6 tháng báo cáo …", "Các phòng
    // GD&ĐT hằng quý báo cáo …".
    "định kỳ",
    "hằng tháng",
    "hàng tháng",
    "hằng quý",
    "hàng quý",
    "hằng tuần",
    "hàng tuần",
    "hằng năm",
    "hàng năm",
    "tích cực",
    "kịp thời",
    "sẽ",
    "nên",
    "được giao",
    // "Các thành viên Ban Chỉ đạo được phân công kiểm tra các điểm thi …": assigned, they do it
    // (O1), as "được giao".
    "được phân công",
    "được cử",
    // The passive of a request: "Sở Nội vụ được đề nghị phối hợp …" (O2: the one asked owns).
    "được đề nghị",
    "được yêu cầu",
    "đã",
    "đang",
    // "Sở GD&ĐT Quảng Nam vừa có văn bản …": just done, a report (N1); the name ends there.
    "vừa",
    "không",
    "chưa",
    "quan tâm",
    "tăng cường",
    "đẩy mạnh",
    "chú trọng",
    // What a unit does by itself ("Hiệu trưởng các trường tự chịu trách nhiệm …", "Các trường
    // tự đánh giá …"); "tự" alone may be a name's ("Trường THCS Tự Lập"). (The other verbs
    // that end a unit are read from `IMPERATIVE_OPENERS`, which the subject's predicate is
    // looked up in too.)
    // Going somewhere to do the work (O6): "Sở Y tế đi kiểm tra các điểm thi", "Các thành
    // viên Ban Chỉ đạo về dự lễ khai giảng": the name ends before the motion.
    "đi kiểm tra",
    "đi khảo sát",
    "đi thực tế",
    "đi dự",
    "về dự",
    "về tham dự",
    "về kiểm tra",
    "xuống kiểm tra",
    "xuống cơ sở",
    "đến kiểm tra",
    "đến dự",
    "tự chịu trách nhiệm",
    "tự đánh giá",
    "tự kiểm tra",
    "tự rà soát",
    // Manners that open a predicate ("Các trường nhanh chóng khắc phục …", "… đồng loạt ra quân
    // …", "… từng bước nâng cao …"), a restriction ("Các trường chỉ được thu …", N12) and a plan
    // to be had ("Các trường có kế hoạch bồi dưỡng …").
    "nhanh chóng",
    "gương mẫu",
    "quyết tâm",
    "tự giác",
    "dứt khoát",
    "từng bước",
    "đồng loạt",
    "linh hoạt",
    "chỉ được",
    "có kế hoạch",
    "có phương án",
    "có giải pháp",
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
    "đảm nhận",
    "đảm nhiệm",
    "in ấn",
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
    "thẩm định",
    "tổng kết",
    "sơ kết",
    "tập huấn",
    "chuẩn bị",
    "sắp xếp",
    "lựa chọn",
    "phê duyệt",
    "trình",
    "tiếp nhận",
    "hoàn tất",
    "quyết toán",
    "nâng cao",
    "thống kê",
    "đăng ký",
    "tham gia",
    "tham dự",
    "làm việc",
    "tiến hành",
    "cung cấp",
    "công khai",
    "đối chiếu",
    "kiện toàn",
    "điều chỉnh",
    "phân bổ",
    "xác minh",
    "thông báo",
    "hỗ trợ",
    "khảo sát",
    "giải phóng mặt bằng",
    // A board's own work: "Hội đồng thi đua Sở họp xét thi đua …" ("xét" is left out: "Hội
    // đồng xét tuyển" is a name).
    "họp",
    "ưu tiên",
    "phát động",
    "nghiệm thu",
    "mua sắm",
    "sửa chữa",
    "duyệt",
    "giải trình",
    "nắm bắt",
    "chấn chỉnh",
    "tạo điều kiện",
    "điều hành",
    "phát triển",
    "bảo vệ",
    "bảo quản",
    "cải tạo",
    "nâng cấp",
    "đầu tư",
    "cấp phát",
    "phát hành",
    "biên soạn",
    "soạn thảo",
    "dự thảo",
    "góp ý",
    "thẩm tra",
    "thanh toán",
    "chi trả",
    "tiếp thu",
    "xem xét",
    "quyết định",
    "kiểm điểm",
    "kỷ luật",
    "bổ nhiệm",
    "điều động",
    "luân chuyển",
    "tuyển dụng",
    "ôn tập",
    "ôn thi",
    "giảng dạy",
    "coi thi",
    "chấm thi",
    "ra đề",
    "đăng tải",
    "công bố",
    "niêm yết",
    // Answering and gathering: "Tổ tư vấn tuyển sinh giải đáp thắc mắc của phụ huynh".
    "giải đáp",
    "thu thập",
    "tập hợp",
    "xác định",
    "loại bỏ",
    "ôn luyện",
    "kèm cặp",
    "lưu trữ",
    "khai báo",
    "kê khai",
    "xếp loại",
    "phân loại",
    "tuyên dương",
    "vận hành",
    "sử dụng",
    "ứng dụng",
    "áp dụng",
    "kiến nghị",
    "khuyến khích",
    "động viên",
    "quyết liệt",
    "kiên quyết",
    "tuyệt đối",
    "rút kinh nghiệm",
    "tìm hiểu",
    "điều tra",
    "nhận",
    "ký",
    "gửi về",
    "đưa",
    "thực thi",
    "tăng",
    "giảm",
    // Duty and teaching ("Tổ Văn phòng trực Tết theo lịch", "Giáo viên lên lớp đúng giờ", "vào
    // điểm"); "trực" alone would end "giáo viên trực tiếp giảng dạy", "các đơn vị trực thuộc".
    "trực tết",
    "trực hè",
    "trực ban",
    "trực trường",
    "trực cơ quan",
    "trực theo",
    "lên lớp",
    "vào điểm",
    // "Sở Tài chính cân đối, bố trí kinh phí …".
    "cân đối",
    // "Các trường nâng tỷ lệ học sinh … lên …", "Các trường mở rộng mô hình …".
    "nâng",
    "mở rộng",
    "mở",
    "dừng",
    "tạm dừng",
    "hủy",
    "hoàn trả",
    "bàn giao",
    "tổ chức thực hiện",
    "huy động",
    "cân đối",
    "tự đánh giá",
    "tự kiểm tra",
    "tự rà soát",
    "gắn",
    "chăm lo",
    "phấn đấu",
    "đề cao",
    "chấm dứt",
    "viết",
    "dạy bù",
    "tăng ca",
    "đẩy nhanh",
    "nộp đề",
    "kiểm kê",
    "lãnh đạo thực hiện",
    "lãnh đạo, chỉ đạo",
    "lãnh đạo tổ chức",
    // "Các cấp ủy, tổ chức đảng lãnh đạo việc huy động trẻ ra lớp": leading a matter.
    "lãnh đạo việc",
    "lãnh đạo công tác",
    "lãnh đạo triển khai",
    "bổ sung",
    "lắp đặt",
    "trang bị",
    "củng cố",
    "ổn định",
    "thu hồi",
    "tập luyện",
    "luyện tập",
    "vệ sinh",
    "dọn dẹp",
    "khám",
    "tiêm",
    // School health work: "Trạm Y tế xã phối hợp với các trường tẩy giun cho học sinh".
    "tẩy giun",
    "uống vitamin",
    "cho trẻ uống",
    "cho học sinh uống",
    "bổ sung vi chất",
    "phát hiện",
    "ngăn chặn",
    "ngăn ngừa",
    "phòng ngừa",
    "giữ gìn",
    "bàn bạc",
    "thống nhất",
    "thảo luận",
    "giới thiệu",
    "đề cử",
    "cử",
    "dự giờ",
    "thao giảng",
    "rèn luyện",
    "tổ chức tốt",
]);

/// Action verbs that may also be part of a unit's name right after its head ("phòng Tổ chức cán
/// bộ", "cơ quan quản lý biên chế"): they end a name only further on.
pub static WEAK_PREDICATES: Lexicon = Lexicon::new(&[
    "tổ chức",
    "quản lý",
    "kiểm định",
    "khảo thí",
    "đánh giá",
    "thanh tra",
    "giám sát",
    "thi đua",
    "khen thưởng",
    "tuyển sinh",
    "bồi dưỡng",
    // "Hội đồng xét tốt nghiệp", "Ban chấm thi", "Ban soạn thảo", "Tổ phục vụ".
    "xét tốt nghiệp",
    "xét tuyển",
    "xét duyệt",
    "xét công nhận",
    "chấm thi",
    "coi thi",
    "ra đề",
    "soạn thảo",
    "phục vụ",
    // "… chỉ đạo tổ chuyên môn sinh hoạt theo nghiên cứu bài học", "… trao đổi kinh nghiệm",
    // "… làm đồ dùng dạy học" ("Tổ làm việc liên ngành" keeps its first verb). ("học tập" is
    // left out: "Các đơn vị trường học | tập trung …".)
    "sinh hoạt",
    "trao đổi",
    "làm",
    // "các phòng thực hành", "Tổ tuyển chọn" name a room or a team after their head.
    "thực hành",
    "tuyển chọn",
]);

/// Verbs that open an imperative sentence (a directive with no subject of its own), and adverbs
/// of command. Matched at the start of a sentence or clause.
pub static IMPERATIVE_OPENERS: Lexicon = Lexicon::new(&[
    "tổ chức",
    // Pledging and giving back ("Yêu cầu giáo viên cam kết không vi phạm", "Nhà trường trả lại
    // cho phụ huynh số tiền thu sai").
    "cam kết",
    "trả lại",
    // Work on buildings and things, data and contact ("Các trường tháo dỡ phòng học tạm …",
    // "… chốt số liệu …", "… gọi điện cho phụ huynh …"). ("sơn", "xóa", "chặt" alone are left
    // out: "Sơn La", "xóa mù chữ" in a board's name, "chặt chẽ".)
    "xóa bỏ",
    "dỡ bỏ",
    "tháo dỡ",
    "thay mới",
    "sơn lại",
    "sơn sửa",
    "sửa",
    "chằng chống",
    "chặt tỉa",
    "chặt hạ",
    "di chuyển",
    "đo",
    "kết nối",
    "rút ngắn",
    "hoàn nguyên",
    "bình xét",
    "tra cứu",
    "chốt",
    "khóa sổ",
    "gọi điện",
    "nhắn tin",
    "báo tin",
    // J10: "rà soát" without its grave accent.
    "ra soát",
    "triển khai",
    "thực hiện",
    "tiếp tục",
    "tăng cường",
    "đẩy mạnh",
    "chú trọng",
    "chú ý",
    // "Tổng phụ trách Đội lên kế hoạch tổ chức Tết Trung thu …": to draw up a plan.
    "lên kế hoạch",
    // "Cán bộ coi thi có mặt tại điểm thi trước 6 giờ 30": to be there.
    "có mặt",
    // "Giáo viên chủ nhiệm các lớp giữ liên lạc với phụ huynh, nắm tình hình học sinh …".
    "giữ",
    "nắm bắt",
    "nắm",
    // What a unit does by itself ("Hiệu trưởng các trường tự chịu trách nhiệm …", "Các trường
    // tự đánh giá …"); "tự" alone may be a name's ("Trường THCS Tự Lập").
    "tự chịu trách nhiệm",
    "tự đánh giá",
    "tự kiểm tra",
    "tự rà soát",
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
    // J10: a mark left off in typing, as in `REQUESTING`.
    "yêu câu",
    "đề nghi",
    "giao",
    "chăm lo",
    "phấn đấu",
    "đề cao",
    "chấm dứt",
    "viết",
    "huy động",
    "cân đối",
    "công khai",
    "chịu trách nhiệm",
    "không tổ chức",
    "không yêu cầu",
    "không thu",
    "tham gia",
    "hoàn trả",
    "bàn giao",
    "đăng ký",
    "cử",
    "lựa chọn",
    "thành lập",
    "phát động",
    "thống kê",
    "tạo điều kiện",
    "hỗ trợ",
    "ứng dụng",
    "đổi mới",
    "chủ trì",
    // Hands-on work opening an item ("Nhập điểm lên hệ thống trước …", "Di dời học sinh …").
    "nhập",
    "kiểm soát",
    "gia cố",
    "di dời",
    "sơ tán",
    "khôi phục",
    "chăm sóc",
    // Getting in touch is a task when it is the work itself ("Các giáo viên chủ nhiệm liên hệ
    // cha mẹ học sinh có con nghỉ học …"); when it only says whom to ask for help it is none
    // (N10, `CONTACT` with `TO_BE_HELPED`).
    "liên hệ",
    "liên lạc",
    // The care of the premises and the work of a school's staff ("Các lớp trang trí lớp học
    // …", "Giáo viên chủ nhiệm nhận xét học bạ …", "Bảo vệ canh gác …"). Single syllables that
    // also sit in names and nouns ("thu", "chi", "cấp", "thi", "trực", "dạy") are left out, and
    // so is "học tập" ("Các trường học tập trung …" is "trường học" + "tập trung").
    "trang trí",
    "xét tốt nghiệp",
    "xét tuyển",
    "xét duyệt",
    "xét công nhận",
    "cắt tỉa",
    "tu sửa",
    "san lấp",
    "trồng",
    "tưới",
    "treo",
    "dán",
    "canh gác",
    "tiêu độc",
    "nhận xét",
    "ký duyệt",
    "chấm bài",
    "chấm thi",
    "soạn thảo",
    "soạn",
    "phụ đạo",
    "giúp đỡ",
    "tiếp đón",
    "đón tiếp",
    "phục vụ",
    "đăng cai",
    "diễn tập",
    "làm rõ",
    "trả lời",
    "phản hồi",
    "tạm ứng",
    "truy thu",
    "nộp lại",
    // Action verbs of school administration, finance and health work.
    "nhập liệu",
    "nhập",
    "xác nhận",
    "chia sẻ",
    "đình chỉ",
    "miễn nhiệm",
    "thiết kế",
    "khử khuẩn",
    "sơ tán",
    "di dời",
    "chèn chống",
    "gia cố",
    "chăm sóc",
    "phục hồi",
    "khôi phục",
    "ghi chép",
    "niêm phong",
    "vận chuyển",
    "kiểm soát",
    "ứng phó",
    "giải ngân",
    "số hóa",
    "thăm hỏi",
    "tặng quà",
    "sáp nhập",
    "cải thiện",
    "chuyển đổi",
    "phun thuốc",
    "phun hóa chất",
    "phun khử khuẩn",
    "phun",
    "tiêm chủng",
    "hoàn chỉnh",
    "chỉnh sửa",
    "hưởng ứng",
    "bảo dưỡng",
    "quét dọn",
    "chỉ định",
    "giải thể",
    "sửa đổi",
    "phản ánh",
    "tích hợp",
    "lồng ghép",
    "xét duyệt",
    "xét tuyển",
    "công nhận",
    "kiểm đếm",
    "thanh lý",
    "ký kết",
    "gia hạn",
    "cho nghỉ",
    "tư vấn",
    // Verbs that open a subjectless task item as surely as "rà soát" or "kiểm tra".
    "tập huấn",
    "bồi dưỡng",
    "sửa chữa",
    "mua sắm",
    "quyết toán",
    "ôn tập",
    "ôn thi",
    "dạy bù",
    "cải tạo",
    "nâng cấp",
    "lắp đặt",
    "trang bị",
    "củng cố",
    "đẩy nhanh",
    "kiểm kê",
    "phòng ngừa",
    "ngăn chặn",
    "rút kinh nghiệm",
    "cung cấp",
    "điều chỉnh",
    "phân bổ",
    "tiến hành",
    "vệ sinh",
    "tự rà soát",
    "tự kiểm tra",
    "tự đánh giá",
    "xem xét",
    "soạn thảo",
    "biên soạn",
    "niêm yết",
    "kê khai",
    "quản lý",
    // (The school's guard before a verb is a unit: `units::ROLES_BEFORE_A_VERB`.)
    "bảo vệ",
    "thu hồi",
    "thanh toán",
    "chi trả",
    "phân công",
    "đối chiếu",
    "phê duyệt",
    "luân chuyển",
    "điều động",
    "ký hợp đồng",
    "thay thế",
    "xây mới",
    "nhân rộng",
    "đăng tải",
    "tạm dừng",
    // The everyday work of schools and offices, as a clerk writes it after its unit ("Các
    // trường thu hồ sơ học sinh …", "Giáo viên chủ nhiệm mời cha mẹ học sinh họp …"). "thu"
    // and "dạy" alone stay out (names and nouns: "kỳ thu", "giáo viên dạy lớp 5"): only their
    // phrases are here.
    "thu hồ sơ",
    "thu nhận",
    "thu nộp",
    "thu gom",
    "thu học phí",
    "thu đúng",
    "thu đủ",
    "thu các khoản",
    "thu tiền",
    "thu kinh phí",
    "thu thêm",
    "thu sai",
    "ép",
    "chia",
    "gom",
    "chuyển",
    "phát phiếu",
    "in",
    "trao",
    "mời",
    "mua",
    "chọn",
    "chọn cử",
    "tuyển chọn",
    "phân tích",
    "nắm chắc",
    "nắm vững",
    "nắm rõ",
    "bám sát",
    "theo sát",
    "lấy ý kiến",
    "xin ý kiến",
    "tham khảo",
    "thực hành",
    "tổng vệ sinh",
    "chỉnh trang",
    "dạy đủ",
    "dạy đúng",
    "đón",
    "đưa đón",
    "bảo lưu",
    "kết nạp",
    "ghi hình",
    "ghi",
    "sao lưu",
    "cắt giảm",
    "tinh giản",
    "lắng nghe",
    "giữ vững",
    "siết chặt",
    "sàng lọc",
    "phân luồng",
    "khai giảng",
    "bế giảng",
    "chấp hành",
    "tuân thủ",
    "tránh",
    "ngừng",
    "tạm ngừng",
    "điều chuyển",
    "điều phối",
    "quyên góp",
    "ủng hộ",
    "đối thoại",
    "dự họp",
    "dự thi",
    "cung ứng",
    "phân phối",
    "đặt hàng",
    "cho học sinh",
    "phòng chống",
    "phòng, chống",
    "chống",
    "rèn",
    "tiết kiệm",
    "dạy học",
    "định hướng",
    // A party committee's and a UBND's ways of asking ("Các cấp ủy cụ thể hóa nghị quyết …",
    // "… nêu cao tinh thần trách nhiệm").
    "cụ thể hóa",
    "cụ thể hoá",
    "thể chế hóa",
    "thể chế hoá",
    "nêu cao",
    "dồn sức",
    "khai thác",
    "hướng nghiệp cho",
    "giáo dục đạo đức",
    "giáo dục học sinh",
    "lưu mẫu",
    "lưu giữ",
    "xếp lớp",
    "miễn, giảm",
    "miễn giảm",
    "hợp đồng giáo viên",
    "hợp đồng nhân viên",
    "giải tỏa",
    "giải toả",
    "tiếp công dân",
    "tiếp dân",
    // Building and land work in a UBND's notice ("Ban Quản lý dự án khởi công …", "Nhà thầu
    // thi công …", "UBND các xã đền bù …").
    "khởi công",
    "thi công",
    "đấu thầu",
    "đền bù",
    "bồi thường",
    "đo đạc",
    "cắm mốc",
    "cưỡng chế",
    "cấp giấy",
    "cấp kinh phí",
    "cấp bù",
    "đổi tên",
    "điều tiết",
    "soát xét",
    "đối soát",
    "vá",
    "thuê",
    "chấm",
    "chữa bài",
    "ra quân",
    "dọn vệ sinh",
    "trực nhật",
    "trực ban",
]);

/// Modals anywhere in a sentence that make it an instruction.
pub static MODALS: Lexicon = Lexicon::new(&[
    "cần phải",
    "cần",
    "phải",
    "có trách nhiệm",
    "chịu trách nhiệm",
    "khẩn trương",
    "tuyệt đối không",
]);

/// Words in which a modal's syllable is no modal: "tỷ lệ học sinh đi học chuyên cần đạt 99%"
/// (attendance), "cần cù", "cần mẫn" (diligent).
pub static NOT_MODALS: Lexicon = Lexicon::new(&["chuyên cần", "cần cù", "cần mẫn"]);

/// The modals of obligation alone ("khẩn trương" describes reports too: "các trường còn lại
/// đang khẩn trương thi công", N1): after "chưa …" or "đã được …" they make the report a
/// qualifier of the owner (O7: "Các trường chưa hoàn thành … cần hoàn thành trước …").
pub static OBLIGATIONS: Lexicon = Lexicon::new(&[
    "cần phải",
    "cần",
    "phải",
    "có trách nhiệm",
    "chịu trách nhiệm",
]);

/// Modals of a passive whose agent may follow (O21): "Công tác kiểm định phải được các trường
/// thực hiện nghiêm túc" is owned by "các trường".
pub static PASSIVE_MODALS: Lexicon = Lexicon::new(&["cần phải được", "phải được", "cần được"]);

/// Markers of the agent of a passive assignment (O21): "Việc tổ chức Hội thi … do bộ phận
/// chuyên môn Tiểu học chủ trì thực hiện", "Kế hoạch kiểm tra … được giao cho đồng chí Phó Trưởng
/// phòng Nguyễn Văn Tuấn xây dựng". The unit after them owns the work when one of
/// [`AGENT_VERBS`] follows it.
pub static AGENT_MARKERS: Lexicon = Lexicon::new(&["được giao cho", "được giao", "do"]);

/// What the agent of a passive assignment does (O21). "chủ trì" must have more after it: "Hội
/// nghị do đồng chí Giám đốc Sở chủ trì." names the chair (H7).
pub static AGENT_VERBS: Lexicon = Lexicon::new(&[
    "chủ trì",
    "thực hiện",
    "phụ trách",
    "chịu trách nhiệm",
    "đảm nhiệm",
    "triển khai",
    "tổ chức",
    "xây dựng",
    "tham mưu",
    "theo dõi",
    "tổng hợp",
    "hoàn thành",
]);

/// Verbs of a qualifier "do X quản lý" inside a unit's name (O7): "Các trường do UBND huyện quản
/// lý thực hiện …" is owned by "Các trường do UBND huyện quản lý".
pub static MANAGING: Lexicon = Lexicon::new(&[
    "trực tiếp quản lý",
    "quản lý",
    "phụ trách",
    "chủ quản",
    "thành lập",
    "cấp phép",
]);

/// Verbs by which a speaker gives an order; the unit after them owns the directive.
/// Longer phrases first.
pub static DIRECTING: Lexicon = Lexicon::new(&[
    "giao nhiệm vụ cho",
    "giao trách nhiệm cho",
    "giao cho",
    "chỉ đạo",
    "yêu cầu",
    "đề nghị",
    // J10: a mark left off in typing, as in `REQUESTING`.
    "yêu câu",
    "đề nghi",
    "giao",
    "nêu ra",
    "nêu",
    "lưu ý",
    "nhấn mạnh",
]);

/// Words that open a clause without being part of it ("Do đó, các đơn vị …"). Skipped when
/// looking for a clause's subject or imperative verb.
pub static CONNECTORS: Lexicon = Lexicon::new(&[
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
pub static NAME_STOPS: Lexicon = Lexicon::new(&[
    // The courtesy before a request or a submission to a higher body ("Sở GD&ĐT kính trình
    // UBND tỉnh …", O4).
    "kính",
    // A passive qualifier follows ("Các đơn vị được kiểm tra báo cáo …"): no unit's name has
    // "được" in it (O7, `owners::passive_qualifier`).
    "được",
    "để",
    "nhằm",
    "theo",
    "về việc",
    "trong việc",
    "trong công tác",
    "trong quá trình",
    "trong thời gian",
    "trong năm",
    "trong tháng",
    "trong tuần",
    "trong dịp",
    "trong mùa",
    "năm học",
    "học kỳ",
    "tháng",
    "quý",
    "đối với",
    "khi",
    "nếu",
    "như",
    "sớm",
    "cũng",
    "đề nghị",
    "yêu cầu",
    "nhắc nhở",
    "nhắc nhỡ",
    "lưu ý",
    "giao",
    "kiến nghị",
    "có thể",
    "được phép",
    "cho phép",
    // What a higher body is asked to give ("Đề xuất UBND tỉnh cho chủ trương đầu tư …").
    "cho chủ trương",
    "cho ý kiến",
    "đồng ý",
    "có văn bản",
    "có biện pháp",
    "có kế hoạch",
    "có giải pháp",
    "có phương án",
    "kết luận",
    "phát biểu",
    "nhấn mạnh",
    // What a speaker says, reported on a news page ("Giám đốc Sở khẳng định, các trường phải
    // …"): the speaker's name ends there (O5).
    "khẳng định",
    "cho rằng",
    "cho biết",
    "nhận định",
    "chia sẻ",
    "bày tỏ",
    "với sự",
    "có sự",
    "trong thời hạn",
    "trong vòng",
    "trước ngày",
    // A copula: "Trách nhiệm của Chủ tịch UBND các xã, thị trấn là bảo đảm quỹ đất …" (O19).
    "là",
]);

/// Openers of a purpose clause (N7: "Để hoàn thành nhiệm vụ năm học, Giám đốc Sở yêu cầu …"):
/// the clause gives no order; the sentence's order comes after it.
pub static PURPOSE: Lexicon = Lexicon::new(&["để", "nhằm", "với mục tiêu", "với mục đích"]);

/// Occasions put first, before a comma ("Hưởng ứng Tháng Thanh niên, các trường phối hợp với
/// Đoàn xã tổ chức …", "Chào mừng Ngày Nhà giáo Việt Nam 20/11, …"): like a purpose, the clause
/// gives no order; the clause after it opens the sentence.
pub static OCCASIONS: Lexicon = Lexicon::new(&[
    "hưởng ứng",
    "chào mừng",
    "kỷ niệm",
    "nhân dịp",
    "nhân kỷ niệm",
]);

/// Openers of a clause that cites the basis or the source of what follows (N7: "Thực hiện
/// Công văn số … của Bộ, Sở đề nghị …", "Căn cứ …", "Theo báo cáo của Văn phòng Sở, …"): the
/// clause gives no order.
pub static BASIS: Lexicon = Lexicon::new(&[
    "thực hiện công văn",
    "thực hiện kế hoạch",
    "thực hiện quyết định",
    "thực hiện chỉ thị",
    "thực hiện thông tư",
    "thực hiện nghị quyết",
    "thực hiện kết luận",
    "thực hiện văn bản",
    "thực hiện hướng dẫn",
    "thực hiện thông báo",
    "thực hiện ý kiến chỉ đạo",
    "thực hiện chỉ đạo",
    "căn cứ",
    "theo",
]);

/// Openers of a topic-first owner (O20: "Đối với các trường THPT: tăng cường …").
pub static TOPIC_OPENERS: Lexicon = Lexicon::new(&["đối với", "về phía"]);

/// What the one who speaks takes note of, right after the title (N3, N5): "Trưởng phòng tiếp
/// thu ý kiến chỉ đạo.", "Giám đốc Sở ghi nhận đề nghị của Trường X …" give no one work, unless
/// a request is joined to them. (Opening an item, "Tiếp thu ý kiến góp ý, hoàn thiện dự thảo
/// …" is a task: they are looked for after a speaker only.)
pub static TAKING_NOTE: Lexicon = Lexicon::new(&["tiếp thu", "ghi nhận", "hoan nghênh"]);

/// The chair's decision on a proposal, opening an item or the answer after a proposal's label
/// (N3, N8): "Đồng ý với đề xuất của Phòng GD&ĐT …", "Không chấp thuận đề nghị kéo dài …",
/// "Thống nhất chủ trương sáp nhập …" decide, they give no one work — unless a request joined to
/// them does ("đồng ý về chủ trương, giao Phòng X …"). ("Thống nhất giao" is a request.)
pub static DECISIONS: Lexicon = Lexicon::new(&[
    "đồng ý",
    "không đồng ý",
    "chưa đồng ý",
    "thống nhất",
    "không thống nhất",
    "chưa thống nhất",
    "nhất trí",
    "không nhất trí",
    "chấp thuận",
    "không chấp thuận",
    "chưa chấp thuận",
    "chưa xem xét",
    "không xem xét",
    "tán thành",
]);

/// Praise said by the chair, opening an item (N3): "Ghi nhận những nỗ lực của ngành …",
/// "Đánh giá cao sự cố gắng của …" — read as a decision is: no work, unless a request joined
/// to it gives some ("…, đồng thời giao …"). ("Biểu dương, khen thưởng các tập thể …" may be
/// work given to a unit: left out.)
pub static PRAISE: Lexicon = Lexicon::new(&[
    "ghi nhận",
    "đánh giá cao",
    "hoan nghênh",
    "khen ngợi",
    "chúc mừng",
    "trân trọng cảm ơn",
    "cảm ơn",
]);

/// Praise received, after "được" and who gives it, closing a sentence that asks nothing (N3,
/// N1): "Trường X thực hiện tốt công tác chuyển đổi số, được Bộ GD&ĐT đánh giá cao.", "Các lớp
/// 6A, 7B thực hiện tốt nề nếp, được Ban thi đua tuyên dương." tell what was done well.
pub static PRAISE_RECEIVED: Lexicon = Lexicon::new(&[
    "đánh giá cao",
    "tuyên dương",
    "biểu dương",
    "khen ngợi",
    "khen thưởng",
    "ghi nhận",
    "công nhận",
]);

/// The work said to be someone's responsibility, the unit after these (O19): "Việc bảo đảm an
/// ninh điểm thi là trách nhiệm của Công an tỉnh."
pub static RESPONSIBILITY_OF: Lexicon = Lexicon::new(&[
    "là trách nhiệm của",
    "thuộc trách nhiệm của",
    "là nhiệm vụ của",
]);

/// A participant's proposal named as the label of the chair's answer (N8): "Đề nghị của Phòng
/// GD&ĐT về bổ sung kinh phí: giao Phòng Tài chính - Kế hoạch …", "Đối với kiến nghị kéo dài
/// thời gian thi công: không chấp thuận." A noun here, not a request: it stands first (after
/// "về" or "đối với"), or "của" or "về" follows it, and a colon ends the label.
pub static PROPOSALS_NAMED: Lexicon = Lexicon::new(&[
    "đề nghị",
    "đề xuất",
    "kiến nghị",
    "ý kiến",
    "nguyện vọng",
    "phản ánh",
]);

/// What opens the label of a proposal (N8) before its noun: "Về đề nghị của …:".
pub static PROPOSAL_LABEL_OPENERS: Lexicon = Lexicon::new(&["về", "đối với", "trước"]);

/// Request verbs (catalogue O2): the subject asks, the units after the verb do the task. The
/// subject — the Sở, the Giám đốc, the meeting — is never an owner. Longer phrases first.
pub static REQUESTING: Lexicon = Lexicon::new(&[
    "giao nhiệm vụ cho",
    "giao trách nhiệm cho",
    "giao cho",
    "giao",
    // The meeting agrees to give the task ("Thống nhất giao Phòng X tham mưu …"): an order,
    // not the agreement of N3/N4.
    "thống nhất giao cho",
    "thống nhất giao",
    "đồng ý giao cho",
    "đồng ý giao",
    // Assigning a person or a unit ("Phân công đồng chí Phó Giám đốc Sở X chỉ đạo …").
    "phân công cho",
    "phân công",
    // Authority delegated to act ("Ủy quyền đồng chí Phó Chủ tịch UBND huyện chủ trì làm việc
    // với các nhà thầu …", "Ủy quyền Trưởng phòng GD&ĐT ký …"): the one authorised acts.
    "ủy quyền cho",
    "ủy quyền",
    "uỷ quyền cho",
    "uỷ quyền",
    "đề nghị",
    "yêu cầu",
    "nhắc nhở",
    // J10: the hỏi/ngã slip seen in pasted text ("đoàn nhắc nhỡ các nhà thầu"), and a mark
    // left off in typing ("Giám đốc Sở yêu câu các trường …", "Đề nghi các đơn vị …").
    "nhắc nhỡ",
    "yêu câu",
    "đề nghi",
    "đê nghị",
    "lưu ý",
    "kiến nghị",
    "có văn bản đề nghị",
    "có văn bản yêu cầu",
    "có văn bản chỉ đạo",
    // A prohibition is addressed to whom it forbids (N12): "Nghiêm cấm các trường thu …".
    "nghiêm cấm",
    // A request to a higher body, with its courtesy (O4): "Kính đề nghị UBND tỉnh quan tâm …".
    "kính đề nghị",
]);

/// Requesting verbs that hand out work (O2): when their subject is no speaker and they name no
/// unit after them, the subject hands out its own work and owns it ("Các trường phân công
/// chuyên môn hợp lý", "Phòng GD&ĐT giao chỉ tiêu tuyển sinh hằng năm").
pub static HANDING_OUT: Lexicon = Lexicon::new(&[
    "phân công",
    "phân công cho",
    "giao",
    "giao cho",
    "giao nhiệm vụ cho",
    "giao trách nhiệm cho",
]);

/// Verbs by which the issuer introduces what it sets out, ending with "như sau:" (L4, O5): "Sở
/// GDĐT hướng dẫn tổ chức thi chọn học sinh giỏi như sau:", "Phòng thông báo lịch kiểm tra như
/// sau:". The one who guides hands no work down to the items; the units it guides do ("Phòng
/// GD&ĐT hướng dẫn các trường thực hiện như sau:" gives them to "các trường", O10).
pub static INTRODUCING: Lexicon = Lexicon::new(&["hướng dẫn", "thông báo", "quy định"]);

/// Verbs that ask only when they open the sentence, addressed to a body the issuer does not
/// command (O4): "Đề xuất Sở Nội vụ bổ sung biên chế giáo viên …". After a subject they are the
/// subject's own proposal (N8: "các trường đề xuất …"), and before no unit a task ("Đề xuất giải
/// pháp …"). ("Trình UBND tỉnh phê duyệt …" is not one: what is submitted is the submitter's
/// task, O22.) So does a stress laid, the speaker left unsaid (O2): "Nhấn mạnh các trường cần
/// quan tâm …" asks the schools.
pub static REQUESTING_FIRST: Lexicon = Lexicon::new(&["đề xuất", "nhấn mạnh"]);

/// Words right before a request verb that make it part of the matter named, not an asking
/// (O20): "Việc bàn giao Trường Mầm non X cho UBND xã …", "được giao", "chuyển giao", "phân
/// giao", "đáp ứng yêu cầu …", "theo đề nghị …", "có yêu cầu …".
pub static NOT_A_REQUEST_AFTER: Lexicon =
    Lexicon::new(&["được", "bàn", "chuyển", "phân", "đáp ứng", "theo", "có"]);

/// Sending or naming someone for a task, at a sentence's start: "Cử đồng chí Trần Văn B,
/// chuyên viên Phòng Giáo dục Tiểu học, tham gia Đoàn kiểm tra …", "Chỉ định Trường THCS A làm
/// đơn vị đăng cai …" — the one named leads. Staff sent without a name ("Cử cán bộ tham gia tập
/// huấn") own nothing: the task is whoever sends them.
pub static SENDING: Lexicon = Lexicon::new(&["cử", "chỉ định"]);

/// Submitting to an authority ("Trình UBND huyện phê duyệt danh mục …"): opening a clause and
/// followed by the authority, an imperative whose owner is the one who submits (inherited, or
/// none), never the authority (O21, O22). Not followed by a unit it is a noun ("Trình độ chuyên
/// môn …", "Trình tự thực hiện …").
pub static SUBMITTING: Lexicon = Lexicon::new(&["kính trình", "trình"]);

/// Authorities submitted to without a name ("Trình cấp có thẩm quyền phê duyệt …").
pub static UNNAMED_AUTHORITIES: Lexicon = Lexicon::new(&["cấp có thẩm quyền", "cấp trên"]);

/// Verbs that pass an order on (O3): the subject does the task by directing the units after the
/// verb, and they do it too — every link of the chain leads. Guiding and checking verbs
/// (hướng dẫn, kiểm tra, hỗ trợ, tham mưu) are not here: their objects are not owners (O22).
pub static CHAINING: Lexicon = Lexicon::new(&[
    // A party committee "leads and directs" the body it is over (L3: "Ban cán sự Đảng UBND
    // huyện lãnh đạo, chỉ đạo UBND huyện …"); "lãnh đạo" alone is also a noun ("lãnh đạo các
    // trường"), so only the pair.
    "lãnh đạo, chỉ đạo",
    "lãnh đạo và chỉ đạo",
    "chỉ đạo",
    "đôn đốc",
]);

/// What will befall whoever fails, said instead of a task ("Các trường không thực hiện sẽ bị
/// xử lý theo quy định.", "Đơn vị nào chậm nộp sẽ không được xét thi đua."): a warning, not a
/// directive, when nothing in the sentence asks for anything before it.
pub static SANCTIONS: Lexicon =
    Lexicon::new(&["sẽ bị", "sẽ không được xét", "sẽ không được công nhận"]);

/// Words of a condition inside a subject ("Hiệu trưởng trường nào để xảy ra lạm thu phải chịu
/// trách nhiệm", "cấp ủy nơi để xảy ra sai phạm phải kiểm điểm"): a warning to whoever it may
/// be, so the words before the modal are no owner's name (O7).
pub static CONDITIONS_ON_OWNERS: Lexicon = Lexicon::new(&["để xảy ra", "nào", "nếu"]);

/// Qualifiers of manner that stand between a subject and its verb, commas and all (O6, O7):
/// "Các phòng chuyên môn theo chức năng, nhiệm vụ được giao chủ động hướng dẫn …", "Các phòng,
/// theo lĩnh vực phụ trách, hướng dẫn …" — the subject still owns what follows.
pub static MANNER_QUALIFIERS: Lexicon = Lexicon::new(&[
    "theo chức năng, nhiệm vụ được giao",
    "theo chức năng, nhiệm vụ",
    "theo chức năng nhiệm vụ được giao",
    "theo chức năng nhiệm vụ",
    "theo nhiệm vụ được giao",
    "theo lĩnh vực được phân công",
    "theo lĩnh vực phụ trách",
    "theo lĩnh vực",
    "theo thẩm quyền",
    "theo phân cấp quản lý",
    "theo phân cấp",
    "trong phạm vi chức năng, nhiệm vụ",
    "trong phạm vi quản lý",
]);

/// Words that are nouns at the start of a unit phrase ("lãnh đạo các trường") and chaining verbs
/// right after a unit with a name, before another unit (L3, O3: "Ban cán sự đảng UBND huyện lãnh
/// đạo UBND huyện chỉ đạo …", "Chi bộ lãnh đạo nhà trường …").
pub static CHAINING_AFTER_A_UNIT: Lexicon = Lexicon::new(&["lãnh đạo"]);

/// Adverbs that may stand between a subject and its verb ("Sở cũng đề nghị", "Trường X sớm
/// khắc phục", "Bộ phận Tiểu học trực tiếp hướng dẫn", "… cùng phối hợp"); skipped when looking
/// for the verb.
pub static ADVERBS: Lexicon = Lexicon::new(&["cũng", "sớm", "còn", "trực tiếp", "cùng"]);

/// What may stand between a unit told to act and the directing verb it passes the order on with
/// (O3): "đề nghị các phòng GD&ĐT tiếp tục chỉ đạo các trường …", "… quan tâm chỉ đạo …", "…
/// có trách nhiệm đôn đốc …": adverbs of manner and modals. Every unit of the chain leads.
pub static BEFORE_A_LINK: Lexicon = Lexicon::new(&[
    "tiếp tục",
    "khẩn trương",
    "chủ động",
    "thường xuyên",
    "tích cực",
    "kịp thời",
    "nghiêm túc",
    "quyết liệt",
    "tập trung",
    "nhanh chóng",
    "quan tâm",
    "tăng cường",
    "cần phải",
    "cần",
    "phải",
    "có trách nhiệm",
]);

/// What follows the subject in the issuer's own commitments (N5: "Sở sẽ tổ chức kiểm tra …"),
/// in permissions (N4: "Các trường có thể chủ động bố trí …", "Sở đồng ý cho các trường …")
/// and in praise and agreement (N3: "Ban Thường vụ đánh giá cao …"): not directives.
pub static NOT_ORDERS: Lexicon = Lexicon::new(&[
    "sẽ",
    "đồng ý",
    "cho phép",
    "có thể",
    "được phép",
    "được quyền",
    // "Các trường được chủ động xây dựng kế hoạch …": leave to act as they see fit (N4).
    "được chủ động",
    "được tự chủ",
    // What a unit is given, not what it is to do: "Các điểm trường lẻ được ưu tiên sửa chữa",
    // "Các trường vùng khó được hỗ trợ kinh phí".
    "được ưu tiên",
    "được hỗ trợ",
    "được đầu tư",
    "được miễn",
    "tùy điều kiện",
    "tùy theo điều kiện",
    "đánh giá cao",
    "ghi nhận",
    "biểu dương",
    "hoan nghênh",
    "khen ngợi",
    "chúc mừng",
    "cảm ơn",
    "trân trọng cảm ơn",
    "nhất trí với",
    "thống nhất với",
]);

/// Permissions that open an item with no subject (N4): "d) Được phép điều chỉnh kế hoạch dạy
/// học …", "Có thể bố trí thêm tiết ôn tập …", "Cho phép Trường X dạy 2 buổi/ngày …" — leave
/// given under an owner, not work.
pub static PERMISSIONS_FIRST: Lexicon = Lexicon::new(&[
    "được phép",
    "có thể",
    "được quyền",
    "được chủ động",
    "được tự chủ",
    "cho phép",
    "tùy điều kiện",
    "tùy theo điều kiện",
]);

/// What joins a request to the praise or the agreement said before it in the same sentence (N3,
/// O2): "UBND huyện ghi nhận kết quả **và** yêu cầu Phòng GD&ĐT …", "Bà X biểu dương các trường,
/// **đồng thời** đề nghị …". The one who praises asks; whom the request names owns the task.
pub static THEN_ASKS: Lexicon = Lexicon::new(&["và", "đồng thời", "nhưng", "song", "tuy nhiên"]);

/// The words that give a unit its role and nothing else to do (R1, R2): "Phòng X chủ trì,
/// Công đoàn ngành phối hợp." after the task they share.
pub static ROLE_WORDS: Lexicon = Lexicon::new(&[
    "chủ trì thực hiện",
    "chủ trì",
    "phối hợp thực hiện",
    "phối hợp",
    "cùng phối hợp",
    "tham gia phối hợp",
]);

/// The help a supporting unit gives, said after its role word and nothing more ("Trung tâm Y tế
/// huyện chủ trì …; các trường phối hợp, tạo điều kiện."): still only its role (R2).
pub static ROLE_TAILS: Lexicon =
    Lexicon::new(&["tạo điều kiện", "tạo mọi điều kiện", "hỗ trợ", "giúp đỡ"]);

/// The lead role said as what the unit is, in a sentence of its own after co-leads (R1): "Văn
/// phòng Sở, Phòng GDTrH và các phòng GD&ĐT phối hợp triển khai …; Văn phòng Sở là đầu mối."
pub static LEAD_SAID: Lexicon = Lexicon::new(&[
    "là đầu mối",
    "là đơn vị đầu mối",
    "là cơ quan đầu mối",
    "là đơn vị thường trực",
    "là cơ quan thường trực",
    "là đơn vị chủ trì",
    "là cơ quan chủ trì",
    "làm đầu mối",
    "chủ trì",
]);

/// Role words after a unit in a bracket at a task's end, that make it the lead (R1): "Tổ chức
/// Hội thi giáo viên dạy giỏi (Bộ phận Tiểu học tham mưu, thực hiện)", "(Phòng X chủ trì, Y
/// phối hợp)", "(đ/c Hùng phụ trách)".
pub static BRACKETED_LEAD_ROLES: Lexicon = Lexicon::new(&[
    "chủ trì",
    "thực hiện",
    "tham mưu",
    "phụ trách",
    "làm đầu mối",
    "đầu mối",
    "triển khai",
    "theo dõi",
]);

/// Labels that open such a bracket (R1): "(Giao: Bộ phận THCS)", "(Phụ trách: đ/c Hùng)",
/// "(Thực hiện: các trường)". Followed by a colon.
pub static BRACKETED_LEAD_LABELS: Lexicon = Lexicon::new(&[
    "giao",
    "phụ trách",
    "thực hiện",
    "chủ trì",
    "trách nhiệm",
    "người thực hiện",
    "bộ phận thực hiện",
    "đơn vị chủ trì",
    "đơn vị thực hiện",
]);

/// Labels that name a task's lead or support units after it, as a table's columns do (R1, R2):
/// "Tổ chức Hội khỏe Phù Đổng cấp tỉnh. Đơn vị chủ trì: Phòng X; đơn vị phối hợp: Công đoàn
/// ngành." (followed by a colon).
pub static LEAD_LABELS: Lexicon = Lexicon::new(&[
    "đơn vị chủ trì",
    "cơ quan chủ trì",
    "đơn vị thực hiện",
    "cơ quan thực hiện",
    "đơn vị đầu mối",
    "cơ quan đầu mối",
    "đơn vị chủ trì thực hiện",
]);

/// See [`LEAD_LABELS`].
pub static SUPPORT_LABELS: Lexicon = Lexicon::new(&[
    "đơn vị phối hợp",
    "cơ quan phối hợp",
    "đơn vị phối hợp thực hiện",
]);

/// Verbs of getting in touch (N10): with what the contact is for in [`TO_BE_HELPED`], a line
/// that says whom to ask, not a task.
pub static CONTACT: Lexicon = Lexicon::new(&["liên hệ", "liên lạc"]);

/// How to reach someone (N10): with [`CONTACT`] before it, a line that gives a contact ("…
/// liên hệ đồng chí Lan, chuyên viên Phòng, số điện thoại 0912 345 678"), not a task.
pub static CONTACT_DETAILS: Lexicon = Lexicon::new(&[
    "số điện thoại",
    "điện thoại",
    "đt:",
    "đt",
    "sđt",
    "di động",
    "email",
    "e-mail",
    "hộp thư",
]);

/// Openers of a meeting's narrative on a news page or in a report (L5): "Tại buổi làm việc, …",
/// "Tại hội nghị, …". What a participant says there is told, not ordered (N8).
pub static MEETING_NARRATIVE: Lexicon = Lexicon::new(&[
    "tại buổi làm việc",
    "tại buổi họp",
    "tại buổi kiểm tra",
    "tại cuộc họp",
    "tại hội nghị",
    "tại phiên họp",
    "tại hội thảo",
]);

/// Reporting at the meeting, put first with a comma before the one who tells (N8): "Báo cáo
/// tại hội nghị, bà X, Phó Trưởng phòng GD&ĐT cho biết …". Without the comma, "Báo cáo tại hội
/// nghị giao ban tháng 11 …" is an order to report there.
pub static REPORTED_AT: Lexicon = Lexicon::new(&[
    "báo cáo tại hội nghị",
    "báo cáo tại cuộc họp",
    "báo cáo tại buổi làm việc",
    "báo cáo tại buổi họp",
    "phát biểu tại hội nghị",
    "phát biểu tại cuộc họp",
    "phát biểu tại buổi làm việc",
]);

/// A clause that only says the speaker speaks at the meeting, before what is asked (L5, O5):
/// "Chỉ đạo tại hội nghị, đồng chí X đề nghị …", "Phát biểu tại hội nghị, …". It gives no task
/// of its own: the clause after it is read.
pub static SPEECH_ADJUNCTS: Lexicon = Lexicon::new(&[
    "chỉ đạo tại hội nghị",
    "chỉ đạo hội nghị",
    "chỉ đạo tại cuộc họp",
    "chỉ đạo tại buổi làm việc",
    "chỉ đạo tại buổi họp",
    "phát biểu chỉ đạo tại hội nghị",
    "phát biểu chỉ đạo hội nghị",
    "phát biểu tại hội nghị",
    "phát biểu tại buổi làm việc",
    "kết luận tại hội nghị",
    "kết luận tại cuộc họp",
    "kết luận tại buổi làm việc",
]);

/// A guest's or the chair's part in the meeting told as done, not a task (L5, H7): "Đồng chí X,
/// Phó Chủ tịch UBND huyện dự và chỉ đạo hội nghị.", "… đến dự, chỉ đạo hội nghị".
pub static ATTENDING_AND_DIRECTING: Lexicon = Lexicon::new(&[
    "dự và chỉ đạo",
    "dự, chỉ đạo",
    "đến dự và chỉ đạo",
    "tham dự và chỉ đạo",
    "dự và phát biểu chỉ đạo",
    "dự và chủ trì",
]);

/// What participants do at a meeting besides being told (N8, N1): they report, tell, present,
/// raise problems and propose ("Tại buổi làm việc, Trưởng phòng GD&ĐT báo cáo: toàn huyện hiện
/// thiếu 112 giáo viên …"). After a meeting's narrative opener and before any request, such a
/// verb makes the sentence a report.
pub static PARTICIPANTS_SAY: Lexicon = Lexicon::new(&[
    "báo cáo",
    "cho biết",
    "trình bày",
    "thông tin",
    "thông báo",
    "phản ánh",
    "đề xuất",
    "kiến nghị",
    "nêu",
]);

/// Proposing (N8): with a participant as subject and the issuer as addressee ("Trường A kiến
/// nghị Sở bổ sung …"), or asking for leave ("… đề xuất được tổ chức dạy 2 buổi/ngày"), a
/// proposal, not a task. ("Phòng Tổ chức cán bộ đề xuất phương án …" is a task: a department's
/// subject is no participant.)
pub static PROPOSING: Lexicon = Lexicon::new(&[
    "đề xuất với",
    "đề xuất",
    "kiến nghị với",
    "kiến nghị",
    "đề nghị với",
    "đề nghị",
    "đề đạt",
    "xin",
    "mong muốn",
]);

/// What a participant asks leave for (N8): "… đề xuất được tổ chức …", "… đề nghị cho phép …".
pub static LEAVE: Lexicon = Lexicon::new(&["được", "cho phép", "xem xét cho phép"]);

/// Documents and figures that open a task sent on without its sender (O21): "Số liệu báo cáo
/// tính đến ngày 31/12, gửi về Sở trước ngày 05/01", "Hồ sơ đề nghị công nhận … nộp về Sở
/// trước …", "Kế hoạch tổ chức Hội khỏe Phù Đổng hoàn thành trong tháng 12". With a verb of
/// [`DOCUMENT_SENT`] ahead they are an instruction whose owner is inherited, or none.
pub static DOCUMENTS: Lexicon = Lexicon::new(&[
    "số liệu",
    "hồ sơ",
    "danh sách",
    "kế hoạch",
    "văn bản",
    "biểu mẫu",
    "dự toán",
    "phương án",
    "tờ trình",
    "đề án",
    "minh chứng",
    "sản phẩm dự thi",
    "bài dự thi",
    "kết quả",
    "bản đăng ký",
    "đăng ký",
]);

/// What is done with a document of [`DOCUMENTS`] when it is a task: sent somewhere, or done by
/// a time.
pub static DOCUMENT_SENT: Lexicon = Lexicon::new(&[
    "gửi về",
    "gửi qua",
    "gửi đến",
    "gửi cho",
    "gửi lên",
    "gửi trước",
    "nộp về",
    "nộp qua",
    "nộp cho",
    "nộp lên",
    "nộp trước",
    "nộp tại",
    "hoàn thành trước",
    "hoàn thành trong",
    "hoàn thành chậm nhất",
    "hoàn thành xong trước",
]);

/// Faults one is held responsible for in an inspection's findings (L9): "Hiệu trưởng chịu trách
/// nhiệm chính về những sai phạm nêu trên; kế toán chịu trách nhiệm liên đới." is blame for what
/// was found, not a task ("chịu trách nhiệm trước Giám đốc Sở về kết quả …" is one). Looked for
/// in the few words after "chịu trách nhiệm".
pub static FAULTS: Lexicon = Lexicon::new(&[
    "sai phạm",
    "vi phạm",
    "thiếu sót",
    "khuyết điểm",
    "sai sót",
    "liên đới",
]);

/// Where what a sentence says was learnt, put first (N1): "Theo báo cáo, …", "Qua kiểm tra,
/// …", "Báo cáo cho thấy …" — the sentence reports what was found, every clause of it, unless
/// it asks something.
pub static REPORT_SOURCES: Lexicon = Lexicon::new(&[
    "theo báo cáo",
    "theo số liệu",
    "theo thống kê",
    "theo đánh giá",
    "báo cáo cho thấy",
    "kết quả cho thấy",
    "kết quả kiểm tra cho thấy",
    "qua kiểm tra cho thấy",
    "qua báo cáo",
    // ("Qua rà soát, Phòng X tổng hợp …" gives work: a check alone says no more than when.)
]);

/// Times over, put first with a comma (N1): "Thời gian qua, các đơn vị thực hiện tốt …" tells
/// what was done then.
pub static TIMES_GONE_BY: Lexicon = Lexicon::new(&[
    "thời gian qua",
    "thời gian vừa qua",
    "trong thời gian qua",
    "trong thời gian vừa qua",
    "năm học qua",
    "năm học vừa qua",
    "năm qua",
    "vừa qua",
    "học kỳ vừa qua",
    "học kỳ i vừa qua",
    "học kỳ ii vừa qua",
    "tháng qua",
    "quý qua",
]);

/// Openers of a condition or a time put first ("Khi học sinh chưa đến trường, các trường tổ
/// chức dạy học trực tuyến", "Nếu công trình chưa kịp bàn giao, …"): the "chưa" or "đã" inside
/// it says when the task applies, not that the task is a report (N1, N2).
pub static CONDITIONS: Lexicon = Lexicon::new(&[
    "khi",
    "trong khi",
    "nếu",
    "trường hợp",
    "trong trường hợp",
    "trong thời gian",
    "trong khi chờ",
]);

/// Times to come, put first (N1's end): "Thời gian tới, các trường …" after an account of the
/// year gone by turns to what is to be done.
pub static TIMES_TO_COME: Lexicon = Lexicon::new(&[
    "thời gian tới",
    "trong thời gian tới",
    "sắp tới",
    "tới đây",
    "năm học tới",
    "học kỳ tới",
    "từ nay",
]);

/// Openers of an overall assessment (N1): "Nhìn chung, các đơn vị thực hiện tốt chế độ báo
/// cáo." reports, unless a modal or a request in the same sentence gives an order.
pub static OVERALL: Lexicon = Lexicon::new(&["nhìn chung", "nói chung", "nhìn lại", "tóm lại"]);

/// Labels of what participants said at the meeting (N8): "Ý kiến thảo luận: Cô Hoa đề nghị nhà
/// trường sớm sửa chữa máy chiếu …" — proposals and views, told, not orders.
pub static DISCUSSION_LABELS: Lexicon = Lexicon::new(&[
    "ý kiến thảo luận",
    "ý kiến tham gia",
    "ý kiến phát biểu",
    "ý kiến đại biểu",
    "ý kiến của đại biểu",
    "ý kiến của các đại biểu",
    "ý kiến của các thành viên",
    "thảo luận",
]);

/// Quantities of units that only a report counts (N2): "Nhiều trường phải hợp đồng giáo viên
/// với mức lương thấp.", "Hầu hết các trường đã …" — no order is addressed to "many schools".
pub static MANY: Lexicon = Lexicon::new(&[
    "nhiều",
    "hầu hết",
    "đa số",
    "phần lớn",
    "không ít",
    "đại đa số",
]);

/// Verbs of telling in a news report ("Báo cáo tại hội nghị cho biết, …", "Ông Nam cho hay:
/// …"): in a sentence's first clause they make it a report of what was said (N8).
pub static TOLD: Lexicon = Lexicon::new(&["cho biết", "cho hay"]);

/// Verbs of testimony after a quotation on a news page (N8, L6): `"Nhiều em phải đi bộ hơn 5 km
/// đến trường", cô Thơm chia sẻ.` is what a teacher or a pupil says, no order, when no one who
/// gives orders (`units::SPEAKERS`) is named before the verb. (Not "nói", "cho biết": a leader
/// named without a title says so too, `"Yêu cầu hiệu trưởng các trường rà soát …", ông Bửu
/// nói.`)
pub static TESTIMONY: Lexicon = Lexicon::new(&[
    "chia sẻ",
    "kể",
    "tâm sự",
    "bày tỏ",
    "trải lòng",
    "phấn khởi nói",
    "xúc động nói",
    "bộc bạch",
]);

/// Who testifies, by how a news page names them before the verb (N8): the honorifics of
/// `units::HONORIFICS` and a pupil's or a child's.
pub static WITNESSES: Lexicon = Lexicon::new(&["em", "cháu", "bạn"]);

/// What a contact is for (N10): "… liên hệ Phòng Giáo dục Trung học để được hướng dẫn".
pub static TO_BE_HELPED: Lexicon = Lexicon::new(&[
    "để được hướng dẫn",
    "để được giải đáp",
    "để được hỗ trợ",
    "để được giải quyết",
    "để phối hợp giải quyết",
    "để thống nhất",
]);

/// Being stuck (N10): with [`TO_BE_HELPED`], a line that says whom to ask if there are
/// difficulties, not a task.
pub static IF_STUCK: Lexicon = Lexicon::new(&["vướng mắc", "khó khăn", "phát sinh"]);

/// The last words of a closing formula (N6: "… thông báo để các đơn vị biết, thực hiện./.",
/// "Yêu cầu các bộ phận, cá nhân nghiêm túc thực hiện./."): a sentence that asks for the
/// notice as a whole to be carried out ends with one of these and names no task.
pub static CLOSING_TAILS: Lexicon = Lexicon::new(&[
    "biết, thực hiện",
    "biết và thực hiện",
    "biết, phối hợp thực hiện",
    "biết để thực hiện",
    "biết",
    "nghiêm túc thực hiện",
    "thực hiện nghiêm túc",
    "triển khai thực hiện",
    "tổ chức thực hiện",
    "thực hiện",
]);

/// Of the [`CLOSING_TAILS`], those that end a closing formula with no "./." after it when a
/// request opens the sentence (N6: "Yêu cầu các tổ, bộ phận và cá nhân nghiêm túc thực hiện."):
/// the bare "thực hiện" or "biết" may end a task ("… để các trường biết"), these do not.
pub const BARE_CLOSING_TAILS: &[&str] = &[
    "nghiêm túc thực hiện",
    "thực hiện nghiêm túc",
    "triển khai thực hiện",
    "tổ chức thực hiện",
];

/// The requests that open such a formula (not "giao", "phân công": "Giao Văn phòng Sở tổ chức
/// thực hiện." hands a unit the work).
pub const CLOSING_REQUESTS: &[&str] = &["yêu cầu", "đề nghị"];

/// The notice itself, as a closing formula names it (N6): "… căn cứ Thông báo này triển khai
/// thực hiện./.".
pub static THIS_NOTICE: Lexicon = Lexicon::new(&[
    "thông báo này",
    "kết luận này",
    "văn bản này",
    // L4: a công văn that passes the conclusions on ("… triển khai thực hiện Công văn này").
    "công văn này",
    "nội dung thông báo",
    "nội dung kết luận",
    // "Đề nghị các đơn vị triển khai thực hiện các nội dung trên."
    "các nội dung trên",
    "các nội dung nêu trên",
    "những nội dung trên",
    "nội dung trên",
]);

/// A receipt put before the closing request ("Nhận được Công văn này, đề nghị Hiệu trưởng các
/// trường nghiêm túc triển khai thực hiện."): the request after it is read as if it opened the
/// sentence (N6).
pub static ON_RECEIPT: Lexicon = Lexicon::new(&["nhận được", "khi nhận được", "sau khi nhận được"]);

/// What refers the tasks to an appendix (N6, L1: "Giám đốc Sở giao các đơn vị thực hiện các
/// nhiệm vụ tại Phụ lục kèm theo Thông báo này."): the appendix lists them, one directive each;
/// the sentence that points to it is none.
pub static TO_THE_APPENDIX: Lexicon = Lexicon::new(&[
    "tại phụ lục kèm theo",
    "theo phụ lục kèm theo",
    "trong phụ lục kèm theo",
    "tại phụ lục đính kèm",
    "theo phụ lục đính kèm",
]);

/// What is filled in or sent by an appendix's form, before it (N6 contrast): "Các trường báo
/// cáo kết quả theo Phụ lục đính kèm gửi về Phòng trước ngày 25/11." is a task; the appendix is
/// the report's form, not a list of tasks.
pub static DONE_ON_THE_APPENDIX: Lexicon = Lexicon::new(&[
    "báo cáo",
    "gửi",
    "nộp",
    "thống kê",
    "tổng hợp",
    "kê khai",
    "điền",
    "cập nhật",
]);

/// Each unit's own remit, named instead of the notice in a closing formula (N6): "Các đơn vị
/// căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện."
pub static OWN_REMITS: Lexicon = Lexicon::new(&[
    "căn cứ chức năng, nhiệm vụ được giao",
    "căn cứ chức năng, nhiệm vụ",
    "căn cứ chức năng nhiệm vụ được giao",
    "căn cứ chức năng nhiệm vụ",
    "theo chức năng, nhiệm vụ được giao",
    "theo chức năng, nhiệm vụ",
]);

/// Following up the notice's implementation (N5 contrast): before "thực hiện Thông báo này"
/// they make it a task of whoever follows it up ("Văn phòng Sở theo dõi, đôn đốc các đơn vị
/// thực hiện Thông báo này."), not a closing formula.
pub static FOLLOWING_UP: Lexicon =
    Lexicon::new(&["theo dõi", "đôn đốc", "kiểm tra", "giám sát", "hướng dẫn"]);

/// The units the notice named above, as a closing formula's subject (N6): "Các bộ phận, cá
/// nhân có tên trên nghiêm túc thực hiện." — they are to carry out what each was given.
pub static NAMED_ABOVE: Lexicon = Lexicon::new(&[
    "có tên trên",
    "có tên ở trên",
    "có tên nêu trên",
    "có tên tại thông báo",
    "nêu trên",
    "nói trên",
]);

/// Verbs of finishing that, with only a deadline after them, say when the work before is due
/// (O13 contrast): "Hoàn thành trước ngày 30/4.", "Xong trước 15/12.".
pub static COMPLETIONS: Lexicon = Lexicon::new(&["hoàn thành", "hoàn tất", "xong"]);

/// Words that make "thực hiện" a thing worked on, not the carrying out asked for (N6 contrast):
/// "theo dõi việc thực hiện Thông báo này", "báo cáo kết quả thực hiện …".
pub static IMPLEMENTATION_AS_A_THING: [&str; 6] = [
    "việc",
    "kết quả",
    "tình hình",
    "tiến độ",
    "quá trình",
    "công tác",
];

/// Openers of a closing formula wherever it ends: "Trên đây là kết luận …", "… thông báo để …".
pub static CLOSING_OPENERS: Lexicon =
    Lexicon::new(&["trên đây là", "thông báo để", "thông báo kết luận"]);

/// A sentence that gives the directive before it its deadline (D10): "Thời gian hoàn thành trước
/// ngày 06/4/2018.", "Thời hạn: trong tháng 5/2026.", "Hạn chót hoàn thành là ngày …".
pub static DEADLINE_SENTENCES: Lexicon = Lexicon::new(&[
    // ("Thời gian: tháng 3/2025." after a task; "Thời gian qua, …" is none: see `read_sentence`.)
    "thời gian",
    "thời gian hoàn thành",
    "thời gian thực hiện",
    "thời hạn hoàn thành",
    "thời hạn",
    "hạn chót",
    // "Hạn cuối nộp báo cáo là ngày 10/4/2025."
    "hạn cuối",
    "hạn hoàn thành",
    "hạn nộp",
    "hạn gửi",
    "thời gian nộp",
    "thời gian gửi",
    // "Thời gian báo cáo chậm nhất ngày 20/3/2025." after the task to be reported on.
    "thời gian báo cáo",
    "thời gian gửi báo cáo",
    "thời gian tổ chức",
    "thời điểm hoàn thành",
    // The planned time of the work just given: "Dự kiến tổ chức vào tháng 3/2025."
    "dự kiến",
]);

/// Labels that may stand before a sentence of [`DEADLINE_SENTENCES`] with their colon (D10):
/// "Lưu ý: thời hạn cuối cùng là ngày 10/4/2025."
pub static DEADLINE_NOTE_LABELS: Lexicon = Lexicon::new(&["lưu ý", "chú ý", "ghi chú"]);

/// Sentences opening with these are reports or context, not instructions.
pub static CONTEXT_OPENERS: Lexicon = Lexicon::new(&[
    "đây là",
    "việc",
    "hiện nay",
    "thực trạng",
    "kết quả",
    "năm học",
]);

/// Markers of a report after a unit: what it did or is doing, not what it must do.
/// Words that say an order was carried out (N14: "Sở đã chỉ đạo các trường tổ chức thành công
/// lễ khai giảng" reports; "Phó Giám đốc Sở đã yêu cầu Trường X hoàn trả …" orders).
pub static DONE: Lexicon = Lexicon::new(&["thành công", "tốt đẹp", "đạt kết quả", "đúng kế hoạch"]);

/// "chưa" too: what a unit has not done yet is a limitation, not an order (N2).
pub static PAST: Lexicon = Lexicon::new(&["đã", "đang", "vừa", "đã được", "chưa"]);

/// How far a unit falls short, between "chưa" and its verb (N2): "Một số cấp ủy xã chưa thực
/// sự quan tâm lãnh đạo công tác giáo dục." is a limitation; "quan tâm" is what was not done,
/// not a predicate after a qualifier (O7).
pub static DEGREES_AFTER_NOT_YET: Lexicon =
    Lexicon::new(&["thực sự", "thật sự", "hoàn toàn", "thật", "hẳn"]);

/// What opens the predicate after a "not yet" qualifier of the owner (O7): "các trường chưa nộp
/// báo cáo khẩn trương nộp …", "các trường chưa đạt chuẩn tiếp tục đầu tư …". Besides these and
/// the modals ([`OBLIGATIONS`]), the qualifier's own verb said again ends it ("các đơn vị chưa
/// gửi hồ sơ gửi về Sở …").
/// ("kịp thời", "sớm", "ngay" are left out: after a verb they say how it was done, "chưa báo cáo
/// kịp thời" is a report.)
pub static AFTER_NOT_YET: Lexicon = Lexicon::new(&[
    "khẩn trương",
    "nhanh chóng",
    "tập trung",
    "chủ động",
    "tiếp tục",
    // "UBND các xã có trường đăng ký đạt chuẩn quan tâm bố trí kinh phí …" (O7).
    "quan tâm",
    "xây dựng kế hoạch",
    "có kế hoạch",
    "có giải pháp",
    // "Trường nào chưa có kế hoạch thì khẩn trương xây dựng" (N13).
    "thì",
]);

/// Words that make the verb after them a noun: "chưa tổ chức tốt việc tổ chức hoạt động …" says
/// "tổ chức" again as a thing, not as the predicate (O7).
pub static NOUN_MAKERS: Lexicon =
    Lexicon::new(&["việc", "công tác", "các", "những", "và", "để", "của"]);

/// What says that some units' work still falls short (N2): "Một số trường nộp báo cáo còn
/// chậm", "… vẫn chậm cập nhật dữ liệu", "Tuy nhiên, các đơn vị thực hiện chưa nghiêm …". With
/// "một số" for subject, or after "tuy nhiên", and nothing asked of the units in the clause, a
/// limitation, not an order.
pub static SHORTFALLS: Lexicon = Lexicon::new(&["còn", "chưa", "vẫn", "chậm", "không"]);

/// What opens the limitations after the results (N2): "Tuy nhiên, …", "Bên cạnh đó, …".
pub static CONTRASTS: Lexicon = Lexicon::new(&["tuy nhiên", "bên cạnh đó", "song"]);

/// A state reported right after its unit: what is still wrong (N2: "Tuy nhiên, một số trường còn
/// chậm cập nhật dữ liệu ngành", "đội ngũ còn thiếu") or what is by and large done (N1: "Nhà
/// trường cơ bản thực hiện đúng quy định"). A report, not an order; the unit's name ends before
/// it. Read as [`PAST`] is: before a modal it qualifies the owner ("Các trường còn chậm nộp hồ
/// sơ phải nộp …", O7). ("còn lại" names the rest: "các trường còn lại" is a unit; "xây dựng cơ
/// bản" is a name, so "cơ bản" only before what was done.)
pub static REPORTED_STATES: Lexicon = Lexicon::new(&[
    "cơ bản thực hiện",
    "cơ bản hoàn thành",
    "cơ bản đáp ứng",
    "cơ bản bảo đảm",
    "cơ bản đảm bảo",
    "cơ bản đạt",
    "cơ bản đã",
    "về cơ bản",
    "còn chậm",
    "còn hạn chế",
    "còn thiếu",
    "còn yếu",
    "còn nhiều",
    "còn ít",
    "còn thấp",
    "còn lúng túng",
    "còn để xảy ra",
    "còn xảy ra",
    "còn tồn tại",
    "còn bất cập",
    "còn sai sót",
    "còn vi phạm",
    "còn khó khăn",
    "còn chưa",
    "còn có",
    // "Một số trường vẫn chậm cập nhật dữ liệu": what is still so.
    "vẫn chậm",
    "vẫn chưa",
    "vẫn để xảy ra",
    "vẫn xảy ra",
]);
