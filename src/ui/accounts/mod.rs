//! The key-account tool's views: the customer portfolio (import with
//! column mapping and preview, a form per customer, cards), who makes
//! money (types with advice, thresholds, the matrix and the whale curve
//! with their tables), key customers, Kotler's levels per segment, and the
//! programme with a card per key account.

mod account_text;
mod accounts_page;
mod accounts_report;
mod charts;
mod column_map;
mod common;
mod customer_card;
mod customer_form;
mod customer_list;
mod import_panel;
mod import_preview;
mod import_review;
mod key_account_card;
mod key_customers;
mod key_toggle;
mod kind_list;
mod levels_table;
mod matrix_figure;
mod matrix_table;
mod plan_fields;
mod portfolio_and_plans;
mod programme_panel;
mod rehearsal;
mod threshold_field;
mod whale_table;

pub use accounts_page::AccountsPage;
pub use import_panel::Chosen;
pub use import_review::ImportReview;
pub use portfolio_and_plans::PortfolioAndPlans;
// The report shows the tool's findings with the same views.
pub(crate) use accounts_report::AccountsReport;
