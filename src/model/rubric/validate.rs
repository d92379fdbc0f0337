//! Checks a [`RubricFile`] and reports every problem at once, each naming
//! the file and the field, e.g.
//! `rubric/x.toml: parts[0].groups[1].items[2].title.en: missing translation`.

use std::collections::HashMap;
use std::fmt;

use super::{Condition, ConditionFile, Level, PartIx, Rubric, RubricFile, Text, Threshold};

/// The most answers a scale may have: a result link stores an answer in
/// three bits, one code of which means "unanswered".
pub const MAX_SCALE_LEN: usize = 7;
/// The highest rubric version a result link can carry (two base64 digits).
pub const MAX_VERSION: u32 = 4095;
/// The most choices a profile field may have: a result link gives a field
/// at most six bits, one code of which means "not given".
pub const MAX_PROFILE_CHOICES: usize = 63;
/// The most bits the whole profile may take in a result link: four
/// characters, so that forty answers and a profile fit in 31.
pub const MAX_PROFILE_BITS: u32 = 24;

/// What is wrong with one field.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The file could not be read as a rubric at all.
    Syntax(String),
    /// A text without its Chinese or English.
    MissingTranslation,
    /// An id that is empty.
    MissingId,
    /// An id or key with characters its kind does not allow, described in
    /// `rule`.
    MalformedId {
        /// The id as written.
        id: String,
        /// What the id may contain.
        rule: &'static str,
    },
    /// An id that does not begin with its parent's id and a dot.
    IdOutsideParent {
        /// The id as written.
        id: String,
        /// The parent's id.
        parent: String,
    },
    /// An id already used by the field named in `first`.
    DuplicateId {
        /// The id as written.
        id: String,
        /// The field that used it first.
        first: String,
    },
    /// A list that must have entries, e.g. a group without items.
    Empty,
    /// A version of 0, or too high for a result link.
    VersionOutOfRange(u32),
    /// A full score of 0.
    FullScoreZero,
    /// A scale with too few or too many answers.
    ScaleSize(usize),
    /// The scale needs at least two answers with points.
    TooFewScored,
    /// The lowest points of the scale must be 0.
    LowestPointsNotZero(u8),
    /// Two answers with the same points.
    DuplicatePoints(u8),
    /// More than one answer without points ("does not apply").
    SeveralNotApplicable,
    /// A level condition names a part that does not exist.
    UnknownPart(String),
    /// A threshold at or below 0, or above the scale's top points.
    ThresholdOutOfRange {
        /// The threshold as written.
        value: f64,
        /// The scale's top points.
        max: u8,
    },
    /// Thresholds are kept to hundredths of a point.
    ThresholdPrecision(f64),
    /// The lowest level is the base everyone meets: it takes no conditions.
    BaseLevelHasConditions,
    /// A level above the base without conditions.
    LevelWithoutConditions,
    /// A profile field with more choices than a result link can carry.
    TooManyChoices(usize),
    /// Profile fields that together take more of a result link than it has.
    ProfileTooLong(u32),
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Syntax(message) => write!(f, "{message}"),
            ProblemKind::MissingTranslation => write!(f, "missing translation"),
            ProblemKind::MissingId => write!(f, "missing id"),
            ProblemKind::MalformedId { id, rule } => write!(f, "malformed id `{id}`: use {rule}"),
            ProblemKind::IdOutsideParent { id, parent } => {
                write!(f, "id `{id}` must be `{parent}.` followed by a name")
            }
            ProblemKind::DuplicateId { id, first } => {
                write!(f, "duplicate id `{id}`, first used at {first}")
            }
            ProblemKind::Empty => write!(f, "must not be empty"),
            ProblemKind::VersionOutOfRange(v) => {
                write!(f, "version {v} is out of range 1..={MAX_VERSION}")
            }
            ProblemKind::FullScoreZero => write!(f, "must be greater than 0"),
            ProblemKind::ScaleSize(n) => {
                write!(f, "has {n} answers; a scale has 2 to {MAX_SCALE_LEN}")
            }
            ProblemKind::TooFewScored => write!(f, "needs at least two answers with points"),
            ProblemKind::LowestPointsNotZero(p) => {
                write!(f, "the lowest points are {p}; they must be 0")
            }
            ProblemKind::DuplicatePoints(p) => write!(f, "points {p} are given twice"),
            ProblemKind::SeveralNotApplicable => {
                write!(f, "more than one answer has no points (\"does not apply\")")
            }
            ProblemKind::UnknownPart(part) => write!(f, "unknown part `{part}`"),
            ProblemKind::ThresholdOutOfRange { value, max } => {
                write!(
                    f,
                    "threshold {value} is out of range: it must be above 0 and at most {max}"
                )
            }
            ProblemKind::ThresholdPrecision(value) => {
                write!(f, "threshold {value} has more than two decimals")
            }
            ProblemKind::BaseLevelHasConditions => {
                write!(
                    f,
                    "the first level is the base level and takes no conditions"
                )
            }
            ProblemKind::LevelWithoutConditions => {
                write!(f, "a level above the first needs at least one condition")
            }
            ProblemKind::TooManyChoices(n) => write!(
                f,
                "has {n} choices; a result link carries at most {MAX_PROFILE_CHOICES}"
            ),
            ProblemKind::ProfileTooLong(bits) => write!(
                f,
                "takes {bits} bits of a result link; the profile may take at most {MAX_PROFILE_BITS}"
            ),
        }
    }
}

