//! What this browser keeps, as text: the answers in progress, the dated
//! results saved earlier, the notes and the action plan, and the
//! large-text choice. Reading and writing
//! that text is pure; putting it into localStorage is
//! [`crate::web::storage`]'s work.

pub mod notebook;
pub mod progress;
pub mod records;
pub mod snapshots;

/// The key of the large-text choice, `"1"` when on. The start-up script
/// reads it too (`scripts/postbuild/boot.mjs`, given it by
/// `src/bin/page-parts.rs`), so that a page opens in large text before the
/// wasm has arrived and nothing moves when it starts.
pub const LARGE_TEXT_KEY: &str = "selfcheck:large-text";

/// The key that says, `"1"`, the visitor was told once how to keep the
/// records (a file, a link), since this browser may clear them.
pub const RECORDS_ADVICE_KEY: &str = "selfcheck:records-advice";

/// The key of the notebook ([`notebook::Notebook`]) kept for a rubric.
pub fn notebook_key(rubric_id: &str) -> String {
    format!("selfcheck:{rubric_id}:notebook")
}

/// Whether `text` is a date as the widget writes it, `YYYY-MM-DD`.
pub fn is_date(text: &str) -> bool {
    text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}
