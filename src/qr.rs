//! QR codes for the links a workshop passes between devices, drawn as SVG
//! in the browser and read back from a camera's frames: no server, no
//! network. The picture holds numbers only (module positions), never the
//! encoded text, so it is safe to place as markup whatever the text.
//!
//! Reading is pure: a grey image in, the texts of the codes found in it
//! out. The workshop's scanner feeds it the camera's frames, and host tests
//! feed it codes drawn by [`modules`], turned and spoiled with noise.

use qrcodegen::{QrCode, QrCodeEcc};

/// The quiet zone around a code, in modules, as the standard asks.
pub const QUIET_ZONE: i32 = 4;

/// The dark modules of the code for `text`, as a square of `size` × `size`
/// booleans row by row; `None` if the text is too long for any QR code.
/// Medium error correction: a code on a tablet screen, read across a table,
/// survives glare and a finger at the edge.
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let cells = (0..size)
        .flat_map(|y| (0..size).map(move |x| (x, y)))
        .map(|(x, y)| code.get_module(x, y))
        .collect();
    Some((usize::try_from(size).ok()?, cells))
}

/// An SVG of the code for `text`, black on white with its quiet zone, that
/// scales to any size without blur; `None` if the text is too long.
pub fn svg(text: &str) -> Option<String> {
    let (size, cells) = modules(text)?;
    let side = size + 2 * QUIET_ZONE as usize;
    let mut path = String::with_capacity(cells.len() * 4);
    for (i, dark) in cells.iter().enumerate() {
        if *dark {
            let (x, y) = (
                i % size + QUIET_ZONE as usize,
                i / size + QUIET_ZONE as usize,
            );
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" shape-rendering="crispEdges"><rect width="{side}" height="{side}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##
    ))
}

/// The texts of the QR codes found in a grey image of `width` × `height`
/// pixels (one byte a pixel, row by row, 0 black), in the order found.
/// Codes that are found but cannot be read (too blurred, cut off) are
/// skipped, and so is a picture whose bytes do not fill it: the next frame
/// will do.
pub fn read(width: usize, height: usize, grey: &[u8]) -> Vec<String> {
    let Some(pixels) = width.checked_mul(height) else {
        return Vec::new();
    };
    if width == 0 || height == 0 || grey.len() < pixels {
        return Vec::new();
    }
    let mut dark = threshold(width, height, &grey[..pixels]);
    let (mut texts, missed) = decode_grids(width, height, &dark);
    // A few codes, held at one particular quarter turn, have a stretch of
    // data that `rqrr` takes for part of the grid, and it then fits the
    // grid wrongly; turned half a turn the same code reads. So a picture
    // with a code found but not read is read once more upside down (the
    // reversed pixels), which costs nothing when every code read.
    if missed {
        dark.reverse();
        let (upside_down, still_missed) = decode_grids(width, height, &dark);
        add_new(&mut texts, upside_down);
        // And a few read neither way up, drawn half a turn round at 6 or 7
        // pixels a module (found by the property test), but do a quarter
        // turn round: tried only when a code is still found but not read.
        if still_missed {
            let turned = quarter_turn(width, height, &dark);
            add_new(&mut texts, decode_grids(height, width, &turned).0);
        }
    }
    texts
}

/// Adds to `texts` those of `found` it does not hold yet.
fn add_new(texts: &mut Vec<String>, found: Vec<String>) {
    for text in found {
        if !texts.contains(&text) {
            texts.push(text);
        }
    }
}

/// A `width` × `height` bitmap turned a quarter turn clockwise: `height`
/// pixels wide and `width` high.
fn quarter_turn(width: usize, height: usize, dark: &[bool]) -> Vec<bool> {
    let mut turned = vec![false; dark.len()];
    for (y, row) in dark.chunks_exact(width).enumerate() {
        for (x, &pixel) in row.iter().enumerate() {
            turned[x * height + (height - 1 - y)] = pixel;
        }
    }
    turned
}

