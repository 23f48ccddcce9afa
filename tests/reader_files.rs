//! Acceptance for notices that come as files (issue 11): each fixture in `tests/fixtures/files`
//! (made from a shared notice by `scripts/make-fixtures.py`: Word's tables, automatic list
//! numbers, the .VnTime font; a .doc saved by LibreOffice; a PDF as Word prints it) is opened as
//! the app's worker opens it — a .docx or .doc through `ketluan::opening::open_file`, a PDF from
//! what pdf.js finds in it
//! (`NAME.pdf.json`, written by `scripts/pdf-items.mjs` and checked by `./scripts/test`) through
//! `ketluan::pdf_text` — read, and must pass the same gold checks as the .txt of its notice
//! (`gold_support`).

mod gold_support;

use std::path::PathBuf;

use gold_support::{gold_of, wrong, Case};
use ketluan::encoding::Legacy;
use ketluan::opening::{open_file, Incoming};

fn fixtures() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/files");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("tests/fixtures/files")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "docx" || x == "doc"))
        .collect();
    files.sort();
    files
}

/// The shared notice a fixture was made from: its name without the variant (`-vntime`).
fn notice_of(file: &std::path::Path) -> String {
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let stem = stem.strip_suffix("-vntime").unwrap_or(stem);
    let stem = stem.strip_suffix(".pdf").unwrap_or(stem);
    format!("{stem}.txt")
}

#[test]
fn every_word_fixture_reads_as_its_notice_docx_and_doc() {
    let mut cases = Vec::new();
    let mut kinds = Vec::new();
    for file in fixtures() {
        let bytes = std::fs::read(&file).expect("fixture");
        let name = file.display().to_string();
        let word = match open_file(&bytes) {
            Ok(Incoming::Word(w)) => w,
            other => panic!("{name}: not read as Word: {other:?}"),
        };
        let vntime = name.ends_with("-vntime.docx");
        assert_eq!(
            word.converted,
            vntime.then_some(Legacy::Tcvn3),
            "{name}: the legacy font is told by its name"
        );
        kinds.push(vntime);
        let notice = notice_of(&file);
        let gold = gold_of(&notice).unwrap_or_else(|| panic!("no gold for {notice}"));
        // As the command line reads it (the app's worker reads the same text).
        let doc = ketluan::intake::take_in(&word.text, true).document;
        cases.push(Case {
            name: notice,
            gold,
            doc,
        });
    }
    assert!(
        kinds.contains(&true) && kinds.contains(&false),
        "a Unicode and a .VnTime fixture at least"
    );
    assert!(cases.len() >= 5, "the .docx and .doc fixtures are missing");
    let wrong = wrong(&cases);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_pdf_fixture_reads_as_its_notice() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/files");
    let mut cases = Vec::new();
    for entry in std::fs::read_dir(&dir)
        .expect("tests/fixtures/files")
        .flatten()
    {
        let file = entry.path();
        if !file.to_string_lossy().ends_with(".pdf.json") {
            continue;
        }
        let items = std::fs::read_to_string(&file).expect("fixture");
        if file.to_string_lossy().ends_with("-scan.pdf.json") {
            // A scan has no text layer: no text from pdf.js, so the app recognises its pages by
            // OCR (tests/e2e/ocr.test.mjs); never read as an empty notice.
            assert_eq!(
                ketluan::pdf_text::pdf_text(&items),
                Err(ketluan::pdf_text::PdfError::NoText)
            );
            continue;
        }
        if file.to_string_lossy().ends_with("-vntime.pdf.json") {
            // (Held to its font conversion below: the fixture cannot carry every TCVN3 letter.)
            continue;
        }
        let text = ketluan::pdf_text::text_of(&items).expect("pdf.js items");
        let notice = notice_of(&file.with_extension(""));
        // No page number of the PDF is left in the text (the notice's own text may have one: a
        // page break copied into it).
        let numbers = |t: &str| {
            t.lines()
                .map(str::trim)
                .filter(|l| (1..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_digit()))
                .count()
        };
        let typed = std::fs::read_to_string(gold_support::shared().join("notices").join(&notice))
            .expect("notice");
        assert_eq!(numbers(&text), numbers(&typed), "{}", file.display());
        let gold = gold_of(&notice).unwrap_or_else(|| panic!("no gold for {notice}"));
        let doc = ketluan::intake::take_in(&text, true).document;
        cases.push(Case {
            name: notice,
            gold,
            doc,
        });
    }
    assert!(cases.len() >= 2, "PDF fixtures missing");
    let wrong = wrong(&cases);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A PDF printed from a document typed in TCVN3 with .VnTime: pdf.js gives the fonts' names on
/// its pages (`static/pdf-items.mjs` asks for them where the letters look legacy) and the text is
/// converted by them. The fixture's font is DejaVu renamed .VnTime, and its text layer lacks two
/// TCVN3 codes (fpdf2 drops 0xAD, "ư", as a soft hyphen; DejaVu names 0xB5, "à", Greek mu), so it
/// is held to its conversion, not to the gold checks.
#[test]
fn a_pdf_in_vntime_is_converted_by_its_fonts_name() {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/files/hanoi-2022-giao-ban-thang-9-vntime.pdf.json");
    let items = std::fs::read_to_string(file).expect("fixture");
    let (text, encoding) = ketluan::pdf_text::converted_pdf_text(&items).expect("text");
    assert_eq!(encoding, Some(Legacy::Tcvn3));
    for phrase in [
        "Kết luận của đồng chí Giám đốc",
        "Sở Giáo dục",
        "tháng 10 năm 2022",
    ] {
        assert!(text.contains(phrase), "{phrase} not in {text}");
    }
    // Without the fonts' names it would stay as typed.
    assert!(!text.contains("KÕt luËn"));
}

#[test]
fn word_list_numbers_and_the_header_table_come_back_as_lines() {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/files/made-11-hoabinh-2019-ubnd-huyen-ket-luan.docx");
    let Ok(Incoming::Word(word)) = open_file(&std::fs::read(file).expect("fixture")) else {
        panic!("not read as Word");
    };
    let lines: Vec<&str> = word.text.lines().collect();
    // The header table: the issuer's column, then the motto's.
    assert_eq!(
        &lines[..6],
        [
            "ỦY BAN NHÂN DÂN",
            "HUYỆN MƯỜNG LẠC",
            "Số: 178/TB-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Mường Lạc, ngày 02 tháng 8 năm 2019",
        ]
    );
    // Numbers Word writes (not in the document's text) are back in front of their paragraphs.
    let numbered: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.split_once(' ').map(|(n, _)| n))
        .filter(|n| n.ends_with('.') || n.ends_with(')'))
        .filter(|n| n.len() <= 3)
        .collect();
    assert!(numbered.starts_with(&["1.", "2.", "3."]), "{numbered:?}");
}

