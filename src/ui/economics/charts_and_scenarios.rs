//! The lower part of the loyalty economics: the five charts with their
//! tables, and the named scenarios compared. It comes in a chunk of its
//! own (`chunks::loyalty_charts`), fetched once the figures above it are
//! shown.

use super::chart_grid::ChartGrid;
use super::scenarios_panel::ScenariosPanel;
use crate::model::scenario::Outcome;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The charts of `outcome` and the scenarios.
#[component]
pub fn ChartsAndScenarios(
    /// The outcome of the figures in use, shared with the key numbers.
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        view! {
            <section aria-labelledby="charts-heading">
                <h2 id="charts-heading">{t.econ_charts_heading()}</h2>
                <ChartGrid outcome />
            </section>
            <ScenariosPanel />
        }
    }
}
