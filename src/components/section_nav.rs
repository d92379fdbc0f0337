use leptos::prelude::*;

use crate::page;
use crate::state::use_state;

/// The table of contents: three parts, eight groups, each group with its
/// completion; a group jumps to its questions.
#[component]
pub fn SectionNav() -> impl IntoView {
    let state = use_state();
    let (lang, rubric) = (state.lang(), state.rubric);
    let groups = move |part: usize| {
        rubric.parts[part]
            .groups
            .iter()
            .enumerate()
            .map(|(g, group)| {
                let range = rubric.group_range(part, g);
                let (first, total) = (range.start, range.len());
                let answered = move || {
                    state.shown.with(|a| {
                        (first..first + total)
                            .filter(|&i| a.get(i).is_some())
                            .count()
                    })
                };
                let heading = super::group_anchor(&group.id);
                view! {
                    <li>
                        <button
                            type="button"
                            class="nav-group"
                            class:complete=move || answered() == total
                            on:click=move |_| page::focus_element(&heading, None)
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
        .parts
        .iter()
        .enumerate()
        .map(|(p, part)| {
            view! {
                <li class="nav-part">
                    <span class="nav-part-title">{part.title.get(lang)}</span>
                    <ol class="nav-groups">{groups(p)}</ol>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="section-nav" aria-label=state.strings().sections>
            <ol class="nav-parts">{parts}</ol>
        </nav>
    }
}
