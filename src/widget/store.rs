//! The widget's state, shared by context, and the only way to change it.
//!
//! Data flows one way, as in Leptos' todomvc: components read the store's
//! signals and call its intent methods (`answer`, `start_over`,
//! `open_link`, …; the language and large text are [`Settings`]); the
//! widget's sync module watches the same signals and carries every change
//! out of the widget (storage, the address, the host page). The store itself does no I/O and knows nothing of presentation:
//! it is given what was loaded at start ([`Loaded`]) and holds the answers,
//! the result on screen and what the visitor must be told.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::engine::{evaluate, plan_next_level, Answers, Evaluation, NextSteps};
use crate::model::i18n::{Lang, Strings};
use crate::model::link::codec;
use crate::model::link::Address;
use crate::model::link::{comparison_in_fragment, payload_in_fragment, records_in_fragment};
use crate::model::notice::Notice;
use crate::model::rubric::{Choice, FieldIx, ItemIx, Rubric};
use crate::model::saved::notebook::Notebook;
use crate::model::saved::progress::StoredProgress;
use crate::model::saved::records::{Records, Taken};
use crate::model::saved::snapshots::Snapshot;
use crate::ui::settings::Settings;
use crate::ui::NoticeBoard;

/// What [`crate::widget::sync`] read at start.
pub struct Loaded {
    /// The page's address: language, a result link, the base of links.
    pub address: Address,
    /// Saved progress, or none.
    pub own: Answers,
    /// Whether large text was turned on in an earlier visit.
    pub large_text: bool,
    /// What reading storage found that the visitor must know.
    pub notices: Vec<Notice>,
    /// Results saved earlier, oldest first.
    pub snapshots: Vec<Snapshot>,
    /// A new snapshot's id: later than any earlier one's, and unlike any
    /// another tab makes.
    pub new_snapshot_id: fn() -> u64,
    /// Today's date, `YYYY-MM-DD`, when asked: a page left open overnight
    /// dates what it saves the day it saves it.
    pub today: fn() -> String,
    /// Whether this browser was told once already how to keep its records.
    pub advised: bool,
    /// Whether this browser keeps a notebook (notes, evidence, a plan).
    pub notebook_kept: bool,
}

/// One of two results being compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The visitor's own answers as they are now.
    Current,
    /// A saved snapshot, by its id.
    Snapshot(u64),
    /// The result on screen from a link.
    Shared,
    /// The earlier result of a comparison link.
    SharedBefore,
}

/// A result ready to compare: the rubric it was made for and its answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    /// What it is.
    pub side: Side,
    /// The rubric (release) it is scored by.
    pub rubric: &'static Rubric,
    /// Its answers.
    pub answers: Answers,
    /// Its result link's payload.
    pub payload: String,
}

/// A result opened from a link, with the rubric it was made for.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedResult {
    /// The current rubric, or the earlier release the link names.
    pub rubric: &'static Rubric,
    /// The answers the link carries.
    pub answers: Answers,
}

