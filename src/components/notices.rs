use leptos::prelude::*;

use crate::state::{use_state, Notice};

/// Problems the user must know of (a link that cannot be read, storage
/// that cannot keep progress), each in a `role="alert"` or `role="status"`
/// element until dismissed.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    let strings = state.strings();
    let notice = move |notice: Notice| {
        view! {
            <div class="notice" class:notice-alert=notice.concerns_link() role=notice.role()>
                <p>{notice.message(strings, state.rubric)}</p>
                <button type="button" class="notice-dismiss" on:click=move |_| state.dismiss(notice)>
                    {strings.dismiss}
                </button>
            </div>
        }
    };
    // Notices come and go rarely: the list is simply rebuilt.
    view! { <div class="notices">{move || state.notices.get().into_iter().map(notice).collect_view()}</div> }
}
