//! The cultural-fit checker's views: both companies on the culture scales,
//! the fit with its verdict, flags and prompts, the butterfly chart, and
//! the OCAI profiles with their kite chart.

mod butterfly_table;
mod charts;
mod company_names;
mod fit_page;
mod fit_summary;
mod flag_list;
mod flags_and_ocai;
mod kite_table;
mod ocai_cell;
mod ocai_panel;
mod ocai_paste;
mod ocai_section;
mod ocai_summary;
mod ocai_text;
mod scale_item;

pub use fit_page::FitPage;
pub use flags_and_ocai::FlagsAndOcai;

// The report shows the check with the same charts, tables and flags.
pub(crate) use butterfly_table::ButterflyTable;
pub(crate) use charts::{butterfly_svg, kite_svg, kite_title};
pub(crate) use flag_list::FlagList;
pub(crate) use kite_table::KiteTable;
pub(crate) use ocai_summary::OcaiSummary;
pub(crate) use ocai_text::between_parties;
