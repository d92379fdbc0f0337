use std::time::Duration;

use leptos::prelude::*;

use super::dom;
use super::item_field::ItemField;
use crate::engine::Answers;
use crate::i18n::fill;
use crate::rubric::PartIx;
use crate::store::use_store;

/// All items of the rubric on one page, by part and group, with the
/// progress, the answer scale, "continue" and "start over".
#[component]
pub fn Questionnaire() -> impl IntoView {
    let store = use_store();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric());
    let total = rubric.item_count();
    let answered = move || store.shown.with(Answers::answered);
    let first_unanswered = move || {
        store
            .shown
            .with(|a| rubric.items().map(|r| r.ix).find(|&i| a.get(i).is_none()))
    };
    let continue_answering = move |_| {
        if let Some(item) = first_unanswered() {
            super::focus_item(rubric.item(item));
        }
    };
    let start_over = move |_| {
        if dom::confirm(strings.start_over_confirm) {
            store.start_over();
        }
    };
    // The first part at once, each further one in a task of its own once
    // the one before is in place: building the whole page in one task held
    // the main thread for some 350 ms on a phone's CPU.
    let built = RwSignal::new(1);
    let part_count = rubric.parts.len();
    Effect::new(move |_| {
        if built.get() < part_count {
            set_timeout(move || built.update(|n| *n += 1), Duration::ZERO);
        }
    });
    let part_view = move |p: PartIx| {
        let part = rubric.part(p);
        let groups = part.groups.iter().enumerate().map(move |(g, group)| {
            let items = rubric
                .group_items(p, g)
                .zip(&group.items)
                .map(|(ix, item)| view! { <ItemField ix item/> });
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
    };
    let parts = rubric
        .part_ixs()
        .map(|p| {
            let visible = Memo::new(move |_| p.index() < built.get());
            move || visible.get().then(|| part_view(p))
        })
        .collect_view();
    let scale = rubric
        .choices()
        .map(|(_, entry)| {
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
            {move || (!store.is_shared()).then(actions)}
        </div>
        <details class="scale-legend">
            <summary>{strings.scale_heading}</summary>
            <dl>{scale}</dl>
        </details>
        {parts}
    }
}
