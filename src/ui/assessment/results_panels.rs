//! The lower part of the assessment's results: the weights and targets
//! that shape the index, how it is scored, and the snapshots kept and
//! compared. It comes in a chunk of its own
//! (`chunks::assessment_results_panels`), fetched once the results above
//! it are shown.

use super::snapshots_panel::SnapshotsPanel;
use super::weights_and_targets::WeightsAndTargets;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// Weights and targets, how the index is scored, and snapshots.
#[component]
pub fn ResultsPanels() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        view! {
            <WeightsAndTargets />
            <section aria-labelledby="how-heading">
                <h2 id="how-heading">{t.how_scored_heading()}</h2>
                <ul>
                    {t.how_scored().iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
                    <li>{t.band_thresholds()}</li>
                </ul>
            </section>
            <SnapshotsPanel />
        }
    }
}
