//! Units that can own a directive, and the people who give the orders.
//!
//! A unit phrase is: an optional determiner, an optional person title, a head, then its name
//! (any words up to a predicate marker or punctuation; see `notice::owners`).

use super::Lexicon;

/// Determiners that may open a unit phrase ("các đơn vị", "tất cả các trường").
pub static DETERMINERS: Lexicon = Lexicon::new(&[
    // "Các đồng chí giáo viên dạy lớp 9 tăng cường …": comrades as a plural of courtesy.
    "các đồng chí",
    "các đ/c",
    "tất cả các",
    "toàn bộ các",
    "toàn thể",
    "các",
    "những",
    "mỗi",
    "từng",
    "một số",
]);

/// Person titles that head an owner when a unit follows: "Thủ trưởng các đơn vị", "Hiệu trưởng
/// các trường", "lãnh đạo các phòng". Alone ("Giám đốc") they are not owners.
pub static PERSON_HEADS: Lexicon = Lexicon::new(&[
    // Deputies: "Phó Giám đốc Sở phụ trách khối văn hóa chỉ đạo …" (O17).
    "phó thủ trưởng",
    "phó hiệu trưởng",
    "phó giám đốc",
    "phó chủ tịch",
    "phó bí thư",
    "phó trưởng",
    "thủ trưởng",
    "hiệu trưởng",
    // J10: "Hiêu trưởng", "Hiệu truởng", "Giám đôc" as typed.
    "hiêu trưởng",
    "hiệu truởng",
    "giám đôc",
    "người đứng đầu",
    "lãnh đạo",
    "trưởng",
    "giám đốc",
    "chủ tịch",
    "bí thư",
    "tổ trưởng",
    // A school's deputy head as staff say it: "thầy Hiệu phó duyệt giáo án …".
    "hiệu phó",
    // The chiefs of an inspectorate and an office: "Chánh Thanh tra Sở có trách nhiệm …".
    "chánh thanh tra",
    "chánh văn phòng",
    // "Thư ký Hội đồng thi lập biên bản …".
    "thư ký",
]);

