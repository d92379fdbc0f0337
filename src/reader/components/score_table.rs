use leptos::prelude::*;

use crate::model::engine::{whole, Fraction};
use crate::reader::store::use_reader;

/// The mean and median score of each part and each group over the results
/// that have one, with a bar for the mean.
#[component]
pub fn ScoreTable() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let summary = store.summary;
    let full = rubric.full_score;
    // The figures of a part (`group` None) or of one of its groups.
    let stats = move |part: usize, group: Option<usize>| {
        summary
            .with(|o| {
                o.as_ref().map(|o| match group {
                    None => o.parts[part],
                    Some(g) => o.groups[part][g],
                })
            })
            .unwrap_or_default()
    };
    let shown =
        |value: Option<Fraction>| value.map_or_else(|| "–".to_string(), |v| whole(v).to_string());
    let row = move |part: usize, group: Option<usize>, title: &'static str, id: String| {
        let figures = move || stats(part, group);
        let bar = move || {
            format!(
                "{}%",
                figures()
                    .mean
                    .map_or(0, |m| whole(m.mul_int(100).div_int(u64::from(full.max(1)))))
            )
        };
        let mean = move || shown(figures().mean);
        let median = move || shown(figures().median);
        let mean_cell = match group {
            None => view! { <td class="number" data-testid="reader-part-mean" data-part=id>{mean}</td> }.into_any(),
            Some(_) => view! { <td class="number" data-testid="reader-group-mean" data-group=id>{mean}</td> }.into_any(),
        };
        view! {
            <tr class:group-row=group.is_some()>
                <th scope="row">{title}</th>
                <td class="bar-cell" aria-hidden="true"><span class="bar" style:width=bar></span></td>
                {mean_cell}
                <td class="number">{median}</td>
                <td class="number count-cell">{move || figures().count}</td>
            </tr>
        }
    };
    let rows = rubric
        .parts
        .iter()
        .enumerate()
        .map(|(p, part)| {
            let groups = part
                .groups
                .iter()
                .enumerate()
                .map(|(g, group)| row(p, Some(g), group.title.get(lang), group.id.to_string()))
                .collect_view();
            view! {
                {row(p, None, part.title.get(lang), part.id.to_string())}
                {groups}
            }
        })
        .collect_view();
    view! {
        <section class="cohort-figure">
            <h2>{strings.parts_heading}</h2>
            <table class="bar-table scores">
                <thead>
                    <tr>
                        <th scope="col">{strings.part_or_group}</th>
                        <th class="bar-cell" aria-hidden="true"></th>
                        <th scope="col" class="number">{strings.mean}</th>
                        <th scope="col" class="number">{strings.median}</th>
                        <th scope="col" class="number count-cell">{strings.enterprises}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
