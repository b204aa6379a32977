//! The radar beside the questionnaire: the scores so far against the
//! targets, redrawn as each answer is given.

use super::common::{radar_svg, RADAR_COMPACT};
use super::scores_table::ScoresTable;
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The live profile, so a participant sees the picture form while answering.
#[component]
pub fn ProfileRadar() -> impl IntoView {
    let ctx = use_ctx();
    let results = Memo::new(move |_| ctx.work.with(|w| w.current().assessment.current.results()));
    let svg = Signal::derive(move || {
        let t = ctx.t();
        radar_svg(
            t,
            ctx.locale.get(),
            (t.series_current(), &results.get()),
            None,
            true,
            RADAR_COMPACT,
        )
    });
    let label = Signal::derive(move || ctx.t().profile_so_far().to_owned());
    view! {
        <aside class="profile-radar" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{move || ctx.t().profile_so_far()}</h2>
            <ChartFigure svg label>
                <ScoresTable results />
            </ChartFigure>
        </aside>
    }
}
