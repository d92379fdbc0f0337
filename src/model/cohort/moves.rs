//! Before and after: how the results with an earlier one moved.

use super::{CohortResult, Earlier, Filter};
use crate::model::engine::{exact_score, Evaluation, Fraction};
use crate::model::rubric::{LevelIx, Rubric};

/// Before and after, from comparison links: the enterprises whose earlier
/// result is known, how their levels moved and each part's mean before and
/// after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moves {
    /// How many results carry an earlier one.
    pub count: usize,
    /// `(from, to, count)`: how many went from one level to another, by
    /// level id, each move once; the same level is not a move.
    pub levels: Vec<(LevelIx, LevelIx, usize)>,
    /// Each part's exact mean score before and after, over the results
    /// with a score for it both times, in rubric order.
    pub parts: Vec<(Option<Fraction>, Option<Fraction>)>,
}

impl Moves {
    /// The moves among the results `filter` admits.
    pub fn of(rubric: &Rubric, results: &[CohortResult], filter: &Filter) -> Moves {
        let pairs: Vec<(&CohortResult, &Earlier)> = results
            .iter()
            .filter(|r| filter.admits(r))
            .filter_map(|r| Some((r, r.before.as_ref()?)))
            .collect();
        let mut levels: Vec<(LevelIx, LevelIx, usize)> = Vec::new();
        for (after, before) in &pairs {
            let level = |r: &Rubric, e: &Evaluation| rubric.level_ix(&r.level(e.level).id);
            let (Some(from), Some(to)) = (
                level(before.rubric, &before.evaluation),
                level(after.rubric, &after.evaluation),
            ) else {
                continue;
            };
            if from == to {
                continue;
            }
            match levels.iter_mut().find(|(f, t, _)| (*f, *t) == (from, to)) {
                Some((_, _, count)) => *count += 1,
                None => levels.push((from, to, 1)),
            }
        }
        levels.sort();
        let score = |r: &Rubric, e: &Evaluation, id: &str| {
            let part = r.part_ix(id)?;
            Some(exact_score(r, e.part(part).points?))
        };
        let parts = rubric
            .parts
            .iter()
            .map(|part| {
                let both: Vec<(Fraction, Fraction)> = pairs
                    .iter()
                    .filter_map(|(after, before)| {
                        Some((
                            score(before.rubric, &before.evaluation, &part.id)?,
                            score(after.rubric, &after.evaluation, &part.id)?,
                        ))
                    })
                    .collect();
                (
                    Fraction::mean(both.iter().map(|p| p.0)),
                    Fraction::mean(both.iter().map(|p| p.1)),
                )
            })
            .collect();
        Moves {
            count: pairs.len(),
            levels,
            parts,
        }
    }
}
