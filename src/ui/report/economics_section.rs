//! The loyalty-economics section: the key numbers, the five charts with
//! their tables, and the saved scenarios compared on one chart and in a
//! table.

use super::scenario_table::ScenarioTable;
use crate::model::report;
use crate::model::scenario::Outcome;
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use crate::ui::economics::{cumulative_svg, currency, ChartGrid, KeyNumbers};
use leptos::prelude::*;

/// The economics as the client reads them.
#[component]
pub fn EconomicsSection() -> impl IntoView {
    let ctx = use_ctx();
    let outcome = Memo::new(move |_| {
        ctx.work.with(|w| {
            let economics = &w.current().economics;
            Outcome::of(&economics.figures, economics.effects)
        })
    });
    let scenarios = Memo::new(move |_| ctx.work.with(|w| report::scenarios(w.current())));
    let compared = Signal::derive(move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let currency = currency(ctx);
        scenarios.with(|list| {
            let series = list.iter().map(|(name, o)| (name.clone(), o)).collect();
            cumulative_svg(t, locale, &currency, series)
        })
    });
    move || {
        let t = ctx.t();
        let comparison = if scenarios.with(Vec::is_empty) {
            view! { <p>{t.scenarios_none()}</p> }.into_any()
        } else {
            view! {
                <ChartFigure svg=compared label=t.report_scenarios_caption().to_owned()>
                    <ScenarioTable scenarios />
                </ChartFigure>
            }
            .into_any()
        };
        view! {
            <section class="report-section" aria-labelledby="report-economics-heading">
                <h2 id="report-economics-heading">{t.econ_title()}</h2>
                <KeyNumbers outcome />
                <h3>{t.econ_charts_heading()}</h3>
                <ChartGrid outcome />
                <h3>{t.scenarios_heading()}</h3>
                {comparison}
            </section>
        }
    }
}
