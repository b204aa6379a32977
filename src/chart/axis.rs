//! Axis scales: round tick values for a range, so axes read 0, 25, 50 …
//! rather than 0, 23.7, 47.4.

/// Tick values from zero to at least `max`, about `target` of them, at a
/// step of 1, 2, 2.5 or 5 times a power of ten. A `max` that is not a
/// positive finite number gives the scale 0 to 1.
pub fn ticks(max: f64, target: usize) -> Vec<f64> {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let target = target.max(1) as f64;
    let rough = max / target;
    let magnitude = 10f64.powi(rough.log10().floor() as i32);
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * magnitude);
    let count = (max / step).ceil() as usize;
    (0..=count).map(|i| i as f64 * step).collect()
}

/// Round tick values covering `min` to `max` (which may be negative), about
/// `target` steps, always including zero. Values that are not finite are
/// taken as zero.
pub fn range_ticks(min: f64, max: f64, target: usize) -> Vec<f64> {
    let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
    let (min, max) = (finite(min).min(0.0), finite(max).max(0.0));
    let span = ticks(max - min, target);
    let step = span.get(1).copied().unwrap_or(1.0);
    let first = (min / step).floor() as i64;
    let last = (max / step).ceil().max(first as f64 + 1.0) as i64;
    (first..=last).map(|i| i as f64 * step).collect()
}
