//! The next-step planner: the fewest answer changes that reach the next
//! level.
//!
//! Why the plan is minimal: with applicability fixed (the planner never
//! marks an item "does not apply" nor changes one that is), a part's points
//! are a weighted sum `Σ wᵢ·pᵢ` with `wᵢ = 1 / (groups × items in the
//! item's group)`, counting applicable ones only. Raising item `i` to the
//! top answer gains at most `wᵢ·(max − pᵢ)`, so the most any `k` changes can
//! gain is the sum of the `k` largest such gains. Taking the largest gains
//! until the deficit is covered therefore uses the fewest changes; parts
//! are independent, so the fewest for a level is the sum over its parts,
//! minimised over the choice of `any` condition.
//!
//! Ties are broken predictably: equal gains in rubric order, equal `any`
//! options in the order the rubric lists them. Each chosen item then gets
//! the lowest answer that still reaches the level, so the plan asks for
//! 已上云 rather than 深度用云 where that suffices.

use super::{Answers, Evaluation, Fraction};
use crate::model::rubric::{Choice, Condition, ItemIx, LevelIx, PartIx, Rubric};

/// One proposed change: answer item `item` with `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    /// The item to improve.
    pub item: ItemIx,
    /// The answer that reaches the level.
    pub to: Choice,
}

/// What it takes to reach the level above the current one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextSteps {
    /// The highest level is reached already.
    TopLevel,
    /// These changes, in rubric order, reach `level`; none fewer do.
    Reach {
        /// The next level.
        level: LevelIx,
        /// The fewest changes, in rubric order.
        changes: Vec<Change>,
    },
    /// `level` cannot be reached by raising answers, because these parts
    /// have no applicable item.
    Blocked {
        /// The next level.
        level: LevelIx,
        /// The parts whose items are all "does not apply".
        parts: Vec<PartIx>,
    },
}

/// Plans the fewest changes from `answers` to the level above the one
/// `current`, their evaluation, reached.
pub fn plan_next_level(rubric: &Rubric, answers: &Answers, current: &Evaluation) -> NextSteps {
    let Some(level) = rubric.level_above(current.level) else {
        return NextSteps::TopLevel;
    };
    let target = rubric.level(level);
    let options: Vec<Vec<Condition>> = if target.any.is_empty() {
        vec![target.all.to_vec()]
    } else {
        target
            .any
            .iter()
            .map(|extra| target.all.iter().chain([extra]).copied().collect())
            .collect()
    };
    let mut best: Option<Vec<Change>> = None;
    let mut blocked = vec![false; rubric.parts.len()];
    for conditions in options {
        match plan_conditions(rubric, answers, &conditions) {
            Ok(changes) => {
                if best.as_ref().is_none_or(|b| changes.len() < b.len()) {
                    best = Some(changes);
                }
            }
            Err(parts) => parts.into_iter().for_each(|p| blocked[p.index()] = true),
        }
    }
    match best {
        Some(changes) => NextSteps::Reach { level, changes },
        None => NextSteps::Blocked {
            level,
            parts: rubric.part_ixs().filter(|p| blocked[p.index()]).collect(),
        },
    }
}

/// The fewest changes meeting every condition, in rubric order, or the
/// parts that cannot meet theirs.
fn plan_conditions(
    rubric: &Rubric,
    answers: &Answers,
    conditions: &[Condition],
) -> Result<Vec<Change>, Vec<PartIx>> {
    let mut changes = Vec::new();
    let mut blocked = Vec::new();
    for part in rubric.part_ixs() {
        let Some(min) = conditions
            .iter()
            .filter(|c| c.part == part)
            .map(|c| Fraction::from_threshold(c.min))
            .max()
        else {
            continue;
        };
        match plan_part(rubric, answers, part, min) {
            Some(part_changes) => changes.extend(part_changes),
            None => blocked.push(part),
        }
    }
    if blocked.is_empty() {
        Ok(changes)
    } else {
        Err(blocked)
    }
}

/// An applicable item of a part and its weight in the part's points.
struct Candidate {
    item: ItemIx,
    points: u8,
    weight: Fraction,
}

/// The fewest changes, in rubric order, that bring `part` to at least
/// `min` points; `None` when no item of the part applies.
fn plan_part(
    rubric: &Rubric,
    answers: &Answers,
    part: PartIx,
    min: Fraction,
) -> Option<Vec<Change>> {
    let candidates = applicable_items(rubric, answers, part)?;
    let current = candidates.iter().fold(Fraction::ZERO, |sum, c| {
        sum + c.weight.mul_int(c.points.into())
    });
    let deficit = min.saturating_sub(current);
    let max = rubric.max_points();
    let gain = |c: &Candidate, to: u8| c.weight.mul_int(u64::from(to.saturating_sub(c.points)));

    // Largest possible gain first; on equal gains, the first in rubric order.
    let mut chosen = Vec::new();
    let mut gained = Fraction::ZERO;
    while gained < deficit {
        let best = (0..candidates.len())
            .filter(|i| !chosen.contains(i))
            .max_by(|&a, &b| {
                let by_gain = gain(&candidates[a], max).cmp(&gain(&candidates[b], max));
                by_gain.then(b.cmp(&a))
            })
            .expect("the top answer everywhere meets any threshold");
        gained = gained + gain(&candidates[best], max);
        chosen.push(best);
    }

    // Lower each chosen item's answer, in the order chosen, as far as the
    // deficit allows.
    let mut targets = vec![None; candidates.len()];
    for &i in &chosen {
        let candidate = &candidates[i];
        let without = gained.saturating_sub(gain(candidate, max));
        let (points, to) = rubric
            .choices()
            .filter_map(|(choice, entry)| Some((entry.points?, choice)))
            .filter(|&(points, _)| {
                points > candidate.points && without + gain(candidate, points) >= deficit
            })
            .min()
            .expect("the top answer always reaches the deficit");
        gained = without + gain(candidate, points);
        targets[i] = Some(to);
    }
    let changes = candidates
        .iter()
        .zip(targets)
        .filter_map(|(candidate, to)| {
            Some(Change {
                item: candidate.item,
                to: to?,
            })
        })
        .collect();
    Some(changes)
}

/// The applicable items of `part` with their weights, or `None` if none.
fn applicable_items(rubric: &Rubric, answers: &Answers, part: PartIx) -> Option<Vec<Candidate>> {
    let items: Vec<_> = rubric
        .items()
        .filter(|r| r.part == part)
        .filter_map(|r| Some((r.group, r.ix, rubric.points_of(answers.get(r.ix))?)))
        .collect();
    let group_sizes = |group: usize| items.iter().filter(|(g, ..)| *g == group).count() as u64;
    let mut groups: Vec<usize> = items.iter().map(|(g, ..)| *g).collect();
    groups.dedup();
    let group_count = groups.len() as u64;
    if group_count == 0 {
        return None;
    }
    let candidates = items
        .iter()
        .map(|&(group, item, points)| Candidate {
            item,
            points,
            weight: Fraction::new(1, group_count * group_sizes(group)),
        })
        .collect();
    Some(candidates)
}
