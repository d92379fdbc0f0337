//! The cohort's figures: levels, what holds it back, each part's, group's
//! and item's, over results of any release, aligned by id.

use super::{CohortResult, Filter};
use crate::model::engine::{exact_score, Fraction, NextSteps};
use crate::model::rubric::{ItemIx, PartIx, Rubric};

/// Mean and median of scores (0 to the full score), exact: rounded only
/// when shown, by [`crate::model::engine::whole`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stats {
    /// How many results have a score here.
    pub count: usize,
    /// Their mean, if any.
    pub mean: Option<Fraction>,
    /// Their median, if any.
    pub median: Option<Fraction>,
}

impl Stats {
    fn of(mut scores: Vec<Fraction>) -> Stats {
        scores.sort_unstable();
        let n = scores.len();
        let median = match n {
            0 => None,
            _ if n % 2 == 1 => Some(scores[n / 2]),
            _ => Some((scores[n / 2 - 1] + scores[n / 2]).div_int(2)),
        };
        Stats {
            count: n,
            mean: Fraction::mean(scores),
            median,
        }
    }
}

/// The picture of a cohort of results.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortFigures {
    /// How many results reached each level, lowest first (a result of an
    /// earlier release counts at the level of the same id).
    pub level_counts: Vec<usize>,
    /// How many results were made for each version of the guide, newest
    /// first: `(version, count)`.
    pub versions: Vec<(u32, usize)>,
    /// How many results are provisional (items unanswered).
    pub provisional: usize,
    /// Each part's scores, in rubric order.
    pub parts: Vec<Stats>,
    /// Each group's scores, by part and group.
    pub groups: Vec<Vec<Stats>>,
    /// For each item, how many results gave each answer: unanswered first,
    /// then the scale's answers in order.
    pub answers: Vec<Vec<usize>>,
    /// Items in the results' next-step plans, with how many plans hold
    /// each; most first, then in rubric order. Items in no plan are left out.
    pub holding_back: Vec<(ItemIx, usize)>,
    /// How many results are one change, and two changes, from their next level.
    pub changes_away: [usize; 2],
}

/// How a release's parts, groups, items, answers and levels stand to the
/// current rubric's, by id: worked out once for each release among the
/// results, so that summing ten thousand of them looks nothing up by name.
pub(super) struct Alignment {
    version: u32,
    /// For each item of the current rubric, the same item in the release.
    pub(super) items: Vec<Option<ItemIx>>,
    /// For each item of the release, the same item in the current rubric.
    items_back: Vec<Option<ItemIx>>,
    /// For each answer of the release's scale, its column in the counts
    /// (0 is unanswered).
    columns: Vec<usize>,
    /// For each level of the release, the current rubric's of the same id.
    levels: Vec<Option<usize>>,
    /// For each part of the current rubric, the release's, with the
    /// release's group for each of its groups.
    parts: Vec<Option<(PartIx, Vec<Option<usize>>)>>,
}

impl Alignment {
    /// One for each release among `results`.
    pub(super) fn all<'a>(
        current: &Rubric,
        results: impl IntoIterator<Item = &'a CohortResult>,
    ) -> Vec<Alignment> {
        let mut alignments: Vec<Alignment> = Vec::new();
        for result in results {
            if !alignments
                .iter()
                .any(|a| a.version == result.rubric.version)
            {
                alignments.push(Alignment::of(current, result.rubric));
            }
        }
        alignments
    }

    /// The one of `result`'s release, among `all` of them.
    pub(super) fn find<'a>(all: &'a [Alignment], result: &CohortResult) -> &'a Alignment {
        all.iter()
            .find(|a| a.version == result.rubric.version)
            .expect("an alignment for every release among the results")
    }

    fn of(current: &Rubric, release: &Rubric) -> Alignment {
        Alignment {
            version: release.version,
            items: current
                .items()
                .map(|r| release.item_ix(&r.item.id))
                .collect(),
            items_back: release
                .items()
                .map(|r| current.item_ix(&r.item.id))
                .collect(),
            columns: release
                .choices()
                .map(|(_, entry)| {
                    current
                        .choice(&entry.key)
                        .map_or(0, |c| usize::from(c.index()) + 1)
                })
                .collect(),
            levels: release
                .levels()
                .map(|(_, level)| current.levels().position(|(_, l)| l.id == level.id))
                .collect(),
            parts: current
                .parts
                .iter()
                .map(|part| {
                    let own = release
                        .part_ixs()
                        .find(|&p| release.part(p).id == part.id)?;
                    let groups = part
                        .groups
                        .iter()
                        .map(|g| release.part(own).groups.iter().position(|o| o.id == g.id))
                        .collect();
                    Some((own, groups))
                })
                .collect(),
        }
    }
}

