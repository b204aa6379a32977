//! Workshops: the consultant's page (join link and QR code, scanning and
//! collecting results, respondents, the team's view), a result link opened
//! on a device, and the participant's questionnaire with its result to
//! hand back.

mod camera;
mod collect_panel;
mod heatmap_table;
mod join_page;
mod join_result;
mod presenter;
mod result_page;
mod scanner;
mod team_view;
mod workshop_page;

pub use join_page::JoinPage;
pub use presenter::Presenter;
pub use result_page::ResultPage;
pub use workshop_page::WorkshopPage;

// The report shows the team with the same view.
pub(crate) use team_view::TeamView;

/// The app's address without its fragment, to which link fragments are
/// appended.
pub(crate) fn app_address() -> String {
    let href = leptos::prelude::window()
        .location()
        .href()
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}
