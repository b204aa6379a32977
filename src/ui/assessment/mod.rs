//! The readiness assessment's views: the questionnaire, one component at a
//! time, and the results with charts, priorities and snapshots.

mod common;
mod component_nav;
mod delta_table;
mod priorities_table;
mod profile_radar;
mod question_item;
mod questions_page;
mod results_page;
mod results_panels;
mod scores_table;
mod snapshots_panel;
mod summary;
mod weights_and_targets;

pub use question_item::QuestionItem;
pub use questions_page::QuestionsPage;
pub use results_page::ResultsPage;
pub use results_panels::ResultsPanels;

// The report shows the results with the same charts and tables.
pub(crate) use common::{gaps_svg, radar_svg, snapshot_label, RADAR_FULL};
pub(crate) use priorities_table::PrioritiesTable;
pub(crate) use scores_table::ScoresTable;
