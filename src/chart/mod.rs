//! Charts as functions over any plotters [`DrawingBackend`].
//!
//! A chart function takes a drawing area and a plain value and draws; it
//! does not know whether it draws into the page's SVG or into a test's
//! string. The UI calls [`to_svg`] and places the result inline; the
//! [`svg::SvgWriter`] escapes all text, so user-given labels cannot inject
//! markup (`tests/chart.rs` proves it).

pub mod axis;
pub mod bars;
pub mod butterfly;
pub mod hbars;
pub mod line;
pub mod radar;
pub mod scatter;
pub mod stacked;
pub mod svg;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontFamily;

/// The palette the charts share, chosen for contrast on white and for
/// telling series apart without colour alone (the table alternatives carry
/// the numbers).
pub mod palette {
    use plotters::style::RGBColor;
    /// The main series.
    pub const PRIMARY: RGBColor = RGBColor(0x1f, 0x5f, 0x8b);
    /// A second series or a target.
    pub const SECONDARY: RGBColor = RGBColor(0xc2, 0x6a, 0x1b);
    /// Axes and text.
    pub const INK: RGBColor = RGBColor(0x22, 0x2b, 0x33);
    /// Grid lines.
    pub const GRID: RGBColor = RGBColor(0xd5, 0xdb, 0xe0);
    /// An earlier state, drawn behind the current one.
    pub const FAINT: RGBColor = RGBColor(0x7a, 0x86, 0x91);
    /// A warning: something to talk about.
    pub const AMBER: RGBColor = RGBColor(0xa8, 0x5d, 0x00);
    /// A deal-breaker.
    pub const RED: RGBColor = RGBColor(0xb3, 0x1b, 0x1b);

    /// Colours for up to six series that sit side by side (stacked layers,
    /// lines), told apart on white and by colour-blind readers; the table
    /// alternatives carry the numbers.
    const SERIES: [RGBColor; 6] = [
        RGBColor(0x1f, 0x5f, 0x8b),
        RGBColor(0xc2, 0x6a, 0x1b),
        RGBColor(0x2a, 0x9d, 0x8f),
        RGBColor(0x7b, 0x4f, 0x9d),
        RGBColor(0xb8, 0x9b, 0x1d),
        RGBColor(0x8c, 0x3b, 0x3b),
    ];

    /// The colour of series `i` (repeating after six).
    pub fn series(i: usize) -> RGBColor {
        SERIES[i % SERIES.len()]
    }
}

/// A chart could not be drawn. The backend's own error is dropped on
/// purpose: the UI only needs to know to show the table instead, and
/// formatting the error would pull the I/O error texts into the download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartError;

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(_: DrawingAreaErrorKind<E>) -> Self {
        ChartError
    }
}

/// Text in the charts' ink, at `size` user units, placed by its anchor.
pub(crate) fn text(size: f64, h: HPos, v: VPos) -> TextStyle<'static> {
    // The family as the enum, not the text "sans-serif": plotters reads a
    // family's name through `str::to_lowercase`, whose Unicode tables
    // (12 KB) every view with a chart fetched for this one call.
    TextStyle::from((FontFamily::SansSerif, size).into_font())
        .color(&palette::INK)
        .pos(Pos::new(h, v))
}

/// Clears `area` to white and writes `title` centred at its top; returns
/// the area's width and height.
pub(crate) fn begin<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    title: &str,
) -> Result<(i32, i32), ChartError> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    area.fill(&WHITE)?;
    area.draw(&Text::new(
        title,
        (w / 2, 8),
        text(18.0, HPos::Center, VPos::Top),
    ))?;
    Ok((w, h))
}

/// A vertical value axis from the lowest to the highest value (zero always
/// in), shared by the charts whose values may be negative: round ticks,
/// their labels in the user's number format, and the room those labels need.
pub(crate) struct ValueAxis {
    ticks: Vec<f64>,
    labels: Vec<String>,
    /// Where the plot starts: the widest label fits to its left.
    pub(crate) left: i32,
}

impl ValueAxis {
    /// The axis for values from `low` to `high`.
    pub(crate) fn new(low: f64, high: f64, locale: crate::i18n::Locale) -> ValueAxis {
        let ticks = axis::range_ticks(low, high, 5);
        let labels: Vec<String> = ticks.iter().map(|t| locale.format_number(*t, 0)).collect();
        let widest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(1) as f64;
        ValueAxis {
            ticks,
            labels,
            left: (widest * 12.0 * 0.56).ceil() as i32 + 14,
        }
    }

    /// The height of `v` in a plot from `top` to `bottom`.
    pub(crate) fn y(&self, v: f64, top: i32, bottom: i32) -> i32 {
        let lo = self.ticks.first().copied().unwrap_or(0.0);
        let hi = self.ticks.last().copied().unwrap_or(1.0);
        let span = (hi - lo).max(f64::MIN_POSITIVE);
        bottom - ((v - lo) / span * f64::from(bottom - top)).round() as i32
    }

    /// Draws the unit at the top left, then a grid line per tick (zero in
    /// ink) from the axis to `right`, each labelled.
    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        unit: &str,
        right: i32,
        (top, bottom): (i32, i32),
    ) -> Result<(), ChartError> {
        area.draw(&Text::new(unit, (8, 36), text(12.0, HPos::Left, VPos::Top)))?;
        for (tick, label) in self.ticks.iter().zip(&self.labels) {
            let ty = self.y(*tick, top, bottom);
            let color = if *tick == 0.0 {
                palette::INK
            } else {
                palette::GRID
            };
            area.draw(&PathElement::new(vec![(self.left, ty), (right, ty)], color))?;
            area.draw(&Text::new(
                label.as_str(),
                (self.left - 6, ty),
                text(12.0, HPos::Right, VPos::Center),
            ))?;
        }
        Ok(())
    }
}

/// Bar lengths for `bars`: zero for values that are negative or not finite,
/// so a bad number can never break a picture.
pub(crate) fn bar_values(bars: &[(String, f64)]) -> Vec<f64> {
    bars.iter()
        .map(|(_, v)| if v.is_finite() && *v > 0.0 { *v } else { 0.0 })
        .collect()
}

/// Draws with `draw` into an SVG document of `width` × `height` user units.
/// On failure the error is returned and no partial SVG leaks out.
pub fn to_svg<F>(width: u32, height: u32, draw: F) -> Result<String, ChartError>
where
    F: FnOnce(&DrawingArea<svg::SvgWriter<'_>, Shift>) -> Result<(), ChartError>,
{
    let mut out = String::new();
    {
        let root = svg::SvgWriter::new(&mut out, (width, height)).into_drawing_area();
        draw(&root)?;
        root.present()?;
    }
    Ok(out)
}
