//! Peak memory of one read (issue 12, item 3): the most heap held at once while the reader reads
//! a text handed over to it (`ketluan::read_owned`), the text itself included, is at most three
//! times the text — for notices, and for a notice that lost all its line breaks (one long line).
//!
//! Counted by this test binary's own allocator (every byte asked of the system, less every byte
//! given back), so the figure is exact and the same on any machine: no timing, no resident-set
//! noise. `scripts/measure-memory` gives the resident figures for 50 MB inputs
//! (docs/benchmarks.md, "Memory"). One test per binary: the count is the whole process's.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting.
struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = NOW.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is passed on to `System` unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                NOW.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// The size of each input: large enough that what the reader holds per byte dominates (the
/// lexicons' tables, about 0.5 MB whatever the input, would add 0.12x to a 4 MB one).
const SIZE: usize = 16_000_000;

/// The notices in a folder of tests/fixtures, in a fixed order.
fn notices_in(dir: &str) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("fixture text"))
        .collect()
}

/// `pieces` one after another (each followed by `gap`) until `SIZE` bytes, in one buffer of
/// exactly its length (no spare room counted against the reader).
fn repeated(pieces: &[String], gap: &str) -> String {
    let mut out = String::with_capacity(SIZE + 64 * 1024);
    'fill: loop {
        for p in pieces {
            if out.len() + p.len() + gap.len() > SIZE {
                break 'fill;
            }
            out.push_str(p);
            out.push_str(gap);
        }
    }
    out.shrink_to_fit();
    out
}

/// The most heap held while `text` is read, the text included, as a multiple of its size.
fn peak_times_input(text: String) -> f64 {
    let size = text.len();
    PEAK.store(NOW.load(Ordering::Relaxed), Ordering::Relaxed);
    let before = NOW.load(Ordering::Relaxed) - size; // what the process held besides the text
    let doc = ketluan::read_owned(text);
    assert!(!doc.directives.is_empty());
    let peak = PEAK.load(Ordering::Relaxed) - before;
    drop(doc);
    peak as f64 / size as f64
}

#[test]
fn a_read_holds_at_most_three_times_its_text() {
    // The inputs of `scripts/measure-memory`, smaller.
    let top = notices_in("tests/fixtures");
    let more = notices_in("tests/fixtures/made");
    assert!(
        top.len() >= 3 && !more.is_empty(),
        "the fixtures are missing"
    );
    // Notices one after another.
    let notices = repeated(&[top.clone(), more].concat(), "\n\n");
    // One long line: the notices with every line break a space, as a paste that lost them all.
    let flat: Vec<String> = top.iter().map(|t| t.replace(['\n', '\r'], " ")).collect();
    let line = repeated(&flat, " ");
    assert!(!line.contains('\n') && line.len() > SIZE / 2);

    let notices_peak = peak_times_input(notices);
    let line_peak = peak_times_input(line);
    println!("peak heap: notices {notices_peak:.2}x, one line {line_peak:.2}x the input");
    assert!(notices_peak <= 3.0, "notices: {notices_peak:.2}x the input");
    assert!(line_peak <= 3.0, "one long line: {line_peak:.2}x the input");
}
