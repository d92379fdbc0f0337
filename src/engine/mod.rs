//! The scoring engine: exact scores and levels from answers, and the
//! fewest changes that reach the next level. Plain Rust, no browser.
//!
//! Points are kept as exact [`Fraction`]s; scores (0–100) are rounded only
//! for display, and levels compare the unrounded points.
//!
//! ```
//! use selfcheck::engine::{evaluate, Answers};
//! use selfcheck::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! let on_cloud = rubric.choice_index("2").unwrap();
//! let answers = Answers::from_choices(vec![Some(on_cloud); rubric.item_count()]);
//! let result = evaluate(&rubric, &answers);
//! assert_eq!(rubric.levels[result.level].id, "L3");
//! assert_eq!(result.overall_score(&rubric), Some(67));
//! assert!(!result.is_provisional());
//! ```

mod fraction;
mod plan;

pub use fraction::Fraction;
pub use plan::{plan_next_level, Change, NextSteps};

use crate::rubric::{Condition, Level, Rubric};

/// One answer per item in rubric order: `None` is unanswered, `Some(i)` is
/// the answer `rubric.scale[i]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    choices: Vec<Option<u8>>,
}

impl Answers {
    /// All `len` items unanswered.
    pub fn unanswered(len: usize) -> Answers {
        Answers {
            choices: vec![None; len],
        }
    }

    pub fn from_choices(choices: Vec<Option<u8>>) -> Answers {
        Answers { choices }
    }

    pub fn choices(&self) -> &[Option<u8>] {
        &self.choices
    }

    pub fn get(&self, item: usize) -> Option<u8> {
        self.choices.get(item).copied().flatten()
    }

    /// Sets an answer; an index past the end is ignored.
    pub fn set(&mut self, item: usize, choice: Option<u8>) {
        if let Some(slot) = self.choices.get_mut(item) {
            *slot = choice;
        }
    }

    pub fn answered(&self) -> usize {
        self.choices.iter().filter(|c| c.is_some()).count()
    }

    pub fn len(&self) -> usize {
        self.choices.len()
    }

    pub fn is_empty(&self) -> bool {
        self.choices.is_empty()
    }
}

/// An item's points: `None` when it does not apply, 0 when unanswered.
pub fn item_points(rubric: &Rubric, choice: Option<u8>) -> Option<u8> {
    match choice {
        None => Some(0),
        Some(c) => rubric.scale.get(usize::from(c)).and_then(|s| s.points),
    }
}

/// A part's result: its points and those of each of its groups, `None`
/// where no item applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartResult {
    pub points: Option<Fraction>,
    pub groups: Vec<Option<Fraction>>,
}

/// The result of a set of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub answered: usize,
    pub total: usize,
    pub parts: Vec<PartResult>,
    /// The mean of the parts that have points.
    pub overall: Option<Fraction>,
    /// Index into `rubric.levels`.
    pub level: usize,
}

impl Evaluation {
    /// A result is provisional until every item is answered.
    pub fn is_provisional(&self) -> bool {
        self.answered < self.total
    }

    pub fn overall_score(&self, rubric: &Rubric) -> Option<u32> {
        self.overall.map(|points| to_score(rubric, points))
    }

    pub fn part_score(&self, rubric: &Rubric, part: usize) -> Option<u32> {
        self.parts[part]
            .points
            .map(|points| to_score(rubric, points))
    }
}

/// Points shown as a whole-number score out of `full_score`.
pub fn to_score(rubric: &Rubric, points: Fraction) -> u32 {
    let score = points
        .mul_int(u64::from(rubric.full_score))
        .div_int(u64::from(rubric.max_points))
        .round();
    score as u32
}

/// Scores every group and part, the overall mean and the level reached.
pub fn evaluate(rubric: &Rubric, answers: &Answers) -> Evaluation {
    let mut parts: Vec<PartResult> = rubric
        .parts
        .iter()
        .map(|p| PartResult {
            points: None,
            groups: Vec::with_capacity(p.groups.len()),
        })
        .collect();
    let mut item_points = rubric
        .items()
        .map(|r| item_points(rubric, answers.get(r.index)));
    for (part, result) in rubric.parts.iter().zip(&mut parts) {
        for group in &part.groups {
            let applicable: Vec<Fraction> = item_points
                .by_ref()
                .take(group.items.len())
                .flatten()
                .map(|p| Fraction::new(u64::from(p), 1))
                .collect();
            result.groups.push(Fraction::mean(applicable));
        }
        result.points = Fraction::mean(result.groups.iter().flatten().copied());
    }
    let overall = Fraction::mean(parts.iter().filter_map(|p| p.points));
    let part_points: Vec<Option<Fraction>> = parts.iter().map(|p| p.points).collect();
    let level = rubric
        .levels
        .iter()
        .rposition(|level| level_met(level, &part_points))
        .unwrap_or(0);
    Evaluation {
        answered: answers.answered(),
        total: rubric.item_count(),
        parts,
        overall,
        level,
    }
}

fn condition_met(condition: &Condition, part_points: &[Option<Fraction>]) -> bool {
    part_points[condition.part].is_some_and(|p| p >= Fraction::from_threshold(condition.min))
}

/// Every `all` condition holds and, if there are `any` conditions, one of them.
fn level_met(level: &Level, part_points: &[Option<Fraction>]) -> bool {
    level.all.iter().all(|c| condition_met(c, part_points))
        && (level.any.is_empty() || level.any.iter().any(|c| condition_met(c, part_points)))
}
