use leptos::prelude::*;

use crate::engine::{self, Change};
use crate::i18n::fill;
use crate::page;
use crate::state::use_state;

/// What to do next: the planner's fewest changes to the next level, each
/// with the guide's description of what to put on the cloud.
#[component]
pub fn NextSteps() -> impl IntoView {
    let state = use_state();
    let rubric = state.rubric;
    let lang = move || state.lang.get();
    let level_name = move |level: usize| rubric.levels[level].name.get(lang()).to_string();
    let step = move |change: Change| {
        let item = rubric
            .items()
            .nth(change.item)
            .expect("planned items exist")
            .item;
        let from = move || match state.shown.with(|a| a.get(change.item)) {
            Some(choice) => rubric.scale[usize::from(choice)]
                .label
                .get(lang())
                .to_string(),
            None => state.strings().unanswered.to_string(),
        };
        let to = move || {
            let answer = rubric.scale[usize::from(change.to)].label.get(lang());
            fill(state.strings().change_to, &[("answer", answer)])
        };
        let target = format!("item-{}", item.id);
        view! {
            <li>
                <p class="step-title">
                    <button
                        type="button"
                        class="link-button"
                        on:click=move |_| page::focus_element(&target, Some("input"))
                    >
                        {move || item.title.get(lang()).to_string()}
                    </button>
                    <span class="step-change">{from}" → "{to}</span>
                </p>
                <p class="step-description">{move || item.description.get(lang()).to_string()}</p>
            </li>
        }
    };
    let content = move || match state.next_steps.get() {
        engine::NextSteps::TopLevel => {
            view! { <p class="top-level">{state.strings().top_level}</p> }.into_any()
        }
        engine::NextSteps::Reach { level, changes } => {
            let count = changes.len().to_string();
            view! {
                <h3>{fill(state.strings().next_steps, &[("level", &level_name(level))])}</h3>
                <p>{fill(state.strings().next_steps_intro, &[("count", &count)])}</p>
                <ol class="steps">{changes.into_iter().map(step).collect_view()}</ol>
            }
            .into_any()
        }
        engine::NextSteps::Blocked { level, parts } => {
            let separator = state.strings().list_separator;
            let parts: Vec<&str> = parts
                .iter()
                .map(|&p| rubric.parts[p].title.get(lang()))
                .collect();
            let message = fill(
                state.strings().blocked,
                &[
                    ("parts", &parts.join(separator)),
                    ("level", &level_name(level)),
                ],
            );
            view! { <p class="blocked">{message}</p> }.into_any()
        }
    };
    view! { <section class="next-steps" data-testid="next-steps">{content}</section> }
}
