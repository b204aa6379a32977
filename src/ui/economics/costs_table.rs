//! The cost chart's table alternative: each cost line today and with better
//! retention, and the totals.

use super::charts::rate;
use super::common::{currency, money};
use crate::i18n::fill;
use crate::model::scenario::Outcome;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// Yearly cost by line, today and with 5 more points of retention.
#[component]
pub fn CostsTable(
    /// The derived figures.
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let currency = currency(ctx);
        let o = outcome.get();
        let (total_today, total_better) = o.cost_totals();
        let today = fill(
            t.costs_today(),
            &[("rate", &rate(locale, o.inputs.retention))],
        );
        let better = fill(
            t.costs_better(),
            &[("rate", &rate(locale, o.gain.better_retention))],
        );
        let rows = o
            .costs_today
            .iter()
            .zip(&o.costs_better)
            .enumerate()
            .map(|(i, ((_, a), (_, b)))| {
                view! {
                    <tr>
                        <th scope="row">{t.cost_lines().get(i).copied().unwrap_or_default()}</th>
                        <td>{money(locale, *a, &currency)}</td>
                        <td>{money(locale, *b, &currency)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table>
                <caption>{t.chart_costs_caption()}</caption>
                <thead>
                    <tr>
                        <th scope="col"></th>
                        <th scope="col">{today}</th>
                        <th scope="col">{better}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows}
                    <tr>
                        <th scope="row">{t.col_total()}</th>
                        <td>{money(locale, total_today, &currency)}</td>
                        <td>{money(locale, total_better, &currency)}</td>
                    </tr>
                </tbody>
            </table>
        }
    }
}
