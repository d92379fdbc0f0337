//! The notes, the evidence and the action plan as the page shows them:
//! each item's toggle ([`notes_toggle_html`], written at start), the note
//! and evidence it opens ([`notes_html`]), and the plan with what it leads
//! to and the report to print ([`Plan`]). All but the toggle are
//! written by code in the module fetched on first use, with the plan's own
//! strings.
//!
//! ```
//! use selfcheck::markup::plan::Plan;
//! use selfcheck::model::engine::Answers;
//! use selfcheck::model::i18n::Lang;
//! use selfcheck::model::rubric::Rubric;
//! use selfcheck::model::saved::notebook::Notebook;
//!
//! let rubric = Rubric::embedded();
//! let answers = Answers::all(rubric, rubric.choice("1"));
//! let mut notebook = Notebook::default();
//! notebook.add_to_plan("infra.it.server", "3", 1);
//! notebook.edit_plan("infra.it.server", 2, |row| row.date = "2026-01-31".into());
//! let plan = Plan { rubric, lang: Lang::Zh, answers: &answers, notebook: &notebook, today: "2026-02-01" };
//! let html = plan.html().into_string();
//! assert!(html.contains("<li class=\"plan-row\" data-testid=\"plan-row\" data-item=\"infra.it.server\" data-overdue>"));
//! assert!(html.contains("data-testid=\"plan-outcome\" data-level=\"L0\" data-overall=\"36\""));
//! ```

use super::Html;
use crate::html;
use crate::model::engine::{evaluate, evaluate_with_targets, Answers};
use crate::model::i18n::{fill, Lang};
use crate::model::rubric::{Choice, Item, Rubric};
use crate::model::saved::notebook::{Notebook, PlanRow, Status, MAX_NOTE};

/// The button that opens an item's note and evidence
/// (`data-testid=item-notes-toggle`), closed. It is in the item's
/// fieldset, whose legend names the item to a screen reader.
pub fn notes_toggle_html(lang: Lang, item: &Item) -> Html {
    html!(
        "<button type=\"button\" class=\"notes-toggle\" data-testid=\"item-notes-toggle\" \
         data-item=\"{}\" aria-expanded=\"false\">{}</button>",
        item.id,
        lang.strings().item_notes,
    )
}

/// An item's note and evidence, opened under its toggle, with the button
/// that puts it in the plan with `target` as the answer to reach (or says
/// it is planned already).
pub fn notes_html(
    rubric: &Rubric,
    lang: Lang,
    item: &Item,
    notebook: &Notebook,
    target: Choice,
) -> Html {
    let strings = lang.plan_strings();
    let note = notebook.note(&item.id);
    let held = |kind: &str| note.is_some_and(|n| n.evidence.iter().any(|k| k == kind));
    let kinds: Html = rubric
        .evidence
        .iter()
        .map(|kind| {
            html!(
                "<label><input type=\"checkbox\" data-testid=\"evidence\" data-item=\"{}\" data-kind=\"{}\"{}> {}</label>",
                item.id,
                kind.id,
                Html::trusted(if held(&kind.id) { " checked" } else { "" }),
                kind.name.get(lang),
            )
        })
        .collect();
    let evidence = if rubric.evidence.is_empty() {
        Html::default()
    } else {
        html!(
            "<div class=\"evidence\" role=\"group\" aria-label=\"{}\"><span aria-hidden=\"true\">{}</span>{}</div>",
            strings.evidence_label,
            strings.evidence_label,
            kinds
        )
    };
    html!(
        "<div class=\"item-notes\"><label>{label}\
         <textarea data-testid=\"item-note\" data-item=\"{id}\" maxlength=\"{max}\" rows=\"3\">{note}</textarea></label>\
         {evidence}<p><button type=\"button\" data-testid=\"plan-add\" data-item=\"{id}\" data-target=\"{target}\" aria-label=\"{add_for}\">{add}</button> \
         <span class=\"in-plan\" role=\"status\">{in_plan}</span></p></div>",
        label = fill(strings.note_label, &[("max", &MAX_NOTE.to_string())]),
        id = item.id,
        max = MAX_NOTE,
        note = note.map_or("", |n| &n.note),
        evidence = evidence,
        target = rubric.answer(target).key,
        add_for = fill(lang.strings().plan_add_for, &[("item", item.title.get(lang))]),
        add = lang.strings().plan_add,
        in_plan = if notebook.row(&item.id).is_some() {
            strings.in_plan
        } else {
            ""
        },
    )
}

