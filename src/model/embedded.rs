//! The rubric chosen at build time. Kept out of `rubric/` because the build
//! script compiles that module before this code exists.

use std::borrow::Cow;

// What the generated code may name: a rubric without profile fields, as
// another deployment's may be, names neither ProfileChoice nor ProfileField.
#[allow(unused_imports)]
use crate::model::rubric::{
    Condition, EvidenceKind, Group, Item, Level, Part, PartIx, ProfileChoice, ProfileField, Rubric,
    ScaleEntry, Text, Threshold,
};

impl Rubric {
    /// The rubric embedded at build time, validated by the build: static
    /// data, built by nothing at start.
    pub fn embedded() -> &'static Rubric {
        static RUBRIC: Rubric = include!(concat!(env!("OUT_DIR"), "/rubric.rs"));
        &RUBRIC
    }

    /// The earlier releases of the embedded rubric (`rubric/releases/`),
    /// oldest first, validated by the build: what results made for them
    /// are read and scored by.
    pub fn releases() -> &'static [Rubric] {
        static RELEASES: &[Rubric] = &include!(concat!(env!("OUT_DIR"), "/releases.rs"));
        RELEASES
    }
}
