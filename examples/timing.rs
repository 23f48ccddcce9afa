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
    for target in [30_000usize, 1_000_000, 10_000_000] {
        let mut s = String::new();
        while s.len() < target {
            s.push_str(&one);
            s.push_str("\n\n");
        }
        let t = Instant::now();
        let d = ketluan::read(&s);
        let el = t.elapsed();
        println!(
            "{} bytes: {:?} ({:.1} MB/s), {} directives",
            s.len(),
            el,
            s.len() as f64 / el.as_secs_f64() / 1e6,
            d.directives.len()
        );
    }
    let line = "Các đơn vị cần khẩn trương hoàn thành trước ngày 15/12/2022, phối hợp với Phòng Giáo dục. ".repeat(12_000);
    let t = Instant::now();
    let d = ketluan::read(&line);
    println!(
        "1MB line: {:?}, {} directives",
        t.elapsed(),
        d.directives.len()
    );
}
