//! The app shell: opens storage, provides the shared state, follows the URL
//! and saves the work when it changes.

use super::boot;
use super::chunks;
use super::context::Ctx;
use super::header::Header;
use super::home_page::HomePage;
use super::lazy_view::LazyView;
use super::not_found_page::NotFoundPage;
use super::offline;
use super::participant_header::ParticipantHeader;
use super::saving::keep_saved;
use super::storage_notice::StorageNotice;
use super::texts;
use super::texts::TextFiles;
use super::update_notice::UpdateNotice;
use crate::i18n::Locale;
use crate::model::workshop::Invitation;
use crate::route::Route;
use crate::storage::{Store, Whole};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The whole app: header, storage notice, the current view and a footer.
#[component]
pub fn App() -> impl IntoView {
    // Reading the saved work is measured (User Timing `rapport-open`) so
    // `make bench` can report what a large store costs at start-up.
    let performance = window().performance();
    if let Some(p) = &performance {
        let _ = p.mark("rapport-open-start");
    }
    let (store, opened) = Store::open();
    if let Some(p) = &performance {
        let _ = p.mark("rapport-open-end");
        let _ = p.measure_with_start_mark_and_end_mark(
            "rapport-open",
            "rapport-open-start",
            "rapport-open-end",
        );
    }
    let revision = opened.revision;
    let ctx = Ctx::new(store, opened, Route::parse(&current_hash()), TextFiles::All);
    provide_context(ctx);
    // What is typed into number fields outlives the views a language switch rebuilds.
    provide_context(super::number_field::TypedTexts::new(ctx));
    // The app's views speak once the language's texts are here (fetched
    // on the way in, see ui/texts.rs); until then the page's static
    // stand-in shows (the prerendered home, or "loading").
    let ready = RwSignal::new(texts::ready(ctx, ctx.locale.get_untracked()));
    if ready.get_untracked() {
        boot::leave();
    } else {
        fetch_first_texts(ctx, ready);
    }

    // The app lives as long as the page, so the listener is never removed.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let route = Route::parse(&current_hash());
        if ctx.route.get_untracked() != route {
            ctx.route.set(route);
            // A new view starts at its top, and focus follows, so keyboard and
            // screen-reader users land on the new content.
            window().scroll_to_with_x_and_y(0.0, 0.0);
            focus_main();
        }
    });

    ctx.saving
        .set_value(Some(keep_saved(ctx, store, revision, Whole)));
    offline::start(ctx.update_ready);

    // The document's language and title follow the language and the view.
    Effect::new(move |_| {
        ctx.texts.track();
        let locale = ctx.locale.get();
        let t = locale.strings();
        let page = match ctx.route.get() {
            Route::Home => t.app_tagline(),
            Route::Method => t.method_title(),
            Route::Fit => t.fit_title(),
            Route::Loyalty => t.econ_title(),
            Route::Accounts => t.acc_title(),
            Route::Engagements => t.eng_title(),
            Route::Report => t.report_title(),
            Route::Workshop => t.ws_title(),
            Route::Present => t.ws_present(),
            Route::Join(_) => t.assessment_title(),
            Route::Result(_) => t.result_title(),
            Route::Assessment(_) => t.assessment_title(),
            Route::AssessmentResults => t.results_title(),
            Route::NotFound(_) => t.not_found_title(),
        };
        let doc = document();
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", locale.code());
        }
        doc.set_title(&format!("{page} · {}", t.app_name()));
    });

    // A participant's pages show the workshop's name and no consultant's
    // navigation: the join link's questionnaire and result, and a result
    // link opened on the device that answered it.
    let participant = Memo::new(move |_| match ctx.route.get() {
        Route::Join(fragment) => Some(
            Invitation::parse(&fragment)
                .map(|i| i.name)
                .unwrap_or_default(),
        ),
        Route::Result(code) => ctx.work.with(|w| {
            w.is_participant_of(&code).then(|| {
                w.participation
                    .as_ref()
                    .map(|p| p.name.clone())
                    .unwrap_or_default()
            })
        }),
        _ => None,
    });

    // The presenter fills a projector's screen with its slide alone: no
    // header, language picker or footer.
    let presenting = Memo::new(move |_| ctx.route.get() == Route::Present);

    let app = move || {
        view! {
        {move || match (participant.get(), presenting.get()) {
            (_, true) => ().into_any(),
            (Some(workshop), _) => view! { <ParticipantHeader workshop /> }.into_any(),
            (None, _) => view! { <Header /> }.into_any(),
        }}
        <StorageNotice />
        <UpdateNotice />
        <main id="main" tabindex="-1">
            {move || match ctx.route.get() {
                Route::Home => view! { <HomePage /> }.into_any(),
                Route::NotFound(path) => view! { <NotFoundPage path /> }.into_any(),
                Route::Method => view! { <LazyView load=chunks::method preload=chunks::preload_method /> }.into_any(),
                Route::Fit => view! { <LazyView load=chunks::fit preload=chunks::preload_fit /> }.into_any(),
                Route::Loyalty => view! { <LazyView load=chunks::loyalty preload=chunks::preload_loyalty /> }.into_any(),
                Route::Accounts => view! { <LazyView load=chunks::accounts preload=chunks::preload_accounts /> }.into_any(),
                Route::Engagements => view! { <LazyView load=chunks::engagements preload=chunks::preload_engagements /> }.into_any(),
                Route::Report => view! { <LazyView load=chunks::report preload=chunks::preload_report /> }.into_any(),
                Route::Workshop => view! { <LazyView load=chunks::workshop preload=chunks::preload_workshop /> }.into_any(),
                Route::Present => view! { <LazyView load=chunks::present preload=chunks::preload_present /> }.into_any(),
                Route::AssessmentResults => {
                    view! { <LazyView load=chunks::assessment_results preload=chunks::preload_assessment_results /> }.into_any()
                }
                Route::Assessment(component) => {
                    view! { <LazyView load=move || chunks::assessment(component) preload=chunks::preload_assessment /> }.into_any()
                }
                Route::Join(fragment) => {
                    let fragment = StoredValue::new(fragment);
                    view! { <LazyView load=move || chunks::join(fragment.get_value()) preload=chunks::preload_join /> }
                        .into_any()
                }
                Route::Result(code) => {
                    let code = StoredValue::new(code);
                    view! { <LazyView load=move || chunks::result(code.get_value()) preload=chunks::preload_result /> }
                        .into_any()
                }
            }}
        </main>
        <Show when=move || !presenting.get()>
            <footer class="app-footer">
                <p>{move || ctx.t().footer_privacy()}</p>
            </footer>
        </Show>
        }
    };
    move || ready.get().then(app)
}

/// Fetches the texts of the language the app starts in, then shows the app;
/// if they cannot come (a first visit with the network down), the page says
/// so and offers to try again.
pub(super) fn fetch_first_texts(ctx: Ctx, ready: RwSignal<bool>) {
    let locale = ctx.locale.get_untracked();
    texts::ensure(ctx, locale, move |here| {
        if here {
            boot::leave();
            ready.set(true);
        } else {
            boot::failed(move || fetch_first_texts(ctx, ready));
        }
    });
}

/// The fragment of the page's URL, or nothing.
pub(super) fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The language the browser prefers, among those the app speaks.
pub(super) fn browser_locale() -> Locale {
    let languages: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    Locale::negotiate(languages.iter().map(String::as_str))
}

/// Moves keyboard focus to the main region.
pub(super) fn focus_main() {
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
