//! The task board over a big library: 500 notices of 20 tasks (10,000 tasks). What the board does
//! when it opens (rows from the summaries, the unit index, the first filter: sorted by due date)
//! and at each keystroke of a search or each change of a filter (in the order made at opening),
//! and the report per unit.
//! Run: `cargo bench --bench board`. The browser's figures (the same library in IndexedDB, the
//! board drawn) come from `node tests/e2e/bench-board.mjs`.

use criterion::{criterion_group, criterion_main, Criterion};
use ketluan::board::filter::{apply, Prepared};
use ketluan::board::{rows_of, unit_key, Filter, UnitIndex, UnitReport};
use ketluan::library::{Summary, TaskDue};
use std::hint::black_box;

const UNITS: [&str; 8] = [
    "Phòng Giáo dục Trung học",
    "Phòng GD&ĐT",
    "Phòng Giáo dục và Đào tạo",
    "Văn phòng Sở",
    "Phòng Tổ chức cán bộ",
    "Phòng Kế hoạch - Tài chính",
    "Thanh tra Sở",
    "các trường THPT",
];

/// 500 notices of 20 tasks, due across two years, one in five done.
pub fn library() -> Vec<Summary> {
    (0..500)
        .map(|n| Summary {
            id: format!("n{n}"),
            number: Some(format!("{}/TB-SGDĐT", n + 1)),
            issued_date: Some(format!("2025-{:02}-{:02}", n % 12 + 1, n % 28 + 1)),
            subject: Some(format!("Kết luận của Giám đốc Sở tại cuộc họp giao ban số {n}")),
            tasks: (0..20)
                .map(|t| TaskDue {
                    id: format!("d{}", t + 1),
                    text: format!(
                        "Chỉ đạo các đơn vị rà soát, tổng hợp và báo cáo kết quả thực hiện nhiệm vụ số {t} của thông báo {n}, bảo đảm đúng tiến độ và chất lượng."
                    ),
                    lead: vec![UNITS[(n + t) % UNITS.len()].to_string()],
                    support: vec![UNITS[(n + t + 3) % UNITS.len()].to_string()],
                    due: (t % 7 != 0).then(|| format!("{}-{:02}-{:02}", 2025 + (t % 2), (n + t) % 12 + 1, t % 28 + 1)),
                    was: None,
                    done: (t % 5 == 0).then(|| "2025-06-01".to_string()),
                    note: String::new(),
                })
                .collect(),
            updated: n as f64,
            ..Summary::default()
        })
        .collect()
}

fn board(c: &mut Criterion) {
    let list = library();
    let today = "2026-01-15";
    let mut group = c.benchmark_group("board-10000-tasks");
    group.sample_size(20);
    group.bench_function("open (rows, units, sorted)", |b| {
        b.iter(|| {
            let rows = rows_of(black_box(&list), today);
            let units = UnitIndex::of(&rows);
            black_box((apply(&rows, &Filter::default()).len(), units.units.len()))
        })
    });
    let rows = rows_of(&list, today);
    let units = UnitIndex::of(&rows);
    // As the board does: the rows put in order once per reading, each filter applied in it.
    let prepared = Prepared::of(&rows);
    for (name, text) in [
        ("search 'b'", "b"),
        ("search 'bao cao tien do'", "bao cao tien do"),
    ] {
        let f = Filter {
            text: text.into(),
            ..Filter::default()
        };
        group.bench_function(name, |b| {
            b.iter(|| black_box(prepared.apply(&rows, &f).len()))
        });
    }
    let f = Filter {
        unit: Some(unit_key("Phòng GD&ĐT")),
        ..Filter::default()
    };
    group.bench_function("filter by unit", |b| {
        b.iter(|| black_box(prepared.apply(&rows, &f).len()))
    });
    let all = apply(&rows, &Filter::default());
    group.bench_function("report per unit", |b| {
        b.iter(|| black_box(UnitReport::of(&rows, &all, &units).lines.len()))
    });
    group.finish();
}

criterion_group!(benches, board);
criterion_main!(benches);
