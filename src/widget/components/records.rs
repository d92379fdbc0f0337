//! Keeping the records where the browser cannot clear them: the records
//! link, the records file's download and import (under the saved results,
//! [`super::snapshot_panel`]), and a records link opened and taken in
//! ([`super::shared_banner`]). All of it runs in the module fetched on
//! first use: the helpers here are called only from its split points, so
//! the page's start carries none of it.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use super::plan::{keep, kept_notebook};
use crate::markup::records::{
    problem_texts, records_banner_html, records_html, refusal_html, taken_html,
};
use crate::markup::saved_results::records_toggle_html;
use crate::markup::Html;
use crate::model::saved::notebook::Notebook;
use crate::model::saved::records::Records;
use crate::model::saved::RECORDS_ADVICE_KEY;
use crate::web::dom::{chosen_file, download, file_text};
use crate::web::{page, storage};
use crate::widget::store::Store;

/// The records' toggle and, while open, their controls as HTML text, with
/// what the last import took (a status) or why it was refused (an alert).
/// Once a result is saved, the browser is asked to keep its storage, and
/// the advice once given is remembered.
pub(super) fn records_written(store: Store) -> Html {
    static ASKED: AtomicBool = AtomicBool::new(false);
    if store.snapshots().with_untracked(|s| !s.is_empty()) && !ASKED.swap(true, Ordering::Relaxed) {
        page::ask_to_keep_storage();
    }
    if store.records_advice.get_untracked() {
        storage::save_choice(RECORDS_ADVICE_KEY, true);
    }
    let lang = store.lang();
    let open = store.records_open.get_untracked();
    let mut html = records_toggle_html(lang, open);
    if open {
        let records = store.records(Notebook::default());
        let link = records
            .to_link_payload(store.current)
            .map(|payload| store.records_link(&payload));
        html.push(&records_html(
            lang,
            link.as_deref(),
            records.snapshots.len(),
        ));
        html.push(&Html::trusted(store.records_message.get_untracked()));
    }
    html
}

/// What a button or the file input of the records does: open or close
/// them (`data-records-toggle`), download the records file
/// (`data-records-export`), take in a records link on screen
/// (`data-records-take`), or take in the file chosen. False for anything
/// else.
pub(super) fn records_clicked(store: Store, target: &web_sys::Element) -> bool {
    let lang = store.lang();
    let note = lang.records_strings().before_import;
    if target.has_attribute("data-records-toggle") {
        store.records_open.set(!store.records_open.get_untracked());
    } else if target.has_attribute("data-records-export") {
        let today = store.today();
        let file = store
            .records(kept_notebook(store))
            .to_file(store.current, &today);
        download(
            &format!("selfcheck-records-{today}.json"),
            "application/json",
            &file,
        );
    } else if target.has_attribute("data-records-take") {
        if let Some(taken) = store.take_records_link(note) {
            show_taken(store, taken_html(lang, &taken));
            store.records_open.set(true);
        }
    } else if let Some(file) = imported_file(target) {
        leptos::task::spawn_local(async move {
            let text = file_text(&file).await;
            let read = text.map(|text| Records::from_file(store.current, store.releases, &text));
            let problems = match read {
                Some(Ok(records)) => {
                    let (taken, notebook) =
                        store.take_records(kept_notebook(store), records, true, note);
                    if taken.notes + taken.plan > 0 {
                        keep(store, &notebook);
                        // Drawn with the next steps.
                        store.notebook_kept.set(true);
                    }
                    return show_taken(store, taken_html(lang, &taken));
                }
                Some(Err(problems)) => problem_texts(lang, &problems.0),
                None => vec![lang.records_strings().unreadable_file.to_string()],
            };
            let name = js_sys::Reflect::get(&file, &"name".into()).ok();
            let name = name.and_then(|name| name.as_string()).unwrap_or_default();
            let refusal = refusal_html(lang, &name, &problems);
            store.records_message.set(refusal.into_string());
        });
    } else {
        return false;
    }
    true
}

fn show_taken(store: Store, taken: Html) {
    store.records_message.set(taken.into_string());
}

/// The file chosen in the records' import, if `target` is it.
fn imported_file(target: &web_sys::Element) -> Option<web_sys::File> {
    (target.get_attribute("data-testid")? == "records-import").then(|| chosen_file(target))?
}

/// Opens the records link a fragment carries ([`Store::open_records_link`])
/// with its banner. In the wasm module fetched on first use.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
pub fn records_link_opened(store: Store, fragment: String) -> Result<(), SplitLoaderError> {
    store.open_records_link(&fragment);
    if let Some(records) = store.records_of_link() {
        let html = records_banner_html(store.lang(), records.snapshots.len());
        store.records_message.set(html.into_string());
    }
    Ok(())
}
