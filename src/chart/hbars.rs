//! A horizontal bar chart, for long category labels: labels on the left,
//! bars from zero to the right, each bar's value at its end.

use super::{axis, bar_values, begin, palette, text, ChartError};
use crate::i18n::Locale;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// What a horizontal bar chart shows, top to bottom.
#[derive(Clone, Debug, PartialEq)]
pub struct HBarChart {
    /// The caption above the bars.
    pub title: String,
    /// The label of the value axis, with its unit.
    pub value_label: String,
    /// One bar per entry, top first: its label and its value.
    pub bars: Vec<(String, f64)>,
    /// The language whose number format the labels use.
    pub locale: Locale,
    /// Decimal places of the values written at the bars' ends.
    pub decimals: usize,
}

/// The height a chart of `bars` bars needs, so that every bar keeps a
/// readable thickness.
pub fn height_for(bars: usize) -> u32 {
    90 + 36 * bars.max(1) as u32
}

/// Draws `chart` into `area`; bad numbers are drawn as zero.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &HBarChart,
) -> Result<(), ChartError> {
    let (w, h) = begin(area, &chart.title)?;
    let (left, right, top, bottom) = (190, w - 56, 44, h - 40);
    let values = bar_values(&chart.bars);
    let ticks = axis::ticks(values.iter().copied().fold(0.0, f64::max), 4);
    let scale = ticks.last().copied().unwrap_or(1.0).max(f64::MIN_POSITIVE);
    let x = |v: f64| left + ((v / scale) * f64::from(right - left)).round() as i32;
    for tick in &ticks {
        let tx = x(*tick);
        area.draw(&PathElement::new(
            vec![(tx, top), (tx, bottom)],
            palette::GRID,
        ))?;
        area.draw(&Text::new(
            chart.locale.format_number(*tick, 0),
            (tx, bottom + 6),
            text(12.0, HPos::Center, VPos::Top),
        ))?;
    }
    area.draw(&Text::new(
        chart.value_label.as_str(),
        (right, h - 4),
        text(12.0, HPos::Right, VPos::Bottom),
    ))?;
    let slot = f64::from(bottom - top) / chart.bars.len().max(1) as f64;
    for (i, ((label, _), value)) in chart.bars.iter().zip(&values).enumerate() {
        let middle = top + (slot * (i as f64 + 0.5)).round() as i32;
        let half = ((slot * 0.32).round() as i32).max(3);
        area.draw(&Rectangle::new(
            [(left, middle - half), (x(*value), middle + half)],
            palette::SECONDARY.filled(),
        ))?;
        area.draw(&Text::new(
            label.as_str(),
            (left - 8, middle),
            text(13.0, HPos::Right, VPos::Center),
        ))?;
        area.draw(&Text::new(
            chart.locale.format_number(*value, chart.decimals),
            (x(*value) + 6, middle),
            text(13.0, HPos::Left, VPos::Center),
        ))?;
    }
    area.draw(&PathElement::new(
        vec![(left, top), (left, bottom)],
        palette::INK,
    ))?;
    Ok(())
}
