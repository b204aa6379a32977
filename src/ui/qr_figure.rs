//! A QR code of a link, large enough to scan across a table.

use crate::qr;
use leptos::prelude::*;

/// The code for `text`, as an image named `label`. Its SVG holds module
/// positions only (`crate::qr`), so placing it as markup is safe whatever
/// the text.
#[component]
pub fn QrFigure(
    /// What the code encodes.
    #[prop(into)]
    text: Signal<String>,
    /// The image's accessible name.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    view! {
        <div
            class="qr"
            role="img"
            aria-label=label
            inner_html=move || qr::svg(&text.get()).unwrap_or_default()
        ></div>
    }
}
