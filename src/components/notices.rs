use leptos::prelude::*;

use crate::i18n::{notice_role, Lang};
use crate::notice::Notice;
use crate::rubric::Rubric;

/// Problems the user must know of (a link that cannot be read, storage
/// that cannot keep progress), each in a `role="alert"` or `role="status"`
/// element until dismissed. Serves both pages.
#[component]
pub fn Notices(
    /// The notices to show, oldest first.
    notices: ReadSignal<Vec<Notice>>,
    /// Called with a notice the visitor dismisses.
    on_dismiss: Callback<Notice>,
    /// The rubric the notices speak of (its version).
    rubric: &'static Rubric,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let strings = lang.strings();
    let notice = move |notice: Notice| {
        view! {
            <div class="notice" class:notice-alert=notice.concerns_link() role=notice_role(notice)>
                <p>{strings.notice(notice, rubric)}</p>
                <button type="button" class="notice-dismiss" on:click=move |_| on_dismiss.run(notice)>
                    {strings.dismiss}
                </button>
            </div>
        }
    };
    // Notices come and go rarely: the list is simply rebuilt.
    view! { <div class="notices">{move || notices.get().into_iter().map(notice).collect_view()}</div> }
}
