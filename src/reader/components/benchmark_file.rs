use leptos::prelude::*;

use crate::model::benchmark::{Benchmark, BenchmarkError, MIN_COUNT};
use crate::model::i18n::fill;
use crate::reader::store::use_reader;
use crate::web::dom::{chosen_file, download, file_text};

/// The benchmark file: exports `benchmark.json` (aggregates of the
/// results read, segments of fewer than ten left out), says when the
/// cohort is too small for it to hold anything, and checks a file before
/// it is published: what it holds, or every problem with it.
#[component]
pub fn BenchmarkFile() -> impl IntoView {
    let store = use_reader();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric);
    let outcome = store.outcome();
    let min = MIN_COUNT.to_string();
    let current_count = move || {
        outcome.with(|o| {
            o.as_ref().map_or((0, 0), |o| {
                let current = o
                    .results
                    .iter()
                    .filter(|r| r.rubric.version == rubric.version)
                    .count();
                (current, o.results.len() - current)
            })
        })
    };
    let export = move |_| {
        if let Some(outcome) = outcome.get_untracked() {
            let benchmark = Benchmark::of(rubric, &outcome.results, &store.today());
            download("benchmark.json", "application/json", &benchmark.to_json());
        }
    };
    let notes = move || {
        let (current, earlier) = current_count();
        let too_few = (current < MIN_COUNT)
            .then(|| view! { <p class="notice-inline" data-testid="reader-benchmark-too-few">{fill(strings.benchmark_too_few, &[("min", &MIN_COUNT.to_string())])}</p> });
        let left_out = (earlier > 0).then(|| {
            let text = fill(
                strings.benchmark_left_out,
                &[
                    ("count", &earlier.to_string()),
                    ("version", &rubric.version.to_string()),
                ],
            );
            view! { <p class="hint">{text}</p> }
        });
        (too_few, left_out)
    };
    let checked = RwSignal::new(None::<Result<Benchmark, BenchmarkError>>);
    let on_file = move |event: leptos::ev::Event| {
        if let Some(file) = event.target().and_then(|t| chosen_file(&t)) {
            leptos::task::spawn_local(async move {
                let text = file_text(&file).await.unwrap_or_default();
                checked.set(Some(Benchmark::read(&text, rubric)));
            });
        }
    };
    let verdict = move || {
        checked.get().map(|result| match result {
            Ok(benchmark) => {
                let text = match &benchmark.all {
                    Some(all) => fill(
                        strings.benchmark_holds,
                        &[
                            ("date", &benchmark.date),
                            ("count", &all.count.to_string()),
                            ("segments", &benchmark.segments.len().to_string()),
                        ],
                    ),
                    None => strings.benchmark_holds_nothing.to_string(),
                };
                // Each segment by name, as the reader's table names it.
                let segments = benchmark
                    .segments
                    .iter()
                    .filter_map(|segment| {
                        let field = rubric.field(rubric.field_ix(&segment.field)?);
                        let choice = field.choice(field.choice_ix(&segment.value)?)?;
                        Some(view! {
                            <li>{field.label.get(lang)}" · "{choice.name.get(lang)}": "{segment.figures.count}</li>
                        })
                    })
                    .collect_view();
                view! {
                    <div data-testid="reader-benchmark-check" data-valid="true">
                        <p>{text}</p>
                        <ul>{segments}</ul>
                    </div>
                }
                .into_any()
            }
            Err(error) => {
                let lines = error
                    .to_string()
                    .lines()
                    .map(|line| view! { <li>{line.to_string()}</li> })
                    .collect_view();
                view! {
                    <div data-testid="reader-benchmark-check" data-valid="false" role="alert">
                        <p>{strings.benchmark_invalid}</p>
                        <ul>{lines}</ul>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="benchmark-file">
            <h2>{strings.benchmark_heading}</h2>
            <p class="hint">{fill(strings.benchmark_intro, &[("min", &min)])}</p>
            {notes}
            <div class="input-actions">
                <button
                    type="button"
                    data-testid="reader-benchmark-export"
                    disabled=move || outcome.with(Option::is_none)
                    on:click=export
                >
                    {strings.benchmark_export}
                </button>
                <label class="file-button">
                    <span>{strings.benchmark_check}</span>
                    <input
                        type="file"
                        data-testid="reader-benchmark-file"
                        accept=".json,application/json"
                        on:change=on_file
                    />
                </label>
            </div>
            <div aria-live="polite">{verdict}</div>
        </section>
    }
}
