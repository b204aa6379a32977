//! The saved scenarios side by side: the measures a consultant compares,
//! one column per scenario.

use crate::i18n::fill;
use crate::model::scenario::Outcome;
use crate::ui::context::use_ctx;
use crate::ui::economics::{currency, money, rate};
use leptos::prelude::*;

/// Key measures of every saved scenario.
#[component]
pub fn ScenarioTable(
    /// Each scenario's name and outcome.
    scenarios: Memo<Vec<(String, Outcome)>>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let currency = currency(ctx);
        let list = scenarios.get();
        let amount = |v: f64| money(locale, v, &currency);
        let year = |y: Option<u32>| {
            y.map_or_else(
                || t.econ_break_even_none().to_owned(),
                |y| fill(t.econ_break_even_year(), &[("year", &y.to_string())]),
            )
        };
        let rows: [(&str, Vec<String>); 5] = [
            (
                t.col_retention(),
                list.iter()
                    .map(|(_, o)| format!("{}\u{a0}%", rate(locale, o.inputs.retention)))
                    .collect(),
            ),
            (
                t.econ_clv(),
                list.iter().map(|(_, o)| amount(o.clv)).collect(),
            ),
            (
                t.econ_cohort_value(),
                list.iter().map(|(_, o)| amount(o.gain.today)).collect(),
            ),
            (
                t.econ_break_even(),
                list.iter().map(|(_, o)| year(o.break_even)).collect(),
            ),
            (
                t.chart_costs_title(),
                list.iter()
                    .map(|(_, o)| amount(o.cost_totals().0))
                    .collect(),
            ),
        ];
        view! {
            <table>
                <caption>{t.report_scenarios_caption()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_measure()}</th>
                        {list
                            .iter()
                            .map(|(name, _)| view! { <th scope="col">{name.clone()}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|(label, cells)| {
                            view! {
                                <tr>
                                    <th scope="row">{label}</th>
                                    {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
    }
}
