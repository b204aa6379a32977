//! The header: product name, navigation to each view, language switcher.

use super::context::use_ctx;
use super::language_switcher::LanguageSwitcher;
use super::skip_link::SkipLink;
use crate::model::components::Component;
use crate::route::Route;
use leptos::prelude::*;

/// The site header shown above every view.
#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_ctx();
    let link = move |route: Route, label: &'static str| {
        let href = route.href();
        let current = move || route.same_section(&ctx.route.get()).then_some("page");
        view! {
            <li>
                <a href=href aria-current=current>
                    {label}
                </a>
            </li>
        }
    };
    view! {
        <header class="app-header">
            {move || {
                let t = ctx.t();
                view! {
                    <SkipLink label=t.skip_to_content />
                    <a class="brand" href=Route::Home.href()>
                        <span class="brand-name">{t.app_name}</span>
                        <span class="brand-tagline">{t.app_tagline}</span>
                    </a>
                    <nav class="app-nav" aria-label=t.nav_label>
                        <ul>
                            {link(Route::Home, t.nav_home)}
                            {link(Route::Assessment(Component::ALL[0]), t.nav_assessment)}
                            {link(Route::Fit, t.nav_fit)}
                            {link(Route::Loyalty, t.nav_loyalty)}
                            {link(Route::Accounts, t.nav_accounts)}
                            {link(Route::Workshop, t.nav_workshop)}
                            {link(Route::Report, t.nav_report)}
                            {link(Route::Engagements, t.nav_engagements)}
                            {link(Route::Method, t.nav_method)}
                        </ul>
                    </nav>
                }
            }}
            <LanguageSwitcher />
        </header>
    }
}
