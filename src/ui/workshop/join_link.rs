//! The open workshop's join link: written out in full (it wraps, never cut
//! off) with a Copy button, and its QR code for the room to scan.

use crate::i18n::fill;
use crate::ui::context::use_ctx;
use crate::ui::qr_figure::QrFigure;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// What the last tap on Copy did.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    /// The link is on the clipboard.
    Yes,
    /// The clipboard was out of reach: the link is selected instead.
    Selected,
}

/// Selects the text of the element `id`, for the device's own copy menu.
fn select_text(id: &str) {
    let document = document();
    let (Some(node), Some(selection)) = (
        document.get_element_by_id(id),
        window().get_selection().ok().flatten(),
    ) else {
        return;
    };
    if let Ok(range) = document.create_range() {
        if range.select_node_contents(&node).is_ok() {
            let _ = selection.remove_all_ranges();
            let _ = selection.add_range(&range);
        }
    }
}

/// The join link `link` with Copy and its QR code.
#[component]
pub fn JoinLink(
    /// The whole link, address and fragment.
    #[prop(into)]
    link: Signal<String>,
) -> impl IntoView {
    let ctx = use_ctx();
    let copied = RwSignal::new(None::<Copied>);
    let copy = move |_| {
        let navigator = window().navigator();
        // Only secure pages have a clipboard.
        let reachable = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
            .is_ok_and(|c| !c.is_undefined() && !c.is_null());
        if !reachable {
            select_text("join-link");
            copied.set(Some(Copied::Selected));
            return;
        }
        let writing = navigator.clipboard().write_text(&link.get_untracked());
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(writing).await {
                Ok(_) => copied.set(Some(Copied::Yes)),
                Err(_) => {
                    select_text("join-link");
                    copied.set(Some(Copied::Selected));
                }
            }
        });
    };
    // A changed link (renamed, closed) has not been copied yet.
    Effect::new(move |_| {
        link.track();
        copied.set(None);
    });
    move || {
        let t = ctx.t();
        view! {
            <section aria-labelledby="join-heading">
                <h2 id="join-heading">{t.ws_join_heading}</h2>
                <p>{t.ws_join_intro}</p>
                <p class="join-link" id="join-link">{move || link.get()}</p>
                <div class="copy-row">
                    <button
                        type="button"
                        aria-label=fill(t.copy_named, &[("field", t.ws_join_heading)])
                        on:click=copy
                    >
                        {t.copy}
                    </button>
                    <p class="copy-status" role="status">
                        {move || match copied.get() {
                            Some(Copied::Yes) => t.copied,
                            Some(Copied::Selected) => t.copy_selected,
                            None => "",
                        }}
                    </p>
                </div>
                <QrFigure text=link label=t.ws_qr_label.to_owned() />
            </section>
        }
    }
}
