//! Lines over a numeric x axis (years, retention rates): one line per
//! series with a dot per point, optional vertical marks with labels (the
//! break-even year, today's retention), and a zero line when values go
//! below it.

use super::{axis, begin, palette, text, ChartError, ValueAxis};
use crate::i18n::Locale;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One line: its name and a y value per x.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// The name in the legend.
    pub label: String,
    /// One value per x; a value that is not finite breaks the line there.
    pub values: Vec<f64>,
}

/// A vertical mark at `x`, labelled.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Where, on the x axis.
    pub x: f64,
    /// What it marks.
    pub label: String,
}

/// What a line chart shows. Texts are already in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub struct LineChart {
    /// The caption above the chart.
    pub title: String,
    /// The label of the value axis, with its unit.
    pub value_label: String,
    /// The label of the x axis.
    pub x_label: String,
    /// The x values, ascending.
    pub xs: Vec<f64>,
    /// The lines.
    pub series: Vec<Series>,
    /// The vertical marks.
    pub marks: Vec<Mark>,
    /// The language whose number format the labels use.
    pub locale: Locale,
}

/// Draws `chart` into `area`.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &LineChart,
) -> Result<(), ChartError> {
    let (w, h) = begin(area, &chart.title)?;
    let finite = chart
        .series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .filter(|v| v.is_finite());
    let (low, high) = finite.fold((0.0, 0.0), |(lo, hi): (f64, f64), v| (lo.min(v), hi.max(v)));
    let axis = ValueAxis::new(low, high, chart.locale);
    let left = axis.left;
    let legend = if chart.series.len() > 1 { 22 } else { 0 };
    let (right, top, bottom) = (w - 16, 58 + legend, h - 52);
    let y = |v: f64| axis.y(v, top, bottom);
    let clean_x: Vec<f64> = chart
        .xs
        .iter()
        .map(|x| if x.is_finite() { *x } else { 0.0 })
        .collect();
    let x_min = clean_x.first().copied().unwrap_or(0.0);
    let x_max = clean_x.last().copied().unwrap_or(1.0);
    let x_span = (x_max - x_min).max(f64::MIN_POSITIVE);
    let x = |v: f64| left + ((v - x_min) / x_span * f64::from(right - left)).round() as i32;

    axis.draw(area, &chart.value_label, right, (top, bottom))?;
    let x_ticks = axis::range_ticks(x_min, x_max, 6);
    for tick in x_ticks.iter().filter(|t| **t >= x_min && **t <= x_max) {
        area.draw(&Text::new(
            chart.locale.format_number(*tick, 0),
            (x(*tick), bottom + 6),
            text(12.0, HPos::Center, VPos::Top),
        ))?;
    }
    area.draw(&Text::new(
        chart.x_label.as_str(),
        ((left + right) / 2, h - 6),
        text(12.0, HPos::Center, VPos::Bottom),
    ))?;

    // Each mark's label on its own row, so marks close together stay legible.
    for (row, mark) in chart.marks.iter().enumerate() {
        if !mark.x.is_finite() {
            continue;
        }
        let mx = x(mark.x.clamp(x_min, x_max));
        area.draw(&PathElement::new(
            vec![(mx, top), (mx, bottom)],
            palette::FAINT.stroke_width(2),
        ))?;
        // Beside the line, on the side with more room.
        let (lx, anchor) = if mx > (left + right) / 2 {
            (mx - 4, HPos::Right)
        } else {
            (mx + 4, HPos::Left)
        };
        area.draw(&Text::new(
            mark.label.as_str(),
            (lx, top + 2 + row as i32 * 15),
            text(12.0, anchor, VPos::Top),
        ))?;
    }
    for (i, series) in chart.series.iter().enumerate() {
        let color = palette::series(i);
        // A value that is not finite ends one segment and starts the next.
        let mut segment: Vec<(i32, i32)> = Vec::new();
        for (xv, v) in clean_x.iter().zip(&series.values) {
            if v.is_finite() {
                let point = (x(*xv), y(*v));
                area.draw(&Circle::new(point, 3, color.filled()))?;
                segment.push(point);
            } else if !segment.is_empty() {
                area.draw(&PathElement::new(
                    std::mem::take(&mut segment),
                    color.stroke_width(3),
                ))?;
            }
        }
        area.draw(&PathElement::new(segment, color.stroke_width(3)))?;
        if legend > 0 {
            let lx = 16 + i as i32 * ((w - 32) / chart.series.len() as i32);
            area.draw(&Rectangle::new([(lx, 54), (lx + 14, 66)], color.filled()))?;
            area.draw(&Text::new(
                series.label.as_str(),
                (lx + 20, 60),
                text(12.0, HPos::Left, VPos::Center),
            ))?;
        }
    }
    Ok(())
}
