//! Times each stage of the reader on the shared notices repeated to SIZE bytes (default 10 MB).
//! `SIZE=1000000 cargo run --release --example stages`
use ketluan::notice::*;
use std::time::Instant;

#[path = "../benches/notices.rs"]
mod notices;
use notices::notices;

fn main() {
    let size: usize = std::env::var("SIZE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000_000);
    let s = notices(size);
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
