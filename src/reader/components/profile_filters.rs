use leptos::prelude::*;

use crate::model::rubric::FieldIx;
use crate::reader::store::use_reader;
use crate::ui::ProfileSelect;

/// One `<select>` a profile field (industry, size): "all" or one choice.
/// Every figure below, and the table, then count only that segment.
#[component]
pub fn ProfileFilters() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let filter = store.profile_filter();
    let select = move |ix: FieldIx| {
        view! {
            <ProfileSelect
                field=rubric.field(ix)
                lang
                prefix="reader-filter"
                empty=strings.all_values
                chosen=Signal::derive(move || filter.with(|f| f.fields[ix.index()]))
                choose=move |choice| store.filter_profile(ix, choice)
            />
        }
    };
    let selects = rubric.fields().map(|(ix, _)| select(ix)).collect_view();
    (!rubric.profile.is_empty()).then(|| {
        view! {
            <section class="profile-filters" aria-labelledby="filter-heading">
                <h2 id="filter-heading">{strings.filter_heading}</h2>
                <p class="hint">{strings.filter_hint}</p>
                <div class="profile-fields">{selects}</div>
            </section>
        }
    })
}