/// One problem: the field (a path such as `parts[0].title.en`) and what is
/// wrong with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The field, e.g. `parts[0].groups[1].items[2].title.en`.
    pub field: String,
    /// What is wrong with it.
    pub kind: ProblemKind,
}

/// Every problem found in one rubric file.
#[derive(Clone, Debug, PartialEq)]
pub struct RubricErrors {
    /// The file, as named to the validator.
    pub file: String,
    /// Every problem, in file order.
    pub problems: Vec<Problem>,
}

impl RubricErrors {
    // Files are read natively only: the wasm embeds a validated rubric.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn syntax(file: &str, message: &str) -> RubricErrors {
        RubricErrors {
            file: file.to_string(),
            problems: vec![Problem {
                field: String::new(),
                kind: ProblemKind::Syntax(message.to_string()),
            }],
        }
    }
}

impl fmt::Display for RubricErrors {
    /// One line a problem: `file: field: problem`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, problem) in self.problems.iter().enumerate() {
            if n > 0 {
                writeln!(f)?;
            }
            if problem.field.is_empty() {
                write!(f, "{}: {}", self.file, problem.kind)?;
            } else {
                write!(f, "{}: {}: {}", self.file, problem.field, problem.kind)?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for RubricErrors {}

/// What names (rubric, part, group and item ids) may be made of.
const NAME_RULE: &str = "lowercase ASCII letters, digits and `-`, starting with a letter";
const SCALE_KEY_RULE: &str = "lowercase ASCII letters and digits";
const LEVEL_ID_RULE: &str = "ASCII letters, digits and `-`";
const PROFILE_CODE_RULE: &str = LEVEL_ID_RULE;

/// Collects problems while walking the file.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    /// Every id seen so far and the field that declared it.
    ids: HashMap<String, String>,
}

impl Checker {
    fn report(&mut self, field: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem {
            field: field.into(),
            kind,
        });
    }

    fn text(&mut self, field: &str, text: &Text) {
        if text.zh.trim().is_empty() {
            self.report(format!("{field}.zh"), ProblemKind::MissingTranslation);
        }
        if text.en.trim().is_empty() {
            self.report(format!("{field}.en"), ProblemKind::MissingTranslation);
        }
    }

    /// Checks an id: well formed, under `parent` when given, and unique.
    fn id(&mut self, field: &str, id: &str, parent: Option<&str>) {
        let field = format!("{field}.id");
        if id.is_empty() {
            return self.report(field, ProblemKind::MissingId);
        }
        let name = match parent {
            Some(parent) => match id.strip_prefix(parent).and_then(|r| r.strip_prefix('.')) {
                Some(name) => name,
                None => {
                    return self.report(
                        field,
                        ProblemKind::IdOutsideParent {
                            id: id.to_string(),
                            parent: parent.to_string(),
                        },
                    )
                }
            },
            None => id,
        };
        if !is_name(name) {
            let kind = ProblemKind::MalformedId {
                id: id.to_string(),
                rule: NAME_RULE,
            };
            return self.report(field, kind);
        }
        if let Some(first) = self.ids.get(id) {
            let kind = ProblemKind::DuplicateId {
                id: id.to_string(),
                first: first.clone(),
            };
            return self.report(field, kind);
        }
        self.ids.insert(id.to_string(), field);
    }

    /// Checks a key of its own namespace (`seen`): not empty, made of the
    /// characters `allowed` (described by `rule`), and unique.
    fn key<'a>(
        &mut self,
        field: String,
        key: &'a str,
        (allowed, rule): (fn(char) -> bool, &'static str),
        seen: &mut HashMap<&'a str, String>,
    ) {
        if key.is_empty() || !key.chars().all(allowed) {
            let kind = ProblemKind::MalformedId {
                id: key.to_string(),
                rule,
            };
            self.report(field, kind);
        } else if let Some(first) = seen.get(key) {
            let kind = ProblemKind::DuplicateId {
                id: key.to_string(),
                first: first.clone(),
            };
            self.report(field, kind);
        } else {
            seen.insert(key, field);
        }
    }