/// The action plan as the page draws it: for the visitor's `answers` and
/// `notebook`, on `today` (`YYYY-MM-DD`), which says what is overdue.
pub struct Plan<'a> {
    /// The rubric of the answers.
    pub rubric: &'a Rubric,
    /// The page's language.
    pub lang: Lang,
    /// The visitor's own answers.
    pub answers: &'a Answers,
    /// The notes, evidence and plan.
    pub notebook: &'a Notebook,
    /// Today's date.
    pub today: &'a str,
}

impl Plan<'_> {
    /// The plan's rows with their items, in the order added (rows of items
    /// the rubric does not have left out).
    fn rows(&self) -> impl Iterator<Item = (&Item, &PlanRow)> {
        let rubric = self.rubric;
        self.notebook
            .rows()
            .filter_map(move |row| Some((rubric.item(rubric.item_ix(&row.item)?), row)))
    }

    /// The whole of it: what it leads to (`plan-outcome`), how many
    /// entries are overdue, a row for each entry, and, for print only, the
    /// report ([`Plan::report_html`]).
    pub fn html(&self) -> Html {
        let strings = self.lang.plan_strings();
        let rows: Html = self
            .rows()
            .map(|(item, row)| self.row_html(item, row))
            .collect();
        let body = if rows.as_str().is_empty() {
            html!("<p class=\"hint\">{}</p>", strings.empty)
        } else {
            html!(
                "<div class=\"plan-summary\" role=\"status\">{}</div><ol class=\"plan-rows\">{}</ol>",
                self.summary_html(),
                rows
            )
        };
        html!(
            "<h3>{}</h3><p class=\"hint\">{}</p>{}<div class=\"plan-report print-only\">{}</div>",
            strings.heading,
            strings.intro,
            body,
            self.report_html(),
        )
    }

    /// What the plan leads to, and how many of its entries are overdue:
    /// what the plan's status region holds, written again as its entries
    /// change (and so announced).
    pub fn summary_html(&self) -> Html {
        let (rubric, lang) = (self.rubric, self.lang);
        let strings = lang.plan_strings();
        let now = evaluate(rubric, self.answers);
        let reached = evaluate_with_targets(rubric, self.answers, &self.notebook.targets(rubric));
        let level = rubric.level(reached.level);
        let overall = reached.overall_score(rubric);
        let overdue = self
            .rows()
            .filter(|(_, r)| r.is_overdue(self.today))
            .count();
        let score = |s| lang.strings().score(s);
        html!(
            "<p data-testid=\"plan-outcome\" data-level=\"{}\" data-overall=\"{}\">{}</p><p>{}</p>",
            level.id,
            overall.unwrap_or(0),
            fill(
                strings.outcome,
                &[
                    ("level", level.name.get(lang)),
                    ("overall", &score(overall)),
                    ("now_level", rubric.level(now.level).name.get(lang)),
                    ("now_overall", &score(now.overall_score(rubric))),
                ],
            ),
            if overdue > 0 {
                fill(strings.overdue_count, &[("count", &overdue.to_string())])
            } else {
                String::new()
            },
        )
    }

    /// One entry of the plan: the item and its answer now, then the target,
    /// the owner, the date and the status, each labelled, and its removal.
    fn row_html(&self, item: &Item, row: &PlanRow) -> Html {
        let (rubric, lang) = (self.rubric, self.lang);
        let strings = lang.plan_strings();
        let selected = |on: bool| Html::trusted(if on { " selected" } else { "" });
        let targets: Html = rubric
            .choices()
            .filter(|(_, entry)| entry.points.is_some_and(|p| p > 0))
            .map(|(_, entry)| {
                html!(
                    "<option value=\"{}\"{}>{}</option>",
                    entry.key,
                    selected(*entry.key == *row.target),
                    entry.label.get(lang)
                )
            })
            .collect();
        let statuses: Html = Status::ALL
            .into_iter()
            .map(|status| {
                html!(
                    "<option value=\"{}\"{}>{}</option>",
                    status.key(),
                    selected(status == row.status),
                    status_name(lang, status)
                )
            })
            .collect();
        let now = match rubric.item_ix(&item.id).and_then(|ix| self.answers.get(ix)) {
            Some(choice) => rubric.answer(choice).label.get(lang),
            None => lang.strings().unanswered,
        };
        html!(
            "<li class=\"plan-row\" data-testid=\"plan-row\" data-item=\"{id}\"{overdue}>\
             <p><strong>{title}</strong> <span class=\"plan-now\">{now}</span> \
             <strong class=\"overdue\">{overdue_text}</strong></p><div class=\"plan-fields\">\
             <label>{target}<select data-testid=\"plan-target\" data-item=\"{id}\">{targets}</select></label>\
             <label>{owner}<input type=\"text\" maxlength=\"60\" data-testid=\"plan-owner\" data-item=\"{id}\" value=\"{owner_value}\"></label>\
             <label>{date}<input type=\"date\" data-testid=\"plan-date\" data-item=\"{id}\" value=\"{date_value}\"></label>\
             <label>{status}<select data-testid=\"plan-status\" data-item=\"{id}\">{statuses}</select></label>\
             <button type=\"button\" data-testid=\"plan-remove\" data-item=\"{id}\" aria-label=\"{remove_for}\">{remove}</button>\
             </div></li>",
            id = item.id,
            overdue = Html::trusted(if row.is_overdue(self.today) {
                " data-overdue"
            } else {
                ""
            }),
            title = item.title.get(lang),
            now = fill(strings.now, &[("answer", now)]),
            overdue_text = if row.is_overdue(self.today) {
                strings.overdue
            } else {
                ""
            },
            target = strings.target,
            targets = targets,
            owner = strings.owner,
            owner_value = row.owner,
            date = strings.date,
            date_value = row.date,
            status = strings.status,
            statuses = statuses,
            remove_for = fill(strings.remove_for, &[("item", item.title.get(lang))]),
            remove = strings.remove,
        )
    }

    /// What the printed report holds of the notebook, as text to read and
    /// sign rather than fields to fill: the plan as a table (item, target,
    /// owner, date, status, overdue in words), then every item with a note
    /// or evidence.
    pub fn report_html(&self) -> Html {
        let (rubric, lang, today) = (self.rubric, self.lang, self.today);
        let strings = lang.plan_strings();
        let rows: Html = self
            .rows()
            .map(|(item, row)| {
                let target = rubric
                    .choice(&row.target)
                    .map_or("", |c| rubric.answer(c).label.get(lang));
                let overdue = if row.is_overdue(today) {
                    strings.overdue
                } else {
                    ""
                };
                html!(
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{} {}</td></tr>",
                    item.title.get(lang),
                    target,
                    row.owner,
                    row.date,
                    status_name(lang, row.status),
                    overdue
                )
            })
            .collect();
        let mut report = if rows.as_str().is_empty() {
            Html::default()
        } else {
            html!(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table>",
            strings.item,
            strings.target,
            strings.owner,
            strings.date,
            strings.status,
            rows
        )
        };
        report.push(&notes_report_html(rubric, lang, self.notebook));
        report
    }
}

