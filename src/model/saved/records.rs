//! Records: everything the widget keeps for a rubric (the current answers
//! and profile, every saved result, the notes and the action plan), as one file to keep on a PC
//! ([`Records::to_file`], [`Records::from_file`]) and as one link to keep
//! in a chat ([`Records::to_link_payload`], [`Records::from_link_payload`]).
//! Browsers forget what a page kept (Safari and every iPhone web view after
//! seven days without a visit); these do not. Taking records in
//! ([`Records::merge`]) never loses what this browser has. The file's
//! format is in `docs/records.md`, the link's in `docs/links.md`.
//!
//! Results are written as result link payloads: checked, and versioned
//! with the release of the guide they were made for.
//!
//! ```
//! use selfcheck::model::engine::Answers;
//! use selfcheck::model::rubric::Rubric;
//! use selfcheck::model::saved::records::Records;
//! use selfcheck::model::saved::snapshots::Snapshot;
//!
//! let rubric = Rubric::embedded();
//! let snapshot = Snapshot { id: 7, date: "2026-03-02".into(), payload: "1ABAAAAAAAAAAAAAAAAAAAA_vE7".into(), note: "申报前".into() };
//! let records = Records { answers: Answers::unanswered(rubric), snapshots: vec![snapshot], notebook: Default::default() };
//! let file = records.to_file(rubric, "2026-06-01");
//! assert_eq!(Records::from_file(rubric, &[], &file), Ok(records.clone()));
//!
//! let problems = Records::from_file(rubric, &[], "{\"format\":\"selfcheck-benchmark\"}").unwrap_err();
//! assert_eq!(problems.to_string(), "not a records file: its format is \"selfcheck-benchmark\"");
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::engine::Answers;
use crate::model::link::codec::{self, LinkError};
use crate::model::link::records as link;
use crate::model::rubric::Rubric;
use crate::model::saved::is_date;
use crate::model::saved::notebook::{Notebook, MAX_NOTE};
use crate::model::saved::snapshots::{insert_by_date, Snapshot};

/// What the file says it is.
pub const FORMAT: &str = "selfcheck-records";
/// The version of the format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// Everything the widget keeps for one rubric.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Records {
    /// The current answers and profile, to the current rubric.
    pub answers: Answers,
    /// The saved results, oldest first.
    pub snapshots: Vec<Snapshot>,
    /// The notes, the evidence and the action plan.
    pub notebook: Notebook,
}

/// The file as written.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    format_version: u32,
    rubric: String,
    date: String,
    release: u32,
    answers: String,
    snapshots: Vec<FileSnapshot>,
    #[serde(default)]
    notebook: Notebook,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSnapshot {
    id: u64,
    date: String,
    release: u32,
    answers: String,
    note: String,
}

/// What is read first, to say what a file is before reading the rest.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    format_version: Option<u32>,
    rubric: Option<String>,
}

/// Where in a records file a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The current answers.
    Answers,
    /// A saved result, by its position from 1.
    Snapshot(usize),
    /// An item's note, by its position from 1.
    Note(usize),
    /// A row of the action plan, by its position from 1.
    PlanRow(usize),
}

/// One reason a records file or link is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON, cut short, or not shaped as a records file.
    NotRecords(String),
    /// A file of another format version than this build knows.
    FormatVersion(u32),
    /// Records of another rubric.
    OtherRubric(String),
    /// A result that cannot be read.
    Result(Place, LinkError),
    /// A result whose release is not the one the file says.
    Release(Place, u32),
    /// A date that is not `YYYY-MM-DD`.
    Date(Place, String),
    /// A saved result's id given twice.
    RepeatedId(u64),
    /// A note or plan row of an item this rubric does not have.
    UnknownItem(Place, String),
    /// A second note, or a second plan row, of one item.
    RepeatedItem(Place, String),
    /// A kind of evidence this rubric does not list.
    UnknownEvidence(Place, String),
    /// A note longer than [`MAX_NOTE`] characters.
    LongNote(Place),
    /// A plan row's target that is not an answer with points.
    UnknownTarget(Place, String),
}

