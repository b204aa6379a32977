//! The loyalty-economics view: the client's figures and the switches, the
//! key numbers, five charts with their tables, and scenarios.

use super::charts::{costs_svg, cumulative_svg, sensitivity_svg, service_svg, tenure_svg};
use super::common::currency;
use super::costs_table::CostsTable;
use super::currency_picker::CurrencyPicker;
use super::effect_switches::EffectSwitches;
use super::figure_field::FigureField;
use super::key_numbers::KeyNumbers;
use super::scenarios_panel::ScenariosPanel;
use super::sensitivity_table::SensitivityTable;
use super::tenure_table::TenureTable;
use super::year_table::YearTable;
use crate::chart::ChartError;
use crate::i18n::{Locale, Strings};
use crate::model::scenario::{Field, Outcome};
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// A chart drawn from the outcome in the user's language and currency.
type Draw = fn(&'static Strings, Locale, &str, &Outcome) -> Result<String, ChartError>;

/// The loyalty economics tool.
#[component]
pub fn EconomicsPage() -> impl IntoView {
    let ctx = use_ctx();
    // Only valid figures are ever stored, so the outcome (and every chart)
    // always shows the last valid state while a field holds bad text.
    let outcome = Memo::new(move |_| {
        ctx.work.with(|w| {
            Outcome::of(
                &w.current().economics.figures,
                w.current().economics.effects,
            )
        })
    });
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
            vec![(t.chart_cumulative_title.to_owned(), o)],
        )
    };
    let fields = |range: std::ops::Range<usize>| {
        Field::ALL[range]
            .iter()
            .map(|field| view! { <FigureField field=*field /> })
            .collect_view()
    };
    move || {
        let t = ctx.t();
        view! {
            <div class="page economics">
                <h1>{t.econ_title}</h1>
                <p class="lead">{t.econ_intro}</p>
                <CurrencyPicker />
                <div class="assessment-layout">
                    <div>
                        <section aria-labelledby="cohort-heading">
                            <h2 id="cohort-heading">{t.econ_cohort_heading}</h2>
                            <div class="figures">{fields(0..13)}</div>
                        </section>
                        <section aria-labelledby="lines-heading">
                            <h2 id="lines-heading">{t.econ_costs_heading}</h2>
                            <div class="figures">{fields(13..17)}</div>
                        </section>
                        <EffectSwitches />
                    </div>
                    <aside class="profile-radar">
                        <KeyNumbers outcome />
                    </aside>
                </div>
                <section aria-labelledby="charts-heading">
                    <h2 id="charts-heading">{t.econ_charts_heading}</h2>
                    <div class="chart-grid">
                        <ChartFigure svg=chart(costs_svg) label=t.chart_costs_title.to_owned()>
                            <CostsTable outcome />
                        </ChartFigure>
                        <ChartFigure svg=chart(tenure_svg) label=t.chart_tenure_title.to_owned()>
                            <TenureTable outcome />
                        </ChartFigure>
                        <ChartFigure svg=chart(cumulative) label=t.chart_cumulative_title.to_owned()>
                            <YearTable
                                outcome
                                texts=|t| [t.chart_cumulative_caption, t.chart_cumulative_title]
                                first_year=0
                                amounts=|o| &o.cumulative
                            />
                        </ChartFigure>
                        <ChartFigure svg=chart(service_svg) label=t.chart_service_title.to_owned()>
                            <YearTable
                                outcome
                                texts=|t| [t.chart_service_caption, t.chart_service_title]
                                first_year=1
                                amounts=|o| &o.service
                            />
                        </ChartFigure>
                        // Reichheld and Sasser's figures sit with the chart
                        // that asks their question.
                        <div>
                            <ChartFigure
                                svg=chart(sensitivity_svg)
                                label=t.chart_sensitivity_title.to_owned()
                            >
                                <SensitivityTable outcome />
                            </ChartFigure>
                            <p class="quote">{t.sensitivity_quote}</p>
                        </div>
                    </div>
                </section>
                <ScenariosPanel />
            </div>
        }
    }
}
