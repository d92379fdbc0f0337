use leptos::prelude::*;

use crate::markup::header::widget_header_html;
use crate::markup::Form;
use crate::ui::SiteHeader;
use crate::widget::store::use_store;

/// The page header: the language switch and the large-text toggle, what
/// this checks, that answers stay here, how long it takes. Written by the
/// writer of the page's opening.
#[component]
pub fn Header() -> impl IntoView {
    let store = use_store();
    let large_text = store.settings.large_text().get_untracked();
    let html = widget_header_html(store.rubric(), store.lang(), Form::Live, large_text);
    view! { <SiteHeader html/> }
}
