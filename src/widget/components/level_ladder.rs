use leptos::prelude::*;

use crate::widget::store::use_store;

/// The levels from lowest to highest with the one reached marked, so the
/// level reads as a step on a ladder, not only as a name.
#[component]
pub fn LevelLadder() -> impl IntoView {
    let store = use_store();
    let lang = store.lang();
    let reached = move || store.evaluation.with(|e| e.level);
    let steps = store
        .rubric()
        .levels()
        .map(|(n, level)| {
            view! {
                <li
                    class:reached=move || n <= reached()
                    class:current=move || n == reached()
                    aria-current=move || (n == reached()).then_some("step")
                >
                    <span class="ladder-id">{level.id.clone()}</span>
                    <span class="ladder-name">{level.name.get(lang)}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="level-ladder">{steps}</ol> }
}
