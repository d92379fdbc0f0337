//! The visitor's settings, alike on both pages: the language and the
//! large-text mode. Signals with intent methods and no I/O, like the
//! stores; [`super::page_sync`] saves them and applies them to the page.

use leptos::prelude::*;

use crate::model::i18n::{Lang, Strings};

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
    super::provided("the settings are provided before the page's components")
}
