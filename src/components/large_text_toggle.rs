use leptos::prelude::*;

use crate::store::use_store;

/// The widget's own large-text mode (适老化): a toggle that enlarges all
/// text by 1.25× and is remembered in this browser.
#[component]
pub fn LargeTextToggle() -> impl IntoView {
    let store = use_store();
    let large_text = store.large_text();
    view! {
        <button
            type="button"
            class="large-text-toggle"
            data-testid="large-text"
            aria-pressed=move || large_text.get().to_string()
            on:click=move |_| store.toggle_large_text()
        >
            <span aria-hidden="true" class="large-text-icon">"A+"</span>
            {store.strings().large_text}
        </button>
    }
}
