use leptos::prelude::*;

use crate::state::use_state;

/// Problems the user must know of (a link that cannot be read, storage
/// that cannot keep progress), each in a `role="alert"` or `role="status"`
/// element until dismissed.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    let strings = state.strings();
    view! {
        <div class="notices">
            <For each=move || state.notices.get() key=|notice| *notice let:notice>
                <div class="notice" class:notice-alert=notice.concerns_link() role=notice.role()>
                    <p>{notice.message(strings, state.rubric)}</p>
                    <button
                        type="button"
                        class="notice-dismiss"
                        on:click=move |_| state.dismiss(notice)
                    >
                        {strings.dismiss}
                    </button>
                </div>
            </For>
        </div>
    }
}
