use leptos::prelude::*;

use crate::ui::settings::use_settings;
use crate::web::dom;

/// Switches between Chinese and English, named in the language it switches
/// to, and records the choice in the address (`?lang=en`). The page is
/// rebuilt in the other language; focus returns to this switch.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let settings = use_settings();
    let other = settings.lang().other();
    let switch = move |_| {
        settings.switch_language();
        request_animation_frame(|| dom::focus_element("language-switch", None));
    };
    view! {
        <button type="button" id="language-switch" class="language-switch" lang=other.tag() on:click=switch>
            {settings.strings().other_language}
        </button>
    }
}
