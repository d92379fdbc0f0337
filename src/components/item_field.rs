use leptos::prelude::*;

use crate::rubric::{Item, ItemIx};
use crate::store::use_store;

/// One item of the guide: its title as the legend, the guide's description,
/// and the answer scale as a native radio group (read-only in a shared
/// result).
#[component]
pub fn ItemField(
    /// The item's index, for its answer and its number.
    ix: ItemIx,
    item: &'static Item,
) -> impl IntoView {
    let store = use_store();
    let lang = store.lang();
    let chosen = move || store.shown.with(|answers| answers.get(ix));
    let choices = store
        .rubric()
        .choices()
        .map(|(choice, entry)| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=item.id.clone()
                        value=entry.key.clone()
                        prop:checked=move || chosen() == Some(choice)
                        disabled=move || store.is_shared()
                        on:change=move |_| store.answer(ix, Some(choice))
                    />
                    <span>{entry.label.get(lang)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="item"
            class:answered=move || chosen().is_some()
            id=super::item_anchor(item)
            data-item=item.id.clone()
        >
            <legend>
                <span class="item-number">{ix.index() + 1}". "</span>
                {item.title.get(lang)}
            </legend>
            <details class="item-description">
                <summary>{store.strings().what_this_means}</summary>
                <p>{item.description.get(lang)}</p>
            </details>
            <div class="choices">{choices}</div>
        </fieldset>
    }
}
