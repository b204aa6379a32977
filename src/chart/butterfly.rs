//! A diverging "butterfly" chart of two profiles on bipolar scales: the
//! scale names down the middle, the first profile's bars growing to the
//! left and the second's to the right, and each row's gap marked at the
//! right edge, coloured and lettered by its flag.

use super::{begin, palette, text, ChartError};
use crate::chart::radar::wrap;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// How a row's gap is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// No flag.
    Plain,
    /// A gap to talk about.
    Amber,
    /// A deal-breaker.
    Red,
}

/// One scale: its name, both answers (1–5, or none) and its gap's mark.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The scale's name, already translated.
    pub label: String,
    /// The left-hand profile's answer.
    pub left: Option<u8>,
    /// The right-hand profile's answer.
    pub right: Option<u8>,
    /// How the gap is marked.
    pub mark: Mark,
}

/// What a butterfly chart shows. Texts are already in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub struct ButterflyChart {
    /// The caption above the chart.
    pub title: String,
    /// The left-hand profile's name, above its bars.
    pub left_name: String,
    /// The right-hand profile's name, above its bars.
    pub right_name: String,
    /// The heading of the gap column.
    pub gap_label: String,
    /// The rows, top first.
    pub rows: Vec<Row>,
}

/// The height a chart of `rows` rows needs.
pub fn height_for(rows: usize) -> u32 {
    84 + ROW * rows.max(1) as u32
}

/// Pixels per row: room for a two-line scale name.
const ROW: u32 = 38;

/// Draws `chart` into `area`. Answers outside 1–5 are brought into range;
/// a missing answer draws no bar.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &ButterflyChart,
) -> Result<(), ChartError> {
    let (w, _) = begin(area, &chart.title)?;
    let center = (w - 56) / 2;
    let half_label = 96;
    let (left_end, right_end) = (16, w - 72);
    let left_start = center - half_label;
    let right_start = center + half_label;
    let top = 66;
    let row = ROW as i32;
    let length = |value: Option<u8>, span: i32| {
        value.map(|v| f64::from(v.clamp(1, 5)) / 5.0 * f64::from(span))
    };

    // The names head their halves, shortened to fit; the table alternative
    // gives them in full.
    let fits = ((left_start - left_end) as f64 / (13.0 * 0.56)) as usize;
    area.draw(&Text::new(
        shorten(&chart.left_name, fits),
        (left_start - 4, 44),
        text(13.0, HPos::Right, VPos::Center),
    ))?;
    area.draw(&Text::new(
        shorten(&chart.right_name, fits),
        (right_start + 4, 44),
        text(13.0, HPos::Left, VPos::Center),
    ))?;
    area.draw(&Text::new(
        chart.gap_label.as_str(),
        (w - 32, 44),
        text(12.0, HPos::Center, VPos::Center),
    ))?;

    for (i, r) in chart.rows.iter().enumerate() {
        let y = top + i as i32 * row;
        let middle = y + row / 2;
        area.draw(&PathElement::new(
            vec![(left_end, y + row), (w - 8, y + row)],
            palette::GRID,
        ))?;
        if let Some(len) = length(r.left, left_start - left_end) {
            area.draw(&Rectangle::new(
                [
                    (left_start - len.round() as i32, y + 8),
                    (left_start, y + row - 8),
                ],
                palette::PRIMARY.filled(),
            ))?;
        }
        if let Some(len) = length(r.right, right_end - right_start) {
            area.draw(&Rectangle::new(
                [
                    (right_start, y + 8),
                    (right_start + len.round() as i32, y + row - 8),
                ],
                palette::SECONDARY.filled(),
            ))?;
        }
        let lines = wrap(&r.label);
        let first = middle - (lines.len() as i32 - 1) * 7;
        for (j, line) in lines.iter().enumerate() {
            area.draw(&Text::new(
                *line,
                (center, first + j as i32 * 14),
                text(12.0, HPos::Center, VPos::Center),
            ))?;
        }
        if let (Some(a), Some(b)) = (r.left, r.right) {
            let gap = a.clamp(1, 5).abs_diff(b.clamp(1, 5));
            let (color, sign) = match r.mark {
                Mark::Plain => (palette::FAINT, ""),
                Mark::Amber => (palette::AMBER, "!"),
                Mark::Red => (palette::RED, "!!"),
            };
            area.draw(&Circle::new((w - 32, middle), 13, color.filled()))?;
            area.draw(&Text::new(
                format!("{gap}{sign}"),
                (w - 32, middle),
                text(12.0, HPos::Center, VPos::Center).color(&WHITE),
            ))?;
        }
    }
    Ok(())
}

/// `name` cut to at most `max` characters, with an ellipsis when cut.
pub fn shorten(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_owned()
    } else {
        let kept: String = name.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    }
}
