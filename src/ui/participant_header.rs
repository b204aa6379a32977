//! The header a workshop participant sees: the app's name, the workshop's
//! name and the language switcher; none of the consultant's navigation.

use super::context::use_ctx;
use super::language_switcher::LanguageSwitcher;
use super::skip_link::SkipLink;
use leptos::prelude::*;

/// The header on a participant's questionnaire and result.
#[component]
pub fn ParticipantHeader(
    /// The workshop's name, as its join link gave it.
    workshop: String,
) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <header class="app-header participant">
            {move || {
                let t = ctx.t();
                view! {
                    <SkipLink label=t.skip_to_content() />
                    <p class="brand">
                        <span class="brand-name">{t.app_name()}</span>
                        <span class="brand-tagline">{workshop.clone()}</span>
                    </p>
                }
            }}
            <LanguageSwitcher />
        </header>
    }
}
