//! Reading any text: every result link in it, each a result, a refused
//! link or a repeat, in steps a page can show.

use std::collections::HashMap;

use crate::model::engine::{evaluate, plan_next_level, Answers, Evaluation, NextSteps};
use crate::model::link::codec::{decode_release, LinkError};
use crate::model::link::finder::find_links;
use crate::model::link::records;
use crate::model::rubric::{FieldIx, Rubric};

/// A result read from a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CohortResult {
    /// The line it stands on, from 1.
    pub line: usize,
    /// The rest of its line: usually the enterprise's name.
    pub label: String,
    /// The link as written.
    pub link: String,
    /// The link's payload, which identifies the result.
    pub payload: String,
    /// The rubric it is scored by: the current one, or the earlier release
    /// it was made for.
    pub rubric: &'static Rubric,
    /// The answers it carries.
    pub answers: Answers,
    /// Their scores and level.
    pub evaluation: Evaluation,
    /// The fewest changes to its next level.
    pub next_steps: NextSteps,
    /// Its profile in the current rubric's fields: each field's choice,
    /// matched by field id and code, `None` where not given.
    pub profile: Vec<Option<u8>>,
    /// The earlier result a comparison link carries beside it.
    pub before: Option<Earlier>,
}

/// The earlier result of a comparison link: the enterprise as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Earlier {
    /// The rubric it is scored by.
    pub rubric: &'static Rubric,
    /// Its scores and level.
    pub evaluation: Evaluation,
}

/// A link that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// The line it stands on, from 1.
    pub line: usize,
    /// The rest of its line.
    pub label: String,
    /// The link as written.
    pub link: String,
    /// Why: damaged, or made for another version of the guide.
    pub error: LinkError,
}

/// A link whose result came earlier in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repeat {
    /// The line it stands on, from 1.
    pub line: usize,
    /// The rest of its line.
    pub label: String,
    /// The line of the earlier link with the same result.
    pub first_line: usize,
}

/// A link found, not read yet.
struct Pending {
    line: usize,
    label: String,
    link: String,
    payload: String,
    before: Option<String>,
    records: bool,
}

impl CohortResult {
    /// Its overall score, as shown.
    pub fn overall(&self) -> Option<u32> {
        self.evaluation.overall_score(self.rubric)
    }

    /// The level it reached, in its own rubric.
    pub fn level(&self) -> &'static crate::model::rubric::Level {
        self.rubric.level(self.evaluation.level)
    }

    /// The score of the part with `part_id`, as shown; none where its
    /// release has no such part or the part has no score.
    pub fn part_score(&self, part_id: &str) -> Option<u32> {
        let part = self
            .rubric
            .part_ixs()
            .find(|&p| self.rubric.part(p).id == part_id)?;
        self.evaluation.part_score(self.rubric, part)
    }

    /// Whether it has the profile choice `choice` (`None`: not given) for
    /// `field` of the current rubric.
    pub fn has_profile(&self, field: FieldIx, choice: Option<u8>) -> bool {
        self.profile.get(field.index()).copied().flatten() == choice
    }
}

/// The profile of `answers` (to `release`) in the fields of `current`.
fn profile_in(current: &Rubric, release: &Rubric, answers: &Answers) -> Vec<Option<u8>> {
    current
        .fields()
        .map(|(_, field)| {
            let own = release.field_ix(&field.id)?;
            let choice = release.field(own).choice(answers.profile(own)?)?;
            field.choice_ix(&choice.code)
        })
        .collect()
}

/// Links being read, and what has been read of them.
pub struct Reading {
    rubric: &'static Rubric,
    releases: &'static [Rubric],
    pending: std::vec::IntoIter<Pending>,
    total: usize,
    /// The line of the first result with each payload.
    seen: HashMap<String, usize>,
    /// Distinct valid results, in input order.
    pub results: Vec<CohortResult>,
    /// Links refused, in input order.
    pub refused: Vec<Refused>,
    /// Links repeating an earlier result, in input order.
    pub repeats: Vec<Repeat>,
}

impl Reading {
    /// Finds every result link in `text` for `rubric`, whose earlier
    /// `releases` are read too; nothing is read yet.
    pub fn new(rubric: &'static Rubric, releases: &'static [Rubric], text: &str) -> Reading {
        let pending: Vec<Pending> = find_links(text, &rubric.id)
            .into_iter()
            .map(|found| Pending {
                line: found.line,
                label: found.label,
                link: found.link.to_string(),
                payload: found.payload.to_string(),
                before: found.before.map(str::to_string),
                records: found.records,
            })
            .collect();
        Reading {
            rubric,
            releases,
            total: pending.len(),
            pending: pending.into_iter(),
            seen: HashMap::new(),
            results: Vec::new(),
            refused: Vec::new(),
            repeats: Vec::new(),
        }
    }

    /// Reads up to `count` more links; true when every link is read.
    pub fn step(&mut self, count: usize) -> bool {
        for mut found in self.pending.by_ref().take(count) {
            if found.records {
                // Its latest result, and its earliest saved one before it.
                match records::decode(self.rubric, self.releases, &found.payload) {
                    Ok(records) => {
                        let earliest = records.saved.into_iter().min_by(|a, b| a.date.cmp(&b.date));
                        found.before = earliest.map(|s| s.payload);
                        found.payload = records.current;
                    }
                    Err(error) => {
                        self.refused.push(Refused {
                            line: found.line,
                            label: found.label,
                            link: found.link,
                            error,
                        });
                        continue;
                    }
                }
            }
            if let Some(&first_line) = self.seen.get(&found.payload) {
                self.repeats.push(Repeat {
                    line: found.line,
                    label: found.label,
                    first_line,
                });
                continue;
            }
            match decode_release(self.rubric, self.releases, &found.payload) {
                Ok((rubric, answers)) => {
                    self.seen.insert(found.payload.clone(), found.line);
                    let evaluation = evaluate(rubric, &answers);
                    let next_steps = plan_next_level(rubric, &answers, &evaluation);
                    let before = found.before.and_then(|payload| {
                        let (rubric, answers) =
                            decode_release(self.rubric, self.releases, &payload).ok()?;
                        let evaluation = evaluate(rubric, &answers);
                        Some(Earlier { rubric, evaluation })
                    });
                    self.results.push(CohortResult {
                        profile: profile_in(self.rubric, rubric, &answers),
                        before,
                        line: found.line,
                        label: found.label,
                        link: found.link,
                        payload: found.payload,
                        rubric,
                        answers,
                        evaluation,
                        next_steps,
                    });
                }
                Err(error) => self.refused.push(Refused {
                    line: found.line,
                    label: found.label,
                    link: found.link,
                    error,
                }),
            }
        }
        self.pending.len() == 0
    }

    /// How many links were found.
    pub fn links_found(&self) -> usize {
        self.total
    }

    /// How many links are read so far.
    pub fn links_read(&self) -> usize {
        self.total - self.pending.len()
    }
}

/// Every result link in `text`, read in one go.
pub fn read(rubric: &'static Rubric, releases: &'static [Rubric], text: &str) -> Reading {
    let mut reading = Reading::new(rubric, releases, text);
    reading.step(usize::MAX);
    reading
}