/// Everything the components share. Cheap to copy: signals and references.
#[derive(Clone, Copy)]
pub struct Store {
    /// The rubric chosen at build time: the visitor's own answers are to it.
    pub current: &'static Rubric,
    /// Its earlier releases, oldest first: links made for them still open.
    pub releases: &'static [Rubric],
    /// The language and the large-text mode.
    pub settings: Settings,
    address: StoredValue<Address>,
    own: RwSignal<Answers>,
    shared: RwSignal<Option<SharedResult>>,
    /// The earlier result, while viewing a comparison link.
    shared_before: RwSignal<Option<SharedResult>>,
    /// What the visitor must be told.
    pub notices: NoticeBoard,
    snapshots: RwSignal<Vec<Snapshot>>,
    today: fn() -> String,
    new_snapshot_id: fn() -> u64,
    comparing: RwSignal<Option<(Side, Side)>>,
    /// The version of the rubric on screen: an earlier one while viewing a
    /// link made for it.
    pub shown_version: Memo<u32>,
    /// The answers on screen: the shared ones while viewing a link.
    pub shown: Memo<Answers>,
    /// The result of the answers on screen.
    pub evaluation: Memo<Evaluation>,
    /// The fewest changes to the next level from the answers on screen.
    pub next_steps: Memo<NextSteps>,
    /// The result link of the answers on screen.
    pub share_link: Memo<String>,
    /// The profile on screen, each field's choice in rubric order: what
    /// shows it changes with it, not with every answer.
    pub profile: Memo<Vec<Option<u8>>>,
    /// The text of the benchmark file published beside the page, once
    /// fetched; none where there is none.
    benchmark: RwSignal<Option<Arc<str>>>,
    /// The payload of the records link on screen, if one is: its records
    /// are read again when taken in (a signal of a type the page has
    /// already, so that it costs no start-up bytes).
    records_link: RwSignal<Option<Arc<str>>>,
    /// Whether the records' controls are open.
    pub records_open: RwSignal<bool>,
    /// As HTML text: the banner of the records link on screen; else what
    /// the last import took (a status) or why it was refused (an alert).
    pub records_message: RwSignal<String>,
    /// Whether to show how to keep the records: once, after the first
    /// thing worth keeping is saved.
    pub records_advice: RwSignal<bool>,
    /// Whether this browser was told how to keep its records already.
    advised: RwSignal<bool>,
    /// Whether this browser keeps a notebook: the notes, evidence and plan,
    /// which code fetched on first use reads and writes. Set again when
    /// another tab changes it, so that it is drawn again.
    pub notebook_kept: RwSignal<bool>,
}

impl Store {
    /// The store for `current` and its earlier `releases`, starting from
    /// what was loaded; opens the result link the address carries, if any.
    pub fn new(current: &'static Rubric, releases: &'static [Rubric], loaded: Loaded) -> Store {
        let own = RwSignal::new(loaded.own);
        let shared: RwSignal<Option<SharedResult>> = RwSignal::new(None);
        let settings = Settings::new(loaded.address.lang(), loaded.large_text);
        let lang = settings.lang_signal();
        let address = StoredValue::new(loaded.address);
        let rubric = move || shared.with(|s| s.as_ref().map_or(current, |s| s.rubric));
        let shown = Memo::new(move |_| {
            shared
                .with(|s| s.as_ref().map(|s| s.answers.clone()))
                .unwrap_or_else(|| own.get())
        });
        let evaluation = Memo::new(move |_| shown.with(|answers| evaluate(rubric(), answers)));
        let store = Store {
            current,
            releases,
            settings,
            address,
            own,
            shared,
            shared_before: RwSignal::new(None),
            notices: NoticeBoard::new(loaded.notices),
            snapshots: RwSignal::new(loaded.snapshots),
            today: loaded.today,
            new_snapshot_id: loaded.new_snapshot_id,
            comparing: RwSignal::new(None),
            benchmark: RwSignal::new(None),
            records_link: RwSignal::new(None),
            records_open: RwSignal::new(false),
            records_message: RwSignal::new(String::new()),
            records_advice: RwSignal::new(false),
            advised: RwSignal::new(loaded.advised),
            notebook_kept: RwSignal::new(loaded.notebook_kept),
            profile: Memo::new(move |_| shown.with(|answers| answers.profile_choices().collect())),
            shown_version: Memo::new(move |_| rubric().version),
            shown,
            evaluation,
            next_steps: Memo::new(move |_| {
                shown.with(|answers| evaluation.with(|e| plan_next_level(rubric(), answers, e)))
            }),
            share_link: Memo::new(move |_| {
                let payload = shown.with(|answers| codec::encode(rubric(), answers));
                address.with_value(|a| a.result_link(lang.get(), &payload))
            }),
        };
        let fragment = address.with_value(|a| a.fragment().to_string());
        store.open_link(&fragment);
        store
    }

    // What components and sync read.

