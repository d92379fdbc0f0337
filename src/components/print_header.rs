use leptos::prelude::*;

use crate::i18n::fill;
use crate::store::use_store;

/// The heading of a printed report: what it is, from which guide and
/// version, and when. Shown only in print.
#[component]
pub fn PrintHeader() -> impl IntoView {
    let store = use_store();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric());
    let date = store.today();
    let source = fill(
        strings.print_source,
        &[
            ("guide", rubric.name.get(lang)),
            ("version", &rubric.version.to_string()),
            ("date", &date),
        ],
    );
    view! {
        <div class="print-only print-header">
            <p class="print-title">{strings.print_title}</p>
            <p>{source}</p>
        </div>
    }
}
