//! Which client the tools are working on, above each tool, with the way to
//! the list of engagements.

use super::context::use_ctx;
use super::labels;
use crate::route::Route;
use leptos::prelude::*;

/// "Working on: ACME", linking to the engagements.
#[component]
pub fn EngagementBar() -> impl IntoView {
    let ctx = use_ctx();
    let name = Memo::new(move |_| ctx.work.with(|w| w.current().name.clone()));
    move || {
        let t = ctx.t();
        view! {
            <p class="engagement-bar">
                <span>{t.eng_working_on()} ": "</span>
                <a href=Route::Engagements.href()>{labels::engagement(t, &name.get())}</a>
            </p>
        }
    }
}
