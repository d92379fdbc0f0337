//! What the toolbar's buttons do on both pages: the language switch and
//! the large-text toggle, written as HTML text by
//! [`crate::markup::header::toolbar_buttons_html`] into the header that
//! holds them.

use leptos::prelude::*;

use super::settings::Settings;
use crate::web::dom;

/// The click handler of the header `header` holding the toolbar: the
/// language switch rebuilds the page in the other language and puts focus
/// back on the switch; the toggle turns large text on or off, and shows
/// whether it is pressed.
pub fn toolbar_clicks(
    settings: Settings,
    header: NodeRef<leptos::html::Header>,
) -> impl Fn(web_sys::MouseEvent) + Copy + 'static {
    let large_text = settings.large_text();
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
    move |event| {
        let Some(button) = dom::clicked_button(&event) else {
            return;
        };
        if button.id() == "language-switch" {
            settings.switch_language();
            request_animation_frame(|| dom::focus_element("language-switch", None));
        } else if button.class_name() == "large-text-toggle" {
            settings.toggle_large_text();
        }
    }
}
