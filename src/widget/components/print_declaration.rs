use leptos::prelude::*;

use crate::markup::declaration::declaration_html;
use crate::widget::store::use_store;

/// The end of a printed report: the deployment's declaration, with lines
/// to sign by hand ([`declaration_html`]). Shown only in print; written
/// once a page, as its texts are plain.
#[component]
pub fn PrintDeclaration() -> impl IntoView {
    let store = use_store();
    let html = declaration_html(store.current, store.lang()).into_string();
    view! {
        <section class="print-only print-declaration" data-testid="print-declaration" inner_html=html></section>
    }
}
