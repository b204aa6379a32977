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
/// task, so nothing flickers. A control focused in the prerendered page
/// (join.html's questionnaire can be used before the app arrives) has its
/// twin in the app's view focused instead, once that is drawn, so a
/// keyboard user keeps their place.
pub fn leave() {
    let doc = document();
    let focused = focused_in_shell(&doc);
    for id in ["shell", "boot"] {
        if let Some(element) = doc.get_element_by_id(id) {
            element.remove();
        }
    }
    if let Some(selector) = focused {
        request_animation_frame(move || {
            let twin = document().query_selector(&selector).ok().flatten();
            if let Some(twin) = twin.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = twin.focus();
            }
        });
    }
}

/// How to find the control focused in the prerendered page in the app's
/// view: by its id, or a radio by its name and value (the prerendered
/// pages use neither quotes nor backslashes in them).
fn focused_in_shell(doc: &web_sys::Document) -> Option<String> {
    let active = doc.active_element()?;
    let shell = doc.get_element_by_id("shell")?;
    if !shell.contains(Some(&active)) {
        return None;
    }
    if let Some(input) = active.dyn_ref::<web_sys::HtmlInputElement>() {
        if input.type_() == "radio" {
            return Some(format!(
                "input[type=radio][name=\"{}\"][value=\"{}\"]",
                input.name(),
                input.value()
            ));
        }
    }
    let id = active.id();
    (!id.is_empty()).then(|| format!("[id=\"{id}\"]"))
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
