//! The first link of every header: straight to the view's content.

use super::app::focus_main;
use leptos::prelude::*;

/// "Skip to content": moves focus to the main region without touching the
/// fragment, which holds the route. `label` is in the page's language.
#[component]
pub fn SkipLink(
    /// The link's text.
    label: &'static str,
) -> impl IntoView {
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_main();
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {label}
        </a>
    }
}
