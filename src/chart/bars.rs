//! A labelled bar chart: one bar per category, values from zero up, with a
//! value axis and each bar's value written above it.
//!
//! It draws with plotters' primitives rather than its cartesian chart
//! builder, which would add about 27 KB gzip to every download, and formats
//! every number in the user's language.

use super::{axis, bar_values, begin, palette, text, ChartError};
use crate::i18n::Locale;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// What a bar chart shows. Labels are already in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    /// The caption above the bars.
    pub title: String,
    /// The label of the value axis, with its unit.
    pub value_label: String,
    /// One bar per entry: its category label and its value.
    pub bars: Vec<(String, f64)>,
    /// The language whose number format the labels use.
    pub locale: Locale,
    /// Decimal places of the values written above the bars.
    pub decimals: usize,
}

/// Draws `chart` into `area`. Values that are not finite or are negative
/// are drawn as zero bars and written as a dash, so a bad number can never
/// break the picture.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &BarChart,
) -> Result<(), ChartError> {
    let (width, height) = begin(area, &chart.title)?;

    // Title, then the axis label on its own line, then the plot.
    let (left, right, top, bottom) = (64, width - 16, 72, height - 40);
    let values = bar_values(&chart.bars);
    let ticks = axis::ticks(values.iter().copied().fold(0.0, f64::max), 4);
    let scale_top = ticks.last().copied().unwrap_or(1.0).max(f64::MIN_POSITIVE);
    let y = |v: f64| bottom - ((v / scale_top) * f64::from(bottom - top)).round() as i32;

    for tick in &ticks {
        let ty = y(*tick);
        area.draw(&PathElement::new(
            vec![(left, ty), (right, ty)],
            palette::GRID,
        ))?;
        area.draw(&Text::new(
            chart.locale.format_number(*tick, 0),
            (left - 6, ty),
            text(13.0, HPos::Right, VPos::Center),
        ))?;
    }
    area.draw(&Text::new(
        chart.value_label.as_str(),
        (8, 38),
        text(13.0, HPos::Left, VPos::Top),
    ))?;

    let slot = f64::from(right - left) / chart.bars.len().max(1) as f64;
    for (i, ((label, raw), value)) in chart.bars.iter().zip(&values).enumerate() {
        let center = left + (slot * (i as f64 + 0.5)).round() as i32;
        let half = ((slot * 0.3).round() as i32).max(4);
        let bar_top = y(*value);
        area.draw(&Rectangle::new(
            [(center - half, bar_top), (center + half, bottom)],
            palette::PRIMARY.filled(),
        ))?;
        let shown = if raw.is_finite() {
            chart.locale.format_number(*raw, chart.decimals)
        } else {
            chart.locale.format_number(f64::NAN, 0)
        };
        area.draw(&Text::new(
            shown,
            (center, bar_top - 4),
            text(14.0, HPos::Center, VPos::Bottom),
        ))?;
        area.draw(&Text::new(
            label.as_str(),
            (center, bottom + 8),
            text(14.0, HPos::Center, VPos::Top),
        ))?;
    }
    area.draw(&PathElement::new(
        vec![(left, bottom), (right, bottom)],
        palette::INK,
    ))?;
    Ok(())
}
