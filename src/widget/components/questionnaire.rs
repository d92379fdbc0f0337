use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::progress_row::ProgressRow;
use crate::markup::plan::notes_toggle_html;
use crate::markup::questions::{part_html, scale_legend_html};
use crate::markup::Form;
use crate::markup::Html;
use crate::model::engine::Answers;
use crate::model::rubric::Choice;
use crate::web::page::OpeningQuestions;
use crate::widget::store::use_store;

/// All items of the rubric on one page, by part and group, under the
/// progress row and the answer scale; each of the visitor's own items
/// with the toggle of its note and evidence.
#[component]
pub fn Questionnaire(
    /// Whether the result panel is on the page: the items get their
    /// `data-item` hooks then, so that automation that finds the
    /// questionnaire finds the result too (docs/contract.md), while the
    /// panel is built a task after the questions.
    result_shown: ReadSignal<bool>,
    /// The questions of the opening the widget took over: taken as they
    /// are (with what was answered in them) when they are the live ones,
    /// in the page's language, rather than written again.
    opening: Option<OpeningQuestions>,
) -> impl IntoView {
    let store = use_store();
    let (lang, rubric) = (store.lang(), store.rubric());
    // The parts as HTML text (see `crate::markup::questions`), written again only
    // when a shared result is opened or left; the effect below keeps the
    // answers in step, and one handler takes every radio's.
    let form = Memo::new(move |_| super::answers_form(store));
    let answer = move |event: web_sys::Event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let (Some(item), Some(choice)) =
            (rubric.item_ix(&input.name()), rubric.choice(&input.value()))
        {
            store.answer(item, Some(choice));
        }
    };
    let parts = NodeRef::<leptos::html::Div>::new();
    // The radios and each item's `answered` mark, for the answers shown
    // (only the items whose answer changed since the last run are
    // touched), and the items' hooks once the result is shown.
    Effect::new(move |before: Option<Option<InStep>>| {
        let (form, answers, marked) = (form.get(), store.shown.get(), result_shown.get());
        let before = match before.flatten() {
            Some(before) if before.form == form => before,
            // The parts are (re)written unmarked, with no answer checked
            // but those given in the opening, which the store holds too.
            _ => {
                let parts = parts.get()?;
                let taken = form == Form::Live
                    && opening.as_ref().is_some_and(|o| o.move_into(&parts, lang));
                if !taken {
                    let html: Html = rubric
                        .part_ixs()
                        .map(|p| part_html(rubric, lang, p, form))
                        .collect();
                    parts.set_inner_html(html.as_str());
                }
                InStep {
                    form,
                    answers: Answers::unanswered(rubric),
                    marked: false,
                    fieldsets: parts.query_selector_all("fieldset").ok()?,
                }
            }
        };
        for (index, item) in rubric.items().enumerate() {
            let Some(fieldset) = before.fieldsets.item(index as u32) else {
                continue;
            };
            let fieldset: web_sys::Element = fieldset.unchecked_into();
            if marked && !before.marked {
                let _ = fieldset.set_attribute("data-item", &item.item.id);
                // The visitor's own items open their notes ([`super::plan`]).
                if form == Form::Live {
                    let toggle = notes_toggle_html(lang, item.item);
                    let _ = fieldset.insert_adjacent_html("beforeend", toggle.as_str());
                }
            }
            let answer = answers.get(item.ix);
            if before.answers.get(item.ix) != answer {
                show_answer(&fieldset, answer);
            }
        }
        Some(InStep {
            form,
            answers,
            marked,
            fieldsets: before.fieldsets,
        })
    });
    view! {
        <ProgressRow/>
        <details class="scale-legend" inner_html=scale_legend_html(rubric, lang).into_string()></details>
        <div class="parts" node_ref=parts on:change=answer></div>
    }
}

/// What the questions on the page have been brought in step with.
#[derive(Clone)]
struct InStep {
    form: Form,
    answers: Answers,
    /// Whether the items carry their `data-item` hooks.
    marked: bool,
    /// The items' fieldsets as last written, in rubric order.
    fieldsets: web_sys::NodeList,
}

/// Marks an item's `fieldset` answered or not, and checks the radio of
/// `answer` alone (the radios are in the scale's order).
fn show_answer(fieldset: &web_sys::Element, answer: Option<Choice>) {
    fieldset.set_class_name(if answer.is_some() {
        "item answered"
    } else {
        "item"
    });
    let Ok(radios) = fieldset.query_selector_all(".choices input") else {
        return;
    };
    for index in 0..radios.length() {
        if let Some(radio) = radios.item(index) {
            let checked = answer.is_some_and(|choice| u32::from(choice.index()) == index);
            radio
                .unchecked_into::<web_sys::HtmlInputElement>()
                .set_checked(checked);
        }
    }
}
