//! The cumulative-profit chart's table alternative: the cohort's
//! cumulative discounted profit at the end of each year.

use super::common::money;
use crate::model::scenario::Outcome;
use crate::ui::context::use_ctx;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// Cumulative discounted profit by year.
#[component]
pub fn CumulativeTable(
    /// The derived figures.
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let currency = ctx.work.with(|w| w.current().economics.currency.clone());
        let rows = outcome
            .get()
            .cumulative
            .iter()
            .enumerate()
            .map(|(year, v)| {
                view! {
                    <tr>
                        <th scope="row">{year}</th>
                        <td>{money(locale, *v, &currency)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table>
                <caption>{t.chart_cumulative_caption}</caption>
                {head(&[t.col_year, t.chart_cumulative_title])}
                <tbody>{rows}</tbody>
            </table>
        }
    }
}
