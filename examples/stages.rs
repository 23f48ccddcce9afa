//! Times each stage of the reader on the shared notices repeated to SIZE bytes (default 10 MB).
//! `SIZE=1000000 cargo run --release --example stages`. With `RUNS=n` every stage runs n times
//! and the fastest run is printed, so that stages can be compared at 1 MB and 10 MB without the
//! first run's page faults (`RUNS=5 SIZE=1000000 …`).
use ketluan::notice::*;
use std::time::{Duration, Instant};

#[path = "../benches/notices.rs"]
mod notices;
use notices::notices;

/// Runs `f` `runs` times; its last result and its fastest time.
fn timed<T>(runs: usize, mut f: impl FnMut() -> T) -> (T, Duration) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed());
        out = Some(r);
    }
    (out.expect("runs at least once"), best)
}

fn main() {
    let var = |name: &str, default: usize| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let (size, runs) = (var("SIZE", 10_000_000), var("RUNS", 1));
    let s = notices(size);
    let mb = s.len() as f64 / 1e6;
    let report = |name: &str, d: Duration, extra: String| {
        let ms = d.as_secs_f64() * 1e3;
        println!("{name:<11} {ms:>9.3} ms {:>7.3} ms/MB {extra}", ms / mb);
    };
    let (text, d) = timed(runs, || canonical::canonical(&s));
    report("canonical", d, String::new());
    let (low, d) = timed(runs, || text::fold(&text));
    report("fold", d, String::new());
    let (ls, d) = timed(runs, || lines::lines(&text, &low));
    report("lines", d, String::new());
    let (parts, d) = timed(runs, || layout::layout(&text, &low, &ls));
    report("layout", d, String::new());
    let (f, d) = timed(runs, || fields::fields(&text, &low, &ls, &parts));
    report("fields", d, String::new());
    let (rr, d) = timed(runs, || {
        let mut refs = Vec::new();
        for l in &ls {
            refs.extend(references::references(&text, &low, l.start, l.end));
        }
        refs.iter().map(|r| (r.start, r.end)).collect::<Vec<_>>()
    });
    report("references", d, String::new());
    let (b, d) = timed(runs, || {
        directives::body(&text, &low, &ls, &parts, f.reference_date(), &rr)
    });
    report("body", d, format!("{}", b.directives.len()));
    let (n, d) = timed(runs, || {
        ls.iter()
            .map(|l| dates::find_days(&low, l.start, l.end).len())
            .sum::<usize>()
    });
    report("dates", d, format!("{n}"));
    let (doc, d) = timed(runs, || ketluan::read(&s));
    report("read", d, format!("{}", doc.spans.len()));
    let (j, d) = timed(runs, || doc.to_json());
    report("json", d, format!("{}", j.len()));
}
