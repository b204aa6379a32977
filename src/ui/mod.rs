//! The views: an app shell, one page per route, one component per file.
//!
//! Components read signals from [`context::Ctx`] and call the model, the
//! chart functions and storage; they hold no rules of the method.

mod accounts;
mod app;
mod assessment;
pub(crate) mod boot;
mod chart_figure;
mod chosen_file;
pub(crate) mod chunks;
mod clock;
mod confirm_delete;
pub mod context;
mod copy_field;
mod download;
mod economics;
mod engagement_bar;
mod engagements;
mod fetch_note;
mod fit;
mod header;
mod home_page;
mod labels;
mod language_switcher;
mod lazy_view;
mod method_page;
mod nav_menu;
mod not_found_page;
mod number_field;
mod offline;
mod participant_app;
mod participant_header;
mod qr_figure;
mod report;
mod saving;
mod skip_link;
mod storage_notice;
mod table_box;
mod table_head;
mod text_field;
pub(crate) mod texts;
mod update_notice;
mod workshop;

pub use app::App;

/// The participant's app for the join link `fragment` (see
/// [`crate::start_participant`]).
pub fn participant_app(fragment: String) -> impl leptos::IntoView {
    leptos::view! { <participant_app::ParticipantApp fragment /> }
}
