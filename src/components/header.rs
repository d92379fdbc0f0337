use leptos::prelude::*;

use super::language_switch::LanguageSwitch;
use super::large_text_toggle::LargeTextToggle;
use crate::i18n::fill;
use crate::state::use_state;

/// The page header: what this checks, that answers stay here, how long it
/// takes; with the language switch and the large-text toggle.
#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let rubric = state.rubric;
    let intro = move || {
        let lang = state.lang.get();
        let count = rubric.item_count().to_string();
        fill(
            state.strings().intro,
            &[("guide", rubric.name.get(lang)), ("count", &count)],
        )
    };
    view! {
        <header class="site-header">
            <div class="toolbar">
                <LanguageSwitch/>
                <LargeTextToggle/>
            </div>
            <h1>{move || rubric.short_name.get(state.lang.get()).to_string()}</h1>
            <p class="intro">{intro}</p>
            <ul class="promises">
                <li>{move || state.strings().privacy}</li>
                <li>{move || state.strings().duration}</li>
            </ul>
        </header>
    }
}
