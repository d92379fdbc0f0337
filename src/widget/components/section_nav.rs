use leptos::prelude::*;

use crate::model::rubric::PartIx;
use crate::web::dom;
use crate::widget::store::use_store;

/// The table of contents: three parts, eight groups, each group with its
/// completion; a group jumps to its questions.
#[component]
pub fn SectionNav() -> impl IntoView {
    let store = use_store();
    let (lang, rubric) = (store.lang(), store.rubric());
    let groups = move |part: PartIx| {
        rubric
            .part(part)
            .groups
            .iter()
            .enumerate()
            .map(move |(g, group)| {
                let total = group.items.len();
                let answered = move || {
                    store.shown.with(|a| {
                        rubric
                            .group_items(part, g)
                            .filter(|&i| a.get(i).is_some())
                            .count()
                    })
                };
                let heading = crate::markup::questions::group_anchor(&group.id);
                view! {
                    <li>
                        <button
                            type="button"
                            class="nav-group"
                            class:complete=move || answered() == total
                            on:click=move |_| dom::focus_element(&heading, None)
                        >
                            <span class="nav-group-title">{group.title.get(lang)}</span>
                            <span class="nav-group-count">
                                <span class="nav-check" aria-hidden="true">
                                    {move || if answered() == total { "✓ " } else { "" }}
                                </span>
                                {move || format!("{}/{total}", answered())}
                            </span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let parts = rubric
        .part_ixs()
        .map(|p| {
            let part = rubric.part(p);
            view! {
                <li class="nav-part">
                    <span class="nav-part-title">{part.title.get(lang)}</span>
                    <ol class="nav-groups">{groups(p)}</ol>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="section-nav" aria-label=store.strings().sections>
            <ol class="nav-parts">{parts}</ol>
        </nav>
    }
}
