//! The cost-to-serve chart's table alternative.

use super::common::money;
use crate::model::scenario::Outcome;
use crate::ui::context::use_ctx;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// Cost to serve one customer by year of tenure.
#[component]
pub fn ServiceTable(
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
            .service
            .iter()
            .enumerate()
            .map(|(i, v)| {
                view! {
                    <tr>
                        <th scope="row">{i + 1}</th>
                        <td>{money(locale, *v, &currency)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table>
                <caption>{t.chart_service_caption}</caption>
                {head(&[t.col_year, t.chart_service_title])}
                <tbody>{rows}</tbody>
            </table>
        }
    }
}
