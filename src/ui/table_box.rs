//! A data table that may be wider than the screen, scrolled on its own;
//! inside the report it also offers the table as CSV.

use super::context::{use_ctx, OfferExports};
use super::download;
use crate::i18n::fill;
use crate::model::report::file_name;
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
    let ctx = use_ctx();
    let table = NodeRef::<leptos::html::Div>::new();
    let exports = use_context::<OfferExports>().map(|_| {
        let csv = move |_| {
            if let Some(div) = table.get_untracked() {
                download::offer_table_csv(
                    &file_name(label, "csv"),
                    &div,
                    ctx.locale.get_untracked(),
                );
            }
        };
        view! {
            <div
                class="exports"
                role="group"
                aria-label=move || fill(ctx.t().report_downloads(), &[("name", label)])
            >
                <button type="button" on:click=csv>
                    {move || ctx.t().report_csv()}
                </button>
            </div>
        }
    });
    view! {
        <div class="table-scroll" node_ref=table>
            {children()}
        </div>
        {exports}
    }
}