/// Heads of unit names, lowercase. Longer phrases first where one contains another.
pub static HEADS: Lexicon = Lexicon::new(&[
    "ủy ban nhân dân",
    "uỷ ban nhân dân",
    "hội đồng nhân dân",
    "ban giám hiệu",
    "ban chỉ đạo",
    "ban đại diện",
    // An exam's boards and sites, whose names hold a verb ("Trưởng ban coi thi chịu trách
    // nhiệm …", "Các điểm thi bố trí …", "Ban in sao đề thi làm việc cách ly …").
    "ban coi thi",
    "ban chấm thi",
    "ban chấm phúc khảo",
    "ban phúc khảo",
    "ban in sao đề thi",
    "ban in sao đề",
    "ban làm phách",
    "ban vận chuyển và bàn giao đề thi",
    "ban thư ký",
    "ban ra đề",
    // (Not the council of emulation: "Hội đồng thi đua khen thưởng Sở xét duyệt …".)
    "hội đồng thi đua khen thưởng",
    "hội đồng thi đua",
    "hội đồng thi",
    "điểm thi",
    "cán bộ coi thi",
    "cán bộ chấm thi",
    "giám thị",
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
    // J10: slips of the keyboard in a head, as typed ("Trưởng phồng", "Các truờng THCS", "Sơ
    // GD&ĐT"): the unit is still named (the name is kept as written). "Sơ" only before the
    // sector's abbreviation ("hồ sơ" is a word).
    "phồng",
    "truờng",
    "trừơng",
    "sơ gd&đt",
    "sơ gdđt",
    "sơ giáo dục",
    "trung tâm",
    // O24: "TT" for Trung tâm, only before the centre's own abbreviation ("TT GDNN-GDTX huyện
    // …", "các TT GDTX"); alone, "TT" is also Thông tư and thị trấn.
    "tt gdnn",
    "tt gdtx",
    "tt gdnn-gdtx",
    "tt gdkt-th",
    "tt ktth-hn",
    "tt kthn",
    "cơ quan",
    "cơ sở giáo dục",
    "cơ sở",
    // The builders of a school's works ("nhắc nhở đơn vị thi công tăng ca …").
    "đơn vị thi công",
    "đơn vị tư vấn giám sát",
    "đơn vị tư vấn",
    "đơn vị",
    "bộ phận",
    // Councils named by their work, whose second word is also a verb.
    "hội đồng xét tuyển",
    "hội đồng xét duyệt",
    "hội đồng tuyển dụng",
    "hội đồng",
    "công đoàn",
    "đoàn thanh niên",
    "liên đội",
    // "bảo vệ" is also a verb: the school's guards as a unit.
    "tổ bảo vệ",
    "tổ chuyên môn",
    // Teams named by their work, a verb ("Đoàn kiểm tra liên ngành của Sở hoàn thành …", "Tổ
    // tư vấn tuyển sinh của trường …"): the work is the name's, not the predicate.
    "đoàn kiểm tra",
    "đoàn thanh tra",
    "đoàn công tác kiểm tra",
    "tổ kiểm tra",
    "tổ công tác kiểm tra",
    "tổ công tác",
    "tổ tư vấn",
    "tổ thẩm định",
    "tổ giúp việc",
    "hội đồng tư vấn",
    "hội đồng thẩm định",
    "tổ",
    "học viện",
    "viện",
    "chi cục",
    "ngành",
    "cấp ủy",
    "chi bộ",
    // O23: "Các cấp, các ngành quan tâm …": every level of government and every sector, one
    // collective owner as written ("cấp" alone is no unit: "cấp trường", "cấp phát").
    "cấp, các ngành",
    "cấp các ngành",
    "cấp, ngành",
    // "các chi, đảng bộ trực thuộc": "chi bộ, đảng bộ" said once.
    "chi, đảng bộ",
    "đảng ủy",
    "đảng uỷ",
    // The party group in a council or a front (L3: "Đảng đoàn HĐND huyện lãnh đạo HĐND huyện
    // bố trí …", O3) and the committee's inspection commission, whose second word is a verb
    // ("phối hợp với Ủy ban kiểm tra Huyện ủy theo dõi …").
    "đảng đoàn",
    "ủy ban kiểm tra",
    "uỷ ban kiểm tra",
    // Party committees by their level (O4, L3: "Kiến nghị Tỉnh ủy, UBND tỉnh quan tâm …").
    "tỉnh ủy",
    "tỉnh uỷ",
    "huyện ủy",
    "huyện uỷ",
    "thành ủy",
    "thành uỷ",
    "thị ủy",
    "quận ủy",
    "chi nhánh",
    "phân hiệu",
    "điểm trường",
    "cụm trường",
    "cụm",
    // Private childminding groups and classes ("Các nhóm trẻ độc lập", "các nhóm, lớp mầm non
    // độc lập") and a school's teams ("Nhóm chuyên môn Toán").
    "nhóm trẻ",
    "nhóm, lớp",
    "nhóm lớp",
    "nhóm",
    "đoàn",
    "tiểu ban",
    "trạm",
    "công an",
    "ủy ban",
    "uỷ ban",
    "mặt trận",
    "hội",
    "thường trực",
    // "Cán bộ quản lý, giáo viên các trường …": "quản lý" names the staff, no predicate.
    "cán bộ quản lý",
    "cán bộ",
    // "Đội ngũ cán bộ quản lý, giáo viên các trường tích cực tự học …" (O23).
    "đội ngũ",
    "giáo viên trực tiếp giảng dạy",
    "giáo viên",
    "học viện",
    "chính quyền",
    "đoàn thể",
    "tổ chức đảng",
    "tổ chức cơ sở đảng",
    "tổ chức chính trị - xã hội",
    "tổ chức chính trị-xã hội",
    "tổ chức công đoàn",
    "huyện đoàn",
    "tỉnh đoàn",
    "thị đoàn",
    "đoàn trường",
    "địa phương",
    // Local governments as a collective ("phối hợp với các xã, thị trấn", "các phường").
    "thị trấn",
    "phường",
    "xã",
    "thôn",
    // … and the districts ("Các huyện miền núi cần …", "các huyện, thị xã, thành phố").
    "huyện",
    "quận",
    "thị xã",
    "thành phố",
    "toàn ngành",
    // The whole of a school, a province, a district as one owner (O23): "Toàn trường tập
    // trung ôn tập cho học sinh lớp 9", "Toàn tỉnh phấn đấu …".
    "toàn trường",
    "toàn tỉnh",
    "toàn huyện",
    "toàn thị xã",
    "toàn thành phố",
    "toàn xã",
    "toàn đảng bộ",
    "nhà thầu",
    "chủ đầu tư",
    "người đứng đầu",
    "lớp",
    "chi đoàn",
    "cha mẹ học sinh",
    // Households and people at large, in a UBND's or a party committee's notice ("Các hộ gia
    // đình đưa trẻ đến trường …", "Các tổ chức, cá nhân tham gia xã hội hóa …").
    "hộ gia đình",
    "tổ chức, cá nhân",
    "cá nhân",
    "phụ huynh học sinh",
    "tổng công ty",
    "công ty",
    "doanh nghiệp",
    "ngân hàng",
    "bệnh viện",
    "kho bạc",
    "bảo hiểm xã hội",
    "đài phát thanh",
    "đài truyền thanh",
    "đài truyền hình",
    "liên đoàn",
    "hiệp hội",
    "điện lực",
    "viễn thông",
    // Other public bodies a UBND's notice gives work beside the schools (O1: "Đồn Biên phòng X
    // hỗ trợ vận động học sinh bỏ học trở lại lớp", "Bưu điện huyện chuyển phát đề thi").
    "đồn biên phòng",
    "hạt kiểm lâm",
    "bưu điện",
    "tòa án",
    "toà án",
    "hợp tác xã",
    "quỹ khuyến học",
    "nhà văn hóa",
    "nhà văn hoá",
    "nhà thiếu nhi",
    "cung thiếu nhi",
    "đội quản lý thị trường",
    "chuyên viên",
    // The school's Young Pioneers leader (L8: "phối hợp với Tổng phụ trách Đội"; "Đội" is
    // the name, so that a verb right after it ends the unit).
    "tổng phụ trách",
    // The heads of a school's year groups ("Khối trưởng các khối hoàn thành …").
    "khối trưởng",
    // The members of a board or a council ("Các thành viên Ban chỉ đạo theo dõi địa bàn …").
    "thành viên",
    "nhân viên bảo vệ",
    "nhân viên phục vụ",
    "nhân viên",
    // Civil servants and public employees ("Cán bộ, công chức, viên chức của Sở thực hiện …").
    "công chức",
    "viên chức",
    "kế toán",
    "văn thư",
    "thủ quỹ",
    // The school's library and nurse ("Thư viện trường tổ chức …", "Y tế trường học kiểm tra …").
    "thư viện",
    "y tế trường học",
    "y tế trường",
]);

