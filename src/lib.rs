//! 企业上云自评: a client-only self-check against the regional guide to
//! evaluating enterprise cloud adoption.
//!
//! The pure parts, usable and tested natively:
//! - [`rubric`]: the guide as validated data;
//! - [`engine`]: exact scores, levels and the next-step planner;
//! - [`codec`]: answers to and from the compact text of a result link;
//! - [`progress`]: answers as saved in localStorage;
//! - [`i18n`]: the interface's strings in Chinese and English.
//!
//! The browser widget is [`app`], a Leptos (CSR) application.

pub mod app;
pub mod codec;
mod components;
mod embedded;
pub mod engine;
pub mod i18n;
mod page;
pub mod progress;
pub mod rubric;
mod state;
mod storage;
