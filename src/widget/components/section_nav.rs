use leptos::prelude::*;

use crate::markup::questions::group_anchor;
use crate::markup::section_nav::section_nav_html;
use crate::markup::Form;
use crate::web::after_paint::after_paint;
use crate::web::dom;
use crate::widget::store::use_store;

/// The table of contents: three parts, eight groups, each group with its
/// completion; a group jumps to its questions. Written by the writer of the
/// page's opening, again once the frame of a tap that changed the answers
/// has been painted: the tapped answer and the score come first.
#[component]
pub fn SectionNav() -> impl IntoView {
    let store = use_store();
    let (lang, rubric) = (store.lang(), store.rubric());
    let html = after_paint(
        move || store.shown.track(),
        move || {
            store
                .shown
                .with_untracked(|answers| section_nav_html(rubric, lang, Form::Live, answers))
                .into_string()
        },
    );
    let go_to_group = move |event: web_sys::MouseEvent| {
        if let Some(group) = dom::clicked_button(&event).and_then(|b| b.get_attribute("data-group"))
        {
            dom::focus_element(&group_anchor(&group), None);
        }
    };
    view! {
        <nav class="section-nav" aria-label=store.strings().sections inner_html=move || html.get() on:click=go_to_group></nav>
    }
}
