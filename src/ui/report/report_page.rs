//! The report view: what the report holds, then the report as it prints.

use super::report_choices::ReportChoices;
use super::report_document::ReportDocument;
use crate::i18n::Locale;
use crate::ui::context::use_ctx;
use crate::ui::texts;
use leptos::prelude::*;

/// Whether the report's summary and sections are in the page (their chunk
/// came, `report_sections`): printing asked for before then waits for them,
/// so a printed report is always whole.
#[derive(Clone, Copy)]
pub(super) struct SectionsShown(pub(super) RwSignal<bool>);

/// The open engagement's report with its choices.
#[component]
pub fn ReportPage() -> impl IntoView {
    let ctx = use_ctx();
    provide_context(SectionsShown(RwSignal::new(false)));
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
    // The report's language could not be fetched (the network is down).
    let failed = RwSignal::new(false);
    view! {
        <div class="page report">
            {move || {
                let t = ctx.t();
                view! {
                    <div class="report-intro">
                        <h1>{t.report_title()}</h1>
                        <p class="lead">{t.report_intro()}</p>
                    </div>
                }
            }}
            <ReportChoices />
            {move || {
                // A report in a language the browser does not hold yet
                // waits for its texts (see ui/texts.rs).
                ctx.texts.track();
                let locale = language.get();
                if texts::ready(ctx, locale) {
                    return view! { <ReportDocument locale /> }.into_any();
                }
                let t = ctx.t();
                if failed.get() {
                    return view! {
                        <div class="chunk-state" role="alert">
                            <p>{t.chunk_failed()}</p>
                            <button type="button" on:click=move |_| failed.set(false)>
                                {t.chunk_retry()}
                            </button>
                        </div>
                    }
                        .into_any();
                }
                texts::ensure(ctx, locale, move |here| failed.set(!here));
                view! {
                    <p class="chunk-state chunk-loading" role="status">
                        {t.chunk_loading()}
                    </p>
                }
                    .into_any()
            }}
        </div>
    }
}
