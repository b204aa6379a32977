//! The header's navigation: a link to each view, inline where they fit on
//! the header's one line, folded behind a native "Menu" button where they
//! do not. Which of the two shows is decided by the stylesheet alone, per
//! language (its breakpoints in `style/main.css` were measured in all three
//! languages): the same markup serves both, so nothing is measured in code.

use super::context::use_ctx;
use crate::model::components::Component;
use crate::route::Route;
use leptos::prelude::*;

/// The id of the list the Menu button opens and closes.
const LIST_ID: &str = "app-nav-list";

/// The main navigation, with the button that shows and hides it where the
/// links are folded.
#[component]
pub fn NavMenu() -> impl IntoView {
    let ctx = use_ctx();
    // Open or closed; it only matters where the links are folded, where
    // the stylesheet hides the closed list.
    let open = RwSignal::new(false);
    let toggle = NodeRef::<leptos::html::Button>::new();
    // Escape, wherever focus is (a tap does not focus the button in every
    // browser), closes the list and gives focus back to its button, so a
    // keyboard user is not left on a link that just disappeared.
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
        }
    });
    on_cleanup(move || escape.remove());
    // Any change of view closes the list too: back and forward, a link in
    // the page.
    Effect::new(move |_| {
        ctx.route.track();
        open.set(false);
    });
    // A click or tap anywhere outside the navigation closes the list, as
    // a menu does; one inside is the button's or a link's to handle.
    let outside = window_event_listener(leptos::ev::click, move |ev| {
        if !open.get_untracked() {
            return;
        }
        let inside = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|e| e.closest(".app-nav").ok().flatten())
            .is_some();
        if !inside {
            open.set(false);
        }
    });
    on_cleanup(move || outside.remove());
    let link = move |route: Route, label: &'static str| {
        let href = route.href();
        let current = move || route.same_section(&ctx.route.get()).then_some("page");
        view! {
            <li>
                // Choosing a view closes the list, even the view already shown.
                <a href=href aria-current=current on:click=move |_| open.set(false)>
                    {label}
                </a>
            </li>
        }
    };
    move || {
        let t = ctx.t();
        view! {
            <nav class="app-nav" aria-label=t.nav_label()>
                <button
                    type="button"
                    class="nav-toggle"
                    node_ref=toggle
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls=LIST_ID
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {t.nav_menu()}
                </button>
                <ul id=LIST_ID class:open=move || open.get()>
                    {link(Route::Home, t.nav_home())}
                    {link(Route::Assessment(Component::ALL[0]), t.nav_assessment())}
                    {link(Route::Fit, t.nav_fit())}
                    {link(Route::Loyalty, t.nav_loyalty())}
                    {link(Route::Accounts, t.nav_accounts())}
                    {link(Route::Workshop, t.nav_workshop())}
                    {link(Route::Report, t.nav_report())}
                    {link(Route::Engagements, t.nav_engagements())}
                    {link(Route::Method, t.nav_method())}
                </ul>
            </nav>
        }
    }
}
