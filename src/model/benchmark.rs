//! The benchmark file, `benchmark.json`: what a cohort looks like, in
//! aggregates only, so that an enterprise can see where it stands among
//! its peers without a backend. The officials' reader writes it
//! ([`Benchmark::of`]); the official publishes it beside the widget; the
//! widget reads it ([`Benchmark::read`]) and places a result in it
//! ([`Figures::below`]). The format is in `docs/benchmark.md`.
//!
//! No enterprise can be singled out: a segment (one value of one profile
//! field) with fewer than [`MIN_COUNT`] results is left out, and so is
//! everything when the cohort itself has fewer.
//!
//! ```
//! use selfcheck::model::benchmark::{Benchmark, BenchmarkError};
//! use selfcheck::model::cohort::read;
//! use selfcheck::model::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! let reading = read(rubric, &[], "甲 https://x.cn/#r=1ABAAAAAAAAAAAAAAAAAAAA_vE7");
//! let benchmark = Benchmark::of(rubric, &reading.results, "2026-11-30");
//! assert!(benchmark.all.is_none(), "one result is too few to compare with");
//! let text = benchmark.to_json();
//! assert_eq!(Benchmark::read(&text, rubric), Ok(benchmark));
//! assert_eq!(
//!     Benchmark::read("{}", rubric).unwrap_err().to_string(),
//!     "benchmark.json: not a benchmark file: missing field `format` at line 1 column 2"
//! );
//! ```

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::cohort::CohortResult;
use crate::model::engine::Evaluation;
use crate::model::rubric::Rubric;

/// What the file says it is.
pub const FORMAT: &str = "selfcheck-benchmark";
/// The version of the format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The fewest results a figure is given for.
pub const MIN_COUNT: usize = 10;

/// A benchmark file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`FORMAT_VERSION`] when written.
    pub format_version: u32,
    /// The rubric's id.
    pub rubric: String,
    /// The rubric's version: only results of this version are in it.
    pub version: u32,
    /// The day it was made, `YYYY-MM-DD`.
    pub date: String,
    /// The score of a full result: distributions run from 0 to it.
    pub full_score: u32,
    /// The whole cohort; none with fewer than [`MIN_COUNT`] results.
    pub all: Option<Figures>,
    /// Each segment of at least [`MIN_COUNT`] results.
    pub segments: Vec<Segment>,
}

/// One segment: the results with one value of one profile field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    /// The profile field's id, e.g. `industry`.
    pub field: String,
    /// The choice's code, e.g. `C`.
    pub value: String,
    /// Its figures.
    pub figures: Figures,
}

/// The figures of a set of results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    /// How many results.
    pub count: usize,
    /// How many results have each whole-number overall score, from 0 to
    /// the full score (a result where nothing applies has none).
    pub overall: Vec<usize>,
    /// The same for each part's score, by part id.
    pub parts: BTreeMap<String, Vec<usize>>,
    /// How many results reached each level, by level id.
    pub levels: BTreeMap<String, usize>,
}

impl Figures {
    fn of(rubric: &Rubric, results: &[&CohortResult]) -> Figures {
        let slots = rubric.full_score as usize + 1;
        let mut overall = vec![0; slots];
        let mut parts: BTreeMap<String, Vec<usize>> = rubric
            .parts
            .iter()
            .map(|p| (p.id.to_string(), vec![0; slots]))
            .collect();
        let mut levels: BTreeMap<String, usize> = rubric
            .levels()
            .map(|(_, l)| (l.id.to_string(), 0))
            .collect();
        for result in results {
            if let Some(score) = result.overall() {
                overall[score as usize] += 1;
            }
            for (ix, part) in rubric.part_ixs().zip(rubric.parts.iter()) {
                if let Some(score) = result.evaluation.part_score(rubric, ix) {
                    parts.get_mut(&*part.id).expect("every part")[score as usize] += 1;
                }
            }
            *levels.get_mut(&*result.level().id).expect("every level") += 1;
        }
        Figures {
            count: results.len(),
            overall,
            parts,
            levels,
        }
    }

    /// The percentage, rounded down, of the results in `distribution`
    /// (counts by whole-number score) whose score is below `score`; none
    /// when no result has a score there.
    pub fn below(distribution: &[usize], score: u32) -> Option<u32> {
        let total: usize = distribution.iter().sum();
        let lower: usize = distribution.iter().take(score as usize).sum();
        (total > 0).then(|| (lower * 100 / total) as u32)
    }
}

