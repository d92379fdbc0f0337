//! The pure core: what the self-check knows and computes, with no browser
//! and no Leptos, so that all of it runs and is tested natively.
//! `scripts/test.sh` fails if anything here names `web_sys`, `js_sys`,
//! `wasm_bindgen` or `leptos`.

pub mod benchmark;
pub mod cohort;
mod embedded;
pub mod engine;
pub mod i18n;
pub mod link;
pub mod notice;
pub mod rubric;
pub mod saved;
