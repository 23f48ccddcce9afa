//! Prints how the reader reads a notice: its fields, references and directives with owners and
//! deadlines. `cargo run --example summary -- FILE`
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let pasted = std::fs::read_to_string(path).unwrap_or_default();
    let d = ketluan::read(&pasted);
    println!("{:?}", d.fields);
    for r in &d.references {
        println!("REF {} {:?} {:?}", r.symbol, r.doc_type, r.date);
    }
    for x in &d.directives {
        let t: String = x.text.chars().take(90).collect();
        println!("\n{} {}", x.id, t);
        for o in &x.owners {
            println!(
                "   owner {:?}{} {}",
                o.role,
                if o.implicit { " (implicit)" } else { "" },
                o.name
            );
        }
        if let Some(dl) = &x.deadline {
            println!(
                "   deadline {:?} {:?} «{}»{}",
                dl.kind,
                dl.due,
                dl.text,
                if dl.inherited { " (inherited)" } else { "" }
            );
        }
    }
}
