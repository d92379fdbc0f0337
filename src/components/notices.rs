use leptos::prelude::*;

use crate::i18n::notice_role;
use crate::notice::Notice;
use crate::store::use_store;

/// Problems the user must know of (a link that cannot be read, storage
/// that cannot keep progress), each in a `role="alert"` or `role="status"`
/// element until dismissed.
#[component]
pub fn Notices() -> impl IntoView {
    let store = use_store();
    let strings = store.strings();
    let notice = move |notice: Notice| {
        view! {
            <div class="notice" class:notice-alert=notice.concerns_link() role=notice_role(notice)>
                <p>{strings.notice(notice, store.rubric)}</p>
                <button type="button" class="notice-dismiss" on:click=move |_| store.dismiss(notice)>
                    {strings.dismiss}
                </button>
            </div>
        }
    };
    // Notices come and go rarely: the list is simply rebuilt.
    view! { <div class="notices">{move || store.notices().get().into_iter().map(notice).collect_view()}</div> }
}
