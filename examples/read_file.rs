//! Reads one file with the reader and prints how many directives it found: for measuring the
//! reader's peak memory on inputs larger than the CLI opens (8 MiB), e.g.
//! `/usr/bin/time -v target/release/examples/read_file big.txt` (README, "Memory").

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: read_file FILE");
        std::process::exit(2);
    };
    match std::fs::read(&path) {
        Ok(bytes) => {
            let size = bytes.len();
            // The bytes become the text without a copy when they are UTF-8, as a file mostly is.
            let text = String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            let doc = ketluan::read_owned(text);
            println!("{size} bytes, {} directives", doc.directives.len());
        }
        Err(e) => {
            eprintln!("{}: {e}", path.to_string_lossy());
            std::process::exit(1);
        }
    }
}
