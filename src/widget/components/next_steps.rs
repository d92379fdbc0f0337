use leptos::prelude::*;

use crate::web::dom;

use crate::markup::next_steps::next_steps_html;
use crate::widget::store::use_store;

/// What to do next: the planner's fewest changes to the next level, each
/// with the guide's description of what to put on the cloud, a button to
/// the item and one to the action plan (whose clicks go where the plan's
/// go: [`super::hand_on`]); then the action plan, drawn with them once
/// this browser keeps one, and again when another tab changes it.
#[component]
pub fn NextSteps() -> impl IntoView {
    let store = use_store();
    let (lang, rubric) = (store.lang(), store.rubric());
    // Planned once the tap that changed the answers has been painted, and
    // written as HTML text then (a step shows the current answer too).
    let plan = crate::web::after_paint::after_paint(
        move || store.shown.track(),
        move || store.next_steps_now(),
    );
    let html = move || {
        let plan = plan.get();
        let own = !store.is_shared();
        let html = store
            .shown
            .with_untracked(|answers| next_steps_html(rubric, lang, answers, plan, own));
        if own && store.notebook_kept.get() {
            super::draw_plan_soon(store);
        }
        html.into_string()
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