/// A status as shown.
fn status_name(lang: Lang, status: Status) -> &'static str {
    let strings = lang.plan_strings();
    match status {
        Status::Planned => strings.planned,
        Status::Doing => strings.doing,
        Status::Done => strings.done,
    }
}

/// Every item with a note or evidence, in rubric order, with the kinds of
/// evidence ticked.
fn notes_report_html(rubric: &Rubric, lang: Lang, notebook: &Notebook) -> Html {
    let strings = lang.plan_strings();
    let entries: Html = rubric
        .items()
        .filter_map(|r| Some((r.item, notebook.note(&r.item.id)?)))
        .filter(|(_, note)| note.is_written())
        .map(|(item, note)| {
            let kinds: Vec<&str> = rubric
                .evidence
                .iter()
                .filter(|kind| note.evidence.iter().any(|k| **k == *kind.id))
                .map(|kind| kind.name.get(lang))
                .collect();
            let kinds = if kinds.is_empty() {
                String::new()
            } else {
                fill(
                    strings.evidence_held,
                    &[("kinds", &kinds.join(lang.strings().list_separator))],
                )
            };
            html!(
                "<dt>{}</dt><dd><p>{}</p><p>{}</p></dd>",
                item.title.get(lang),
                note.note,
                kinds
            )
        })
        .collect();
    if entries.as_str().is_empty() {
        return Html::default();
    }
    html!("<h3>{}</h3><dl>{}</dl>", strings.notes_report, entries)
}
