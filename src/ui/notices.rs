use leptos::prelude::*;

use super::settings::use_settings;
use super::NoticeBoard;
use crate::model::i18n::{notice_role, Lang};
use crate::model::notice::Notice;
use crate::model::rubric::Rubric;

/// Problems the user must know of (a link that cannot be read, storage
/// that cannot keep progress), each in a `role="alert"` or `role="status"`
/// element until dismissed. Serves both pages, in their language.
#[component]
pub fn Notices(
    /// The page's notices.
    board: NoticeBoard,
    /// The rubric the notices speak of (its version).
    rubric: &'static Rubric,
    /// The page's words for a notice (`crate::model::i18n::widget_notice`, `reader_notice`).
    wording: fn(Lang, Notice, &Rubric) -> String,
) -> impl IntoView {
    let settings = use_settings();
    let (lang, strings) = (settings.lang(), settings.strings());
    let notices = board.list();
    let notice = move |notice: Notice| {
        view! {
            <div class="notice" class:notice-alert=notice.concerns_link() role=notice_role(notice)>
                <p>{wording(lang, notice, rubric)}</p>
                <button type="button" class="notice-dismiss" on:click=move |_| board.dismiss(notice)>
                    {strings.dismiss}
                </button>
            </div>
        }
    };
    // Notices come and go rarely: the list is simply rebuilt.
    view! { <div class="notices">{move || notices.get().into_iter().map(notice).collect_view()}</div> }
}
