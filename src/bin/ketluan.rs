//! The ketluan command line tool: the same core and the same export functions as the web app,
//! so `ketluan export --format csv FILE` prints the bytes the app's CSV button downloads.
//!
//! FILE is a notice as text (what a clerk would paste), or a `ketluan` JSON file saved from the
//! app (so a clerk's corrections export the same way); `-` reads standard input.

use std::ffi::{OsStr, OsString};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use ketluan::document::{Document, Status};
use ketluan::edit;
use ketluan::export::{self, share, Format};
use ketluan::opening::{self, Incoming, NotText, Refusal, MAX_INPUT_BYTES};

const HELP: &str = "\
ketluan — đọc Thông báo kết luận thành bảng nhiệm vụ / read conclusion notices into task tables

Usage / Cách dùng:
  ketluan export [--format json|csv|ics|webanno|share] FILE
      Print the notice as that format (default json): the same bytes the web app downloads.
      In ra văn bản theo định dạng đã chọn (mặc định json), giống hệt tệp ứng dụng web tải về.
  ketluan read FILE
      Print a short summary: number, date, subject, directives with units and deadlines.
      In tóm tắt: số, ngày, trích yếu, các nhiệm vụ với đơn vị và thời hạn.
  ketluan open LINK
      Print the JSON a share link carries (the whole URL or the part after #).
      In JSON chứa trong một liên kết chia sẻ.
  ketluan merge OURS THEIRS
      Print the two copies of one notice merged: each task's status, units, deadline, done and
      extension, and each header fact, as the copy that changed it later has it.
      Gộp hai bản của cùng một thông báo: mỗi phần lấy theo bản sửa sau cùng.
  ketluan --help | --version

FILE is a notice as text (UTF-8, UTF-16, or a one-byte code page) or as a Word file (.docx),
or a ketluan JSON file saved from the app (checked as the app checks it); - reads standard
input; at most 8 MB. Any other file (PDF, old .doc, an image) is refused with what to do instead.
/ FILE là văn bản, tệp Word (.docx) hoặc tệp JSON lưu từ ứng dụng; - đọc từ đầu vào chuẩn;
tối đa 8 MB.
Text in TCVN3 (ABC), VNI, VIQR or Windows-1258, or UTF-8 read as Windows-1252, is converted to
Unicode first (said on stderr). / Văn bản dùng bảng mã TCVN3, VNI, VIQR… được chuyển sang Unicode.

Formats / Định dạng:
  json     the ketluan JSON format, version 1 / định dạng JSON của ketluan
  csv      task table for Excel (UTF-8 with BOM) / bảng nhiệm vụ cho Excel
  ics      deadlines for calendars (iCalendar) / thời hạn cho lịch
  webanno  W3C Web Annotation JSON-LD
  share    the share-link payload (after #doc=) / phần dữ liệu của liên kết chia sẻ

Exit status: 0 ok, 1 unreadable input, 2 wrong usage.
";

/// A failure to report: the message (English / Vietnamese) and the exit status.
struct Failure {
    message: String,
    code: u8,
}

fn usage(en: &str, vi: &str) -> Failure {
    Failure {
        message: format!("{en} / {vi}\nRun `ketluan --help` for usage. / Xem `ketluan --help`."),
        code: 2,
    }
}

fn input_error(message: String) -> Failure {
    Failure { message, code: 1 }
}

fn main() -> ExitCode {
    // File names stay as the system gives them (they need not be UTF-8); the rest is read as
    // text.
    let raw: Vec<OsString> = std::env::args_os().skip(1).collect();
    let args: Vec<String> = raw
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    match run(&args, &raw) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("ketluan: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

fn run(args: &[String], raw: &[OsString]) -> Result<(), Failure> {
    let Some(command) = args.first() else {
        return Err(usage("no command given", "chưa có lệnh"));
    };
    let rest = &args[1..];
    match command.as_str() {
        "-h" | "--help" | "help" => print(HELP.as_bytes()),
        "-V" | "--version" => print(format!("ketluan {}\n", env!("CARGO_PKG_VERSION")).as_bytes()),
        "export" => {
            let (format, file) = export_args(rest)?;
            let doc = load(&raw[1 + file])?;
            match format {
                Some(format) => print(&export::render(format, &doc)),
                // Refused here if too long, as the app refuses to make such a link.
                None => {
                    let payload = share::link_payload(&doc).map_err(|e| {
                        input_error(format!(
                            "cannot make a share link: {e} / không tạo được liên kết chia sẻ: {}",
                            e.message_vi()
                        ))
                    })?;
                    print(payload.as_bytes())
                }
            }
        }
        "read" => {
            single_file(rest)?;
            let doc = load(&raw[1])?;
            print(summary(&doc).as_bytes())
        }
        "open" => {
            let link = single_file(rest)?;
            let doc = share::decode(&link).map_err(|e| {
                input_error(format!(
                    "cannot open the link: {e} / không mở được liên kết: {}",
                    e.message_vi()
                ))
            })?;
            print(doc.to_json().as_bytes())
        }
        "merge" => {
            let [_, _] = rest else {
                return Err(usage(
                    "give two FILEs: OURS THEIRS",
                    "cần hai tệp: OURS THEIRS",
                ));
            };
            let (ours, theirs) = (load(&raw[1])?, load(&raw[2])?);
            let merged = edit::merge(&ours, &theirs).map_err(|e| {
                input_error(format!(
                    "cannot merge: {} / không gộp được: {}",
                    e.message_en(),
                    e.message_vi()
                ))
            })?;
            eprintln!(
                "ketluan: merged: {} part(s) taken from {}, {} task(s) added / đã gộp: lấy {} phần, thêm {} nhiệm vụ",
                merged.taken, rest[1], merged.added, merged.taken, merged.added
            );
            let mut doc = merged.doc;
            if merged.redate {
                // The notice's date changed: its deadlines are resolved against it again, as
                // when the user corrects it in the app.
                let fresh = ketluan::notice::read_given(&doc.text, &doc.field_edits);
                let mut ed = edit::Editor::new(doc);
                ed.redate_with(fresh);
                doc = ed.doc().clone();
            }
            print(doc.to_json().as_bytes())
        }
        other => Err(usage(
            &format!("unknown command `{other}`"),
            &format!("không có lệnh `{other}`"),
        )),
    }
}

/// `[--format F | -f F | --format=F] FILE`: the format (`None` means the share payload) and
/// FILE's place in `args`.
fn export_args(args: &[String]) -> Result<(Option<Format>, usize), Failure> {
    let mut format = Some(Format::Json);
    let mut file: Option<usize> = None;
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        let value = if arg == "--format" || arg == "-f" {
            i += 1;
            match args.get(i) {
                Some(v) => Some(v.as_str()),
                None => {
                    return Err(usage(
                        "--format needs a value: json, csv, ics, webanno or share",
                        "--format cần một giá trị: json, csv, ics, webanno hoặc share",
                    ))
                }
            }
        } else {
            arg.strip_prefix("--format=")
        };
        if let Some(name) = value {
            format = if name.eq_ignore_ascii_case("share") {
                None
            } else {
                Some(Format::from_name(name).ok_or_else(|| {
                    usage(
                        &format!("unknown format `{name}` (json, csv, ics, webanno, share)"),
                        &format!("không có định dạng `{name}`"),
                    )
                })?)
            };
        } else if arg == "-h" || arg == "--help" {
            print(HELP.as_bytes())?;
            std::process::exit(0);
        } else if arg.starts_with('-') && arg != "-" {
            return Err(usage(
                &format!("unknown option `{arg}`"),
                &format!("không có tùy chọn `{arg}`"),
            ));
        } else if file.replace(i).is_some() {
            return Err(usage("give one FILE only", "chỉ nhận một tệp"));
        }
        i += 1;
    }
    let file = file.ok_or_else(|| {
        usage(
            "no FILE given (use - for standard input)",
            "chưa có tệp (dùng - để đọc đầu vào chuẩn)",
        )
    })?;
    Ok((format, file))
}

fn single_file(args: &[String]) -> Result<String, Failure> {
    match args {
        [one] if one == "-h" || one == "--help" => {
            print(HELP.as_bytes())?;
            std::process::exit(0);
        }
        [one] => Ok(one.clone()),
        [] => Err(usage("no FILE given", "chưa có tệp")),
        _ => Err(usage("give one FILE only", "chỉ nhận một tệp")),
    }
}

/// Reads FILE (or stdin for `-`) and turns it into a document the way the app opens a file
/// (`ketluan::opening`): a ketluan JSON document is checked and taken as it is, a notice (as
/// text or a Word .docx) is read, anything else is refused with the app's reason.
fn load(file: &OsStr) -> Result<Document, Failure> {
    // One byte more than the limit tells an oversized input without reading all of it.
    let limit = MAX_INPUT_BYTES as u64 + 1;
    let shown = file.to_string_lossy();
    let (bytes, name) = if file == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                input_error(format!(
                    "cannot read standard input: {e} / không đọc được đầu vào chuẩn"
                ))
            })?;
        (bytes, "standard input".to_string())
    } else {
        let path = std::path::Path::new(file);
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(limit).read_to_end(&mut bytes))
            .map_err(|e| {
                let (en, vi) = match e.kind() {
                    std::io::ErrorKind::NotFound => ("no such file", "không có tệp này"),
                    std::io::ErrorKind::PermissionDenied => {
                        ("permission denied", "không có quyền đọc tệp")
                    }
                    _ if path.is_dir() => (
                        "is a directory, not a file",
                        "đây là thư mục, không phải tệp",
                    ),
                    _ => ("cannot read it", "không đọc được tệp"),
                };
                input_error(format!("{shown}: {en} / {vi} ({e})"))
            })?;
        (bytes, shown.into_owned())
    };
    match opening::open_file(&bytes) {
        Ok(Incoming::Saved(imported)) => {
            if !imported.orphans.is_empty() {
                eprintln!(
                    "ketluan: {name}: {} annotation(s) no longer match their quote / {} chỗ gắn nhãn không còn khớp trích dẫn",
                    imported.orphans.len(),
                    imported.orphans.len()
                );
            }
            Ok(imported.doc)
        }
        Ok(Incoming::Notice(text)) => Ok(read_notice(&text, &name)),
        Ok(Incoming::Word(word)) => {
            if let Some(enc) = word.converted {
                eprintln!(
                    "ketluan: {name}: text in a legacy font {} / chữ phông cũ: {}",
                    enc.message_en(),
                    enc.message_vi()
                );
            }
            Ok(read_notice(&word.text, &name))
        }
        Err(refusal) => Err(input_error(format!("{name}: {}", refusal_words(&refusal)))),
    }
}

