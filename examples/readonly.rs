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
    let size: usize = std::env::var("SIZE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let mut s = String::new();
    while s.len() < size {
        s.push_str(&one);
        s.push_str("\n\n");
    }
    let d = ketluan::read(&s);
    println!("{} bytes {} directives", s.len(), d.directives.len());
}
