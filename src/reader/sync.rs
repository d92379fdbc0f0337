//! The reader's outward effects, as [`crate::widget::sync`] is the widget's: it
//! loads the kept list at start, and once the list has settled (typing, or
//! a paste that arrives as many input events) keeps it in localStorage and
//! reads it in time slices between frames, so that ten thousand links never
//! hold up the page.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use super::store::{Outcome, ReaderLoaded, ReaderStore};
use crate::model::cohort::Reading;
use crate::model::rubric::Rubric;
use crate::model::saved::LARGE_TEXT_KEY;
use crate::ui::page_sync;
use crate::web::storage;

/// The longest a slice of reading may hold the main thread, in ms.
const SLICE_MS: f64 = 25.0;
/// Links read between two looks at the clock.
const LINKS_A_LOOK: usize = 100;
/// How long the list must stay unchanged before it is read and kept.
const SETTLE: Duration = Duration::from_millis(120);

/// Loads the kept list, makes the store and keeps the page, storage and
/// the results in step with it.
pub fn start(rubric: &'static Rubric, releases: &'static [Rubric]) -> ReaderStore {
    let address = page_sync::start_page();
    let (text, notice) = storage::load_reader_text();
    let store = ReaderStore::new(
        rubric,
        releases,
        ReaderLoaded {
            address,
            text,
            large_text: storage::load_choice(LARGE_TEXT_KEY),
            notices: notice.into_iter().collect(),
            today: crate::web::page::today,
        },
    );
    page_sync::keep_settings(store.settings, move |lang| store.page_address(lang));
    read_and_keep(store);
    store
}

/// Reads the list (and keeps it) once it has settled after a change, at
/// once at start and when "read" is pressed; a new reading abandons one
/// under way.
fn read_and_keep(store: ReaderStore) {
    let latest = Rc::new(Cell::new(0u32));
    let last_request = Cell::new(None);
    Effect::new(move |ran_before: Option<()>| {
        let request = store.read_requests().get();
        store.text().track();
        latest.set(latest.get().wrapping_add(1));
        let this = latest.get();
        let asked = last_request
            .replace(Some(request))
            .is_some_and(|last| last != request);
        let changed = ran_before.is_some() && !asked;
        let latest = latest.clone();
        let start = move || {
            if latest.get() != this {
                return;
            }
            let reading = store.text().with_untracked(|text| {
                if changed {
                    if let Err(notice) = storage::save_reader_text(text) {
                        store.notices.notify(notice);
                    }
                }
                Reading::new(store.rubric, store.releases, text)
            });
            store.reading_progress(0, reading.links_found());
            read_slice(store, Rc::new(RefCell::new(reading)), latest, this);
        };
        if changed {
            set_timeout(start, SETTLE);
        } else {
            start();
        }
    });
}

/// Reads for up to [`SLICE_MS`], then yields to the browser and goes on,
/// unless a newer reading (`latest`) has begun since `this` one.
fn read_slice(store: ReaderStore, reading: Rc<RefCell<Reading>>, latest: Rc<Cell<u32>>, this: u32) {
    if latest.get() != this {
        return;
    }
    let started = js_sys::Date::now();
    let done = loop {
        let done = reading.borrow_mut().step(LINKS_A_LOOK);
        if done || js_sys::Date::now() - started > SLICE_MS {
            break done;
        }
    };
    if done {
        let reading = reading.replace(Reading::new(store.rubric, store.releases, ""));
        store.reading_done(Outcome::of(store.rubric, reading));
    } else {
        let (read, total) = {
            let reading = reading.borrow();
            (reading.links_read(), reading.links_found())
        };
        store.reading_progress(read, total);
        set_timeout(
            move || read_slice(store, reading, latest, this),
            Duration::ZERO,
        );
    }
}
