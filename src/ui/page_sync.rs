//! What both pages do alike as they start: make their store under an
//! owner that lasts as long as the page, read the address, show a message
//! on a panic; and from then on carry the settings out to the page, the
//! address and storage.

use any_spawner::Executor;
use leptos::prelude::*;

use super::settings::Settings;
use crate::model::i18n::Lang;
use crate::model::link::Address;
use crate::model::saved::LARGE_TEXT_KEY;
use crate::web::{page, storage};

/// Starts a page's task executor, and makes its store with `make_store`
/// under an owner that lives as long as the page (it is never dropped).
/// The store and the settings it returns are provided by context to
/// whatever runs in that owner, such as the page mounted in it.
pub fn start_store<S: Clone + Send + Sync + 'static>(
    make_store: impl FnOnce() -> (S, Settings),
) -> Owner {
    // Before the store, whose effects need it.
    _ = Executor::init_wasm_bindgen();
    let root = Owner::new();
    root.with(|| {
        let (store, settings) = make_store();
        provide_context(store);
        provide_context(settings);
    });
    root
}

/// What every page does first: reads its address, and makes a panic show a
/// message instead of a dead page.
pub fn start_page() -> Address {
    let address = Address::parse(&page::href());
    // With `panic = "abort"` the wasm stops at a panic: say so on the page,
    // in the language of `<html lang>`, which is therefore set first.
    page::set_document_lang(address.lang());
    std::panic::set_hook(Box::new(|_| page::show_crash()));
    address
}

/// `<html lang>`, the address (`page_address` in a language) and the
/// large-text class follow the settings; large text is saved.
pub fn keep_settings(settings: Settings, page_address: impl Fn(Lang) -> String + 'static) {
    let (lang, large_text) = (settings.lang_signal(), settings.large_text());
    Effect::new(move |_| page::set_document_lang(lang.get()));
    Effect::new(move |_| page::set_large_text(large_text.get()));
    Effect::watch(
        move || large_text.get(),
        |on, _, _| storage::save_choice(LARGE_TEXT_KEY, *on),
        false,
    );
    // The language goes into the address, so that a reload keeps it.
    Effect::watch(
        move || lang.get(),
        move |lang, _, _| {
            page::replace_address(&format!("{}{}", page_address(*lang), page::fragment()))
        },
        false,
    );
}
