//! The Leptos pieces both pages share: the settings and their sync, the
//! board of notices and its view, and what the header's toolbar does.

mod notice_board;
mod notices;
pub mod page_sync;
pub mod settings;
pub mod toolbar;

pub use notice_board::NoticeBoard;
pub use notices::Notices;
