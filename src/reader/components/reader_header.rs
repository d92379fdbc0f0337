use leptos::prelude::*;

use crate::markup::header::reader_header_html;
use crate::model::i18n::fill;
use crate::reader::store::use_reader;
use crate::ui::SiteHeader;
use crate::web::dom::printed_on;

/// The reader's header: what it does, that nothing leaves the browser, the
/// way back to the self-check, the language switch and large text; in
/// print, the report's source line.
#[component]
pub fn ReaderHeader() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let large_text = store.settings.large_text().get_untracked();
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
        <SiteHeader html=reader_header_html(lang, large_text)/>
    }
}
