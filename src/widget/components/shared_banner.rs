use leptos::prelude::*;

use super::act_on_first_use;
use super::comparison::Comparison;
use crate::model::i18n::fill;
use crate::web::dom::{clicked_button, confirm};
use crate::widget::store::{use_store, Side};

/// Shown while viewing a result from a link: says it is someone else's,
/// read-only (and, for a result made for an earlier release of the guide,
/// which version it is scored by), and offers the visitor's own self-check,
/// to carry on from this result as their own (once confirmed, if they have
/// answers of their own), and, when they have, a comparison. A comparison
/// link shows its two results. A records link says what it carries and
/// offers to take it in.
#[component]
pub fn SharedBanner() -> impl IntoView {
    let store = use_store();
    let strings = store.strings();
    // Memos, so that each part is rebuilt only when it comes or goes.
    let is_shared = Memo::new(move |_| store.is_shared());
    let is_comparison_link = Memo::new(move |_| store.comparison_link_shown());
    let own = store.own();
    let can_compare =
        Memo::new(move |_| own.with(|own| own.answered() > 0) && !is_comparison_link.get());
    // Theirs beside the visitor's own.
    let compare_button = move || {
        let comparing = move || store.is_comparing(Side::Shared, Side::Current);
        view! {
            <button
                type="button"
                aria-expanded=move || comparing().to_string()
                on:click=move |_| {
                    if comparing() {
                        store.close_comparison();
                    } else {
                        store.compare(Side::Shared, Side::Current);
                    }
                }
            >
                {strings.compare}
            </button>
        }
    };
    let carry_on = move |_| {
        let count = own.with_untracked(|own| own.answered());
        let question = fill(strings.continue_replaces, &[("count", &count.to_string())]);
        if count == 0 || confirm(&question) {
            store.continue_from_shared();
        }
    };
    // The page is rebuilt when the rubric on screen changes: read once.
    let release_note = move || {
        store.shows_earlier_release().then(|| {
            let note = fill(
                strings.earlier_release,
                &[
                    ("version", &store.rubric().version.to_string()),
                    ("current", &store.current.version.to_string()),
                ],
            );
            view! { <p class="release-note" data-testid="release-note">{note}</p> }
        })
    };
    // A records link's banner, written by the code that opened it; its
    // button goes where the records' buttons go.
    let take = move |event: web_sys::MouseEvent| {
        if let Some(button) = clicked_button(&event) {
            act_on_first_use(store, button);
        }
    };
    let banner = move || {
        view! {
            <section class="shared-banner" data-testid="shared-banner">
                <div inner_html=move || store.records_message.get() on:click=take></div>
                <p class="shared-banner-text">
                    {move || if is_comparison_link.get() { strings.comparison_banner } else { strings.shared_banner }}
                </p>
                {release_note()}
                <div class="shared-banner-actions">
                    <button type="button" class="primary" on:click=move |_| store.leave_shared_view()>
                        {strings.start_own}
                    </button>
                    <button type="button" data-testid="continue-from-shared" on:click=carry_on>
                        {strings.continue_from_shared}
                    </button>
                    {move || can_compare.get().then(compare_button)}
                </div>
                <Comparison/>
            </section>
        }
    };
    move || is_shared.get().then(banner)
}
