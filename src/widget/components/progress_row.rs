use leptos::prelude::*;

use crate::markup::progress_row::progress_row_html;
use crate::model::engine::Answers;
use crate::web::dom;
use crate::widget::store::use_store;

/// How many items are answered, with "continue" (to the first unanswered
/// item) and "start over" (once confirmed) for the visitor's own
/// self-check. Written by the writer of the page's opening, again whenever
/// the answers on screen change.
#[component]
pub fn ProgressRow() -> impl IntoView {
    let store = use_store();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric());
    let html = move || {
        let answered = store.shown.with(Answers::answered);
        progress_row_html(
            lang,
            super::answers_form(store),
            answered,
            rubric.item_count(),
        )
        .into_string()
    };
    let act = move |event: web_sys::MouseEvent| {
        let Some(button) = dom::clicked_button(&event) else {
            return;
        };
        if button.has_attribute("data-continue") {
            let first_unanswered = store
                .shown
                .with_untracked(|a| rubric.items().find(|r| a.get(r.ix).is_none()));
            if let Some(item) = first_unanswered {
                super::focus_item(item.item);
            }
        } else if button.has_attribute("data-start-over")
            && dom::confirm(strings.start_over_confirm)
        {
            store.start_over();
        }
    };
    view! { <div class="progress-row" inner_html=html on:click=act></div> }
}
