//! Prints the text `ketluan::pdf_text` rebuilds from a PDF's items (`NAME.pdf.json`, written by
//! `scripts/pdf-items.mjs`): `cargo run --example pdf_text -- FILE.pdf.json`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: pdf_text FILE.pdf.json");
        std::process::exit(2);
    };
    match std::fs::read_to_string(&path)
        .ok()
        .and_then(|j| ketluan::pdf_text::text_of(&j))
    {
        Some(text) => print!("{text}"),
        None => {
            eprintln!("{path}: not a list of pdf.js pages");
            std::process::exit(1);
        }
    }
}