impl Benchmark {
    /// The benchmark of `results` (of `rubric`'s version; results of
    /// earlier releases are scored by other rules and left out), dated `date`.
    pub fn of(rubric: &Rubric, results: &[CohortResult], date: &str) -> Benchmark {
        let current: Vec<&CohortResult> = results
            .iter()
            .filter(|r| r.rubric.version == rubric.version)
            .collect();
        let enough = current.len() >= MIN_COUNT;
        let mut segments = Vec::new();
        for (ix, field) in rubric.fields().filter(|_| enough) {
            for (choice, spec) in (0u8..).zip(field.choices.iter()) {
                let members: Vec<&CohortResult> = current
                    .iter()
                    .copied()
                    .filter(|r| r.has_profile(ix, Some(choice)))
                    .collect();
                if members.len() >= MIN_COUNT {
                    segments.push(Segment {
                        field: field.id.to_string(),
                        value: spec.code.to_string(),
                        figures: Figures::of(rubric, &members),
                    });
                }
            }
        }
        Benchmark {
            format: FORMAT.to_string(),
            format_version: FORMAT_VERSION,
            rubric: rubric.id.to_string(),
            version: rubric.version,
            date: date.to_string(),
            full_score: rubric.full_score,
            all: enough.then(|| Figures::of(rubric, &current)),
            segments,
        }
    }

    /// The file's text: JSON, indented.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("plain data")
    }

    /// Reads a benchmark file for `rubric` and checks it, reporting every
    /// problem at once.
    pub fn read(text: &str, rubric: &Rubric) -> Result<Benchmark, BenchmarkError> {
        let benchmark: Benchmark =
            serde_json::from_str(text).map_err(|e| BenchmarkError::NotBenchmark(e.to_string()))?;
        if benchmark.format != FORMAT || benchmark.format_version != FORMAT_VERSION {
            return Err(BenchmarkError::OtherFormat {
                format: benchmark.format,
                version: benchmark.format_version,
            });
        }
        if benchmark.rubric != rubric.id {
            return Err(BenchmarkError::OtherRubric(benchmark.rubric));
        }
        if benchmark.version != rubric.version {
            return Err(BenchmarkError::OtherVersion(benchmark.version));
        }
        let problems = benchmark.problems(rubric);
        if problems.is_empty() {
            Ok(benchmark)
        } else {
            Err(BenchmarkError::Invalid(problems))
        }
    }

    /// The segment of `field` with `value`, if the file holds it.
    pub fn segment(&self, field: &str, value: &str) -> Option<&Figures> {
        self.segments
            .iter()
            .find(|s| s.field == field && s.value == value)
            .map(|s| &s.figures)
    }

    /// Every inconsistency, each naming its place (`segments[2].overall`).
    fn problems(&self, rubric: &Rubric) -> Vec<String> {
        let mut problems = Vec::new();
        if self.full_score != rubric.full_score {
            problems.push(format!(
                "full_score: {} is not the rubric's {}",
                self.full_score, rubric.full_score
            ));
        }
        if !is_date(&self.date) {
            problems.push(format!("date: `{}` is not a YYYY-MM-DD date", self.date));
        }
        if let Some(all) = &self.all {
            check_figures(rubric, "all", all, &mut problems);
        } else if !self.segments.is_empty() {
            problems.push("segments: given without the whole cohort's figures".to_string());
        }
        let mut seen = Vec::new();
        for (n, segment) in self.segments.iter().enumerate() {
            let place = format!("segments[{n}]");
            match rubric.field_ix(&segment.field) {
                None => problems.push(format!("{place}.field: unknown field `{}`", segment.field)),
                Some(field) if rubric.field(field).choice_ix(&segment.value).is_none() => problems
                    .push(format!(
                        "{place}.value: `{}` is not a choice of `{}`",
                        segment.value, segment.field
                    )),
                Some(_) => {}
            }
            if seen.contains(&(&segment.field, &segment.value)) {
                problems.push(format!("{place}: given twice"));
            }
            seen.push((&segment.field, &segment.value));
            check_figures(rubric, &place, &segment.figures, &mut problems);
        }
        problems
    }
}

