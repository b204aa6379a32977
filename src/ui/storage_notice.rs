//! The banner that says when work is not being saved, and why.

use super::context::use_ctx;
use crate::storage::StorageError;
use leptos::prelude::*;

/// Shown while storage has trouble; a corrupt-data notice can be dismissed,
/// the others stay until saving works again.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let (text, dismissable) = match ctx.storage_problem.get()? {
            StorageError::Unavailable => (t.storage_unavailable, false),
            StorageError::Corrupt(_) => (t.storage_corrupt, true),
            StorageError::NewerVersion(_) => (t.storage_newer, false),
            StorageError::QuotaExceeded => (t.storage_quota, false),
            StorageError::WriteFailed(_) => (t.storage_write_failed, false),
        };
        let dismiss = dismissable.then(|| {
            view! {
                <button type="button" on:click=move |_| ctx.storage_problem.set(None)>
                    {t.dismiss}
                </button>
            }
        });
        Some(view! {
            <div class="notice" role="alert">
                <p>{text}</p>
                {dismiss}
            </div>
        })
    }
}
