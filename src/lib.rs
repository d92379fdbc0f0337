//! 企业上云自评: a client-only self-check against the regional guide to
//! evaluating enterprise cloud adoption.
//!
//! The pure core, usable and tested natively:
//! - [`rubric`]: the guide as validated data, and the typed indices into it;
//! - [`engine`]: exact scores, levels and the next-step planner;
//! - [`codec`]: answers to and from the compact text of a result link;
//! - [`links`]: result links found in a fragment or in any text;
//! - [`cohort`]: many result links read into one picture (the officials' reader);
//! - [`address`]: the page's address, its language and result links;
//! - [`progress`]: answers as saved in localStorage;
//! - [`snapshots`]: dated results kept in this browser, and comparison links;
//! - [`questions`]: the questions as HTML text, for the opening and the live page;
//! - [`prerender`]: the page's opening as static HTML, written at build time;
//! - [`notice`] and [`i18n`]: what the visitor is told, in Chinese and English.
//!
//! The browser widget is [`app`], a Leptos (CSR) application built on them:
//! a store of signals with intent methods (`store`), one module that carries
//! every change out to storage and the page (`sync`, with its helpers
//! `storage` and `page`), and the components that read the store and call
//! its intents (`components`). The officials' reader ([`reader`]) is a
//! second page built the same way on the same core.

pub mod address;
pub mod app;
pub mod codec;
pub mod cohort;
mod components;
mod embedded;
pub mod engine;
pub mod html;
pub mod i18n;
pub mod links;
pub mod notice;
mod page;
pub mod prerender;
pub mod progress;
pub mod questions;
pub mod reader;
pub mod rubric;
mod settings;
pub mod snapshots;
mod storage;
mod store;
mod sync;
