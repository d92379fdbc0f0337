//! Dated snapshots of one's own results, as kept in localStorage.
//!
//! A snapshot keeps its answers as a result link's payload: compact,
//! checked, and versioned with the rubric, so a snapshot saved under one
//! edition of the guide is still read (by that edition) after the next.
//! Each has an id that stays with it, so that a change made in one tab
//! (a snapshot added, one deleted) can be applied to the list another tab
//! has saved meanwhile ([`apply_change`]), and a delete removes the one
//! meant however the list has changed.
//!
//! The stored text is a header line, then one line a snapshot:
//! `ID DATE PAYLOAD NOTE`, the note being the rest of the line. Lists
//! saved before ids (header `selfcheck-snapshots 1`, lines `DATE PAYLOAD
//! NOTE`) are read with each snapshot's line number as its id, the same in
//! every tab, and written in the current form at the next change.
//!
//! ```
//! use selfcheck::model::saved::snapshots::{Snapshot, Snapshots};
//!
//! let saved = vec![Snapshot { id: 1764547200123, date: "2026-11-28".into(), payload: "1ABAAAAAAAAAAAAAAAAAAAA_vE7".into(), note: "申报前".into() }];
//! let text = Snapshots::to_text(&saved);
//! assert_eq!(text, "selfcheck-snapshots 2\n1764547200123 2026-11-28 1ABAAAAAAAAAAAAAAAAAAAA_vE7 申报前\n");
//! assert_eq!(Snapshots::parse(&text), Snapshots { kept: saved, unreadable: 0 });
//!
//! let before_ids = Snapshots::parse("selfcheck-snapshots 1\n2026-11-28 1ABAAAAAAAAAAAAAAAAAAAA_vE7 申报前\n");
//! assert_eq!(before_ids.kept[0].id, 1);
//! ```

use crate::model::link::codec::is_payload_byte;

const HEADER: &str = "selfcheck-snapshots 2";
/// Lists saved before snapshots had ids.
const HEADER_WITHOUT_IDS: &str = "selfcheck-snapshots 1";

/// One saved result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// What it is known by in every tab: unique in its list.
    pub id: u64,
    /// When it was saved, `YYYY-MM-DD`.
    pub date: String,
    /// The answers, as a result link's payload.
    pub payload: String,
    /// The visitor's note, e.g. 2026 年申报前; may be empty.
    pub note: String,
}

/// Snapshots read back from storage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshots {
    /// The snapshots that could be read, oldest first.
    pub kept: Vec<Snapshot>,
    /// How many lines could not be read (the text is then set aside).
    pub unreadable: usize,
}

impl Snapshots {
    /// Reads the stored text; a text without a header is all unreadable.
    pub fn parse(text: &str) -> Snapshots {
        let mut lines = text.lines();
        let with_ids = match lines.next() {
            Some(HEADER) => true,
            Some(HEADER_WITHOUT_IDS) => false,
            _ => {
                return Snapshots {
                    kept: Vec::new(),
                    unreadable: text.lines().count().max(1),
                }
            }
        };
        let mut snapshots = Snapshots::default();
        for (number, line) in (1..).zip(lines).filter(|(_, l)| !l.is_empty()) {
            let read = if with_ids {
                line.split_once(' ')
                    .and_then(|(id, rest)| Some((id.parse().ok()?, rest)))
            } else {
                Some((number, line))
            };
            match read.and_then(|(id, rest)| parse_line(id, rest)) {
                Some(snapshot) if !snapshots.kept.iter().any(|s| s.id == snapshot.id) => {
                    snapshots.kept.push(snapshot)
                }
                _ => snapshots.unreadable += 1,
            }
        }
        snapshots
    }

    /// The stored text of `snapshots`.
    pub fn to_text(snapshots: &[Snapshot]) -> String {
        let mut text = format!("{HEADER}\n");
        for s in snapshots {
            let note = s.note.replace(['\n', '\r'], " ");
            text.push_str(&format!(
                "{} {} {} {}\n",
                s.id,
                s.date,
                s.payload,
                note.trim()
            ));
        }
        text
    }
}

