//! ketluan's pure core: reads a pasted *Thông báo kết luận* into a [`Document`] — canonical text,
//! structure, header fields, references, recipients and directives with owners and deadlines.
//!
//! No browser APIs here: the same core backs the web app (`src/app`, wasm32 only) and the CLI
//! (`src/bin/ketluan.rs`), and is tested natively with `cargo test`.

pub mod board;
pub mod document;
pub mod edit;
pub mod encoding;
pub mod explain;
pub mod export;
pub mod intake;
pub mod lexicon;
pub mod library;
mod named;
pub mod notice;
pub mod ocr_text;
pub mod opening;
mod order;
pub mod pasted_html;
pub mod pdf_text;
pub mod schedule;
pub mod word;
pub mod worker_jobs;

#[cfg(target_arch = "wasm32")]
pub mod app;

pub use document::Document;

/// Reads pasted text (any junk, any line endings) into a document with the reader's suggestions.
/// Never panics.
pub fn read(pasted: &str) -> Document {
    notice::read(pasted)
}

/// Reads a text handed over whole (a file read into memory) into the same document as [`read`],
/// with less memory: the text is let go as soon as its canonical form is made. Never panics.
pub fn read_owned(pasted: String) -> Document {
    notice::read_owned(pasted)
}
