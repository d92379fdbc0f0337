//! The board of notices each page's store holds: what the visitor must be
//! told, shown by [`super::Notices`].

use leptos::prelude::*;

use crate::model::notice::Notice;

/// The notices a page shows, oldest first: what the visitor must be told.
/// Each page's store holds one.
#[derive(Clone, Copy)]
pub struct NoticeBoard(RwSignal<Vec<Notice>>);

impl NoticeBoard {
    /// A board showing `notices`.
    pub fn new(notices: Vec<Notice>) -> NoticeBoard {
        NoticeBoard(RwSignal::new(notices))
    }

    /// The notices, for the page.
    pub fn list(&self) -> ReadSignal<Vec<Notice>> {
        self.0.read_only()
    }

    /// Adds a notice unless it is showing already.
    pub fn notify(&self, notice: Notice) {
        self.0.update(|notices| {
            if !notices.contains(&notice) {
                notices.push(notice);
            }
        });
    }

    /// Dismisses a notice.
    pub fn dismiss(&self, notice: Notice) {
        self.0.update(|notices| notices.retain(|n| *n != notice));
    }

    /// Drops the notices about a result link, once one opens.
    pub fn clear_link_notices(&self) {
        self.0
            .update(|notices| notices.retain(|n| !n.concerns_link()));
    }
}
