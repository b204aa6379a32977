//! The app a join link opens on a participant's device: the questionnaire
//! and its result, under the participant's header, and nothing of the
//! consultant's. It is its own build (`src/bin/participant.rs`), which the
//! page's loader picks for a join link (see `src/wasm.mjs`).
//!
//! It keeps only its part of the saved work (`storage::Part`): the
//! settings and the participation. The rest of what the device holds is
//! neither read nor written, so this download has no reader for it. Any
//! other address is the whole app's: the page is loaded again for it.

use super::app::{current_hash, fetch_first_texts, focus_main};
use super::boot;
use super::context::Ctx;
use super::offline;
use super::participant_header::ParticipantHeader;
use super::saving::keep_saved;
use super::storage_notice::StorageNotice;
use super::texts::TextFiles;
use super::update_notice::UpdateNotice;
use super::workshop::JoinPage;
use crate::model::workshop::Invitation;
use crate::route::Route;
use crate::storage::{Part, Store};
use leptos::prelude::*;

/// A participant's questionnaire from the join link `fragment`, with its
/// header, notices and footer.
#[component]
pub fn ParticipantApp(
    /// The join link's fragment, as the address gave it.
    fragment: String,
) -> impl IntoView {
    let (store, opened) = Store::open_part();
    let revision = opened.revision;
    let ctx = Ctx::new(store, opened, Route::Join(fragment), TextFiles::Join);
    provide_context(ctx);
    let ready = RwSignal::new(ctx.locale.get_untracked().has_strings());
    if ready.get_untracked() {
        boot::leave();
    } else {
        fetch_first_texts(ctx, ready);
    }

    let saving = keep_saved(ctx, store, revision, Part);
    ctx.saving.set_value(Some(saving));
    // Another join link is this app's too; any other address is the whole
    // app's, which this download does not hold: the work is saved and the
    // page loaded again, where the loader picks the whole app.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let route = Route::parse(&current_hash());
        if ctx.route.get_untracked() == route {
            return;
        }
        if let Route::Join(_) = route {
            ctx.route.set(route);
            window().scroll_to_with_x_and_y(0.0, 0.0);
            focus_main();
        } else {
            saving.flush.run(());
            let _ = window().location().reload();
        }
    });
    offline::start(ctx.update_ready);

    Effect::new(move |_| {
        ctx.texts.track();
        let locale = ctx.locale.get();
        let t = locale.strings();
        let doc = document();
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", locale.code());
        }
        doc.set_title(&format!("{} · {}", t.assessment_title(), t.app_name()));
    });

    let app = move || {
        view! {
            {move || {
                let Route::Join(fragment) = ctx.route.get() else {
                    return ().into_any();
                };
                let workshop = Invitation::parse(&fragment)
                    .map(|i| i.name)
                    .unwrap_or_default();
                view! {
                    <ParticipantHeader workshop />
                    <StorageNotice />
                    <UpdateNotice />
                    <main id="main" tabindex="-1">
                        <JoinPage fragment />
                    </main>
                }
                .into_any()
            }}
            <footer class="app-footer">
                <p>{move || ctx.t().footer_privacy()}</p>
            </footer>
        }
    };
    move || ready.get().then(app)
}