/// Why a file is refused, in English / in Vietnamese. A PDF or an image opens in the web app,
/// which reads them in its worker (pdf.js, OCR): said here, where it is the whole answer.
fn refusal_words(refusal: &Refusal) -> String {
    match refusal {
        Refusal::NotText(NotText::Pdf) => "this is a PDF file. PDFs are read in the ketluan web app (its first use needs a network connection to load the PDF reader); the command line does not read PDFs. Or open it, select all its text (Ctrl+A), copy and paste it into a .txt file. / đây là tệp PDF. Tệp PDF được đọc trong ứng dụng web ketluan (lần dùng đầu cần kết nối mạng để tải bộ đọc PDF); dòng lệnh chưa đọc được PDF. Hoặc mở tệp, chọn toàn bộ văn bản (Ctrl+A), sao chép rồi dán vào một tệp .txt.".into(),
        Refusal::NotText(NotText::Image) => "this is an image (a photo or a scan). The text in images is recognised (OCR) in the ketluan web app; the command line does not read images. Or use the notice's Word copy or a PDF with text. / đây là tệp ảnh (bản chụp hoặc bản quét). Chữ trong ảnh được nhận dạng (OCR) trong ứng dụng web ketluan; dòng lệnh chưa nhận dạng được ảnh. Hoặc dùng bản Word hay PDF có chữ của thông báo.".into(),
        other => format!("{} / {}", other.message_en(), other.message_vi()),
    }
}

