//! The Leptos pieces both pages share: the settings and their sync, the
//! board of notices and its view, the header with its toolbar, and a
//! profile field's select.

mod notice_board;
mod notices;
pub mod page_sync;
mod profile_select;
pub mod settings;
mod site_header;

pub use notice_board::NoticeBoard;
pub use notices::Notices;
pub use profile_select::ProfileSelect;
pub use site_header::SiteHeader;
