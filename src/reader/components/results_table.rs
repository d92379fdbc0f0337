use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::markup::reader_rows::row_html;
use crate::markup::Html;
use crate::model::cohort::{to_csv, CohortResult};
use crate::model::i18n::{fill, Lang};
use crate::model::rubric::Rubric;
use crate::reader::store::{use_reader, Column, Outcome, Sort};
use crate::web::dom::download;

/// Rows written between two yields to the browser.
const ROWS_A_SLICE: usize = 1000;

/// One row a result: label, overall, level, part scores, answered, whether
/// provisional, and a link that opens it in the self-check. Sorted by any
/// column, filtered by level; exported as CSV, printed as a report. With
/// thousands of results, the rows are written in slices between frames.
#[component]
pub fn ResultsTable() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let (outcome, sort, filter) = (store.outcome(), store.sort(), store.level_filter());
    let profile_filter = store.profile_filter();
    let body = NodeRef::<leptos::html::Tbody>::new();
    let shown = RwSignal::new(0usize);
    let latest = Rc::new(Cell::new(0u32));
    Effect::new(move |_| {
        let (outcome, sort, filter) = (outcome.get(), sort.get(), filter.get());
        let profile_filter = profile_filter.get();
        let Some(body) = body.get() else {
            return;
        };
        body.set_inner_html("");
        latest.set(latest.get().wrapping_add(1));
        let Some(outcome) = outcome else {
            shown.set(0);
            return;
        };
        let mut order: Vec<usize> = (0..outcome.results.len())
            .filter(|&i| {
                let result = &outcome.results[i];
                profile_filter.admits(result)
                    && filter.is_none_or(|level| result.level().id == rubric.level(level).id)
            })
            .collect();
        sort_rows(rubric, &outcome.results, &mut order, sort);
        shown.set(order.len());
        let rows = Rows {
            outcome,
            order,
            lang,
            rubric,
        };
        write_rows(body, Rc::new(rows), 0, latest.clone(), latest.get());
    });

    let heading = move |column: Column, title: &'static str| {
        let aria_sort = move || {
            let sort = sort.get();
            match (sort.column == column, sort.descending) {
                (false, _) => "none",
                (true, false) => "ascending",
                (true, true) => "descending",
            }
        };
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button type="button" class="sort-button" on:click=move |_| store.sort_by(column)>
                    {title}
                </button>
            </th>
        }
    };
    let part_headings = rubric
        .part_ixs()
        .map(|p| heading(Column::Part(p), rubric.part(p).title.get(lang)))
        .collect_view();
    let level_options = rubric
        .levels()
        .map(|(_, level)| {
            view! { <option value=level.id.clone()>{level.id.clone()}" "{level.name.get(lang)}</option> }
        })
        .collect_view();
    let on_filter = move |event| {
        let id = event_target_value(&event);
        store.filter_level(rubric.level_ix(&id));
    };
    let export = move |_| {
        if let Some(outcome) = outcome.get_untracked() {
            let name = format!("{}.csv", strings.table_heading);
            download(
                &name,
                "text/csv;charset=utf-8",
                &to_csv(rubric, lang, &outcome.results),
            );
        }
    };
    let count = move || {
        let total = outcome.with(|o| {
            o.as_ref().map_or(0, |o| {
                profile_filter.with(|f| o.results.iter().filter(|r| f.admits(r)).count())
            })
        });
        fill(
            strings.shown_rows,
            &[
                ("shown", &shown.get().to_string()),
                ("total", &total.to_string()),
            ],
        )
    };
    view! {
        <section class="results">
            <h2>{strings.table_heading}</h2>
            <div class="table-actions">
                <label>
                    {strings.filter_level}" "
                    <select data-testid="reader-filter" on:change=on_filter>
                        <option value="">{strings.all_levels}</option>
                        {level_options}
                    </select>
                </label>
                <button type="button" class="primary" data-testid="reader-export" on:click=export>
                    {strings.export_csv}
                </button>
                <button type="button" on:click=move |_| crate::web::dom::print()>{strings.print}</button>
            </div>
            <p class="hint" aria-live="polite">{count}</p>
            <div class="table-scroll results-scroll" tabindex="0" role="region" aria-label=strings.table_heading>
                <table class="results-table">
                    <thead>
                        <tr>
                            {heading(Column::Label, strings.col_label)}
                            {heading(Column::Overall, strings.col_overall)}
                            {heading(Column::Level, strings.level)}
                            {part_headings}
                            {(!rubric.profile.is_empty()).then(|| view! { <th scope="col">{strings.col_profile}</th> })}
                            {heading(Column::Answered, strings.col_answered)}
                            <th scope="col">{strings.col_provisional}</th>
                            <th scope="col"><span class="visually-hidden">{strings.open_result}</span></th>
                        </tr>
                    </thead>
                    <tbody node_ref=body></tbody>
                </table>
            </div>
        </section>
    }
}

/// Orders `order` (indices into `results`) by `sort`; ties keep input order.
fn sort_rows(rubric: &Rubric, results: &[CohortResult], order: &mut [usize], sort: Sort) {
    let key = |i: &usize| -> (Option<u32>, &str) {
        let r = &results[*i];
        match sort.column {
            Column::Line => (Some(r.line as u32), ""),
            Column::Label => (None, r.label.as_str()),
            Column::Overall => (r.overall(), ""),
            Column::Level => (Some(r.evaluation.level.index() as u32), ""),
            Column::Part(p) => (r.part_score(&rubric.part(p).id), ""),
            Column::Answered => (Some(r.evaluation.answered as u32), ""),
        }
    };
    order.sort_by(|a, b| {
        let ordering = key(a).cmp(&key(b));
        if sort.descending {
            ordering.reverse()
        } else {
            ordering
        }
    });
}

/// The rows to write, in order.
struct Rows {
    outcome: Arc<Outcome>,
    order: Vec<usize>,
    lang: Lang,
    rubric: &'static Rubric,
}

/// Writes rows from `from` on, a slice at a time, unless a newer table
/// (`latest`) has begun since `this` one.
fn write_rows(
    body: web_sys::HtmlTableSectionElement,
    rows: Rc<Rows>,
    from: usize,
    latest: Rc<Cell<u32>>,
    this: u32,
) {
    if latest.get() != this || from >= rows.order.len() {
        return;
    }
    let to = (from + ROWS_A_SLICE).min(rows.order.len());
    let html: Html = rows.order[from..to]
        .iter()
        .map(|&i| row_html(rows.rubric, rows.lang, &rows.outcome.results[i]))
        .collect();
    let _ = body.insert_adjacent_html("beforeend", html.as_str());
    set_timeout(
        move || write_rows(body, rows, to, latest, this),
        Duration::ZERO,
    );
}
