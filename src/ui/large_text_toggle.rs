use leptos::prelude::*;

use crate::ui::settings::use_settings;

/// The widget's own large-text mode (适老化): a toggle that enlarges all
/// text by 1.25× and is remembered in this browser.
#[component]
pub fn LargeTextToggle() -> impl IntoView {
    let settings = use_settings();
    let large_text = settings.large_text();
    view! {
        <button
            type="button"
            class="large-text-toggle"
            data-testid="large-text"
            aria-pressed=move || large_text.get().to_string()
            on:click=move |_| settings.toggle_large_text()
        >
            <span aria-hidden="true" class="large-text-icon">"A+"</span>
            {settings.strings().large_text}
        </button>
    }
}
