use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::markup::benchmark::standing_html;
use crate::markup::Html;
use crate::model::benchmark::Benchmark;
use crate::model::rubric::Rubric;
use crate::web::after_paint::after_each_paint;
use crate::widget::store::{use_store, Store};

/// Where the result on screen stands among the enterprises of the
/// benchmark file published beside the page: overall (with a picture of
/// the distribution), each part, and within its industry and size. Only
/// where a valid file for this rubric and version stands; otherwise
/// nothing. Worked out once the tap's frame is painted, by code fetched
/// only when there is a file.
#[component]
pub fn PeerStanding() -> impl IntoView {
    let store = use_store();
    let html = RwSignal::new(String::new());
    let published = store.benchmark();
    // The result and the profile follow the answers on screen.
    let changed = move || {
        published.track();
        store.shown.track();
    };
    let task = move || {
        let Some(text) = published.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let written = standing(store, text).await.ok().flatten();
            if !html.is_disposed() {
                html.set(written.map_or_else(String::new, Html::into_string));
            }
        })
    };
    after_each_paint(Box::new(changed), Rc::new(task), true);
    view! { <div class="benchmark-box" inner_html=move || html.get()></div> }
}

/// The standing as HTML text, from the benchmark file's `text`: none (and
/// a console warning) when the file is unreadable or for another rubric or
/// version, or while nothing is answered. In the wasm module fetched on
/// first use (see `scripts/postbuild/finish.mjs`): only pages with a benchmark
/// file fetch it for this.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
fn standing(store: Store, text: Arc<str>) -> Result<Option<Html>, SplitLoaderError> {
    let rubric = store.rubric();
    let answers = store.shown.get_untracked();
    if answers.answered() == 0 {
        return Ok(None);
    }
    let evaluation = store.evaluation.get_untracked();
    Ok(with_benchmark(&text, rubric, |benchmark| {
        standing_html(rubric, store.lang(), benchmark, &answers, &evaluation)
    }))
}

/// A benchmark file's text, the rubric version it was read for, and what
/// it held for that version (none if it could not be used).
type Read = (Arc<str>, u32, Option<Benchmark>);

thread_local! {
    /// The file last read: a tap works out the standing again, not the file.
    static READ: RefCell<Option<Read>> = const { RefCell::new(None) };
}

/// `show` of the benchmark in `text` for `rubric`, read once; none (and a
/// console warning, once) when the file cannot be used.
fn with_benchmark<T>(
    text: &Arc<str>,
    rubric: &Rubric,
    show: impl FnOnce(&Benchmark) -> Option<T>,
) -> Option<T> {
    READ.with_borrow_mut(|read| {
        let fresh =
            !matches!(read, Some((t, v, _)) if Arc::ptr_eq(t, text) && *v == rubric.version);
        if fresh {
            let benchmark = Benchmark::read(text, rubric)
                .map_err(|error| leptos::logging::warn!("{error}"))
                .ok();
            *read = Some((text.clone(), rubric.version, benchmark));
        }
        read.as_ref()?.2.as_ref().and_then(show)
    })
}
