//! The loyalty-economics tool's views: the client's figures with messages
//! at bad fields, the loyalty switches, key numbers, five charts with
//! tables, and named scenarios compared.

mod chart_grid;
mod charts;
mod charts_and_scenarios;
mod common;
mod compare_table;
mod costs_table;
mod currency_picker;
mod economics_page;
mod effect_switches;
mod figure_field;
mod key_numbers;
mod scenarios_panel;
mod sensitivity_table;
mod tenure_table;
mod year_table;

pub use charts_and_scenarios::ChartsAndScenarios;
pub use economics_page::EconomicsPage;

// The report shows the figures with the same numbers and charts.
pub(crate) use chart_grid::ChartGrid;
pub(crate) use charts::{cumulative_svg, rate};
pub(crate) use common::{currency, money};
pub(crate) use key_numbers::KeyNumbers;
