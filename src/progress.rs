//! Saved progress as stored in localStorage: plain JSON keyed by item id and
//! answer key, so that progress saved under one version of the rubric can be
//! carried over to the next wherever the items still exist.
//!
//! ```
//! use selfcheck::engine::Answers;
//! use selfcheck::progress::{storage_key, StoredProgress};
//! use selfcheck::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! let mut answers = Answers::unanswered(rubric.item_count());
//! answers.set(1, rubric.choice_index("na"));
//! let stored = StoredProgress::new(&rubric, &answers);
//! assert_eq!(
//!     serde_json::to_string(&stored).unwrap(),
//!     r#"{"rubric":"cloud-adoption","version":1,"answers":{"infra.it.database":"na"}}"#
//! );
//! assert_eq!(stored.restore(&rubric).unwrap().answers, answers);
//! assert_eq!(storage_key(&rubric.id, rubric.version), "selfcheck:cloud-adoption:v1");
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::engine::Answers;
use crate::rubric::Rubric;

/// The localStorage key of a rubric version's progress.
pub fn storage_key(rubric_id: &str, version: u32) -> String {
    format!("selfcheck:{rubric_id}:v{version}")
}

/// The beginning shared by the keys of every version of a rubric.
pub fn storage_key_prefix(rubric_id: &str) -> String {
    format!("selfcheck:{rubric_id}:v")
}

/// Progress as stored: the answers by item id and answer key.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredProgress {
    pub rubric: String,
    pub version: u32,
    pub answers: BTreeMap<String, String>,
}

/// Progress read back from storage.
#[derive(Debug, PartialEq, Eq)]
pub struct Restored {
    pub answers: Answers,
    /// How many stored answers were kept.
    pub carried: usize,
    /// Stored answers this rubric has no place for (an item or answer key
    /// that another version had).
    pub dropped: usize,
    /// The rubric version the progress was saved under.
    pub version: u32,
}

/// Stored progress of another rubric.
#[derive(Debug, PartialEq, Eq)]
pub struct OtherRubric;

impl StoredProgress {
    pub fn new(rubric: &Rubric, answers: &Answers) -> StoredProgress {
        StoredProgress {
            rubric: rubric.id.clone(),
            version: rubric.version,
            answers: rubric
                .items()
                .filter_map(|r| {
                    let choice = answers.get(r.index)?;
                    Some((
                        r.item.id.clone(),
                        rubric.scale[usize::from(choice)].key.clone(),
                    ))
                })
                .collect(),
        }
    }

    /// The answers for `rubric`, keeping every stored answer whose item and
    /// answer key still exist.
    pub fn restore(&self, rubric: &Rubric) -> Result<Restored, OtherRubric> {
        if self.rubric != rubric.id {
            return Err(OtherRubric);
        }
        let mut answers = Answers::unanswered(rubric.item_count());
        let mut carried = 0;
        for (id, key) in &self.answers {
            if let (Some(item), Some(choice)) = (rubric.item_index(id), rubric.choice_index(key)) {
                answers.set(item, Some(choice));
                carried += 1;
            }
        }
        Ok(Restored {
            answers,
            carried,
            dropped: self.answers.len() - carried,
            version: self.version,
        })
    }
}
