//! The downloads under each chart and table of the report: the chart as
//! SVG and PNG, its table as CSV.

use crate::i18n::fill;
use crate::model::report::file_name;
use crate::ui::context::{use_ctx, Exported};
use crate::ui::download;
use leptos::prelude::*;

/// The buttons that offer `exported` as files, in a group named for it.
#[component]
pub fn ReportDownloads(
    /// The chart or table, and where its numbers are.
    exported: Exported,
) -> impl IntoView {
    let ctx = use_ctx();
    let Exported { label, table, svg } = exported;
    let chart = move |extension: &str| {
        let Some(Ok(svg)) = svg.map(|svg| svg.get_untracked()) else {
            return;
        };
        let name = file_name(&label.get_untracked(), extension);
        if extension == "png" {
            download::offer_png(&name, &svg);
        } else {
            download::offer_svg(&name, &svg);
        }
    };
    let csv = move |_| {
        if let Some(div) = table.get_untracked() {
            let name = file_name(&label.get_untracked(), "csv");
            download::offer_table_csv(&name, &div, ctx.locale.get_untracked());
        }
    };
    let pictures = svg.map(|_| {
        view! {
            <button type="button" on:click=move |_| chart("svg")>
                {move || ctx.t().report_svg()}
            </button>
            <button type="button" on:click=move |_| chart("png")>
                {move || ctx.t().report_png()}
            </button>
        }
    });
    view! {
        <div
            class="exports"
            role="group"
            aria-label=move || fill(ctx.t().report_downloads(), &[("name", &label.get())])
        >
            {pictures}
            <button type="button" on:click=csv>
                {move || ctx.t().report_csv()}
            </button>
        </div>
    }
}
