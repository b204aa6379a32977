//! The loyalty-economics tool's views: the client's figures with messages
//! at bad fields, the loyalty switches, key numbers, five charts with
//! tables, and named scenarios compared.

mod charts;
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

pub use economics_page::EconomicsPage;
