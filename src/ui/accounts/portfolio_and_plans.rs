//! The key-account tool below its customers: who makes money (the kinds,
//! the thresholds, the matrix and the whale curve), key customers,
//! relationship levels and the programme. It comes in a chunk of its own
//! (`chunks::accounts_portfolio`), fetched once the customers are shown.

use super::charts::whale_svg;
use super::common::{currency, money, percent};
use super::key_customers::KeyCustomers;
use super::kind_list::KindList;
use super::levels_table::LevelsTable;
use super::matrix_figure::MatrixFigure;
use super::matrix_table::MatrixTable;
use super::programme_panel::ProgrammePanel;
use super::rehearsal::rehearse_when_idle;
use super::threshold_field::ThresholdField;
use super::whale_table::WhaleTable;
use crate::i18n::fill;
use crate::model::accounts::{self, Customers};
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The portfolio of `customers` and the plans for its key accounts.
#[component]
pub fn PortfolioAndPlans(
    /// The customers, shared with the list above.
    customers: Memo<Customers>,
) -> impl IntoView {
    let ctx = use_ctx();
    // The import's code, with this section's classification and charts,
    // compiled before the consultant's file comes (see `rehearsal`).
    rehearse_when_idle(ctx);
    // Each derived view follows only what it needs, so typing a plan does
    // not redraw a chart, and moving a threshold redraws only the overlay;
    // medians and types are recomputed only from what they depend on.
    let set = Memo::new(move |_| ctx.work.with(|w| w.current().accounts.thresholds));
    let medians = Memo::new(move |_| customers.with(|c| accounts::medians(c)));
    let thresholds = Memo::new(move |_| set.get().in_force(|| medians.get()));
    let matrix = Memo::new(move |_| customers.with(|c| accounts::matrix_of(c, thresholds.get())));
    let whale = Memo::new(move |_| {
        customers.with(|c| accounts::Whale::of(c.iter().map(|c| c.profit()).collect()))
    });
    let whale_chart = Signal::derive(move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let cur = currency(ctx);
        whale.with(|w| whale_svg(t, locale, &cur, w))
    });
    move || {
        let t = ctx.t();
        let whale_text = move || {
            let locale = ctx.locale.get();
            let cur = currency(ctx);
            whale
                .with(|w| {
                    let mut lines = Vec::new();
                    if w.profits.is_empty() {
                        return lines;
                    }
                    match (w.top_fifth_share, w.peak_share) {
                        (Some(top), Some(peak_share)) => {
                            lines.push(fill(
                                t.acc_whale_top(),
                                &[("share", &percent(t, locale, top))],
                            ));
                            lines.push(fill(
                                t.acc_whale_peak_text(),
                                &[
                                    ("peak", &money(locale, w.peak.1, &cur)),
                                    ("share", &percent(t, locale, peak_share)),
                                    ("count", &t.acc_count().format(locale, w.peak.0 as u64)),
                                ],
                            ));
                        }
                        _ => lines.push(t.acc_whale_no_total().to_owned()),
                    }
                    lines
                })
                .into_iter()
                .map(|l| view! { <p>{l}</p> })
                .collect_view()
        };
        view! {
            <section aria-labelledby="acc-money-heading">
                <h2 id="acc-money-heading">{t.acc_money_heading()}</h2>
                <KindList matrix />
                <div class="figures thresholds" role="group" aria-label=t.acc_thresholds_heading()>
                    <ThresholdField revenue=true customers />
                    <ThresholdField revenue=false customers />
                </div>
                <div class="chart-grid">
                    <MatrixFigure customers thresholds>
                        <MatrixTable matrix />
                    </MatrixFigure>
                    <div>
                        <ChartFigure svg=whale_chart label=t.acc_whale_title().to_owned()>
                            <WhaleTable whale />
                        </ChartFigure>
                        {whale_text}
                    </div>
                </div>
            </section>
            <KeyCustomers customers />
            <LevelsTable matrix />
            <ProgrammePanel />
        }
    }
}
