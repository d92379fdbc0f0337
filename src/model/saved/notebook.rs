//! The notebook: what an enterprise writes beside its answers, item by
//! item. A note and the kinds of evidence it holds (a contract, an
//! invoice…), and the action plan: the answer to reach, who does it, by
//! when, and how far it is. What 星级上云 reviews and 上云券 subsidies ask for.
//!
//! Every entry carries when it last changed (milliseconds since 1970), so
//! that two tabs, and a records file taken in, merge item by item: the
//! entry changed last wins ([`Notebook::merge`]). A plan row taken out
//! stays as a removed entry for that reason. Kept in localStorage as JSON,
//! read only by code in the module fetched on first use; never in a link.
//!
//! ```
//! use selfcheck::model::saved::notebook::{Notebook, Status};
//!
//! let mut notebook = Notebook::default();
//! notebook.set_note("infra.it.server", "云服务器已采购", 10);
//! notebook.set_evidence("infra.it.server", "invoice", true, 11);
//! notebook.add_to_plan("biz.marketing.crm", "2", 12);
//! notebook.edit_plan("biz.marketing.crm", 13, |row| row.status = Status::Doing);
//! let text = notebook.to_text();
//! assert_eq!(Notebook::parse(&text), Some(notebook.clone()));
//!
//! let mut other = Notebook::default();
//! other.set_note("infra.it.server", "older", 5);
//! other.set_note("infra.it.database", "数据库", 6);
//! let (notes, plan) = notebook.merge(other);
//! assert_eq!((notes, plan), (1, 0));
//! assert_eq!(notebook.note("infra.it.server").unwrap().note, "云服务器已采购");
//! ```

use serde::{Deserialize, Serialize};

use crate::model::rubric::{Choice, ItemIx, Rubric};

/// The longest note, in characters.
pub const MAX_NOTE: usize = 1000;

/// What an enterprise wrote beside its answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notebook {
    /// Notes and evidence, one entry an item, in the order first written.
    #[serde(default)]
    pub notes: Vec<ItemNote>,
    /// The action plan, one row an item, in the order added.
    #[serde(default)]
    pub plan: Vec<PlanRow>,
}

/// An item's note and the kinds of evidence at hand.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemNote {
    /// The item's id.
    pub item: String,
    /// The note, at most [`MAX_NOTE`] characters.
    pub note: String,
    /// The ids of the evidence kinds ticked, in rubric order as ticked.
    pub evidence: Vec<String>,
    /// When it last changed, in milliseconds since 1970.
    pub changed: u64,
}

/// How far a planned item is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Not started.
    #[default]
    Planned,
    /// Under way.
    Doing,
    /// Done.
    Done,
}

impl Status {
    /// Every status, in order.
    pub const ALL: [Status; 3] = [Status::Planned, Status::Doing, Status::Done];

    /// The value a page and a file carry.
    pub fn key(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Doing => "doing",
            Status::Done => "done",
        }
    }

    /// The status of a key, if it is one.
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A planned item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanRow {
    /// The item's id.
    pub item: String,
    /// The answer key to reach: `1`, `2` or `3`.
    pub target: String,
    /// Who does it; free text.
    pub owner: String,
    /// By when, `YYYY-MM-DD`, or empty.
    pub date: String,
    /// How far it is.
    pub status: Status,
    /// When it last changed, in milliseconds since 1970.
    pub changed: u64,
    /// Taken out of the plan (kept so that the removal merges too).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
}

impl ItemNote {
    /// Whether it says something: a note, or evidence ticked.
    pub fn is_written(&self) -> bool {
        !self.note.trim().is_empty() || !self.evidence.is_empty()
    }
}

impl PlanRow {
    /// Whether its date has passed (before `today`, `YYYY-MM-DD`) and it is
    /// not done.
    pub fn is_overdue(&self, today: &str) -> bool {
        !self.date.is_empty() && self.date.as_str() < today && self.status != Status::Done
    }
}

impl Notebook {
    /// The stored form: JSON.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads [`Notebook::to_text`]'s form back; none where it cannot.
    pub fn parse(text: &str) -> Option<Notebook> {
        serde_json::from_str(text).ok()
    }

    /// The note of an item, if one was written.
    pub fn note(&self, item: &str) -> Option<&ItemNote> {
        self.notes.iter().find(|n| n.item == item)
    }

    /// The notes that say something ([`ItemNote::is_written`]).
    pub fn written_notes(&self) -> impl Iterator<Item = &ItemNote> {
        self.notes.iter().filter(|n| n.is_written())
    }

    /// Whether it holds nothing: no note, no evidence, no plan row.
    pub fn is_empty(&self) -> bool {
        self.written_notes().next().is_none() && self.rows().next().is_none()
    }