/// Names joined by a dash, over which a hard wrap may fall before the dash ("Phòng Tài chính" /
/// "- Kế hoạch huyện", J7, O16): the line after is no bullet of a list. Lowercase, spaced " - ".
pub static DASH_JOINED_NAMES: Lexicon = Lexicon::new(&[
    "tài chính - kế hoạch",
    "kế hoạch - tài chính",
    "văn hóa - xã hội",
    "văn hoá - xã hội",
    "lao động - thương binh",
    "giáo dục nghề nghiệp - giáo dục thường xuyên",
    "gdnn - gdtx",
    "gdtx - gdnn",
    "tổ chức - hành chính",
    "hành chính - tổng hợp",
    "kinh tế - hạ tầng",
    "kinh tế - kỹ thuật",
    "văn hóa - thông tin",
    "văn hóa - thể thao",
    "khảo thí - kiểm định",
    "chính trị - tư tưởng",
    "thi đua - khen thưởng",
    "tài chính - kế toán",
    "giáo dục - đào tạo",
]);

/// Role nouns that are also verbs, read as a unit only right before a predicate: "Bảo vệ kiểm tra
/// hệ thống điện …" (the school's guard), but "Bảo vệ an toàn cho học sinh" is an order to
/// protect.
pub static ROLES_BEFORE_A_VERB: Lexicon = Lexicon::new(&["bảo vệ"]);

/// Quantifiers that make a subject some of the participants, whose requests are proposals to
/// the issuer, not orders (N8: "Hiệu trưởng một số trường THPT đề nghị Sở cho phép …").
pub static SOME: Lexicon = Lexicon::new(&["một số", "một vài", "đại diện"]);

/// The issuer and its leaders as the addressee of a participant's proposal (N8): "Ông X, Hiệu
/// trưởng Trường Y đề xuất Phòng sớm hướng dẫn …", "Trường A kiến nghị Sở bổ sung biên chế …",
/// "… đề nghị UBND huyện đầu tư …". A bare "Sở" or "Phòng" counts only when a predicate follows
/// it (not "Phòng Giáo dục Trung học").
pub static THE_ISSUER: Lexicon = Lexicon::new(&[
    "lãnh đạo sở",
    "lãnh đạo phòng",
    "lãnh đạo ngành",
    "ban giám đốc sở",
    "ban giám đốc",
    "giám đốc sở",
    "trưởng phòng",
    "sở gd&đt",
    "sở gdđt",
    "sở giáo dục và đào tạo",
    "sở",
    "phòng gd&đt",
    "phòng gdđt",
    "phòng giáo dục và đào tạo",
    "phòng",
    "ngành",
    // "Chủ tịch UBND xã Tân Hòa đề nghị huyện hỗ trợ kinh phí …" (a predicate follows).
    "huyện",
    "tỉnh",
    "cấp trên",
    "các cấp",
    "ubnd tỉnh",
    "ubnd huyện",
    "ubnd xã",
    "ubnd thị xã",
    "ubnd thành phố",
    "ủy ban nhân dân tỉnh",
    "ủy ban nhân dân huyện",
    "ủy ban nhân dân xã",
]);

/// At a school's own meeting (L8), a teacher speaking — by "cô"/"thầy" and a name, or as a
/// teacher or a group's head — proposes to the school (N8): "Cô Mai đề nghị nhà trường sửa lại
/// hệ thống quạt …", "Tổ trưởng tổ 3 kiến nghị Ban giám hiệu bố trí …".
pub static SCHOOL_STAFF_SPEAKING: Lexicon = Lexicon::new(&[
    "cô",
    "thầy",
    "giáo viên",
    "tổ trưởng",
    "tổ phó",
    "đại diện tổ",
]);

