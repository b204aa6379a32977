//! Collecting an open workshop's results: the scanner, then the paste box
//! with what became of each code and the respondents. It comes in a chunk
//! of its own (`chunks::workshop_collect`), fetched once the workshop's
//! details and join link are shown: a consultant opens the page to let
//! people join first, and the scanner's and the paste box's code is about a
//! third of the page's.

use super::collect_panel::CollectPanel;
use super::scanner::Scanner;
use crate::model::team::Respondent;
use leptos::prelude::*;

/// The scanner and the paste box, with `respondents` and whether each is
/// counted (`flags`).
#[component]
pub fn ScanAndCollect(
    /// Everyone collected, shared with the team view.
    respondents: Memo<Vec<Respondent>>,
    /// Whether each is counted, by position.
    flags: Memo<Vec<bool>>,
) -> impl IntoView {
    view! {
        <Scanner />
        <CollectPanel respondents flags />
    }
}
