//! The header: product name, navigation to each view, language switcher,
//! on one line at every width from a tablet up (the navigation folds into
//! a Menu button where its links would not fit; see `nav_menu`).

use super::context::use_ctx;
use super::language_switcher::LanguageSwitcher;
use super::nav_menu::NavMenu;
use super::skip_link::SkipLink;
use crate::route::Route;
use leptos::prelude::*;

/// The site header shown above every view.
#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <header class="app-header">
            {move || {
                let t = ctx.t();
                view! {
                    <SkipLink label=t.skip_to_content() />
                    <a class="brand" href=Route::Home.href()>
                        <span class="brand-name">{t.app_name()}</span>
                        <span class="brand-tagline">{t.app_tagline()}</span>
                    </a>
                }
            }}
            <NavMenu />
            <LanguageSwitcher />
        </header>
    }
}
