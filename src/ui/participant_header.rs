//! The header a workshop participant sees: the app's name, the workshop's
//! name and the language switcher; none of the consultant's navigation.

use super::app::focus_main;
use super::context::use_ctx;
use super::language_switcher::LanguageSwitcher;
use leptos::prelude::*;

/// The header on a participant's questionnaire and result.
#[component]
pub fn ParticipantHeader(
    /// The workshop's name, as its join link gave it.
    workshop: String,
) -> impl IntoView {
    let ctx = use_ctx();
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_main();
    };
    view! {
        <header class="app-header participant">
            {move || {
                let t = ctx.t();
                view! {
                    <a class="skip-link" href="#main" on:click=skip>
                        {t.skip_to_content}
                    </a>
                    <p class="brand">
                        <span class="brand-name">{t.app_name}</span>
                        <span class="brand-tagline">{workshop.clone()}</span>
                    </p>
                }
            }}
            <LanguageSwitcher />
        </header>
    }
}
