//! The loyalty tool's five charts, each with its table, from one outcome:
//! on the tool's page and in the report.

use super::charts::{costs_svg, cumulative_svg, sensitivity_svg, service_svg, tenure_svg};
use super::common::currency;
use super::costs_table::CostsTable;
use super::sensitivity_table::SensitivityTable;
use super::tenure_table::TenureTable;
use super::year_table::YearTable;
use crate::chart::ChartError;
use crate::i18n::{Locale, Strings};
use crate::model::scenario::Outcome;
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// A chart drawn from the outcome in the user's language and currency.
type Draw = fn(&'static Strings, Locale, &str, &Outcome) -> Result<String, ChartError>;

/// The five charts of `outcome` in a grid.
#[component]
pub fn ChartGrid(
    /// The derived figures.
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let ctx = use_ctx();
    let chart = move |draw: Draw| {
        Signal::derive(move || {
            let t = ctx.t();
            let locale = ctx.locale.get();
            let currency = currency(ctx);
            outcome.with(|o| draw(t, locale, &currency, o))
        })
    };
    let cumulative: Draw = |t, locale, currency, o| {
        cumulative_svg(
            t,
            locale,
            currency,
            vec![(t.chart_cumulative_title().to_owned(), o)],
        )
    };
    move || {
        let t = ctx.t();
        view! {
        <div class="chart-grid">
            <ChartFigure svg=chart(costs_svg) label=t.chart_costs_title().to_owned()>
                <CostsTable outcome />
            </ChartFigure>
            <ChartFigure svg=chart(tenure_svg) label=t.chart_tenure_title().to_owned()>
                <TenureTable outcome />
            </ChartFigure>
            <ChartFigure svg=chart(cumulative) label=t.chart_cumulative_title().to_owned()>
                <YearTable
                    outcome
                    texts=|t| [t.chart_cumulative_caption(), t.chart_cumulative_title()]
                    first_year=0
                    amounts=|o| &o.cumulative
                />
            </ChartFigure>
            <ChartFigure svg=chart(service_svg) label=t.chart_service_title().to_owned()>
                <YearTable
                    outcome
                    texts=|t| [t.chart_service_caption(), t.chart_service_title()]
                    first_year=1
                    amounts=|o| &o.service
                />
            </ChartFigure>
            // Reichheld and Sasser's figures sit with the chart
            // that asks their question.
            <div>
                <ChartFigure
                    svg=chart(sensitivity_svg)
                    label=t.chart_sensitivity_title().to_owned()
                >
                    <SensitivityTable outcome />
                </ChartFigure>
                <p class="quote">{t.sensitivity_quote()}</p>
            </div>
        </div>
        }
    }
}
