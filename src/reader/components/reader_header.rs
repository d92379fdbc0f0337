use leptos::prelude::*;

use crate::model::i18n::fill;
use crate::model::link::sibling;
use crate::reader::store::use_reader;
use crate::ui::{LanguageSwitch, LargeTextToggle};
use crate::web::dom::printed_on;

/// The reader's header: what it does, that nothing leaves the browser, the
/// way back to the self-check, the language switch and large text; in
/// print, the report's source line.
#[component]
pub fn ReaderHeader() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let widget = sibling("./", lang);
    let date = printed_on(move || store.today());
    let source = move || {
        let count = store
            .outcome()
            .with(|o| o.as_ref().map_or(0, |o| o.results.len()));
        fill(
            strings.report_source,
            &[
                ("guide", rubric.name.get(lang)),
                ("version", &rubric.version.to_string()),
                ("date", &date.get()),
                ("count", &count.to_string()),
            ],
        )
    };
    view! {
        <div class="print-only print-header">
            <p class="print-title">{strings.title}</p>
            <p>{source}</p>
        </div>
        <header class="site-header">
            <div class="toolbar">
                <a class="back-link" href=widget>{strings.back_to_widget}</a>
                <LanguageSwitch/>
                <LargeTextToggle/>
            </div>
            <h1>{strings.title}</h1>
            <p class="intro">{strings.intro}</p>
            <ul class="promises">
                <li>{strings.privacy}</li>
            </ul>
        </header>
    }
}
