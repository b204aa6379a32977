//! A chart with its table alternative.

use super::context::{use_ctx, Exported, OfferExports};
use crate::chart::ChartError;
use leptos::prelude::*;

/// Shows an SVG chart and, beneath it, the table of its numbers: always
/// read by screen readers and printed, shown on screen on request. Inside
/// the report ([`OfferExports`] provided) it also offers the chart as SVG
/// and PNG and its table as CSV.
#[component]
pub fn ChartFigure(
    /// The chart from [`crate::chart::to_svg`]. It is placed as markup, which
    /// is safe because plotters' SVG backend escapes every text it draws.
    #[prop(into)]
    svg: Signal<Result<String, ChartError>>,
    /// A one-line description of the chart, read in place of the picture.
    #[prop(into)]
    label: Signal<String>,
    /// The table with the chart's numbers.
    children: Children,
) -> impl IntoView {
    let ctx = use_ctx();
    let shown = RwSignal::new(false);
    let table = NodeRef::<leptos::html::Div>::new();
    let exports = use_context::<OfferExports>().map(|offer| {
        offer.0(Exported {
            label,
            table,
            svg: Some(svg),
        })
    });
    view! {
        <figure class="chart">
            <div
                class="chart-svg"
                role="img"
                aria-label=label
                inner_html=move || svg.get().unwrap_or_default()
            ></div>
            {exports}
            <button
                type="button"
                class="chart-toggle"
                aria-expanded=move || shown.get().to_string()
                on:click=move |_| shown.update(|s| *s = !*s)
            >
                {move || ctx.t().chart_table_summary()}
            </button>
            <div class="chart-table" class:shown=shown node_ref=table>
                {children()}
            </div>
        </figure>
    }
}
