//! The application: state, effects that keep the page and storage in step,
//! and the layout of the components.

use leptos::prelude::*;

use crate::components::{
    Header, MobileBar, Notices, PrintHeader, Questionnaire, SectionNav, SharedBanner, SkipLink,
    Summary,
};
use crate::rubric::Rubric;
use crate::state::AppState;
use crate::{page, storage};

/// The self-check widget.
#[component]
pub fn App() -> impl IntoView {
    // Lives as long as the page; leaking it lets every component hold a
    // plain `&'static Rubric`.
    let rubric: &'static Rubric = Box::leak(Box::new(Rubric::embedded()));
    let state = AppState::new(rubric);
    provide_context(state);

    Effect::watch(
        move || state.own.get(),
        move |answers, _, _| {
            if let Err(notice) = storage::save(rubric, answers) {
                state.notify(notice);
            }
        },
        false,
    );
    // Another tab of the widget saved: take its answers.
    let _ = window_event_listener(leptos::ev::storage, move |event| {
        let changed = event
            .key()
            .zip(event.new_value())
            .and_then(|(key, text)| storage::changed_elsewhere(rubric, &key, &text));
        if let Some(answers) = changed {
            if state.own.with_untracked(|own| *own != answers) {
                state.own.set(answers);
            }
        }
    });
    // A result link pasted into this tab's address bar.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        state.open_fragment(&page::fragment())
    });
    page::fit_into_host_frame();
    Effect::new(move |_| page::set_document_lang(state.lang.get()));
    Effect::new(move |_| page::set_large_text(state.large_text.get()));

    // The page is rebuilt when the language changes, and only then: its
    // texts are plain text, with no reactive closure for each of them.
    move || {
        state.lang.track();
        untrack(|| {
            view! {
                <SkipLink/>
                <PrintHeader/>
                // What the visitor must see first: a link that could not be
                // read, or that this is someone else's result.
                <Notices/>
                <SharedBanner/>
                <Header/>
                <div class="layout">
                    <main id="questions" class="questions" tabindex="-1">
                        <SectionNav/>
                        <Questionnaire/>
                    </main>
                    <aside id="result" class="result" tabindex="-1">
                        <Summary/>
                    </aside>
                </div>
                <MobileBar/>
            }
        })
    }
}
