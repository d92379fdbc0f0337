//! The reader's pieces, one component a file. Like the widget's, they read
//! the store and call its intents.

mod before_after;
mod benchmark_file;
mod holding_back;
mod item_answers;
mod level_distribution;
mod list_input;
mod profile_filters;
mod reader_header;
mod reading_counts;
mod results_table;
mod score_table;
mod segment_table;

pub use before_after::BeforeAfter;
pub use benchmark_file::BenchmarkFile;
pub use holding_back::HoldingBack;
pub use item_answers::ItemAnswers;
pub use level_distribution::LevelDistribution;
pub use list_input::ListInput;
pub use profile_filters::ProfileFilters;
pub use reader_header::ReaderHeader;
pub use reading_counts::ReadingCounts;
pub use results_table::ResultsTable;
pub use score_table::ScoreTable;
pub use segment_table::SegmentTable;
