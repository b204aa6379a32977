//! The view for a URL that names no page.

use super::context::use_ctx;
use crate::i18n::fill;
use crate::route::Route;
use leptos::prelude::*;

/// Says the page does not exist and offers the way home.
#[component]
pub fn NotFoundPage(
    /// The path that was asked for, shown as text.
    path: String,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        view! {
            <div class="page">
                <h1>{t.not_found_title()}</h1>
                <p>{fill(t.not_found_text(), &[("path", &path)])}</p>
                <p>
                    <a href=Route::Home.href()>{t.not_found_home()}</a>
                </p>
            </div>
        }
    }
}