/// Checks one set of figures: distributions of the right length, counts
/// that add up, known parts and levels, enough results.
fn check_figures(rubric: &Rubric, place: &str, figures: &Figures, problems: &mut Vec<String>) {
    if figures.count < MIN_COUNT {
        problems.push(format!(
            "{place}.count: {} results; a figure needs at least {MIN_COUNT}",
            figures.count
        ));
    }
    let slots = rubric.full_score as usize + 1;
    let distribution = |name: String, values: &[usize]| {
        if values.len() != slots {
            Some(format!(
                "{place}.{name}: {} entries; scores 0 to {} need {slots}",
                values.len(),
                rubric.full_score
            ))
        } else if values.iter().sum::<usize>() > figures.count {
            Some(format!(
                "{place}.{name}: more scores than the {} results",
                figures.count
            ))
        } else {
            None
        }
    };
    problems.extend(distribution("overall".to_string(), &figures.overall));
    for part in rubric.parts.iter() {
        match figures.parts.get(&*part.id) {
            Some(values) => problems.extend(distribution(format!("parts.{}", part.id), values)),
            None => problems.push(format!("{place}.parts: no `{}`", part.id)),
        }
    }
    for id in figures.parts.keys() {
        if rubric.part_ix(id).is_none() {
            problems.push(format!("{place}.parts: unknown part `{id}`"));
        }
    }
    for id in figures.levels.keys() {
        if rubric.level_ix(id).is_none() {
            problems.push(format!("{place}.levels: unknown level `{id}`"));
        }
    }
    if figures.levels.values().sum::<usize>() != figures.count {
        problems.push(format!(
            "{place}.levels: they add up to {}, not the {} results",
            figures.levels.values().sum::<usize>(),
            figures.count
        ));
    }
}

fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

/// Why a benchmark file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BenchmarkError {
    /// Not JSON, or not shaped as a benchmark file.
    NotBenchmark(String),
    /// Another format, or a version of it this build does not read.
    OtherFormat {
        /// The format it names.
        format: String,
        /// Its version.
        version: u32,
    },
    /// Made for another rubric.
    OtherRubric(String),
    /// Made for another version of this rubric.
    OtherVersion(u32),
    /// Figures that do not add up, each problem naming its place.
    Invalid(Vec<String>),
}

impl fmt::Display for BenchmarkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BenchmarkError::NotBenchmark(message) => {
                write!(f, "benchmark.json: not a benchmark file: {message}")
            }
            BenchmarkError::OtherFormat { format, version } => write!(
                f,
                "benchmark.json: format `{format}` version {version}; this build reads `{FORMAT}` version {FORMAT_VERSION}"
            ),
            BenchmarkError::OtherRubric(id) => {
                write!(f, "benchmark.json: made for the rubric `{id}`")
            }
            BenchmarkError::OtherVersion(version) => {
                write!(f, "benchmark.json: made for version {version} of the rubric")
            }
            BenchmarkError::Invalid(problems) => {
                let lines: Vec<String> =
                    problems.iter().map(|p| format!("benchmark.json: {p}")).collect();
                write!(f, "{}", lines.join("\n"))
            }
        }
    }
}

impl std::error::Error for BenchmarkError {}

/// Where a result stands in a benchmark: for the whole cohort, each part
/// and each segment of its profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    /// How many results the benchmark holds.
    pub count: usize,
    /// The percentage of them with a lower overall score; none without a
    /// score to compare.
    pub overall: Option<u32>,
    /// The same for each part, in rubric order, over the results with a
    /// score for it.
    pub parts: Vec<Option<u32>>,
    /// For each profile field given: its id, and `(results, percentage
    /// lower)` in that segment, or none when the file does not hold it
    /// (too few).
    pub segments: Vec<(String, Option<(usize, u32)>)>,
}

impl Standing {
    /// Where `evaluation` (of answers with the profile `profile`, in
    /// `rubric`'s fields) stands in `benchmark`, if it has figures.
    pub fn of(
        benchmark: &Benchmark,
        rubric: &Rubric,
        evaluation: &Evaluation,
        profile: impl Iterator<Item = Option<u8>>,
    ) -> Option<Standing> {
        let all = benchmark.all.as_ref()?;
        let overall = evaluation.overall_score(rubric);
        let place = |figures: &Figures| overall.and_then(|s| Figures::below(&figures.overall, s));
        let parts = rubric
            .part_ixs()
            .map(|p| {
                let score = evaluation.part_score(rubric, p)?;
                Figures::below(all.parts.get(&*rubric.part(p).id)?, score)
            })
            .collect();
        let segments = rubric
            .fields()
            .zip(profile)
            .filter_map(|((_, field), choice)| {
                let code = &field.choice(choice?)?.code;
                let segment = benchmark.segment(&field.id, code);
                let standing = segment.and_then(|f| Some((f.count, place(f)?)));
                Some((field.id.to_string(), standing))
            })
            .collect();
        Some(Standing {
            count: all.count,
            overall: place(all),
            parts,
            segments,
        })
    }
}
