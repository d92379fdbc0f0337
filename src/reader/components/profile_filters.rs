use leptos::prelude::*;

use crate::model::rubric::FieldIx;
use crate::reader::store::use_reader;

/// One `<select>` a profile field (industry, size): "all" or one choice.
/// Every figure below, and the table, then count only that segment.
#[component]
pub fn ProfileFilters() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let select = move |ix: FieldIx| {
        let field = rubric.field(ix);
        let id = format!("reader-filter-{}", field.id);
        let options = field
            .choices
            .iter()
            .map(|c| view! { <option value=c.code.to_string()>{c.name.get(lang)}</option> })
            .collect_view();
        view! {
            <div class="profile-field">
                <label for=id.clone()>{field.label.get(lang)}</label>
                <select
                    id=id.clone()
                    data-testid=id
                    on:change=move |event| {
                        store.filter_profile(ix, field.choice_ix(&event_target_value(&event)));
                    }
                >
                    <option value="">{strings.all_values}</option>
                    {options}
                </select>
            </div>
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
