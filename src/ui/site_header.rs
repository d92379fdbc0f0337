//! The header both pages open with, written as HTML text by
//! [`crate::markup::header`], and what its toolbar's buttons do.

use leptos::prelude::*;

use super::settings::use_settings;
use crate::markup::Html;
use crate::web::dom;

/// `<header class="site-header">` holding `html`, whose toolbar's language
/// switch rebuilds the page in the other language and puts focus back on
/// the switch, and whose toggle turns large text on or off and shows
/// whether it is pressed.
#[component]
pub fn SiteHeader(
    /// The header's content, with the toolbar's buttons.
    html: Html,
) -> impl IntoView {
    let settings = use_settings();
    let large_text = settings.large_text();
    let header = NodeRef::<leptos::html::Header>::new();
    // In place, so that the toggle keeps focus.
    Effect::new(move |_| {
        let pressed = large_text.get().to_string();
        if let Some(toggle) = header
            .get()
            .and_then(|h| h.query_selector(".large-text-toggle").ok().flatten())
        {
            let _ = toggle.set_attribute("aria-pressed", &pressed);
        }
    });
    let clicked = move |event: web_sys::MouseEvent| {
        let Some(button) = dom::clicked_button(&event) else {
            return;
        };
        if button.id() == "language-switch" {
            settings.switch_language();
            request_animation_frame(|| dom::focus_element("language-switch", None));
        } else if button.class_name() == "large-text-toggle" {
            settings.toggle_large_text();
        }
    };
    view! {
        <header class="site-header" node_ref=header inner_html=html.into_string() on:click=clicked></header>
    }
}
