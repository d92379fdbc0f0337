use leptos::prelude::*;

use crate::page;
use crate::state::use_state;

/// Switches between Chinese and English, named in the language it switches
/// to, and records the choice in the address (`?lang=en`). The page is
/// rebuilt in the other language; focus returns to this switch.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = use_state();
    let other = state.lang().other();
    let switch = move |_| {
        state.lang.set(other);
        page::set_query_lang(other);
        request_animation_frame(|| page::focus_element("language-switch", None));
    };
    view! {
        <button type="button" id="language-switch" class="language-switch" lang=other.tag() on:click=switch>
            {state.strings().other_language}
        </button>
    }
}
