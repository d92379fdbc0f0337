//! The rubric: the guide's parts, groups and items, the answer scale and the
//! level rules, read from data and checked before use.
//!
//! A rubric file (TOML, under `rubric/`) is read into a [`RubricFile`], then
//! [`RubricFile::validate`] checks everything at once and returns a
//! [`Rubric`] whose invariants the engine relies on: ids are unique and
//! well formed, every group has items, every text has both languages, every
//! level names known parts with thresholds in range.
//!
//! ```
//! use selfcheck::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! assert_eq!(rubric.item_count(), 40);
//! assert_eq!(rubric.parts[0].groups[0].items[0].title.zh, "服务器");
//! ```
//!
//! The build script validates the chosen rubric file (`SELFCHECK_RUBRIC`,
//! by default `rubric/cloud-adoption.toml`) and writes the validated rubric
//! as Rust code (see `Rubric::embedded` in `embedded.rs`): an invalid rubric
//! fails the build with every problem listed, and the browser neither
//! fetches nor parses it. This module is shared with the build script and
//! so depends on nothing else in the crate.

mod validate;

pub use validate::{Problem, ProblemKind, RubricErrors};

use serde::Deserialize;

/// A text in both languages of the widget.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub zh: String,
    #[serde(default)]
    pub en: String,
}

/// One answer of the scale, e.g. `2` = 已上云.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleEntry {
    /// The radio value, e.g. `"2"` or `"na"`.
    #[serde(default)]
    pub key: String,
    /// `None` marks "does not apply": the item leaves the means.
    #[serde(default)]
    pub points: Option<u8>,
    #[serde(default)]
    pub label: Text,
    #[serde(default)]
    pub hint: Text,
}

/// Scoring parameters.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// The score shown for an item answered with the highest points.
    pub full_score: u32,
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring { full_score: 100 }
    }
}

/// One item of the guide, e.g. 服务器.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub title: Text,
    #[serde(default)]
    pub description: Text,
}

/// A group of items, e.g. IT资源.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub title: Text,
    #[serde(default)]
    pub items: Vec<Item>,
}

/// A part of the guide, e.g. 基础设施上云.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub title: Text,
    #[serde(default)]
    pub groups: Vec<Group>,
}

/// A level condition as written in the file: a part and its minimum points.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionFile {
    pub part: String,
    pub min_points: f64,
}

/// A level as written in the file.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelFile {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: Text,
    #[serde(default)]
    pub summary: Text,
    #[serde(default)]
    pub all: Vec<ConditionFile>,
    #[serde(default)]
    pub any: Vec<ConditionFile>,
}

/// A rubric file as written, before validation.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricFile {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub version: u32,
    #[serde(default)]
    pub name: Text,
    #[serde(default)]
    pub short_name: Text,
    #[serde(default)]
    pub scoring: Scoring,
    #[serde(default)]
    pub scale: Vec<ScaleEntry>,
    #[serde(default)]
    pub levels: Vec<LevelFile>,
    #[serde(default)]
    pub parts: Vec<Part>,
}

/// A minimum part score in hundredths of a point: `150` is 1.5 points.
/// Kept as an integer so that thresholds compare exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Threshold {
    pub hundredths: u32,
}

/// A validated level condition: part `part` (an index into
/// [`Rubric::parts`]) scores at least `min`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Condition {
    pub part: usize,
    pub min: Threshold,
}

/// A validated level: met when every `all` condition holds and, if `any`
/// is not empty, at least one of `any` holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Level {
    pub id: String,
    pub name: Text,
    pub summary: Text,
    pub all: Vec<Condition>,
    pub any: Vec<Condition>,
}

/// A validated rubric. Build it with [`RubricFile::validate`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rubric {
    pub id: String,
    pub version: u32,
    pub name: Text,
    pub short_name: Text,
    pub full_score: u32,
    pub scale: Vec<ScaleEntry>,
    /// Lowest first; the first has no conditions.
    pub levels: Vec<Level>,
    pub parts: Vec<Part>,
    /// The highest points of the scale.
    pub max_points: u8,
}

/// Where an item sits in the rubric.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemRef<'a> {
    /// Position in rubric order, the index used by answers.
    pub index: usize,
    pub part: usize,
    pub group: usize,
    pub item: &'a Item,
}

impl Rubric {
    /// Reads and validates a rubric file in TOML.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_toml(file: &str, text: &str) -> Result<Rubric, RubricErrors> {
        RubricFile::from_toml(file, text)?.validate(file)
    }

    /// Every item in rubric order.
    pub fn items(&self) -> impl Iterator<Item = ItemRef<'_>> {
        self.parts
            .iter()
            .enumerate()
            .flat_map(|(part, p)| {
                p.groups
                    .iter()
                    .enumerate()
                    .flat_map(move |(group, g)| g.items.iter().map(move |item| (part, group, item)))
            })
            .enumerate()
            .map(|(index, (part, group, item))| ItemRef {
                index,
                part,
                group,
                item,
            })
    }

    pub fn item_count(&self) -> usize {
        self.parts
            .iter()
            .flat_map(|p| &p.groups)
            .map(|g| g.items.len())
            .sum()
    }

    /// The positions (in rubric order) of the items of group `group` of
    /// part `part`.
    pub fn group_range(&self, part: usize, group: usize) -> std::ops::Range<usize> {
        let before: usize = self.parts[..part]
            .iter()
            .flat_map(|p| &p.groups)
            .chain(&self.parts[part].groups[..group])
            .map(|g| g.items.len())
            .sum();
        before..before + self.parts[part].groups[group].items.len()
    }

    /// The item at `index` in rubric order.
    pub fn item(&self, index: usize) -> Option<&Item> {
        self.items().nth(index).map(|r| r.item)
    }

    /// The position of the item with this id.
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.items().find(|r| r.item.id == id).map(|r| r.index)
    }

    /// The position in [`Rubric::scale`] of the answer with this key.
    pub fn choice_index(&self, key: &str) -> Option<u8> {
        self.scale
            .iter()
            .position(|s| s.key == key)
            .map(|i| i as u8)
    }
}

impl RubricFile {
    /// Parses a rubric file in TOML; a syntax error is reported as a problem.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_toml(file: &str, text: &str) -> Result<RubricFile, RubricErrors> {
        toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|span| text[..span.start].matches('\n').count() + 1);
            let message = match line {
                Some(line) => format!("line {line}: {}", e.message()),
                None => e.message().to_string(),
            };
            RubricErrors::syntax(file, &message)
        })
    }
}
