use leptos::prelude::*;

use crate::rubric::Item;
use crate::state::use_state;

/// One item of the guide: its title as the legend, the guide's description,
/// and the answer scale as a native radio group (read-only in a shared
/// result).
#[component]
pub fn ItemField(
    /// Position in rubric order.
    index: usize,
    item: &'static Item,
) -> impl IntoView {
    let state = use_state();
    let lang = state.lang();
    let chosen = move || state.shown.with(|answers| answers.get(index));
    let choices = state
        .rubric
        .scale
        .iter()
        .enumerate()
        .map(|(choice, entry)| {
            let choice = choice as u8;
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=item.id.clone()
                        value=entry.key.clone()
                        prop:checked=move || chosen() == Some(choice)
                        disabled=move || state.is_shared()
                        on:change=move |_| state.answer(index, Some(choice))
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
                <span class="item-number">{index + 1}". "</span>
                {item.title.get(lang)}
            </legend>
            <details class="item-description">
                <summary>{state.strings().what_this_means}</summary>
                <p>{item.description.get(lang)}</p>
            </details>
            <div class="choices">{choices}</div>
        </fieldset>
    }
}