/// Every problem found, in file order; refused whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Answers => write!(f, "the current answers"),
            Place::Snapshot(n) => write!(f, "saved result {n}"),
            Place::Note(n) => write!(f, "note {n}"),
            Place::PlanRow(n) => write!(f, "plan row {n}"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotRecords(why) => write!(f, "not a records file: {why}"),
            Problem::FormatVersion(v) => write!(
                f,
                "format version {v}, which this page cannot read (it reads {FORMAT_VERSION})"
            ),
            Problem::OtherRubric(id) => write!(f, "records of another self-check ({id})"),
            Problem::Result(place, error) => write!(f, "{place}: {error}"),
            Problem::Release(place, v) => {
                write!(f, "{place}: its answers are not of release {v}")
            }
            Problem::Date(place, date) => write!(f, "{place}: \"{date}\" is not a date"),
            Problem::RepeatedId(id) => write!(f, "saved result id {id} is given twice"),
            Problem::UnknownItem(place, item) => {
                write!(f, "{place}: this self-check has no item \"{item}\"")
            }
            Problem::RepeatedItem(place, item) => {
                write!(f, "{place}: item \"{item}\" is given twice")
            }
            Problem::UnknownEvidence(place, kind) => {
                write!(f, "{place}: no kind of evidence is called \"{kind}\"")
            }
            Problem::LongNote(place) => {
                write!(f, "{place}: longer than {MAX_NOTE} characters")
            }
            Problem::UnknownTarget(place, target) => {
                write!(f, "{place}: \"{target}\" is not an answer to reach")
            }
        }
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(Problem::to_string).collect();
        write!(f, "{}", lines.join("; "))
    }
}

impl std::error::Error for Problems {}

/// What taking records in changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Taken {
    /// Saved results added (not here before).
    pub snapshots: usize,
    /// Whether the answers and profile were taken.
    pub answers: bool,
    /// Whether this browser's own answers were first kept as a saved result.
    pub kept_own: bool,
    /// Notes taken (new here, or changed later than this browser's).
    pub notes: usize,
    /// Plan entries taken, the same way.
    pub plan: usize,
}

impl Records {
    /// The records file, dated `date` (`YYYY-MM-DD`).
    pub fn to_file(&self, rubric: &Rubric, date: &str) -> String {
        let file = File {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            rubric: rubric.id.to_string(),
            date: date.into(),
            release: rubric.version,
            answers: codec::encode(rubric, &self.answers),
            snapshots: self
                .snapshots
                .iter()
                .map(|s| FileSnapshot {
                    id: s.id,
                    date: s.date.clone(),
                    release: codec::version_of(&s.payload).unwrap_or(0),
                    answers: s.payload.clone(),
                    note: s.note.clone(),
                })
                .collect(),
            notebook: self.notebook.clone(),
        };
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }

