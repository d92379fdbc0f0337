//! The reader's state and its intents, as [`crate::widget::store`] is the widget's:
//! signals, no I/O. [`super::sync`] reads the pasted list in steps and
//! reports back with `reading_progress` and `reading_done`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::cohort::{CohortFigures, CohortResult, Filter, Reading, Refused, Repeat};
use crate::model::i18n::{Lang, ReaderStrings};
use crate::model::link::Address;
use crate::model::notice::Notice;
use crate::model::rubric::{FieldIx, LevelIx, PartIx, Rubric};
use crate::ui::settings::Settings;
use crate::ui::NoticeBoard;

/// What one reading of the list found, summed up.
pub struct Outcome {
    /// How many links were found.
    pub found: usize,
    /// Distinct valid results, in input order.
    pub results: Vec<CohortResult>,
    /// Links refused, in input order.
    pub refused: Vec<Refused>,
    /// Links repeating an earlier result.
    pub repeats: Vec<Repeat>,
    /// The cohort's figures, over every result.
    pub summary: Arc<CohortFigures>,
}

impl Outcome {
    /// Sums up a finished reading.
    pub fn of(rubric: &Rubric, reading: Reading) -> Outcome {
        let summary = Arc::new(CohortFigures::of(rubric, &reading.results));
        Outcome {
            found: reading.links_found(),
            results: reading.results,
            refused: reading.refused,
            repeats: reading.repeats,
            summary,
        }
    }
}

/// A column the results table can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// Input order.
    Line,
    /// The label.
    Label,
    /// The overall score.
    Overall,
    /// The level reached.
    Level,
    /// A part's score.
    Part(PartIx),
    /// How many items are answered.
    Answered,
}

/// How the results table is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    /// The column.
    pub column: Column,
    /// Highest first.
    pub descending: bool,
}

/// What the reader starts from.
pub struct ReaderLoaded {
    /// The page's address: its language.
    pub address: Address,
    /// The list kept from an earlier visit.
    pub text: String,
    /// Whether large text was turned on in an earlier visit.
    pub large_text: bool,
    /// What reading storage found that the visitor must know.
    pub notices: Vec<Notice>,
    /// Today's date, `YYYY-MM-DD`, when asked (for the printed report).
    pub today: fn() -> String,
}

/// Everything the reader's components share. Cheap to copy.
#[derive(Clone, Copy)]
pub struct ReaderStore {
    /// The rubric chosen at build time.
    pub rubric: &'static Rubric,
    /// Its earlier releases: their results are read too, by their rules.
    pub releases: &'static [Rubric],
    /// The language and the large-text mode.
    pub settings: Settings,
    address: StoredValue<Address>,
    today: fn() -> String,
    text: RwSignal<String>,
    /// Bumped by "read" to read the same text again.
    read_requests: RwSignal<u32>,
    progress: RwSignal<Option<(usize, usize)>>,
    outcome: RwSignal<Option<Arc<Outcome>>>,
    /// What the visitor must be told.
    pub notices: NoticeBoard,
    sort: RwSignal<Sort>,
    level_filter: RwSignal<Option<LevelIx>>,
    profile_filter: RwSignal<Filter>,
    /// The cohort's figures over the results the profile filter admits.
    pub summary: Memo<Option<Arc<CohortFigures>>>,
}

impl ReaderStore {
    /// The store, starting from what was loaded.
    pub fn new(
        rubric: &'static Rubric,
        releases: &'static [Rubric],
        loaded: ReaderLoaded,
    ) -> ReaderStore {
        let outcome: RwSignal<Option<Arc<Outcome>>> = RwSignal::new(None);
        let profile_filter = RwSignal::new(Filter::all(rubric));
        let summary = Memo::new(move |_| {
            let outcome = outcome.get()?;
            let filter = profile_filter.get();
            Some(if filter == Filter::all(rubric) {
                outcome.summary.clone()
            } else {
                Arc::new(CohortFigures::of_segment(rubric, &outcome.results, &filter))
            })
        });
        ReaderStore {
            rubric,
            releases,
            settings: Settings::new(loaded.address.lang(), loaded.large_text),
            address: StoredValue::new(loaded.address),
            today: loaded.today,
            text: RwSignal::new(loaded.text),
            read_requests: RwSignal::new(0),
            progress: RwSignal::new(None),
            outcome,
            notices: NoticeBoard::new(loaded.notices),
            sort: RwSignal::new(Sort {
                column: Column::Line,
                descending: false,
            }),
            level_filter: RwSignal::new(None),
            profile_filter,
            summary,
        }
    }

