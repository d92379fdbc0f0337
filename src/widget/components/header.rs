use leptos::prelude::*;

use crate::model::i18n::fill;
use crate::ui::{LanguageSwitch, LargeTextToggle};
use crate::widget::store::use_store;

/// The page header: what this checks, that answers stay here, how long it
/// takes; with the language switch and the large-text toggle.
#[component]
pub fn Header() -> impl IntoView {
    let store = use_store();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric());
    let count = rubric.item_count().to_string();
    let intro = fill(
        strings.intro,
        &[("guide", rubric.name.get(lang)), ("count", &count)],
    );
    view! {
        <header class="site-header">
            <div class="toolbar">
                <LanguageSwitch/>
                <LargeTextToggle/>
            </div>
            <h1>{rubric.short_name.get(lang)}</h1>
            <p class="intro">{intro}</p>
            <ul class="promises">
                <li>{strings.privacy}</li>
                <li>{strings.duration}</li>
            </ul>
        </header>
    }
}
