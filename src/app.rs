//! The application: the store, kept in step with the outside by
//! `crate::sync`, and the layout of the components.

use leptos::prelude::*;

use crate::components::{
    Header, MobileBar, Notices, PrintHeader, Questionnaire, SectionNav, SharedBanner, SkipLink,
    Summary,
};
use crate::rubric::Rubric;
use crate::sync;

/// The self-check widget.
#[component]
pub fn App() -> impl IntoView {
    // Live as long as the page; leaking them lets every component hold a
    // plain `&'static Rubric`.
    let rubric: &'static Rubric = Box::leak(Box::new(Rubric::embedded()));
    let releases: &'static [Rubric] = Box::leak(Rubric::releases().into_boxed_slice());
    let store = sync::start(rubric, releases);
    provide_context(store);
    provide_context(store.settings);

    // The page is rebuilt when the language changes, or the rubric on
    // screen (a result made for an earlier release), and only then: its
    // texts are plain text, with no reactive closure for each of them.
    let lang = store.settings.lang_signal();
    // The result is built in a task of its own after the first questions,
    // so that no start-up task holds the main thread long.
    let result_shown = RwSignal::new(false);
    Effect::new(move |_| set_timeout(move || result_shown.set(true), std::time::Duration::ZERO));
    move || {
        lang.track();
        store.shown_version.track();
        untrack(|| {
            view! {
                <SkipLink/>
                <PrintHeader/>
                // What the visitor must see first: a link that could not be
                // read, or that this is someone else's result.
                <Notices board=store.notices rubric/>
                <SharedBanner/>
                <Header/>
                <div class="layout">
                    <main id="questions" class="questions" tabindex="-1">
                        <SectionNav/>
                        <Questionnaire result_shown=result_shown.read_only()/>
                    </main>
                    <aside id="result" class="result" tabindex="-1">
                        {move || result_shown.get().then(|| view! { <Summary/> })}
                    </aside>
                </div>
                <MobileBar/>
            }
        })
    }
}
