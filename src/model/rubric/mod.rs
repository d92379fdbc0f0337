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
//! use selfcheck::model::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! assert_eq!(rubric.item_count(), 40);
//! assert_eq!(rubric.parts[0].groups[0].items[0].title.zh, "服务器");
//! ```
//!
//! The build script validates the chosen rubric file (`SELFCHECK_RUBRIC`,
//! by default `rubric/cloud-adoption.toml`) and writes the validated rubric
//! as static Rust data (see `Rubric::embedded` in `embedded.rs`): an invalid rubric
//! fails the build with every problem listed, and the browser neither
//! fetches nor parses it. This module is shared with the build script and
//! so depends on nothing else in the crate.

mod validate;

pub use validate::{Problem, ProblemKind, RubricErrors};

use std::borrow::Cow;

use serde::Deserialize;

/// A text or id of the rubric: borrowed from static data in the embedded
/// rubric (the build writes it as such, so nothing is built at start),
/// owned when read from a file.
pub type Str = Cow<'static, str>;

/// A list of the rubric, borrowed or owned as [`Str`].
pub type List<T> = Cow<'static, [T]>;

/// A text in both languages of the widget.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    /// Chinese.
    pub zh: Str,
    #[serde(default)]
    /// English.
    pub en: Str,
}

/// One answer of the scale, e.g. `2` = 已上云.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleEntry {
    /// The radio value, e.g. `"2"` or `"na"`.
    #[serde(default)]
    pub key: Str,
    /// `None` marks "does not apply": the item leaves the means.
    #[serde(default)]
    pub points: Option<u8>,
    #[serde(default)]
    /// The answer as shown, e.g. 已上云.
    pub label: Text,
    #[serde(default)]
    /// What it means, for the scale legend.
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
    /// A stable id under its group's, e.g. `infra.it.server`.
    pub id: Str,
    #[serde(default)]
    /// The title exactly as the guide writes it.
    pub title: Text,
    #[serde(default)]
    /// The guide's description: what to put on the cloud.
    pub description: Text,
}

/// A group of items, e.g. IT资源.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    #[serde(default)]
    /// A stable id under its part's, e.g. `infra.it`.
    pub id: Str,
    #[serde(default)]
    /// The group's title.
    pub title: Text,
    #[serde(default)]
    /// Its items, in guide order.
    pub items: List<Item>,
}

/// A part of the guide, e.g. 基础设施上云.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    #[serde(default)]
    /// A stable id, e.g. `infra`.
    pub id: Str,
    #[serde(default)]
    /// The part's title.
    pub title: Text,
    #[serde(default)]
    /// Its groups, in guide order.
    pub groups: List<Group>,
}

/// A question about the enterprise, such as its industry: never scored
/// and never required; results are grouped by it (the officials' reader)
/// and compared with their peers (a benchmark file).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileField {
    #[serde(default)]
    /// A stable id, e.g. `industry`; pages and files name the field by it.
    pub id: Str,
    #[serde(default)]
    /// The question as shown, e.g. 所属行业.
    pub label: Text,
    #[serde(default)]
    /// Its choices, in the order shown.
    pub choices: List<ProfileChoice>,
}

/// One choice of a profile field, e.g. `C` = 制造业.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileChoice {
    #[serde(default)]
    /// A stable code, e.g. `C` or `small`: what pages and files carry.
    pub code: Str,
    #[serde(default)]
    /// The choice as shown.
    pub name: Text,
}

/// A level condition as written in the file: a part and its minimum points.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionFile {
    /// The part's id.
    pub part: String,
    /// The least points the part needs, e.g. 1.5.
    pub min_points: f64,
}

/// A level as written in the file.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelFile {
    #[serde(default)]
    /// A stable id, e.g. `L2`.
    pub id: String,
    #[serde(default)]
    /// The level's name.
    pub name: Text,
    #[serde(default)]
    /// One sentence on what it means.
    pub summary: Text,
    #[serde(default)]
    /// Conditions that must all hold.
    pub all: Vec<ConditionFile>,
    #[serde(default)]
    /// Conditions of which one must hold.
    pub any: Vec<ConditionFile>,
}

/// A kind of evidence an enterprise may hold to show what it did for an
/// item, e.g. `contract` = 合同. What 上云券 subsidies and 星级上云 reviews ask
/// for.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceKind {
    #[serde(default)]
    /// A stable id, e.g. `invoice`: what pages and files carry.
    pub id: Str,
    #[serde(default)]
    /// The kind as shown.
    pub name: Text,
}

