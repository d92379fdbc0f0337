use leptos::prelude::*;

use crate::engine::Answers;
use crate::page;
use crate::state::use_state;

/// On narrow screens, a bar at the bottom that keeps the progress, score
/// and level at hand and jumps to the full result.
#[component]
pub fn MobileBar() -> impl IntoView {
    let state = use_state();
    let (lang, strings, rubric) = (state.lang(), state.strings(), state.rubric);
    let total = rubric.item_count();
    let score = move || strings.score(state.evaluation.with(|e| e.overall_score(rubric)));
    let level = move || {
        let level = state.evaluation.with(|e| e.level);
        rubric.levels[level].name.get(lang)
    };
    view! {
        <div class="mobile-bar">
            <span class="mobile-progress">
                {move || format!("{}/{total}", state.shown.with(Answers::answered))}
            </span>
            <span class="mobile-score">{score}" · "{level}</span>
            <button
                type="button"
                class="primary"
                on:click=move |_| page::focus_element("result-heading", None)
            >
                {strings.see_result}
            </button>
        </div>
    }
}
