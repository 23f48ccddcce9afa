//! The reader on the worst inputs found so far (issue 12: an audit with a fuzzer and hand-made
//! shapes), each at 20 KB and 80 KB, beside a normal notice: reported as throughput, so a shape
//! whose cost grows faster than its size, or costs far more per byte than a notice, shows at
//! once. Run: `cargo bench --bench worst_cases`.
//!
//! The shapes: one sentence listing capitalised names or school levels separated by commas (read
//! in n² steps until 1 December 2026: every comma started a clause whose unit list ran to the
//! sentence's end), "và" chains, ";" runs, a request verb before a long list, a topic before a
//! long list, nested brackets, colons, a long run of words, persons, dates, list lines, numbers;
//! and the shapes of the rules added since: titled persons, ", đồng thời giao" runs, passives
//! with an agent, qualifiers before a modal, a dated lead paragraph of orders.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

mod notices;
use notices::notices;

/// (name, one repetition, separator, ending).
const SHAPES: [(&str, &str, &str, &str); 21] = [
    ("capitals-commas", "ABC", ", ", ""),
    ("school-levels-commas", "THCS", ", ", "."),
    ("va-chain", "Phòng A", " và ", " báo cáo."),
    ("semicolons", "Phòng A báo cáo", "; ", "."),
    ("request-list", "Phòng Giáo dục", ", ", " báo cáo."),
    ("topic-list", "trường B", ", ", ": báo cáo."),
    ("brackets", "(", "", "Phòng A)"),
    ("colons", "Phòng A", ": ", ""),
    ("words", "nhiệm vụ", " ", ""),
    ("persons", "ông Nguyễn Văn A", ", ", " phải báo cáo."),
    ("dates", "trước ngày 20/11", " ", ""),
    ("list-lines", "- Phòng A,", "\n", ""),
    ("numbers", "1.", ", ", ""),
    // Shapes of the rules added on 2 December 2026.
    (
        "titled-persons",
        "thầy Phó Hiệu trưởng phụ trách A",
        ", ",
        " phải báo cáo.",
    ),
    ("dong-thoi", "Phòng A báo cáo", ", đồng thời giao ", "."),
    ("passives", "phải được Phòng A", " ", " báo cáo."),
    (
        "qualifiers",
        "Các trường chưa báo cáo",
        " - ",
        " cần báo cáo.",
    ),
    (
        "lead-paragraph",
        "Ngày 12/3, đoàn đã kiểm tra",
        "; đoàn đề nghị các trường báo cáo; ",
        ".",
    ),
    // Shapes of 5 December 2026: phrases put first (a manner, a condition on whichever unit;
    // passed over by a call per phrase, n² until then), and capitalised words on one long line
    // (a paste that lost its breaks searched the rest of the line for a tab at each, n²).
    (
        "manners-first",
        "Theo thẩm quyền",
        ", ",
        " các trường báo cáo.",
    ),
    (
        "whichever-first",
        "Đơn vị nào chậm nộp",
        ", ",
        " Thủ trưởng đơn vị báo cáo.",
    ),
    ("capitalised-words", "Theo Kế hoạch", " ", "."),
];

/// A shape repeated to about `bytes` bytes.
fn shape(unit: &str, sep: &str, end: &str, bytes: usize) -> String {
    let prefix = match unit {
        "Phòng Giáo dục" => "Giao ",
        "trường B" => "Đối với ",
        _ => "",
    };
    let mut text = String::from(prefix);
    while text.len() + unit.len() + sep.len() + end.len() < bytes {
        text.push_str(unit);
        text.push_str(sep);
    }
    text.push_str(unit);
    text.push_str(end);
    text
}

fn worst_cases(c: &mut Criterion) {
    let mut group = c.benchmark_group("worst_cases");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    let notice = notices(80_000);
    group.throughput(Throughput::Bytes(notice.len() as u64));
    group.bench_with_input(BenchmarkId::new("notices", "80KB"), &notice, |b, t| {
        b.iter(|| ketluan::read(black_box(t)))
    });
    for (name, unit, sep, end) in SHAPES {
        for (label, bytes) in [("20KB", 20_000), ("80KB", 80_000)] {
            let text = shape(unit, sep, end, bytes);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, label), &text, |b, t| {
                b.iter(|| ketluan::read(black_box(t)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, worst_cases);
criterion_main!(benches);
