//! QR codes for workshop links.

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

// Reading codes back, as the workshop's scanner reads camera frames.

use proptest::prelude::*;
use rapport::model::assessment::{Answer, Answers, Item, Level};
use rapport::model::code::{encode, Submission};
use rapport::qr::{grey, read, read_size, read_view, View};

/// How a test draws a code: pixels per module, the turn in degrees, how
/// much noise (± grey levels), and the picture's size (square when `None`:
/// the turned code with room to spare).
#[derive(Clone, Copy)]
struct Drawing {
    module: usize,
    degrees: f64,
    noise: u8,
    frame: Option<(usize, usize)>,
}

const PLAIN: Drawing = Drawing {
    module: 4,
    degrees: 0.0,
    noise: 0,
    frame: None,
};

/// A grey picture of the code for `text` drawn by our own encoder, dark
/// grey on light grey as a screen looks to a camera, turned about its
/// centre and spoiled with noise: `(width, height, pixels)`.
fn picture(text: &str, how: Drawing) -> (usize, usize, Vec<u8>) {
    let (size, cells) = modules(text).unwrap();
    let quiet = QUIET_ZONE as usize;
    let side = (size + 2 * quiet) * how.module;
    let (width, height) = how.frame.unwrap_or((side * 3 / 2, side * 3 / 2));
    let (cx, cy) = (width as f64 / 2.0, height as f64 / 2.0);
    let (sin, cos) = how.degrees.to_radians().sin_cos();
    let mut seed: u32 = 0x1234_5678;
    let mut pixels = Vec::with_capacity(width * height);
    for y in 0..height {
        for x in 0..width {
            // The point of the upright code this pixel shows.
            let (dx, dy) = (x as f64 + 0.5 - cx, y as f64 + 0.5 - cy);
            let u = cos * dx + sin * dy + side as f64 / 2.0;
            let v = -sin * dx + cos * dy + side as f64 / 2.0;
            let dark = u >= 0.0 && v >= 0.0 && {
                let (mx, my) = (u as usize / how.module, v as usize / how.module);
                mx >= quiet
                    && my >= quiet
                    && mx < size + quiet
                    && my < size + quiet
                    && cells[(my - quiet) * size + mx - quiet]
            };
            let base: i32 = if dark { 40 } else { 215 };
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let spread = i32::from(how.noise);
            let jitter = if spread == 0 {
                0
            } else {
                (seed >> 16) as i32 % (2 * spread + 1) - spread
            };
            pixels.push((base + jitter).clamp(0, 255) as u8);
        }
    }
    (width, height, pixels)
}

fn link(code: &str) -> String {
    format!("https://example.org/rapport/#/result/{code}")
}

const CODE: &str = "04000000070100000000000000000000000000AB";

#[test]
fn codes_are_read_at_every_size_and_quarter_turn() {
    for module in [3, 4, 6, 9] {
        for degrees in [0.0, 90.0, 180.0, 270.0] {
            let how = Drawing {
                module,
                degrees,
                ..PLAIN
            };
            let (w, h, pixels) = picture(&link(CODE), how);
            assert_eq!(
                read(w, h, &pixels),
                vec![link(CODE)],
                "{module} px a module, turned {degrees}°"
            );
        }
    }
}

#[test]
fn codes_are_read_held_at_a_slant() {
    for degrees in [5.0, 12.0, 30.0, 45.0, -20.0, 200.0] {
        let how = Drawing {
            module: 5,
            degrees,
            ..PLAIN
        };
        let (w, h, pixels) = picture(CODE, how);
        assert_eq!(
            read(w, h, &pixels),
            vec![CODE.to_owned()],
            "turned {degrees}°"
        );
    }
}

#[test]
fn codes_are_read_through_noise() {
    for (noise, degrees) in [(10, 0.0), (20, 0.0), (25, 90.0), (20, 15.0)] {
        let how = Drawing {
            module: 4,
            degrees,
            noise,
            ..PLAIN
        };
        let (w, h, pixels) = picture(&link(CODE), how);
        assert_eq!(
            read(w, h, &pixels),
            vec![link(CODE)],
            "noise ±{noise}, turned {degrees}°"
        );
    }
}

