//! The library: every notice the user has read, kept side by side, none replacing another.
//!
//! The pure part lives here — what the list shows of a notice ([`summary`]), how the list is
//! searched ([`search`]), and the whole library as one versioned backup file ([`backup`]). Where
//! the notices are kept (IndexedDB in the browser) is the app's concern (`src/app/library_db.rs`).

pub mod backup;
pub mod search;
pub mod summary;

pub use backup::{
    backup_directory, parse_backup, read_to_stored, write_backup, write_stored, write_stored_with,
    BackupEntry, BackupError, Stored,
};
pub use search::matches;
pub use summary::{Counts, Summary, TaskDue};

/// Whether `id` can name a notice in the library: 1 to 64 ASCII letters, digits, `-` or `_`.
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::valid_id;

    #[test]
    fn ids_are_short_plain_words() {
        assert!(valid_id("n1a2b3"));
        assert!(valid_id("notice_2024-01"));
        assert!(!valid_id(""));
        assert!(!valid_id("có dấu"));
        assert!(!valid_id("a/b"));
        assert!(!valid_id(&"x".repeat(65)));
    }
}
