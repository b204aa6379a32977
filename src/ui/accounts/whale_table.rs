//! The whale curve's table: cumulative profit at each tenth of the
//! customers, the most profitable first, and at the peak.

use super::common::{currency, money, percent};
use crate::model::accounts::Whale;
use crate::ui::context::use_ctx;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// The table of the curve.
#[component]
pub fn WhaleTable(
    /// The curve.
    whale: Memo<Whale>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let cur = currency(ctx);
        let rows = whale.with(|w| {
            w.points(10)
                .into_iter()
                .map(|p| {
                    view! {
                        <tr>
                            <th scope="row">{percent(t, locale, p.share)}</th>
                            <td>{locale.format_integer(p.customers as u64)}</td>
                            <td>{money(locale, p.cumulative, &cur)}</td>
                        </tr>
                    }
                })
                .collect_view()
        });
        view! {
            <table class="whale-table">
                <caption>{t.acc_whale_caption()}</caption>
                {head(&[t.acc_col_share(), t.acc_col_customers(), t.acc_col_cumulative()])}
                <tbody>{rows}</tbody>
            </table>
        }
    }
}
