//! The officials' reader (汇总), `reader.html`: paste or open any number of
//! result links and see the cohort at once: counts, refused links and
//! repeats, what holds the enterprises back, the cohort by industry and
//! size (and narrowed to one), the level distribution, part and group
//! scores, before and after, every item's answers, a table of results to
//! sort, filter, export as CSV and print, and the benchmark file. Its own binary, so the widget's
//! download does not grow; it shares the core (rubric, engine, codec, link
//! finder) and the pieces of [`crate::ui`].

pub mod components;
pub mod store;
pub mod sync;

use leptos::prelude::*;

use crate::model::rubric::Rubric;
use crate::ui::{page_sync, Notices};
use components::{
    BeforeAfter, BenchmarkFile, HoldingBack, ItemAnswers, LevelDistribution, ListInput,
    ProfileFilters, ReaderHeader, ReadingCounts, ResultsTable, ScoreTable, SegmentTable,
};

/// Starts the reader as the widget starts: the store first, loaded and
/// kept in step by [`sync`], then the page on it.
pub fn start() {
    let root = page_sync::start_store(|| {
        let store = sync::start(Rubric::embedded(), Rubric::releases());
        (store, store.settings)
    });
    root.with(|| leptos::mount::mount_to_body(Reader));
    std::mem::forget(root);
}

/// The officials' reader, on the store that [`start`] provides.
#[component]
pub fn Reader() -> impl IntoView {
    let store = store::use_reader();
    let rubric = store.rubric;

    // Rebuilt when the language changes, and only then.
    let lang = store.settings.lang_signal();
    move || {
        lang.track();
        untrack(|| {
            view! {
                <Notices board=store.notices rubric wording=crate::model::i18n::reader_notice/>
                <ReaderHeader/>
                <main class="reader">
                    <ListInput/>
                    <ReadingCounts/>
                    <ProfileFilters/>
                    <div class="cohort">
                        <HoldingBack/>
                        <SegmentTable/>
                        <LevelDistribution/>
                        <ScoreTable/>
                        <BeforeAfter/>
                    </div>
                    <ItemAnswers/>
                    <ResultsTable/>
                    <BenchmarkFile/>
                </main>
            }
        })
    }
}
