//! The Leptos pieces both pages share: the settings and their sync, the
//! board of notices and its view, the header with its toolbar, and the
//! profile fields' selects.

mod notice_board;
mod notices;
pub mod page_sync;
mod profile_fields;
pub mod settings;
mod site_header;

pub use notice_board::NoticeBoard;
pub use notices::Notices;
pub use profile_fields::ProfileFields;
pub use site_header::SiteHeader;

/// What the page provides by context, as its components take it; panics
/// with `missing` if it is not there (a page started wrong). Not Leptos's
/// `expect_context`: its panic message formats the caller's location and
/// the type's name with `Debug`, about 1.7 KB of wasm at start.
pub fn provided<T: Clone + 'static>(missing: &str) -> T {
    leptos::prelude::use_context().expect(missing)
}
