//! The whole read (canonical text → directives → exported document) on the shared notices: the
//! three once (27.5 KB), and repeated to ~1 MB and ~10 MB, reported as throughput (bytes/s), so
//! that cost growing faster than size shows as falling MB/s. Run: `cargo bench --bench read`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

mod notices;
use notices::notices;

fn read(c: &mut Criterion) {
    let mut group = c.benchmark_group("read");
    // `notices(size)` holds at least one copy of the three, so the smallest input is all three.
    for (label, size) in [("3-notices", 0), ("1MB", 1_000_000), ("10MB", 10_000_000)] {
        let text = notices(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if size >= 10_000_000 {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(10));
        } else {
            group
                .sample_size(30)
                .measurement_time(Duration::from_secs(5));
        }
        group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, t| {
            b.iter(|| ketluan::read(black_box(t)))
        });
    }
    group.finish();
}

criterion_group!(benches, read);
criterion_main!(benches);
