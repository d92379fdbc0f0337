use leptos::prelude::*;

use crate::reader::store::use_reader;

/// How many results reached each level: a table whose rows carry a bar,
/// so it is the picture and its figures at once.
#[component]
pub fn LevelDistribution() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let summary = store.summary;
    let counts = move || {
        summary
            .with(|s| s.as_ref().map(|s| s.level_counts.clone()))
            .unwrap_or_else(|| vec![0; rubric.levels().count()])
    };
    let rows = rubric
        .levels()
        .map(|(ix, level)| {
            let count = move || counts()[ix.index()];
            let share = move || {
                let total: usize = counts().iter().sum();
                format!("{}%", (count() * 100).checked_div(total).unwrap_or(0))
            };
            view! {
                <tr>
                    <th scope="row">{level.id.clone()}" "{level.name.get(lang)}</th>
                    <td class="bar-cell" aria-hidden="true">
                        <span class="bar" style:width=share></span>
                    </td>
                    <td class="number" data-testid="reader-level-count" data-level=level.id.clone()>
                        {count}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="cohort-figure">
            <h2>{strings.levels_heading}</h2>
            <table class="bar-table">
                <thead>
                    <tr>
                        <th scope="col">{strings.level}</th>
                        <th class="bar-cell" aria-hidden="true"></th>
                        <th scope="col" class="number">{strings.enterprises}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
