use leptos::prelude::*;

use crate::model::cohort::segments;
use crate::model::engine::whole;
use crate::reader::store::use_reader;

/// How many enterprises of each industry and size (each value of each
/// profile field present, and "not given"), and their mean overall score,
/// with a bar: which kinds lag behind. Narrowed by the profile filter.
#[component]
pub fn SegmentTable() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let (outcome, filter) = (store.outcome(), store.profile_filter());
    let full = u64::from(rubric.full_score.max(1));
    let rows = move || {
        let outcome = outcome.get()?;
        let rows = filter.with(|filter| segments(rubric, &outcome.results, filter));
        let rows = rows
            .into_iter()
            .map(|segment| {
                let field = rubric.field(segment.field);
                let choice = segment.choice.and_then(|c| field.choice(c));
                let name = choice.map_or(strings.segment_not_given, |c| c.name.get(lang));
                let mean = segment.mean.map(whole);
                let bar = format!(
                    "{}%",
                    segment.mean.map_or(0, |m| whole(m.mul_int(100).div_int(full)))
                );
                view! {
                    <tr
                        data-testid="reader-segment"
                        data-field=field.id.to_string()
                        data-value=choice.map_or_else(String::new, |c| c.code.to_string())
                        data-count=segment.count
                        data-mean=mean.map_or_else(String::new, |m| m.to_string())
                    >
                        <th scope="row">{field.label.get(lang)}" · "{name}</th>
                        <td class="bar-cell" aria-hidden="true"><span class="bar" style:width=bar></span></td>
                        <td class="number">{mean.map_or_else(|| "–".to_string(), |m| m.to_string())}</td>
                        <td class="number count-cell">{segment.count}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(rows)
    };
    (!rubric.profile.is_empty()).then(|| {
        view! {
            <section class="cohort-figure segments">
                <h2>{strings.segments_heading}</h2>
                <table class="bar-table">
                    <thead>
                        <tr>
                            <th scope="col">{strings.col_segment}</th>
                            <th class="bar-cell" aria-hidden="true"></th>
                            <th scope="col" class="number">{strings.col_mean_overall}</th>
                            <th scope="col" class="number count-cell">{strings.enterprises}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        }
    })
}
