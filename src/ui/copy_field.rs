//! A read-only field with a Copy button, for what a participant hands back.

use super::context::use_ctx;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// What the last tap on Copy did.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Copied {
    /// The text is on the clipboard.
    Yes,
    /// The clipboard was out of reach: the text is selected for the
    /// device's own menu.
    Selected,
}

/// The labelled field holding `value`, and a button that copies it; where
/// the clipboard cannot be written, the button selects the text instead.
#[component]
pub fn CopyField(
    /// The field's id, which its label names.
    id: &'static str,
    /// The field's label, which the button's name repeats.
    label: &'static str,
    /// What the field holds.
    value: String,
) -> impl IntoView {
    let ctx = use_ctx();
    let input = NodeRef::<leptos::html::Input>::new();
    let copied = RwSignal::new(None::<Copied>);
    let select = move || {
        if let Some(field) = input.get_untracked() {
            field.select();
        }
        copied.set(Some(Copied::Selected));
    };
    let text = value.clone();
    let copy = move |_| copy_text(&text, copied, select);
    // The page that shows the field is rebuilt when the language changes.
    let t = ctx.locale.get_untracked().strings();
    view! {
        <div class="field copy-field">
            <label for=id>{label}</label>
            <div class="copy-row">
                <input id=id node_ref=input type="text" readonly prop:value=value />
                <button
                    type="button"
                    aria-label=crate::i18n::fill(t.copy_named(), &[("field", label)])
                    on:click=copy
                >
                    {t.copy()}
                </button>
            </div>
            <p class="copy-status" role="status">
                {move || match copied.get() {
                    Some(Copied::Yes) => t.copied(),
                    Some(Copied::Selected) => t.copy_selected(),
                    None => "",
                }}
            </p>
        </div>
    }
}

/// Puts `text` on the clipboard and records it in `copied`; where the
/// clipboard is out of reach (pages that are not secure) or refuses,
/// `select` selects the text instead, for the device's own menu.
pub(crate) fn copy_text(
    text: &str,
    copied: RwSignal<Option<Copied>>,
    select: impl Fn() + Copy + 'static,
) {
    let navigator = window().navigator();
    let reachable = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !reachable {
        select();
        return;
    }
    let writing = navigator.clipboard().write_text(text);
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(writing).await {
            Ok(_) => copied.set(Some(Copied::Yes)),
            Err(_) => select(),
        }
    });
}
