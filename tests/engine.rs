//! Scores, levels and the next-step planner, on hand-computed cases.

use selfcheck::model::engine::{
    evaluate, plan_next_level, Answers, Change, Evaluation, Fraction, NextSteps,
};
use selfcheck::model::rubric::{Choice, ItemIx, LevelIx, Rubric};

mod support;
use support::{answers, small};

fn guide() -> Rubric {
    Rubric::embedded().clone()
}

/// Every item of `prefix` (a part or group id) answered with `keys` in turn.
fn fill<'a>(rubric: &'a Rubric, prefix: &str, keys: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    let ids = rubric.items().map(|r| &*r.item.id);
    let ids: Vec<&str> = ids
        .filter(|id| id.starts_with(&format!("{prefix}.")))
        .collect();
    assert_eq!(ids.len(), keys.len(), "{prefix} has {} items", ids.len());
    ids.into_iter().zip(keys.iter().copied()).collect()
}

/// The plan from `answers`, evaluated first.
fn plan(rubric: &Rubric, answers: &Answers) -> NextSteps {
    plan_next_level(rubric, answers, &evaluate(rubric, answers))
}

fn level_id<'a>(rubric: &'a Rubric, result: &Evaluation) -> &'a str {
    &rubric.level(result.level).id
}

fn part_scores(rubric: &Rubric, result: &Evaluation) -> Vec<Option<u32>> {
    rubric
        .part_ixs()
        .map(|p| result.part_score(rubric, p))
        .collect()
}

fn level(rubric: &Rubric, id: &str) -> LevelIx {
    rubric.level_ix(id).unwrap()
}

fn item(rubric: &Rubric, id: &str) -> ItemIx {
    rubric.item_ix(id).unwrap()
}

#[test]
fn every_item_on_the_cloud_is_the_top_level() {
    let rubric = guide();
    let result = evaluate(&rubric, &answers(&rubric, "2", &[]));
    assert_eq!(level_id(&rubric, &result), "L3");
    assert_eq!(result.overall, Some(Fraction::new(2, 1)));
    assert_eq!(result.overall_score(&rubric), Some(67));
    assert_eq!(
        part_scores(&rubric, &result),
        [Some(67), Some(67), Some(67)]
    );
    assert!(!result.is_provisional());
}

#[test]
fn scores_are_rounded_for_display_only() {
    let rubric = guide();
    let result = evaluate(&rubric, &answers(&rubric, "1", &[]));
    assert_eq!(result.overall_score(&rubric), Some(33));
    assert_eq!(level_id(&rubric, &result), "L0");
    let result = evaluate(&rubric, &answers(&rubric, "3", &[]));
    assert_eq!(result.overall_score(&rubric), Some(100));
}

#[test]
fn infrastructure_at_exactly_the_threshold_meets_it() {
    let rubric = guide();
    // IT resources 1, security 2: the part is exactly 1.5 points = score 50.
    let mut exact = fill(&rubric, "infra.it", &["1", "1", "1", "1"]);
    exact.extend(fill(&rubric, "infra.security", &["2", "2", "2"]));
    let result = evaluate(&rubric, &answers(&rubric, "0", &exact));
    assert_eq!(result.parts[0].points, Some(Fraction::new(3, 2)));
    assert_eq!(
        result.part_score(&rubric, rubric.part_ix("infra").unwrap()),
        Some(50)
    );
    assert_eq!(level_id(&rubric, &result), "L1");

    // One security item lower: 4/3 points, below the threshold.
    exact[4].1 = "1";
    let result = evaluate(&rubric, &answers(&rubric, "0", &exact));
    assert_eq!(result.parts[0].points, Some(Fraction::new(4, 3)));
    assert_eq!(level_id(&rubric, &result), "L0");
}

