//! The "Paste a table" box of one profile: for touch devices, which rarely
//! paste into a small cell, and for anyone who prefers to see the table
//! before it fills the profile.

use super::ocai_cell::fill_from_block;
use crate::model::fit::{Moment, ProfileRef, Side};
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// A text box and a button that fills the profile from what it holds; a
/// table that cannot be read changes nothing and the message says why.
#[component]
pub fn OcaiPaste(
    /// The profile filled.
    which: ProfileRef,
    /// The panel's message line.
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let text = RwSignal::new(String::new());
    let id = format!(
        "ocai-paste-{}-{}",
        if which.side == Side::Supplier {
            "s"
        } else {
            "c"
        },
        if which.moment == Moment::Now {
            "now"
        } else {
            "pref"
        }
    );
    let hint = format!("{id}-hint");
    move || {
        let t = ctx.t();
        view! {
            <details class="ocai-paste">
                <summary>{t.ocai_paste_label()}</summary>
                <label for=id.clone()>{t.ocai_paste_label()}</label>
                <p class="hint" id=hint.clone()>{t.ocai_paste_hint()}</p>
                <textarea
                    id=id.clone()
                    rows="6"
                    aria-describedby=hint.clone()
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                <button
                    type="button"
                    on:click=move |_| fill_from_block(which, &text.get_untracked(), message)
                >
                    {t.ocai_paste_fill()}
                </button>
            </details>
        }
    }
}
