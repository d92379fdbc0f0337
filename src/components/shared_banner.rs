use leptos::prelude::*;

use super::compare::Compare;
use crate::state::use_state;

/// Shown while viewing a result from a link: says it is someone else's,
/// read-only, and offers the visitor's own self-check and, when they have
/// progress of their own, a comparison.
#[component]
pub fn SharedBanner() -> impl IntoView {
    let state = use_state();
    let strings = state.strings();
    let comparing = RwSignal::new(false);
    let has_own_progress = move || state.own.with(|own| own.answered() > 0);
    view! {
        <Show when=move || state.is_shared()>
            <section class="shared-banner" data-testid="shared-banner">
                <p class="shared-banner-text">{strings.shared_banner}</p>
                <div class="shared-banner-actions">
                    <button
                        type="button"
                        class="primary"
                        on:click=move |_| {
                            comparing.set(false);
                            state.leave_shared();
                        }
                    >
                        {strings.start_own}
                    </button>
                    <Show when=has_own_progress>
                        <button
                            type="button"
                            aria-expanded=move || comparing.get().to_string()
                            on:click=move |_| comparing.update(|c| *c = !*c)
                        >
                            {strings.compare}
                        </button>
                    </Show>
                </div>
                <Show when=move || comparing.get() && has_own_progress()>
                    <Compare/>
                </Show>
            </section>
        </Show>
    }
}
