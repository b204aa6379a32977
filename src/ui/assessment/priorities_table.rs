//! The gap chart's table alternative: gap, weight and priority per
//! component, in priority order.

use crate::model::assessment::Results;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// The gap chart's numbers in priority order.
#[component]
pub fn PrioritiesTable(
    /// The derived results.
    results: Memo<Results>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        view! {
            <table>
                <caption>{t.gaps_table_caption()}</caption>
                {head(&[t.col_component(), t.col_gap(), t.col_weight(), t.col_priority()])}
                <tbody>
                    {results
                        .get()
                        .priorities()
                        .iter()
                        .map(|c| {
                            view! {
                                <tr>
                                    <th scope="row">{labels::component(t, c.component).0}</th>
                                    <td>{locale.format_number(c.gap().unwrap_or(0.0), 1)}</td>
                                    <td>{locale.format_number(c.weight, 1)}</td>
                                    <td>{locale.format_number(c.priority().unwrap_or(0.0), 1)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
    }
}
