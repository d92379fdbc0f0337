use leptos::prelude::*;

use crate::state::use_state;
use crate::storage;

/// The widget's own large-text mode (适老化): a toggle that enlarges all
/// text by 1.25× and is remembered in this browser.
#[component]
pub fn LargeTextToggle() -> impl IntoView {
    let state = use_state();
    let toggle = move |_| {
        let on = !state.large_text.get_untracked();
        state.large_text.set(on);
        storage::save_large_text(on);
    };
    view! {
        <button
            type="button"
            class="large-text-toggle"
            data-testid="large-text"
            aria-pressed=move || state.large_text.get().to_string()
            on:click=toggle
        >
            <span aria-hidden="true" class="large-text-icon">"A+"</span>
            {state.strings().large_text}
        </button>
    }
}
