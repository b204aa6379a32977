//! The matrix's table: customers, revenue and profit per type at the
//! thresholds in force.

use super::common::{currency, kind, money};
use crate::model::accounts::{Kind, Matrix};
use crate::ui::context::use_ctx;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// The table of types.
#[component]
pub fn MatrixTable(
    /// Profit and type of every customer.
    matrix: Memo<Matrix>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let cur = currency(ctx);
        let rows = Kind::ALL
            .iter()
            .map(|k| {
                let totals = matrix.with(|m| m.totals[*k as usize]);
                view! {
                    <tr>
                        <th scope="row">{kind(t, *k)}</th>
                        <td>{locale.format_integer(totals.customers as u64)}</td>
                        <td>{money(locale, totals.revenue, &cur)}</td>
                        <td>{money(locale, totals.profit, &cur)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="matrix-table">
                <caption>{t.acc_matrix_caption()}</caption>
                {head(&[t.acc_col_kind(), t.acc_col_customers(), t.acc_col_revenue(), t.acc_col_profit()])}
                <tbody>{rows}</tbody>
            </table>
        }
    }
}
