//! The web app's entry point (wasm32). Built by Trunk; see README.

#[cfg(target_arch = "wasm32")]
fn main() {
    ketluan::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ketluan-web is the browser app: build it with `trunk build` (see README). For the command line, use `ketluan`.");
    std::process::exit(2);
}
