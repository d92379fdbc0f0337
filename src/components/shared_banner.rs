use leptos::prelude::*;

use super::comparison::Comparison;
use crate::i18n::fill;
use crate::store::{use_store, Side};

/// Shown while viewing a result from a link: says it is someone else's,
/// read-only (and, for a result made for an earlier release of the guide,
/// which version it is scored by), and offers the visitor's own self-check
/// and, when they have progress of their own, a comparison.
#[component]
pub fn SharedBanner() -> impl IntoView {
    let store = use_store();
    let strings = store.strings();
    let comparing = RwSignal::new(false);
    // Memos, so that each part is rebuilt only when it comes or goes.
    let is_shared = Memo::new(move |_| store.is_shared());
    let own = store.own();
    let has_own_progress = Memo::new(move |_| own.with(|own| own.answered() > 0));
    let shows_comparison = Memo::new(move |_| comparing.get() && has_own_progress.get());
    // The shared result beside the visitor's own.
    let with_mine = move || {
        let theirs = store.side(Side::Shared)?;
        let mine = store.side(Side::Current)?;
        Some(view! {
            <Comparison
                before=theirs
                after=mine
                before_label=strings.theirs.to_string()
                after_label=strings.mine.to_string()
            />
        })
    };
    // A comparison link: its two results.
    let link_comparison = move || {
        store
            .comparison()
            .filter(|(b, _)| b.side == Side::SharedBefore)
    };
    let is_link_comparison = Memo::new(move |_| link_comparison().is_some());
    let shared_comparison = move || {
        is_link_comparison.track();
        let (before, after) = link_comparison()?;
        Some(view! {
            <Comparison
                before
                after
                before_label=strings.compare_before.to_string()
                after_label=strings.compare_after.to_string()
            />
        })
    };
    let compare_button = move || {
        view! {
            <button
                type="button"
                aria-expanded=move || comparing.get().to_string()
                on:click=move |_| comparing.update(|c| *c = !*c)
            >
                {strings.compare}
            </button>
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
    let banner = move || {
        view! {
            <section class="shared-banner" data-testid="shared-banner">
                <p class="shared-banner-text">
                    {move || if is_link_comparison.get() { strings.comparison_banner } else { strings.shared_banner }}
                </p>
                {release_note()}
                <div class="shared-banner-actions">
                    <button
                        type="button"
                        class="primary"
                        on:click=move |_| {
                            comparing.set(false);
                            store.leave_shared_view();
                        }
                    >
                        {strings.start_own}
                    </button>
                    {move || has_own_progress.get().then(compare_button)}
                </div>
                {move || shows_comparison.get().then(with_mine)}
                {shared_comparison}
            </section>
        }
    };
    move || is_shared.get().then(banner)
}
