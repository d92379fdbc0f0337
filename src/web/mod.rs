//! The browser: the only code that calls `web_sys` and `js_sys` for the
//! pages' own needs. Storage, the page and its address, what components
//! ask of the document, and work put off until after a paint.

pub mod after_paint;
pub mod dom;
pub mod page;
pub mod storage;
