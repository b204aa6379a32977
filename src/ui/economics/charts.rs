//! The loyalty tool's charts, drawn from an [`Outcome`] in the user's
//! language and currency.

use crate::chart::line::{self, LineChart, Mark};
use crate::chart::stacked::{self, StackedChart};
use crate::chart::{self, ChartError};
use crate::i18n::{fill, Locale, Strings};
use crate::model::scenario::Outcome;

/// The width of every chart, in SVG pixels.
const WIDTH: u32 = 640;

/// A text list's item, or nothing.
fn item(list: &'static [&'static str], i: usize) -> String {
    list.get(i).copied().unwrap_or_default().to_owned()
}

/// A retention rate as a whole percentage, in the user's format.
pub(crate) fn rate(locale: Locale, retention: f64) -> String {
    locale.format_number(retention * 100.0, 0)
}

/// The yearly cost of the base by line, today and with better retention.
pub(super) fn costs_svg(
    t: &'static Strings,
    locale: Locale,
    currency: &str,
    o: &Outcome,
) -> Result<String, ChartError> {
    let data = StackedChart {
        title: t.chart_costs_title().to_owned(),
        value_label: currency.to_owned(),
        categories: vec![
            fill(
                t.costs_today(),
                &[("rate", &rate(locale, o.inputs.retention))],
            ),
            fill(
                t.costs_better(),
                &[("rate", &rate(locale, o.gain.better_retention))],
            ),
        ],
        series: (0..5).map(|i| item(t.cost_lines(), i)).collect(),
        values: vec![
            o.costs_today.iter().map(|(_, c)| *c).collect(),
            o.costs_better.iter().map(|(_, c)| *c).collect(),
        ],
        locale,
    };
    chart::to_svg(WIDTH, 400, |area| stacked::draw(area, &data))
}

/// Profit per retained customer by year of tenure, in Reichheld's layers,
/// with acquisition as a negative bar in year 0.
pub(super) fn tenure_svg(
    t: &'static Strings,
    locale: Locale,
    currency: &str,
    o: &Outcome,
) -> Result<String, ChartError> {
    let mut values = vec![vec![-o.inputs.acquisition_cost, 0.0, 0.0, 0.0, 0.0, 0.0]];
    values.extend(o.profits.iter().map(|p| {
        vec![
            0.0,
            p.base,
            p.revenue_growth,
            p.cost_savings,
            p.referrals,
            p.price_premium,
        ]
    }));
    let data = StackedChart {
        title: t.chart_tenure_title().to_owned(),
        value_label: currency.to_owned(),
        categories: (0..values.len()).map(|y| y.to_string()).collect(),
        series: (0..6).map(|i| item(t.tenure_layers(), i)).collect(),
        values,
        locale,
    };
    chart::to_svg(WIDTH, 400, |area| stacked::draw(area, &data))
}

/// Cost to serve one customer in each year of tenure.
pub(super) fn service_svg(
    t: &'static Strings,
    locale: Locale,
    currency: &str,
    o: &Outcome,
) -> Result<String, ChartError> {
    let data = StackedChart {
        title: t.chart_service_title().to_owned(),
        value_label: currency.to_owned(),
        categories: (1..=o.service.len()).map(|y| y.to_string()).collect(),
        series: vec![item(t.cost_lines(), 1)],
        values: o.service.iter().map(|c| vec![*c]).collect(),
        locale,
    };
    chart::to_svg(WIDTH, 320, |area| stacked::draw(area, &data))
}

/// The cohort's cumulative discounted profit, break-even marked.
pub(crate) fn cumulative_svg(
    t: &'static Strings,
    locale: Locale,
    currency: &str,
    series: Vec<(String, &Outcome)>,
) -> Result<String, ChartError> {
    let longest = series
        .iter()
        .map(|(_, o)| o.cumulative.len())
        .max()
        .unwrap_or(1);
    let marks = match series.as_slice() {
        [(_, o)] => o
            .break_even
            .map(|y| Mark {
                x: f64::from(y),
                label: t.break_even_mark().to_owned(),
            })
            .into_iter()
            .collect(),
        _ => Vec::new(),
    };
    let title = if series.len() > 1 {
        t.chart_compare_title()
    } else {
        t.chart_cumulative_title()
    };
    let data = LineChart {
        title: title.to_owned(),
        value_label: currency.to_owned(),
        x_label: t.col_year().to_owned(),
        xs: (0..longest).map(|y| y as f64).collect(),
        series: series
            .into_iter()
            .map(|(label, o)| line::Series {
                label,
                // A shorter horizon ends its line early.
                values: (0..longest)
                    .map(|y| o.cumulative.get(y).copied().unwrap_or(f64::NAN))
                    .collect(),
            })
            .collect(),
        marks,
        locale,
    };
    chart::to_svg(WIDTH, 340, |area| line::draw(area, &data))
}

/// Lifetime value against retention, today's rate and +5 points marked.
pub(super) fn sensitivity_svg(
    t: &'static Strings,
    locale: Locale,
    currency: &str,
    o: &Outcome,
) -> Result<String, ChartError> {
    let data = LineChart {
        title: t.chart_sensitivity_title().to_owned(),
        value_label: currency.to_owned(),
        x_label: t.axis_retention().to_owned(),
        xs: o.sensitivity.iter().map(|(r, _)| r * 100.0).collect(),
        series: vec![line::Series {
            label: t.col_clv().to_owned(),
            values: o.sensitivity.iter().map(|(_, v)| *v).collect(),
        }],
        marks: vec![
            Mark {
                x: o.inputs.retention * 100.0,
                label: t.mark_today().to_owned(),
            },
            Mark {
                x: o.gain.better_retention * 100.0,
                label: t.mark_plus_five().to_owned(),
            },
        ],
        locale,
    };
    chart::to_svg(WIDTH, 340, |area| line::draw(area, &data))
}
