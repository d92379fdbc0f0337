use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::markup::escape;
use crate::model::engine::{evaluate, plan_next_level, to_score, Evaluation, NextSteps};
use crate::model::i18n::{fill, Lang, Strings};
use crate::model::rubric::Rubric;
use crate::web::dom::clicked_button;
use crate::widget::store::{use_store, Compared, Side, Store};

/// The two results the store compares, if any (see [`Store::comparison`]),
/// the earlier first: the level before → after; each part and group in a
/// table whose cells carry a bar; the items whose answers changed; what
/// still stands between the later result and its next level; and a link
/// that opens the same comparison elsewhere. Results of different releases
/// of the guide are matched by id. A comparison the visitor chose has a
/// button that closes it. Drawn once for each pair and never changed, it
/// is written as HTML text (see [`crate::markup`]), by code in the wasm
/// module fetched on first use ([`comparison_on_click`]).
#[component]
pub fn Comparison() -> impl IntoView {
    let store = use_store();
    move || {
        let (before, after) = store.comparison()?;
        // A comparison link's own comparison stays while the link is shown.
        let closable = !store.comparison_link_shown();
        let labels = [
            side_label(store, before.side),
            side_label(store, after.side),
        ];
        let shown = StoredValue::new((before, after, labels));
        // The comparison as HTML text, empty while its code is fetched; if
        // that fails (offline), a message in its place, with a retry button.
        let html = RwSignal::new(String::new());
        let write = move || {
            html.set(String::new());
            leptos::task::spawn_local(async move {
                // Gone if the page was rebuilt meanwhile (e.g. another language).
                let Some((before, after, labels)) = shown.try_get_value() else {
                    return;
                };
                let written = comparison_on_click(store, before, after, labels).await;
                html.set(written.unwrap_or_else(|_| super::unavailable_html(store.strings())));
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
    let strings = store.strings();
    match side {
        Side::Snapshot(id) => store.snapshots().with(|s| {
            let date = s
                .iter()
                .find(|s| s.id == id)
                .map_or("", |s| s.date.as_str());
            fill(strings.snapshot_label, &[("date", date)])
        }),
        Side::Current if store.is_shared() => strings.mine.to_string(),
        Side::Current => strings.current_answers.to_string(),
        Side::SharedBefore => strings.compare_before.to_string(),
        // The later result of a comparison link, or theirs beside one's own.
        Side::Shared if store.comparison_link_shown() => strings.compare_after.to_string(),
        Side::Shared => strings.theirs.to_string(),
    }
}

/// [`comparison_html`], in the wasm module fetched on first use (see
/// `scripts/dist/finish.mjs`); `Err` if that module could not be fetched.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
fn comparison_on_click(
    store: Store,
    before: Compared,
    after: Compared,
    labels: [String; 2],
) -> Result<String, SplitLoaderError> {
    let link = store.comparison_link(&before, &after);
    let labels = [labels[0].as_str(), labels[1].as_str()];
    Ok(comparison_html(
        store.lang(),
        [&before, &after],
        labels,
        &link,
    ))
}

/// A score as a table cell with a bar.
fn cell(strings: &Strings, score: Option<u32>, full: u32) -> String {
    let value = score.map_or(0, |s| s.min(full));
    format!(
        "<td>{}<progress class=\"mini-bar\" max=\"{full}\" value=\"{value}\" aria-hidden=\"true\"></progress></td>",
        escape(&strings.score(score))
    )
}

fn comparison_html(lang: Lang, results: [&Compared; 2], labels: [&str; 2], link: &str) -> String {
    let strings = lang.strings();
    let [before, after] = results;
    let (old, new) = (before.rubric, after.rubric);
    let (was, now) = (
        evaluate(old, &before.answers),
        evaluate(new, &after.answers),
    );
    let level = |rubric: &Rubric, e: &Evaluation| {
        let level = rubric.level(e.level);
        format!("{} {}", level.id, level.name.get(lang))
    };
    let levels = fill(
        strings.compare_levels,
        &[("before", &level(old, &was)), ("after", &level(new, &now))],
    );
    // A part's (and, given, a group's) score by id in either release.
    let score = |rubric: &Rubric, e: &Evaluation, part: &str, group: Option<&str>| {
        let p = rubric.part_ix(part)?;
        match group {
            None => e.part_score(rubric, p),
            Some(id) => {
                let g = rubric.part(p).groups.iter().position(|g| g.id == id)?;
                e.part(p).groups[g].map(|points| to_score(rubric, points))
            }
        }
    };
    let full = new.full_score.max(1);
    let mut rows = String::new();
    for part in new.parts.iter() {
        let (b, a) = (
            score(old, &was, &part.id, None),
            score(new, &now, &part.id, None),
        );
        let attribute = |s: Option<u32>| s.map_or_else(String::new, |s| s.to_string());
        rows += &format!(
            "<tr data-testid=\"compare-part\" data-part=\"{id}\" data-before=\"{}\" data-after=\"{}\"><th scope=\"row\">{}</th>{}{}</tr>",
            attribute(b),
            attribute(a),
            escape(part.title.get(lang)),
            cell(strings, b, full),
            cell(strings, a, full),
            id = escape(&part.id),
        );
        for group in part.groups.iter() {
            let b = score(old, &was, &part.id, Some(&group.id));
            let a = score(new, &now, &part.id, Some(&group.id));
            rows += &format!(
                "<tr class=\"group-row\"><th scope=\"row\">{}</th>{}{}</tr>",
                escape(group.title.get(lang)),
                cell(strings, b, full),
                cell(strings, a, full)
            );
        }
    }
    rows += &format!(
        "<tr><th scope=\"row\">{}</th>{}{}</tr>",
        escape(strings.overall),
        cell(strings, was.overall_score(old), full),
        cell(strings, now.overall_score(new), full)
    );

    // Items of the later result whose answer differs from the earlier one.
    let answer = |rubric: &Rubric, choice| match choice {
        Some(c) => rubric.answer(c).label.get(lang).to_string(),
        None => strings.unanswered.to_string(),
    };
    let changes: String = new
        .items()
        .filter_map(|r| {
            let to = after.answers.get(r.ix);
            let title = r.item.title.get(lang);
            let change = match old.item_ix(&r.item.id) {
                Some(ix) => {
                    let from = before.answers.get(ix);
                    let same =
                        old.points_of(from) == new.points_of(to) && from.is_some() == to.is_some();
                    (!same).then(|| {
                        fill(
                            strings.item_changed,
                            &[
                                ("item", title),
                                ("before", &answer(old, from)),
                                ("after", &answer(new, to)),
                            ],
                        )
                    })?
                }
                None => fill(
                    strings.item_added,
                    &[("item", title), ("answer", &answer(new, to))],
                ),
            };
            Some(format!("<li>{}</li>", escape(&change)))
        })
        .collect();
    let changed = if changes.is_empty() {
        format!("<p>{}</p>", escape(strings.no_changes))
    } else {
        format!("<ul class=\"changed-items\">{changes}</ul>")
    };
    let still_needed = match plan_next_level(new, &after.answers, &now) {
        NextSteps::Reach { level, changes } => {
            let items: Vec<&str> = changes
                .iter()
                .map(|c| new.item(c.item).title.get(lang))
                .collect();
            let text = fill(
                strings.still_needed,
                &[
                    ("level", new.level(level).name.get(lang)),
                    ("items", &items.join(strings.list_separator)),
                ],
            );
            format!("<p class=\"still-needed\">{}</p>", escape(&text))
        }
        _ => String::new(),
    };
    let [before_label, after_label] = labels.map(escape);
    format!(
        "<p class=\"compare-level\" data-testid=\"compare-level\">{levels}</p>\
         <table class=\"compare\"><caption>{before_label} → {after_label}</caption>\
         <thead><tr><th scope=\"col\">{part}</th><th scope=\"col\">{before_label}</th><th scope=\"col\">{after_label}</th></tr></thead>\
         <tbody>{rows}</tbody></table>\
         <h4>{changed_heading}</h4>{changed}{still_needed}\
         <label class=\"compare-link-label\">{link_label}<input type=\"text\" readonly data-testid=\"compare-link\" value=\"{link}\"></label>\
         <p class=\"hint\">{link_hint}</p>",
        levels = escape(&levels),
        part = escape(strings.part),
        changed_heading = escape(strings.changed_items),
        link_label = escape(strings.compare_link),
        link = escape(link),
        link_hint = escape(strings.compare_link_hint),
    )
}
