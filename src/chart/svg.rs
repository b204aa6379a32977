//! A small SVG [`DrawingBackend`]: the one the UI draws its charts with.
//!
//! Plotters' own SVG backend writes every font size and opacity with Rust's
//! float formatting and measures text through the DOM; together with its
//! font handling that adds about 16 KB gzip to every download. This writer
//! emits whole-number coordinates, sizes and percentages, escapes all text
//! itself ([`escape`], tested with hostile labels), and estimates text width
//! from the character count, which is the same on the host and in the
//! browser. The browser still places text exactly, by its anchor.

use plotters::prelude::*;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontStyle,
};
use std::convert::Infallible;
use std::fmt::Write as _;

/// Writes an SVG document into a string.
pub struct SvgWriter<'a> {
    out: &'a mut String,
    size: (u32, u32),
    closed: bool,
    /// Filled dots drawn one after another in the same paint, not yet
    /// written: a scatter of thousands of customers becomes one `<path>`
    /// per colour instead of thousands of `<circle>` elements, which the
    /// browser would each style, lay out and paint.
    dots: Vec<(BackendCoord, u32)>,
    /// The paint attributes the pending dots share.
    dots_paint: String,
}

/// Result of a drawing call; writing into a string cannot fail.
type Drawn = Result<(), DrawingErrorKind<Infallible>>;

