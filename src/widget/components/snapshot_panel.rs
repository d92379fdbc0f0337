use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use super::act_on_first_use;
use super::comparison::{side_label, Comparison};
use super::records::records_written;
use crate::markup::records::records_advice_html;
use crate::markup::saved_results::{
    no_saved_results_html, records_toggle_html, saved_results_html, SavedRow,
};
use crate::markup::unavailable_html;
use crate::model::i18n::fill;
use crate::web::dom::{clicked_button, confirm};
use crate::widget::store::{use_store, Side, Store};

/// The visitor's own results over time: "save this result" with a note
/// (offered when every item is first answered), the saved results with
/// their date, score and level, each to compare with now or delete, and a
/// comparison of any two; then the records that keep all of it where the
/// browser cannot clear it (see [`super::records`]). The saved results
/// matter once something is saved, and the records once opened, so they
/// are written as HTML text by code in the wasm module fetched on first
/// use ([`saved_results_written`]), and one click handler hands their
/// buttons to that module too ([`saved_result_clicked`], through
/// [`first_use_acted`]).
#[component]
pub fn SnapshotPanel() -> impl IntoView {
    let store = use_store();
    let (strings, rubric) = (store.strings(), store.current);
    let snapshots = store.snapshots();
    let note = RwSignal::new(String::new());
    let own = store.own();
    // Offered once every item is answered and that result is not saved yet
    // (encoded only then, not at every tap).
    let offer = Memo::new(move |_| {
        own.with(|own| own.answered() == own.len()) && {
            let payload = own.with(|own| crate::model::link::codec::encode(rubric, own));
            snapshots.with(|s| s.iter().all(|s| s.payload != payload))
        }
    });
    let save = move |_| {
        store.save_snapshot(&note.get_untracked());
        note.set(String::new());
    };
    // Written again whenever the saved results change, and while the
    // records are open whenever the answers or a refusal change; `attempt`
    // is a retry after their code could not be fetched.
    let saved = RwSignal::new(String::new());
    let attempt = RwSignal::new(0);
    Effect::new(move |_| {
        attempt.track();
        let records_open = store.records_open.get();
        if records_open {
            own.track();
            store.records_message.track();
        }
        if snapshots.with(Vec::is_empty) && !records_open {
            let mut html = no_saved_results_html(store.lang());
            html.push(&records_toggle_html(store.lang(), false));
            saved.set(html.into_string());
        } else {
            leptos::task::spawn_local(async move {
                let html = saved_results_written(store).await;
                saved.set(html.unwrap_or_else(|_| unavailable_html(store.lang()).into_string()));
            });
        }
    });
    // A file chosen in the records' import: its input goes where the
    // buttons go.
    let import = move |event: web_sys::Event| {
        if let Some(input) = event.target().and_then(|t| t.dyn_into().ok()) {
            act_on_first_use(store, input);
        }
    };
    let act = move |event: web_sys::MouseEvent| {
        let Some(button) = clicked_button(&event) else {
            return;
        };
        if button.has_attribute("data-retry") {
            attempt.update(|n| *n += 1);
        } else {
            // The list's own buttons: their code came with the list.
            act_on_first_use(store, button);
        }
    };
    view! {
        <section class="snapshot-panel" aria-labelledby="snapshots-heading">
            <h3 id="snapshots-heading">{strings.snapshots_heading}</h3>
            {move || offer.get().then(|| view! {
                <p class="snapshot-offer" role="status">
                    {fill(strings.snapshot_offer, &[("count", &rubric.item_count().to_string())])}
                </p>
            })}
            <label class="snapshot-note-label">
                {strings.snapshot_note}
                <input type="text" maxlength="60" prop:value=move || note.get() on:input=move |e| note.set(event_target_value(&e))/>
            </label>
            <button type="button" class="primary" data-testid="snapshot-save" on:click=save>
                {strings.snapshot_save}
            </button>
            <div class="saved-results" inner_html=move || saved.get() on:click=act on:change=import></div>
            <Comparison/>
        </section>
    }
}

/// The saved results as HTML text: a list with each one's date, score,
/// level and note, to compare with now or delete (`data-compare-now`,
/// `data-delete`), two choosers to compare any two
/// (`data-compare-chosen`), and the advice on keeping them when it is due;
/// then the records' controls ([`records_written`]). In the wasm module
/// fetched on first use (see `scripts/postbuild/finish.mjs`); `Err` if that
/// module could not be fetched.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
fn saved_results_written(store: Store) -> Result<String, SplitLoaderError> {
    let records = records_written(store);
    if store.snapshots().with_untracked(Vec::is_empty) {
        let mut html = no_saved_results_html(store.lang());
        html.push(&records);
        return Ok(html.into_string());
    }
    let now = side_label(store, Side::Current);
    let mut saved = store.snapshots().with_untracked(|all| {
        let rows: Vec<SavedRow> = all
            .iter()
            .map(|snapshot| {
                let side = Side::Snapshot(snapshot.id);
                SavedRow {
                    snapshot,
                    result: store.side(side).map(|c| (c.rubric, c.answers)),
                    label: side_label(store, side),
                }
            })
            .collect();
        saved_results_html(store.lang(), &rows, &now)
    });
    if store.records_advice.get_untracked() {
        saved.push(&records_advice_html(store.lang()));
    }
    saved.push(&records);
    Ok(saved.into_string())
}

/// What a button of the saved results does: compare one with now, delete
/// one (once confirmed), or compare the two chosen. In the wasm module
/// fetched on first use, with the list that holds the buttons.
pub(super) fn saved_result_clicked(store: Store, button: &web_sys::Element) {
    let id = |name| button.get_attribute(name).and_then(|id| id.parse().ok());
    if let Some(id) = id("data-compare-now") {
        store.compare(Side::Snapshot(id), Side::Current);
    } else if let Some(id) = id("data-delete") {
        let date = store
            .snapshots()
            .with_untracked(|s| s.iter().find(|s| s.id == id).map(|s| s.date.clone()));
        let question = fill(
            store.lang().first_use_strings().snapshot_delete_confirm,
            &[("date", &date.unwrap_or_default())],
        );
        if confirm(&question) {
            store.delete_snapshot(id);
        }
    } else if button.has_attribute("data-compare-chosen") {
        let chosen = |name: &str| {
            let select = button
                .parent_element()?
                .query_selector(&format!("select[name={name}]"))
                .ok()??;
            let value = select
                .dyn_into::<web_sys::HtmlSelectElement>()
                .ok()?
                .value();
            Some(value.parse().map_or(Side::Current, Side::Snapshot))
        };
        if let (Some(before), Some(after)) = (chosen("before"), chosen("after")) {
            store.compare(before, after);
        }
    }
}
