//! Handing the user a file: the browser's download of text made here, a
//! chart as SVG or as a PNG rendered in the browser, a table as CSV.

use crate::csv::write::{write, Cell, Style};
use crate::i18n::Locale;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Offers `text` as a download named `name` (JSON). Returns `false` if the
/// browser would not make the file.
pub fn offer(name: &str, text: &str) -> bool {
    offer_typed(name, text, "application/json")
}

/// Offers `text` as a download named `name`, of media type `mime`.
pub fn offer_typed(name: &str, text: &str, mime: &str) -> bool {
    let Some(url) = object_url(text, mime) else {
        return false;
    };
    let made = click_link(&url, name);
    let _ = web_sys::Url::revoke_object_url(&url);
    made
}

/// A `blob:` URL holding `text` as `mime`.
fn object_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Follows a download link to `url`, saving as `name`.
fn click_link(url: &str, name: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(url);
            a.set_download(name);
            a.click();
        })
        .is_some()
}

/// Offers a chart, `svg` (from [`crate::chart::to_svg`], whose writer
/// escapes every text), as an SVG file of its own.
pub fn offer_svg(name: &str, svg: &str) -> bool {
    offer_typed(name, svg, "image/svg+xml")
}

/// Offers a chart as a PNG drawn by the browser from its SVG at twice its
/// size, on white (a transparent picture turns black in some slide
/// tools). The picture is drawn once the browser has read the SVG, so the
/// download follows a moment after the call.
pub fn offer_png(name: &str, svg: &str) -> bool {
    let Some(url) = object_url(svg, "image/svg+xml") else {
        return false;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        let _ = web_sys::Url::revoke_object_url(&url);
        return false;
    };
    let name = name.to_owned();
    let drawn = image.clone();
    let source = url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&source);
        let _ = draw_png(&drawn, &name);
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&url);
    true
}

/// Draws `image` at 2× on white into a canvas and offers it as `name`.
fn draw_png(image: &web_sys::HtmlImageElement, name: &str) -> Option<()> {
    const SCALE: u32 = 2;
    let (width, height) = (image.natural_width(), image.natural_height());
    let document = web_sys::window()?.document()?;
    let canvas = document
        .create_element("canvas")
        .ok()?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?;
    canvas.set_width(width * SCALE);
    canvas.set_height(height * SCALE);
    let context = canvas
        .get_context("2d")
        .ok()??
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .ok()?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(
        0.0,
        0.0,
        f64::from(width * SCALE),
        f64::from(height * SCALE),
    );
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            image,
            0.0,
            0.0,
            f64::from(width * SCALE),
            f64::from(height * SCALE),
        )
        .ok()?;
    let data = canvas.to_data_url_with_type("image/png").ok()?;
    click_link(&data, name).then_some(())
}

/// Offers the first table inside `container` as a CSV file for a
/// spreadsheet in `locale`'s region: each cell as shown, numbers turned
/// back into numbers ([`Cell::from_shown`]).
pub fn offer_table_csv(name: &str, container: &web_sys::Element, locale: Locale) -> bool {
    let Ok(Some(table)) = container.query_selector("table") else {
        return false;
    };
    let Ok(rows) = table.query_selector_all("tr") else {
        return false;
    };
    let rows: Vec<Vec<Cell>> = (0..rows.length())
        .filter_map(|i| rows.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|row| {
            let cells = row.children();
            (0..cells.length())
                .filter_map(|j| cells.item(j))
                .map(|cell| Cell::from_shown(&cell.text_content().unwrap_or_default(), locale))
                .collect()
        })
        .collect();
    offer_typed(
        name,
        &write(&rows, Style::of(locale)),
        "text/csv;charset=utf-8",
    )
}
