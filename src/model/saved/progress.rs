//! Saved progress as stored in localStorage: plain `name=value` lines, the
//! rubric id and version, then one line an answered item (item id = answer
//! key), then one line a profile field given (`profile:` field id = code;
//! item ids never hold a `:`, so a build before profiles passes over them). Keyed by id, progress saved under one version of the rubric is
//! carried over to the next wherever the items still exist. Ids and keys are
//! validated ASCII names, so the format needs no escaping; it takes no JSON
//! library into the browser build.
//!
//! ```
//! use selfcheck::model::engine::Answers;
//! use selfcheck::model::saved::progress::{storage_key, StoredProgress};
//! use selfcheck::model::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! let mut answers = Answers::unanswered(&rubric);
//! answers.set(rubric.item_ix("infra.it.database").unwrap(), rubric.choice("na"));
//! let stored = StoredProgress::new(&rubric, &answers);
//! let text = stored.to_text();
//! assert_eq!(text, "rubric=cloud-adoption\nversion=1\ninfra.it.database=na\n");
//! assert_eq!(StoredProgress::parse(&text), Ok(stored));
//! assert_eq!(StoredProgress::parse(&text).unwrap().restore(&rubric).unwrap().answers, answers);
//! assert_eq!(storage_key(&rubric.id, rubric.version), "selfcheck:cloud-adoption:v1");
//! ```

use crate::model::engine::Answers;
use crate::model::rubric::Rubric;

/// The localStorage key of a rubric version's progress.
pub fn storage_key(rubric_id: &str, version: u32) -> String {
    format!("{}{version}", storage_key_prefix(rubric_id))
}

/// The beginning shared by the keys of every version of a rubric.
pub fn storage_key_prefix(rubric_id: &str) -> String {
    format!("selfcheck:{rubric_id}:v")
}

/// What begins the name of a profile field's line.
const PROFILE_PREFIX: &str = "profile:";

/// Progress as stored: the answers by item id and answer key, the profile
/// by field id and code.
#[derive(Debug, PartialEq, Eq)]
pub struct StoredProgress {
    /// The rubric's id.
    pub rubric: String,
    /// The rubric version it was saved under.
    pub version: u32,
    /// (item id, answer key), in the order written: rubric order.
    pub answers: Vec<(String, String)>,
    /// (field id, code) of each profile field given, in rubric order.
    pub profile: Vec<(String, String)>,
}

/// Progress read back from storage.
#[derive(Debug, PartialEq, Eq)]
pub struct Restored {
    /// The answers, for the rubric they were restored for.
    pub answers: Answers,
    /// How many stored answers were kept; the others are for items or
    /// answer keys that another version of the rubric had.
    pub carried: usize,
}

/// Stored progress of another rubric.
#[derive(Debug, PartialEq, Eq)]
pub struct OtherRubric;

/// Stored text that is not progress.
#[derive(Debug, PartialEq, Eq)]
pub struct Unreadable;

impl StoredProgress {
    /// The answers to `rubric`, ready to store.
    pub fn new(rubric: &Rubric, answers: &Answers) -> StoredProgress {
        StoredProgress {
            rubric: rubric.id.to_string(),
            version: rubric.version,
            answers: rubric
                .items()
                .filter_map(|r| {
                    let choice = answers.get(r.ix)?;
                    Some((r.item.id.to_string(), rubric.answer(choice).key.to_string()))
                })
                .collect(),
            profile: rubric
                .fields()
                .filter_map(|(ix, field)| {
                    let choice = field.choice(answers.profile(ix)?)?;
                    Some((field.id.to_string(), choice.code.to_string()))
                })
                .collect(),
        }
    }

    /// The stored form: `name=value` lines.
    pub fn to_text(&self) -> String {
        let mut text = format!("rubric={}\nversion={}\n", self.rubric, self.version);
        for (id, key) in &self.answers {
            text.push_str(&format!("{id}={key}\n"));
        }
        for (id, code) in &self.profile {
            text.push_str(&format!("{PROFILE_PREFIX}{id}={code}\n"));
        }
        text
    }

    /// Reads [`StoredProgress::to_text`]'s form back; anything else, down to
    /// a single malformed line, is unreadable.
    pub fn parse(text: &str) -> Result<StoredProgress, Unreadable> {
        let mut lines = text.lines().map(|line| line.split_once('='));
        let (Some(Some(("rubric", rubric))), Some(Some(("version", version)))) =
            (lines.next(), lines.next())
        else {
            return Err(Unreadable);
        };
        let pairs: Vec<(&str, &str)> = lines.collect::<Option<_>>().ok_or(Unreadable)?;
        let (profile, answers): (Vec<_>, Vec<_>) = pairs
            .into_iter()
            .partition(|(name, _)| name.starts_with(PROFILE_PREFIX));
        let owned = |(name, value): (&str, &str)| (name.to_string(), value.to_string());
        Ok(StoredProgress {
            rubric: rubric.to_string(),
            version: version.parse().map_err(|_| Unreadable)?,
            answers: answers.into_iter().map(owned).collect(),
            profile: profile
                .into_iter()
                .map(|(name, code)| owned((&name[PROFILE_PREFIX.len()..], code)))
                .collect(),
        })
    }

    /// The answers for `rubric`, keeping every stored answer whose item and
    /// answer key still exist.
    pub fn restore(&self, rubric: &Rubric) -> Result<Restored, OtherRubric> {
        if self.rubric != rubric.id {
            return Err(OtherRubric);
        }
        Ok(self.carry_to(rubric))
    }

    /// The answers for `rubric`, another release of the same guide: every
    /// answer whose item and answer key it still has, and every profile
    /// field whose field and code it still has.
    pub fn carry_to(&self, rubric: &Rubric) -> Restored {
        let mut answers = Answers::unanswered(rubric);
        let mut carried = 0;
        for (id, key) in &self.answers {
            if let (Some(item), Some(choice)) = (rubric.item_ix(id), rubric.choice(key)) {
                answers.set(item, Some(choice));
                carried += 1;
            }
        }
        for (id, code) in &self.profile {
            if let Some(field) = rubric.field_ix(id) {
                answers.set_profile(field, rubric.field(field).choice_ix(code));
            }
        }
        Restored { answers, carried }
    }
}
