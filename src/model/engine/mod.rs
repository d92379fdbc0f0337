//! The scoring engine: exact scores and levels from answers, and the
//! fewest changes that reach the next level. Plain Rust, no browser.
//!
//! Points are kept as exact [`Fraction`]s; scores (0–100) are rounded only
//! for display, and levels compare the unrounded points.
//!
//! ```
//! use selfcheck::model::engine::{evaluate, Answers};
//! use selfcheck::model::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! let on_cloud = rubric.choice("2");
//! let answers = Answers::all(&rubric, on_cloud);
//! let result = evaluate(&rubric, &answers);
//! assert_eq!(rubric.level(result.level).id, "L3");
//! assert_eq!(result.overall_score(&rubric), Some(67));
//! assert!(!result.is_provisional());
//! ```

mod fraction;
mod plan;

pub use fraction::Fraction;
pub use plan::{plan_next_level, Change, NextSteps};

use crate::model::rubric::{Choice, Condition, FieldIx, ItemIx, Level, LevelIx, PartIx, Rubric};

/// One answer per item of a rubric, in rubric order, `None` unanswered;
/// and the profile: one choice per profile field, `None` not given.
/// Made only for a rubric ([`Answers::unanswered`]), with its answers
/// ([`Choice`]), so it always has the rubric's length and valid answers.
/// The profile is never scored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    choices: Vec<Option<Choice>>,
    profile: Vec<Option<u8>>,
}

impl Answers {
    /// Every item of `rubric` unanswered.
    pub fn unanswered(rubric: &Rubric) -> Answers {
        Answers::all(rubric, None)
    }

    /// Every item of `rubric` answered `answer`.
    pub fn all(rubric: &Rubric, answer: Option<Choice>) -> Answers {
        Answers {
            choices: vec![answer; rubric.item_count()],
            profile: vec![None; rubric.profile.len()],
        }
    }

    /// The answer to an item.
    pub fn get(&self, item: ItemIx) -> Option<Choice> {
        self.choices.get(item.index()).copied().flatten()
    }

    /// Sets an answer; an item of a larger rubric is ignored.
    pub fn set(&mut self, item: ItemIx, answer: Option<Choice>) {
        if let Some(slot) = self.choices.get_mut(item.index()) {
            *slot = answer;
        }
    }

    /// Every answer in rubric order.
    pub fn iter(&self) -> impl Iterator<Item = Option<Choice>> + '_ {
        self.choices.iter().copied()
    }

    /// How many items are answered (including "does not apply").
    pub fn answered(&self) -> usize {
        self.choices.iter().filter(|c| c.is_some()).count()
    }

    /// How many items there are.
    pub fn len(&self) -> usize {
        self.choices.len()
    }

    /// True for a rubric without items (which validation does not allow).
    pub fn is_empty(&self) -> bool {
        self.choices.is_empty()
    }

    /// The choice given for a profile field (its position), if any.
    pub fn profile(&self, field: FieldIx) -> Option<u8> {
        self.profile.get(field.index()).copied().flatten()
    }

    /// Gives a profile field's choice, or takes it back; a field of a
    /// larger rubric is ignored.
    pub fn set_profile(&mut self, field: FieldIx, choice: Option<u8>) {
        if let Some(slot) = self.profile.get_mut(field.index()) {
            *slot = choice;
        }
    }

    /// Every profile field's choice, in rubric order.
    pub fn profile_choices(&self) -> impl Iterator<Item = Option<u8>> + '_ {
        self.profile.iter().copied()
    }

    /// Whether any profile field is given.
    pub fn has_profile(&self) -> bool {
        self.profile.iter().any(Option::is_some)
    }
}

/// A part's result: its points and those of each of its groups, `None`
/// where no item applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartResult {
    /// The mean of its groups' points.
    pub points: Option<Fraction>,
    /// Each group's mean points, in rubric order.
    pub groups: Vec<Option<Fraction>>,
}

/// The result of a set of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// How many items are answered.
    pub answered: usize,
    /// How many items there are.
    pub total: usize,
    /// Each part's result, in rubric order (see [`Evaluation::part`]).
    pub parts: Vec<PartResult>,
    /// The mean of the parts that have points.
    pub overall: Option<Fraction>,
    /// The highest level met.
    pub level: LevelIx,
}

impl Evaluation {
    /// A result is provisional until every item is answered.
    pub fn is_provisional(&self) -> bool {
        self.answered < self.total
    }

    /// The overall score, out of the rubric's full score.
    pub fn overall_score(&self, rubric: &Rubric) -> Option<u32> {
        self.overall.map(|points| to_score(rubric, points))
    }

