//! QR codes for the links a workshop passes between devices, drawn as SVG
//! in the browser: no server, no network. The picture holds numbers only
//! (module positions), never the encoded text, so it is safe to place as
//! markup whatever the text.

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