#[test]
fn a_code_is_read_in_a_camera_sized_frame() {
    let how = Drawing {
        module: 6,
        degrees: 8.0,
        noise: 20,
        frame: Some((640, 480)),
    };
    let (w, h, pixels) = picture(&link(CODE), how);
    assert_eq!(read(w, h, &pixels), vec![link(CODE)]);
}

#[test]
fn pictures_without_a_code_or_with_too_few_bytes_give_nothing() {
    assert!(read(64, 48, &[200; 64 * 48]).is_empty());
    let (w, h, pixels) = picture(CODE, PLAIN);
    assert!(read(w, h, &pixels[..pixels.len() - 1]).is_empty());
    assert!(read(0, 0, &[]).is_empty());
    assert!(read(usize::MAX, 2, &[]).is_empty());
}

#[test]
fn a_code_cut_in_half_is_not_read() {
    let (w, h, mut pixels) = picture(CODE, PLAIN);
    for row in pixels.chunks_mut(w).skip(h / 2) {
        row.fill(215);
    }
    assert!(read(w, h, &pixels).is_empty());
}

#[test]
fn colours_turn_grey_by_brightness() {
    let cases: [([u8; 4], u8); 5] = [
        ([0, 0, 0, 255], 0),
        ([255, 255, 255, 255], 255),
        ([255, 0, 0, 255], 76),
        ([0, 255, 0, 255], 149),
        ([0, 0, 255, 255], 28),
    ];
    for (rgba, expected) in cases {
        assert_eq!(grey(&rgba), vec![expected], "{rgba:?}");
    }
    assert_eq!(
        grey(&[1, 2, 3]),
        Vec::<u8>::new(),
        "a partial pixel is dropped"
    );
}

#[test]
fn frames_are_read_at_most_320_wide_in_proportion() {
    let cases = [
        ((640, 480), (320, 240)),
        ((320, 240), (320, 240)),
        ((1280, 720), (320, 180)),
        ((1920, 1080), (320, 180)),
        ((4000, 1), (320, 1)),
        ((0, 0), (0, 0)),
    ];
    for ((w, h), expected) in cases {
        assert_eq!(read_size(w, h), expected, "{w}×{h}");
    }
}

#[test]
fn readings_alternate_the_whole_frame_and_its_centre() {
    // (frame, turn) → (source rectangle, size read)
    let cases = [
        ((640, 480), 0, (0, 0, 640, 480), (320, 240)),
        ((640, 480), 1, (160, 120, 320, 240), (320, 240)),
        ((640, 480), 2, (0, 0, 640, 480), (320, 240)),
        ((1280, 720), 1, (320, 180, 640, 360), (320, 180)),
        ((320, 240), 1, (80, 60, 160, 120), (160, 120)),
        ((0, 0), 1, (0, 0, 0, 0), (0, 0)),
    ];
    for ((w, h), turn, source, size) in cases {
        assert_eq!(
            read_view(w, h, turn),
            View { source, size },
            "{w}×{h} turn {turn}"
        );
    }
}

/// The part `source` of a grey frame `w` wide, scaled down by `factor`
/// (the mean of each square of pixels), as the browser draws a view.
fn view_of(
    frame: &[u8],
    w: usize,
    source: (u32, u32, u32, u32),
    factor: usize,
) -> (usize, usize, Vec<u8>) {
    let (sx, sy, sw, sh) = (
        source.0 as usize,
        source.1 as usize,
        source.2 as usize,
        source.3 as usize,
    );
    let (ow, oh) = (sw / factor, sh / factor);
    let mut out = Vec::with_capacity(ow * oh);
    for y in 0..oh {
        for x in 0..ow {
            let mut sum = 0usize;
            for dy in 0..factor {
                for dx in 0..factor {
                    sum += usize::from(frame[(sy + y * factor + dy) * w + sx + x * factor + dx]);
                }
            }
            out.push((sum / (factor * factor)) as u8);
        }
    }
    (ow, oh, out)
}

