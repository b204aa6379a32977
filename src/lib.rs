//! Rapport: a relationship-marketing workbench that runs in the browser.
//!
//! The crate is a library so that host tests and browser tests reach every
//! module; `main.rs` only starts the app ([`start`]), `bin/participant.rs` the
//! participant's ([`start_participant`]). See `ARCHITECTURE.md` for the
//! map and the rules that keep it in shape.

pub mod chart;
pub mod csv;
pub mod i18n;
pub mod model;
pub mod qr;
pub mod route;
pub mod storage;
pub mod transfer;
#[cfg(feature = "ui")]
pub mod ui;

#[cfg(feature = "ui")]
use wasm_bindgen::closure::Closure;
#[cfg(feature = "ui")]
use wasm_bindgen::JsCast;

/// Without the views (`make mutants` builds the pure core alone) there is
/// no app to start.
#[cfg(not(feature = "ui"))]
pub fn start() {}

/// Without the views there is no participant's app either.
#[cfg(not(feature = "ui"))]
pub fn start_participant() {}

/// Starts the app once the document is parsed (the loader script is async
/// and may run earlier). When the prerendered home is showing (see
/// `src/prerender.mjs`), mounting also waits until the browser has painted
/// it, so the first paint never waits for the app.
#[cfg(feature = "ui")]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return mount();
    };
    if document.ready_state() == "loading" {
        let go = Closure::once_into_js(after_paint);
        let listening =
            document.add_event_listener_with_callback("DOMContentLoaded", go.unchecked_ref());
        if listening.is_err() {
            mount();
        }
    } else {
        after_paint();
    }
}

/// Mounts the app; saved work that may need migrating (see
/// `storage::stored_may_need_migration`) waits for the migration's chunk
/// first, and if that cannot come, the page says so with "Try again".
#[cfg(feature = "ui")]
fn mount() {
    if !storage::stored_may_need_migration() {
        return leptos::mount::mount_to_body(ui::App);
    }
    wasm_bindgen_futures::spawn_local(async {
        if ui::chunks::load_migration().await.is_ok() {
            leptos::mount::mount_to_body(ui::App);
        } else {
            ui::boot::failed(mount);
        }
    });
}

/// Starts the participant's app (`ui::ParticipantApp`), for a join link:
/// the whole of `src/bin/participant.rs`, a second, small build that holds
/// the join page alone (see ARCHITECTURE.md, What goes in which file). It
/// is mounted at once: no prerendered page waits for it.
#[cfg(feature = "ui")]
pub fn start_participant() {
    let fragment = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .and_then(|hash| match route::Route::parse(&hash) {
            route::Route::Join(fragment) => Some(fragment),
            _ => None,
        })
        .unwrap_or_default();
    leptos::mount::mount_to_body(move || ui::participant_app(fragment));
}

/// Mounts at once, or after the next paint while the prerendered home shows.
#[cfg(feature = "ui")]
fn after_paint() {
    let Some(window) = web_sys::window() else {
        return mount();
    };
    let shell_showing = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-shell"))
        .is_some_and(|lang| lang != "none");
    if !shell_showing {
        return mount();
    }
    // A frame is drawn after this callback; the timeout then runs in the
    // next task, after that paint.
    let next_task = Closure::once_into_js(|| {
        let later = Closure::once_into_js(mount);
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(later.unchecked_ref());
        }
    });
    if window
        .request_animation_frame(next_task.unchecked_ref())
        .is_err()
    {
        mount();
    }
}

/// The memory allocator on the web: smaller and faster than the default.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
