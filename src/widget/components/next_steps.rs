use leptos::prelude::*;

use crate::web::dom;

use crate::markup::escape;
use crate::model::engine::{self, Change};
use crate::model::i18n::fill;
use crate::model::rubric::LevelIx;
use crate::widget::store::use_store;

/// What to do next: the planner's fewest changes to the next level, each
/// with the guide's description of what to put on the cloud, and a button
/// to the item.
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
        format!(
            "<li><p class=\"step-title\"><button type=\"button\" class=\"link-button\" data-step=\"{}\">{}</button>\
             <span class=\"step-change\">{} → {}</span></p><p class=\"step-description\">{}</p></li>",
            escape(&item.id),
            escape(item.title.get(lang)),
            escape(from),
            escape(&to),
            escape(item.description.get(lang)),
        )
    };
    // Planned once the tap that changed the answers has been painted, and
    // written as HTML text then (a step shows the current answer too).
    let plan = crate::web::after_paint::after_paint(
        move || store.shown.track(),
        move || store.next_steps.get_untracked(),
    );
    let html = move || match plan.get() {
        engine::NextSteps::TopLevel => {
            format!("<p class=\"top-level\">{}</p>", escape(strings.top_level))
        }
        engine::NextSteps::Reach { level, changes } => {
            let count = changes.len().to_string();
            let steps: String = changes.into_iter().map(step).collect();
            format!(
                "<h3>{}</h3><p>{}</p><ol class=\"steps\">{steps}</ol>",
                escape(&fill(strings.next_steps, &[("level", level_name(level))])),
                escape(&fill(strings.next_steps_intro, &[("count", &count)])),
            )
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
            format!("<p class=\"blocked\">{}</p>", escape(&message))
        }
    };
    let go_to_item = move |event: web_sys::MouseEvent| {
        let item = dom::clicked_button(&event)
            .and_then(|button| button.get_attribute("data-step"))
            .and_then(|id| rubric.item_ix(&id));
        if let Some(item) = item {
            super::focus_item(rubric.item(item));
        }
    };
    view! {
        <section class="next-steps" data-testid="next-steps" inner_html=html on:click=go_to_item></section>
    }
}
