use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::markup::records::{
    problem_texts, records_banner_html, records_html, refusal_html, taken_html,
};
use crate::markup::unavailable_html;
use crate::model::saved::records::Records;
use crate::web::dom::{chosen_file, clicked_button, download, file_text};
use crate::widget::store::{use_store, RecordsMessage, Store};

/// Keeping the records where the browser cannot clear them: a link that
/// carries the answers and every saved result's date and answers, and a
/// file that carries everything, to download and to import. Folded until
/// opened; its controls are written as HTML text by code in the module
/// fetched on first use ([`records_written`]), which also does what they
/// ask ([`records_clicked`], [`records_file_read`]).
#[component]
pub fn RecordsPanel() -> impl IntoView {
    let store = use_store();
    let open = store.records_open;
    let html = RwSignal::new(String::new());
    let attempt = RwSignal::new(0);
    // Written when opened, and again while open whenever what it carries
    // changes.
    Effect::new(move |_| {
        attempt.track();
        if !open.get() {
            return;
        }
        store.own().track();
        store.snapshots().track();
        store.settings.lang_signal().track();
        leptos::task::spawn_local(async move {
            let written = records_written(store).await;
            html.set(written.unwrap_or_else(|_| unavailable_html(store.lang()).into_string()));
        });
    });
    let act = move |event: web_sys::MouseEvent| {
        let Some(button) = clicked_button(&event) else {
            return;
        };
        if button.has_attribute("data-retry") {
            attempt.update(|n| *n += 1);
        } else {
            leptos::task::spawn_local(async move {
                _ = records_clicked(store, button).await;
            });
        }
    };
    let import = move |event: web_sys::Event| {
        let Some(file) = chosen_file(&event) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let text = file_text(&file).await;
            _ = records_file_read(store, file.name(), text).await;
        });
    };
    let toggled = move |event: web_sys::Event| {
        let element = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        open.set(element.is_some_and(|e| e.has_attribute("open")));
    };
    // What was taken goes in a status region that is always there; a
    // refusal comes as an alert, announced as it appears.
    let taken = move || match store.records_message.get() {
        Some(RecordsMessage::Taken(html)) => html,
        _ => String::new(),
    };
    let refused = move || match store.records_message.get() {
        Some(RecordsMessage::Refused(html)) => Some(view! {
            <div role="alert" class="records-refusal" data-testid="records-import-refused" inner_html=html></div>
        }),
        _ => None,
    };
    view! {
        <details class="records" prop:open=move || open.get() on:toggle=toggled>
            <summary data-testid="records-toggle">{store.strings().records_heading}</summary>
            <div class="records-controls" inner_html=move || html.get() on:click=act on:change=import></div>
            <div role="status" data-testid="records-import-result" inner_html=taken></div>
            {refused}
        </details>
    }
}

/// The records' controls as HTML text, with the records link of what this
/// browser keeps now. In the wasm module fetched on first use.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
fn records_written(store: Store) -> Result<String, SplitLoaderError> {
    let records = store.records();
    let link = records
        .to_link_payload(store.current)
        .map(|payload| store.records_link(&payload));
    Ok(records_html(store.lang(), link.as_deref(), records.snapshots.len()).into_string())
}

/// What a button of the records' controls does: download the records
/// file. In the wasm module fetched on first use.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
fn records_clicked(store: Store, button: web_sys::Element) -> Result<(), SplitLoaderError> {
    if button.has_attribute("data-records-export") {
        let today = store.today();
        let file = store.records().to_file(store.current, &today);
        download(
            &format!("selfcheck-records-{today}.json"),
            "application/json",
            &file,
        );
    }
    Ok(())
}

/// Takes in the records file named `name` whose text is `text` (none where
/// it could not be read), or says why not. In the wasm module fetched on
/// first use.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
fn records_file_read(
    store: Store,
    name: String,
    text: Option<String>,
) -> Result<(), SplitLoaderError> {
    let lang = store.lang();
    let strings = lang.records_strings();
    let read = text.map(|text| Records::from_file(store.current, store.releases, &text));
    let message = match read {
        Some(Ok(records)) => {
            let taken = store.take_records(records, true, strings.before_import);
            RecordsMessage::Taken(taken_html(lang, &taken).into_string())
        }
        Some(Err(problems)) => {
            let problems = problem_texts(lang, &problems.0);
            RecordsMessage::Refused(refusal_html(lang, &name, &problems).into_string())
        }
        None => RecordsMessage::Refused(
            refusal_html(lang, &name, &[strings.unreadable_file.to_string()]).into_string(),
        ),
    };
    store.records_message.set(Some(message));
    Ok(())
}

/// Takes in the records of the records link on screen, and shows what was
/// taken under the visitor's own records. In the wasm module fetched on
/// first use.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
pub(super) fn records_link_taken(store: Store) -> Result<(), SplitLoaderError> {
    let lang = store.lang();
    if let Some(taken) = store.take_records_link(lang.records_strings().before_import) {
        store.records_message.set(Some(RecordsMessage::Taken(
            taken_html(lang, &taken).into_string(),
        )));
        store.records_open.set(true);
    }
    Ok(())
}

/// The banner of the records link on screen, as HTML text. In the wasm
/// module fetched on first use.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
pub(super) fn records_banner_written(store: Store) -> Result<String, SplitLoaderError> {
    let saved = store.records_link_saved().unwrap_or_default();
    Ok(records_banner_html(store.lang(), saved).into_string())
}
