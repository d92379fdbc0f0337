//! The Leptos pieces both pages share: the settings and their sync, the
//! board of notices and its view, and the header with its toolbar.

mod notice_board;
mod notices;
pub mod page_sync;
pub mod settings;
mod site_header;

pub use notice_board::NoticeBoard;
pub use notices::Notices;
pub use site_header::SiteHeader;
