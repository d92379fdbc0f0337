//! The rubric chosen at build time. Kept out of `rubric/` because the build
//! script compiles that module before this JSON exists.

use crate::rubric::{Rubric, RubricErrors, RubricFile};

/// The validated rubric as JSON, written by `build.rs`.
const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/rubric.json"));

/// The file the embedded rubric was built from, for messages.
pub const EMBEDDED_SOURCE: &str = env!("SELFCHECK_RUBRIC_SOURCE");

impl Rubric {
    /// The rubric embedded at build time. The build already validated it,
    /// so an error here means the build itself is broken.
    pub fn embedded() -> Result<Rubric, RubricErrors> {
        RubricFile::from_json(EMBEDDED_SOURCE, EMBEDDED_JSON)?.validate(EMBEDDED_SOURCE)
    }
}