impl<'a> SvgWriter<'a> {
    /// Starts a document of `size` user units; it scales to its container.
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        let (w, h) = size;
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" font-family="system-ui, sans-serif">"#
        );
        SvgWriter {
            out,
            size,
            closed: false,
            dots: Vec::new(),
            dots_paint: String::new(),
        }
    }

    /// Writes the pending dots: one alone as a `<circle>`, several as one
    /// `<path>` of circles (two arcs each).
    fn flush_dots(&mut self) {
        match self.dots.as_slice() {
            [] => {}
            [((x, y), r)] => {
                let _ = write!(
                    self.out,
                    r#"<circle cx="{x}" cy="{y}" r="{r}"{}/>"#,
                    self.dots_paint
                );
            }
            dots => {
                self.out.push_str(r#"<path d=""#);
                // Thousands of dots: the two arcs are written once per
                // radius and the numbers with `itoa`, not the formatter.
                let mut numbers = itoa::Buffer::new();
                let mut arcs = (None, String::new());
                for ((x, y), r) in dots {
                    if arcs.0 != Some(*r) {
                        arcs.1.clear();
                        let _ = write!(
                            arcs.1,
                            "a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 -{} 0",
                            2 * r,
                            2 * r
                        );
                        arcs.0 = Some(*r);
                    }
                    self.out.push('M');
                    self.out.push_str(numbers.format(x - *r as i32));
                    self.out.push(' ');
                    self.out.push_str(numbers.format(*y));
                    self.out.push_str(&arcs.1);
                }
                let _ = write!(self.out, r#""{}/>"#, self.dots_paint);
            }
        }
        self.dots.clear();
    }

    fn paint(&mut self, attribute: &str, color: BackendColor) {
        self.flush_dots();
        paint_into(self.out, attribute, color);
    }

    fn stroke<S: BackendStyle>(&mut self, style: &S) {
        self.paint("stroke", style.color());
        let _ = write!(self.out, r#" stroke-width="{}""#, style.stroke_width());
    }

    /// Ends a shape: filled with the style's colour, or outlined with it.
    fn fill_or_outline<S: BackendStyle>(&mut self, style: &S, fill: bool) {
        if fill {
            self.paint("fill", style.color());
        } else {
            self.out.push_str(r#" fill="none""#);
            self.stroke(style);
        }
        self.out.push_str("/>");
    }

    fn points<I: IntoIterator<Item = BackendCoord>>(&mut self, path: I) {
        self.out.push_str(r#" points=""#);
        for (i, (x, y)) in path.into_iter().enumerate() {
            let gap = if i == 0 { "" } else { " " };
            let _ = write!(self.out, "{gap}{x},{y}");
        }
        self.out.push('"');
    }
}

/// Writes `attribute` (and its opacity, when not opaque) for `color`.
fn paint_into(out: &mut String, attribute: &str, color: BackendColor) {
    let (r, g, b) = color.rgb;
    let _ = write!(out, r##" {attribute}="#{r:02x}{g:02x}{b:02x}""##);
    let percent = (color.alpha.clamp(0.0, 1.0) * 100.0).round() as u32;
    if percent < 100 {
        let _ = write!(out, r#" {attribute}-opacity="{percent}%""#);
    }
}

/// `text` safe to place between SVG tags or in an attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl DrawingBackend for SvgWriter<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        self.flush_dots();
        if !self.closed {
            self.out.push_str("</svg>");
            self.closed = true;
        }
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        self.flush_dots();
        let _ = write!(self.out, r#"<rect x="{x}" y="{y}" width="1" height="1""#);
        self.paint("fill", color);
        self.out.push_str("/>");
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        (x1, y1): BackendCoord,
        (x2, y2): BackendCoord,
        style: &S,
    ) -> Drawn {
        self.flush_dots();
        let _ = write!(self.out, r#"<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}""#);
        self.stroke(style);
        self.out.push_str("/>");
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x1, y1): BackendCoord,
        (x2, y2): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.flush_dots();
        let (x, y) = (x1.min(x2), y1.min(y2));
        let (w, h) = ((x2 - x1).abs(), (y2 - y1).abs());
        let _ = write!(
            self.out,
            r#"<rect x="{x}" y="{y}" width="{w}" height="{h}""#
        );
        self.fill_or_outline(style, fill);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        self.flush_dots();
        self.out.push_str("<polyline");
        self.points(path);
        self.out.push_str(r#" fill="none" stroke-linejoin="round""#);
        self.stroke(style);
        self.out.push_str("/>");
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if fill {
            let mut paint = String::new();
            paint_into(&mut paint, "fill", style.color());
            if paint != self.dots_paint {
                self.flush_dots();
                self.dots_paint = paint;
            }
            self.dots.push(((x, y), radius));
            return Ok(());
        }
        self.flush_dots();
        let _ = write!(self.out, r#"<circle cx="{x}" cy="{y}" r="{radius}""#);
        self.fill_or_outline(style, fill);
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Drawn {
        self.flush_dots();
        self.out.push_str("<polygon");
        self.points(vertices);
        self.paint("fill", style.color());
        self.out.push_str("/>");
        Ok(())
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        (x, y): BackendCoord,
    ) -> Drawn {
        self.flush_dots();
        let anchor = style.anchor();
        let h_anchor = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        // How far the baseline sits below the given point, for each anchor.
        let dy = match anchor.v_pos {
            VPos::Top => "0.8em",
            VPos::Center => "0.35em",
            VPos::Bottom => "-0.2em",
        };
        let size = style.size().round().max(1.0) as u32;
        let _ = write!(
            self.out,
            r#"<text x="{x}" y="{y}" dy="{dy}" font-size="{size}" text-anchor="{h_anchor}""#
        );
        if matches!(style.style(), FontStyle::Bold) {
            self.out.push_str(r#" font-weight="bold""#);
        }
        self.paint("fill", style.color());
        self.out.push('>');
        self.out.push_str(&escape(text));
        self.out.push_str("</text>");
        Ok(())
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<Infallible>> {
        // An average sans-serif glyph is a little over half an em wide.
        let size = style.size().max(1.0);
        let width = text.chars().count() as f64 * size * 0.56;
        Ok((width.round() as u32, size.round() as u32))
    }

    fn blit_bitmap(&mut self, _pos: BackendCoord, _size: (u32, u32), _src: &[u8]) -> Drawn {
        // Charts here are vector only; a bitmap has nothing to draw into.
        Ok(())
    }
}
