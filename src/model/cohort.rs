//! The officials' reader's core: any text in, every result link in it read,
//! and one picture of the cohort out. Plain Rust, no browser.
//!
//! Reading goes in steps ([`Reading::step`]) so that a page can show its
//! progress and stay responsive with ten thousand links; [`read`] does it
//! in one go. Every link found ends up in exactly one list: a result, a
//! refused link (damaged, or made for a version this build never
//! released), or a repeat of an earlier result (the same payload). A
//! records link counts as its latest result, with its earliest saved
//! result as the before of a before and after, as a comparison link does.
//!
//! A result made for an earlier release of the guide is read as the widget
//! opens it: scored and levelled by that release's rules. The cohort's
//! figures take each part, group, item and level by its id, over the
//! results whose release has it, and say how many results of each version
//! they include.
//!
//! ```
//! use selfcheck::model::cohort::{read, Summary};
//! use selfcheck::model::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! let text = "甲公司 https://x.cn/#r=1ABAAAAAAAAAAAAAAAAAAAA_vE7\n\
//!             乙公司 https://x.cn/#r=1ABAAAAAAAAAAAAAAAAAAAA_vE8\n\
//!             甲公司 https://x.cn/#r=1ABAAAAAAAAAAAAAAAAAAAA_vE7";
//! let reading = read(rubric, &[], text);
//! assert_eq!((reading.results.len(), reading.refused.len(), reading.repeats.len()), (1, 1, 1));
//! assert_eq!(reading.results[0].label, "甲公司");
//! assert_eq!(reading.refused[0].line, 2);
//! let summary = Summary::of(&rubric, &reading.results);
//! assert_eq!(summary.level_counts, [1, 0, 0, 0]);
//! ```

use std::collections::HashMap;

use crate::model::engine::{
    evaluate, exact_score, plan_next_level, Answers, Evaluation, Fraction, NextSteps,
};
use crate::model::i18n::Lang;
use crate::model::link::codec::{decode_release, LinkError};
use crate::model::link::finder::find_links;
use crate::model::link::records;
use crate::model::rubric::{FieldIx, ItemIx, LevelIx, PartIx, Rubric};

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
pub struct Summary {
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
struct Alignment {
    version: u32,
    /// For each item of the current rubric, the same item in the release.
    items: Vec<Option<ItemIx>>,
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
    fn all<'a>(
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
    fn find<'a>(all: &'a [Alignment], result: &CohortResult) -> &'a Alignment {
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

impl Summary {
    /// Sums up `results` for `rubric`, the current one: each figure by the
    /// id of its part, group, item or level, over the results whose release
    /// has it.
    pub fn of(rubric: &Rubric, results: &[CohortResult]) -> Summary {
        Summary::of_segment(rubric, results, &Filter::all(rubric))
    }

    /// [`Summary::of`] the results `filter` admits.
    pub fn of_segment(rubric: &Rubric, results: &[CohortResult], filter: &Filter) -> Summary {
        let admitted: Vec<&CohortResult> = results.iter().filter(|r| filter.admits(r)).collect();
        Summary::of_admitted(rubric, &admitted)
    }

    fn of_admitted(rubric: &Rubric, results: &[&CohortResult]) -> Summary {
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
        Summary {
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
pub struct Segment {
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
pub fn segments(rubric: &Rubric, results: &[CohortResult], filter: &Filter) -> Vec<Segment> {
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
            segments.push(Segment {
                field,
                choice,
                count: members.len(),
                mean: Fraction::mean(scores),
            });
        }
    }
    segments
}

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

/// The results as CSV for a spreadsheet: UTF-8 with a byte order mark (so
/// that Excel in zh-CN reads it as UTF-8), a header row, then one row a
/// result: label, link, overall, level id, level name (in `lang`), each
/// part's score by part id, then each item's answer key by item id (empty
/// when unanswered, or not in the result's release), then each profile
/// field's code by field id (empty when not given). A result of an
/// earlier release has its own scores and level. Lines end in CRLF.
pub fn to_csv(rubric: &Rubric, lang: Lang, results: &[CohortResult]) -> String {
    let mut header = vec!["label", "link", "overall", "level", "level_name"];
    header.extend(rubric.parts.iter().map(|p| &*p.id));
    header.extend(rubric.items().map(|r| &*r.item.id));
    header.extend(rubric.profile.iter().map(|f| &*f.id));
    let mut csv = String::from("\u{feff}");
    push_row(&mut csv, header.into_iter().map(str::to_string));
    let alignments = Alignment::all(rubric, results);
    for result in results {
        let alignment = Alignment::find(&alignments, result);
        let level = result.level();
        let score = |s: Option<u32>| s.map_or_else(String::new, |s| s.to_string());
        let row = [
            result.label.clone(),
            result.link.clone(),
            score(result.overall()),
            level.id.to_string(),
            level.name.get(lang).to_string(),
        ]
        .into_iter()
        .chain(rubric.parts.iter().map(|p| score(result.part_score(&p.id))))
        .chain(alignment.items.iter().map(|own| {
            own.and_then(|own| result.answers.get(own))
                .map_or_else(String::new, |c| result.rubric.answer(c).key.to_string())
        }))
        .chain(rubric.fields().map(|(ix, field)| {
            result.profile[ix.index()]
                .and_then(|c| field.choice(c))
                .map_or_else(String::new, |c| c.code.to_string())
        }));
        push_row(&mut csv, row);
    }
    csv
}

fn push_row(csv: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|cell| csv_cell(&cell)).collect();
    csv.push_str(&cells.join(","));
    csv.push_str("\r\n");
}

/// A cell quoted where needed; text a spreadsheet would take for a formula
/// (`=`, `+`, `-`, `@` first) is kept as text with a leading `'`.
fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(csv_cell("甲公司"), "甲公司");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=1+1"), "'=1+1");
        assert_eq!(csv_cell(""), "");
    }

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
