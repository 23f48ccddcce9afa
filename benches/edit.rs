//! The user's work over large notices: re-reading a changed text with the user's work carried
//! over (1,000 / 8,000 / 32,000 directives), and importing a saved JSON file (10,000 / 100,000
//! directives). Reported as throughput (bytes of the new text, bytes of JSON), so cost growing
//! faster than size shows as falling MB/s. Run: `cargo bench --bench edit`.
//!
//! The re-read inputs are built here: a notice of N numbered directives read with
//! `ketluan::read`; every directive gets an owner of the user's (offered at the words "nhiệm vụ"
//! and applied in one step with `Editor::apply_offers`) and one in fifty a status set with
//! `Editor::set_status`. Then the text changes, and the editor re-reads with the reader's output
//! for it (the read itself is not timed):
//! - `top`: a word inserted near the top; every directive lies in the part both texts end with;
//! - `both-ends`: a line added at the top and the last line changed; every directive lies between
//!   the changes and is looked for near its old place.
//!
//! The import input is a saved file of N directives, one a line, as compact as the format allows
//! (no spans, owners or explanations): about 100 bytes of JSON a directive.

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use ketluan::document::{Directive, Role, Source, Status};
use ketluan::edit::Editor;
use ketluan::Document;
use std::hint::black_box;
use std::time::Duration;

const UNITS: [&str; 6] = [
    "Phòng Giáo dục Trung học",
    "Phòng Giáo dục Tiểu học",
    "Văn phòng Sở",
    "Phòng Tổ chức cán bộ",
    "Phòng Kế hoạch Tài chính",
    "Thanh tra Sở",
];

/// A notice of `n` numbered directives; `both_ends` changes its first and last lines.
fn notice(n: usize, both_ends: bool) -> String {
    let mut t = String::from(
        "THÔNG BÁO\nKết luận của Giám đốc Sở tại hội nghị giao ban tháng 10 năm 2022\n\n\
         Giám đốc Sở kết luận và chỉ đạo như sau:\n\n",
    );
    if both_ends {
        t.insert_str(0, "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n");
    }
    for i in 1..=n {
        let unit = UNITS[i % UNITS.len()];
        t.push_str(&format!(
            "{i}. Giao {unit} báo cáo kết quả thực hiện nhiệm vụ số {i} trước ngày 15/12/2022.\n"
        ));
    }
    t.push_str(if both_ends {
        "\nNơi nhận: các phòng, ban thuộc Sở.\n"
    } else {
        "\nNơi nhận:\n"
    });
    t
}

/// An editor over the notice of `n` directives, each with the user's work.
fn worked(n: usize) -> Editor {
    let mut ed = Editor::new(ketluan::read(&notice(n, false)));
    assert_eq!(
        ed.doc().directives.len(),
        n,
        "the reader finds every directive"
    );
    let offers = ed.offers_for("nhiệm vụ");
    assert_eq!(ed.apply_offers(&offers, Role::Support), n);
    let ids: Vec<String> = ed.doc().directives.iter().map(|d| d.id.clone()).collect();
    for id in ids.iter().step_by(50) {
        ed.set_status(id, Status::Confirmed)
            .expect("a directive of the notice");
    }
    ed
}

fn reread(c: &mut Criterion) {
    let mut group = c.benchmark_group("reread");
    group.sample_size(10);
    for n in [1_000, 8_000, 32_000] {
        let ed = worked(n);
        let top = notice(n, false).replacen("hội nghị giao ban", "hội nghị giao ban định kỳ", 1);
        for (label, changed) in [("top", top), ("both-ends", notice(n, true))] {
            let fresh: Document = ketluan::read(&changed);
            group.throughput(Throughput::Bytes(changed.len() as u64));
            group.bench_with_input(BenchmarkId::new(label, n), &fresh, |b, fresh| {
                b.iter_batched(
                    || (ed.clone(), fresh.clone()),
                    |(mut ed, fresh)| {
                        let orphans = ed.reread_with(black_box(fresh));
                        assert!(orphans.is_empty());
                        (ed, orphans)
                    },
                    BatchSize::LargeInput,
                )
            });
        }
    }
    group.finish();
}

/// A saved file of `n` directives, one a line.
fn saved(n: usize) -> String {
    let mut doc = Document::empty();
    let mut at = 0;
    for i in 1..=n {
        let line = format!("{i}. Báo cáo kết quả số {i}.");
        let len = line.chars().count();
        doc.text.push_str(&line);
        doc.text.push('\n');
        doc.directives.push(Directive {
            id: format!("d{i}"),
            start: at,
            end: at + len,
            text: line,
            owners: Vec::new(),
            deadline: None,
            status: Status::Suggested,
            source: Source::Auto,
            why: None,
            done: None,
            extended: None,
            edited: Default::default(),
        });
        at += len + 1;
    }
    doc.to_json()
}

fn import(c: &mut Criterion) {
    let mut group = c.benchmark_group("import_json");
    for n in [10_000, 100_000] {
        let json = saved(n);
        group.throughput(Throughput::Bytes(json.len() as u64));
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(5));
        group.bench_with_input(BenchmarkId::from_parameter(n), &json, |b, json| {
            b.iter(|| ketluan::edit::import_json(black_box(json)))
        });
    }
    group.finish();
}

criterion_group!(benches, reread, import);
criterion_main!(benches);
