//! The pieces of the page, one component a file. Components read the store
//! ([`crate::widget::store`]) and call its intents; they never touch storage or
//! the address themselves (that is [`crate::widget::sync`]'s work).

mod comparison;
mod group_chart;
mod header;
mod level_ladder;
mod mobile_bar;
mod next_steps;
mod peer_standing;
mod plan;
mod print_declaration;
mod print_header;
mod profile_questions;
mod progress_row;
mod qr_code;
mod questionnaire;
mod records;
mod section_nav;
mod share_image;
mod share_panel;
mod shared_banner;
mod skip_link;
mod snapshot_panel;
mod summary;

pub use header::Header;
pub use mobile_bar::MobileBar;
use plan::draw_plan_soon;
pub use plan::hand_on;
pub use print_declaration::PrintDeclaration;
pub use print_header::PrintHeader;
pub use questionnaire::Questionnaire;
pub use records::records_link_opened;
pub use section_nav::SectionNav;
pub use shared_banner::SharedBanner;
pub use skip_link::SkipLink;
pub use summary::Summary;

use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::markup::questions::item_anchor;
use crate::markup::Form;
use crate::model::rubric::Item;
use crate::widget::store::Store;

/// How the page's own answers are written, tracked: read-only while a
/// shared result is on screen.
fn answers_form(store: Store) -> Form {
    if store.is_shared() {
        Form::ReadOnly
    } else {
        Form::Live
    }
}

/// Scrolls to an item and puts focus on its first answer.
fn focus_item(item: &Item) {
    crate::web::dom::focus_element(&item_anchor(&item.id), Some("input"));
}

/// Hands `element` to the code fetched on first use ([`first_use_acted`]);
/// where that code cannot be fetched, says so. One future type for every
/// caller, since each costs start-up bytes.
fn act_on_first_use(store: Store, element: web_sys::Element) {
    leptos::task::spawn_local(async move {
        if first_use_acted(store, element).await.is_err() {
            store
                .notices
                .notify(crate::model::notice::Notice::Unfetched);
        }
    });
}

/// What an element of a part whose code is fetched on first use asks for:
/// a control of the notes or the plan, or the plan's section to be drawn
/// ([`plan::notebook_acted`]); a button or the file input of the records
/// ([`records::records_clicked`]); a button of the saved results
/// ([`snapshot_panel::saved_result_clicked`]). One split point for all of
/// them, since each costs 1–2 KiB at start; `Err` where that module could
/// not be fetched.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
fn first_use_acted(store: Store, element: web_sys::Element) -> Result<(), SplitLoaderError> {
    if !plan::notebook_acted(store, &element) && !records::records_clicked(store, &element) {
        snapshot_panel::saved_result_clicked(store, &element);
    }
    Ok(())
}
