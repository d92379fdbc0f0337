//! The officials' reader's core: any text in, every result link in it read,
//! and one picture of the cohort out. Plain Rust, no browser.
//!
//! Reading goes in steps ([`Reading::step`]) so that a page can show its
//! progress and stay responsive with ten thousand links; [`read`] does it
//! in one go. Every link found ends up in exactly one list: a result, a
//! refused link (damaged, or made for a version this build never
//! released), or a repeat of an earlier result (the same payload). A
//! records link counts as its latest result, with its earliest saved
//! result as the before of a before and after, as a comparison link does.
//!
//! A result made for an earlier release of the guide is read as the widget
//! opens it: scored and levelled by that release's rules. The cohort's
//! figures take each part, group, item and level by its id, over the
//! results whose release has it, and say how many results of each version
//! they include.
//!
//! ```
//! use selfcheck::model::cohort::{read, CohortFigures};
//! use selfcheck::model::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! let text = "甲公司 https://x.cn/#r=1ABAAAAAAAAAAAAAAAAAAAA_vE7\n\
//!             乙公司 https://x.cn/#r=1ABAAAAAAAAAAAAAAAAAAAA_vE8\n\
//!             甲公司 https://x.cn/#r=1ABAAAAAAAAAAAAAAAAAAAA_vE7";
//! let reading = read(rubric, &[], text);
//! assert_eq!((reading.results.len(), reading.refused.len(), reading.repeats.len()), (1, 1, 1));
//! assert_eq!(reading.results[0].label, "甲公司");
//! assert_eq!(reading.refused[0].line, 2);
//! let summary = CohortFigures::of(&rubric, &reading.results);
//! assert_eq!(summary.level_counts, [1, 0, 0, 0]);
//! ```

mod csv;
mod figures;
mod moves;
mod reading;
mod segments;

pub use csv::to_csv;
pub use figures::{CohortFigures, Stats};
pub use moves::Moves;
pub use reading::{read, CohortResult, Earlier, Reading, Refused, Repeat};
pub use segments::{segments, Filter, SegmentRow};