/// A rubric file as written, before validation.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricFile {
    #[serde(default)]
    /// A stable id of the rubric.
    pub id: String,
    #[serde(default)]
    /// Raised whenever items change.
    pub version: u32,
    #[serde(default)]
    /// The guide's full name.
    pub name: Text,
    #[serde(default)]
    /// The widget's title.
    pub short_name: Text,
    #[serde(default)]
    /// Scoring parameters.
    pub scoring: Scoring,
    #[serde(default)]
    /// The answer scale.
    pub scale: Vec<ScaleEntry>,
    #[serde(default)]
    /// The levels, lowest first.
    pub levels: Vec<LevelFile>,
    #[serde(default)]
    /// The parts, in guide order.
    pub parts: Vec<Part>,
    #[serde(default)]
    /// Questions about the enterprise, none required.
    pub profile: Vec<ProfileField>,
    #[serde(default)]
    /// The kinds of evidence an item's note may tick.
    pub evidence: Vec<EvidenceKind>,
    #[serde(default)]
    /// What the printed report asks the enterprise to sign.
    pub declaration: Option<Text>,
}

/// A minimum part score in hundredths of a point: `150` is 1.5 points.
/// Kept as an integer so that thresholds compare exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Threshold {
    /// The minimum in hundredths of a point.
    pub hundredths: u32,
}

/// An item's position in rubric order: the index answers are kept by.
/// Handed out by [`Rubric::items`] and [`Rubric::item_ix`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemIx(pub(crate) usize);

/// A part's position in [`Rubric::parts`], handed out by
/// [`Rubric::part_ixs`] and [`Rubric::part_ix`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartIx(pub(crate) usize);

/// A level's position, lowest first; levels compare by height. Handed out
/// by [`Rubric::levels`] and [`Rubric::level_ix`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LevelIx(pub(crate) usize);

/// An answer of the scale (e.g. 已上云), handed out by [`Rubric::choices`]
/// and [`Rubric::choice`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Choice(pub(crate) u8);

impl ItemIx {
    /// The position in rubric order, from 0.
    pub fn index(self) -> usize {
        self.0
    }
}

impl PartIx {
    /// The position in [`Rubric::parts`], from 0.
    pub fn index(self) -> usize {
        self.0
    }
}

impl LevelIx {
    /// The base level that every result meets.
    pub const BASE: LevelIx = LevelIx(0);

    /// The position from the lowest level, from 0.
    pub fn index(self) -> usize {
        self.0
    }
}

impl Choice {
    /// The position in the scale, from 0: what a result link stores.
    pub fn index(self) -> u8 {
        self.0
    }
}

/// A profile field's position in [`Rubric::profile`], handed out by
/// [`Rubric::fields`] and [`Rubric::field_ix`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldIx(pub(crate) usize);

impl FieldIx {
    /// The position in [`Rubric::profile`], from 0.
    pub fn index(self) -> usize {
        self.0
    }
}

/// A validated level condition: part `part` scores at least `min`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Condition {
    /// The part whose points are compared.
    pub part: PartIx,
    /// The least points the part needs.
    pub min: Threshold,
}

/// A validated level: met when every `all` condition holds and, if `any`
/// is not empty, at least one of `any` holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Level {
    /// A stable id, e.g. `L2`.
    pub id: Str,
    /// The level's name, e.g. 应用上云.
    pub name: Text,
    /// One sentence on what the level means.
    pub summary: Text,
    /// Conditions that must all hold.
    pub all: List<Condition>,
    /// Conditions of which one must hold, if any are given.
    pub any: List<Condition>,
}

/// A validated rubric. Build it with [`RubricFile::validate`]; indices into
/// it (items, parts, levels, answers) are handed out by its methods.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rubric {
    /// A stable id of the rubric, e.g. `cloud-adoption`.
    pub id: Str,
    /// Raised whenever items change; carried by result links.
    pub version: u32,
    /// The guide's full name.
    pub name: Text,
    /// The widget's title.
    pub short_name: Text,
    /// The score shown for the top answer (100 by default).
    pub full_score: u32,
    /// The parts, each with its groups and their items, in guide order.
    pub parts: List<Part>,
    /// Questions about the enterprise, none required.
    pub profile: List<ProfileField>,
    /// The kinds of evidence an item's note may tick.
    pub evidence: List<EvidenceKind>,
    /// What the printed report asks the enterprise to sign, above lines to
    /// fill in by hand; empty for none.
    pub declaration: Text,
    pub(crate) scale: List<ScaleEntry>,
    /// Lowest first; the first has no conditions.
    pub(crate) levels: List<Level>,
    /// The highest points of the scale.
    pub(crate) max_points: u8,
}

