//! The report's executive summary and the ticked sections, with each chart
//! and table offering its download: a later section of the report
//! (`chunks::report_sections`), fetched once the report's choices and cover
//! are shown. Every tool's reader, model and charts are here, so opening
//! the report waits for none of them.

use super::economics_section::EconomicsSection;
use super::executive_summary::ExecutiveSummary;
use super::fit_section::FitSection;
use super::method_section::MethodSection;
use super::readiness_section::ReadinessSection;
use super::report_downloads::ReportDownloads;
use super::report_page::SectionsShown;
use super::workshop_section::WorkshopSection;
use crate::model::report::{self, Section};
use crate::ui::accounts::AccountsReport;
use crate::ui::context::{use_ctx, OfferExports};
use leptos::prelude::*;

/// The summary and the sections, in the language of the context the
/// report's document provides.
#[component]
pub fn ReportSections() -> impl IntoView {
    // Provided here, not by the document, so the downloads' code travels
    // with the charts and tables that offer them.
    provide_context(OfferExports(|exported| {
        view! { <ReportDownloads exported /> }.into_any()
    }));
    // Printing waits for the report to be whole (see `SectionsShown`): set
    // once the sections are in the page, cleared when they leave it.
    if let Some(SectionsShown(shown)) = use_context::<SectionsShown>() {
        Effect::new(move |_| shown.set(true));
        on_cleanup(move || {
            shown.try_set(false);
        });
    }
    let ctx = use_ctx();
    let sections = Memo::new(move |_| ctx.work.with(|w| report::sections(w.current())));
    view! {
        <ExecutiveSummary />
        {move || {
            sections
                .get()
                .into_iter()
                .map(|section| match section {
                    Section::Readiness => view! { <ReadinessSection /> }.into_any(),
                    Section::Workshop => view! { <WorkshopSection /> }.into_any(),
                    Section::Fit => view! { <FitSection /> }.into_any(),
                    Section::Economics => view! { <EconomicsSection /> }.into_any(),
                    Section::KeyAccounts => view! { <AccountsReport /> }.into_any(),
                    Section::Method => view! { <MethodSection /> }.into_any(),
                })
                .collect_view()
        }}
    }
}
