//! The banner that says when work is not being saved, or not all of it was
//! read, and what the user can do about it.

use super::context::use_ctx;
use super::download;
use super::offline;
use crate::i18n::fill;
use crate::route::Route;
use crate::storage::StorageError;
use leptos::prelude::*;

/// Shown while storage has trouble. Notices about what was found at start
/// can be dismissed and offer the backup; the others stay until saving
/// works again and offer an export; a conflict with another tab offers the
/// two ways out.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let problem = ctx.storage_problem.get()?;
        let text = match &problem {
            StorageError::Unavailable => t.storage_unavailable().to_owned(),
            StorageError::Corrupt(_) => t.storage_corrupt().to_owned(),
            StorageError::NewerVersion(_) => t.storage_newer().to_owned(),
            StorageError::QuotaExceeded => t.storage_quota().to_owned(),
            StorageError::WriteFailed(_) => t.storage_write_failed().to_owned(),
            StorageError::SetAside(n) => fill(t.storage_set_aside(), &[("count", &n.to_string())]),
            StorageError::Conflict => t.storage_conflict().to_owned(),
            StorageError::KeptUnreadable => t.storage_kept_unreadable().to_owned(),
            StorageError::ToolUnreadable => t.storage_tool_unreadable().to_owned(),
        };
        let actions = match problem {
            StorageError::Corrupt(_)
            | StorageError::SetAside(_)
            | StorageError::KeptUnreadable
            | StorageError::ToolUnreadable => view! {
                <button
                    type="button"
                    on:click=move |_| {
                        if let Some(text) = ctx.store.backup() {
                            download::offer("rapport-backup.json", &text);
                        }
                    }
                >
                    {t.download_backup()}
                </button>
                <button type="button" on:click=move |_| ctx.storage_problem.set(None)>
                    {t.dismiss()}
                </button>
            }
            .into_any(),
            StorageError::Conflict => {
                let resolve = move |keep_mine: bool| {
                    if let Some(saving) = ctx.saving.get_value() {
                        saving.resolve.run(keep_mine);
                    }
                };
                view! {
                    <button type="button" on:click=move |_| resolve(false)>
                        {t.conflict_theirs()}
                    </button>
                    <button type="button" on:click=move |_| resolve(true)>
                        {t.conflict_mine()}
                    </button>
                }
                .into_any()
            }
            // The newer release is one reload away: the service worker
            // serves it once it has been fetched (see `offline`).
            StorageError::NewerVersion(_) => view! {
                <button type="button" on:click=move |_| offline::reload_into_new_release()>
                    {t.storage_reload()}
                </button>
            }
            .into_any(),
            _ => view! {
                <a class="button-link" href=Route::Engagements.href()>
                    {t.export_now()}
                </a>
            }
            .into_any(),
        };
        Some(view! {
            <div class="notice" role="alert">
                <p>{text}</p>
                <div class="notice-actions">{actions}</div>
            </div>
        })
    }
}