    /// The rubric on screen, read once: the current one, or the earlier
    /// release a shared result was made for. The page is rebuilt when it
    /// changes (see [`crate::widget::App`]).
    pub fn rubric(&self) -> &'static Rubric {
        self.shared
            .with_untracked(|s| s.as_ref().map_or(self.current, |s| s.rubric))
    }

    /// Whether the result on screen was made for an earlier release, read
    /// once (the page is rebuilt when it changes).
    pub fn shows_earlier_release(&self) -> bool {
        self.shown_version.get_untracked() != self.current.version
    }

    /// The language of the page, read once (see [`Settings::lang`]).
    pub fn lang(&self) -> Lang {
        self.settings.lang()
    }

    /// The interface's strings in the page's language.
    pub fn strings(&self) -> &'static Strings {
        self.settings.strings()
    }

    /// The visitor's own answers, saved as they change.
    pub fn own(&self) -> ReadSignal<Answers> {
        self.own.read_only()
    }

    /// The fewest changes to the next level from the answers on screen,
    /// worked out now if they changed, read once.
    pub fn next_steps_now(&self) -> NextSteps {
        self.next_steps.get_untracked()
    }

    /// The visitor's own answers as they are now, read once.
    pub fn own_now(&self) -> Answers {
        self.own.get_untracked()
    }

    /// Whether a shared result is on screen.
    pub fn is_shared(&self) -> bool {
        self.shared.with(Option::is_some)
    }

    /// Today's date, `YYYY-MM-DD`, now.
    pub fn today(&self) -> String {
        (self.today)()
    }

    /// The results saved earlier, oldest first.
    pub fn snapshots(&self) -> ReadSignal<Vec<Snapshot>> {
        self.snapshots.read_only()
    }

    /// The benchmark file's text, once one is found beside the page.
    pub fn benchmark(&self) -> ReadSignal<Option<Arc<str>>> {
        self.benchmark.read_only()
    }

    /// Whether a comparison link is on screen.
    pub fn comparison_link_shown(&self) -> bool {
        self.shared_before.with(Option::is_some)
    }

    /// Whether the visitor chose to compare `before` with `after`.
    pub fn is_comparing(&self, before: Side, after: Side) -> bool {
        self.comparing.get() == Some((before, after))
    }

    /// Which two results are compared, earlier first: chosen by the
    /// visitor, or carried by a comparison link.
    pub fn compared_sides(&self) -> Option<(Side, Side)> {
        if self.comparison_link_shown() {
            return Some((Side::SharedBefore, Side::Shared));
        }
        self.comparing.get()
    }

    /// The two results being compared ([`Store::compared_sides`]), if both
    /// (still) exist.
    pub fn comparison(&self) -> Option<(Compared, Compared)> {
        let (before, after) = self.compared_sides()?;
        Some((self.side(before)?, self.side(after)?))
    }

    /// One result to compare, if it (still) exists.
    pub fn side(&self, side: Side) -> Option<Compared> {
        let shared = |signal: RwSignal<Option<SharedResult>>| {
            signal.with(|s| s.as_ref().map(|s| (s.rubric, s.answers.clone())))
        };
        let (rubric, answers) = match side {
            Side::Current => (self.current, self.own.get()),
            Side::Shared => shared(self.shared)?,
            Side::SharedBefore => shared(self.shared_before)?,
            Side::Snapshot(id) => {
                let payload = self
                    .snapshots
                    .with(|s| s.iter().find(|s| s.id == id).map(|s| s.payload.clone()))?;
                codec::decode_release(self.current, self.releases, &payload).ok()?
            }
        };
        let payload = codec::encode(rubric, &answers);
        Some(Compared {
            side,
            rubric,
            answers,
            payload,
        })
    }

    /// The link that opens the comparison of `before` and `after`.
    pub fn comparison_link(&self, before: &Compared, after: &Compared) -> String {
        let lang = self.settings.lang_signal().get();
        self.address
            .with_value(|a| a.comparison_link(lang, &before.payload, &after.payload))
    }

    /// The records link whose payload is `payload`, in the page's language.
    pub fn records_link(&self, payload: &str) -> String {
        let lang = self.settings.lang_signal().get_untracked();
        self.address.with_value(|a| a.records_link(lang, payload))
    }

    /// This page's address in `lang`, without a fragment.
    pub fn page_address(&self, lang: Lang) -> String {
        self.address.with_value(|a| a.page(lang))
    }

    // Intents: what the visitor does.

    /// Answers an item of the visitor's own self-check (not of a shared
    /// result, which is read-only).
    pub fn answer(&self, item: ItemIx, answer: Option<Choice>) {
        // Only ever to the current rubric: a shared result is read-only.
        if !self.is_shared() {
            self.own.update(|answers| answers.set(item, answer));
        }
    }

    /// Gives the visitor's own profile field `field` the choice at this
    /// position, or takes it back (`None`, "not given").
    pub fn set_profile(&self, field: FieldIx, choice: Option<u8>) {
        if !self.is_shared() {
            self.own
                .update(|answers| answers.set_profile(field, choice));
        }
    }

    /// Takes the answers given in the page's opening before the widget
    /// started (each an item's id and an answer's key, as its radios name
    /// them) as the visitor's own. They are newer than saved progress, so
    /// each wins over its item's saved answer; every other saved answer
    /// stays. A shared result is read-only, and its opening was too.
    pub fn answered_before_start(&self, given: &[(String, String)]) {
        if given.is_empty() || self.is_shared() {
            return;
        }
        let rubric = self.current;
        self.own.update(|answers| {
            for (item, choice) in given {
                if let (Some(item), Some(choice)) = (rubric.item_ix(item), rubric.choice(choice)) {
                    answers.set(item, Some(choice));
                }
            }
        });
    }

    /// Clears every answer of the visitor's own self-check.
    pub fn start_over(&self) {
        self.own.set(Answers::unanswered(self.current));
    }

    /// Shows the result a fragment carries, or says why it cannot. A
    /// fragment without a result (none, or another anchor) changes nothing,
    /// and so does a records link: it is opened by
    /// [`Store::open_records_link`], from code fetched on first use.
    pub fn open_link(&self, fragment: &str) {
        let read = |payload| {
            codec::decode_release(self.current, self.releases, payload)
                .map(|(rubric, answers)| SharedResult { rubric, answers })
        };
        // The result, and for a comparison link the earlier one beside it.
        let opened =
            if let Some((before, after)) = comparison_in_fragment(fragment, &self.current.id) {
                read(before).and_then(|before| Ok((Some(before), read(after)?)))
            } else if let Some(payload) = payload_in_fragment(fragment, &self.current.id) {
                read(payload).map(|shared| (None, shared))
            } else {
                return;
            };
        match opened {
            Ok((before, shared)) => self.show_shared(before, shared, None),
            Err(error) => {
                self.leave_shared_view();
                self.notices.notify(error.into());
            }
        }
    }

    /// Shows the latest result of the records link a fragment carries,
    /// read-only, its records kept aside until taken in
    /// ([`Store::take_records_link`]); or says why it cannot. Anything
    /// else changes nothing.
    pub fn open_records_link(&self, fragment: &str) {
        let Some(payload) = records_in_fragment(fragment, &self.current.id) else {
            return;
        };
        match Records::from_link_payload(self.current, self.releases, payload, || 0) {
            Ok(records) => {
                let shared = SharedResult {
                    rubric: self.current,
                    answers: records.answers,
                };
                self.show_shared(None, shared, Some(payload.into()));
            }
            Err(error) => {
                self.leave_shared_view();
                self.notices.notify(error.into());
            }
        }
    }

    fn show_shared(
        &self,
        before: Option<SharedResult>,
        shared: SharedResult,
        records: Option<Arc<str>>,
    ) {
        self.notices.clear_link_notices();
        self.comparing.set(None);
        self.shared_before.set(before);
        self.records_link.set(records);
        self.records_message.set(String::new());
        self.shared.set(Some(shared));
    }

    /// Takes the shared result's answers as the visitor's own, to carry on
    /// from (on another device, say), and leaves the shared view. A result
    /// of an earlier release keeps its answers wherever their items still
    /// exist, as saved progress does.
    pub fn continue_from_shared(&self) {
        // A shared result is of this guide (a link of another is refused
        // when opened), so it carries over as a release of it.
        let restored = self.shared.with_untracked(|s| {
            s.as_ref()
                .map(|s| StoredProgress::new(s.rubric, &s.answers).carry_to(self.current))
        });
        if let Some(restored) = restored {
            self.own.set(restored.answers);
        }
        self.leave_shared_view();
    }

    /// Leaves a shared result for the visitor's own self-check.
    pub fn leave_shared_view(&self) {
        self.comparing.set(None);
        self.shared_before.set(None);
        self.records_link.set(None);
        self.records_message.set(String::new());
        self.shared.set(None);
    }

    /// The records of the records link on screen, their saved results
    /// given new ids; none while none is on screen.
    pub fn records_of_link(&self) -> Option<Records> {
        let payload = self.records_link.get_untracked()?;
        Records::from_link_payload(self.current, self.releases, &payload, self.new_snapshot_id).ok()
    }

    /// Everything this browser keeps for the current rubric, with its
    /// `notebook` (which the code fetched on first use reads from storage).
    pub fn records(&self, notebook: Notebook) -> Records {
        Records {
            answers: self.own_now(),
            snapshots: self.snapshots.get_untracked(),
            notebook,
        }
    }

    /// Takes records in ([`Records::merge`]): saved results by id (by date
    /// and answers where `by_id` is false), the answers, first keeping the
    /// visitor's own as a saved result noted `note` where they differ, and
    /// the notes and plan into `notebook`. Returns what was taken, and the
    /// notebook as merged, to keep.
    pub fn take_records(
        &self,
        notebook: Notebook,
        incoming: Records,
        by_id: bool,
        note: &str,
    ) -> (Taken, Notebook) {
        let mut records = self.records(notebook);
        let taken = records.merge(
            self.current,
            incoming,
            by_id,
            &self.today(),
            note,
            (self.new_snapshot_id)(),
        );
        if taken.answers {
            self.own.set(records.answers);
        }
        if taken.snapshots > 0 || taken.kept_own {
            self.snapshots.set(records.snapshots);
            self.advise_keeping_records();
        }
        (taken, records.notebook)
    }

    /// Takes in the records of the records link on screen (no notebook),
    /// and leaves it for the visitor's own self-check.
    pub fn take_records_link(&self, note: &str) -> Option<Taken> {
        let incoming = self.records_of_link()?;
        self.leave_shared_view();
        Some(
            self.take_records(Notebook::default(), incoming, false, note)
                .0,
        )
    }

    /// Shows how to keep the records, the first time only: once a result,
    /// a note or a plan entry is saved.
    pub fn advise_keeping_records(&self) {
        if !self.advised.get_untracked() {
            self.advised.set(true);
            self.records_advice.set(true);
        }
    }

    /// Saves the visitor's own answers as a snapshot dated today.
    pub fn save_snapshot(&self, note: &str) {
        let payload = self.own.with(|own| codec::encode(self.current, own));
        let date = self.today();
        let note = note.trim().to_string();
        let id = (self.new_snapshot_id)();
        self.snapshots.update(|s| {
            s.push(Snapshot {
                id,
                date,
                payload,
                note,
            })
        });
        self.advise_keeping_records();
    }

    /// Deletes the snapshot `id`, and any comparison that shows it.
    pub fn delete_snapshot(&self, id: u64) {
        self.comparing.set(None);
        self.snapshots.update(|s| s.retain(|s| s.id != id));
    }

    /// Compares two results, `before` the earlier.
    pub fn compare(&self, before: Side, after: Side) {
        self.comparing.set(Some((before, after)));
    }

    /// Closes the comparison.
    pub fn close_comparison(&self) {
        self.comparing.set(None);
    }

    // What sync reports from outside.

    /// A benchmark file stands beside the page: this is its text.
    pub fn benchmark_published(&self, text: String) {
        self.benchmark.set(Some(text.into()));
    }

    /// Takes the answers another tab saved.
    pub fn saved_elsewhere(&self, answers: Answers) {
        if self.own.with_untracked(|own| *own != answers) {
            self.own.set(answers);
        }
    }

    /// Takes the snapshots as storage holds them after another tab's
    /// change (or this tab's, merged with another's); a comparison that
    /// shows one no longer there closes.
    pub fn snapshots_saved_elsewhere(&self, snapshots: Vec<Snapshot>) {
        if self.snapshots.with_untracked(|s| *s == snapshots) {
            return;
        }
        let gone = |side: Side| matches!(side, Side::Snapshot(id) if !snapshots.iter().any(|s| s.id == id));
        if self
            .comparing
            .with_untracked(|c| c.is_some_and(|(before, after)| gone(before) || gone(after)))
        {
            self.comparing.set(None);
        }
        self.snapshots.set(snapshots);
    }
}

/// The store provided by [`crate::widget::App`].
pub fn use_store() -> Store {
    crate::ui::provided("the widget's store is provided before its components")
}
