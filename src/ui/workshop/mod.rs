//! Workshops: the consultant's page (the engagement's workshops, the open
//! one's join link and QR code, scanning and collecting results,
//! respondents, the team's view), the presenter, a result link opened
//! on a device, and the participant's questionnaire with its result to
//! hand back.

mod camera;
mod collect_panel;
mod heatmap_table;
mod join_link;
mod join_page;
mod join_result;
mod new_workshop;
mod presenter;
mod respondents;
mod result_page;
mod scan_and_collect;
mod scanner;
mod spread_table;
mod team_slides;
mod team_view;
mod workshop_details;
mod workshop_item;
mod workshop_list;
mod workshop_page;

use crate::route::{page_address, JOIN_PAGE};
pub use join_page::JoinPage;
pub use presenter::Presenter;
pub use respondents::Decoded;
pub use result_page::ResultPage;
pub use scan_and_collect::ScanAndCollect;
pub use team_slides::TeamSlides;
pub use workshop_page::WorkshopPage;

// The report shows the team with the same view.
pub use team_view::TeamView;

/// A new participant's random id (never 0). Every result they send carries
/// it, so that a later result replaces their earlier one on the
/// consultant's device. `Math.random` is enough: it only has to tell apart
/// the few dozen people of one workshop, and nothing depends on guessing it.
pub(crate) fn participant_id() -> u32 {
    let random = js_sys::Math::random() * f64::from(u32::MAX);
    (random as u32).max(1)
}

/// Scrolls to the first statement not yet answered on the participant's
/// page, so that a reload or a return lands where they left off.
pub(crate) fn scroll_to_first_unanswered() {
    let Some(document) = leptos::prelude::window().document() else {
        return;
    };
    if let Ok(Some(item)) = document.query_selector("fieldset.item.unanswered") {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        item.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// The address of the app's main page (index.html, as the directory this
/// page came from), to which link fragments are appended.
pub(crate) fn app_address() -> String {
    page_address(&current_href(), "")
}

/// The address of the page a join link opens (join.html, beside the app's
/// main page), to which the invitation's fragment is appended.
pub(crate) fn join_address() -> String {
    page_address(&current_href(), JOIN_PAGE)
}

/// This page's whole address.
fn current_href() -> String {
    leptos::prelude::window()
        .location()
        .href()
        .unwrap_or_default()
}
