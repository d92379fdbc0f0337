use leptos::prelude::*;

use crate::state::use_state;

const ROW: f64 = 28.0;
const LABEL_END: f64 = 150.0;
const BAR_START: f64 = 158.0;
const BAR_WIDTH: f64 = 160.0;
const WIDTH: f64 = 360.0;
const AXIS: f64 = 18.0;

/// The eight group scores as horizontal bars (inline SVG; each bar carries
/// its number, so it reads in black and white), with the same figures as a
/// table for screen readers and anyone who prefers one.
#[component]
pub fn GroupChart() -> impl IntoView {
    let state = use_state();
    let rubric = state.rubric;
    let lang = move || state.lang.get();
    // (part, group) of every group, in rubric order.
    let groups: Vec<(usize, usize)> = rubric
        .parts
        .iter()
        .enumerate()
        .flat_map(|(p, part)| (0..part.groups.len()).map(move |g| (p, g)))
        .collect();
    let score = move |(p, g): (usize, usize)| {
        state
            .evaluation
            .with(|e| e.parts[p].groups[g].map(|points| crate::engine::to_score(rubric, points)))
    };
    let title =
        move |(p, g): (usize, usize)| rubric.parts[p].groups[g].title.get(lang()).to_string();
    let height = groups.len() as f64 * ROW + AXIS;
    let bars = groups
        .iter()
        .enumerate()
        .map(|(row, &group)| {
            let y = row as f64 * ROW;
            let width = move || score(group).map_or(0.0, |s| BAR_WIDTH * f64::from(s) / 100.0);
            let value = move || {
                score(group).map_or_else(|| state.strings().no_score.to_string(), |s| s.to_string())
            };
            view! {
                <text class="chart-label" x=LABEL_END y=y + 18.0 text-anchor="end">
                    {move || title(group)}
                </text>
                <rect class="chart-track" x=BAR_START y=y + 6.0 width=BAR_WIDTH height="16"></rect>
                <rect class="chart-bar" x=BAR_START y=y + 6.0 width=width height="16"></rect>
                <text class="chart-value" x=BAR_START + BAR_WIDTH + 6.0 y=y + 18.0>
                    {value}
                </text>
            }
        })
        .collect_view();
    let ticks = [0.0, 50.0, 100.0]
        .map(|tick| {
            let x = BAR_START + BAR_WIDTH * tick / 100.0;
            view! {
                <line class="chart-grid" x1=x x2=x y1="0" y2=height - AXIS + 4.0></line>
                <text class="chart-tick" x=x y=height - 2.0 text-anchor="middle">{tick}</text>
            }
        })
        .collect_view();
    let rows = groups
        .iter()
        .map(|&group| {
            view! {
                <tr>
                    <th scope="row">{move || title(group)}</th>
                    <td>
                        {move || score(group).map_or_else(|| state.strings().no_score.to_string(), |s| s.to_string())}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="group-chart">
            <figcaption id="group-chart-caption">
                <h3>{move || state.strings().group_scores}</h3>
            </figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                role="img"
                aria-label=move || state.strings().chart_label
                focusable="false"
            >
                {ticks}
                {bars}
            </svg>
            <details class="chart-table">
                <summary>{move || state.strings().show_table}</summary>
                <table>
                    <caption>{move || state.strings().chart_label}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || state.strings().group}</th>
                            <th scope="col">{move || state.strings().score}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
