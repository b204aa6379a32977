//! A data table that may be wider than the screen, scrolled on its own;
//! inside the report it also offers the table as CSV.

use super::context::{Exported, OfferExports};
use leptos::prelude::*;

/// Holds one table; in the report ([`OfferExports`] provided), with a
/// CSV download beside it.
#[component]
pub fn TableBox(
    /// What the table shows (its caption), for the download's name and
    /// accessible label.
    label: &'static str,
    /// The table.
    children: Children,
) -> impl IntoView {
    let table = NodeRef::<leptos::html::Div>::new();
    let exports = use_context::<OfferExports>().map(|offer| {
        offer.0(Exported {
            label: Signal::stored(label.to_owned()),
            table,
            svg: None,
        })
    });
    view! {
        <div class="table-scroll" node_ref=table>
            {children()}
        </div>
        {exports}
    }
}
