//! Two scenarios side by side: the numbers a consultant compares, the
//! difference between them, and every input in which they differ.

use super::charts::rate;
use super::common::{currency, figure, money, unit_label};
use super::scenarios_panel::Compared;
use crate::i18n::fill;
use crate::model::scenario::{differences, Unit};
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
        compared.get().map(|((a, oa, sa), (b, ob, sb))| {
            let amount = |v: f64| money(locale, v, &currency);
            // The second minus the first, signed, in the measure's unit.
            let signed = |text: String, delta: f64| {
                if delta > 0.0 {
                    format!("+{text}")
                } else if delta < 0.0 {
                    format!("\u{2212}{}", text.trim_start_matches('-'))
                } else {
                    text
                }
            };
            let money_delta = |x: f64, y: f64| signed(amount((y - x).abs()), y - x);
            let years_delta = |x: Option<u32>, y: Option<u32>| match (x, y) {
                (Some(x), Some(y)) => {
                    let d = i64::from(y) - i64::from(x);
                    signed(d.abs().to_string(), d as f64)
                }
                _ => "\u{2014}".to_owned(),
            };
            let year = |y: Option<u32>| {
                y.map_or_else(
                    || t.econ_break_even_none().to_owned(),
                    |y| fill(t.econ_break_even_year(), &[("year", &y.to_string())]),
                )
            };
            let points = (ob.inputs.retention - oa.inputs.retention) * 100.0;
            let rows = [
                (
                    t.col_retention().to_owned(),
                    format!("{}\u{a0}%", rate(locale, oa.inputs.retention)),
                    format!("{}\u{a0}%", rate(locale, ob.inputs.retention)),
                    signed(
                        format!(
                            "{}\u{a0}%",
                            rate(locale, (ob.inputs.retention - oa.inputs.retention).abs())
                        ),
                        points,
                    ),
                ),
                (
                    t.econ_clv().to_owned(),
                    amount(oa.clv),
                    amount(ob.clv),
                    money_delta(oa.clv, ob.clv),
                ),
                (
                    t.econ_cohort_value().to_owned(),
                    amount(oa.gain.today),
                    amount(ob.gain.today),
                    money_delta(oa.gain.today, ob.gain.today),
                ),
                (
                    t.econ_break_even().to_owned(),
                    year(oa.break_even),
                    year(ob.break_even),
                    years_delta(oa.break_even, ob.break_even),
                ),
                (
                    t.chart_costs_title().to_owned(),
                    amount(oa.cost_totals().0),
                    amount(ob.cost_totals().0),
                    money_delta(oa.cost_totals().0, ob.cost_totals().0),
                ),
            ];
            // Every input in which the two differ, figures then switches.
            let (fields, effects) = differences(&sa, &sb);
            let shown = |field, value: f64| {
                let number = figure(locale, field, value);
                match unit_label(t, locale, field.unit(), value) {
                    Some(unit) => format!("{number}\u{a0}{unit}"),
                    None => format!("{number}\u{a0}{currency}"),
                }
            };
            let switch = |on: bool| if on { t.compare_on() } else { t.compare_off() };
            let mut inputs: Vec<(String, String, String, String)> = fields
                .into_iter()
                .map(|field| {
                    let (x, y) = (sa.figures.get(field), sb.figures.get(field));
                    let delta = y - x;
                    let label = t
                        .econ_fields()
                        .get(field as usize)
                        .copied()
                        .unwrap_or_default();
                    let difference = match field.unit() {
                        Unit::Money => money_delta(x, y),
                        _ => signed(shown(field, delta.abs()), delta),
                    };
                    (
                        label.to_owned(),
                        shown(field, x),
                        shown(field, y),
                        difference,
                    )
                })
                .collect();
            let (ea, eb) = (sa.effects.in_order(), sb.effects.in_order());
            inputs.extend(effects.into_iter().map(|i| {
                let label = t.econ_effects().get(i).copied().unwrap_or_default();
                (
                    label.to_owned(),
                    switch(ea[i]).to_owned(),
                    switch(eb[i]).to_owned(),
                    String::new(),
                )
            }));
            let row = |(label, x, y, d): (String, String, String, String)| {
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td>{x}</td>
                        <td>{y}</td>
                        <td>{d}</td>
                    </tr>
                }
            };
            let inputs = (!inputs.is_empty()).then(|| {
                view! {
                    <tbody>
                        <tr>
                            <th scope="rowgroup" colspan="4">{t.compare_inputs()}</th>
                        </tr>
                        {inputs.into_iter().map(row).collect_view()}
                    </tbody>
                }
            });
            view! {
                <table>
                    <caption>{t.chart_compare_caption()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_measure()}</th>
                            <th scope="col">{a}</th>
                            <th scope="col">{b}</th>
                            <th scope="col">{t.col_difference()}</th>
                        </tr>
                    </thead>
                    <tbody>{rows.into_iter().map(row).collect_view()}</tbody>
                    {inputs}
                </table>
            }
        })
    }
}
