use leptos::prelude::*;

use crate::model::i18n::fill;
use crate::reader::store::use_reader;
use crate::web::dom::{chosen_file, confirm, file_text};

/// Where the links go in: a text box for pasting (a file may be dropped on
/// it), a file picker, "read" and "clear", and the progress of a reading.
#[component]
pub fn ListInput() -> impl IntoView {
    let store = use_reader();
    let strings = store.strings();
    let text = store.text();
    let input = NodeRef::<leptos::html::Textarea>::new();
    // The box is written only when the list changes from elsewhere (a
    // file, "clear"), never while typing: that would move the caret.
    Effect::new(move |_| {
        text.with(|text| {
            if let Some(input) = input.get() {
                if input.value() != *text {
                    input.set_value(text);
                }
            }
        })
    });
    let file_error = RwSignal::new(None::<String>);
    let take_file = move |file: Option<web_sys::File>| {
        let Some(file) = file else {
            return;
        };
        leptos::task::spawn_local(async move {
            match file_text(&file).await {
                Some(content) => {
                    file_error.set(None);
                    store.set_text(content);
                }
                None => file_error.set(Some(fill(
                    strings.file_unreadable,
                    &[("name", &file.name())],
                ))),
            }
        });
    };
    let on_file =
        move |event: leptos::ev::Event| take_file(event.target().and_then(|t| chosen_file(&t)));
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        take_file(
            event
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|files| files.get(0)),
        );
    };
    let progress = move || {
        store.progress().get().map(|(done, total)| {
            fill(
                strings.reading,
                &[("done", &done.to_string()), ("total", &total.to_string())],
            )
        })
    };
    view! {
        <section class="list-input">
            <label for="reader-input" class="input-label">{strings.input_label}</label>
            <textarea
                id="reader-input"
                data-testid="reader-input"
                rows="8"
                spellcheck="false"
                node_ref=input
                prop:value=text.get_untracked()
                on:input=move |event| store.set_text(event_target_value(&event))
                on:dragover=move |event: leptos::ev::DragEvent| event.prevent_default()
                on:drop=on_drop
            ></textarea>
            <p class="hint">{strings.drop_hint}</p>
            <div class="input-actions">
                <button type="button" class="primary" data-testid="reader-read" on:click=move |_| store.read()>
                    {strings.read}
                </button>
                <label class="file-button">
                    <span>{strings.open_file}</span>
                    <input
                        type="file"
                        data-testid="reader-file"
                        accept=".txt,.csv,text/plain,text/csv"
                        on:change=on_file
                    />
                </label>
                <button
                    type="button"
                    on:click=move |_| {
                        if confirm(strings.clear_confirm) {
                            store.clear();
                        }
                    }
                >
                    {strings.clear}
                </button>
            </div>
            <p class="reading-status" role="status">{progress}</p>
            <p class="notice-inline" role="alert">{move || file_error.get()}</p>
        </section>
    }
}
