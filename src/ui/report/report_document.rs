//! The report itself: cover, executive summary and the ticked sections,
//! written in the report's language, with each chart and table offering
//! its download.

use super::cover::Cover;
use super::economics_section::EconomicsSection;
use super::executive_summary::ExecutiveSummary;
use super::fit_section::FitSection;
use super::method_section::MethodSection;
use super::readiness_section::ReadinessSection;
use super::report_downloads::ReportDownloads;
use super::workshop_section::WorkshopSection;
use crate::i18n::Locale;
use crate::model::report::{self, Section};
use crate::ui::accounts::AccountsReport;
use crate::ui::context::{use_ctx, Ctx, OfferExports};
use leptos::prelude::*;

/// The report in `locale`. The components inside, the tools' own tables
/// and charts among them, read the language from the context, so the
/// context is provided again here with the report's language: they write
/// the report's language without knowing it differs from the interface's.
#[component]
pub fn ReportDocument(
    /// The report's language.
    locale: Locale,
) -> impl IntoView {
    let outer = use_ctx();
    provide_context(Ctx {
        locale: RwSignal::new(locale),
        ..outer
    });
    provide_context(OfferExports(|exported| {
        view! { <ReportDownloads exported /> }.into_any()
    }));
    let ctx = use_ctx();
    let sections = Memo::new(move |_| ctx.work.with(|w| report::sections(w.current())));
    view! {
        <article class="report-document" lang=locale.code()>
            <Cover />
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
        </article>
    }
}
