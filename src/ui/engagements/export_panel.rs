//! Exporting: everything or one engagement as a checked file, when the last
//! export was, and a reminder when it is overdue.

use crate::i18n::fill;
use crate::model::workspace::export_due;
use crate::ui::chunks;
use crate::ui::clock::today;
use crate::ui::context::{use_ctx, Ctx};
use crate::ui::download;
use leptos::prelude::*;

/// Why the last export made no file, so the page can say so; shared by the
/// list's export buttons and the export panel, which shows it.
#[derive(Clone, Copy)]
pub struct ExportFailed(pub RwSignal<Option<ExportFailure>>);

/// Why an export made no file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFailure {
    /// The file did not pass its check (or the browser refused the
    /// download).
    Check,
    /// The code that writes files could not be fetched: the network
    /// dropped before it first came.
    Network,
}

/// Exports the engagements `ids` (all when `None`) as a download, after
/// reading the file back, and records the date; sets `failed` to why not,
/// or clears it. The first export fetches the code that writes files
/// (`chunks::file_code`).
pub fn export_to_file(ctx: Ctx, ids: Option<Vec<String>>, failed: RwSignal<Option<ExportFailure>>) {
    leptos::task::spawn_local(async move {
        let Ok(code) = chunks::file_code().await else {
            failed.try_set(Some(ExportFailure::Network));
            return;
        };
        let date = today();
        let name = match ids.as_deref() {
            Some([id]) => format!("rapport-{id}-{date}.json"),
            _ => format!("rapport-{date}.json"),
        };
        let text = ctx
            .work
            .try_with_untracked(|w| (code.export)(w, ids.as_deref()));
        let offered = matches!(text, Some(Ok(text)) if download::offer(&name, &text));
        if offered {
            ctx.work.try_update(|w| w.last_exported = Some(date));
        }
        failed.try_set((!offered).then_some(ExportFailure::Check));
    });
}

/// The export button, the last export's date and the reminder.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let ctx = use_ctx();
    let failed = use_context::<ExportFailed>().map_or_else(|| RwSignal::new(None), |f| f.0);
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let last = ctx.work.with(|w| w.last_exported.clone());
        let due = ctx.work.with(|w| export_due(w, &today()));
        // Never exported: one reminder that says so, not a week's reminder
        // above "Not exported yet".
        let (reminder, status) = match last {
            Some(date) => (
                due.then_some(t.export_reminder()),
                Some(fill(
                    t.last_exported(),
                    &[("date", &locale.format_date(&date))],
                )),
            ),
            None if due => (Some(t.export_reminder_never()), None),
            None => (None, Some(t.never_exported().to_owned())),
        };
        view! {
            <div class="export-panel">
                {reminder.map(|text| view! { <p class="callout" role="note">{text}</p> })}
                {status.map(|text| view! { <p>{text}</p> })}
                <button
                    type="button"
                    on:click=move |_| export_to_file(ctx, None, failed)
                >
                    {t.export_all()}
                </button>
                {move || {
                    failed
                        .get()
                        .map(|why| {
                            let text = match why {
                                ExportFailure::Check => t.export_failed(),
                                ExportFailure::Network => t.files_code_failed(),
                            };
                            view! { <p class="field-error" role="alert">{text}</p> }
                        })
                }}
            </div>
        }
    }
}
