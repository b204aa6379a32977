//! What shows where a view's code is being fetched (`lazy_view`): a
//! "loading" line, or why it could not come with "Try again".

use super::context::use_ctx;
use leptos::prelude::*;

/// "Loading" while `failed` is false; the failure and a "Try again" button
/// that runs `retry` once it is true. In the page's own layout, where the
/// awaited content will be.
#[component]
pub fn FetchNote(
    /// Whether the fetch failed.
    failed: bool,
    /// What "Try again" does.
    retry: Callback<()>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        if failed {
            view! {
                <div class="chunk-state" role="alert">
                    <p>{t.chunk_failed()}</p>
                    <button type="button" on:click=move |_| retry.run(())>
                        {t.chunk_retry()}
                    </button>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="chunk-state" role="status">
                    <p class="chunk-loading">{t.chunk_loading()}</p>
                </div>
            }
            .into_any()
        }
    }
}
