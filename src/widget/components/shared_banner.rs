use leptos::prelude::*;

use super::comparison::Comparison;
use super::records_panel::{records_banner_written, records_link_taken};
use crate::markup::unavailable_html;
use crate::model::i18n::fill;
use crate::web::dom::confirm;
use crate::widget::store::{use_store, Side};

/// Shown while viewing a result from a link: says it is someone else's,
/// read-only (and, for a result made for an earlier release of the guide,
/// which version it is scored by), and offers the visitor's own self-check,
/// to carry on from this result as their own (once confirmed, if they have
/// answers of their own), and, when they have, a comparison. A comparison
/// link shows its two results. A records link says what it carries and
/// offers to take it in instead.
#[component]
pub fn SharedBanner() -> impl IntoView {
    let store = use_store();
    let strings = store.strings();
    // Memos, so that each part is rebuilt only when it comes or goes.
    let is_shared = Memo::new(move |_| store.is_shared());
    let is_comparison_link = Memo::new(move |_| store.comparison_link_shown());
    let records_saved = Memo::new(move |_| store.records_link_saved());
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
    // A records link's banner, written by the code that takes it in.
    let records_banner = move || {
        let html = RwSignal::new(String::new());
        leptos::task::spawn_local(async move {
            let written = records_banner_written(store).await;
            html.set(written.unwrap_or_else(|_| unavailable_html(store.lang()).into_string()));
        });
        let take = move |_| {
            leptos::task::spawn_local(async move {
                _ = records_link_taken(store).await;
            });
        };
        view! { <div inner_html=move || html.get() on:click=take></div> }
    };
    let banner = move || {
        view! {
            <section class="shared-banner" data-testid="shared-banner">
                {move || match records_saved.get() {
                    Some(_) => records_banner().into_any(),
                    None => view! {
                        <p class="shared-banner-text">
                            {move || if is_comparison_link.get() { strings.comparison_banner } else { strings.shared_banner }}
                        </p>
                    }.into_any(),
                }}
                {release_note()}
                <div class="shared-banner-actions">
                    <button type="button" class="primary" on:click=move |_| store.leave_shared_view()>
                        {strings.start_own}
                    </button>
                    {move || records_saved.get().is_none().then(|| view! {
                        <button type="button" data-testid="continue-from-shared" on:click=carry_on>
                            {strings.continue_from_shared}
                        </button>
                    })}
                    {move || can_compare.get().then(compare_button)}
                </div>
                <Comparison/>
            </section>
        }
    };
    move || is_shared.get().then(banner)
}
