use leptos::prelude::*;

use crate::model::cohort::Moves;
use crate::model::engine::whole;
use crate::model::i18n::fill;
use crate::reader::store::use_reader;

/// Before and after, from the comparison links in the list: how many
/// enterprises sent both results, how their levels moved, and each part's
/// mean score before and after over them. Shown only when there are any.
#[component]
pub fn BeforeAfter() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let (outcome, filter) = (store.outcome(), store.profile_filter());
    let content = move || {
        let outcome = outcome.get()?;
        let moves = filter.with(|filter| Moves::of(rubric, &outcome.results, filter));
        if moves.count == 0 {
            return None;
        }
        let (mut up, mut down) = (0, 0);
        for &(from, to, count) in &moves.levels {
            if to > from {
                up += count;
            } else {
                down += count;
            }
        }
        let summary = fill(
            strings.moves_summary,
            &[
                ("count", &moves.count.to_string()),
                ("up", &up.to_string()),
                ("down", &down.to_string()),
            ],
        );
        let level_name = |ix| rubric.level(ix).name.get(lang);
        let levels = if moves.levels.is_empty() {
            view! { <p>{strings.no_level_moves}</p> }.into_any()
        } else {
            let items = moves
                .levels
                .iter()
                .map(|&(from, to, count)| {
                    let text = fill(
                        strings.level_move,
                        &[
                            ("from", level_name(from)),
                            ("to", level_name(to)),
                            ("count", &count.to_string()),
                        ],
                    );
                    view! {
                        <li
                            data-testid="reader-level-move"
                            data-from=rubric.level(from).id.to_string()
                            data-to=rubric.level(to).id.to_string()
                            data-count=count
                        >
                            {text}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="level-moves">{items}</ul> }.into_any()
        };
        let shown = |f: Option<_>| f.map(whole);
        let parts = rubric
            .part_ixs()
            .zip(&moves.parts)
            .map(|(p, &(before, after))| {
                let (before, after) = (shown(before), shown(after));
                let text = |s: Option<u32>| s.map_or_else(|| "–".to_string(), |s| s.to_string());
                view! {
                    <tr
                        data-testid="reader-move-part"
                        data-part=rubric.part(p).id.to_string()
                        data-before=before.map_or_else(String::new, |s| s.to_string())
                        data-after=after.map_or_else(String::new, |s| s.to_string())
                    >
                        <th scope="row">{rubric.part(p).title.get(lang)}</th>
                        <td class="number">{text(before)}</td>
                        <td class="number">{text(after)}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <section class="cohort-figure moves" data-testid="reader-moves" data-count=moves.count>
                <h2>{strings.moves_heading}</h2>
                <p>{summary}</p>
                {levels}
                <table class="bar-table">
                    <thead>
                        <tr>
                            <th scope="col">{strings.part_or_group}</th>
                            <th scope="col" class="number">{strings.before}</th>
                            <th scope="col" class="number">{strings.after}</th>
                        </tr>
                    </thead>
                    <tbody>{parts}</tbody>
                </table>
            </section>
        })
    };
    view! { <div class="moves-box">{content}</div> }
}
