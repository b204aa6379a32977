//! The revenue × cost-to-serve matrix: the points layer, redrawn only when
//! the customers change, under the overlay of thresholds and quadrant
//! names, redrawn when a threshold moves; with its table beneath.

use super::charts::{matrix, overlay_svg, points_svg};
use super::common::currency;
use crate::model::accounts::Customers;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The matrix with the table given as children.
#[component]
pub fn MatrixFigure(
    /// The customers, apart from every other input.
    customers: Memo<Customers>,
    /// The thresholds in force.
    thresholds: Memo<(f64, f64)>,
    /// The table alternative.
    children: Children,
) -> impl IntoView {
    let ctx = use_ctx();
    let shown = RwSignal::new(false);
    let points = Memo::new(move |_| {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let cur = currency(ctx);
        // The points do not depend on the thresholds: read them untracked.
        let at = thresholds.get_untracked();
        customers.with(|c| points_svg(&matrix(t, locale, &cur, c, at)).unwrap_or_default())
    });
    let overlay = Memo::new(move |_| {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let cur = currency(ctx);
        let at = thresholds.get();
        // The overlay's scale comes from the customers, so it tracks them too.
        customers.with(|c| overlay_svg(&matrix(t, locale, &cur, c, at)).unwrap_or_default())
    });
    view! {
        <figure class="chart">
            <div class="chart-stack" role="img" aria-label=move || ctx.t().acc_matrix_label()>
                <div class="chart-svg" inner_html=move || points.get()></div>
                <div class="chart-svg chart-overlay" inner_html=move || overlay.get()></div>
            </div>
            <button
                type="button"
                class="chart-toggle"
                aria-expanded=move || shown.get().to_string()
                on:click=move |_| shown.update(|s| *s = !*s)
            >
                {move || ctx.t().chart_table_summary()}
            </button>
            <div class="chart-table" class:shown=shown>
                {children()}
            </div>
        </figure>
    }
}
