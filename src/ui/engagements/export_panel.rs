//! Exporting: everything or one engagement as a checked file, when the last
//! export was, and a reminder when it is overdue.

use crate::i18n::fill;
use crate::model::workspace::export_due;
use crate::transfer;
use crate::ui::clock::today;
use crate::ui::context::{use_ctx, Ctx};
use crate::ui::download;
use leptos::prelude::*;

/// Set when an export did not pass its check, so the page can say so.
#[derive(Clone, Copy)]
pub struct ExportFailed(pub RwSignal<bool>);

/// Exports the engagements `ids` (all when `None`) as a download, after
/// reading the file back; records the date. Returns whether a file was
/// offered.
pub fn export_to_file(ctx: Ctx, ids: Option<&[String]>) -> bool {
    let date = today();
    let (text, name) = ctx.work.with_untracked(|w| {
        let name = match ids {
            Some([id]) => format!("rapport-{id}-{date}.json"),
            _ => format!("rapport-{date}.json"),
        };
        (transfer::export(w, ids), name)
    });
    match text {
        Ok(text) if download::offer(&name, &text) => {
            ctx.work.update(|w| w.last_exported = Some(date));
            true
        }
        _ => false,
    }
}

/// The export button, the last export's date and the reminder.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let ctx = use_ctx();
    let failed = use_context::<ExportFailed>().map_or_else(|| RwSignal::new(false), |f| f.0);
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
                    on:click=move |_| failed.set(!export_to_file(ctx, None))
                >
                    {t.export_all()}
                </button>
                <Show when=move || failed.get()>
                    <p class="field-error" role="alert">{t.export_failed()}</p>
                </Show>
            </div>
        }
    }
}
