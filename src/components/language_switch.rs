use leptos::prelude::*;

use super::dom;
use crate::store::use_store;

/// Switches between Chinese and English, named in the language it switches
/// to, and records the choice in the address (`?lang=en`). The page is
/// rebuilt in the other language; focus returns to this switch.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let store = use_store();
    let other = store.lang().other();
    let switch = move |_| {
        store.switch_language();
        request_animation_frame(|| dom::focus_element("language-switch", None));
    };
    view! {
        <button type="button" id="language-switch" class="language-switch" lang=other.tag() on:click=switch>
            {store.strings().other_language}
        </button>
    }
}