#[test]
fn management_at_exactly_one_and_a_half_meets_the_threshold() {
    let rubric = guide();
    // Group means 6/4, 7/6 and 11/6: sixths that floating point would not
    // add up to exactly 4.5; the part is exactly 1.5 points.
    let mut given = fill(&rubric, "infra", &["2"; 7]);
    given.extend(fill(&rubric, "mgmt.office", &["2", "2", "1", "1"]));
    given.extend(fill(&rubric, "mgmt.hr", &["2", "1", "1", "1", "1", "1"]));
    given.extend(fill(
        &rubric,
        "mgmt.finance",
        &["2", "2", "2", "2", "2", "1"],
    ));
    let result = evaluate(&rubric, &answers(&rubric, "0", &given));
    assert_eq!(result.parts[1].points, Some(Fraction::new(3, 2)));
    assert_eq!(level_id(&rubric, &result), "L2");

    // Business instead of management reaches the same level (the `any` rule).
    let mut given = fill(&rubric, "infra", &["2"; 7]);
    given.extend(fill(&rubric, "biz", &["2"; 17]));
    let result = evaluate(&rubric, &answers(&rubric, "0", &given));
    assert_eq!(level_id(&rubric, &result), "L2");
}

#[test]
fn the_top_level_needs_every_part_at_two_points() {
    let rubric = guide();
    let one_below = [("biz.marketing.support", "1")];
    let result = evaluate(&rubric, &answers(&rubric, "2", &one_below));
    assert_eq!(level_id(&rubric, &result), "L2");
    // ... and a 深度用云 elsewhere in that part makes up for it.
    let made_up = [("biz.marketing.support", "1"), ("biz.marketing.sales", "3")];
    let result = evaluate(&rubric, &answers(&rubric, "2", &made_up));
    assert_eq!(level_id(&rubric, &result), "L3");
}

#[test]
fn not_applicable_items_leave_the_mean() {
    let rubric = guide();
    let given = [
        ("infra.it.server", "na"),
        ("infra.it.database", "na"),
        ("infra.it.storage", "3"),
    ];
    let result = evaluate(&rubric, &answers(&rubric, "1", &given));
    // IT resources: mean of 3 (storage) and 1 (middleware) = 2.
    assert_eq!(result.parts[0].groups[0], Some(Fraction::new(2, 1)));
    assert_eq!(result.parts[0].points, Some(Fraction::new(3, 2)));
    assert_eq!(result.answered, 40);
}

#[test]
fn a_group_with_no_applicable_item_leaves_its_part() {
    let rubric = guide();
    let mut given = fill(&rubric, "infra.it", &["na"; 4]);
    given.extend(fill(&rubric, "infra.security", &["2"; 3]));
    let result = evaluate(&rubric, &answers(&rubric, "0", &given));
    assert_eq!(result.parts[0].groups, [None, Some(Fraction::new(2, 1))]);
    assert_eq!(result.parts[0].points, Some(Fraction::new(2, 1)));
    assert_eq!(level_id(&rubric, &result), "L1");
}

#[test]
fn a_part_with_no_applicable_item_has_no_score_and_meets_nothing() {
    let rubric = guide();
    let given = fill(&rubric, "infra", &["na"; 7]);
    let result = evaluate(&rubric, &answers(&rubric, "3", &given));
    assert_eq!(part_scores(&rubric, &result), [None, Some(100), Some(100)]);
    assert_eq!(
        result.overall_score(&rubric),
        Some(100),
        "the overall leaves it out"
    );
    assert_eq!(
        level_id(&rubric, &result),
        "L0",
        "marking items na never raises a level"
    );
    assert_eq!(
        plan(&rubric, &answers(&rubric, "3", &given)),
        NextSteps::Blocked {
            level: level(&rubric, "L1"),
            parts: vec![rubric.part_ix("infra").unwrap()]
        }
    );
}

#[test]
fn everything_not_applicable_has_no_overall_score() {
    let rubric = guide();
    let result = evaluate(&rubric, &answers(&rubric, "na", &[]));
    assert_eq!(result.overall, None);
    assert_eq!(result.overall_score(&rubric), None);
    assert_eq!(level_id(&rubric, &result), "L0");
}

#[test]
fn unanswered_items_count_as_zero_and_make_the_result_provisional() {
    let rubric = guide();
    let mut partial = answers(&rubric, "2", &[]);
    partial.set(item(&rubric, "infra.it.server"), None);
    let result = evaluate(&rubric, &partial);
    assert!(result.is_provisional());
    assert_eq!((result.answered, result.total), (39, 40));
    // IT resources: (0 + 2 + 2 + 2) / 4 = 1.5; infra (1.5 + 2) / 2 = 7/4.
    assert_eq!(result.parts[0].points, Some(Fraction::new(7, 4)));
    assert_eq!(level_id(&rubric, &result), "L2");

    let none = evaluate(&rubric, &Answers::unanswered(&rubric));
    assert_eq!(none.overall_score(&rubric), Some(0));
    assert_eq!((none.answered, level_id(&rubric, &none)), (0, "L0"));
}

