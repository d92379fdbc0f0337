use leptos::prelude::*;

use crate::model::i18n::fill;
use crate::widget::store::use_store;

/// The heading of a printed report: what it is, from which guide and
/// version, and when. Shown only in print, dated the day it is printed.
#[component]
pub fn PrintHeader() -> impl IntoView {
    let store = use_store();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric());
    let date = crate::web::dom::printed_on(move || store.today());
    let source = move || {
        fill(
            strings.print_source,
            &[
                ("guide", rubric.name.get(lang)),
                ("version", &rubric.version.to_string()),
                ("date", &date.get()),
            ],
        )
    };
    view! {
        <div class="print-only print-header">
            <p class="print-title">{strings.print_title}</p>
            <p>{source}</p>
        </div>
    }
}
