use leptos::prelude::*;

use crate::engine::{evaluate, plan_next_level, Evaluation, NextSteps};
use crate::i18n::fill;
use crate::rubric::Rubric;
use crate::store::{use_store, Compared};

/// Two results side by side, the earlier first: the level before → after;
/// each part and group in a table whose cells carry a bar; the items whose
/// answers changed; what still stands between the later result and its
/// next level; and a link that opens the same comparison elsewhere. Results
/// of different releases of the guide are matched by id.
#[component]
pub fn Comparison(
    /// The earlier result.
    before: Compared,
    /// The later result.
    after: Compared,
    /// What the earlier result is, e.g. "分享的结果".
    before_label: String,
    /// What the later result is.
    after_label: String,
) -> impl IntoView {
    let store = use_store();
    let (lang, strings) = (store.lang(), store.strings());
    let (old, new) = (before.rubric, after.rubric);
    let (was, now) = (
        evaluate(old, &before.answers),
        evaluate(new, &after.answers),
    );
    let level = |rubric: &'static Rubric, e: &Evaluation| {
        let level = rubric.level(e.level);
        format!("{} {}", level.id, level.name.get(lang))
    };
    let part_score = |rubric: &Rubric, e: &Evaluation, id: &str| {
        rubric.part_ix(id).and_then(|p| e.part_score(rubric, p))
    };
    let group_score = |rubric: &Rubric, e: &Evaluation, part: &str, group: &str| {
        let p = rubric.part_ix(part)?;
        let g = rubric.part(p).groups.iter().position(|g| g.id == group)?;
        e.part(p).groups[g].map(|points| crate::engine::to_score(rubric, points))
    };
    let full = new.full_score.max(1);
    let cell = move |score: Option<u32>| {
        let width = format!("{}%", score.map_or(0, |s| s.min(full) * 100 / full));
        view! {
            <td>
                {strings.score(score)}
                <span class="mini-bar" aria-hidden="true" style:width=width></span>
            </td>
        }
    };
    let attribute = |score: Option<u32>| score.map_or_else(String::new, |s| s.to_string());
    let rows = new
        .parts
        .iter()
        .map(|part| {
            let (b, a) = (part_score(old, &was, &part.id), part_score(new, &now, &part.id));
            let groups = part
                .groups
                .iter()
                .map(|group| {
                    let b = group_score(old, &was, &part.id, &group.id);
                    let a = group_score(new, &now, &part.id, &group.id);
                    view! {
                        <tr class="group-row">
                            <th scope="row">{group.title.get(lang)}</th>
                            {cell(b)}
                            {cell(a)}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <tr data-testid="compare-part" data-part=part.id.clone() data-before=attribute(b) data-after=attribute(a)>
                    <th scope="row">{part.title.get(lang)}</th>
                    {cell(b)}
                    {cell(a)}
                </tr>
                {groups}
            }
        })
        .collect_view();
    // Items of the later result whose answer differs from the earlier one.
    let answer = |rubric: &Rubric, choice| match choice {
        Some(c) => rubric.answer(c).label.get(lang).to_string(),
        None => strings.unanswered.to_string(),
    };
    let changes: Vec<String> = new
        .items()
        .filter_map(|r| {
            let to = after.answers.get(r.ix);
            let title = r.item.title.get(lang);
            match old.item_ix(&r.item.id) {
                Some(ix) => {
                    let from = before.answers.get(ix);
                    let same =
                        old.points_of(from) == new.points_of(to) && from.is_some() == to.is_some();
                    (!same).then(|| format!("{title}：{} → {}", answer(old, from), answer(new, to)))
                }
                None => Some(format!(
                    "{title}（{}）：{}",
                    strings.new_item,
                    answer(new, to)
                )),
            }
        })
        .collect();
    let changed = if changes.is_empty() {
        view! { <p>{strings.no_changes}</p> }.into_any()
    } else {
        let items = changes
            .into_iter()
            .map(|c| view! { <li>{c}</li> })
            .collect_view();
        view! { <ul class="changed-items">{items}</ul> }.into_any()
    };
    let still_needed = match plan_next_level(new, &after.answers, &now) {
        NextSteps::Reach { level, changes } => {
            let items: Vec<&str> = changes
                .iter()
                .map(|c| new.item(c.item).title.get(lang))
                .collect();
            Some(fill(
                strings.still_needed,
                &[
                    ("level", new.level(level).name.get(lang)),
                    ("items", &items.join(strings.list_separator)),
                ],
            ))
        }
        _ => None,
    };
    let link = store.comparison_link(&before, &after);
    let caption = format!("{before_label} → {after_label}");
    view! {
        <section class="comparison" data-testid="compare">
            <p class="compare-level" data-testid="compare-level">
                {strings.level}": "{level(old, &was)}" → "{level(new, &now)}
            </p>
            <table class="compare">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{strings.part}</th>
                        <th scope="col">{before_label}</th>
                        <th scope="col">{after_label}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows}
                    <tr>
                        <th scope="row">{strings.overall}</th>
                        {cell(was.overall_score(old))}
                        {cell(now.overall_score(new))}
                    </tr>
                </tbody>
            </table>
            <h4>{strings.changed_items}</h4>
            {changed}
            {still_needed.map(|text| view! { <p class="still-needed">{text}</p> })}
            <label class="compare-link-label">
                {strings.compare_link}
                <input type="text" readonly data-testid="compare-link" prop:value=link/>
            </label>
            <p class="hint">{strings.compare_link_hint}</p>
        </section>
    }
}
