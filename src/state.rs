//! The widget's state, shared by context: the rubric, the language, the
//! user's own answers, a shared result being viewed, and notices.

use leptos::prelude::*;

use crate::codec::{self, LinkError};
use crate::engine::{evaluate, plan_next_level, Answers, Evaluation, NextSteps};
use crate::i18n::{fill, Lang, Strings};
use crate::rubric::Rubric;
use crate::{page, storage};

/// Something the user must know: shown in a `role="alert"` or
/// `role="status"` element until dismissed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Notice {
    LinkDamaged,
    LinkOtherVersion { version: u32 },
    StorageUnavailable,
    StorageFull,
    StorageSetAside,
    CarriedOver { count: usize },
}

impl Notice {
    pub fn message(self, strings: &Strings, rubric: &Rubric) -> String {
        match self {
            Notice::LinkDamaged => strings.link_damaged.to_string(),
            Notice::LinkOtherVersion { version } => fill(
                strings.link_other_version,
                &[
                    ("version", &version.to_string()),
                    ("current", &rubric.version.to_string()),
                ],
            ),
            Notice::StorageUnavailable => strings.storage_unavailable.to_string(),
            Notice::StorageFull => strings.storage_full.to_string(),
            Notice::StorageSetAside => strings.storage_set_aside.to_string(),
            Notice::CarriedOver { count } => fill(
                strings.storage_carried_over,
                &[("count", &count.to_string())],
            ),
        }
    }

    /// Whether it is about a result link the visitor opened.
    pub fn concerns_link(self) -> bool {
        matches!(self, Notice::LinkDamaged | Notice::LinkOtherVersion { .. })
    }

    /// A link the visitor opened and cannot see is an alert; the rest is
    /// status information.
    pub fn role(self) -> &'static str {
        if self.concerns_link() {
            "alert"
        } else {
            "status"
        }
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

/// Everything the components share. Cheap to copy: signals and a reference.
#[derive(Clone, Copy)]
pub struct AppState {
    pub rubric: &'static Rubric,
    pub lang: RwSignal<Lang>,
    /// The visitor's own answers, saved as they change.
    pub own: RwSignal<Answers>,
    /// A result opened from a link: shown read-only, never saved.
    pub shared: RwSignal<Option<Answers>>,
    pub notices: RwSignal<Vec<Notice>>,
    pub large_text: RwSignal<bool>,
    /// The answers on screen: the shared ones while viewing a link.
    pub shown: Memo<Answers>,
    pub evaluation: Memo<Evaluation>,
    pub next_steps: Memo<NextSteps>,
}

impl AppState {
    /// Reads the language, saved progress and any result link of the page.
    pub fn new(rubric: &'static Rubric) -> AppState {
        let (own_answers, storage_notice) = storage::load(rubric);
        let own = RwSignal::new(own_answers);
        let shared = RwSignal::new(None);
        let shown = Memo::new(move |_| shared.get().unwrap_or_else(|| own.get()));
        let evaluation = Memo::new(move |_| shown.with(|answers| evaluate(rubric, answers)));
        let state = AppState {
            rubric,
            lang: RwSignal::new(Lang::from_query(&page::query())),
            own,
            shared,
            notices: RwSignal::new(storage_notice.into_iter().collect()),
            large_text: RwSignal::new(storage::load_large_text()),
            shown,
            evaluation,
            next_steps: Memo::new(move |_| {
                shown.with(|answers| evaluation.with(|e| plan_next_level(rubric, answers, e)))
            }),
        };
        state.open_fragment(&page::fragment());
        state
    }

    /// The language of the page. The whole page is rebuilt when it changes
    /// (see [`crate::app::App`]), so components read it once, untracked,
    /// and their texts are plain text rather than reactive closures.
    pub fn lang(&self) -> Lang {
        self.lang.get_untracked()
    }

    pub fn strings(&self) -> &'static Strings {
        self.lang().strings()
    }

    pub fn is_shared(&self) -> bool {
        self.shared.with(Option::is_some)
    }

    /// Shows the result a fragment carries, or says why it cannot. A
    /// fragment without a result (none, or another anchor) changes nothing.
    pub fn open_fragment(&self, fragment: &str) {
        let Some(payload) = codec::payload_from_fragment(fragment) else {
            return;
        };
        match codec::decode(self.rubric, payload) {
            Ok(answers) => {
                self.notices.update(|n| n.retain(|n| !n.concerns_link()));
                self.shared.set(Some(answers));
            }
            Err(error) => {
                self.shared.set(None);
                self.notify(error.into());
            }
        }
    }

    /// Leaves a shared result for the visitor's own self-check.
    pub fn leave_shared(&self) {
        page::clear_fragment();
        self.shared.set(None);
    }

    /// Answers an item of the visitor's own self-check.
    pub fn answer(&self, item: usize, choice: Option<u8>) {
        if !self.is_shared() {
            self.own.update(|answers| answers.set(item, choice));
        }
    }

    /// Adds a notice unless it is showing already.
    pub fn notify(&self, notice: Notice) {
        self.notices.update(|notices| {
            if !notices.contains(&notice) {
                notices.push(notice);
            }
        });
    }

    pub fn dismiss(&self, notice: Notice) {
        self.notices
            .update(|notices| notices.retain(|n| *n != notice));
    }

    /// The result link of the answers on screen.
    pub fn share_link(&self) -> String {
        let payload = self
            .shown
            .with(|answers| codec::encode(self.rubric, answers));
        page::address_with_fragment(&format!("{}{payload}", codec::FRAGMENT_KEY))
    }
}

/// The state provided by [`crate::app::App`].
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
