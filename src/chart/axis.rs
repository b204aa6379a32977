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