    /// The planned items of `rubric` with the answer each is to reach:
    /// what [`crate::model::engine::evaluate_with_targets`] takes. Rows of
    /// items or answers it does not have are left out.
    pub fn targets(&self, rubric: &Rubric) -> Vec<(ItemIx, Choice)> {
        self.rows()
            .filter_map(|row| Some((rubric.item_ix(&row.item)?, rubric.choice(&row.target)?)))
            .collect()
    }

    /// The plan's rows, in the order added.
    pub fn rows(&self) -> impl Iterator<Item = &PlanRow> {
        self.plan.iter().filter(|r| !r.removed)
    }

    /// The plan row of an item, if it is planned.
    pub fn row(&self, item: &str) -> Option<&PlanRow> {
        self.rows().find(|r| r.item == item)
    }

    fn note_mut(&mut self, item: &str, now: u64) -> &mut ItemNote {
        let at = match self.notes.iter().position(|n| n.item == item) {
            Some(at) => at,
            None => {
                self.notes.push(ItemNote {
                    item: item.into(),
                    note: String::new(),
                    evidence: Vec::new(),
                    changed: now,
                });
                self.notes.len() - 1
            }
        };
        let note = &mut self.notes[at];
        note.changed = now;
        note
    }

    /// Writes an item's note, cut to [`MAX_NOTE`] characters. Each change
    /// here and below dates its entry `now`; one that changes nothing does
    /// nothing.
    pub fn set_note(&mut self, item: &str, note: &str, now: u64) {
        let note: String = note.chars().take(MAX_NOTE).collect();
        if self.note(item).map_or("", |n| &n.note) != note {
            self.note_mut(item, now).note = note;
        }
    }

    /// Ticks the evidence kind `kind` for an item (`held`), or unticks it.
    pub fn set_evidence(&mut self, item: &str, kind: &str, held: bool, now: u64) {
        let at = self
            .note(item)
            .and_then(|n| n.evidence.iter().position(|k| k == kind));
        match (at, held) {
            (Some(at), false) => {
                self.note_mut(item, now).evidence.remove(at);
            }
            (None, true) => self.note_mut(item, now).evidence.push(kind.into()),
            _ => {}
        }
    }

    /// Puts an item in the plan with the answer `target` to reach; an item
    /// already planned keeps its row, with this target.
    pub fn add_to_plan(&mut self, item: &str, target: &str, now: u64) {
        match self.plan.iter_mut().find(|r| r.item == item) {
            Some(row) if !row.removed => {
                if row.target != target {
                    row.target = target.into();
                    row.changed = now;
                }
            }
            Some(row) => {
                *row = PlanRow::new(item, target, now);
            }
            None => self.plan.push(PlanRow::new(item, target, now)),
        }
    }

    /// Changes an item's plan row with `edit`, if it is planned.
    pub fn edit_plan(&mut self, item: &str, now: u64, edit: impl FnOnce(&mut PlanRow)) {
        if let Some(row) = self.plan.iter_mut().find(|r| r.item == item && !r.removed) {
            let before = row.clone();
            edit(row);
            if *row != before {
                row.changed = now;
            }
        }
    }

    /// Takes an item out of the plan.
    pub fn remove_from_plan(&mut self, item: &str, now: u64) {
        self.edit_plan(item, now, |row| row.removed = true);
    }

    /// Takes `other` in, item by item: the entry changed last wins (this
    /// one on a tie). Returns how many notes and plan entries were taken.
    pub fn merge(&mut self, other: Notebook) -> (usize, usize) {
        (
            merge_by_item(&mut self.notes, other.notes, |n| (&n.item, n.changed)),
            merge_by_item(&mut self.plan, other.plan, |r| (&r.item, r.changed)),
        )
    }
}

impl PlanRow {
    fn new(item: &str, target: &str, now: u64) -> PlanRow {
        PlanRow {
            item: item.into(),
            target: target.into(),
            owner: String::new(),
            date: String::new(),
            status: Status::Planned,
            changed: now,
            removed: false,
        }
    }
}

/// Takes each entry of `theirs` whose item `ours` lacks or has changed
/// earlier; returns how many were taken.
fn merge_by_item<T: PartialEq>(
    ours: &mut Vec<T>,
    theirs: Vec<T>,
    key: impl Fn(&T) -> (&String, u64),
) -> usize {
    let mut taken = 0;
    for entry in theirs {
        let (item, changed) = key(&entry);
        let item = item.clone();
        match ours.iter().position(|o| *key(o).0 == item) {
            Some(at) if key(&ours[at]).1 < changed => {
                ours[at] = entry;
                taken += 1;
            }
            Some(_) => {}
            None => {
                ours.push(entry);
                taken += 1;
            }
        }
    }
    taken
}