    // What components and sync read.

    /// The page's language, read once.
    pub fn lang(&self) -> Lang {
        self.settings.lang()
    }

    /// The reader's strings in the page's language.
    pub fn strings(&self) -> &'static ReaderStrings {
        self.lang().reader_strings()
    }

    /// Today's date, `YYYY-MM-DD`.
    pub fn today(&self) -> String {
        (self.today)()
    }

    /// The pasted list.
    pub fn text(&self) -> ReadSignal<String> {
        self.text.read_only()
    }

    /// Changes each time the list should be read (again).
    pub fn read_requests(&self) -> ReadSignal<u32> {
        self.read_requests.read_only()
    }

    /// Links read and found, while a reading is under way.
    pub fn progress(&self) -> ReadSignal<Option<(usize, usize)>> {
        self.progress.read_only()
    }

    /// The last finished reading.
    pub fn outcome(&self) -> ReadSignal<Option<Arc<Outcome>>> {
        self.outcome.read_only()
    }

    /// How the results table is sorted.
    pub fn sort(&self) -> ReadSignal<Sort> {
        self.sort.read_only()
    }

    /// The level the table is filtered by, if any.
    pub fn level_filter(&self) -> ReadSignal<Option<LevelIx>> {
        self.level_filter.read_only()
    }

    /// The segment every figure and the table are narrowed to.
    pub fn profile_filter(&self) -> ReadSignal<Filter> {
        self.profile_filter.read_only()
    }

    /// This page's address in `lang`.
    pub fn page_address(&self, lang: Lang) -> String {
        self.address.with_value(|a| a.page(lang))
    }

    // Intents.

    /// The list as typed, pasted or opened from a file.
    pub fn set_text(&self, text: String) {
        self.text.set(text);
    }

    /// Reads the list again.
    pub fn read(&self) {
        self.read_requests.update(|n| *n = n.wrapping_add(1));
    }

    /// Forgets the list and its results.
    pub fn clear(&self) {
        self.text.set(String::new());
    }

    /// Sorts the table by `column`; again by the same column reverses it.
    pub fn sort_by(&self, column: Column) {
        self.sort.update(|sort| {
            *sort = Sort {
                column,
                // Scores and levels read best highest first.
                descending: if sort.column == column {
                    !sort.descending
                } else {
                    !matches!(column, Column::Line | Column::Label)
                },
            }
        });
    }

    /// Shows only results of this level, or all.
    pub fn filter_level(&self, level: Option<LevelIx>) {
        self.level_filter.set(level);
    }

    /// Narrows every figure to results whose profile field `field` has the
    /// choice at this position, or widens it to all (`None`).
    pub fn filter_profile(&self, field: FieldIx, choice: Option<u8>) {
        self.profile_filter
            .update(|filter| filter.fields[field.index()] = choice);
    }

    // What sync reports.

    /// `read` of the `total` links found are read so far.
    pub fn reading_progress(&self, read: usize, total: usize) {
        self.progress.set(Some((read, total)));
    }

    /// The reading is done.
    pub fn reading_done(&self, outcome: Outcome) {
        self.progress.set(None);
        self.outcome.set(Some(Arc::new(outcome)));
    }
}

/// The store provided by [`super::start`].
pub fn use_reader() -> ReaderStore {
    crate::ui::provided("the reader's store is provided before its components")
}
