//! A comparison of two results, as the widget shows it when the visitor
//! compares a saved result with now, or opens a comparison link.

use super::Html;
use crate::html;
use crate::model::engine::{evaluate, plan_next_level, to_score, Answers, Evaluation, NextSteps};
use crate::model::i18n::{fill, Lang, Strings};
use crate::model::rubric::Rubric;

/// A score as a table cell with a bar.
fn cell(strings: &Strings, score: Option<u32>, full: u32) -> Html {
    let value = score.map_or(0, |s| s.min(full));
    html!(
        "<td>{}<progress class=\"mini-bar\" max=\"{}\" value=\"{}\" aria-hidden=\"true\"></progress></td>",
        strings.score(score),
        full,
        value
    )
}

/// Two results compared, the earlier first, each with the rubric (release)
/// it is scored by: the level before → after; each part and group in a
/// table whose cells carry a bar; the items whose answers changed; what
/// still stands between the first_use result and its next level; and `link`,
/// which opens the same comparison elsewhere. Releases are matched by id.
pub fn comparison_html(
    lang: Lang,
    results: [(&Rubric, &Answers); 2],
    labels: [&str; 2],
    link: &str,
) -> Html {
    let strings = lang.strings();
    let first_use = lang.first_use_strings();
    let [(old, before), (new, after)] = results;
    let (was, now) = (evaluate(old, before), evaluate(new, after));
    let level = |rubric: &Rubric, e: &Evaluation| {
        let level = rubric.level(e.level);
        format!("{} {}", level.id, level.name.get(lang))
    };
    let levels = fill(
        first_use.compare_levels,
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
    let mut rows = Html::default();
    for part in new.parts.iter() {
        let (b, a) = (
            score(old, &was, &part.id, None),
            score(new, &now, &part.id, None),
        );
        let attribute = |s: Option<u32>| s.map_or_else(String::new, |s| s.to_string());
        rows.push(&html!(
            "<tr data-testid=\"compare-part\" data-part=\"{}\" data-before=\"{}\" data-after=\"{}\"><th scope=\"row\">{}</th>{}{}</tr>",
            part.id,
            attribute(b),
            attribute(a),
            part.title.get(lang),
            cell(strings, b, full),
            cell(strings, a, full),
        ));
        for group in part.groups.iter() {
            let b = score(old, &was, &part.id, Some(&group.id));
            let a = score(new, &now, &part.id, Some(&group.id));
            rows.push(&html!(
                "<tr class=\"group-row\"><th scope=\"row\">{}</th>{}{}</tr>",
                group.title.get(lang),
                cell(strings, b, full),
                cell(strings, a, full)
            ));
        }
    }
    rows.push(&html!(
        "<tr><th scope=\"row\">{}</th>{}{}</tr>",
        strings.overall,
        cell(strings, was.overall_score(old), full),
        cell(strings, now.overall_score(new), full)
    ));

    // Items of the first_use result whose answer differs from the earlier one.
    let answer = |rubric: &Rubric, choice| match choice {
        Some(c) => rubric.answer(c).label.get(lang).to_string(),
        None => strings.unanswered.to_string(),
    };
    let changes: Html = new
        .items()
        .filter_map(|r| {
            let to = after.get(r.ix);
            let title = r.item.title.get(lang);
            let change = match old.item_ix(&r.item.id) {
                Some(ix) => {
                    let from = before.get(ix);
                    let same =
                        old.points_of(from) == new.points_of(to) && from.is_some() == to.is_some();
                    (!same).then(|| {
                        fill(
                            first_use.item_changed,
                            &[
                                ("item", title),
                                ("before", &answer(old, from)),
                                ("after", &answer(new, to)),
                            ],
                        )
                    })?
                }
                None => fill(
                    first_use.item_added,
                    &[("item", title), ("answer", &answer(new, to))],
                ),
            };
            Some(html!("<li>{}</li>", change))
        })
        .collect();
    let changed = if changes.is_empty() {
        html!("<p>{}</p>", first_use.no_changes)
    } else {
        html!("<ul class=\"changed-items\">{}</ul>", changes)
    };
    let still_needed = match plan_next_level(new, after, &now) {
        NextSteps::Reach { level, changes } => {
            let items: Vec<&str> = changes
                .iter()
                .map(|c| new.item(c.item).title.get(lang))
                .collect();
            let text = fill(
                first_use.still_needed,
                &[
                    ("level", new.level(level).name.get(lang)),
                    ("items", &items.join(strings.list_separator)),
                ],
            );
            html!("<p class=\"still-needed\">{}</p>", text)
        }
        _ => Html::default(),
    };
    let [before_label, after_label] = labels;
    html!(
        "<p class=\"compare-level\" data-testid=\"compare-level\">{levels}</p>\
         <table class=\"compare\"><caption>{before_label} → {after_label}</caption>\
         <thead><tr><th scope=\"col\">{part}</th><th scope=\"col\">{before_label}</th><th scope=\"col\">{after_label}</th></tr></thead>\
         <tbody>{rows}</tbody></table>\
         <h4>{changed_heading}</h4>{changed}{still_needed}\
         <label class=\"compare-link-label\">{link_label}<input type=\"text\" readonly data-testid=\"compare-link\" value=\"{link}\"></label>\
         <p class=\"hint\">{link_hint}</p>",
        levels = levels,
        before_label = before_label,
        after_label = after_label,
        part = strings.part,
        rows = rows,
        changed_heading = first_use.changed_items,
        changed = changed,
        still_needed = still_needed,
        link_label = first_use.compare_link,
        link = link,
        link_hint = first_use.compare_link_hint,
    )
}
