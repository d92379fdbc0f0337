use leptos::prelude::*;

use crate::model::engine::Answers;
use crate::web::dom;
use crate::widget::store::use_store;

/// On narrow screens, a bar at the bottom that keeps the progress, score
/// and level at hand and jumps to the full result.
#[component]
pub fn MobileBar() -> impl IntoView {
    let store = use_store();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric());
    let total = rubric.item_count();
    let score = move || strings.score(store.evaluation.with(|e| e.overall_score(rubric)));
    let level = move || {
        rubric
            .level(store.evaluation.with(|e| e.level))
            .name
            .get(lang)
    };
    view! {
        <div class="mobile-bar">
            <span class="mobile-progress">
                {move || format!("{}/{total}", store.shown.with(Answers::answered))}
            </span>
            <span class="mobile-score">{score}" · "{level}</span>
            <button
                type="button"
                class="primary"
                on:click=move |_| dom::focus_element("result-heading", None)
            >
                {strings.see_result}
            </button>
        </div>
    }
}
