//! A scatter chart with two thresholds that divide it into four named
//! quadrants: the key-account tool's revenue × cost-to-serve matrix (after
//! Shapiro et al., HBR 1987).
//!
//! It draws in two layers over the same scale: [`draw_points`] (title,
//! axes, a dot per point, the legend), which depends on the data only, and
//! [`draw_overlay`] (threshold lines, quadrant names), transparent and
//! small. Moving a threshold redraws only the overlay, so 5,000 customers
//! follow a slider within a frame. [`draw`] draws both, one over the other.
//! Points within the same 2 × 2 pixels in the same group are drawn once.

use super::{axis, begin, palette, text, ChartError, ValueAxis};
use crate::i18n::Locale;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One point, in data units, with the index of its group (colour).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Across.
    pub x: f64,
    /// Up.
    pub y: f64,
    /// Its group, an index into [`Scatter::groups`].
    pub group: usize,
}

/// What the chart shows. Texts are already in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Scatter {
    /// The caption above the chart.
    pub title: String,
    /// The label of the x axis, with its unit.
    pub x_label: String,
    /// The label of the y axis, with its unit.
    pub y_label: String,
    /// The points; those not finite are left out.
    pub points: Vec<Point>,
    /// The groups' names, for the legend; group 1 is drawn in red (a
    /// warning), the others in the series colours.
    pub groups: Vec<String>,
    /// The x and y thresholds.
    pub thresholds: (f64, f64),
    /// The quadrants' names: low x and high y, high x and high y, low x and
    /// low y, high x and low y.
    pub quadrants: [String; 4],
    /// The language whose number format the labels use.
    pub locale: Locale,
}

/// The plot's frame and scale, the same for both layers.
struct Frame {
    axis: ValueAxis,
    left: i32,
    right: i32,
    top: i32,
    bottom: i32,
    x_max: f64,
}

impl Frame {
    fn of(chart: &Scatter, (w, h): (i32, i32)) -> Frame {
        let finite = chart
            .points
            .iter()
            .filter(|p| p.x.is_finite() && p.y.is_finite());
        let (x_max, y_max) = finite.fold((0.0f64, 0.0f64), |(x, y), p| (x.max(p.x), y.max(p.y)));
        let axis = ValueAxis::new(0.0, y_max, chart.locale);
        let x_ticks = axis::ticks(x_max, 5);
        Frame {
            left: axis.left,
            axis,
            right: w - 24,
            top: 80,
            bottom: h - 52,
            x_max: x_ticks.last().copied().unwrap_or(1.0),
        }
    }

    fn x(&self, v: f64) -> i32 {
        let v = if v.is_finite() {
            v.clamp(0.0, self.x_max)
        } else {
            0.0
        };
        self.left
            + (v / self.x_max.max(f64::MIN_POSITIVE) * f64::from(self.right - self.left)).round()
                as i32
    }

    fn y(&self, v: f64) -> i32 {
        let v = if v.is_finite() { v.max(0.0) } else { 0.0 };
        self.axis.y(v, self.top, self.bottom).max(self.top)
    }
}

/// The colour of group `i`.
fn colour(i: usize) -> RGBColor {
    if i == 1 {
        palette::RED
    } else {
        palette::series(i)
    }
}