/// The school and its heads as the addressee of a teacher's proposal (N8), only after one of
/// [`SCHOOL_STAFF_SPEAKING`] ("Phòng GD&ĐT đề nghị nhà trường khắc phục …" gives the school its
/// task).
pub static THE_SCHOOL: Lexicon = Lexicon::new(&[
    "nhà trường",
    "ban giám hiệu",
    "bgh",
    "hiệu trưởng",
    "lãnh đạo nhà trường",
]);

/// Who takes part in a meeting and may propose (N8): a school or its head ("Hiệu trưởng
/// Trường THCS Tân Phú", "Trường Tiểu học A", "các trường"), the participants as such.
/// ("Nhà trường" is the issuer itself in a school's own notice: not a participant.) A district
/// office at a department's or a district's meeting proposes as well ("Phòng GD&ĐT huyện Tân
/// Phú đề xuất Sở bổ sung kinh phí …"), never a leader ("Bà X, Phó Chủ tịch UBND huyện đề nghị
/// Phòng GD&ĐT …" gives the office its task).
pub static PARTICIPANTS: Lexicon = Lexicon::new(&[
    "trường",
    "đại biểu",
    "ý kiến",
    "phòng gd&đt",
    "phòng gdđt",
    "phòng giáo dục và đào tạo",
    "phòng giáo dục",
]);

/// Words that continue a unit's name after a comma or "và" instead of starting another unit
/// (catalogue O16): places ("các phòng GD&ĐT huyện, thị xã, thành phố", "UBND các xã, thị
/// trấn"), school levels ("các trường tiểu học, THCS", "các trường mầm non, tiểu học và THCS")
/// and the generic nouns of collective names ("các ban, ngành, đoàn thể", "các cấp ủy, tổ chức
/// đảng").
pub static CONTINUATIONS: Lexicon = Lexicon::new(&[
    // The short way of "thị xã, thành phố" ("UBND các huyện, thành, thị"): "thành" and "thị"
    // alone are no place, so only together.
    "thành, thị",
    "thị, thành",
    "thị xã",
    "thành phố",
    "thị trấn",
    "phường",
    "xã",
    "thôn",
    "bản",
    "tổ dân phố",
    "khu phố",
    "huyện",
    "quận",
    "đặc khu",
    "tỉnh",
    "mầm non",
    "tiểu học",
    "trung học cơ sở",
    "trung học phổ thông",
    "phổ thông",
    "thcs",
    "thpt",
    "th&thcs",
    "thcs&thpt",
    "ptdtnt",
    "ptdtbt",
    "mn",
    "th",
    // (The staff of a school or an office named together, "cán bộ, giáo viên, nhân viên", go
    // on in [`STAFF`].)
    "ngành",
    "đoàn thể",
    "tổ chức đảng",
    "tư tưởng",
    // "Các phòng chuyên môn, nghiệp vụ thuộc Sở" (the professional and the technical
    // departments, named together).
    "nghiệp vụ",
]);

/// The staff of a unit, which continue a list of staff after a comma or "và" ("cán bộ, giáo
/// viên, nhân viên các trường", by their initials "CBQL, GV, NV", "cán bộ, công chức, viên
/// chức"), as [`CONTINUATIONS`] do a name; after any other head they start an owner of their own
/// ("Bộ phận kế toán, nhân viên thiết bị kiểm kê …", O15).
pub static STAFF: Lexicon = Lexicon::new(&[
    "cán bộ quản lý",
    "cán bộ",
    "cbql",
    "cb",
    "giáo viên",
    "nhân viên",
    "gv",
    "nv",
    "công chức",
    "viên chức",
    "người lao động",
]);

/// What opens an aside between a subject and its verb that singles out some of the units
/// (O6): "Các trường tiểu học, nhất là các trường vùng khó, tăng cường …" — the subject is the
/// units before it; the aside names no other owner.
pub static ASIDES: Lexicon =
    Lexicon::new(&["nhất là", "đặc biệt là", "trong đó có", "trong đó", "kể cả"]);

/// Words after a topic's unit that describe it, up to the comma (O7, O20): what it has, what
/// was done to it, what it still is ("Đối với các trường có học sinh bán trú, …", "… được
/// công nhận, …", "… còn khó khăn, …"); with `verbs::PAST` ("chưa", "đã" …).
pub static DESCRIBING: Lexicon = Lexicon::new(&["có", "được", "còn"]);

/// A school's or an office's staff by their posts, which share the unit said after the last of
/// them: "Kế toán và thủ quỹ các trường", "Hiệu trưởng, kế toán các trường" (O15: one owner).
/// After a post, another post goes on with the same owner; after any other unit it is an owner
/// of its own ("Phòng GD&ĐT và Hiệu trưởng các trường THCS").
pub static STAFF_POSTS: Lexicon = Lexicon::new(&[
    "kế toán",
    "thủ quỹ",
    "văn thư",
    "phó hiệu trưởng",
    "hiệu trưởng",
    "hiệu phó",
    "giáo viên",
    "nhân viên",
]);

