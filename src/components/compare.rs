use leptos::prelude::*;

use crate::engine::{evaluate, Evaluation};
use crate::rubric::PartIx;
use crate::store::use_store;

/// The shared result and the visitor's own, side by side, part by part.
#[component]
pub fn Compare() -> impl IntoView {
    let store = use_store();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let own = store.own();
    let mine = Memo::new(move |_| own.with(|own| evaluate(rubric, own)));
    let score = move |evaluation: &Evaluation, part: Option<PartIx>| {
        let score = match part {
            Some(part) => evaluation.part_score(rubric, part),
            None => evaluation.overall_score(rubric),
        };
        strings.score(score)
    };
    let row = move |part: Option<PartIx>| {
        let title = match part {
            Some(part) => rubric.part(part).title.get(lang),
            None => strings.overall,
        };
        view! {
            <tr>
                <th scope="row">{title}</th>
                <td>{move || store.evaluation.with(|e| score(e, part))}</td>
                <td>{move || mine.with(|e| score(e, part))}</td>
            </tr>
        }
    };
    let level_name = move |evaluation: &Evaluation| rubric.level(evaluation.level).name.get(lang);
    view! {
        <table class="compare" data-testid="compare">
            <caption>{strings.compare_caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{strings.part}</th>
                    <th scope="col">{strings.theirs}</th>
                    <th scope="col">{strings.mine}</th>
                </tr>
            </thead>
            <tbody>
                {rubric.part_ixs().map(|part| row(Some(part))).collect_view()}
                {row(None)}
                <tr>
                    <th scope="row">{strings.level}</th>
                    <td>{move || store.evaluation.with(level_name)}</td>
                    <td>{move || mine.with(level_name)}</td>
                </tr>
            </tbody>
        </table>
    }
}
