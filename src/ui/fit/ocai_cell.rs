//! One OCAI cell: a text field that takes the points as typed (a decimal
//! comma or point) and a − and + stepper beside it. Pasting a 6 × 4 table
//! into it fills the whole profile.

use super::ocai_text::{block_error, points};
use crate::i18n::fill;
use crate::i18n::number::read;
use crate::model::fit::{read_block, CultureType, OcaiProfile, ProfileRef, OCAI_STEP};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// Reads `text` as a block and, if it is one, fills the profile; the
/// message says what happened. Shared with the paste box.
pub(crate) fn fill_from_block(which: ProfileRef, text: &str, message: RwSignal<Option<String>>) {
    let ctx = use_ctx();
    let locale = ctx.locale.get_untracked();
    let t = locale.strings();
    let filled = read_block(text, locale.decimal_mark())
        .map_err(|e| block_error(t, e))
        .and_then(|block| {
            OcaiProfile::from_block(&block).map_err(|_| t.ocai_block_empty.to_owned())
        });
    match filled {
        Ok(profile) => {
            ctx.work
                .update(|w| *w.current_mut().fit.profile_mut(which) = profile);
            message.set(Some(t.ocai_paste_done.to_owned()));
        }
        Err(why) => message.set(Some(why)),
    }
}

/// Whether pasted text is a table rather than one number.
fn is_table(text: &str) -> bool {
    text.trim().contains(['\n', '\t', ';'])
}

/// The points of one culture type on one aspect of one profile.
#[component]
pub fn OcaiCell(
    /// The profile.
    which: ProfileRef,
    /// The aspect, 0 to 5.
    aspect: usize,
    /// The culture type.
    kind: CultureType,
    /// The panel's message line, for a value or a table that cannot be read.
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let value = Memo::new(move |_| {
        ctx.work
            .with(|w| w.current().fit.profile(which).get(aspect, kind))
    });
    let invalid = RwSignal::new(false);
    let t = ctx.t();
    let aspect_name = t.ocai_aspects.get(aspect).copied().unwrap_or_default();
    let names = [
        ("type", labels::culture_type(t, kind)),
        ("aspect", aspect_name),
    ];
    let cell_name = fill(t.ocai_cell, &names);
    let shown = move || {
        let locale = ctx.locale.get();
        value.get().map(|v| points(locale, v)).unwrap_or_default()
    };
    let change = {
        let cell_name = cell_name.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let locale = ctx.locale.get_untracked();
            let t = locale.strings();
            let parsed = if text.trim().is_empty() {
                Ok(None)
            } else {
                read(&text, Some(locale.decimal_mark()))
                    .ok()
                    .filter(|v| (0.0..=100.0).contains(v))
                    .map(Some)
                    .ok_or(())
            };
            match parsed {
                Ok(v) => {
                    ctx.work.update(|w| {
                        let profile = w.current_mut().fit.profile_mut(which);
                        match v {
                            // In range, checked above.
                            Some(v) => {
                                let _ = profile.set(aspect, kind, v);
                            }
                            None => profile.clear(aspect, kind),
                        }
                    });
                    invalid.set(false);
                    message.set(None);
                }
                Err(()) => {
                    invalid.set(true);
                    let kept = value.get_untracked();
                    message.set(Some(match kept {
                        Some(v) => fill(
                            t.ocai_cell_invalid,
                            &[
                                ("cell", &cell_name),
                                ("text", text.trim()),
                                ("value", &points(locale, v)),
                            ],
                        ),
                        None => fill(
                            t.ocai_cell_invalid_empty,
                            &[("cell", &cell_name), ("text", text.trim())],
                        ),
                    }));
                }
            }
        }
    };
    let paste = move |ev: leptos::ev::ClipboardEvent| {
        let text = ev
            .clipboard_data()
            .and_then(|data| data.get_data("text/plain").ok())
            .unwrap_or_default();
        if is_table(&text) {
            ev.prevent_default();
            invalid.set(false);
            fill_from_block(which, &text, message);
        }
    };
    let step = move |delta: f64| {
        ctx.work.update(|w| {
            w.current_mut()
                .fit
                .profile_mut(which)
                .step(aspect, kind, delta)
        });
        invalid.set(false);
        message.set(None);
    };
    view! {
        <td class="ocai-cell">
            <input
                type="text"
                inputmode="decimal"
                autocomplete="off"
                aria-label=cell_name
                aria-invalid=move || if invalid.get() { "true" } else { "false" }
                prop:value=shown
                on:change=change
                on:paste=paste
            />
            <button
                type="button"
                aria-label=fill(t.ocai_less, &names)
                prop:disabled=move || { value.get().unwrap_or(0.0) <= 0.0 }
                on:click=move |_| step(-OCAI_STEP)
            >
                "−"
            </button>
            <button
                type="button"
                aria-label=fill(t.ocai_more, &names)
                prop:disabled=move || { value.get().unwrap_or(0.0) >= 100.0 }
                on:click=move |_| step(OCAI_STEP)
            >
                "+"
            </button>
        </td>
    }
}
