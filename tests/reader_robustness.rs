//! The reader never panics and every offset it exports fits its text, on any input.

use ketluan::document::Document;
use proptest::prelude::*;

/// Every exported range is inside the text (in code points) and a directive's text is its slice.
fn check(doc: &Document) {
    let n = doc.text.chars().count();
    let ok = |s: usize, e: usize| s <= e && e <= n;
    for s in &doc.spans {
        assert!(ok(s.start, s.end), "span {s:?} outside {n}");
    }
    for r in &doc.recipients {
        assert!(ok(r.start, r.end));
        assert_eq!(doc.slice(r.start, r.end), r.text);
    }
    for r in &doc.references {
        assert!(ok(r.start, r.end));
    }
    for d in &doc.directives {
        assert!(ok(d.start, d.end));
        assert_eq!(
            doc.slice(d.start, d.end),
            d.text,
            "directive text is its slice"
        );
        for o in &d.owners {
            assert!(ok(o.start, o.end));
            assert_eq!(doc.slice(o.start, o.end), o.name);
        }
        if let Some(x) = &d.deadline {
            assert!(ok(x.start, x.end));
            assert_eq!(doc.slice(x.start, x.end), x.text);
        }
    }
}

fn read_and_check(text: &str) -> Document {
    let doc = ketluan::read(text);
    check(&doc);
    doc
}

#[test]
fn shared_notices_have_consistent_offsets() {
    for name in [
        "cantho-2020-so-ket-hk1.txt",
        "hanoi-2022-giao-ban-thang-9.txt",
        "haugiang-2018-giao-ban-web.txt",
    ] {
        let text = std::fs::read_to_string(format!(
            "{}/tests/fixtures/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture");
        let doc = read_and_check(&text);
        assert!(!doc.directives.is_empty());
        // Reading the canonical text again changes nothing: canonical form is a fixed point.
        assert_eq!(ketluan::read(&doc.text).text, doc.text);
    }
}

/// Inputs the fuzzer found (`tests/fixtures/fuzz`), read as its `read` target reads them.
#[test]
fn fuzz_found_inputs() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    for entry in std::fs::read_dir(dir)
        .expect("tests/fixtures/fuzz")
        .flatten()
    {
        let bytes = std::fs::read(entry.path()).expect("fuzz input");
        let text = String::from_utf8_lossy(&bytes);
        read_and_check(&text);
        check(&ketluan::intake::take_in(&text, true).document);
    }
}

#[test]
fn degenerate_inputs() {
    assert!(read_and_check("").directives.is_empty());
    assert!(read_and_check(" \n\t\r\n \u{a0}\u{200b} ").text.is_empty());
    read_and_check("\u{301}\u{323}\u{302}");
    read_and_check("Số:");
    read_and_check("Số: ");
    read_and_check("ngày 31/02/2020 quý V/2020 tháng 13/2020 trước ngày 99/99");
    read_and_check("Owl Image\nFlag Counter\nTìm kiếm | Đăng nhập\nTin khác\n-\n+");
    read_and_check("1.\n- \n* \nI.\na)\n:\n;\n.");
    read_and_check("Giao\nGiao phòng\nphối hợp\nphối hợp với\nCác đơn vị cần");
    let line = "Các đơn vị cần khẩn trương hoàn thành trước ngày 15/12/2022, phối hợp với Phòng Giáo dục. ".repeat(12_000);
    assert!(line.len() > 1_000_000);
    let doc = read_and_check(&line);
    assert!(!doc.directives.is_empty());
}

#[test]
fn decomposed_input_reads_like_composed() {
    let composed = std::fs::read_to_string(format!(
        "{}/tests/fixtures/cantho-2020-so-ket-hk1.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture");
    let decomposed: String =
        unicode_normalization::UnicodeNormalization::nfd(composed.as_str()).collect();
    assert_ne!(decomposed, composed);
    assert_eq!(ketluan::read(&decomposed), ketluan::read(&composed));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_string(s in any::<String>()) {
        read_and_check(&s);
    }

    #[test]
    fn folding_alongside_the_canonical_text_is_folding_it(s in any::<String>()) {
        let (text, low) = ketluan::notice::canonical::canonical_folded(&s);
        prop_assert_eq!(low, ketluan::notice::text::fold(&text));
    }

    #[test]
    fn vietnamese_like_text(s in "([A-ZĐa-zđáàảãạâấầẩẫậăắằẳẵặêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịóòỏõọúùủũụ0-9 ,.;:()/\\-*+•\n\t\u{a0}\u{301}\u{200b}]|Số: |ngày |tháng |năm |quý |Giao phòng |phối hợp với |cần |đã |Nơi nhận:|TL. |I\\. |1\\. |- ){0,200}") {
        read_and_check(&s);
    }

    #[test]
    fn notice_fragments(start in 0usize..15000, len in 0usize..3000) {
        let text = include_str!("fixtures/hanoi-2022-giao-ban-thang-9.txt");
        let chars: Vec<char> = text.chars().collect();
        let s = start.min(chars.len());
        let e = (s + len).min(chars.len());
        let piece: String = chars[s..e].iter().collect();
        read_and_check(&piece);
    }
}

#[test]
fn notices_pasted_together_read_like_each_alone() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let texts: Vec<String> = [
        "cantho-2020-so-ket-hk1.txt",
        "hanoi-2022-giao-ban-thang-9.txt",
        "haugiang-2018-giao-ban-web.txt",
        "cantho-2020-so-ket-hk1.txt",
    ]
    .iter()
    .map(|n| std::fs::read_to_string(format!("{dir}/{n}")).expect("fixture"))
    .collect();
    let alone: usize = texts
        .iter()
        .map(|t| ketluan::read(t).directives.len())
        .sum();
    let together = read_and_check(&texts.join("\n\n"));
    assert_eq!(together.directives.len(), alone);
}