    /// A part's result.
    pub fn part(&self, part: PartIx) -> &PartResult {
        &self.parts[part.index()]
    }

    /// A part's score, out of the rubric's full score.
    pub fn part_score(&self, rubric: &Rubric, part: PartIx) -> Option<u32> {
        self.part(part)
            .points
            .map(|points| to_score(rubric, points))
    }
}

/// Points as a score out of `full_score`, exactly: for the means of many
/// results, which are rounded only when shown ([`whole`]).
pub fn exact_score(rubric: &Rubric, points: Fraction) -> Fraction {
    points
        .mul_int(u64::from(rubric.full_score))
        .div_int(u64::from(rubric.max_points()))
}

/// Points shown as a whole-number score out of `full_score`.
pub fn to_score(rubric: &Rubric, points: Fraction) -> u32 {
    whole(exact_score(rubric, points))
}

/// A score shown as a whole number, halves rounded up: the one rounding
/// of every score the pages show, of one result or a mean of many.
pub fn whole(score: Fraction) -> u32 {
    score.round() as u32
}

/// The result once every item of `targets` reaches its answer: what an
/// action plan leads to. An item already at or above its target (in
/// points) stays as it is; an unanswered one, or one marked "does not
/// apply", takes the target.
///
/// ```
/// use selfcheck::model::engine::{evaluate_with_targets, Answers};
/// use selfcheck::model::rubric::Rubric;
///
/// let rubric = Rubric::embedded();
/// let answers = Answers::all(&rubric, rubric.choice("1"));
/// let infra: Vec<_> = rubric.items().filter(|r| r.item.id.starts_with("infra.")).map(|r| (r.ix, rubric.choice("2").unwrap())).collect();
/// let outcome = evaluate_with_targets(&rubric, &answers, &infra);
/// assert_eq!(rubric.level(outcome.level).id, "L1");
/// assert_eq!(outcome.overall_score(&rubric), Some(44));
/// ```
pub fn evaluate_with_targets(
    rubric: &Rubric,
    answers: &Answers,
    targets: &[(ItemIx, Choice)],
) -> Evaluation {
    let mut reached = answers.clone();
    for &(item, target) in targets {
        let now = answers.get(item).and_then(|c| rubric.points(c));
        if now.is_none_or(|points| Some(points) < rubric.points(target)) {
            reached.set(item, Some(target));
        }
    }
    evaluate(rubric, &reached)
}

/// The answer to aim for from `now`: the one with the fewest points above
/// its points (none given, or "does not apply", count as 0), or the
/// highest where none is above.
///
/// ```
/// use selfcheck::model::engine::answer_above;
/// use selfcheck::model::rubric::Rubric;
///
/// let rubric = Rubric::embedded();
/// assert_eq!(rubric.answer(answer_above(&rubric, None)).key, "1");
/// assert_eq!(rubric.answer(answer_above(&rubric, rubric.choice("2"))).key, "3");
/// assert_eq!(rubric.answer(answer_above(&rubric, rubric.choice("3"))).key, "3");
/// ```
pub fn answer_above(rubric: &Rubric, now: Option<Choice>) -> Choice {
    let now = now.and_then(|c| rubric.points(c)).unwrap_or(0);
    let scored = || {
        rubric
            .choices()
            .filter_map(|(choice, entry)| Some((entry.points?, choice)))
    };
    let above = scored().filter(|&(points, _)| points > now).min();
    above
        .or_else(|| scored().max())
        .map_or(Choice(0), |(_, choice)| choice)
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
    let mut item_points = answers.iter().map(|answer| rubric.points_of(answer));
    for (part, result) in rubric.parts.iter().zip(&mut parts) {
        for group in part.groups.iter() {
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
        .levels()
        .filter(|(_, level)| level_met(level, &part_points))
        .map(|(ix, _)| ix)
        .last()
        .unwrap_or(LevelIx::BASE);
    Evaluation {
        answered: answers.answered(),
        total: rubric.item_count(),
        parts,
        overall,
        level,
    }
}

fn condition_met(condition: &Condition, part_points: &[Option<Fraction>]) -> bool {
    part_points[condition.part.index()]
        .is_some_and(|p| p >= Fraction::from_threshold(condition.min))
}

/// Every `all` condition holds and, if there are `any` conditions, one of them.
fn level_met(level: &Level, part_points: &[Option<Fraction>]) -> bool {
    level.all.iter().all(|c| condition_met(c, part_points))
        && (level.any.is_empty() || level.any.iter().any(|c| condition_met(c, part_points)))
}
