use leptos::prelude::*;

use crate::model::engine::to_score;
use crate::model::i18n::fill;
use crate::widget::store::use_store;

// The chart's geometry in SVG user units (whole numbers, so that no float
// formatting is needed).
const ROW: u32 = 28;
const LABEL_END: u32 = 150;
const BAR_START: u32 = 158;
const BAR_WIDTH: u32 = 160;
const WIDTH: u32 = 360;
const AXIS: u32 = 18;

/// A bar's length for `score` out of `full`.
fn bar_width(score: u32, full: u32) -> u32 {
    BAR_WIDTH * score.min(full) / full.max(1)
}

/// The axis ticks: none, half and the full score, with their positions.
fn ticks(full: u32) -> [(u32, u32); 3] {
    [0, full / 2, full].map(|tick| (tick, BAR_START + bar_width(tick, full)))
}

/// The eight group scores as horizontal bars (inline SVG; each bar carries
/// its number, so it reads in black and white), with the same figures as a
/// table for screen readers and anyone who prefers one.
#[component]
pub fn GroupChart() -> impl IntoView {
    let store = use_store();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.rubric());
    // (part, group) of every group, in rubric order.
    let groups: Vec<(usize, usize)> = rubric
        .parts
        .iter()
        .enumerate()
        .flat_map(|(p, part)| (0..part.groups.len()).map(move |g| (p, g)))
        .collect();
    let score = move |(p, g): (usize, usize)| {
        store
            .evaluation
            .with(|e| e.parts[p].groups[g].map(|points| to_score(rubric, points)))
    };
    let shown_score = move |group| strings.score(score(group));
    let title = move |(p, g): (usize, usize)| rubric.parts[p].groups[g].title.get(lang);
    let height = groups.len() as u32 * ROW + AXIS;
    let bars = groups
        .iter()
        .enumerate()
        .map(|(row, &group)| {
            let y = row as u32 * ROW;
            let width = move || score(group).map_or(0, |s| bar_width(s, rubric.full_score));
            view! {
                <text class="chart-label" x=LABEL_END y=y + 18 text-anchor="end">{title(group)}</text>
                <rect class="chart-track" x=BAR_START y=y + 6 width=BAR_WIDTH height="16"></rect>
                <rect class="chart-bar" x=BAR_START y=y + 6 width=width height="16"></rect>
                <text class="chart-value" x=BAR_START + BAR_WIDTH + 6 y=y + 18>
                    {move || shown_score(group)}
                </text>
            }
        })
        .collect_view();
    let ticks = ticks(rubric.full_score)
        .map(|(tick, x)| {
            view! {
                <line class="chart-grid" x1=x x2=x y1="0" y2=height - AXIS + 4></line>
                <text class="chart-tick" x=x y=height - 2 text-anchor="middle">{tick}</text>
            }
        })
        .collect_view();
    let label = fill(
        strings.chart_label,
        &[("full", &rubric.full_score.to_string())],
    );
    let rows = groups
        .iter()
        .map(|&group| {
            view! {
                <tr>
                    <th scope="row">{title(group)}</th>
                    <td>{move || shown_score(group)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="group-chart">
            <figcaption>
                <h3>{strings.group_scores}</h3>
            </figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                role="img"
                aria-label=label.clone()
                focusable="false"
            >
                {ticks}
                {bars}
            </svg>
            <details class="chart-table">
                <summary>{strings.show_table}</summary>
                <table>
                    <caption>{label}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{strings.group}</th>
                            <th scope="col">{strings.score}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_and_ticks_follow_the_full_score() {
        assert_eq!(bar_width(100, 100), BAR_WIDTH);
        assert_eq!(bar_width(50, 100), BAR_WIDTH / 2);
        // A rubric scored out of 10: a 10 fills the bar, a 5 half of it.
        assert_eq!(bar_width(10, 10), BAR_WIDTH);
        assert_eq!(bar_width(5, 10), BAR_WIDTH / 2);
        assert_eq!(
            ticks(10),
            [
                (0, BAR_START),
                (5, BAR_START + BAR_WIDTH / 2),
                (10, BAR_START + BAR_WIDTH)
            ]
        );
    }
}
