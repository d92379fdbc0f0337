use leptos::prelude::*;

use crate::model::rubric::FieldIx;
use crate::ui::ProfileSelect;
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
    let profile = Memo::new(move |_| chosen.with(|choices| strings.profile(rubric, choices, lang)));
    let select = move |ix: FieldIx| {
        view! {
            <ProfileSelect
                field=rubric.field(ix)
                lang
                prefix="profile"
                empty=strings.not_given
                // Read with `get`: while the page is rebuilt for another release,
                // the answers on screen may be of a rubric without this field.
                chosen=Signal::derive(move || chosen.with(|choices| choices.get(ix.index()).copied().flatten()))
                choose=move |choice| store.set_profile(ix, choice)
            />
        }
    };
    let own = move || {
        let selects = rubric.fields().map(|(ix, _)| select(ix)).collect_view();
        view! {
            <p class="hint">{strings.about_enterprise_hint}</p>
            <div class="profile-fields">{selects}</div>
            <p class="print-only">{move || profile.get()}</p>
        }
    };
    let shared = move || {
        profile
            .get()
            .map(|text| view! { <p class="shared-profile" data-testid="shared-profile">{text}</p> })
    };
    let is_shared = Memo::new(move |_| store.is_shared());
    let shown_at_all =
        move || !rubric.profile.is_empty() && (!is_shared.get() || profile.with(Option::is_some));
    view! {
        <section class="profile" aria-labelledby="profile-heading" hidden=move || !shown_at_all()>
            <h3 id="profile-heading">{strings.about_enterprise}</h3>
            {move || if is_shared.get() { shared().into_any() } else { own().into_any() }}
        </section>
    }
}
