//! The Leptos pieces both pages share: the settings and their sync, the
//! board of notices and its view, and the two switches of the header.

mod language_switch;
mod large_text_toggle;
mod notice_board;
mod notices;
pub mod page_sync;
pub mod settings;

pub use language_switch::LanguageSwitch;
pub use large_text_toggle::LargeTextToggle;
pub use notice_board::NoticeBoard;
pub use notices::Notices;
