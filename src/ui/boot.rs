//! The page before the app: the prerendered home, or a "loading" line in
//! the user's language (both in `index.html`), and what shows if the
//! language's texts cannot be fetched on a first visit.
//!
//! That part of the page is static HTML, in all three languages, because it
//! must speak before the app's texts are here.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The app's own view is ready: the static stand-ins leave in the same
/// task, so nothing flickers.
pub fn leave() {
    for id in ["shell", "boot"] {
        if let Some(element) = document().get_element_by_id(id) {
            element.remove();
        }
    }
}

/// The texts could not be fetched: says so (in the boot block's three
/// languages) and runs `retry` on its "Try again" button.
pub fn failed(retry: impl Fn() + 'static) {
    let doc = document();
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("data-boot", "failed");
        // The prerendered home would hide the message.
        let _ = root.set_attribute("data-shell", "none");
    }
    let Some(button) = doc.get_element_by_id("boot-retry") else {
        return;
    };
    let on_click = Closure::<dyn Fn()>::new(move || {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-boot", "loading");
        }
        retry();
    });
    // The button lives until the app replaces the page, so the listener
    // is never removed; `onclick` holds one listener, however many tries.
    if let Some(button) = button.dyn_ref::<web_sys::HtmlElement>() {
        button.set_onclick(Some(on_click.as_ref().unchecked_ref()));
    }
    on_click.forget();
}
