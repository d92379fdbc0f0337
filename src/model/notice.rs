//! What the visitor must be told: a link that cannot be read, storage that
//! cannot keep what it was given. The wording and the ARIA role live in
//! [`crate::model::i18n`]; this is only what happened, and to what.

use crate::model::link::codec::LinkError;

/// Something the visitor must know, shown until dismissed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Notice {
    /// The result link opened is damaged, mistyped or cut short.
    LinkDamaged,
    /// The result link opened was made for another version of the guide.
    LinkOtherVersion {
        /// The version it was made for.
        version: u32,
    },
    /// Code fetched on first use could not be fetched (the connection
    /// broke): the reader of a records link opened, or that of a control
    /// of the notes or the plan used. One notice for both, since each
    /// costs start-up bytes; said as an alert, as a link's problems are.
    Unfetched,
    /// This browser does not let the page keep it.
    StorageUnavailable(Kept),
    /// Storage is full: it cannot be kept.
    StorageFull(Kept),
    /// What was kept of it could not be read, and was set aside.
    StorageSetAside(Kept),
    /// Progress saved under an earlier version of the guide was taken over.
    CarriedOver {
        /// How many answers were taken over.
        count: usize,
    },
}

/// What the page keeps in storage, as a notice names it: each fails, and
/// is told of, on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kept {
    /// The widget's answers.
    Progress,
    /// The widget's saved results (snapshots).
    SavedResults,
    /// The officials' reader's pasted list.
    ReaderList,
}

impl Notice {
    /// Whether it is about a result link the visitor opened.
    pub fn concerns_link(self) -> bool {
        matches!(
            self,
            Notice::LinkDamaged | Notice::LinkOtherVersion { .. } | Notice::Unfetched
        )
    }
}

impl From<LinkError> for Notice {
    fn from(error: LinkError) -> Notice {
        match error {
            LinkError::Damaged => Notice::LinkDamaged,
            LinkError::OtherVersion { version } => Notice::LinkOtherVersion { version },
        }
    }
}
