use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::markup::benchmark::standing_html;
use crate::markup::Html;
use crate::model::benchmark::Benchmark;
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
    Effect::watch(
        move || {
            published.track();
            store.evaluation.track();
            store.shown.track();
        },
        move |_, _, _| {
            let Some(text) = published.get_untracked() else {
                return;
            };
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        leptos::task::spawn_local(async move {
                            let written = standing(store, text).await.ok().flatten();
                            if !html.is_disposed() {
                                html.set(written.map_or_else(String::new, Html::into_string));
                            }
                        })
                    },
                    Duration::ZERO,
                )
            });
        },
        true,
    );
    view! { <div class="benchmark-box" inner_html=move || html.get()></div> }
}

/// The standing as HTML text, from the benchmark file's `text`: none (and
/// a console warning) when the file is unreadable or for another rubric or
/// version, or while nothing is answered. In the wasm module fetched on
/// first use (see `scripts/dist/finish.mjs`): only pages with a benchmark
/// file fetch it for this.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
fn standing(store: Store, text: Arc<str>) -> Result<Option<Html>, SplitLoaderError> {
    let rubric = store.rubric();
    let benchmark = match Benchmark::read(&text, rubric) {
        Ok(benchmark) => benchmark,
        Err(error) => {
            leptos::logging::warn!("{error}");
            return Ok(None);
        }
    };
    let answers = store.shown.get_untracked();
    if answers.answered() == 0 {
        return Ok(None);
    }
    let evaluation = store.evaluation.get_untracked();
    Ok(standing_html(
        rubric,
        store.lang(),
        &benchmark,
        &answers,
        &evaluation,
    ))
}
