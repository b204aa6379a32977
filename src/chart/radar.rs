//! A radar (spider) chart: one axis per category from the centre, values
//! from 0 at the centre to the chart's scale (100 for scores) at the rim,
//! one polygon per series. With four axes it is the OCAI's kite chart.

use super::svg::escape;
use super::{begin, palette, text, ChartError};
use crate::i18n::Locale;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// How a series is drawn, so series differ by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// A filled, translucent polygon with a solid outline and dots.
    Filled,
    /// An outline only, in the second colour.
    Outline,
    /// A thin outline in grey, for an earlier state.
    Faint,
}

/// One polygon: a label for the legend and a value per axis. `None` (no
/// score) is drawn at the centre.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// The series' name in the legend.
    pub label: String,
    /// One value from 0 to 100 per axis.
    pub values: Vec<Option<f64>>,
    /// How it is drawn.
    pub look: Look,
}

/// What a radar chart shows. Labels are already in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarChart {
    /// The caption above the chart.
    pub title: String,
    /// The axis names, clockwise from the top.
    pub axes: Vec<String>,
    /// The series, drawn in order (the last on top).
    pub series: Vec<Series>,
    /// The language whose number format the ring labels use.
    pub locale: Locale,
    /// The value at the rim; rings are drawn at fifths of it.
    pub scale: f64,
}

/// Draws `chart` into `area`: its [frame](draw_frame), then its
/// [series](draw_series). Values outside 0 to the scale, or not finite,
/// are clamped or drawn at the centre, never passed on to the picture; a
/// scale that is not a positive number is taken as 100.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
) -> Result<(), ChartError> {
    let layout = frame(area, chart)?;
    series(area, chart, &layout)
}

/// Where a radar's parts go in a picture `w` × `h` pixels: worked out from
/// the axis names and the legend alone, so the frame and the series, drawn
/// apart, meet exactly.
struct Layout<'a> {
    /// The legend's entries and the height of their rows.
    legend: Vec<LegendEntry>,
    legend_height: i32,
    /// The axis names, each as its lines.
    labels: Vec<Vec<&'a str>>,
    center: (i32, i32),
    radius: f64,
    /// The number of axes (at least one).
    n: usize,
}

impl<'a> Layout<'a> {
    /// The layout of `chart` in a picture `w` × `h`.
    fn of(chart: &'a RadarChart, (w, h): (i32, i32)) -> Self {
        let legend = legend(&chart.series, w);
        let legend_height = 28 * legend.iter().map(|e| e.row + 1).max().unwrap_or(0);
        let center = (w / 2, 40 + (h - 40 - legend_height) / 2);
        // Long names take two lines, and the rim leaves room for the widest
        // line at each side (about 0.56 em a character, as the backend
        // measures).
        let labels: Vec<Vec<&str>> = chart.axes.iter().map(|a| wrap(a)).collect();
        let widest = labels
            .iter()
            .flatten()
            .map(|line| line.chars().count())
            .max()
            .unwrap_or(0);
        let room = (widest as f64 * LABEL_SIZE * 0.56).ceil() as i32 + 16;
        let radius = f64::from(
            ((w / 2) - room)
                .min((h - 40 - legend_height) / 2 - 2 * LINE - 8)
                .max(20),
        );
        Layout {
            legend,
            legend_height,
            labels,
            center,
            radius,
            n: chart.axes.len().max(1),
        }
    }

    /// The point of `value` (in hundredths of the rim, clamped to it) on
    /// axis `axis`.
    fn point(&self, axis: usize, value: f64) -> (i32, i32) {
        let (x, y) = direction(axis, self.n);
        let r = self.radius * value.clamp(0.0, 100.0) / 100.0;
        (
            self.center.0 + (r * x).round() as i32,
            self.center.1 + (r * y).round() as i32,
        )
    }
}

/// The size of `area` in pixels, as signed coordinates.
fn size_of<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>) -> (i32, i32) {
    let (w, h) = area.dim_in_pixel();
    (w as i32, h as i32)
}

