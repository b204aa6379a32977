//! The client engagements: the list with open, rename, duplicate and delete
//! (confirmed, with undo), a new engagement, export and import.

mod engagement_item;
mod engagements_page;
mod export_panel;
mod import_panel;
mod new_engagement;

pub use engagements_page::EngagementsPage;
