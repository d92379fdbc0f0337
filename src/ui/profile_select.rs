use leptos::prelude::*;

use crate::model::i18n::Lang;
use crate::model::rubric::ProfileField;

/// One profile field (industry, size) as a labelled `<select>`, the
/// widget's question and the reader's filter alike: its id and test id are
/// `{prefix}-{field id}`, the empty value is named `empty` ("not given",
/// or "all"), `chosen` is the choice shown and `choose` is told each
/// choice made.
#[component]
pub fn ProfileSelect(
    /// The field.
    field: &'static ProfileField,
    /// The page's language.
    lang: Lang,
    /// What the select's id and test id begin with.
    prefix: &'static str,
    /// The name of the empty value.
    empty: &'static str,
    /// The position of the choice shown, or none for the empty value.
    #[prop(into)]
    chosen: Signal<Option<u8>>,
    /// Told the position of each choice made, or none.
    choose: impl Fn(Option<u8>) + 'static,
) -> impl IntoView {
    let id = format!("{prefix}-{}", field.id);
    let options = field
        .choices
        .iter()
        .zip(0u8..)
        .map(|(choice, position)| {
            view! {
                <option value=choice.code.to_string() prop:selected=move || chosen.get() == Some(position)>
                    {choice.name.get(lang)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="profile-field">
            <label for=id.clone()>{field.label.get(lang)}</label>
            <select
                id=id.clone()
                data-testid=id
                on:change=move |event| choose(field.choice_ix(&event_target_value(&event)))
            >
                <option value="" prop:selected=move || chosen.get().is_none()>{empty}</option>
                {options}
            </select>
        </div>
    }
}
