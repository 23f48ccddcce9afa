//! The benchmark input, shared by `benches/read.rs` and `examples/stages.rs`: the three shared
//! notices (copied into tests/fixtures), joined, and repeated until the text holds at least
//! `size` bytes; always at least one copy of the three.

pub fn notices(size: usize) -> String {
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
    let mut text = String::with_capacity(size + one.len());
    loop {
        text.push_str(&one);
        text.push_str("\n\n");
        if text.len() >= size {
            return text;
        }
    }
}
