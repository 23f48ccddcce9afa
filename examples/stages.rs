//! Times each stage of the reader on the shared notices repeated to SIZE bytes (default 10 MB).
//! `SIZE=1000000 cargo run --release --example stages`
use ketluan::notice::*;
use std::time::Instant;
fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    let one: String = [
        "cantho-2020-so-ket-hk1.txt",
        "hanoi-2022-giao-ban-thang-9.txt",
        "haugiang-2018-giao-ban-web.txt",
    ]
    .iter()
    .map(|n| std::fs::read_to_string(format!("{dir}{n}")).unwrap_or_default())
    .collect::<Vec<_>>()
    .join("\n\n");
    let mut s = String::new();
    let size: usize = std::env::var("SIZE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000_000);
    while s.len() < size {
        s.push_str(&one);
        s.push_str("\n\n");
    }
    let t = Instant::now();
    let text = canonical::canonical(&s);
    println!("canonical {:?}", t.elapsed());
    let t = Instant::now();
    let low = text::fold(&text);
    println!("fold {:?}", t.elapsed());
    let t = Instant::now();
    let ls = lines::lines(&text, &low);
    println!("lines {:?}", t.elapsed());
    let t = Instant::now();
    let parts = layout::layout(&text, &low, &ls);
    println!("layout {:?}", t.elapsed());
    let t = Instant::now();
    let f = fields::fields(&text, &low, &ls, &parts);
    println!("fields {:?}", t.elapsed());
    let t = Instant::now();
    let mut refs = Vec::new();
    for l in &ls {
        refs.extend(references::references(&text, &low, l.start, l.end));
    }
    let rr: Vec<(usize, usize)> = refs.iter().map(|r| (r.start, r.end)).collect();
    println!("references {:?}", t.elapsed());
    let t = Instant::now();
    let b = directives::body(&text, &low, &ls, &parts, f.reference_date(), &rr);
    println!("body {:?} {}", t.elapsed(), b.directives.len());
    let t = Instant::now();
    let mut n = 0;
    for l in &ls {
        n += dates::find_days(&low, l.start, l.end).len();
    }
    println!("dates {:?} {n}", t.elapsed());
    let t = Instant::now();
    let d = ketluan::read(&s);
    println!("read {:?} {}", t.elapsed(), d.spans.len());
    let t = Instant::now();
    let j = d.to_json();
    println!("json {:?} {}", t.elapsed(), j.len());
}
