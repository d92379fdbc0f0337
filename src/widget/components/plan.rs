//! From a score to a plan: each item's note and evidence, opened under its
//! toggle in the questionnaire, and the action plan under the next steps.
//! All of it is kept in this browser's notebook
//! ([`crate::model::saved::notebook`]) and in the records file, never in a
//! link. Its code is fetched on first use: the page's start carries only
//! the toggles, the plan's empty section and [`hand_on`], which hands
//! every control of the notes and the plan to [`notebook_acted`].

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::act_on_first_use;
use crate::markup::plan::{notes_html, Plan};
use crate::markup::records::records_advice_html;
use crate::markup::Html;
use crate::model::engine::{answer_above, NextSteps};
use crate::model::saved::notebook::{Notebook, Status};
use crate::model::saved::{is_date, RECORDS_ADVICE_KEY};
use crate::web::dom::{
    call_method, call_method_with, document, focused_within, property, set_property,
};
use crate::web::{page, storage};
use crate::widget::store::Store;

/// Draws the action plan into its section, written just now with the
/// next steps ([`super::next_steps`]), once that is in the page: by code
/// fetched on first use.
pub fn draw_plan_soon(store: Store) {
    leptos::task::spawn_local(async move {
        if let Some(section) = plan_section() {
            act_on_first_use(store, section);
        }
    });
}

/// Hands each control of the notes and the plan that a click, an input or
/// a change lands on (an element with a `data-testid` and a `data-item`,
/// and the button that plans every next step) to the code fetched on
/// first use. One listener on the window for the whole page, so that the
/// questions, the next steps and the plan need no handler of their own.
pub fn hand_on(store: Store) {
    let hand = move |event: web_sys::Event| {
        let Some(element) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let control = element.get_attribute("data-testid");
        if control.is_some() && element.has_attribute("data-item")
            || control.as_deref() == Some("plan-from-next-steps")
        {
            act_on_first_use(store, element);
        }
    };
    // A select, a date and a checkbox tell `input` too.
    for name in ["click", "input"] {
        let _ = window_event_listener_untyped(name, hand);
    }
}

/// What went wrong with keeping the notebook, said above the plan.
#[derive(Clone, Copy)]
enum Trouble {
    /// What this browser kept could not be read; it was set aside.
    Unreadable,
    /// Storage refused the last change.
    NotSaved,
}

thread_local! {
    /// The notebook as last changed, while storage cannot keep it.
    static UNSAVED: RefCell<Option<Notebook>> = const { RefCell::new(None) };
    static TROUBLE: Cell<Option<Trouble>> = const { Cell::new(None) };
}

/// The notebook as this browser keeps it (or as last changed, where
/// storage refused it).
pub(super) fn kept_notebook(store: Store) -> Notebook {
    if let Some(unsaved) = UNSAVED.with_borrow(Clone::clone) {
        return unsaved;
    }
    storage::load_notebook(store.current).unwrap_or_else(|| {
        TROUBLE.set(Some(Trouble::Unreadable));
        Notebook::default()
    })
}

/// Keeps the notebook as changed; once it holds something, the browser is
/// asked to keep its storage and the visitor how to keep the records.
/// True where storage refuses it for the first time: the plan must say so.
pub(super) fn keep(store: Store, notebook: &Notebook) -> bool {
    static ASKED: AtomicBool = AtomicBool::new(false);
    let saved = storage::save_notebook(store.current, notebook);
    UNSAVED.set((!saved).then(|| notebook.clone()));
    let newly_refused = !saved
        && !matches!(
            TROUBLE.replace(Some(Trouble::NotSaved)),
            Some(Trouble::NotSaved)
        );
    if !notebook.is_empty() {
        if !ASKED.swap(true, Ordering::Relaxed) {
            page::ask_to_keep_storage();
        }
        store.advise_keeping_records();
        if store.records_advice.get_untracked() {
            storage::save_choice(RECORDS_ADVICE_KEY, true);
        }
    }
    // Kept from now on, so that the plan is drawn with the next steps;
    // drawn here, by whoever changed it.
    store.notebook_kept.update_untracked(|kept| *kept = true);
    newly_refused
}