/// The texts of the codes `rqrr` finds in a black-and-white picture, and
/// whether it found a code it could not read.
fn decode_grids(width: usize, height: usize, dark: &[bool]) -> (Vec<String>, bool) {
    let mut image =
        rqrr::PreparedImage::prepare_from_bitmap(width, height, |x, y| dark[y * width + x]);
    let mut missed = false;
    let texts = image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| match grid.decode() {
            Ok((_, text)) => Some(text),
            Err(_) => {
                missed = true;
                None
            }
        })
        .collect();
    (texts, missed)
}

/// Which pixels are dark, each against the brightness around it in its
/// row, so a shadow or glare across the code does not hide it: quirc's
/// rule as `rqrr` applies it (a pixel darker than 95% of the mean of the
/// running averages from the left and from the right), with a window of a
/// power of two near an eighth of the width so the running averages are
/// shifts rather than divisions; this pass is a third of the work on every
/// frame.
fn threshold(width: usize, height: usize, grey: &[u8]) -> Vec<bool> {
    // log2 of the window: 64 pixels for a 640-pixel frame.
    let shift = (width / 8).max(1).ilog2();
    let mut sums = vec![0u32; width];
    let mut dark = vec![false; grey.len()];
    for (row, out) in grey
        .chunks_exact(width)
        .zip(dark.chunks_exact_mut(width))
        .take(height)
    {
        let (mut forward, mut backward) = (0u32, 0u32);
        for x in 0..width {
            forward = forward - (forward >> shift) + u32::from(row[x]);
            sums[x] = forward;
        }
        for x in (0..width).rev() {
            backward = backward - (backward >> shift) + u32::from(row[x]);
            sums[x] += backward;
        }
        // p < sum / 2 / 2^shift × 0.95, in integers.
        for ((pixel, sum), out) in row.iter().zip(&sums).zip(out.iter_mut()) {
            *out = (u64::from(*pixel) * (200 << shift)) < u64::from(*sum) * 95;
        }
    }
    dark
}

/// The grey image of RGBA pixels (a canvas's `ImageData`), one byte a
/// pixel, with the usual weights for how bright each colour looks (ITU-R
/// BT.601, in integers).
pub fn grey(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| {
            let sum = 77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2]);
            (sum >> 8) as u8
        })
        .collect()
}

/// The size to draw a `width` × `height` camera frame at before reading
/// it: at most [`READ_WIDTH`] pixels wide, in the frame's proportions.
/// Larger frames cost time and add nothing a code held up to the camera
/// needs; smaller ones are read as they are.
pub fn read_size(width: u32, height: u32) -> (u32, u32) {
    if width <= READ_WIDTH || width == 0 {
        return (width, height);
    }
    let scaled = u64::from(height) * u64::from(READ_WIDTH) / u64::from(width);
    (READ_WIDTH, u32::try_from(scaled).unwrap_or(u32::MAX).max(1))
}

/// The widest image the scanner reads, in pixels. Reading time grows with
/// the pixels read, so frames are read in two alternating views of this
/// width ([`read_view`]) rather than whole at the camera's resolution.
pub const READ_WIDTH: u32 = 320;

/// Which part of a camera frame one reading covers, and at what size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    /// The part of the frame: left, top, width, height, in frame pixels.
    pub source: (u32, u32, u32, u32),
    /// The size it is drawn at and read: at most [`READ_WIDTH`] wide.
    pub size: (u32, u32),
}

/// The view of a `width` × `height` frame to read on reading number
/// `turn`: even turns read the whole frame scaled down (a code anywhere,
/// held close), odd turns the middle half of each side at up to full
/// resolution (a code held further away, in the middle). Each costs about
/// a quarter of reading a 640 × 480 frame whole, and a code the whole view
/// shows too small the centre view shows twice as large.
pub fn read_view(width: u32, height: u32, turn: u64) -> View {
    if turn % 2 == 0 {
        View {
            source: (0, 0, width, height),
            size: read_size(width, height),
        }
    } else {
        let (w, h) = (width / 2, height / 2);
        View {
            source: ((width - w) / 2, (height - h) / 2, w, h),
            size: read_size(w, h),
        }
    }
}
