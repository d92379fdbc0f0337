use leptos::prelude::*;

use crate::model::i18n::fill;
use crate::model::link::codec::LinkError;
use crate::reader::store::use_reader;

/// How many links were found and what became of each: valid, refused
/// (with line and reason) and repeats (with the line they repeat). The
/// numbers always add up to the links found, and the page says so.
#[component]
pub fn ReadingCounts() -> impl IntoView {
    let store = use_reader();
    let (strings, rubric) = (store.strings(), store.rubric);
    let outcome = store.outcome();
    let label = move |label: &str| {
        if label.is_empty() {
            strings.no_label.to_string()
        } else {
            label.to_string()
        }
    };
    let line = move |line: usize| fill(strings.line, &[("line", &line.to_string())]);
    // Said only where results of an earlier release are among them.
    let versions = move |versions: &[(u32, usize)]| {
        let earlier = versions
            .iter()
            .any(|&(version, _)| version != rubric.version);
        earlier.then(|| {
            let list: Vec<String> = versions
                .iter()
                .map(|&(version, count)| {
                    fill(
                        strings.version_count,
                        &[
                            ("version", &version.to_string()),
                            ("count", &count.to_string()),
                        ],
                    )
                })
                .collect();
            let text = fill(
                strings.versions_included,
                &[("list", &list.join(strings.version_separator))],
            );
            view! { <p class="counts-versions" data-testid="reader-versions">{text}</p> }
        })
    };
    let counts = move || {
        let outcome = outcome.get()?;
        let (found, valid, invalid, duplicates) = (
            outcome.found,
            outcome.results.len(),
            outcome.refused.len(),
            outcome.repeats.len(),
        );
        if found == 0 {
            return Some(view! { <p class="no-links">{strings.no_links}</p> }.into_any());
        }
        let number = |n: usize| n.to_string();
        let sum = fill(
            strings.counts_add_up,
            &[
                ("found", &number(found)),
                ("valid", &number(valid)),
                ("invalid", &number(invalid)),
                ("duplicates", &number(duplicates)),
            ],
        );
        let refused = outcome
            .refused
            .iter()
            .map(|refused| {
                let reason = match refused.error {
                    LinkError::Damaged => strings.refused_damaged.to_string(),
                    LinkError::OtherVersion { version } => fill(
                        strings.refused_version,
                        &[
                            ("version", &version.to_string()),
                            ("current", &rubric.version.to_string()),
                        ],
                    ),
                };
                view! {
                    <li data-testid="reader-invalid-row" data-line=refused.line>
                        <strong>{line(refused.line)}</strong>" "{label(&refused.label)}": "{reason}
                        <span class="link-text">{refused.link.clone()}</span>
                    </li>
                }
            })
            .collect_view();
        let repeats = outcome
            .repeats
            .iter()
            .map(|repeat| {
                let of = fill(
                    strings.repeat_of,
                    &[("line", &repeat.first_line.to_string())],
                );
                view! {
                    <li data-testid="reader-duplicate-row" data-line=repeat.line>
                        <strong>{line(repeat.line)}</strong>" "{label(&repeat.label)}": "{of}
                    </li>
                }
            })
            .collect_view();
        Some(
            view! {
                <dl class="counts">
                    <div>
                        <dt>{strings.count_found}</dt>
                        <dd data-testid="reader-found">{found}</dd>
                    </div>
                    <div>
                        <dt>{strings.count_valid}</dt>
                        <dd data-testid="reader-valid">{valid}</dd>
                    </div>
                    <div>
                        <dt>{strings.count_invalid}</dt>
                        <dd data-testid="reader-invalid">{invalid}</dd>
                    </div>
                    <div>
                        <dt>{strings.count_duplicates}</dt>
                        <dd data-testid="reader-duplicates">{duplicates}</dd>
                    </div>
                </dl>
                <p class="counts-sum">{sum}</p>
                {versions(&outcome.summary.versions)}
                {(invalid > 0).then(|| view! {
                    <h2>{strings.refused_heading}</h2>
                    <ul class="refused">{refused}</ul>
                })}
                {(duplicates > 0).then(|| view! {
                    <h2>{strings.repeats_heading}</h2>
                    <ul class="repeats">{repeats}</ul>
                })}
            }
            .into_any(),
        )
    };
    view! { <section class="reading-counts" aria-live="polite">{counts}</section> }
}
