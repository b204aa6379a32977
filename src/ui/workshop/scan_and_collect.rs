//! Collecting an open workshop's results: the scanner, then the paste box
//! with what became of each code and the respondents. It comes in a chunk
//! of its own (`chunks::workshop_collect`), fetched once the workshop's
//! details and join link are shown: a consultant opens the page to let
//! people join first, and the scanner's and the paste box's code is about a
//! third of the page's.

use super::collect_panel::CollectPanel;
use super::respondents::Decoded;
use super::scanner::Scanner;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The scanner and the paste box, with the open workshop's respondents.
#[component]
pub fn ScanAndCollect(
    /// The page's respondents, decoded by the first section that needs them.
    decoded: Decoded,
) -> impl IntoView {
    // Decoded by the sections, not by the page: the decoding and the
    // respondents' memos are code the page does not need before they come.
    let (respondents, flags) = decoded.get(use_ctx());
    view! {
        <Scanner />
        <CollectPanel respondents flags />
    }
}