fn change(rubric: &Rubric, id: &str, key: &str) -> Change {
    Change {
        item: item(rubric, id),
        to: rubric.choice(key).unwrap(),
    }
}

#[test]
fn from_nothing_the_first_level_takes_the_three_security_items() {
    let rubric = guide();
    // Infra needs 1.5 points. A security item weighs 1/6 (3 items, 2 groups),
    // an IT item 1/8: three security items at 3 give exactly 1.5; no two
    // changes can (at most 2 × 0.5 = 1).
    let expected = [
        "infra.security.data",
        "infra.security.application",
        "infra.security.network",
    ]
    .map(|id| change(&rubric, id, "3"));
    assert_eq!(
        plan(&rubric, &Answers::unanswered(&rubric)),
        NextSteps::Reach {
            level: level(&rubric, "L1"),
            changes: expected.to_vec()
        }
    );
}

#[test]
fn the_plan_asks_for_the_lowest_answer_that_suffices() {
    let rubric = guide();
    // Infra at 1.5, management and business at 1: L2 needs mgmt or biz at
    // 1.5. Management: 16 items over 3 groups; office items weigh 1/12, the
    // most. Deficit 0.5 = 6/12: three office items 1 → 3 gain 6/12, and no
    // two gain more than 4/12; none can be lowered.
    let mut given = fill(&rubric, "infra.it", &["1"; 4]);
    given.extend(fill(&rubric, "infra.security", &["2"; 3]));
    let result = plan(&rubric, &answers(&rubric, "1", &given));
    let expected = [
        "mgmt.office.files",
        "mgmt.office.video",
        "mgmt.office.office",
    ]
    .map(|id| change(&rubric, id, "3"));
    assert_eq!(
        result,
        NextSteps::Reach {
            level: level(&rubric, "L2"),
            changes: expected.to_vec()
        }
    );

    // With office already at 2, management is 4/3: a deficit of 1/6. An HR
    // item weighs 1/18, so 1 → 3 gains 1/9: two are needed. Lowered in the
    // order chosen, the first needs only 2 (1/18 + 1/9 = 1/6).
    let mut given = given.clone();
    given.extend(fill(&rubric, "mgmt.office", &["2"; 4]));
    let before = evaluate(&rubric, &answers(&rubric, "1", &given));
    assert_eq!(before.parts[1].points, Some(Fraction::new(4, 3)));
    let expected = vec![
        change(&rubric, "mgmt.hr.records", "2"),
        change(&rubric, "mgmt.hr.recruiting", "3"),
    ];
    assert_eq!(
        plan(&rubric, &answers(&rubric, "1", &given)),
        NextSteps::Reach {
            level: level(&rubric, "L2"),
            changes: expected
        }
    );
}

#[test]
fn at_the_top_level_there_is_no_next_step() {
    let rubric = guide();
    assert_eq!(
        plan(&rubric, &answers(&rubric, "3", &[])),
        NextSteps::TopLevel
    );
}