#[test]
fn roman_decimal_and_bullet_levels_are_counted_as_word_counts_them() {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/files/made-01-laocai-2024-giao-ban-thang-10.docx");
    let Ok(Incoming::Word(word)) = open_file(&std::fs::read(file).expect("fixture")) else {
        panic!("not read as Word");
    };
    let marker = |l: &&str| {
        let first = l.split(' ').next().unwrap_or_default();
        (first == "-" || first.ends_with('.') && first.len() <= 4).then_some(first.to_string())
    };
    let lines: Vec<&str> = word.text.lines().collect();
    let markers: Vec<String> = lines.iter().filter_map(marker).collect();
    let romans: Vec<&String> = markers
        .iter()
        .filter(|m| m.trim_end_matches('.').chars().all(|c| "IVX".contains(c)))
        .collect();
    assert_eq!(romans, ["I.", "II.", "III.", "IV.", "V."], "{markers:?}");
    // "1." comes again after each Roman heading: the level starts again under a higher one.
    let after_ii = markers.iter().skip_while(|m| *m != "II.").nth(1);
    assert_eq!(after_ii.map(String::as_str), Some("1."), "{markers:?}");
    assert!(markers.iter().filter(|m| *m == "-").count() >= 10);
    // And the text has no line the .txt does not have, numbers included.
    let txt = std::fs::read_to_string(
        gold_support::shared().join("notices/made-01-laocai-2024-giao-ban-thang-10.txt"),
    )
    .expect("notice");
    // (A header or signature row typed with tabs is a table in Word: its cells are lines.)
    let typed: Vec<&str> = txt
        .lines()
        .flat_map(|l| l.split('\t'))
        .map(str::trim)
        .collect();
    for line in lines.iter().filter(|l| !l.contains('\t')) {
        assert!(typed.contains(&line.trim()), "not in the notice: {line:?}");
    }
}
