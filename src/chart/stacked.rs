//! Stacked bars: one column per category, each split into series stacked
//! from zero, positive parts upwards and negative parts downwards, with a
//! legend, a value axis and each column's total written at its end.

use super::{axis, begin, palette, text, ChartError};
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
    let ticks = axis::range_ticks(low, high, 5);
    let labels: Vec<String> = ticks
        .iter()
        .map(|t| chart.locale.format_number(*t, 0))
        .collect();
    let widest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(1) as f64;
    let left = (widest * 12.0 * 0.56).ceil() as i32 + 14;
    let column = legend_column(&chart.series);
    let per_row = ((w - 32) / column).max(1) as usize;
    let rows = chart.series.len().div_ceil(per_row) as i32;
    let (right, top, bottom) = (w - 12, 62 + rows * 22, h - 34);
    let (lo, hi) = (
        ticks.first().copied().unwrap_or(0.0),
        ticks.last().copied().unwrap_or(1.0),
    );
    let span = (hi - lo).max(f64::MIN_POSITIVE);
    let y = |v: f64| bottom - ((v - lo) / span * f64::from(bottom - top)).round() as i32;

    area.draw(&Text::new(
        chart.value_label.as_str(),
        (8, 36),
        text(12.0, HPos::Left, VPos::Top),
    ))?;
    for (tick, label) in ticks.iter().zip(labels) {
        let ty = y(*tick);
        let color = if *tick == 0.0 {
            palette::INK
        } else {
            palette::GRID
        };
        area.draw(&PathElement::new(vec![(left, ty), (right, ty)], color))?;
        area.draw(&Text::new(
            label,
            (left - 6, ty),
            text(12.0, HPos::Right, VPos::Center),
        ))?;
    }
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
