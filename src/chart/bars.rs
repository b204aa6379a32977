//! A labelled bar chart: one bar per category, values from zero up.

use super::{palette, ChartError};
use plotters::coord::Shift;
use plotters::prelude::*;

/// What a bar chart shows. Labels are already in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    /// The caption above the bars.
    pub title: String,
    /// The label of the value axis, with its unit.
    pub value_label: String,
    /// One bar per entry: its category label and its value.
    pub bars: Vec<(String, f64)>,
}

/// Draws `chart` into `area`. Values that are not finite or are negative
/// are drawn as zero, so a bad number can never break the picture.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &BarChart,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    area.fill(&WHITE)?;
    let values: Vec<f64> = chart
        .bars
        .iter()
        .map(|(_, v)| if v.is_finite() && *v > 0.0 { *v } else { 0.0 })
        .collect();
    let top = values.iter().copied().fold(0.0_f64, f64::max);
    let top = if top > 0.0 { top * 1.1 } else { 1.0 };
    let labels: Vec<&str> = chart.bars.iter().map(|(label, _)| label.as_str()).collect();
    let count = labels.len().max(1);

    let mut ctx = ChartBuilder::on(area)
        .caption(
            &chart.title,
            ("sans-serif", 20).into_font().color(&palette::INK),
        )
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(56)
        .build_cartesian_2d((0..count).into_segmented(), 0.0..top)
        .map_err(|_| ChartError)?;
    ctx.configure_mesh()
        .disable_x_mesh()
        .light_line_style(palette::GRID)
        .y_desc(chart.value_label.as_str())
        .x_label_formatter(&|segment| match segment {
            SegmentValue::CenterOf(i) => {
                labels.get(*i).map_or_else(String::new, |s| (*s).to_owned())
            }
            _ => String::new(),
        })
        .label_style(("sans-serif", 14).into_font().color(&palette::INK))
        .draw()
        .map_err(|_| ChartError)?;
    ctx.draw_series(
        Histogram::vertical(&ctx)
            .style(palette::PRIMARY.filled())
            .margin(24)
            .data(values.iter().enumerate().map(|(i, v)| (i, *v))),
    )
    .map_err(|_| ChartError)?;
    Ok(())
}