impl CohortFigures {
    /// Sums up `results` for `rubric`, the current one: each figure by the
    /// id of its part, group, item or level, over the results whose release
    /// has it.
    pub fn of(rubric: &Rubric, results: &[CohortResult]) -> CohortFigures {
        CohortFigures::of_segment(rubric, results, &Filter::all(rubric))
    }

    /// [`CohortFigures::of`] the results `filter` admits.
    pub fn of_segment(rubric: &Rubric, results: &[CohortResult], filter: &Filter) -> CohortFigures {
        let admitted: Vec<&CohortResult> = results.iter().filter(|r| filter.admits(r)).collect();
        CohortFigures::of_admitted(rubric, &admitted)
    }

    fn of_admitted(rubric: &Rubric, results: &[&CohortResult]) -> CohortFigures {
        let score = |result: &CohortResult, points| exact_score(result.rubric, points);
        let alignments = Alignment::all(rubric, results.iter().copied());
        let aligned = |result: &CohortResult| Alignment::find(&alignments, result);
        let mut level_counts = vec![0; rubric.levels().count()];
        let mut answers = vec![vec![0; rubric.choices().count() + 1]; rubric.item_count()];
        let mut in_plans = vec![0; rubric.item_count()];
        let mut changes_away = [0; 2];
        let mut versions: Vec<(u32, usize)> = Vec::new();
        for &result in results {
            let alignment = aligned(result);
            match versions.iter_mut().find(|(v, _)| *v == alignment.version) {
                Some((_, count)) => *count += 1,
                None => versions.push((alignment.version, 1)),
            }
            if let Some(level) = alignment.levels[result.evaluation.level.index()] {
                level_counts[level] += 1;
            }
            for (item, own) in alignment.items.iter().enumerate() {
                if let Some(own) = own {
                    let answer = result.answers.get(*own);
                    answers[item]
                        [answer.map_or(0, |c| alignment.columns[usize::from(c.index())])] += 1;
                }
            }
            if let NextSteps::Reach { changes, .. } = &result.next_steps {
                for change in changes {
                    if let Some(item) = alignment.items_back[change.item.index()] {
                        in_plans[item.index()] += 1;
                    }
                }
                if let Some(count) = changes_away.get_mut(changes.len().wrapping_sub(1)) {
                    *count += 1;
                }
            }
        }
        versions.sort_by_key(|&(version, _)| std::cmp::Reverse(version));
        let parts = rubric
            .part_ixs()
            .map(|p| {
                let scores = results.iter().filter_map(|r| {
                    let (own, _) = aligned(r).parts[p.index()].as_ref()?;
                    Some(score(r, r.evaluation.part(*own).points?))
                });
                Stats::of(scores.collect())
            })
            .collect();
        let groups = rubric
            .part_ixs()
            .map(|p| {
                (0..rubric.part(p).groups.len())
                    .map(|g| {
                        let scores = results.iter().filter_map(|r| {
                            let (own, groups) = aligned(r).parts[p.index()].as_ref()?;
                            Some(score(r, r.evaluation.part(*own).groups[groups[g]?]?))
                        });
                        Stats::of(scores.collect())
                    })
                    .collect()
            })
            .collect();
        let mut holding_back: Vec<(ItemIx, usize)> = rubric
            .items()
            .map(|r| (r.ix, in_plans[r.ix.index()]))
            .filter(|&(_, count)| count > 0)
            .collect();
        holding_back.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        CohortFigures {
            level_counts,
            versions,
            provisional: results
                .iter()
                .filter(|r| r.evaluation.is_provisional())
                .count(),
            parts,
            groups,
            answers,
            holding_back,
            changes_away,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_of_odd_and_even_counts() {
        let n = |n| Fraction::new(n, 1);
        assert_eq!(Stats::of(vec![n(3), n(1), n(2)]).median, Some(n(2)));
        let even = Stats::of(vec![n(4), n(1), n(2), n(3)]);
        assert_eq!(even.median, Some(Fraction::new(5, 2)));
        assert_eq!(even.mean, Some(Fraction::new(5, 2)));
        assert_eq!(Stats::of(vec![]), Stats::default());
    }

    #[test]
    fn a_mean_is_rounded_once_when_shown() {
        // 49.5 exactly, from scores that would each round otherwise.
        let scores = vec![Fraction::new(199, 4), Fraction::new(197, 4)];
        assert_eq!(
            Stats::of(scores).mean.map(crate::model::engine::whole),
            Some(50)
        );
        let scores = vec![Fraction::new(1979, 40), Fraction::new(1979, 40)];
        assert_eq!(
            Stats::of(scores).mean.map(crate::model::engine::whole),
            Some(49)
        );
    }
}
