//! The report view: what the report holds, then the report as it prints.

use super::report_choices::ReportChoices;
use super::report_document::ReportDocument;
use crate::i18n::Locale;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The open engagement's report with its choices.
#[component]
pub fn ReportPage() -> impl IntoView {
    let ctx = use_ctx();
    // The report's language: the one chosen for it, or the interface's.
    let language = Memo::new(move |_| {
        ctx.work
            .with(|w| {
                w.current()
                    .report
                    .language
                    .as_deref()
                    .and_then(Locale::from_code)
            })
            .unwrap_or_else(|| ctx.locale.get())
    });
    view! {
        <div class="page report">
            {move || {
                let t = ctx.t();
                view! {
                    <div class="report-intro">
                        <h1>{t.report_title}</h1>
                        <p class="lead">{t.report_intro}</p>
                    </div>
                }
            }}
            <ReportChoices />
            {move || view! { <ReportDocument locale=language.get() /> }}
        </div>
    }
}
