//! What this browser keeps, as text: the answers in progress and the dated
//! results saved earlier. Reading and writing that text is pure; putting
//! it into localStorage is [`crate::web::storage`]'s work.

pub mod progress;
pub mod snapshots;