/// Draws what of `chart` does not depend on its values: the white ground
/// and title, the rings with their numbers, the axes with their names and
/// the legend. A view whose values change often draws this once and its
/// [series](draw_series) over it on their own.
pub fn draw_frame<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
) -> Result<(), ChartError> {
    frame(area, chart).map(drop)
}

/// Draws `chart`'s frame ([`draw_frame`]) and gives its layout, for the
/// series drawn next.
fn frame<'a, DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &'a RadarChart,
) -> Result<Layout<'a>, ChartError> {
    let (w, h) = begin(area, &chart.title)?;
    let layout = Layout::of(chart, (w, h));
    let (center, radius, n) = (layout.center, layout.radius, layout.n);
    let point = |axis: usize, value: f64| layout.point(axis, value);
    let scale = scale_of(chart);

    for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
        let mut outline: Vec<(i32, i32)> = (0..n).map(|a| point(a, ring)).collect();
        outline.push(point(0, ring));
        area.draw(&PathElement::new(outline, palette::GRID))?;
        // The rim needs no number, and one there would meet the top label.
        if ring >= 100.0 {
            continue;
        }
        let (x, y) = point(0, ring);
        area.draw(&Text::new(
            chart.locale.format_number(ring * scale / 100.0, 0),
            (x + 4, y),
            text(11.0, HPos::Left, VPos::Center),
        ))?;
    }
    for (axis, lines) in layout.labels.iter().enumerate() {
        area.draw(&PathElement::new(
            vec![center, point(axis, 100.0)],
            palette::GRID,
        ))?;
        let (x, y) = point(axis, 100.0 + 12.0 * 100.0 / radius);
        let h_pos = match x - center.0 {
            dx if dx > 4 => HPos::Left,
            dx if dx < -4 => HPos::Right,
            _ => HPos::Center,
        };
        let v_pos = match y - center.1 {
            dy if dy > radius as i32 / 2 => VPos::Top,
            dy if dy < -(radius as i32 / 2) => VPos::Bottom,
            _ => VPos::Center,
        };
        // A block of lines grows away from the rim: up above the centre,
        // down below it, both ways beside it.
        let count = lines.len() as i32;
        let first = match v_pos {
            VPos::Bottom => y - (count - 1) * LINE,
            VPos::Top => y,
            VPos::Center => y - (count - 1) * LINE / 2,
        };
        for (i, line) in lines.iter().enumerate() {
            area.draw(&Text::new(
                *line,
                (x, first + i as i32 * LINE),
                text(LABEL_SIZE, h_pos, v_pos),
            ))?;
        }
    }

    // The legend: one entry per label, with a swatch per look drawn under
    // it (the team's range is two outlines, one entry).
    for entry in &layout.legend {
        let y = h - layout.legend_height + entry.row * 28 + 8;
        for (k, look) in entry.looks.iter().enumerate() {
            let x = entry.x + k as i32 * (SWATCH + 4);
            area.draw(&Rectangle::new(
                [(x, y), (x + SWATCH, y + 12)],
                colour(*look).filled(),
            ))?;
        }
        area.draw(&Text::new(
            entry.text.as_str(),
            (entry.x + entry.swatches_width() + 6, y + 6),
            text(LEGEND_SIZE, HPos::Left, VPos::Center),
        ))?;
    }
    Ok(layout)
}

/// The value at the rim of `chart`: its scale, or 100 when that is not a
/// positive number.
fn scale_of(chart: &RadarChart) -> f64 {
    if chart.scale.is_finite() && chart.scale > 0.0 {
        chart.scale
    } else {
        100.0
    }
}

/// Draws the polygons of `chart`'s series, in order (the last on top), on
/// a transparent ground where its [frame](draw_frame) of the same size
/// puts them.
pub fn draw_series<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
) -> Result<(), ChartError> {
    series(area, chart, &Layout::of(chart, size_of(area)))
}

