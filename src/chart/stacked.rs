//! Stacked bars: one column per category, each split into series stacked
//! from zero, positive parts upwards and negative parts downwards, with a
//! legend, a value axis and each column's total written at its end.

use super::{begin, palette, text, ChartError, ValueAxis};
use crate::i18n::Locale;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// What a stacked bar chart shows. Texts are already in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub struct StackedChart {
    /// The caption above the chart.
    pub title: String,
    /// The label of the value axis, with its unit.
    pub value_label: String,
    /// The columns' labels, left to right.
    pub categories: Vec<String>,
    /// The series' names, in stacking order (bottom first).
    pub series: Vec<String>,
    /// One row per category, one value per series; a value that is not
    /// finite is drawn as zero.
    pub values: Vec<Vec<f64>>,
    /// The language whose number format the labels use.
    pub locale: Locale,
}

/// The width of a legend entry: a swatch and the longest name.
fn legend_column(series: &[String]) -> i32 {
    let longest = series.iter().map(|s| s.chars().count()).max().unwrap_or(0);
    (longest as f64 * 12.0 * 0.56).ceil() as i32 + 34
}

/// Draws `chart` into `area`.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &StackedChart,
) -> Result<(), ChartError> {
    let (w, h) = begin(area, &chart.title)?;
    let clean = |v: f64| if v.is_finite() { v } else { 0.0 };
    let sums: Vec<(f64, f64)> = chart
        .values
        .iter()
        .map(|row| {
            row.iter()
                .map(|v| clean(*v))
                .fold((0.0, 0.0), |(neg, pos), v| {
                    if v < 0.0 {
                        (neg + v, pos)
                    } else {
                        (neg, pos + v)
                    }
                })
        })
        .collect();
    let low = sums.iter().map(|s| s.0).fold(0.0, f64::min);
    let high = sums.iter().map(|s| s.1).fold(0.0, f64::max);
    let axis = ValueAxis::new(low, high, chart.locale);
    let left = axis.left;
    let column = legend_column(&chart.series);
    let per_row = ((w - 32) / column).max(1) as usize;
    let rows = chart.series.len().div_ceil(per_row) as i32;
    let (right, top, bottom) = (w - 12, 62 + rows * 22, h - 34);
    let y = |v: f64| axis.y(v, top, bottom);
    axis.draw(area, &chart.value_label, right, (top, bottom))?;
    // The legend, under the axis label.
    for (i, name) in chart.series.iter().enumerate() {
        let x = 16 + (i % per_row) as i32 * column;
        let ly = 58 + (i / per_row) as i32 * 22;
        area.draw(&Rectangle::new(
            [(x, ly - 6), (x + 14, ly + 6)],
            palette::series(i).filled(),
        ))?;
        area.draw(&Text::new(
            name.as_str(),
            (x + 20, ly),
            text(12.0, HPos::Left, VPos::Center),
        ))?;
    }

    let n = chart.categories.len().max(1);
    let slot = f64::from(right - left) / n as f64;
    // Every category is labelled when there is room, else every k-th.
    let every = (n as f64 * 40.0 / f64::from(right - left)).ceil().max(1.0) as usize;
    for (i, label) in chart.categories.iter().enumerate() {
        let center = left + (slot * (i as f64 + 0.5)).round() as i32;
        let half = ((slot * 0.32).round() as i32).max(2);
        let (mut up, mut down) = (0.0, 0.0);
        if let Some(row) = chart.values.get(i) {
            for (s, value) in row.iter().enumerate() {
                let v = clean(*value);
                let (from, to) = if v < 0.0 {
                    down += v;
                    (down - v, down)
                } else {
                    up += v;
                    (up - v, up)
                };
                if v != 0.0 {
                    area.draw(&Rectangle::new(
                        [(center - half, y(from)), (center + half, y(to))],
                        palette::series(s).filled(),
                    ))?;
                }
            }
        }
        if i % every == 0 {
            area.draw(&Text::new(
                label.as_str(),
                (center, bottom + 8),
                text(12.0, HPos::Center, VPos::Top),
            ))?;
        }
    }
    Ok(())
}
