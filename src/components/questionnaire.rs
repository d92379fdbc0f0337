use leptos::prelude::*;

use super::item_field::ItemField;
use crate::engine::Answers;
use crate::i18n::fill;
use crate::state::use_state;

/// All items of the rubric on one page, by part and group, with the
/// progress, the answer scale, "continue" and "start over".
#[component]
pub fn Questionnaire() -> impl IntoView {
    let state = use_state();
    let (lang, strings, rubric) = (state.lang(), state.strings(), state.rubric);
    let total = rubric.item_count();
    let answered = move || state.shown.with(Answers::answered);
    let first_unanswered = move || {
        state
            .shown
            .with(|a| (0..total).find(|&i| a.get(i).is_none()))
    };
    let continue_answering = move |_| {
        if let Some(item) = first_unanswered().and_then(|index| rubric.item(index)) {
            super::focus_item(item);
        }
    };
    let start_over = move |_| {
        let confirmed = window()
            .confirm_with_message(strings.start_over_confirm)
            .unwrap_or(false);
        if confirmed {
            state.own.set(Answers::unanswered(total));
        }
    };
    let parts = rubric
        .parts
        .iter()
        .enumerate()
        .map(|(p, part)| {
            let groups = part.groups.iter().enumerate().map(move |(g, group)| {
                let first = rubric.group_range(p, g).start;
                let items = group
                    .items
                    .iter()
                    .enumerate()
                    .map(move |(i, item)| view! { <ItemField index=first + i item/> });
                view! {
                    <section class="group">
                        <h3 id=super::group_anchor(&group.id) tabindex="-1">
                            {group.title.get(lang)}
                        </h3>
                        {items.collect_view()}
                    </section>
                }
            });
            view! {
                <section class="part">
                    <h2 id=format!("part-{}", part.id)>{part.title.get(lang)}</h2>
                    {groups.collect_view()}
                </section>
            }
        })
        .collect_view();
    let scale = rubric
        .scale
        .iter()
        .map(|entry| {
            view! {
                <dt>{entry.label.get(lang)}</dt>
                <dd>{entry.hint.get(lang)}</dd>
            }
        })
        .collect_view();
    // Only for the visitor's own self-check, not for a shared result.
    let actions = move || {
        view! {
            <div class="progress-actions">
                <button
                    type="button"
                    class="primary"
                    disabled=move || first_unanswered().is_none()
                    on:click=continue_answering
                >
                    {move || {
                        if first_unanswered().is_some() {
                            strings.continue_answering
                        } else {
                            strings.all_answered
                        }
                    }}
                </button>
                <button type="button" disabled=move || answered() == 0 on:click=start_over>
                    {strings.start_over}
                </button>
            </div>
        }
    };
    view! {
        <div class="progress-row">
            <p class="progress-text" data-testid="progress">
                {move || {
                    let answered = answered().to_string();
                    fill(strings.progress, &[("answered", &answered), ("total", &total.to_string())])
                }}
            </p>
            <progress max=total value=answered aria-hidden="true"></progress>
            {move || (!state.is_shared()).then(actions)}
        </div>
        <details class="scale-legend">
            <summary>{strings.scale_heading}</summary>
            <dl>{scale}</dl>
        </details>
        {parts}
    }
}
