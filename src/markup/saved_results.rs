//! The visitor's saved results, as the result panel lists them: each one's
//! date, score, level and note, to compare with now or delete
//! (`data-compare-now`, `data-delete`), and two choosers to compare any
//! two (`data-compare-chosen`).

use super::Html;
use crate::html;
use crate::model::engine::{evaluate, Answers};
use crate::model::i18n::Lang;
use crate::model::rubric::Rubric;
use crate::model::saved::snapshots::Snapshot;

/// A saved result, as the list shows it.
pub struct SavedRow<'a> {
    /// What was saved.
    pub snapshot: &'a Snapshot,
    /// The rubric (release) it is scored by and its answers, where its
    /// link can still be read.
    pub result: Option<(&'a Rubric, Answers)>,
    /// How the choosers name it.
    pub label: String,
}

/// What stands in place of the list while nothing is saved.
pub fn no_saved_results_html(lang: Lang) -> Html {
    html!("<p class=\"hint\">{}</p>", lang.strings().snapshot_none)
}

/// The button that opens or closes the records (`data-records-toggle`).
pub fn records_toggle_html(lang: Lang, open: bool) -> Html {
    html!(
        "<button type=\"button\" class=\"records-toggle\" data-testid=\"records-toggle\" \
         data-records-toggle aria-expanded=\"{}\">{}</button>",
        if open { "true" } else { "false" },
        lang.strings().records_heading
    )
}

/// The saved results, oldest first, and the choosers, which name the
/// visitor's answers as they are now `now_label`.
pub fn saved_results_html(lang: Lang, rows: &[SavedRow], now_label: &str) -> Html {
    let strings = lang.strings();
    let first_use = lang.first_use_strings();
    let items: Html = rows
        .iter()
        .map(|row| {
            let summary = row.result.as_ref().map(|(rubric, answers)| {
                let e = evaluate(rubric, answers);
                let level = rubric.level(e.level).name.get(lang);
                format!("{} · {level}", strings.score(e.overall_score(rubric)))
            });
            html!(
                "<li data-testid=\"snapshot\" data-date=\"{date}\"><span class=\"snapshot-date\">{date}</span>\
                 <span class=\"snapshot-score\">{summary}</span><span class=\"snapshot-note\">{note}</span>\
                 <span class=\"snapshot-actions\"><button type=\"button\" data-compare-now=\"{id}\">{compare}</button>\
                 <button type=\"button\" data-delete=\"{id}\">{delete}</button></span></li>",
                id = row.snapshot.id,
                date = row.snapshot.date,
                summary = summary.unwrap_or_default(),
                note = row.snapshot.note,
                compare = first_use.compare_with_current,
                delete = first_use.snapshot_delete,
            )
        })
        .collect();
    let option = |value: &str, text: &str| html!("<option value=\"{}\">{}</option>", value, text);
    let saved: Html = rows
        .iter()
        .map(|row| option(&row.snapshot.id.to_string(), &row.label))
        .collect();
    let now = option("now", now_label);
    html!(
        "<ol class=\"snapshots\">{items}</ol><div class=\"compare-chooser\">\
         <label>{before} <select name=\"before\">{saved}{now}</select></label>\
         <label>{after} <select name=\"after\">{now}{saved}</select></label>\
         <button type=\"button\" data-compare-chosen>{run}</button></div>",
        items = items,
        saved = saved,
        now = now,
        before = first_use.compare_before,
        after = first_use.compare_after,
        run = first_use.compare_run,
    )
}
