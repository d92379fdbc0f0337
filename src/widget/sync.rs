//! The one home of the outward effects. At start it reads what the store
//! begins with (the address, saved progress, the large-text choice); from
//! then on it watches the store and carries each change out: answers (once
//! the tap is painted, or at once when the page is left) and large text to
//! localStorage, the language to the address and
//! `<html lang>`, leaving a shared result to the address, the height to a
//! host frame. Once started, it fetches the benchmark file. It also listens to the outside for the store: another tab
//! saving answers, a result link pasted into the address bar, a panic.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::model::link::is_records_fragment;
use crate::model::notice::Notice;
use crate::model::rubric::Rubric;
use crate::model::saved::{LARGE_TEXT_KEY, RECORDS_ADVICE_KEY};
use crate::ui::page_sync;
use crate::web::{page, storage};
use crate::widget::components::records_link_opened;
use crate::widget::store::{Loaded, Store};

/// Loads what the store starts from, makes the store and keeps the page
/// and storage in step with it for as long as the page lives.
pub fn start(rubric: &'static Rubric, releases: &'static [Rubric]) -> Store {
    let address = page_sync::start_page();
    let (own, notice) = storage::load(rubric);
    let (snapshots, snapshots_notice) = storage::load_snapshots(rubric);
    let store = Store::new(
        rubric,
        releases,
        Loaded {
            address,
            own,
            large_text: storage::load_choice(LARGE_TEXT_KEY),
            notices: notice.into_iter().chain(snapshots_notice).collect(),
            snapshots,
            new_snapshot_id: page::new_snapshot_id,
            today: page::today,
            advised: storage::load_choice(RECORDS_ADVICE_KEY),
            notebook_kept: storage::keeps_notebook(rubric),
        },
    );
    open_records_link(store, &page::fragment());
    save_answers(store);
    page_sync::keep_settings(store.settings, move |lang| store.page_address(lang));
    keep_shared_view_in_address(store);
    listen_to_the_outside(store);
    page::fit_into_host_frame();
    fetch_benchmark(store);
    // Only in a build for the crash test (`--features crash-test`).
    #[cfg(feature = "crash-test")]
    if page::fragment() == "#crash" {
        panic!("a panic asked for by the crash test");
    }
    store
}

/// Saves the answers once the frame of the tap that changed them is
/// painted, and at once when the page is hidden or left, so that a tab
/// closed right after a tap loses nothing. Snapshots are saved at once.
fn save_answers(store: Store) {
    let rubric = store.current;
    let unsaved = Rc::new(Cell::new(false));
    let save = {
        let unsaved = unsaved.clone();
        move || {
            if unsaved.replace(false) {
                if let Err(notice) = storage::save(rubric, &store.own().get_untracked()) {
                    store.notices.notify(notice);
                }
            }
        }
    };
    Effect::watch(
        move || store.own().track(),
        {
            let save = save.clone();
            move |_, _, _| {
                unsaved.set(true);
                let save = save.clone();
                request_animation_frame(move || set_timeout(save, Duration::ZERO));
            }
        },
        false,
    );
    let _ = window_event_listener(leptos::ev::pagehide, {
        let save = save.clone();
        move |_| save()
    });
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| save());
    // Each change to the snapshots (from the list before it) is applied to
    // the list as stored now, so that another tab's snapshots are kept; the
    // list shown becomes that.
    Effect::watch(
        move || store.snapshots().get(),
        move |snapshots, before, _| {
            let before = before.map_or(&[][..], Vec::as_slice);
            match storage::save_snapshot_change(rubric, before, snapshots) {
                Ok((merged, set_aside)) => {
                    if let Some(notice) = set_aside {
                        store.notices.notify(notice);
                    }
                    store.snapshots_saved_elsewhere(merged);
                }
                Err(notice) => store.notices.notify(notice),
            }
        },
        false,
    );
}

/// Opens a records link, if the fragment is one, with the code that reads
/// it, fetched on first use; where that code cannot be fetched, says so.
fn open_records_link(store: Store, fragment: &str) {
    if is_records_fragment(fragment) {
        let fragment = fragment.to_string();
        leptos::task::spawn_local(async move {
            if records_link_opened(store, fragment).await.is_err() {
                store.notices.notify(Notice::Unfetched);
            }
        });
    }
}

/// Fetches the benchmark file published beside the page, once the widget
/// has started (its own files are in by then); where there is none,
/// nothing happens.
fn fetch_benchmark(store: Store) {
    leptos::task::spawn_local(async move {
        if let Some(text) = page::fetch_sibling(BENCHMARK_FILE).await {
            store.benchmark_published(text);
        }
    });
}

/// The benchmark file's name, beside `index.html`.
const BENCHMARK_FILE: &str = "benchmark.json";

/// Leaving a shared result drops its link from the address.
fn keep_shared_view_in_address(store: Store) {
    Effect::watch(
        move || store.is_shared(),
        move |shared, was_shared, _| {
            if !shared && was_shared == Some(&true) {
                page::replace_address(&store.page_address(store.lang()));
            }
        },
        false,
    );
}

/// Another tab's answers, snapshots and notebook, and result links pasted into the
/// address bar.
fn listen_to_the_outside(store: Store) {
    let rubric = store.current;
    let _ = window_event_listener(leptos::ev::storage, move |event| {
        let Some((key, text)) = event.key().zip(event.new_value()) else {
            return;
        };
        if let Some(answers) = storage::changed_elsewhere(rubric, &key, &text) {
            store.saved_elsewhere(answers);
        } else if let Some(snapshots) = storage::snapshots_changed_elsewhere(rubric, &key, &text) {
            store.snapshots_saved_elsewhere(snapshots);
        } else if storage::is_notebook_key(rubric, &key) {
            store.notebook_kept.set(true);
        }
    });
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let fragment = page::fragment();
        store.open_link(&fragment);
        open_records_link(store, &fragment);
    });
}