    fn not_empty<T>(&mut self, field: &str, list: &[T]) {
        if list.is_empty() {
            self.report(field, ProblemKind::Empty);
        }
    }
}

/// A lowercase ASCII name: a letter, then letters, digits or `-`.
fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl RubricFile {
    /// Checks the whole file and returns the rubric, or every problem found.
    /// `file` names the source in the messages.
    pub fn validate(self, file: &str) -> Result<Rubric, RubricErrors> {
        let mut check = Checker::default();
        self.check_header(&mut check);
        let max_points = self.check_scale(&mut check);
        self.check_parts(&mut check);
        let levels = self.check_levels(&mut check, max_points);
        self.check_profile(&mut check);
        self.check_evidence(&mut check);
        if let Some(declaration) = &self.declaration {
            check.text("declaration", declaration);
        }
        if !check.problems.is_empty() {
            return Err(RubricErrors {
                file: file.to_string(),
                problems: check.problems,
            });
        }
        Ok(Rubric {
            id: self.id.into(),
            version: self.version,
            name: self.name,
            short_name: self.short_name,
            full_score: self.scoring.full_score,
            scale: self.scale.into(),
            levels: levels.into(),
            parts: self.parts.into(),
            profile: self.profile.into(),
            evidence: self.evidence.into(),
            declaration: self.declaration.unwrap_or_default(),
            max_points,
        })
    }

    fn check_header(&self, check: &mut Checker) {
        if self.id.is_empty() {
            check.report("id", ProblemKind::MissingId);
        } else if !is_name(&self.id) {
            let kind = ProblemKind::MalformedId {
                id: self.id.clone(),
                rule: NAME_RULE,
            };
            check.report("id", kind);
        }
        if !(1..=MAX_VERSION).contains(&self.version) {
            check.report("version", ProblemKind::VersionOutOfRange(self.version));
        }
        check.text("name", &self.name);
        check.text("short_name", &self.short_name);
        if self.scoring.full_score == 0 {
            check.report("scoring.full_score", ProblemKind::FullScoreZero);
        }
    }

    /// Returns the highest points of the scale.
    fn check_scale(&self, check: &mut Checker) -> u8 {
        if !(2..=MAX_SCALE_LEN).contains(&self.scale.len()) {
            check.report("scale", ProblemKind::ScaleSize(self.scale.len()));
        }
        let mut keys: HashMap<&str, String> = HashMap::new();
        let mut points_seen = Vec::new();
        let mut not_applicable = 0;
        for (n, entry) in self.scale.iter().enumerate() {
            let field = format!("scale[{n}]");
            let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
            check.key(
                format!("{field}.key"),
                &entry.key,
                (allowed, SCALE_KEY_RULE),
                &mut keys,
            );
            match entry.points {
                Some(p) if points_seen.contains(&p) => {
                    check.report(format!("{field}.points"), ProblemKind::DuplicatePoints(p))
                }
                Some(p) => points_seen.push(p),
                None => not_applicable += 1,
            }
            check.text(&format!("{field}.label"), &entry.label);
            check.text(&format!("{field}.hint"), &entry.hint);
        }
        if not_applicable > 1 {
            check.report("scale", ProblemKind::SeveralNotApplicable);
        }
        if points_seen.len() < 2 {
            check.report("scale", ProblemKind::TooFewScored);
        }
        if let Some(&lowest) = points_seen.iter().min() {
            if lowest != 0 {
                check.report("scale", ProblemKind::LowestPointsNotZero(lowest));
            }
        }
        points_seen.into_iter().max().unwrap_or(0)
    }

    fn check_parts(&self, check: &mut Checker) {
        check.not_empty("parts", &self.parts);
        for (p, part) in self.parts.iter().enumerate() {
            let field = format!("parts[{p}]");
            check.id(&field, &part.id, None);
            check.text(&format!("{field}.title"), &part.title);
            check.not_empty(&format!("{field}.groups"), &part.groups);
            for (g, group) in part.groups.iter().enumerate() {
                let field = format!("{field}.groups[{g}]");
                check.id(&field, &group.id, Some(&part.id));
                check.text(&format!("{field}.title"), &group.title);
                check.not_empty(&format!("{field}.items"), &group.items);
                for (i, item) in group.items.iter().enumerate() {
                    let field = format!("{field}.items[{i}]");
                    check.id(&field, &item.id, Some(&group.id));
                    check.text(&format!("{field}.title"), &item.title);
                    check.text(&format!("{field}.description"), &item.description);
                }
            }
        }
    }

    fn check_levels(&self, check: &mut Checker, max_points: u8) -> Vec<Level> {
        check.not_empty("levels", &self.levels);
        let mut ids: HashMap<&str, String> = HashMap::new();
        let mut levels = Vec::new();
        for (n, level) in self.levels.iter().enumerate() {
            let field = format!("levels[{n}]");
            let allowed = |c: char| c.is_ascii_alphanumeric() || c == '-';
            check.key(
                format!("{field}.id"),
                &level.id,
                (allowed, LEVEL_ID_RULE),
                &mut ids,
            );
            check.text(&format!("{field}.name"), &level.name);
            check.text(&format!("{field}.summary"), &level.summary);
            let has_conditions = !(level.all.is_empty() && level.any.is_empty());
            if n == 0 && has_conditions {
                check.report(field.clone(), ProblemKind::BaseLevelHasConditions);
            } else if n > 0 && !has_conditions {
                check.report(field.clone(), ProblemKind::LevelWithoutConditions);
            }
            let mut conditions = |list: &[ConditionFile], name: &str| -> Vec<Condition> {
                list.iter()
                    .enumerate()
                    .filter_map(|(c, condition)| {
                        let field = format!("{field}.{name}[{c}]");
                        self.check_condition(check, &field, condition, max_points)
                    })
                    .collect()
            };
            let all = conditions(&level.all, "all");
            let any = conditions(&level.any, "any");
            levels.push(Level {
                id: level.id.clone().into(),
                name: level.name.clone(),
                summary: level.summary.clone(),
                all: all.into(),
                any: any.into(),
            });
        }
        levels
    }

    fn check_profile(&self, check: &mut Checker) {
        let mut ids: HashMap<&str, String> = HashMap::new();
        let mut bits = 0;
        for (f, field) in self.profile.iter().enumerate() {
            let name = format!("profile[{f}]");
            let lowercase = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
            check.key(
                format!("{name}.id"),
                &field.id,
                (lowercase, NAME_RULE),
                &mut ids,
            );
            check.text(&format!("{name}.label"), &field.label);
            check.not_empty(&format!("{name}.choices"), &field.choices);
            if field.choices.len() > MAX_PROFILE_CHOICES {
                check.report(
                    format!("{name}.choices"),
                    ProblemKind::TooManyChoices(field.choices.len()),
                );
            }
            bits += field.link_bits();
            let mut codes: HashMap<&str, String> = HashMap::new();
            for (c, choice) in field.choices.iter().enumerate() {
                let place = format!("{name}.choices[{c}]");
                let allowed = |c: char| c.is_ascii_alphanumeric() || c == '-';
                check.key(
                    format!("{place}.code"),
                    &choice.code,
                    (allowed, PROFILE_CODE_RULE),
                    &mut codes,
                );
                check.text(&format!("{place}.name"), &choice.name);
            }
        }
        if bits > MAX_PROFILE_BITS {
            check.report("profile", ProblemKind::ProfileTooLong(bits));
        }
    }

    fn check_evidence(&self, check: &mut Checker) {
        let mut ids: HashMap<&str, String> = HashMap::new();
        for (e, kind) in self.evidence.iter().enumerate() {
            let name = format!("evidence[{e}]");
            let lowercase = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
            check.key(
                format!("{name}.id"),
                &kind.id,
                (lowercase, NAME_RULE),
                &mut ids,
            );
            check.text(&format!("{name}.name"), &kind.name);
        }
    }

    fn check_condition(
        &self,
        check: &mut Checker,
        field: &str,
        condition: &ConditionFile,
        max_points: u8,
    ) -> Option<Condition> {
        let part = self.parts.iter().position(|p| p.id == condition.part);
        if part.is_none() {
            check.report(
                format!("{field}.part"),
                ProblemKind::UnknownPart(condition.part.clone()),
            );
        }
        let value = condition.min_points;
        let field = format!("{field}.min_points");
        let hundredths = (value * 100.0).round();
        if !(value > 0.0 && value <= f64::from(max_points)) {
            let kind = ProblemKind::ThresholdOutOfRange {
                value,
                max: max_points,
            };
            check.report(field, kind);
            return None;
        }
        if (hundredths / 100.0 - value).abs() > 1e-9 {
            check.report(field, ProblemKind::ThresholdPrecision(value));
            return None;
        }
        Some(Condition {
            part: PartIx(part?),
            min: Threshold {
                hundredths: hundredths as u32,
            },
        })
    }
}
