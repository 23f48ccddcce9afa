//! Converting legacy-encoded text to Unicode (`ketluan::encoding::to_unicode`) when a whole
//! document arrives as one long line (a paste with its line breaks lost): reported as throughput
//! at two lengths, so that cost growing faster than the line would show as falling MB/s. The
//! converters look at a word's neighbours (TCVN3's capitals, VNI's marks); this is where that
//! must stay linear. Run: `cargo bench --bench convert`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ketluan::encoding::{to_unicode, Legacy};
use std::hint::black_box;
use std::time::Duration;

/// Words as typed in each encoding ("các và được Phòng GD&ĐT thông báo"), one line.
const WORDS: [(Legacy, &str); 2] = [
    (Legacy::Tcvn3, "c¸c vµ ®\u{AD}îc Phßng GD&§T th«ng b¸o "),
    (Legacy::Vni, "caùc vaø ñöôïc Phoøng GD&ÑT thoâng baùo "),
];

fn convert(c: &mut Criterion) {
    let mut group = c.benchmark_group("convert");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for (encoding, words) in WORDS {
        for size in [100_000usize, 1_000_000] {
            let line = words.repeat(size / words.len() + 1);
            let converted = to_unicode(&line);
            // The benchmark measures a conversion, not the quick look at Unicode text.
            assert_eq!(
                converted.encoding,
                Some(encoding),
                "{encoding:?} not detected"
            );
            group.throughput(Throughput::Bytes(line.len() as u64));
            let id = BenchmarkId::new(format!("{encoding:?}-one-line"), size);
            group.bench_with_input(id, &line, |b, t| b.iter(|| to_unicode(black_box(t))));
        }
    }
    group.finish();
}

criterion_group!(benches, convert);
criterion_main!(benches);