/// Where an item sits in the rubric.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemRef<'a> {
    /// Position in rubric order, the index used by answers.
    pub ix: ItemIx,
    /// The part it belongs to.
    pub part: PartIx,
    /// Its group's position within the part.
    pub group: usize,
    /// The item itself.
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
                ix: ItemIx(index),
                part: PartIx(part),
                group,
                item,
            })
    }

    /// How many items the rubric has.
    pub fn item_count(&self) -> usize {
        self.parts
            .iter()
            .flat_map(|p| p.groups.iter())
            .map(|g| g.items.len())
            .sum()
    }

    /// The item at `ix`.
    ///
    /// # Panics
    /// If `ix` was handed out by a rubric with more items.
    pub fn item(&self, ix: ItemIx) -> &Item {
        self.items()
            .nth(ix.0)
            .expect("item indices come from this rubric")
            .item
    }

    /// Whether `id` is one of its kinds of evidence.
    pub fn has_evidence_kind(&self, id: &str) -> bool {
        self.evidence.iter().any(|kind| *kind.id == *id)
    }

    /// The item with this id.
    pub fn item_ix(&self, id: &str) -> Option<ItemIx> {
        self.items().find(|r| r.item.id == id).map(|r| r.ix)
    }

    /// The items of group `group` (its position) of part `part`.
    pub fn group_items(&self, part: PartIx, group: usize) -> impl Iterator<Item = ItemIx> + '_ {
        self.items()
            .filter(move |r| r.part == part && r.group == group)
            .map(|r| r.ix)
    }

    /// Every part's index, in order.
    pub fn part_ixs(&self) -> impl Iterator<Item = PartIx> {
        (0..self.parts.len()).map(PartIx)
    }

    /// The part at `ix`.
    pub fn part(&self, ix: PartIx) -> &Part {
        &self.parts[ix.0]
    }

    /// The part with this id.
    pub fn part_ix(&self, id: &str) -> Option<PartIx> {
        self.parts.iter().position(|p| p.id == id).map(PartIx)
    }

    /// Every level with its index, lowest first.
    pub fn levels(&self) -> impl Iterator<Item = (LevelIx, &Level)> {
        self.levels.iter().enumerate().map(|(i, l)| (LevelIx(i), l))
    }

    /// The level at `ix`.
    pub fn level(&self, ix: LevelIx) -> &Level {
        &self.levels[ix.0]
    }

    /// The level with this id.
    pub fn level_ix(&self, id: &str) -> Option<LevelIx> {
        self.levels.iter().position(|l| l.id == id).map(LevelIx)
    }

    /// The level above `ix`, unless it is the highest.
    pub fn level_above(&self, ix: LevelIx) -> Option<LevelIx> {
        (ix.0 + 1 < self.levels.len()).then_some(LevelIx(ix.0 + 1))
    }

    /// Every answer of the scale, in order.
    pub fn choices(&self) -> impl Iterator<Item = (Choice, &ScaleEntry)> {
        self.scale
            .iter()
            .enumerate()
            .map(|(i, s)| (Choice(i as u8), s))
    }

    /// The answer at position `index` of the scale (as a result link
    /// stores it), if the scale has one there.
    pub fn choice_at(&self, index: u8) -> Option<Choice> {
        (usize::from(index) < self.scale.len()).then_some(Choice(index))
    }

    /// The answer with this key, e.g. `"2"` or `"na"`.
    pub fn choice(&self, key: &str) -> Option<Choice> {
        self.scale
            .iter()
            .position(|s| s.key == key)
            .map(|i| Choice(i as u8))
    }

    /// The scale entry of an answer: its key, label and hint.
    pub fn answer(&self, choice: Choice) -> &ScaleEntry {
        &self.scale[usize::from(choice.0)]
    }

    /// An answer's points; `None` for "does not apply".
    pub fn points(&self, choice: Choice) -> Option<u8> {
        self.answer(choice).points
    }

    /// An item's points as answered: `None` when it does not apply, 0 when
    /// unanswered.
    pub fn points_of(&self, answer: Option<Choice>) -> Option<u8> {
        answer.map_or(Some(0), |choice| self.points(choice))
    }

    /// The highest points of the scale.
    pub fn max_points(&self) -> u8 {
        self.max_points
    }

    /// Every profile field with its index, in order.
    pub fn fields(&self) -> impl Iterator<Item = (FieldIx, &ProfileField)> {
        self.profile
            .iter()
            .enumerate()
            .map(|(i, f)| (FieldIx(i), f))
    }

    /// The profile field at `ix`.
    pub fn field(&self, ix: FieldIx) -> &ProfileField {
        &self.profile[ix.0]
    }

    /// The profile field with this id.
    pub fn field_ix(&self, id: &str) -> Option<FieldIx> {
        self.profile.iter().position(|f| f.id == id).map(FieldIx)
    }
}

impl ProfileField {
    /// The position of the choice with this code.
    pub fn choice_ix(&self, code: &str) -> Option<u8> {
        self.choices
            .iter()
            .position(|c| c.code == code)
            .map(|i| i as u8)
    }

    /// The choice at a position, if there is one.
    pub fn choice(&self, ix: u8) -> Option<&ProfileChoice> {
        self.choices.get(usize::from(ix))
    }

    /// The bits a result link gives this field: enough for every choice
    /// and "not given".
    pub fn link_bits(&self) -> u32 {
        usize::BITS - self.choices.len().leading_zeros()
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
