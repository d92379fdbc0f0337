//! The pieces of the page, one component a file. Components read the store
//! ([`crate::store`]) and call its intents; they never touch storage or
//! the address themselves (that is [`crate::sync`]'s work).

mod comparison;
mod dom;
mod group_chart;
mod header;
mod language_switch;
mod large_text_toggle;
mod level_ladder;
mod mobile_bar;
mod next_steps;
mod notices;
mod print_header;
mod qr_code;
mod questionnaire;
mod section_nav;
mod share_image;
mod share_panel;
mod shared_banner;
mod skip_link;
mod snapshot_panel;
mod summary;

pub use header::Header;
pub use language_switch::LanguageSwitch;
pub use large_text_toggle::LargeTextToggle;
pub use mobile_bar::MobileBar;
pub use notices::Notices;
pub use print_header::PrintHeader;
pub use questionnaire::Questionnaire;
pub use section_nav::SectionNav;
pub use shared_banner::SharedBanner;
pub use skip_link::SkipLink;
pub use summary::Summary;

use crate::rubric::Item;

/// The element id of an item's fieldset.
fn item_anchor(item: &Item) -> String {
    format!("item-{}", item.id)
}

/// The element id of a group's heading.
fn group_anchor(group_id: &str) -> String {
    format!("group-{group_id}")
}

pub use dom::{confirm, download, file_text, print};

/// Scrolls to an item and puts focus on its first answer.
fn focus_item(item: &Item) {
    dom::focus_element(&item_anchor(item), Some("input"));
}
