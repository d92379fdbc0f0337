use leptos::prelude::*;

use crate::web::dom;
use crate::widget::store::use_store;

/// "Skip to the questions" for keyboard users: the first thing Tab reaches.
/// It moves focus without touching the fragment, which may hold a result.
#[component]
pub fn SkipLink() -> impl IntoView {
    let strings = use_store().strings();
    view! {
        <a
            class="skip-link"
            href="#questions"
            on:click=move |event| {
                event.prevent_default();
                dom::focus_element("questions", None);
            }
        >
            {strings.skip_to_questions}
        </a>
    }
}