/// Every answer set of the small rubric, and every way of raising its
/// answers: the planner's plan reaches the next level, and no plan with
/// fewer changes does.
#[test]
fn the_plan_is_minimal_for_every_answer_set_of_a_small_rubric() {
    let rubric = small();
    let states: Vec<Option<Choice>> = std::iter::once(None)
        .chain(rubric.choices().map(|(c, _)| Some(c)))
        .collect();
    let count = rubric.item_count();
    let all_sets = (0..states.len().pow(count as u32)).map(|mut n| {
        let mut answers = Answers::unanswered(&rubric);
        for r in rubric.items() {
            answers.set(r.ix, states[n % states.len()]);
            n /= states.len();
        }
        answers
    });
    let mut checked = 0;
    for answers in all_sets {
        let current = evaluate(&rubric, &answers);
        let next = rubric.level_above(current.level);
        let fewest = next.and_then(|next| fewest_changes_by_search(&rubric, &answers, next));
        match plan_next_level(&rubric, &answers, &current) {
            NextSteps::TopLevel => assert_eq!(next, None),
            NextSteps::Blocked { .. } => assert_eq!(fewest, None, "{answers:?}"),
            NextSteps::Reach {
                level: target,
                changes,
            } => {
                assert_eq!(Some(target), next);
                let mut after = answers.clone();
                for c in &changes {
                    assert!(
                        rubric.points_of(after.get(c.item)) < rubric.points(c.to),
                        "a change raises an applicable answer"
                    );
                    after.set(c.item, Some(c.to));
                }
                assert!(
                    evaluate(&rubric, &after).level >= target,
                    "{answers:?} {changes:?}"
                );
                assert_eq!(Some(changes.len()), fewest, "{answers:?}");
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "{checked}");
}

/// The fewest items whose answers, raised, reach `level`, by trying every
/// subset of items raised to the top answer (raising further never hurts).
fn fewest_changes_by_search(rubric: &Rubric, answers: &Answers, level: LevelIx) -> Option<usize> {
    let (top, _) = rubric
        .choices()
        .find(|(_, s)| s.points == Some(rubric.max_points()))?;
    let items: Vec<ItemIx> = rubric.items().map(|r| r.ix).collect();
    let in_subset = |subset: u32, i: usize| subset & 1 << i != 0;
    (0u32..1 << items.len())
        .filter(|&subset| {
            (0..items.len())
                .all(|i| !in_subset(subset, i) || rubric.points_of(answers.get(items[i])).is_some())
        })
        .filter(|&subset| {
            let mut raised = answers.clone();
            (0..items.len())
                .filter(|&i| in_subset(subset, i))
                .for_each(|i| raised.set(items[i], Some(top)));
            evaluate(rubric, &raised).level >= level
        })
        .map(|subset| subset.count_ones() as usize)
        .min()
}

#[test]
fn a_plans_outcome_raises_only_what_is_below_its_target() {
    use selfcheck::model::engine::evaluate_with_targets;
    let rubric = guide();
    // Infrastructure: servers unanswered, databases "does not apply",
    // storage at 3, the rest at 1; everything else at 1.
    let mut given = fill(&rubric, "infra", &["", "na", "3", "1", "1", "1", "1"]);
    given.extend(fill(&rubric, "mgmt", &["1"; 16]));
    given.extend(fill(&rubric, "biz", &["1"; 17]));
    let now = answers(&rubric, "1", &given);
    let target = |id: &str, key: &str| (rubric.item_ix(id).unwrap(), rubric.choice(key).unwrap());
    let targets = [
        target("infra.it.server", "2"),
        target("infra.it.database", "2"),
        target("infra.it.storage", "2"),
        target("infra.it.middleware", "3"),
    ];
    // What the plan reaches is what those answers score: the unanswered
    // and "does not apply" items take their target, storage keeps its 3.
    // By hand: IT resources (2 + 2 + 3 + 3) / 4 = 2.5 points, security 1,
    // so infrastructure 1.75 = 58; management and business 1 = 33; overall
    // (1.75 + 1 + 1) / 3 = 1.25 = 42; infrastructure at 1.5 or more is L1.
    let mut reached = now.clone();
    for (id, key) in [
        ("infra.it.server", "2"),
        ("infra.it.database", "2"),
        ("infra.it.middleware", "3"),
    ] {
        reached.set(rubric.item_ix(id).unwrap(), rubric.choice(key));
    }
    let outcome = evaluate_with_targets(&rubric, &now, &targets);
    assert_eq!(outcome, evaluate(&rubric, &reached));
    assert_eq!(
        evaluate(&rubric, &now).part_score(&rubric, rubric.part_ixs().next().unwrap()),
        Some(39)
    );
    assert_eq!(
        outcome.part_score(&rubric, rubric.part_ixs().next().unwrap()),
        Some(58)
    );
    assert_eq!(outcome.overall_score(&rubric), Some(42));
    assert_eq!(level_id(&rubric, &outcome), "L1");
    // No plan: the result as it is.
    assert_eq!(
        evaluate_with_targets(&rubric, &now, &[]),
        evaluate(&rubric, &now)
    );
}
