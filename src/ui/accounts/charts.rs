//! The key-account tool's charts: the matrix in two layers (points, then
//! thresholds and quadrant names) and the whale curve.

use super::common::{item, kind, percent};
use crate::chart::line::{self, LineChart, Mark, Series};
use crate::chart::scatter::{self, Point, Scatter};
use crate::chart::{self, ChartError};
use crate::i18n::{fill, Locale, Strings};
use crate::model::accounts::{Customer, Kind, Whale};

/// The size of every chart, in SVG pixels.
const SIZE: (u32, u32) = (640, 420);

/// How many points the whale curve is drawn from.
const WHALE_POINTS: usize = 100;

/// The matrix of `customers` at `thresholds`, its texts in the language.
pub(super) fn matrix(
    t: &'static Strings,
    locale: Locale,
    currency: &str,
    customers: &[Customer],
    thresholds: (f64, f64),
) -> Scatter {
    let axis = |label: &str| format!("{label}, {currency}");
    Scatter {
        title: t.acc_matrix_title().to_owned(),
        x_label: axis(t.acc_col_revenue()),
        y_label: axis(t.acc_col_cost()),
        points: customers
            .iter()
            .map(|c| Point {
                x: c.revenue,
                y: c.cost_to_serve,
                group: usize::from(c.profit() < 0.0),
            })
            .collect(),
        groups: vec![
            item(t.acc_groups(), 0).to_owned(),
            item(t.acc_groups(), 1).to_owned(),
        ],
        thresholds,
        // Low revenue and high cost, high and high, low and low, high and low.
        quadrants: [
            kind(t, Kind::LossMaker),
            kind(t, Kind::DemandingBig),
            kind(t, Kind::Small),
            kind(t, Kind::SleepingGiant),
        ]
        .map(str::to_owned),
        locale,
    }
}

/// The matrix's points layer.
pub(super) fn points_svg(chart: &Scatter) -> Result<String, ChartError> {
    chart::to_svg(SIZE.0, SIZE.1, |area| scatter::draw_points(area, chart))
}

/// The matrix's overlay: thresholds and quadrant names.
pub(super) fn overlay_svg(chart: &Scatter) -> Result<String, ChartError> {
    chart::to_svg(SIZE.0, SIZE.1, |area| scatter::draw_overlay(area, chart))
}

/// The whale curve, with its peak marked.
pub(super) fn whale_svg(
    t: &'static Strings,
    locale: Locale,
    currency: &str,
    whale: &Whale,
) -> Result<String, ChartError> {
    let points = whale.points(WHALE_POINTS);
    let peak = if whale.profits.is_empty() {
        0.0
    } else {
        whale.peak.0 as f64 / whale.profits.len() as f64 * 100.0
    };
    let data = LineChart {
        title: t.acc_whale_title().to_owned(),
        value_label: format!("{}, {currency}", t.acc_col_cumulative()),
        x_label: t.acc_whale_x().to_owned(),
        xs: points.iter().map(|p| p.share).collect(),
        series: vec![Series {
            label: t.acc_col_cumulative().to_owned(),
            values: points.iter().map(|p| p.cumulative).collect(),
        }],
        marks: whale
            .peak_share
            .map(|share| Mark {
                x: peak,
                label: fill(
                    "{peak}: {share}",
                    &[
                        ("peak", t.acc_whale_peak()),
                        ("share", &percent(t, locale, share)),
                    ],
                ),
            })
            .into_iter()
            .collect(),
        locale,
    };
    chart::to_svg(SIZE.0, SIZE.1, |area| line::draw(area, &data))
}