/// Reads a notice; text typed in an old Vietnamese font or code page (TCVN3, VNI, VIQR, …) is
/// converted to Unicode first, and the clerk is told on stderr.
fn read_notice(text: &str, name: &str) -> Document {
    let intake = ketluan::intake::take_in(text, true);
    if let Some(c) = &intake.converted {
        eprintln!(
            "ketluan: {name}: {} ({} lines) / {}",
            c.encoding.message_en(),
            c.lines,
            c.encoding.message_vi()
        );
    }
    intake.document
}

fn summary(doc: &Document) -> String {
    let f = &doc.fields;
    let mut out = String::new();
    let field = |out: &mut String, label: &str, v: &Option<String>| {
        if let Some(v) = v.as_deref().filter(|v| !v.trim().is_empty()) {
            out.push_str(&format!(
                "{label}: {}\n",
                v.split_whitespace().collect::<Vec<_>>().join(" ")
            ));
        }
    };
    field(&mut out, "Số", &f.number);
    field(&mut out, "Ngày", &f.issued_date);
    field(&mut out, "Loại", &f.doc_type);
    field(&mut out, "Trích yếu", &f.subject);
    field(&mut out, "Họp ngày", &f.meeting_date);
    field(&mut out, "Chủ trì họp", &f.meeting_chair);
    field(&mut out, "Người ký", &f.signer_name);
    let kept: Vec<_> = doc
        .directives
        .iter()
        .filter(|d| d.status != Status::Rejected)
        .collect();
    out.push_str(&format!("Nhiệm vụ / directives: {}\n", kept.len()));
    for (i, d) in kept.iter().enumerate() {
        let text: String = d.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let short: String = text.chars().take(100).collect();
        let ellipsis = if text.chars().count() > 100 {
            "…"
        } else {
            ""
        };
        out.push_str(&format!("{:>3}. {short}{ellipsis}\n", i + 1));
        for o in &d.owners {
            let role = match o.role {
                ketluan::document::Role::Lead => "chủ trì",
                ketluan::document::Role::Support => "phối hợp",
            };
            out.push_str(&format!("     {role}: {}\n", o.name.trim()));
        }
        if let Some(dl) = &d.deadline {
            let due = dl.due.as_deref().unwrap_or("—");
            out.push_str(&format!("     hạn: {} ({due})\n", dl.text.trim()));
        }
    }
    out
}

/// Writes to stdout. A closed pipe (`| head`) ends quietly; a terminal gets a final newline.
fn print(bytes: &[u8]) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = stdout.lock();
    let mut result = out.write_all(bytes);
    if result.is_ok() && terminal && !bytes.ends_with(b"\n") {
        result = out.write_all(b"\n");
    }
    match result.and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(input_error(format!(
            "cannot write the output: {e} / không ghi được kết quả"
        ))),
    }
}