/// What a control of the notes or the plan does, or the plan's section
/// drawn; false for anything else. In the module fetched on first use.
pub(super) fn notebook_acted(store: Store, element: &web_sys::Element) -> bool {
    let Some(control) = element.get_attribute("data-testid") else {
        return false;
    };
    let item = element.get_attribute("data-item").unwrap_or_default();
    let value = || property(element, "value").as_string().unwrap_or_default();
    let now = js_sys::Date::now() as u64;
    let mut notebook = kept_notebook(store);
    let before = notebook.clone();
    // Whether the plan's rows change, or only what follows from them.
    let mut rows_changed = false;
    match control.as_str() {
        "plan" => {
            draw(store, element, &notebook);
            return true;
        }
        "item-notes-toggle" => {
            toggle_notes(store, element, &item, &notebook);
            return true;
        }
        "item-note" => notebook.set_note(&item, &value(), now),
        "evidence" => {
            let kind = element.get_attribute("data-kind").unwrap_or_default();
            // Compared, not read with `as_bool`: each wasm-bindgen
            // intrinsic is a function in the glue every visitor fetches.
            let held = property(element, "checked") == JsValue::TRUE;
            notebook.set_evidence(&item, &kind, held, now);
        }
        "plan-add" => {
            let target = element.get_attribute("data-target").unwrap_or_default();
            notebook.add_to_plan(&item, &target, now);
            rows_changed = true;
            if let Ok(Some(panel)) = element.closest(".item-notes") {
                if let Ok(Some(status)) = panel.query_selector(".in-plan") {
                    status.set_text_content(Some(store.lang().plan_strings().in_plan));
                }
            }
        }
        "plan-from-next-steps" => {
            if let NextSteps::Reach { changes, .. } = store.next_steps_now() {
                let rubric = store.current;
                for change in changes {
                    let item = &rubric.item(change.item).id;
                    notebook.add_to_plan(item, &rubric.answer(change.to).key, now);
                }
            }
            rows_changed = true;
        }
        "plan-remove" => {
            notebook.remove_from_plan(&item, now);
            rows_changed = true;
        }
        "plan-target" => notebook.edit_plan(&item, now, |row| row.target = value()),
        "plan-owner" => notebook.edit_plan(&item, now, |row| {
            row.owner = value().chars().take(60).collect();
        }),
        "plan-date" => {
            let date = value();
            if date.is_empty() || is_date(&date) {
                notebook.edit_plan(&item, now, |row| row.date = date);
            }
        }
        "plan-status" => {
            if let Some(status) = Status::from_key(&value()) {
                notebook.edit_plan(&item, now, |row| row.status = status);
            }
        }
        _ => return false,
    }
    if notebook != before {
        // Drawn whole the first time, and when what is said above it changes.
        let first = !store.notebook_kept.get_untracked();
        let newly_refused = keep(store, &notebook);
        match plan_section() {
            Some(section) if rows_changed || first || newly_refused => {
                draw(store, &section, &notebook)
            }
            Some(section) => follow(store, &section, element, &notebook),
            None => {}
        }
    }
    true
}

/// The plan's section on the page.
fn plan_section() -> Option<web_sys::Element> {
    document()?.get_element_by_id("plan")
}

/// Draws the plan into its section, with what went wrong in keeping it,
/// and the advice on keeping the records when it is due and the saved
/// results do not show it; keeps focus on the control that had it. The
/// open notes are drawn again too ([`redraw_open_notes`]).
fn draw(store: Store, section: &web_sys::Element, notebook: &Notebook) {
    let lang = store.lang();
    let strings = lang.plan_strings();
    let mut html = match TROUBLE.get() {
        Some(trouble) => html_alert(match trouble {
            Trouble::Unreadable => strings.unreadable,
            Trouble::NotSaved => strings.not_saved,
        }),
        None => Html::default(),
    };
    html.push(&with_plan(store, notebook, |plan| plan.html()));
    if store.records_advice.get_untracked() && store.snapshots().with_untracked(Vec::is_empty) {
        html.push(&records_advice_html(lang));
    }
    let focused = focused_within(section).and_then(|control| {
        Some((
            control.get_attribute("data-testid")?,
            control.get_attribute("data-item")?,
        ))
    });
    section.set_inner_html(html.as_str());
    if let Some((control, item)) = focused {
        let selector = format!("[data-testid=\"{control}\"][data-item=\"{item}\"]");
        if let Ok(Some(control)) = section.query_selector(&selector) {
            call_method(&control, "focus");
        }
    }
    redraw_open_notes(store, notebook);
}