/// `stored` (what storage holds now, perhaps changed by another tab) with
/// this tab's change from `before` to `after` applied: the snapshots that
/// `after` adds, by id, added, and those it no longer has removed.
/// Everything else in `stored` stays. The list is kept in date order
/// (saved results taken from a records file may be older than those here).
///
/// ```
/// use selfcheck::model::saved::snapshots::{apply_change, Snapshot};
///
/// let snapshot = |id| Snapshot { id, date: "2026-11-28".into(), payload: "1AB".into(), note: String::new() };
/// // This tab deleted 1 and added 5; another tab had added 4 meanwhile.
/// let ids = |list: Vec<Snapshot>| list.iter().map(|s| s.id).collect::<Vec<_>>();
/// let merged = apply_change(&[snapshot(1), snapshot(2), snapshot(4)], &[snapshot(1), snapshot(2)], &[snapshot(2), snapshot(5)]);
/// assert_eq!(ids(merged), [2, 4, 5]);
/// ```
pub fn apply_change(stored: &[Snapshot], before: &[Snapshot], after: &[Snapshot]) -> Vec<Snapshot> {
    let has = |list: &[Snapshot], id| list.iter().any(|s| s.id == id);
    let mut merged: Vec<Snapshot> = stored
        .iter()
        .filter(|s| !has(before, s.id) || has(after, s.id))
        .cloned()
        .collect();
    for added in after.iter().filter(|s| !has(before, s.id)) {
        if !has(&merged, added.id) {
            insert_by_date(&mut merged, added.clone());
        }
    }
    merged
}

/// Puts `snapshot` in `list`, kept in date order: after every snapshot of
/// its date or earlier. (A loop, not a sort: a stable sort would bring
/// about 2 KB of code into the widget's start.)
pub fn insert_by_date(list: &mut Vec<Snapshot>, snapshot: Snapshot) {
    let at = list
        .iter()
        .rposition(|s| s.date <= snapshot.date)
        .map_or(0, |i| i + 1);
    list.insert(at, snapshot);
}

fn parse_line(id: u64, line: &str) -> Option<Snapshot> {
    let (date, rest) = line.split_once(' ')?;
    let (payload, note) = rest.split_once(' ').unwrap_or((rest, ""));
    let is_payload = !payload.is_empty() && payload.bytes().all(is_payload_byte);
    (super::is_date(date) && is_payload).then(|| Snapshot {
        id,
        date: date.to_string(),
        payload: payload.to_string(),
        note: note.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_lines_are_counted_and_the_rest_kept() {
        let text = "selfcheck-snapshots 1\n2026-01-02 1ABC note\nnot a snapshot\n2026-13 1AB\n2026-02-03 1ABD\n";
        let read = Snapshots::parse(text);
        assert_eq!(read.unreadable, 2);
        assert_eq!(read.kept.len(), 2);
        assert_eq!(read.kept[1].note, "");
        // Line numbers, as every tab reads them.
        assert_eq!([read.kept[0].id, read.kept[1].id], [1, 4]);
        let text = "selfcheck-snapshots 2\n7 2026-01-02 1ABC\nx 2026-01-02 1ABC\n7 2026-01-03 1ABD\n8 2026-01-04 1ABE\n";
        let read = Snapshots::parse(text);
        // An id that is not a number, and one that repeats, are unreadable.
        assert_eq!(read.unreadable, 2);
        assert_eq!(read.kept.iter().map(|s| s.id).collect::<Vec<_>>(), [7, 8]);
        assert_eq!(Snapshots::parse("{\"json\":1}").unreadable, 1);
        assert_eq!(
            Snapshots::parse("selfcheck-snapshots 1\n"),
            Snapshots::default()
        );
    }

    #[test]
    fn notes_stay_on_their_line() {
        let snapshot = Snapshot {
            id: 1,
            date: "2026-11-28".into(),
            payload: "1AB".into(),
            note: "第一行\n第二行".into(),
        };
        let text = Snapshots::to_text(&[snapshot]);
        assert_eq!(Snapshots::parse(&text).kept[0].note, "第一行 第二行");
    }
}
