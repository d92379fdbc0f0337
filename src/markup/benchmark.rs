//! Where a result stands among its peers, as HTML text: the sentence for
//! the whole cohort with a small picture of its distribution (the result
//! marked), one line a part, and one a segment of the result's profile.

use super::Html;
use crate::html;
use crate::model::benchmark::{Benchmark, Standing};
use crate::model::engine::{Answers, Evaluation};
use crate::model::i18n::{fill, Lang};
use crate::model::rubric::Rubric;

/// Scores a bar of the picture stands for.
const BAR_WIDTH: usize = 5;

/// The standing of `evaluation` (of `answers`) in `benchmark`, or nothing
/// when the benchmark has no figures for it.
pub fn standing_html(
    rubric: &Rubric,
    lang: Lang,
    benchmark: &Benchmark,
    answers: &Answers,
    evaluation: &Evaluation,
) -> Option<Html> {
    let strings = lang.strings();
    let first_use = lang.first_use_strings();
    let standing = Standing::of(benchmark, rubric, evaluation, answers.profile_choices())?;
    let (count, below) = (standing.count, standing.overall?);
    let score = evaluation.overall_score(rubric)?;
    let sentence = fill(
        first_use.benchmark_overall,
        &[
            ("below", &below.to_string()),
            ("count", &grouped(count)),
            ("date", &benchmark.date),
        ],
    );
    let all = benchmark.all.as_ref()?;
    let picture = distribution_svg(&all.overall, score, &sentence);
    let parts: Html = rubric
        .part_ixs()
        .zip(&standing.parts)
        .filter_map(|(p, place)| {
            let below = (*place)?;
            let part = rubric.part(p);
            let text = fill(
                first_use.benchmark_part,
                &[
                    ("part", part.title.get(lang)),
                    ("below", &below.to_string()),
                ],
            );
            Some(html!(
                "<li data-testid=\"benchmark-part\" data-part=\"{}\" data-below=\"{}\">{}</li>",
                part.id,
                below,
                text
            ))
        })
        .collect();
    let segments: Html = standing
        .segments
        .iter()
        .filter_map(|(id, place)| {
            let ix = rubric.field_ix(id)?;
            let field = rubric.field(ix);
            let choice = field.choice(answers.profile(ix)?)?;
            let names = [("field", field.label.get(lang)), ("choice", choice.name.get(lang))];
            Some(match place {
                Some((count, below)) => {
                    let (shown, below) = (grouped(*count), below.to_string());
                    let mut values = names.to_vec();
                    values.extend([("count", shown.as_str()), ("below", below.as_str())]);
                    html!(
                        "<li data-testid=\"benchmark-segment\" data-field=\"{}\" data-count=\"{}\" data-below=\"{}\">{}</li>",
                        field.id,
                        count,
                        below,
                        fill(first_use.benchmark_segment, &values)
                    )
                }
                None => html!(
                    "<li class=\"too-small\" data-testid=\"benchmark-segment-too-small\" data-field=\"{}\">{}</li>",
                    field.id,
                    fill(first_use.benchmark_segment_small, &names)
                ),
            })
        })
        .collect();
    Some(html!(
        "<section class=\"benchmark\" data-testid=\"benchmark\" data-count=\"{count}\" data-below=\"{below}\" aria-labelledby=\"benchmark-heading\">\
         <h3 id=\"benchmark-heading\">{heading}</h3><p class=\"benchmark-overall\">{sentence}</p>{picture}\
         <ul class=\"benchmark-parts\">{parts}</ul><ul class=\"benchmark-segments\">{segments}</ul></section>",
        count = count,
        below = below,
        heading = strings.benchmark_heading,
        sentence = sentence,
        picture = picture,
        parts = parts,
        segments = segments,
    ))
}

/// The cohort's overall scores as bars of five points each, the bar of
/// `score` marked, labelled by `label` (the sentence it pictures).
fn distribution_svg(distribution: &[usize], score: u32, label: &str) -> Html {
    let bars: Vec<usize> = distribution
        .chunks(BAR_WIDTH)
        .map(|chunk| chunk.iter().sum())
        .collect();
    let highest = bars.iter().copied().max().unwrap_or(0).max(1);
    let own = score as usize / BAR_WIDTH;
    let rects: Html = bars
        .iter()
        .enumerate()
        .map(|(i, &count)| {
            let height = (count * 40).div_ceil(highest);
            html!(
                "<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"8\" height=\"{}\"/>",
                if i == own { "bar own" } else { "bar" },
                i * 10 + 1,
                44 - height,
                height
            )
        })
        .collect();
    let width = bars.len() * 10;
    html!(
        "<svg class=\"distribution\" viewBox=\"0 0 {width} 48\" role=\"img\" aria-label=\"{label}\">{rects}\
         <rect class=\"axis\" x=\"0\" y=\"44\" width=\"{width}\" height=\"1\"/>\
         <path class=\"marker\" d=\"M{marker} 48l-3 0 3-4 3 4z\"/></svg>",
        width = width,
        label = label,
        rects = rects,
        marker = own * 10 + 5,
    )
}

/// A count with a comma between thousands, as the guide's documents
/// write it: 1,204.
pub fn grouped(count: usize) -> String {
    let digits = count.to_string();
    let mut text = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            text.push(',');
        }
        text.push(digit);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(grouped(7), "7");
        assert_eq!(grouped(1204), "1,204");
        assert_eq!(grouped(1234567), "1,234,567");
    }
}
