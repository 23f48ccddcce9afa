//! Prints each line of a notice with the part the layout gives it and its list marker.
//! `cargo run --example parts -- FILE`
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let pasted = std::fs::read_to_string(path).unwrap_or_default();
    let text = ketluan::notice::canonical::canonical(&pasted);
    let low = ketluan::notice::text::fold(&text);
    let lines = ketluan::notice::lines::lines(&text, &low);
    let parts = ketluan::notice::layout::layout(&text, &low, &lines);
    for (l, p) in lines.iter().zip(parts) {
        let t: String = text[l.start..l.end].chars().take(70).collect();
        println!("{:?}\t{:?}\t{}", p, l.marker, t);
    }
}
