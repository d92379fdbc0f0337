use leptos::prelude::*;

use crate::model::i18n::fill;
use crate::reader::store::use_reader;

/// What holds the cohort back: for each item, how many results' fewest
/// changes to their next level include it, most first; and how many
/// results are one or two changes from their next level.
#[component]
pub fn HoldingBack() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let summary = store.summary;
    let content = move || {
        let summary = summary.get()?;
        let [one, two] = summary.changes_away;
        let away = fill(
            strings.changes_away,
            &[("one", &one.to_string()), ("two", &two.to_string())],
        );
        let most = summary.holding_back.first().map_or(1, |(_, n)| *n).max(1);
        let items = summary
            .holding_back
            .iter()
            .map(|&(item, count)| {
                let bar = format!("{}%", count * 100 / most);
                let item = rubric.item(item);
                view! {
                    <tr data-testid="reader-holding" data-item=item.id.clone()>
                        <th scope="row">{item.title.get(lang)}</th>
                        <td class="bar-cell" aria-hidden="true"><span class="bar" style:width=bar></span></td>
                        <td class="number">{count}</td>
                    </tr>
                }
            })
            .collect_view();
        let list = if summary.holding_back.is_empty() {
            view! { <p>{strings.holding_none}</p> }.into_any()
        } else {
            view! {
                <table class="bar-table">
                    <thead>
                        <tr>
                            <th scope="col">{strings.item}</th>
                            <th class="bar-cell" aria-hidden="true"></th>
                            <th scope="col" class="number">{strings.enterprises}</th>
                        </tr>
                    </thead>
                    <tbody>{items}</tbody>
                </table>
            }
            .into_any()
        };
        Some(view! {
            <p class="changes-away" data-testid="reader-changes-away">{away}</p>
            <p class="hint">{strings.holding_intro}</p>
            {list}
        })
    };
    view! {
        <section class="cohort-figure">
            <h2>{strings.holding_heading}</h2>
            {content}
        </section>
    }
}