/// Draws `chart`'s series ([`draw_series`]) as `layout` places them.
fn series<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
    layout: &Layout<'_>,
) -> Result<(), ChartError> {
    let scale = scale_of(chart);
    for series in &chart.series {
        let points: Vec<(i32, i32)> = (0..layout.n)
            .map(|a| {
                let v = series.values.get(a).copied().flatten();
                layout.point(
                    a,
                    v.filter(|v| v.is_finite()).unwrap_or(0.0) * 100.0 / scale,
                )
            })
            .collect();
        let mut closed = points.clone();
        closed.extend(points.first().copied());
        match series.look {
            Look::Filled => {
                area.draw(&Polygon::new(
                    points.clone(),
                    palette::PRIMARY.mix(0.25).filled(),
                ))?;
                area.draw(&PathElement::new(closed, palette::PRIMARY.stroke_width(3)))?;
                for p in &points {
                    area.draw(&Circle::new(*p, 4, palette::PRIMARY.filled()))?;
                }
            }
            Look::Outline => {
                area.draw(&PathElement::new(
                    closed,
                    palette::SECONDARY.stroke_width(3),
                ))?;
            }
            Look::Faint => {
                area.draw(&PathElement::new(closed, palette::FAINT.stroke_width(2)))?;
            }
        }
    }
    Ok(())
}

/// Draws `chart` into an SVG picture `width` × `height` pixels, as
/// [`super::to_svg`] with [`draw`] does, and gives every legend label that
/// was cut short its full name in a `<title>`: shown on hover, read by
/// assistive technology. The legend is drawn last, so each cut label is
/// looked for from the end.
pub fn to_svg(width: u32, height: u32, chart: &RadarChart) -> Result<String, ChartError> {
    let mut svg = super::to_svg(width, height, |area| draw(area, chart))?;
    let width = i32::try_from(width).unwrap_or(i32::MAX);
    for entry in legend(&chart.series, width) {
        if entry.text == entry.label {
            continue;
        }
        let drawn = format!(">{}</text>", escape(&entry.text));
        if let Some(at) = svg.rfind(&drawn) {
            let titled = format!(
                "><title>{}</title>{}</text>",
                escape(&entry.label),
                escape(&entry.text)
            );
            svg.replace_range(at..at + drawn.len(), &titled);
        }
    }
    Ok(svg)
}

/// The direction of axis `axis` of `n` on the screen (y pointing down),
/// clockwise from the top: `(sin θ, −cos θ)` for `θ = 2π · axis / n`.
///
/// Worked out from the turn as a fraction of integers, folded into an
/// eighth of a turn where two short series give the sine and cosine to the
/// last bit or so: `f64::sin` and `cos` bring an argument reduction for any
/// float (5 KB with its table of the digits of 2/π) into the download of
/// every view with a radar, for angles that never leave one turn.
pub fn direction(axis: usize, n: usize) -> (f64, f64) {
    let n = n.max(1);
    let eighths = 8 * (axis % n);
    let (octant, rest) = (eighths / n, eighths % n);
    let eighth = std::f64::consts::FRAC_PI_4;
    // From the octant's start (even) or end (odd), so the series' angle
    // is at most an eighth of a turn.
    let a = if octant % 2 == 0 {
        rest as f64 / n as f64 * eighth
    } else {
        (n - rest) as f64 / n as f64 * eighth
    };
    let (s, c) = (sine(a), cosine(a));
    let (sin, cos) = match octant {
        0 => (s, c),
        1 => (c, s),
        2 => (c, -s),
        3 => (s, -c),
        4 => (-s, -c),
        5 => (-c, -s),
        6 => (-c, s),
        _ => (-s, c),
    };
    (sin, -cos)
}

/// The sine of `a` in [0, π/4], by its Taylor series to the term in a¹⁷
/// (the next is below 10⁻¹⁹).
fn sine(a: f64) -> f64 {
    let a2 = a * a;
    let mut sum = 0.0;
    for k in (1..=8).rev() {
        // The term of a^(2k+1) over the one before: −a² / ((2k)(2k+1)).
        sum = -a2 / f64::from((2 * k) * (2 * k + 1)) * (1.0 + sum);
    }
    a * (1.0 + sum)
}

/// The cosine of `a` in [0, π/4], by its Taylor series to the term in
/// a¹⁸.
fn cosine(a: f64) -> f64 {
    let a2 = a * a;
    let mut sum = 0.0;
    for k in (1..=9).rev() {
        sum = -a2 / f64::from((2 * k - 1) * (2 * k)) * (1.0 + sum);
    }
    1.0 + sum
}

