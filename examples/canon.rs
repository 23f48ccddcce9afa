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
    while s.len() < 10_000_000 {
        s.push_str(&one);
        s.push_str("\n\n");
    }
    let mut n = 0;
    for _ in 0..10 {
        n += ketluan::notice::canonical::canonical(&s).len();
        n += ketluan::notice::text::fold(&s).len();
    }
    println!("{n}");
}