/// Draws the points layer: title, axes, dots and legend.
pub fn draw_points<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Scatter,
) -> Result<(), ChartError> {
    let (w, h) = begin(area, &chart.title)?;
    let f = Frame::of(chart, (w, h));
    f.axis
        .draw(area, &chart.y_label, f.right, (f.top, f.bottom))?;
    for tick in axis::ticks(f.x_max, 5) {
        let tx = f.x(tick);
        area.draw(&PathElement::new(
            vec![(tx, f.bottom), (tx, f.bottom + 4)],
            palette::INK,
        ))?;
        area.draw(&Text::new(
            chart.locale.format_number(tick, 0),
            (tx, f.bottom + 6),
            text(12.0, HPos::Center, VPos::Top),
        ))?;
    }
    area.draw(&Text::new(
        chart.x_label.as_str(),
        ((f.left + f.right) / 2, h - 6),
        text(12.0, HPos::Center, VPos::Bottom),
    ))?;
    // One dot per 2 × 2 pixels and group: thousands of customers near the
    // origin would otherwise draw what is, at a radius of 3, the same dot.
    let mut seen = Cells::new((w, h), chart.groups.len());
    let mut dots: Vec<((i32, i32), usize)> = chart
        .points
        .iter()
        .filter(|p| p.x.is_finite() && p.y.is_finite())
        .map(|p| ((f.x(p.x), f.y(p.y)), p.group))
        .filter(|(at, group)| seen.insert((at.0 / 2, at.1 / 2), *group))
        .collect();
    // Group by group, so each colour is drawn in one run (one element in
    // an SVG) and the later groups (loss-makers) lie on top.
    dots.sort_by_key(|(_, group)| *group);
    for (at, group) in dots {
        area.draw(&Circle::new(at, 3, colour(group).mix(0.7).filled()))?;
    }
    for (i, label) in chart.groups.iter().enumerate() {
        let lx = 16 + i as i32 * ((w - 32) / chart.groups.len().max(1) as i32);
        area.draw(&Circle::new((lx + 6, 44), 5, colour(i).filled()))?;
        area.draw(&Text::new(
            label.as_str(),
            (lx + 16, 44),
            text(12.0, HPos::Left, VPos::Center),
        ))?;
    }
    Ok(())
}

/// The 2 × 2 pixel cells already holding a dot, per group: a bit per cell
/// of the chart (a few kilobytes, and no hashing of 5,000 points), with a
/// set for the rare cell outside it.
pub struct Cells {
    columns: usize,
    rows: usize,
    bits: Vec<u64>,
    outside: std::collections::BTreeSet<((i32, i32), usize)>,
}

impl Cells {
    /// No cell taken, for a chart of `w` × `h` pixels and `groups` groups.
    pub fn new((w, h): (i32, i32), groups: usize) -> Cells {
        let (columns, rows) = ((w.max(0) / 2 + 1) as usize, (h.max(0) / 2 + 1) as usize);
        Cells {
            columns,
            rows,
            bits: vec![0; (columns * rows * groups).div_ceil(64)],
            outside: std::collections::BTreeSet::new(),
        }
    }

    /// Marks `cell` of `group`; whether it was free.
    pub fn insert(&mut self, cell: (i32, i32), group: usize) -> bool {
        let (Ok(x), Ok(y)) = (usize::try_from(cell.0), usize::try_from(cell.1)) else {
            return self.outside.insert((cell, group));
        };
        let i = (group * self.rows + y) * self.columns + x;
        match self.bits.get_mut(i / 64) {
            Some(word) if x < self.columns && y < self.rows => {
                let was = *word & (1 << (i % 64)) == 0;
                *word |= 1 << (i % 64);
                was
            }
            _ => self.outside.insert((cell, group)),
        }
    }
}

/// Draws the overlay: the thresholds as dashed-looking lines and the four
/// quadrants' names in their corners. Draws nothing else, so the points
/// layer shows through.
pub fn draw_overlay<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Scatter,
) -> Result<(), ChartError> {
    let (w, h) = area.dim_in_pixel();
    let f = Frame::of(chart, (w as i32, h as i32));
    let tx = f.x(chart.thresholds.0);
    let ty = f.y(chart.thresholds.1);
    area.draw(&PathElement::new(
        vec![(tx, f.top), (tx, f.bottom)],
        palette::INK.stroke_width(2),
    ))?;
    area.draw(&PathElement::new(
        vec![(f.left, ty), (f.right, ty)],
        palette::INK.stroke_width(2),
    ))?;
    let corners = [
        ((f.left + 4, f.top + 2), HPos::Left, VPos::Top),
        ((f.right - 4, f.top + 2), HPos::Right, VPos::Top),
        ((f.left + 4, f.bottom - 2), HPos::Left, VPos::Bottom),
        ((f.right - 4, f.bottom - 2), HPos::Right, VPos::Bottom),
    ];
    for (name, (at, hpos, vpos)) in chart.quadrants.iter().zip(corners) {
        area.draw(&Text::new(name.as_str(), at, text(13.0, hpos, vpos)))?;
    }
    Ok(())
}

/// Draws both layers into one area.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Scatter,
) -> Result<(), ChartError> {
    draw_points(area, chart)?;
    draw_overlay(area, chart)
}