    /// Reads a records file for `current` (whose earlier `releases` are
    /// read too); refused whole, naming every problem.
    pub fn from_file(
        current: &Rubric,
        releases: &[Rubric],
        text: &str,
    ) -> Result<Records, Problems> {
        let header: Header = serde_json::from_str(text)
            .map_err(|e| Problems(vec![Problem::NotRecords(e.to_string())]))?;
        let mut problems = Vec::new();
        match header.format.as_deref() {
            Some(FORMAT) => {}
            Some(other) => problems.push(Problem::NotRecords(format!("its format is \"{other}\""))),
            None => problems.push(Problem::NotRecords("it names no format".into())),
        }
        match header.format_version {
            Some(FORMAT_VERSION) | None => {}
            Some(v) => problems.push(Problem::FormatVersion(v)),
        }
        if let Some(rubric) = header.rubric.filter(|r| *r != current.id) {
            problems.push(Problem::OtherRubric(rubric));
        }
        if !problems.is_empty() {
            return Err(Problems(problems));
        }
        let file: File = serde_json::from_str(text)
            .map_err(|e| Problems(vec![Problem::NotRecords(e.to_string())]))?;
        let read = |place, release, payload: &str, problems: &mut Vec<Problem>| {
            match codec::decode_release(current, releases, payload) {
                Ok((rubric, answers)) if rubric.version == release => Some((rubric, answers)),
                Ok(_) => {
                    problems.push(Problem::Release(place, release));
                    None
                }
                Err(error) => {
                    problems.push(Problem::Result(place, error));
                    None
                }
            }
        };
        let answers = read(Place::Answers, file.release, &file.answers, &mut problems);
        let mut snapshots = Vec::new();
        let mut ids = Vec::new();
        for (n, s) in (1..).zip(file.snapshots) {
            let place = Place::Snapshot(n);
            let readable = read(place, s.release, &s.answers, &mut problems).is_some();
            if !is_date(&s.date) {
                problems.push(Problem::Date(place, s.date.clone()));
            }
            if ids.contains(&s.id) {
                problems.push(Problem::RepeatedId(s.id));
            }
            ids.push(s.id);
            if readable {
                snapshots.push(Snapshot {
                    id: s.id,
                    date: s.date,
                    payload: s.answers,
                    note: s.note.replace(['\n', '\r'], " "),
                });
            }
        }
        // Notes and plan entries were made for the release of the answers.
        if let Some((release, _)) = &answers {
            check_notebook(release, &file.notebook, &mut problems);
        }
        if !is_date(&file.date) {
            problems.push(Problem::NotRecords(format!(
                "\"{}\" is not a date",
                file.date
            )));
        }
        match answers {
            Some((rubric, answers)) if problems.is_empty() => Ok(Records {
                answers: carried(rubric, current, &answers),
                snapshots,
                notebook: carried_notebook(file.notebook, current),
            }),
            _ => Err(Problems(problems)),
        }
    }

    /// The payload of the records link ([`link`]): the answers, and every
    /// saved result's date, release and answers (no ids, no notes, no
    /// notebook); none
    /// where a date cannot be written in it.
    pub fn to_link_payload(&self, rubric: &Rubric) -> Option<String> {
        let records = link::Records {
            current: codec::encode(rubric, &self.answers),
            saved: self
                .snapshots
                .iter()
                .map(|s| link::Saved {
                    date: s.date.clone(),
                    payload: s.payload.clone(),
                })
                .collect(),
        };
        link::encode(&rubric.id, &records)
    }

    /// The records a link's payload carries. Their saved results have no
    /// ids yet: `new_id` gives each one ([`Records::merge`] matches them by
    /// date, release and answers).
    pub fn from_link_payload(
        current: &Rubric,
        releases: &[Rubric],
        payload: &str,
        mut new_id: impl FnMut() -> u64,
    ) -> Result<Records, LinkError> {
        let records = link::decode(current, releases, payload)?;
        let (rubric, answers) = codec::decode_release(current, releases, &records.current)?;
        Ok(Records {
            answers: carried(rubric, current, &answers),
            snapshots: records
                .saved
                .into_iter()
                .map(|s| Snapshot {
                    id: new_id(),
                    date: s.date,
                    payload: s.payload,
                    note: String::new(),
                })
                .collect(),
            notebook: Notebook::default(),
        })
    }

