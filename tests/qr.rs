//! QR codes for workshop links.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use rapport::qr::{modules, svg, QUIET_ZONE};

#[test]
fn a_result_link_makes_a_small_code_with_finder_patterns() {
    let link = format!("https://example.org/rapport/#/result/{}", "7".repeat(40));
    let (size, cells) = modules(&link).unwrap();
    // Version 5 (37 modules) or smaller: easy for a tablet camera.
    assert!(size <= 37, "size {size}");
    assert_eq!(cells.len(), size * size);
    // The three finder patterns: a dark 7 × 7 ring at three corners.
    for (cx, cy) in [(0, 0), (size - 7, 0), (0, size - 7)] {
        for i in 0..7 {
            assert!(cells[cy * size + cx + i], "top edge of finder at {cx},{cy}");
            assert!(
                cells[(cy + 6) * size + cx + i],
                "bottom edge of finder at {cx},{cy}"
            );
        }
    }
}

#[test]
fn the_picture_holds_numbers_only_and_keeps_its_quiet_zone() {
    let hostile = "https://x/#/join/1?n=<script>alert(1)</script>";
    let picture = svg(hostile).unwrap();
    assert!(
        !picture.contains("script"),
        "the text itself never reaches the SVG"
    );
    let (size, _) = modules(hostile).unwrap();
    let side = size + 2 * QUIET_ZONE as usize;
    assert!(picture.contains(&format!(r#"viewBox="0 0 {side} {side}""#)));
    assert!(
        !picture.contains(r#"M0 "#),
        "nothing is drawn in the quiet zone"
    );
    assert_eq!(svg(hostile), Some(picture), "the same text, the same code");
}

#[test]
fn text_too_long_for_any_code_is_refused() {
    assert!(svg(&"x".repeat(5000)).is_none());
}
