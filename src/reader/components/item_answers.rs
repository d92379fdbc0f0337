use leptos::prelude::*;

use crate::reader::store::use_reader;

/// For each of the items, the share of results at each answer: a strip of
/// coloured segments (light for not on the cloud, dark for on it) and the
/// percentages as figures.
#[component]
pub fn ItemAnswers() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let summary = store.summary;
    // Columns: unanswered, then the scale's answers.
    let headings: Vec<&'static str> = std::iter::once(strings.unanswered)
        .chain(rubric.choices().map(|(_, entry)| entry.label.get(lang)))
        .collect();
    let answer_count = headings.len();
    let percent = move |item: usize, answer: usize| {
        summary
            .with(|o| {
                o.as_ref().map(|o| {
                    let counts = &o.answers[item];
                    let total: usize = counts.iter().sum();
                    (counts[answer] * 100 + total / 2)
                        .checked_div(total)
                        .unwrap_or(0)
                })
            })
            .unwrap_or(0)
    };
    let rows = rubric
        .items()
        .map(|r| {
            let item = r.ix.index();
            let segments = (0..answer_count)
                .map(|answer| {
                    view! { <span class=format!("segment answer-{answer}") style:width=move || format!("{}%", percent(item, answer))></span> }
                })
                .collect_view();
            let figures = (0..answer_count)
                .map(|answer| view! { <td class="number">{move || percent(item, answer)}"%"</td> })
                .collect_view();
            view! {
                <tr data-item=r.item.id.clone()>
                    <th scope="row">{r.item.title.get(lang)}</th>
                    <td class="strip-cell" aria-hidden="true"><span class="strip">{segments}</span></td>
                    {figures}
                </tr>
            }
        })
        .collect_view();
    let legend = headings
        .iter()
        .enumerate()
        .map(|(answer, heading)| {
            view! { <li><span class=format!("swatch answer-{answer}") aria-hidden="true"></span>{*heading}</li> }
        })
        .collect_view();
    let columns = headings
        .iter()
        .map(|heading| view! { <th scope="col" class="number">{*heading}</th> })
        .collect_view();
    view! {
        <section class="cohort-figure">
            <h2>{strings.items_heading}</h2>
            <p class="hint">{strings.items_intro}</p>
            <ul class="legend">{legend}</ul>
            <div class="table-scroll" tabindex="0" role="region" aria-label=strings.items_heading>
                <table class="item-answers">
                    <thead>
                        <tr>
                            <th scope="col">{strings.item}</th>
                            <th class="strip-cell" aria-hidden="true"></th>
                            {columns}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
