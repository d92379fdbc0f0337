//! Segments: the results of one kind of enterprise, by profile field.

use super::CohortResult;
use crate::model::engine::{exact_score, Fraction};
use crate::model::rubric::{FieldIx, Rubric};

/// Which results a figure is over: for each profile field of the current
/// rubric, any choice (`None`) or only this one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// One entry a profile field, in rubric order.
    pub fields: Vec<Option<u8>>,
}

impl Filter {
    /// The filter that admits every result of `rubric`.
    pub fn all(rubric: &Rubric) -> Filter {
        Filter {
            fields: vec![None; rubric.profile.len()],
        }
    }

    /// Whether `result` is in the segment.
    pub fn admits(&self, result: &CohortResult) -> bool {
        self.fields
            .iter()
            .zip(&result.profile)
            .all(|(wanted, given)| wanted.is_none() || wanted == given)
    }
}

/// One value of one profile field among the results: how many have it
/// and their mean overall score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SegmentRow {
    /// The field.
    pub field: FieldIx,
    /// Its choice, or `None`: not given.
    pub choice: Option<u8>,
    /// How many results have it.
    pub count: usize,
    /// Their mean overall score, exact (none if none has one).
    pub mean: Option<Fraction>,
}

/// Every value of every profile field present among `results`, those
/// `filter` admits: the choices in the rubric's order, then "not given".
pub fn segments(rubric: &Rubric, results: &[CohortResult], filter: &Filter) -> Vec<SegmentRow> {
    let admitted: Vec<&CohortResult> = results.iter().filter(|r| filter.admits(r)).collect();
    let mut segments = Vec::new();
    for (field, spec) in rubric.fields() {
        let choices = (0..spec.choices.len() as u8).map(Some).chain([None]);
        for choice in choices {
            let members: Vec<&&CohortResult> = admitted
                .iter()
                .filter(|r| r.has_profile(field, choice))
                .collect();
            if members.is_empty() {
                continue;
            }
            let scores = members
                .iter()
                .filter_map(|r| Some(exact_score(r.rubric, r.evaluation.overall?)));
            segments.push(SegmentRow {
                field,
                choice,
                count: members.len(),
                mean: Fraction::mean(scores),
            });
        }
    }
    segments
}
