use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::markup::comparison::comparison_html;
use crate::markup::unavailable_html;
use crate::model::i18n::fill;
use crate::web::dom::clicked_button;
use crate::widget::store::{use_store, Side, Store};

/// The two results the store compares, if any (see [`Store::comparison`]),
/// the earlier first: the level before → after; each part and group in a
/// table whose cells carry a bar; the items whose answers changed; what
/// still stands between the first_use result and its next level; and a link
/// that opens the same comparison elsewhere. Results of different releases
/// of the guide are matched by id. A comparison the visitor chose has a
/// button that closes it. Drawn once for each pair and never changed, it
/// is written as HTML text (see [`crate::markup`]), by code in the wasm
/// module fetched on first use ([`comparison_on_click`]).
#[component]
pub fn Comparison() -> impl IntoView {
    let store = use_store();
    move || {
        // Only which two: the results themselves are read by the code
        // that writes them, so that their reading is not in the start.
        let sides = store.compared_sides()?;
        // A comparison link's own comparison stays while the link is shown.
        let closable = !store.comparison_link_shown();
        // The comparison as HTML text, empty while its code is fetched; if
        // that fails (offline), a message in its place, with a retry button.
        let html = RwSignal::new(String::new());
        let write = move || {
            html.set(String::new());
            leptos::task::spawn_local(async move {
                let written = comparison_on_click(store, sides).await;
                // Not if the page was rebuilt meanwhile (e.g. another language).
                html.try_set(
                    written.unwrap_or_else(|_| unavailable_html(store.lang()).into_string()),
                );
            });
        };
        write();
        let retry = move |event: web_sys::MouseEvent| {
            if clicked_button(&event).is_some_and(|b| b.has_attribute("data-retry")) {
                write();
            }
        };
        Some(view! {
            <div class="comparison-box">
                <section
                    class="comparison"
                    data-testid="compare"
                    aria-busy=move || html.with(String::is_empty).to_string()
                    inner_html=move || html.get()
                    on:click=retry
                ></section>
                {closable.then(|| view! {
                    <button type="button" on:click=move |_| store.close_comparison()>
                        {store.strings().close}
                    </button>
                })}
            </div>
        })
    }
}

/// How a result to compare is named: a saved one by its date; the rest by
/// what they are beside each other.
pub(super) fn side_label(store: Store, side: Side) -> String {
    let first_use = store.lang().first_use_strings();
    match side {
        Side::Snapshot(id) => store.snapshots().with(|s| {
            let date = s
                .iter()
                .find(|s| s.id == id)
                .map_or("", |s| s.date.as_str());
            fill(first_use.snapshot_label, &[("date", date)])
        }),
        Side::Current if store.is_shared() => first_use.mine.to_string(),
        Side::Current => first_use.current_answers.to_string(),
        Side::SharedBefore => first_use.compare_before.to_string(),
        // The first_use result of a comparison link, or theirs beside one's own.
        Side::Shared if store.comparison_link_shown() => first_use.compare_after.to_string(),
        Side::Shared => first_use.theirs.to_string(),
    }
}

/// The comparison of two sides as HTML ([`comparison_html`]), with each
/// named ([`side_label`]), in the wasm module fetched on first use (see
/// `scripts/postbuild/finish.mjs`); empty if one no longer exists; `Err`
/// if that module could not be fetched.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
fn comparison_on_click(store: Store, sides: (Side, Side)) -> Result<String, SplitLoaderError> {
    let (Some(before), Some(after)) = (store.side(sides.0), store.side(sides.1)) else {
        return Ok(String::new());
    };
    let link = store.comparison_link(&before, &after);
    let labels = [before.side, after.side].map(|side| side_label(store, side));
    let labels = labels.each_ref().map(String::as_str);
    let results = [
        (before.rubric, &before.answers),
        (after.rubric, &after.answers),
    ];
    Ok(comparison_html(store.lang(), results, labels, &link).into_string())
}