/// A school's posts by their initials, as staff write them after a name (O17): "Cô Lan -
/// TTCM", "Thầy Hùng - TPT Đội", "đ/c Hoa - PHT".
pub static POSTS_BY_INITIALS: Lexicon = Lexicon::new(&[
    "ttcm", "tpcm", "tptđ", "tpt", "pht", "ht", "gvcn", "tkhđ", "bt", "pbt", "ct", "pct",
]);

/// Unit names with a comma, "và" or a verb inside that never split (O16): "Văn phòng HĐND và
/// UBND huyện", "Sở Văn hóa, Thể thao và Du lịch", "Phòng Giáo dục và Đào tạo".
pub static JOINED_NAMES: Lexicon = Lexicon::new(&[
    // A unit head inside a longer name, whose second word is also a verb ("Tổ giúp việc Ban
    // chỉ đạo phổ cập giáo dục", "Ban Quản lý dự án đầu tư xây dựng huyện").
    "ban chỉ đạo",
    "dự án đầu tư xây dựng",
    // … abbreviated (O24: "Ban QLDA đầu tư xây dựng huyện").
    "qlda đầu tư xây dựng",
    "qlda đtxd",
    // "Ban Quản lý dự án xây dựng cơ bản huyện", "Phòng Quản lý xây dựng cơ bản".
    "xây dựng cơ bản",
    "hđnd và ubnd",
    "hội đồng nhân dân và ủy ban nhân dân",
    // … with one body's name spelt out and the other not (O24: "Văn phòng HĐND và Ủy ban nhân
    // dân huyện"), or joined by a dash.
    "hđnd và ủy ban nhân dân",
    "hđnd và uỷ ban nhân dân",
    "hội đồng nhân dân và ubnd",
    "hội đồng nhân dân và uỷ ban nhân dân",
    "hđnd - ubnd",
    "hđnd-ubnd",
    "văn hóa, thông tin và thể thao",
    "văn hoá, thông tin và thể thao",
    "văn hóa, thể thao và truyền thông",
    "văn hóa - thể thao và truyền thông",
    "văn hóa, thể thao và du lịch",
    "văn hoá, thể thao và du lịch",
    "thể thao và du lịch",
    "giáo dục và đào tạo",
    "kế hoạch và đầu tư",
    "tài nguyên và môi trường",
    "khoa học và công nghệ",
    "thông tin và truyền thông",
    "nông nghiệp và phát triển nông thôn",
    "nông nghiệp và môi trường",
    "lao động - thương binh và xã hội",
    "giao thông vận tải",
    "tài chính - kế hoạch",
    "kế hoạch - tài chính",
    // "Trung tâm Giáo dục thường xuyên tỉnh", "Trung tâm Giáo dục nghề nghiệp - Giáo dục
    // thường xuyên huyện": "thường xuyên" is part of the name here, not an adverb (O16, D18).
    "giáo dục nghề nghiệp - giáo dục thường xuyên",
    "giáo dục thường xuyên",
    "công lập và ngoài công lập",
    "ngoài công lập",
    "cán bộ quản lý",
    "công lập",
    "dân lập",
    // "Các cơ sở GDMN độc lập", "nhóm trẻ độc lập": "lập" alone is a verb.
    "độc lập",
    "tư thục",
    // Councils and steering boards named after their work, whose words are also verbs ("Hội
    // đồng thi đua khen thưởng Sở", "Ban Chỉ huy phòng, chống thiên tai huyện").
    "thi đua - khen thưởng",
    "thi đua, khen thưởng",
    "thi đua khen thưởng",
    "phòng, chống",
    "phòng chống",
    "nơi trường đóng",
    "nơi trường đóng chân",
    "nơi đơn vị đóng",
    "nơi đặt trường",
]);

/// Places written short with a dot inside a unit's name (O24): "UBND TP. Hà Tĩnh", "Phòng
/// GD&ĐT TX. Kỳ Anh", "Trung tâm Y tế H. Đức Thọ".
pub static PLACE_ABBREVIATIONS: Lexicon = Lexicon::new(&["tp", "tx", "tt", "h", "q"]);

/// Places that end a unit's name ("… giáo dục hòa nhập tỉnh", "… huyện Đức Linh"): a verb-like
/// word of a proper name before one of them is the name's (O16).
pub static PLACES: Lexicon = Lexicon::new(&[
    "tỉnh",
    "huyện",
    "thành phố",
    "thị xã",
    "quận",
    "xã",
    "phường",
    "thị trấn",
]);

/// Words that never run inside a unit's name before its place (O16): prepositions and the
/// makers of a task's noun ("Phòng Giáo dục Tiểu học kiểm tra việc dạy học tại xã Tân Phú": the
/// verb is the predicate).
pub static NOT_IN_A_NAME: Lexicon = Lexicon::new(&[
    "tại",
    "ở",
    "trên",
    "trong",
    "của",
    "cho",
    "về",
    "với",
    "toàn",
    "việc",
    "công tác",
    "đối với",
]);