/// Draws each open note and evidence again, as `notebook` has them, but
/// for one being written in.
fn redraw_open_notes(store: Store, notebook: &Notebook) {
    let questions = document().and_then(|d| d.get_element_by_id("questions"));
    let Some(panels) = questions.and_then(|q| q.query_selector_all(".item-notes").ok()) else {
        return;
    };
    for index in 0..panels.length() {
        let Some(panel) = panels
            .item(index)
            .and_then(|p| p.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let item = panel
            .query_selector("textarea")
            .ok()
            .flatten()
            .and_then(|note| note.get_attribute("data-item"));
        if let (Some(item), None) = (item, focused_within(&panel)) {
            set_property(
                &panel,
                "outerHTML",
                &notes_for(store, &item, notebook).as_str().into(),
            );
        }
    }
}

/// `write` given the plan of `notebook` for the visitor's answers, today.
fn with_plan<T>(store: Store, notebook: &Notebook, write: impl FnOnce(&Plan) -> T) -> T {
    let (answers, today) = (store.own_now(), store.today());
    write(&Plan {
        rubric: store.current,
        lang: store.lang(),
        answers: &answers,
        notebook,
        today: &today,
    })
}

fn html_alert(text: &str) -> Html {
    crate::html!("<p class=\"unavailable\" role=\"alert\">{}</p>", text)
}

/// What follows from a change to a row's fields or to a note: the row's
/// overdue mark, what the plan leads to, and the notes to print.
fn follow(
    store: Store,
    section: &web_sys::Element,
    changed: &web_sys::Element,
    notebook: &Notebook,
) {
    let (lang, today) = (store.lang(), store.today());
    if let Ok(Some(row)) = changed.closest("[data-testid=plan-row]") {
        let item = row.get_attribute("data-item").unwrap_or_default();
        let overdue = notebook.row(&item).is_some_and(|r| r.is_overdue(&today));
        let _ = if overdue {
            row.set_attribute("data-overdue", "")
        } else {
            row.remove_attribute("data-overdue")
        };
        if let Ok(Some(mark)) = row.query_selector(".overdue") {
            let strings = lang.plan_strings();
            mark.set_text_content(Some(if overdue { strings.overdue } else { "" }));
        }
    }
    let parts = with_plan(store, notebook, |plan| {
        [
            (".plan-summary", plan.summary_html()),
            (".plan-report", plan.report_html()),
        ]
    });
    for (selector, html) in parts {
        if let Ok(Some(part)) = section.query_selector(selector) {
            part.set_inner_html(html.as_str());
        }
    }
}

/// Opens an item's note and evidence under its toggle, or closes them.
fn toggle_notes(store: Store, toggle: &web_sys::Element, item: &str, notebook: &Notebook) {
    let open = toggle.get_attribute("aria-expanded").as_deref() == Some("true");
    if open {
        let panel = property(toggle, "nextElementSibling");
        if !panel.is_null() {
            call_method(&panel, "remove");
        }
    } else {
        let html = notes_for(store, item, notebook);
        call_method_with(
            toggle,
            "insertAdjacentHTML",
            &["afterend".into(), html.as_str().into()],
        );
    }
    let _ = toggle.set_attribute("aria-expanded", if open { "false" } else { "true" });
}

/// An item's note and evidence, with the answer its plan entry is to
/// reach: the next step's, or the one above its answer now.
fn notes_for(store: Store, item: &str, notebook: &Notebook) -> Html {
    let rubric = store.current;
    let Some(ix) = rubric.item_ix(item) else {
        return Html::default();
    };
    let step = match store.next_steps_now() {
        NextSteps::Reach { changes, .. } => changes.into_iter().find(|c| c.item == ix),
        _ => None,
    };
    let target = step.map_or_else(
        || answer_above(rubric, store.own_now().get(ix)),
        |step| step.to,
    );
    notes_html(rubric, store.lang(), rubric.item(ix), notebook, target)
}
