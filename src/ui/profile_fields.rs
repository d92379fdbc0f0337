use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::markup::profile::profile_fields_html;
use crate::model::i18n::Lang;
use crate::model::rubric::{FieldIx, Rubric};

/// The rubric's profile fields (industry, size) as labelled `<select>`s,
/// the widget's questions and the reader's filters alike: written as HTML
/// text (see [`profile_fields_html`]), with one handler for every select.
/// Each select's id and test id are `{prefix}-{field id}`, its empty value
/// is named `empty` ("not given", or "all"); `chosen` gives each field's
/// choice to show, in rubric order, and `choose` is told each choice made.
#[component]
pub fn ProfileFields(
    /// The rubric whose fields these are.
    rubric: &'static Rubric,
    /// The page's language.
    lang: Lang,
    /// What the selects' ids and test ids begin with.
    prefix: &'static str,
    /// The name of the empty value.
    empty: &'static str,
    /// The position of each field's choice shown, or none for the empty value.
    chosen: impl Fn() -> Vec<Option<u8>> + 'static,
    /// Told each choice made: the field, and the choice's position or none.
    choose: impl Fn(FieldIx, Option<u8>) + 'static,
) -> impl IntoView {
    let fields = NodeRef::<leptos::html::Div>::new();
    // The selects show the choices given, however they were given.
    Effect::new(move |_| {
        let choices = chosen();
        let Some(selects) = fields
            .get()
            .and_then(|f| f.query_selector_all("select").ok())
        else {
            return;
        };
        for (((_, field), choice), index) in rubric.fields().zip(choices).zip(0..) {
            let code = choice.and_then(|c| field.choice(c)).map_or("", |c| &c.code);
            if let Some(select) = selects.item(index) {
                select
                    .unchecked_into::<web_sys::HtmlSelectElement>()
                    .set_value(code);
            }
        }
    });
    let change = move |event: web_sys::Event| {
        let Some(select) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        else {
            return;
        };
        if let Some(ix) = rubric.field_ix(&select.name()) {
            choose(ix, rubric.field(ix).choice_ix(&select.value()));
        }
    };
    let html = profile_fields_html(rubric, lang, prefix, empty).into_string();
    view! { <div class="profile-fields" node_ref=fields on:change=change inner_html=html></div> }
}
