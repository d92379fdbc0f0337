//! The officials' reader (汇总), `reader.html`: paste or open any number of
//! result links and see the cohort at once: counts, refused links and
//! repeats, the level distribution, part and group scores, every item's
//! answers, what holds the enterprises back, and a table of results to
//! sort, filter, export as CSV and print. Its own binary, so the widget's
//! download does not grow; it shares the core (rubric, engine, codec, link
//! finder) and the settings, sync helpers and some components.

mod components;
mod store;
mod sync;

use leptos::prelude::*;

use crate::components::Notices;
use crate::rubric::Rubric;
use components::{
    HoldingBack, ItemAnswers, LevelDistribution, ListInput, ReaderHeader, ReadingCounts,
    ResultsTable, ScoreTable,
};

/// The officials' reader.
#[component]
pub fn Reader() -> impl IntoView {
    let rubric = Rubric::embedded();
    let store = sync::start(rubric, Rubric::releases());
    provide_context(store);
    provide_context(store.settings);

    // Rebuilt when the language changes, and only then.
    let lang = store.settings.lang_signal();
    move || {
        lang.track();
        untrack(|| {
            view! {
                <Notices board=store.notices rubric wording=crate::i18n::reader_notice/>
                <ReaderHeader/>
                <main class="reader">
                    <ListInput/>
                    <ReadingCounts/>
                    <div class="cohort">
                        <LevelDistribution/>
                        <ScoreTable/>
                        <HoldingBack/>
                    </div>
                    <ItemAnswers/>
                    <ResultsTable/>
                </main>
            }
        })
    }
}
