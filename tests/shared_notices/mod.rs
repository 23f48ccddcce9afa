//! The notices in ../shared/notices, as stored, for the suites that read every one of them in
//! another shape (`encodings`: legacy encodings; `copy_layouts`: how a copy lays its lines out).

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/notices");

/// Every notice: (file name, text as stored), by name.
pub fn notices() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(SHARED)
        .expect("../shared/notices")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(&p).expect("notice"))
        })
        .collect();
    out.sort();
    assert!(out.len() >= 18, "the shared notices: {}", out.len());
    out
}
