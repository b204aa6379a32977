//! The tenure chart's table alternative: profit per retained customer by
//! source for each year, acquisition in year 0.

use super::common::{currency, money};
use crate::model::scenario::Outcome;
use crate::ui::context::use_ctx;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// Profit layers per year of tenure.
#[component]
pub fn TenureTable(
    /// The derived figures.
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let currency = currency(ctx);
        let o = outcome.get();
        let layer = |i: usize| t.tenure_layers().get(i).copied().unwrap_or_default();
        let mut columns = vec![t.col_year()];
        columns.extend((0..6).map(layer));
        columns.push(t.col_total());
        let cell = |v: f64| view! { <td>{money(locale, v, &currency)}</td> };
        let first = view! {
            <tr>
                <th scope="row">"0"</th>
                {cell(-o.inputs.acquisition_cost)}
                {(0..5).map(|_| cell(0.0)).collect_view()}
                {cell(-o.inputs.acquisition_cost)}
            </tr>
        };
        let rows = o
            .profits
            .iter()
            .map(|p| {
                view! {
                    <tr>
                        <th scope="row">{p.year}</th>
                        {cell(0.0)}
                        {cell(p.base)}
                        {cell(p.revenue_growth)}
                        {cell(p.cost_savings)}
                        {cell(p.referrals)}
                        {cell(p.price_premium)}
                        {cell(p.total())}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table>
                <caption>{t.chart_tenure_caption()}</caption>
                {head(&columns)}
                <tbody>{first}{rows}</tbody>
            </table>
        }
    }
}
