//! 企业上云自评: a client-only self-check against the regional guide to
//! evaluating enterprise cloud adoption.
//!
//! The folders say what each part may touch:
//! - [`model`]: the pure core (rubric, engine, links, saved text, cohort,
//!   wording), with no browser and no Leptos, tested natively;
//! - [`markup`]: pure HTML writers, for the opening written at build time
//!   and the parts of the pages drawn as HTML text;
//! - [`web`]: the browser: storage, the page, the document;
//! - [`ui`]: the Leptos pieces both pages share;
//! - [`widget`] and [`reader`]: the two pages, each a store of signals, a
//!   sync module that carries its changes out, and its components.
//!
//! `docs/architecture.md` draws how data flows between them.

pub mod markup;
pub mod model;
pub mod reader;
pub mod ui;
pub mod web;
pub mod widget;
