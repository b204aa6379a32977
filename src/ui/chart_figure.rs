//! A chart with its table alternative.

use super::context::use_ctx;
use crate::chart::ChartError;
use leptos::prelude::*;

/// Shows an SVG chart and, beneath it, the table of its numbers: always
/// read by screen readers and printed, shown on screen on request.
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
    view! {
        <figure class="chart">
            <div
                class="chart-svg"
                role="img"
                aria-label=label
                inner_html=move || svg.get().unwrap_or_default()
            ></div>
            <button
                type="button"
                class="chart-toggle"
                aria-expanded=move || shown.get().to_string()
                on:click=move |_| shown.update(|s| *s = !*s)
            >
                {move || ctx.t().chart_table_summary}
            </button>
            <div class="chart-table" class:shown=shown>
                {children()}
            </div>
        </figure>
    }
}
