//! The cultural-fit checker's views: both companies on the culture scales,
//! the fit with its verdict, flags and prompts, the butterfly chart, and
//! the OCAI profiles with their kite chart.

mod butterfly_table;
mod charts;
mod company_names;
mod fit_page;
mod fit_summary;
mod flag_list;
mod kite_table;
mod ocai_panel;
mod scale_item;

pub use fit_page::FitPage;
