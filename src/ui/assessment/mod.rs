//! The readiness assessment's views: the questionnaire, one component at a
//! time, and the results with charts, priorities and snapshots.

mod component_nav;
mod question_item;
mod questions_page;
mod results_page;
mod snapshots_panel;

pub use questions_page::QuestionsPage;
pub use results_page::ResultsPage;
