use leptos::prelude::*;

use crate::reader::store::use_reader;
use crate::ui::ProfileFields;

/// A `<select>` for each profile field (industry, size): "all" or one choice.
/// Every figure below, and the table, then count only that segment.
#[component]
pub fn ProfileFilters() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let filter = store.profile_filter();
    (!rubric.profile.is_empty()).then(|| {
        view! {
            <section class="profile-filters" aria-labelledby="filter-heading">
                <h2 id="filter-heading">{strings.filter_heading}</h2>
                <p class="hint">{strings.filter_hint}</p>
                <ProfileFields
                    rubric
                    lang
                    prefix="reader-filter"
                    empty=strings.all_values
                    chosen=move || filter.with(|f| f.fields.clone())
                    choose=move |field, choice| store.filter_profile(field, choice)
                />
            </section>
        }
    })
}
