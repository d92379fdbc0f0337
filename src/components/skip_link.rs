use leptos::prelude::*;

use crate::page;
use crate::state::use_state;

/// "Skip to the questions" for keyboard users: the first thing Tab reaches.
/// It moves focus without touching the fragment, which may hold a result.
#[component]
pub fn SkipLink() -> impl IntoView {
    let state = use_state();
    view! {
        <a
            class="skip-link"
            href="#questions"
            on:click=move |event| {
                event.prevent_default();
                page::focus_element("questions", None);
            }
        >
            {move || state.strings().skip_to_questions}
        </a>
    }
}
