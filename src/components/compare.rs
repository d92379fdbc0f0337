use leptos::prelude::*;

use crate::engine::{evaluate, Evaluation};
use crate::state::use_state;

/// The shared result and the visitor's own, side by side, part by part.
#[component]
pub fn Compare() -> impl IntoView {
    let state = use_state();
    let (lang, strings, rubric) = (state.lang(), state.strings(), state.rubric);
    let mine = Memo::new(move |_| state.own.with(|own| evaluate(rubric, own)));
    let score = move |evaluation: &Evaluation, part: Option<usize>| {
        let score = match part {
            Some(part) => evaluation.part_score(rubric, part),
            None => evaluation.overall_score(rubric),
        };
        strings.score(score)
    };
    let row = move |part: Option<usize>| {
        let title = match part {
            Some(part) => rubric.parts[part].title.get(lang),
            None => strings.overall,
        };
        view! {
            <tr>
                <th scope="row">{title}</th>
                <td>{move || state.evaluation.with(|e| score(e, part))}</td>
                <td>{move || mine.with(|e| score(e, part))}</td>
            </tr>
        }
    };
    let level_name = move |evaluation: &Evaluation| rubric.levels[evaluation.level].name.get(lang);
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
                {(0..rubric.parts.len()).map(|part| row(Some(part))).collect_view()}
                {row(None)}
                <tr>
                    <th scope="row">{strings.level}</th>
                    <td>{move || state.evaluation.with(level_name)}</td>
                    <td>{move || mine.with(level_name)}</td>
                </tr>
            </tbody>
        </table>
    }
}
