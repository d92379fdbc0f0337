use leptos::prelude::*;

use crate::page;
use crate::state::use_state;

/// Switches between Chinese and English, named in the language it switches
/// to, and records the choice in the address (`?lang=en`).
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = use_state();
    let switch = move |_| {
        let lang = state.lang.get_untracked().other();
        state.lang.set(lang);
        page::set_query_lang(lang);
    };
    view! {
        <button
            type="button"
            class="language-switch"
            lang=move || state.lang.get().other().tag()
            on:click=switch
        >
            {move || state.strings().other_language}
        </button>
    }
}
