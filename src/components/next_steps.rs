use leptos::prelude::*;

use super::dom;

use crate::engine::{self, Change};
use crate::i18n::fill;
use crate::rubric::LevelIx;
use crate::store::use_store;

/// What to do next: the planner's fewest changes to the next level, each
/// with the guide's description of what to put on the cloud.
#[component]
pub fn NextSteps() -> impl IntoView {
    let store = use_store();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric());
    let level_name = move |level: LevelIx| rubric.level(level).name.get(lang);
    let step = move |change: Change| {
        let item = rubric.item(change.item);
        let from = match store.shown.with_untracked(|a| a.get(change.item)) {
            Some(choice) => rubric.answer(choice).label.get(lang),
            None => strings.unanswered,
        };
        let to = rubric.answer(change.to).label.get(lang);
        let to = fill(strings.change_to, &[("answer", to)]);
        view! {
            <li>
                <p class="step-title">
                    <button
                        type="button"
                        class="link-button"
                        on:click=move |_| super::focus_item(item)
                    >
                        {item.title.get(lang)}
                    </button>
                    <span class="step-change">{format!("{from} → {to}")}</span>
                </p>
                <p class="step-description">{item.description.get(lang)}</p>
            </li>
        }
    };
    // Rebuilt when the plan or the answers change (a step shows the current
    // answer); a handful of elements.
    // Planned once the tap that changed the answers has been painted.
    let plan = dom::after_paint(
        move || store.shown.track(),
        move || store.next_steps.get_untracked(),
    );
    let content = move || match plan.get() {
        engine::NextSteps::TopLevel => {
            view! { <p class="top-level">{strings.top_level}</p> }.into_any()
        }
        engine::NextSteps::Reach { level, changes } => {
            let count = changes.len().to_string();
            view! {
                <h3>{fill(strings.next_steps, &[("level", level_name(level))])}</h3>
                <p>{fill(strings.next_steps_intro, &[("count", &count)])}</p>
                <ol class="steps">{changes.into_iter().map(step).collect_view()}</ol>
            }
            .into_any()
        }
        engine::NextSteps::Blocked { level, parts } => {
            let parts: Vec<&str> = parts
                .iter()
                .map(|&p| rubric.part(p).title.get(lang))
                .collect();
            let message = fill(
                strings.blocked,
                &[
                    ("parts", &parts.join(strings.list_separator)),
                    ("level", level_name(level)),
                ],
            );
            view! { <p class="blocked">{message}</p> }.into_any()
        }
    };
    view! { <section class="next-steps" data-testid="next-steps">{content}</section> }
}
