//! The report for the client, one component per file: `report_page` (the
//! view), `report_choices` (title, names, language, snapshot, sections and
//! the print button), `workshop_choice`, `report_document` (the report
//! itself, in its own language: the cover, then the rest in a chunk of its
//! own), `report_sections` (that chunk's view: the executive summary and
//! the ticked sections, with downloads offered), `report_downloads` (the
//! SVG, PNG and CSV buttons under each chart and table), `cover`,
//! `executive_summary`, one component per section (`readiness_section`,
//! `workshop_section`, `fit_section`, `economics_section`,
//! `method_section`) and `scenario_table`.

mod cover;
mod economics_section;
mod executive_summary;
mod fit_section;
mod method_section;
mod readiness_section;
mod report_choices;
mod report_document;
mod report_downloads;
mod report_page;
mod report_sections;
mod scenario_table;
mod workshop_choice;
mod workshop_section;

pub use report_page::ReportPage;
pub use report_sections::ReportSections;