/// Nouns one of whose words is also a verb, read whole: inside a unit's qualifier (O7: "Các
/// trường có công trình đang thi công phối hợp …", "trình" alone submits) and at a sentence's
/// start ("Cử tri phản ánh …" is no order to send).
pub static NOUNS_WITH_A_VERB: Lexicon = Lexicon::new(&[
    "cử tri",
    "cử nhân",
    "công trình",
    "chương trình",
    "quá trình",
    "lộ trình",
    "giáo trình",
    "tờ trình",
]);

/// Honorifics before a person's name (O17): "ông Lê Hữu Nghĩa", "cô Nguyễn Thị Bích",
/// "đồng chí Lại Văn Sơn". With a capitalised name after them they make an owner.
pub static HONORIFICS: Lexicon =
    Lexicon::new(&["đồng chí", "đ/c", "ông", "bà", "cô", "thầy", "anh", "chị"]);

/// Party bodies, which "lãnh đạo" the body under them (L3): "Chi bộ lãnh đạo nhà trường …",
/// "Ban cán sự đảng UBND huyện lãnh đạo UBND huyện …".
pub static PARTY_BODIES: Lexicon = Lexicon::new(&[
    "chi bộ",
    "đảng bộ",
    "tổ chức đảng",
    "tổ chức cơ sở đảng",
    "đảng ủy",
    "đảng uỷ",
    "cấp ủy",
    "ban cán sự đảng",
    "đảng đoàn",
    "ban thường vụ",
    "huyện ủy",
    "tỉnh ủy",
    "thành ủy",
    "thị ủy",
]);

/// Titles an honorific may stand before instead of a name (O17): "thầy Phó Hiệu trưởng phụ
/// trách cơ sở vật chất", "cô Tổng phụ trách Đội", "đồng chí Trưởng phòng".
pub static TITLES_AFTER_HONORIFICS: Lexicon = Lexicon::new(&[
    "phó hiệu trưởng",
    "hiệu phó",
    "hiệu trưởng",
    "tổng phụ trách đội",
    "tổng phụ trách",
    "kế toán",
    "thủ quỹ",
    "văn thư",
    "tổ trưởng",
    "tổ phó",
    "giáo viên chủ nhiệm",
    "trưởng phòng",
    "phó trưởng phòng",
    "giám đốc",
    "phó giám đốc",
    "chủ tịch",
    "phó chủ tịch",
    "bí thư",
    "phó bí thư",
    "trưởng ban",
    "phó trưởng ban",
    "chánh văn phòng",
    "chánh thanh tra",
    // J10: as typed.
    "trưởng phồng",
    "phó trưởng phồng",
    "hiêu trưởng",
    "giám đôc",
]);

/// What follows a title to say which of its holders is meant: "Phó Hiệu trưởng phụ trách
/// chuyên môn", "Phó Giám đốc Sở phụ trách khối THPT".
pub static REMIT_MARKERS: Lexicon = Lexicon::new(&["phụ trách", "trực tiếp phụ trách"]);

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
    // The staff by their initials: "CBQL, GV, NV các trường …", "GVCN các lớp …".
    "cbql",
    "cbgvnv",
    "cbgv",
    "cb-gv-nv",
    "gvcn",
    "cb",
    "gv",
    "nv",
]);

/// Abbreviations of a department's field, which go on with its name after "và" rather than
/// start a unit (O16, O24): "Phòng Khảo thí và KĐCLGD" is "Phòng Khảo thí và Kiểm định chất
/// lượng giáo dục", one department.
pub static FIELD_ABBREVIATIONS: Lexicon =
    Lexicon::new(&["kđclgd", "kđcl", "qlcl", "qlclgd", "cntt", "qlgd"]);

/// The post each title of [`SPEAKERS`] holds, its deputy's and its board's alike (O5): when the
/// notice says who concludes ("Kết luận của Phó Chủ tịch UBND tỉnh …"), a title of another post
/// at the head of a chain ("Giám đốc Sở Y tế chỉ đạo các bệnh viện …", "Trưởng phòng GD&ĐT chỉ
/// đạo các trường …" in a UBND notice) is a unit told to act, not the one who speaks. Titles
/// with no post here ("đồng chí", "ông", "hội nghị") tell nothing.
pub static SPEAKERS_POSTS: [(&str, &str); 19] = [
    ("đồng chí giám đốc", "giám đốc"),
    ("đ/c giám đốc", "giám đốc"),
    ("ban giám đốc", "giám đốc"),
    ("phó giám đốc", "giám đốc"),
    ("giám đốc", "giám đốc"),
    ("giám đôc", "giám đốc"),
    ("lãnh đạo sở", "giám đốc"),
    ("phó chủ tịch", "chủ tịch"),
    ("chủ tịch", "chủ tịch"),
    ("lãnh đạo phòng", "trưởng phòng"),
    ("phó trưởng phòng", "trưởng phòng"),
    ("trưởng phòng", "trưởng phòng"),
    ("phó trưởng phồng", "trưởng phòng"),
    ("trưởng phồng", "trưởng phòng"),
    ("phó hiệu trưởng", "hiệu trưởng"),
    ("hiệu trưởng", "hiệu trưởng"),
    ("hiêu trưởng", "hiệu trưởng"),
    ("phó bí thư", "bí thư"),
    ("bí thư", "bí thư"),
];

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
    "phó chủ tịch",
    "chủ tịch",
    "phó trưởng phòng",
    "trưởng phòng",
    "phó hiệu trưởng",
    "hiệu trưởng",
    // J10: as typed.
    "phó trưởng phồng",
    "trưởng phồng",
    "hiêu trưởng",
    "giám đôc",
    "phó bí thư",
    "bí thư",
    "ban thường vụ",
    "thường trực",
    "hội nghị",
    "đoàn kiểm tra",
    "đoàn công tác",
    "đồng chí",
    "đ/c",
    "ông",
    "bà",
]);

