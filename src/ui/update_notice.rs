//! The banner that offers a new release once it is ready. It never reloads
//! by itself: a participant half-way through the statements chooses when.

use super::context::use_ctx;
use super::offline;
use leptos::prelude::*;

/// Shown while a new release waits; "Reload now" saves the work and hands
/// the page to the new release, "Later" hides the banner (the new release
/// then opens by itself once every tab of the app has been closed).
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        if !ctx.update_ready.get() {
            return None;
        }
        let t = ctx.t();
        let reload = move |_| {
            if let Some(saving) = ctx.saving.get_value() {
                saving.flush.run(());
            }
            offline::apply_update();
        };
        Some(view! {
            <div class="notice notice-update" role="status">
                <p>{t.update_ready()}</p>
                <div class="notice-actions">
                    <button type="button" on:click=reload>
                        {t.update_reload()}
                    </button>
                    <button type="button" on:click=move |_| ctx.update_ready.set(false)>
                        {t.update_later()}
                    </button>
                </div>
            </div>
        })
    }
}
