//! 企业上云自评: a client-only self-check against the regional guide to
//! evaluating enterprise cloud adoption.
//!
//! The pure parts, usable and tested natively:
//! - [`rubric`]: the guide as validated data;
//! - [`engine`]: exact scores, levels and the next-step planner;
//! - [`codec`]: answers to and from the compact text of a result link.
//!
//! The browser widget is [`app`], a Leptos (CSR) application.

pub mod codec;
mod embedded;
pub mod engine;
pub mod rubric;

pub use embedded::EMBEDDED_SOURCE;
