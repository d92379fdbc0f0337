//! What several native tests build their cases from.

use selfcheck::model::engine::Answers;
use selfcheck::model::rubric::Rubric;

/// The small rubric of `tests/rubrics/small.toml`: two parts, four items.
pub fn small() -> Rubric {
    let text = std::fs::read_to_string("tests/rubrics/small.toml").unwrap();
    Rubric::from_toml("small.toml", &text).unwrap()
}

/// Every item answered `default` (a scale key, or "" for unanswered),
/// except the items named in `overrides` by id.
pub fn answers(rubric: &Rubric, default: &str, overrides: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::unanswered(rubric);
    for r in rubric.items() {
        let key = overrides
            .iter()
            .find(|(id, _)| *id == r.item.id)
            .map_or(default, |(_, key)| key);
        answers.set(r.ix, rubric.choice(key));
    }
    answers
}
