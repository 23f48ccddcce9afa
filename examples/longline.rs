fn main() {
    let line = "Các đơn vị cần khẩn trương hoàn thành trước ngày 15/12/2022, phối hợp với Phòng Giáo dục. ".repeat(12_000);
    let d = ketluan::read(&line);
    println!("{}", d.directives.len());
}
