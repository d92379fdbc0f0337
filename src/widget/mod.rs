//! The self-check widget, `index.html`: its store of signals, kept in
//! step with the outside by [`sync`], and its components, laid out by
//! [`App`].

pub mod components;
pub mod store;
pub mod sync;

use std::time::Duration;

use leptos::prelude::*;

use crate::model::rubric::Rubric;
use crate::ui::{page_sync, Notices};
use crate::web::page::OpeningQuestions;
use components::{
    Header, MobileBar, PrintDeclaration, PrintHeader, Questionnaire, SectionNav, SharedBanner,
    SkipLink, Summary,
};
use store::use_store;

/// Starts the widget in three tasks, so that none holds the main thread
/// long on a phone (V8 compiles each wasm function on its first call, on
/// that thread): first the store (the rubric, saved progress, a link
/// opened), then the page, which takes over the opening written at build
/// time with what was answered in it, then its result panel (see [`App`]).
pub fn start() {
    let root = page_sync::start_store(|| {
        let store = sync::start(Rubric::embedded(), Rubric::releases());
        (store, store.settings)
    });
    set_timeout(
        move || {
            // In one task: what the opening holds is read, and the page
            // takes its place, so that a tap until then counts and none
            // after it can land on the opening.
            let opening = crate::web::page::take_over_opening();
            root.with(|| {
                use_store().answered_before_start(&opening.answers);
                let questions = opening.questions;
                leptos::mount::mount_to_body(move || view! { <App opening=questions.clone()/> });
            });
            std::mem::forget(root);
        },
        Duration::ZERO,
    );
}

/// The self-check widget, on the store that [`start`] provides.
#[component]
pub fn App(
    /// The questions of the opening it took over, to take as its own.
    opening: Option<OpeningQuestions>,
) -> impl IntoView {
    let store = use_store();
    components::hand_on(store);

    // The page is rebuilt when the language changes, or the rubric on
    // screen (a result made for an earlier release), and only then: its
    // texts are plain text, with no reactive closure for each of them.
    let lang = store.settings.lang_signal();
    // The result is built in a task of its own after the first questions,
    // so that no start-up task holds the main thread long.
    let result_shown = RwSignal::new(false);
    set_timeout(move || result_shown.set(true), Duration::ZERO);
    move || {
        lang.track();
        store.shown_version.track();
        untrack(|| {
            view! {
                <SkipLink/>
                <PrintHeader/>
                // What the visitor must see first: a link that could not be
                // read, or that this is someone else's result.
                <Notices board=store.notices rubric=store.current wording=crate::model::i18n::widget_notice/>
                <SharedBanner/>
                <Header/>
                <div class="layout">
                    <main id="questions" class="questions" tabindex="-1">
                        <SectionNav/>
                        <Questionnaire result_shown=result_shown.read_only() opening=opening.clone()/>
                    </main>
                    <aside id="result" class="result" tabindex="-1" aria-labelledby="result-heading">
                        {move || result_shown.get().then(|| view! { <Summary/> })}
                    </aside>
                </div>
                <PrintDeclaration/>
                <MobileBar/>
            }
        })
    }
}