/// Units whose head's title is an addressee's, not the issuer's (O5): "Giám đốc Trung tâm GDTX
/// tỉnh chỉ đạo …", "Hiệu trưởng Trường THCS Kim Đồng chỉ đạo …" — the title of one of them is
/// told to act; "Giám đốc Sở", "Trưởng phòng" alone speak.
pub static ADDRESSEE_UNITS: Lexicon = Lexicon::new(&[
    "trung tâm",
    "trường",
    "nhà trường",
    "ban quản lý",
    "bệnh viện",
    "công ty",
    "cơ sở",
]);

/// The departments of a Sở, by name and acronym (O5): their heads are told to act ("Trưởng
/// phòng GDTrH chỉ đạo các trường THPT …" names two owners), for only the Sở's director or a
/// Phòng GD&ĐT's own head speaks for the issuer.
pub static ISSUER_DEPARTMENTS: Lexicon = Lexicon::new(&[
    "giáo dục trung học",
    "giáo dục tiểu học",
    "giáo dục mầm non",
    "giáo dục thường xuyên",
    "giáo dục chuyên nghiệp",
    "giáo dục phổ thông",
    "tổ chức cán bộ",
    "kế hoạch - tài chính",
    "kế hoạch tài chính",
    "kế hoạch-tài chính",
    "khảo thí",
    "quản lý chất lượng",
    "chính trị tư tưởng",
    "công tác học sinh",
    "gdtrh",
    "gdth",
    "gdmn",
    "gdtx",
    "gdcn",
    "gdpt",
    "tccb",
    "khtc",
    "kh-tc",
    "kt&kđcl",
    "ktkđcl",
    "kt-qlcl",
    "qlcl",
    "ctcths",
]);

/// Possessed nouns that are the work itself (O19): "Báo cáo của các đơn vị gửi về Sở …", "Đề cao
/// trách nhiệm của người đứng đầu các nhà trường": the unit after "của" owns the task. Every
/// phrase ends with "của" (the reader looks for it first).
pub static WORK_OF: Lexicon = Lexicon::new(&[
    "trách nhiệm của",
    "báo cáo của",
    "vai trò của",
    "công tác tham mưu của",
    "chất lượng công tác tham mưu của",
]);

/// Nouns that name the work itself at the head of a longer phrase (O19): "Công tác kiểm định
/// chất lượng giáo dục của các trường cần được quan tâm hơn" — with a modal after the unit that
/// follows "của", that unit owns it. So do the papers a unit must hand in ("Kế hoạch của các
/// trường phải gửi về Sở trước ngày 20/3", "Hồ sơ của các đơn vị cần …"), as "Báo cáo của các
/// đơn vị gửi về Sở …" does.
pub static WORK_NAMED: Lexicon = Lexicon::new(&[
    "công tác",
    "hoạt động",
    "nhiệm vụ",
    "kế hoạch",
    "hồ sơ",
    "danh sách",
    "dự toán",
    "phương án",
]);

/// Words that define an alias for the units before them (O9): "(sau đây gọi chung là các đơn
/// vị)"; the alias owns every item.
pub static ALIAS_MARKERS: Lexicon = Lexicon::new(&[
    "sau đây gọi chung là",
    "sau đây gọi tắt là",
    "sau đây gọi là",
    "gọi chung là",
    "gọi tắt là",
]);

/// Words that join two units into one list (R4: "Phòng GD&ĐT cùng Huyện đoàn phối hợp tổ chức
/// …" — both lead): only before another unit; "các trường cùng thực hiện" is an adverb, and
/// "cùng với Y" marks a supporting unit (R2, `SUPPORT_MARKERS`).
pub static UNIT_JOINERS: Lexicon = Lexicon::new(&["cùng", "và"]);

/// The verbs of supporting a task (R2): the units after them ("phối hợp với Phòng X", "phối
/// kết hợp chặt chẽ với Trạm Y tế xã", "kết hợp với Phòng Kế hoạch - Tài chính") support it,
/// and so, after a lead, do those right before them ("Phòng X chủ trì, Phòng Y phối hợp …").
/// (Each ends in "hợp", which `owners::supports` looks for first.)
pub static SUPPORT_VERBS: Lexicon = Lexicon::new(&[
    "phối hợp",
    "phối kết hợp",
    "kết hợp",
    // J10: the mark left off in typing ("Phòng GDĐT phôi hợp với Trung tâm Y tế …").
    "phôi hợp",
]);

