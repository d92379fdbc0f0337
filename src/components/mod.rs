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

use crate::html::escape;
use crate::i18n::Strings;
use crate::questions::item_anchor;
use crate::rubric::Item;

pub use dom::{confirm, download, file_text, print, printed_on};

/// Scrolls to an item and puts focus on its first answer.
fn focus_item(item: &Item) {
    dom::focus_element(&item_anchor(&item.id), Some("input"));
}

/// What stands in place of a feature whose code could not be fetched (see
/// `#[wasm_split]` in the components): the message and a retry button
/// (`data-retry`).
fn unavailable_html(strings: &Strings) -> String {
    format!(
        "<p class=\"unavailable\" role=\"status\">{}</p><button type=\"button\" data-retry>{}</button>",
        escape(strings.feature_unavailable),
        escape(strings.try_again)
    )
}
