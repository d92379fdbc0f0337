use leptos::prelude::*;

use super::group_chart::GroupChart;
use super::level_ladder::LevelLadder;
use super::next_steps::NextSteps;
use super::peer_standing::PeerStanding;
use super::profile_questions::ProfileQuestions;
use super::share_panel::SharePanel;
use super::snapshot_panel::SnapshotPanel;
use crate::model::i18n::fill;
use crate::model::link::sibling;
use crate::widget::store::use_store;

/// The live result: overall score and level, whether it is provisional,
/// part scores, where it stands among its peers, the group chart, next
/// steps and the action plan, the enterprise's profile,
/// the result link and the note
/// that levels are indicative.
#[component]
pub fn Summary() -> impl IntoView {
    let store = use_store();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric());
    let evaluation = store.evaluation;
    let level = move || rubric.level(evaluation.with(|e| e.level));
    let completeness = move || {
        evaluation.with(|e| {
            if e.is_provisional() {
                let count = (e.total - e.answered).to_string();
                fill(strings.provisional, &[("count", &count)])
            } else {
                fill(strings.complete, &[("count", &e.total.to_string())])
            }
        })
    };
    let part_scores = rubric
        .part_ixs()
        .map(|p| {
            let part = rubric.part(p);
            view! {
                <li>
                    <span class="part-name">{part.title.get(lang)}</span>
                    <span class="part-score" data-testid="part-score" data-part=part.id.clone()>
                        {move || strings.score(evaluation.with(|e| e.part_score(rubric, p)))}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="summary" aria-labelledby="result-heading">
            <h2 id="result-heading" tabindex="-1">{strings.result}</h2>
            <div class="headline">
                <p class="overall">
                    <span class="label">{strings.overall_score}</span>
                    <strong class="overall-score" data-testid="overall-score">
                        {move || strings.score(evaluation.with(|e| e.overall_score(rubric)))}
                    </strong>
                </p>
                <div class="level" aria-live="polite">
                    <span class="label">{strings.level}</span>
                    <strong
                        class="overall-level"
                        data-testid="overall-level"
                        data-level=move || level().id.clone()
                    >
                        {move || level().name.get(lang)}
                    </strong>
                </div>
            </div>
            <p class="level-summary">{move || level().summary.get(lang)}</p>
            <p class="completeness" class:provisional=move || evaluation.with(|e| e.is_provisional())>
                {completeness}
            </p>
            <LevelLadder/>
            <h3>{strings.part_scores}</h3>
            <ul class="part-scores">{part_scores}</ul>
            <PeerStanding/>
            <GroupChart/>
            <NextSteps/>
            <ProfileQuestions/>
            <SharePanel/>
            {move || (!store.is_shared()).then(|| view! { <SnapshotPanel/> })}
            <p class="indicative">{strings.indicative}</p>
            <p class="reader-link">
                <a data-testid="reader-link" href=sibling("reader.html", lang)>
                    {strings.reader_link}
                </a>
            </p>
        </section>
    }
}
