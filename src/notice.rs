//! What the visitor must be told: a link that cannot be read, storage that
//! cannot keep progress. The wording and the ARIA role live in
//! [`crate::i18n`]; this is only what happened.

use crate::codec::LinkError;

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
    /// This browser does not let the widget save progress.
    StorageUnavailable,
    /// Storage is full: progress cannot be saved.
    StorageFull,
    /// Saved progress could not be read and was kept aside.
    StorageSetAside,
    /// Progress saved under an earlier version of the guide was taken over.
    CarriedOver {
        /// How many answers were taken over.
        count: usize,
    },
}

impl Notice {
    /// Whether it is about a result link the visitor opened.
    pub fn concerns_link(self) -> bool {
        matches!(self, Notice::LinkDamaged | Notice::LinkOtherVersion { .. })
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
