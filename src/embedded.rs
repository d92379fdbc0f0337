//! The rubric chosen at build time. Kept out of `rubric/` because the build
//! script compiles that module before this code exists.

use crate::rubric::{
    Condition, Group, Item, Level, Part, PartIx, Rubric, ScaleEntry, Text, Threshold,
};

// Called once per text and item by the generated code: out of line, they
// keep the code that builds the rubric small.
#[inline(never)]
fn text(zh: &str, en: &str) -> Text {
    Text {
        zh: zh.into(),
        en: en.into(),
    }
}

#[inline(never)]
fn item(id: &str, title: Text, description: Text) -> Item {
    Item {
        id: id.into(),
        title,
        description,
    }
}

impl Rubric {
    /// The rubric embedded at build time, validated by the build.
    pub fn embedded() -> Rubric {
        include!(concat!(env!("OUT_DIR"), "/rubric.rs"))
    }

    /// The earlier releases of the embedded rubric (`rubric/releases/`),
    /// oldest first, validated by the build: what results made for them
    /// are read and scored by.
    pub fn releases() -> Vec<Rubric> {
        include!(concat!(env!("OUT_DIR"), "/releases.rs"))
    }
}
