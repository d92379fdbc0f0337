use leptos::prelude::*;

use crate::html;
use crate::ui::ProfileFields;
use crate::widget::store::use_store;

/// "About your enterprise": the rubric's profile fields (industry, size)
/// as `<select>`s, each "not given" until the visitor chooses. Never
/// required and never scored; saved with the answers, and carried in the
/// result link when given (the share panel says so). A shared result's
/// profile is shown as text, and so is the visitor's in print.
#[component]
pub fn ProfileQuestions() -> impl IntoView {
    let store = use_store();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric());
    let chosen = store.profile;
    // The profile as text, empty when not given.
    let profile = Memo::new(move |_| {
        chosen
            .with(|choices| strings.profile(rubric, choices, lang))
            .unwrap_or_default()
    });
    let is_shared = Memo::new(move |_| store.is_shared());
    let own = move || {
        (!is_shared.get()).then(|| {
            view! {
                <ProfileFields
                    rubric
                    lang
                    prefix="profile"
                    empty=strings.not_given
                    chosen=move || chosen.get()
                    choose=move |field, choice| store.set_profile(field, choice)
                />
            }
        })
    };
    let shared = move || match is_shared.get() {
        true => html!(
            "<p class=\"shared-profile\" data-testid=\"shared-profile\">{}</p>",
            profile.get()
        )
        .into_string(),
        false => String::new(),
    };
    let hidden =
        move || rubric.profile.is_empty() || is_shared.get() && profile.with(String::is_empty);
    view! {
        <section class="profile" aria-labelledby="profile-heading" hidden=hidden>
            <h3 id="profile-heading">{strings.about_enterprise}</h3>
            <p class="hint" hidden=move || is_shared.get()>{strings.about_enterprise_hint}</p>
            {own}
            // Printed for the visitor's own; a shared result's is on screen, and printed, below.
            <p class="print-only">{move || if is_shared.get() { String::new() } else { profile.get() }}</p>
            <div inner_html=shared></div>
        </section>
    }
}
