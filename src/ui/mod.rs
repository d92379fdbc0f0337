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
