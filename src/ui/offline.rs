//! Offline use and updates. Registers the service worker (`sw.js`, written
//! next to `index.html` by `src/offline.mjs` after each build), which keeps
//! every file of the build so the app opens with no network. A new release
//! never takes over by itself: when its worker is installed and waiting,
//! [`start`] raises `update_ready` and the banner offers the reload; only
//! [`apply_update`] (the user's choice) hands the page over.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// How often an open app asks the host for a new release: a workshop can
/// run all day in one tab.
const CHECK_EVERY_MS: i32 = 30 * 60 * 1000;

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// Set once the user has asked for the new release: the page reloads
    /// when the new worker takes control, and a worker still installing is
    /// handed over as soon as it is ready.
    static WANTED: Cell<bool> = const { Cell::new(false) };
}

/// Registers the service worker once the first view is interactive (in
/// idle time, so the precache never competes with the first view's own
/// downloads) and watches for releases. Does nothing where the browser
/// offers no service workers (insecure origins, some private modes).
pub fn start(update_ready: RwSignal<bool>) {
    let navigator = window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let register = Closure::once_into_js(move || register(update_ready));
    if window()
        .request_idle_callback(register.unchecked_ref())
        .is_err()
    {
        let _ = window().set_timeout_with_callback(register.unchecked_ref());
    }
}

fn register(update_ready: RwSignal<bool>) {
    let container = window().navigator().service_worker();
    let promise = container.register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        // Refused registrations (blocked by the browser or a test harness)
        // leave the app as it is: it works online all the same.
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        // A harness that blocks workers may answer with nothing at all.
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch(&registration, update_ready);
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    });
}

/// Follows the registration: a worker already waiting, or one that
/// finishes installing while a page it does not control is open, is a new
/// release. The very first install is not: there was nothing to update.
fn watch(registration: &ServiceWorkerRegistration, update_ready: RwSignal<bool>) {
    let container = window().navigator().service_worker();
    if registration.waiting().is_some() && container.controller().is_some() {
        update_ready.set(true);
    }
    let watched = registration.clone();
    // These closures live as long as the page, like the registration.
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = watched.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            let controlled = window().navigator().service_worker().controller().is_some();
            if worker.state() == ServiceWorkerState::Installed && controlled {
                update_ready.set(true);
                if WANTED.with(Cell::get) {
                    hand_over(&worker);
                }
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();

    let on_controller = Closure::<dyn FnMut()>::new(move || {
        if WANTED.with(Cell::get) {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller.as_ref().unchecked_ref()));
    on_controller.forget();

    // Asks for a new release now and then, and whenever the app comes back
    // into view (a tablet woken up in the morning).
    let check = Closure::<dyn FnMut()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            check_for_release();
        }
    });
    let _ = window().set_interval_with_callback_and_timeout_and_arguments_0(
        check.as_ref().unchecked_ref(),
        CHECK_EVERY_MS,
    );
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", check.as_ref().unchecked_ref());
    check.forget();
}

/// Asks the host whether `sw.js` changed; a changed worker installs in the
/// background and is then reported as an update.
fn check_for_release() {
    REGISTRATION.with(|r| {
        if let Some(registration) = r.borrow().as_ref() {
            if let Ok(promise) = registration.update() {
                // A failed check (offline) is retried at the next one.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                });
            }
        }
    });
}

/// Tells a waiting worker to take over; the page reloads when it has.
fn hand_over(worker: &ServiceWorker) {
    WANTED.with(|w| w.set(true));
    let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
}

/// Moves the page to the new release the user asked for. The work is saved
/// first by the caller; answers live in storage, so a reload keeps them.
pub fn apply_update() {
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    match waiting {
        Some(worker) => hand_over(&worker),
        None => {
            let _ = window().location().reload();
        }
    }
}

/// For a tab that found data of a newer release: fetches that release if
/// the host has it, hands over to it, and reloads. Without a service worker
/// a plain reload fetches it anyway.
pub fn reload_into_new_release() {
    let registration = REGISTRATION.with(|r| r.borrow().clone());
    let Some(registration) = registration else {
        let _ = window().location().reload();
        return;
    };
    if let Some(worker) = registration.waiting() {
        return hand_over(&worker);
    }
    let Ok(promise) = registration.update() else {
        let _ = window().location().reload();
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        if let Some(worker) = registration.waiting() {
            hand_over(&worker);
        } else if registration.installing().is_some() {
            // Handed over by `watch` once it has installed.
            WANTED.with(|w| w.set(true));
        } else {
            let _ = window().location().reload();
        }
    });
}
