//! What both pages (the widget and the officials' reader) keep alike: the
//! visitor's settings, the language and the large-text mode, and the board
//! of notices. Signals with intent methods and no I/O, like
//! [`crate::store`]; [`crate::sync`] saves the settings and applies them to
//! the page.

use leptos::prelude::*;

use crate::i18n::{Lang, Strings};
use crate::notice::Notice;

/// The language and the large-text mode. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Settings {
    lang: RwSignal<Lang>,
    large_text: RwSignal<bool>,
}

impl Settings {
    /// Settings starting from what was loaded.
    pub fn new(lang: Lang, large_text: bool) -> Settings {
        Settings {
            lang: RwSignal::new(lang),
            large_text: RwSignal::new(large_text),
        }
    }

    /// The language of the page. The whole page is rebuilt when it changes,
    /// so components read it once, untracked, and their texts are plain
    /// text rather than reactive closures.
    pub fn lang(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// The language, tracked: for rebuilding the page and for sync.
    pub fn lang_signal(&self) -> ReadSignal<Lang> {
        self.lang.read_only()
    }

    /// The interface's strings in the page's language.
    pub fn strings(&self) -> &'static Strings {
        self.lang().strings()
    }

    /// Whether the large-text mode is on.
    pub fn large_text(&self) -> ReadSignal<bool> {
        self.large_text.read_only()
    }

    /// Switches to the other language.
    pub fn switch_language(&self) {
        self.lang.update(|lang| *lang = lang.other());
    }

    /// Turns the large-text mode on or off.
    pub fn toggle_large_text(&self) {
        self.large_text.update(|on| *on = !*on);
    }
}

/// The settings provided by the page's application.
pub fn use_settings() -> Settings {
    expect_context::<Settings>()
}

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