/// How the work is shared, between a support verb and its "với" (R2): "phối hợp chặt chẽ với
/// Công an huyện", "phối hợp tốt và thường xuyên với Hội Cha mẹ học sinh".
pub static SUPPORT_MANNERS: Lexicon = Lexicon::new(&[
    "chặt chẽ",
    "tốt",
    "thường xuyên",
    "hiệu quả",
    "đồng bộ",
    "nhịp nhàng",
    "kịp thời",
    "tích cực",
    "chủ động",
    "toàn diện",
    "hơn nữa",
    "và",
]);

/// The lead role written in brackets after the units (R1, as in a table's cell): "Phòng Giáo
/// dục Tiểu học (chủ trì), Văn phòng Sở (phối hợp) rà soát …".
pub static LEAD_IN_BRACKETS: Lexicon =
    Lexicon::new(&["(chủ trì)", "(đầu mối)", "(chủ trì thực hiện)"]);

/// The support role written in brackets after a unit (R2): "Văn phòng Sở (phối hợp)".
pub static SUPPORT_IN_BRACKETS: Lexicon = Lexicon::new(&["(phối hợp)", "(phối hợp thực hiện)"]);

/// Words before the units that support a task, besides the support verbs (R2): "X cùng với Y
/// kiểm tra …", "X chủ trì cùng Y tổ chức …", "… với sự tham gia của Y", "có sự tham gia của Y".
pub static SUPPORT_MARKERS: Lexicon = Lexicon::new(&[
    "cùng với",
    "chủ trì cùng với",
    "chủ trì cùng",
    "có sự tham gia của",
    "sự tham gia của",
]);

/// Heads that may take a function name in lowercase right after them, whose first word is
/// also a verb: "Ban tổ chức hội thi", "cơ quan quản lý biên chế", "Hội đồng thi đua khen
/// thưởng", "bộ phận quản lý tài chính". After any other head such a verb is the predicate:
/// "Chi bộ tổ chức xếp loại đảng viên", "Huyện đoàn tổ chức …", "Sở tổ chức tập huấn …",
/// "Ban giám hiệu quản lý chặt chẽ …", "Các trường tổ chức …".
pub static FUNCTION_NAME_HEADS: Lexicon = Lexicon::new(&[
    "ban",
    "ban chỉ đạo",
    "ban đại diện",
    "cơ quan",
    "hội đồng",
    "bộ phận",
    "phòng",
    "trung tâm",
    "cơ sở",
    // "Đoàn thanh tra", "đoàn kiểm tra", "đoàn đánh giá ngoài".
    "đoàn",
    // "Tổ tư vấn tuyển sinh", "Hội đồng tư vấn chuyên môn".
    "tổ tư vấn",
    "hội đồng tư vấn",
]);

/// The press as a unit, only by its proper name, capitals and all ("Báo Hòa Bình", "Báo Giáo
/// dục và Thời đại", "Tạp chí Giáo dục", "Cổng Thông tin điện tử tỉnh"): "báo" is also the
/// first word of "báo cáo" (O16: "Đề nghị Ban Tuyên giáo Tỉnh ủy, Báo Hòa Bình, Đài Phát
/// thanh và Truyền hình tỉnh tăng cường tuyên truyền …").
pub static PRESS_HEADS: Lexicon = Lexicon::new(&["báo", "tạp chí", "cổng thông tin điện tử"]);

/// Words after "Báo" that make a word of it, not a newspaper ("BÁO CÁO" in a heading).
pub static NOT_PRESS_NAMES: Lexicon = Lexicon::new(&[
    "cáo", "chí", "động", "giá", "hiệu", "tin", "danh", "thức", "đáp", "ân", "công",
]);

/// The people a school or an office speaks to, who are never given a task by a notice: after a
/// directing verb ("GVCN các lớp nhắc nhở học sinh …", "Nhà trường yêu cầu cha mẹ học sinh …")
/// the one who speaks to them owns the task (O18).
pub static AUDIENCES: Lexicon = Lexicon::new(&[
    "học sinh",
    "trẻ",
    "cha mẹ học sinh",
    "cha mẹ trẻ",
    "phụ huynh",
    "học viên",
    "sinh viên",
    "người dân",
    "nhân dân",
]);

/// Phrases that begin with a unit head but name no unit ("tổ chức", "ban hành", "trường hợp").
pub static NOT_UNITS: Lexicon = Lexicon::new(&[
    "xã hội",
    "tổ chức",
    // "tổ chức đảng" is a unit (HEADS); "tổ chức đảng viên học tập …" is the verb.
    "tổ chức đảng viên",
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
    "giáo viên dạy giỏi",
]);
