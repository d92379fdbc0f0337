//! Dated snapshots of one's own results, as kept in localStorage.
//!
//! A snapshot keeps its answers as a result link's payload: compact,
//! checked, and versioned with the rubric, so a snapshot saved under one
//! edition of the guide is still read (by that edition) after the next.
//! The stored text is a header line, then one line a snapshot:
//! `DATE PAYLOAD NOTE`, the note being the rest of the line.
//!
//! ```
//! use selfcheck::snapshots::{Snapshot, Snapshots};
//!
//! let saved = vec![Snapshot { date: "2026-11-28".into(), payload: "1ABAAAAAAAAAAAAAAAAAAAA_vE7".into(), note: "申报前".into() }];
//! let text = Snapshots::to_text(&saved);
//! assert_eq!(text, "selfcheck-snapshots 1\n2026-11-28 1ABAAAAAAAAAAAAAAAAAAAA_vE7 申报前\n");
//! assert_eq!(Snapshots::parse(&text), Snapshots { kept: saved, unreadable: 0 });
//! ```

use crate::codec::is_payload_byte;

const HEADER: &str = "selfcheck-snapshots 1";

/// One saved result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
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
    /// Reads the stored text; a text without the header is all unreadable.
    pub fn parse(text: &str) -> Snapshots {
        let mut lines = text.lines();
        if lines.next() != Some(HEADER) {
            return Snapshots {
                kept: Vec::new(),
                unreadable: text.lines().count().max(1),
            };
        }
        let mut snapshots = Snapshots::default();
        for line in lines.filter(|l| !l.is_empty()) {
            match parse_line(line) {
                Some(snapshot) => snapshots.kept.push(snapshot),
                None => snapshots.unreadable += 1,
            }
        }
        snapshots
    }

    /// The stored text of `snapshots`.
    pub fn to_text(snapshots: &[Snapshot]) -> String {
        let mut text = format!("{HEADER}\n");
        for s in snapshots {
            let note = s.note.replace(['\n', '\r'], " ");
            text.push_str(&format!("{} {} {}\n", s.date, s.payload, note.trim()));
        }
        text
    }
}

fn parse_line(line: &str) -> Option<Snapshot> {
    let (date, rest) = line.split_once(' ')?;
    let (payload, note) = rest.split_once(' ').unwrap_or((rest, ""));
    let is_date = date.len() == 10
        && date.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let is_payload = !payload.is_empty() && payload.bytes().all(is_payload_byte);
    (is_date && is_payload).then(|| Snapshot {
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
        assert_eq!(Snapshots::parse("{\"json\":1}").unreadable, 1);
        assert_eq!(
            Snapshots::parse("selfcheck-snapshots 1\n"),
            Snapshots::default()
        );
    }

    #[test]
    fn notes_stay_on_their_line() {
        let snapshot = Snapshot {
            date: "2026-11-28".into(),
            payload: "1AB".into(),
            note: "第一行\n第二行".into(),
        };
        let text = Snapshots::to_text(&[snapshot]);
        assert_eq!(Snapshots::parse(&text).kept[0].note, "第一行 第二行");
    }
}