    /// Takes `incoming` in: each saved result not here (by id, or by date
    /// and answers where `by_id` is false, as for a link), kept in date
    /// order; its answers and profile, where it has any; and its notes and
    /// plan entries, item by item, where they changed later than ours
    /// ([`Notebook::merge`]). When this browser has answers of its own that
    /// differ, they are first kept as a saved result dated `today` with
    /// `note`, under id `keep_id`.
    pub fn merge(
        &mut self,
        rubric: &Rubric,
        incoming: Records,
        by_id: bool,
        today: &str,
        note: &str,
        keep_id: u64,
    ) -> Taken {
        let mut taken = Taken::default();
        let has_any = |a: &Answers| a.answered() > 0 || a.has_profile();
        if has_any(&incoming.answers) && incoming.answers != self.answers {
            if has_any(&self.answers) {
                let kept = Snapshot {
                    id: keep_id,
                    date: today.into(),
                    payload: codec::encode(rubric, &self.answers),
                    note: note.into(),
                };
                insert_by_date(&mut self.snapshots, kept);
                taken.kept_own = true;
            }
            self.answers = incoming.answers;
            taken.answers = true;
        }
        for snapshot in incoming.snapshots {
            let here = self.snapshots.iter().any(|s| {
                if by_id {
                    s.id == snapshot.id
                } else {
                    s.date == snapshot.date && s.payload == snapshot.payload
                }
            });
            if !here {
                insert_by_date(&mut self.snapshots, snapshot);
                taken.snapshots += 1;
            }
        }
        (taken.notes, taken.plan) = self.notebook.merge(incoming.notebook);
        taken
    }
}

/// The problems of a file's notebook: entries of items or kinds this
/// rubric does not have, an item given twice, a note too long, a target
/// that is not an answer with points, a date that is not one.
fn check_notebook(rubric: &Rubric, notebook: &Notebook, problems: &mut Vec<Problem>) {
    let mut seen = Vec::new();
    for (n, note) in (1..).zip(&notebook.notes) {
        let place = Place::Note(n);
        check_item(rubric, place, &note.item, &mut seen, problems);
        if note.note.chars().count() > MAX_NOTE {
            problems.push(Problem::LongNote(place));
        }
        for kind in &note.evidence {
            if !rubric.has_evidence_kind(kind) {
                problems.push(Problem::UnknownEvidence(place, kind.clone()));
            }
        }
    }
    seen.clear();
    for (n, row) in (1..).zip(&notebook.plan) {
        let place = Place::PlanRow(n);
        check_item(rubric, place, &row.item, &mut seen, problems);
        let points = rubric.choice(&row.target).and_then(|c| rubric.points(c));
        if points.is_none_or(|points| points == 0) {
            problems.push(Problem::UnknownTarget(place, row.target.clone()));
        }
        if !row.date.is_empty() && !is_date(&row.date) {
            problems.push(Problem::Date(place, row.date.clone()));
        }
    }
}

/// A notebook made for an earlier release, without the entries of items,
/// kinds and answers the current rubric no longer has (as saved progress
/// is carried).
fn carried_notebook(mut notebook: Notebook, current: &Rubric) -> Notebook {
    notebook
        .notes
        .retain(|n| current.item_ix(&n.item).is_some());
    for note in &mut notebook.notes {
        note.evidence.retain(|kind| current.has_evidence_kind(kind));
    }
    notebook
        .plan
        .retain(|r| current.item_ix(&r.item).is_some() && current.choice(&r.target).is_some());
    notebook
}

fn check_item<'a>(
    rubric: &Rubric,
    place: Place,
    item: &'a str,
    seen: &mut Vec<&'a str>,
    problems: &mut Vec<Problem>,
) {
    if rubric.item_ix(item).is_none() {
        problems.push(Problem::UnknownItem(place, item.into()));
    } else if seen.contains(&item) {
        problems.push(Problem::RepeatedItem(place, item.into()));
    }
    seen.push(item);
}

/// `answers` to `release`, carried to `current` as saved progress is.
fn carried(release: &Rubric, current: &Rubric, answers: &Answers) -> Answers {
    if release.version == current.version {
        answers.clone()
    } else {
        super::progress::StoredProgress::new(release, answers)
            .carry_to(current)
            .answers
    }
}
