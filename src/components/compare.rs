use leptos::prelude::*;

use crate::engine::{evaluate, Evaluation};
use crate::rubric::Rubric;
use crate::store::use_store;

/// The shared result and the visitor's own, side by side, part by part.
/// A shared result made for an earlier release of the guide is scored by
/// that release; parts are matched by id.
#[component]
pub fn Compare() -> impl IntoView {
    let store = use_store();
    let (lang, strings) = (store.lang(), store.strings());
    let (theirs, current) = (store.rubric(), store.current);
    let own = store.own();
    let mine = Memo::new(move |_| own.with(|own| evaluate(current, own)));
    // A part's score (by id), or the overall with no id.
    let score = move |rubric: &Rubric, evaluation: &Evaluation, part: Option<&str>| {
        let score = match part {
            Some(id) => rubric
                .part_ix(id)
                .and_then(|p| evaluation.part_score(rubric, p)),
            None => evaluation.overall_score(rubric),
        };
        strings.score(score)
    };
    let row = move |title: &'static str, part: Option<&'static str>| {
        view! {
            <tr>
                <th scope="row">{title}</th>
                <td>{move || store.evaluation.with(|e| score(theirs, e, part))}</td>
                <td>{move || mine.with(|e| score(current, e, part))}</td>
            </tr>
        }
    };
    let part_rows = current
        .parts
        .iter()
        .map(|part| row(part.title.get(lang), Some(part.id.as_str())))
        .collect_view();
    let level_name =
        move |rubric: &'static Rubric, e: &Evaluation| rubric.level(e.level).name.get(lang);
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
                {part_rows}
                {row(strings.overall, None)}
                <tr>
                    <th scope="row">{strings.level}</th>
                    <td>{move || store.evaluation.with(|e| level_name(theirs, e))}</td>
                    <td>{move || mine.with(|e| level_name(current, e))}</td>
                </tr>
            </tbody>
        </table>
    }
}
