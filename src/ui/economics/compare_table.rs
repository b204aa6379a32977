//! Two scenarios side by side: the numbers a consultant compares.

use super::charts::rate;
use super::common::{currency, money};
use super::scenarios_panel::Compared;
use crate::i18n::fill;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// Key measures of two scenarios.
#[component]
pub fn CompareTable(
    /// The two scenarios and their outcomes.
    compared: Memo<Compared>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let currency = currency(ctx);
        compared.get().map(|((a, oa), (b, ob))| {
            let amount = |v: f64| money(locale, v, &currency);
            let year = |y: Option<u32>| {
                y.map_or_else(
                    || t.econ_break_even_none.to_owned(),
                    |y| fill(t.econ_break_even_year, &[("year", &y.to_string())]),
                )
            };
            let rows = [
                (
                    t.col_retention,
                    format!("{}\u{a0}%", rate(locale, oa.inputs.retention)),
                    format!("{}\u{a0}%", rate(locale, ob.inputs.retention)),
                ),
                (t.econ_clv, amount(oa.clv), amount(ob.clv)),
                (
                    t.econ_cohort_value,
                    amount(oa.gain.today),
                    amount(ob.gain.today),
                ),
                (t.econ_break_even, year(oa.break_even), year(ob.break_even)),
                (
                    t.chart_costs_title,
                    amount(oa.cost_totals().0),
                    amount(ob.cost_totals().0),
                ),
            ];
            view! {
                <table>
                    <caption>{t.chart_compare_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_measure}</th>
                            <th scope="col">{a}</th>
                            <th scope="col">{b}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|(label, x, y)| {
                                view! {
                                    <tr>
                                        <th scope="row">{label}</th>
                                        <td>{x}</td>
                                        <td>{y}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            }
        })
    }
}
