//! The sensitivity chart's table alternative: lifetime value and cohort
//! value at each retention rate.

use super::charts::rate;
use super::common::{currency, money};
use crate::model::scenario::Outcome;
use crate::ui::context::use_ctx;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// Lifetime and cohort value by retention rate.
#[component]
pub fn SensitivityTable(
    /// The derived figures.
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let currency = currency(ctx);
        let o = outcome.get();
        let rows = o
            .sensitivity
            .iter()
            .map(|(r, clv)| {
                view! {
                    <tr>
                        <th scope="row">{rate(locale, *r)} "\u{a0}%"</th>
                        <td>{money(locale, *clv, &currency)}</td>
                        <td>{money(locale, clv * o.inputs.customers, &currency)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table>
                <caption>{t.chart_sensitivity_caption()}</caption>
                {head(&[t.col_retention(), t.col_clv(), t.col_cohort()])}
                <tbody>{rows}</tbody>
            </table>
        }
    }
}