/// The colour a series of `look` is drawn in.
fn colour(look: Look) -> RGBColor {
    match look {
        Look::Filled => palette::PRIMARY,
        Look::Outline => palette::SECONDARY,
        Look::Faint => palette::FAINT,
    }
}

/// A legend swatch's width, in pixels.
const SWATCH: i32 = 18;

/// The legend's font size, in pixels.
const LEGEND_SIZE: f64 = 13.0;

/// One entry of a radar's legend: a label once, with the look of every
/// series that carries it, and where it sits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendEntry {
    /// The label, as the series name it.
    pub label: String,
    /// The label as drawn: whole, or cut short with an ellipsis when it
    /// would not fit on a row of its own.
    pub text: String,
    /// The looks of the series under this label, in their order.
    pub looks: Vec<Look>,
    /// The left edge, in pixels.
    pub x: i32,
    /// The row, from 0.
    pub row: i32,
    /// The width it takes: swatches, a gap and the label (at about 0.56 em
    /// a character, as the backend measures).
    pub width: i32,
}

impl LegendEntry {
    /// The width of the swatches before the label.
    fn swatches_width(&self) -> i32 {
        self.looks.len() as i32 * (SWATCH + 4) - 4
    }
}

/// The width a legend text takes, in pixels: about 0.56 em a character,
/// the estimate the SVG backend measures text with.
pub fn legend_text_width(text: &str) -> i32 {
    (text.chars().count() as f64 * LEGEND_SIZE * 0.56).ceil() as i32
}

/// `label` cut short with an ellipsis so that it takes at most `room`
/// pixels (at least its first character and the ellipsis), or whole when
/// it fits.
fn fit_label(label: &str, room: i32) -> String {
    if legend_text_width(label) <= room {
        return label.to_owned();
    }
    let mut text: String = label.chars().take(1).collect();
    for c in label.chars().skip(1) {
        let next = format!("{text}{c}\u{2026}");
        if legend_text_width(&next) > room {
            break;
        }
        text.push(c);
    }
    format!("{}\u{2026}", text.trim_end())
}

/// The legend of `series` in a chart `width` pixels wide: each label once
/// (series with the same label share its entry), placed left to right and
/// wrapped to a new row before an entry would cross the right margin, so
/// no two entries overlap and none leaves the picture (a label too long
/// for a row of its own is cut short with an ellipsis).
pub fn legend(series: &[Series], width: i32) -> Vec<LegendEntry> {
    let mut entries: Vec<LegendEntry> = Vec::new();
    for s in series {
        match entries.iter_mut().find(|e| e.label == s.label) {
            Some(entry) => entry.looks.push(s.look),
            None => entries.push(LegendEntry {
                label: s.label.clone(),
                text: String::new(),
                looks: vec![s.look],
                x: 0,
                row: 0,
                width: 0,
            }),
        }
    }
    const MARGIN: i32 = 16;
    const GAP: i32 = 24;
    let (mut x, mut row) = (MARGIN, 0);
    for entry in &mut entries {
        let room = width - 2 * MARGIN - entry.swatches_width() - 6;
        entry.text = fit_label(&entry.label, room);
        entry.width = entry.swatches_width() + 6 + legend_text_width(&entry.text);
        if x > MARGIN && x + entry.width > width - MARGIN {
            row += 1;
            x = MARGIN;
        }
        entry.x = x;
        entry.row = row;
        x += entry.width + GAP;
    }
    entries
}

/// The axis labels' font size, in pixels.
const LABEL_SIZE: f64 = 13.0;

/// The distance between two lines of an axis label, in pixels.
const LINE: i32 = 15;

/// An axis name as one line, or as two split at the space nearest its
/// middle when it is longer than a short name, so that long names in any
/// language take less of the width the chart itself needs.
pub fn wrap(label: &str) -> Vec<&str> {
    let length = label.chars().count();
    if length <= 12 {
        return vec![label];
    }
    let middle = label.len() / 2;
    let split = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    match split {
        Some(i) => vec![&label[..i], &label[i + 1..]],
        None => vec![label],
    }
}