/// Held close, a code fills much of a 640 × 480 frame and is read in the
/// whole view at half size; held at arm's length it is small, too small
/// for the whole view, and is read in the centre view at full size.
#[test]
fn codes_near_and_far_are_read_in_one_of_the_two_views() {
    let near = Drawing {
        module: 8,
        degrees: 5.0,
        noise: 10,
        frame: Some((640, 480)),
    };
    let (w, _, frame) = picture(&link(CODE), near);
    let whole = read_view(640, 480, 0);
    let (vw, vh, pixels) = view_of(&frame, w, whole.source, 2);
    assert_eq!((vw as u32, vh as u32), whole.size);
    assert_eq!(read(vw, vh, &pixels), vec![link(CODE)]);

    let far = Drawing {
        module: 3,
        degrees: 0.0,
        noise: 10,
        frame: Some((640, 480)),
    };
    let (w, _, frame) = picture(&link(CODE), far);
    let centre = read_view(640, 480, 1);
    let (vw, vh, pixels) = view_of(&frame, w, centre.source, 1);
    assert_eq!((vw as u32, vh as u32), centre.size);
    assert_eq!(read(vw, vh, &pixels), vec![link(CODE)]);
}

fn arb_code() -> impl Strategy<Value = String> {
    (
        any::<u32>(),
        0u8..=12,
        proptest::collection::vec(0u8..7, 40),
    )
        .prop_map(|(workshop, role, digits)| {
            let mut answers = Answers::default();
            for (item, d) in Item::all().zip(digits) {
                match d {
                    0 => {}
                    6 => answers.set_answer(item, Answer::DontKnow),
                    n => answers.set_answer(item, Answer::Level(Level::new(n).unwrap())),
                }
            }
            encode(&Submission {
                workshop,
                role,
                answers,
                sender: None,
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::cases(48)))]

    #[test]
    fn any_result_code_or_link_reads_back_as_drawn(
        code in arb_code(),
        as_link in any::<bool>(),
        quarter in 0u8..4,
        // From 5 pixels a module: at 4, with this noise and turned 180°,
        // a few codes in a thousand are not read (found by this property;
        // the fixed cases above keep 3 and 4 pixels for one code).
        module in 5usize..8,
    ) {
        let text = if as_link { link(&code) } else { code };
        let how = Drawing { module, degrees: f64::from(quarter) * 90.0, noise: 10, frame: None };
        let (w, h, pixels) = picture(&text, how);
        prop_assert_eq!(read(w, h, &pixels), vec![text]);
    }
}

/// Codes `rqrr` misfits, found by the property test, each with the sizes it
/// failed at, read at every quarter turn:
/// - the first, turned a quarter, makes `rqrr` fit its grid to a stretch of
///   data (wrong corners, then an error-correction failure) at any size,
///   with or without noise; turned three quarters it reads, so `read` tries
///   a picture with an unread code upside down as well;
/// - the second, drawn half a turn round at 6 or 7 pixels a module, reads
///   neither that way nor upside down (the grid is found, its error
///   correction fails) but does a quarter turn round, which `read` tries
///   last.
#[test]
fn codes_whose_grid_is_misfitted_still_read_at_every_quarter_turn() {
    let cases: [(&str, [usize; 2]); 2] = [
        ("056X9TX20W019XP6M70RF6ZT268WJB33KD0ZQDZQ", [5, 8]),
        ("06CS5WZ50C04TFF4790NJDF4W44NPV52FBYD1N04", [6, 7]),
    ];
    for (code, modules) in cases {
        for module in modules {
            for quarter in 0..4u8 {
                let how = Drawing {
                    module,
                    degrees: f64::from(quarter) * 90.0,
                    noise: 10,
                    frame: None,
                };
                let (w, h, pixels) = picture(code, how);
                assert_eq!(
                    read(w, h, &pixels),
                    vec![code.to_owned()],
                    "{code}: {module} px, {quarter} quarters"
                );
            }
        }
    }
}
