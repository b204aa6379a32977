//! The report itself, written in the report's language: the cover, then
//! the executive summary and the ticked sections (`report_sections`), which
//! come in a chunk of their own once the cover is shown.

use super::cover::Cover;
use crate::i18n::Locale;
use crate::ui::chunks;
use crate::ui::context::{use_ctx, Ctx};
use crate::ui::lazy_view::LazyView;
use leptos::prelude::*;

/// The report in `locale`. The components inside, the tools' own tables
/// and charts among them, read the language from the context, so the
/// context is provided again here with the report's language: they write
/// the report's language without knowing it differs from the interface's,
/// and the sections' texts are fetched in it.
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
    view! {
        <article class="report-document" lang=locale.code()>
            <Cover />
            // The summary and the sections: every tool's reader and charts,
            // fetched once the choices and the cover are shown.
            <LazyView
                load=chunks::report_sections
                preload=chunks::preload_report_sections
                texts=chunks::REPORT_SECTIONS_TEXTS
            />
        </article>
    }
}
