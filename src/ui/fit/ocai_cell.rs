//! One OCAI cell: a text field that takes the points as typed (a decimal
//! comma or point) and a − and + stepper beside it. Pasting a 6 × 4 table
//! into it fills the whole profile.
//!
//! What was typed is kept in the app's `TypedTexts`, like the number
//! fields', by party, profile, aspect and type: a language switch rebuilds
//! the panel, and the text (even one that cannot be read) and its reason,
//! now in the new language, must survive it. A step, a pasted table or a
//! value changed from elsewhere gives the cell back to the stored value.

use super::ocai_text::{block_error, points};
use crate::i18n::fill;
use crate::i18n::number::{read, Mark};
use crate::model::fit::{
    read_block, CultureType, OcaiProfile, ProfileRef, OCAI_ASPECTS, OCAI_STEP,
};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use crate::ui::number_field::TypedTexts;
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
            OcaiProfile::from_block(&block).map_err(|_| t.ocai_block_empty().to_owned())
        });
    match filled {
        Ok(profile) => {
            // Every cell now shows the pasted value, not an earlier text.
            let texts = expect_context::<TypedTexts>();
            for aspect in 0..OCAI_ASPECTS {
                for kind in CultureType::ALL {
                    texts.forget(&cell_key(which, aspect, kind));
                }
            }
            ctx.work
                .update(|w| *w.current_mut().fit.profile_mut(which) = profile);
            message.set(Some(t.ocai_paste_done().to_owned()));
        }
        Err(why) => message.set(Some(why)),
    }
}

/// Whether pasted text is a table rather than one number.
fn is_table(text: &str) -> bool {
    text.trim().contains(['\n', '\t', ';'])
}

/// The key of a cell's typed text in `TypedTexts`: party, profile, aspect
/// and type.
fn cell_key(which: ProfileRef, aspect: usize, kind: CultureType) -> String {
    format!("ocai/{:?}/{:?}/{aspect}/{kind:?}", which.side, which.moment)
}

/// What a stored cell stands for as a typed text's basis: its points, or
/// −1 when empty (points are never negative).
fn basis(value: Option<f64>) -> f64 {
    value.unwrap_or(-1.0)
}

/// Reads a cell's text typed with `mark`: empty clears the cell, a number
/// from 0 to 100 sets it, anything else is refused.
fn reading(text: &str, mark: Mark) -> Result<Option<f64>, ()> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    read(text, Some(mark))
        .ok()
        .filter(|v| (0.0..=100.0).contains(v))
        .map(Some)
        .ok_or(())
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
    let texts = expect_context::<TypedTexts>();
    let key = StoredValue::new(cell_key(which, aspect, kind));
    let value = Memo::new(move |_| {
        ctx.work
            .with(|w| w.current().fit.profile(which).get(aspect, kind))
    });
    // What was typed, while it still stands for the stored value.
    let typed = Memo::new(move |_| key.with_value(|key| texts.text(key, basis(value.get()))));
    // A typed text that cannot be read.
    let refused = Memo::new(move |_| {
        typed
            .get()
            .filter(|(text, mark)| reading(text, *mark).is_err())
            .map(|(text, _)| text)
    });
    let t = ctx.t();
    let aspect_name = t.ocai_aspects().get(aspect).copied().unwrap_or_default();
    let names = [
        ("type", labels::culture_type(t, kind)),
        ("aspect", aspect_name),
    ];
    let cell_name = fill(t.ocai_cell(), &names);
    // Why the text is refused and which value is kept, in the language
    // shown now; said on the panel's message line whenever it changes, so
    // a rebuilt panel says it again in its new language.
    Effect::new({
        let cell_name = cell_name.clone();
        move |_| {
            let Some(text) = refused.get() else {
                return;
            };
            let locale = ctx.locale.get();
            let t = locale.strings();
            message.set(Some(match value.get_untracked() {
                Some(v) => fill(
                    t.ocai_cell_invalid(),
                    &[
                        ("cell", &cell_name),
                        ("text", text.trim()),
                        ("value", &points(locale, v)),
                    ],
                ),
                None => fill(
                    t.ocai_cell_invalid_empty(),
                    &[("cell", &cell_name), ("text", text.trim())],
                ),
            }));
        }
    });
    let shown = move || {
        if let Some((text, _)) = typed.get() {
            return text;
        }
        let locale = ctx.locale.get();
        value.get().map(|v| points(locale, v)).unwrap_or_default()
    };
    let change = {
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let mark = ctx.locale.get_untracked().decimal_mark();
            match reading(&text, mark) {
                Ok(v) => {
                    ctx.work.update(|w| {
                        let profile = w.current_mut().fit.profile_mut(which);
                        match v {
                            // In range, checked by `reading`.
                            Some(v) => {
                                let _ = profile.set(aspect, kind, v);
                            }
                            None => profile.clear(aspect, kind),
                        }
                    });
                    // Against the value as stored (to the hundredth), so a
                    // text with more decimals gives way to what is kept.
                    let stored = ctx
                        .work
                        .with_untracked(|w| w.current().fit.profile(which).get(aspect, kind));
                    key.with_value(|key| texts.keep(key, text, mark, basis(stored)));
                    message.set(None);
                }
                Err(()) => {
                    let kept = basis(value.get_untracked());
                    key.with_value(|key| texts.keep(key, text, mark, kept));
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
            fill_from_block(which, &text, message);
        }
    };
    let step = move |delta: f64| {
        key.with_value(|key| texts.forget(key));
        ctx.work.update(|w| {
            w.current_mut()
                .fit
                .profile_mut(which)
                .step(aspect, kind, delta)
        });
        message.set(None);
    };
    view! {
        <td class="ocai-cell">
            <input
                type="text"
                inputmode="decimal"
                autocomplete="off"
                aria-label=cell_name
                aria-invalid=move || if refused.with(Option::is_some) { "true" } else { "false" }
                prop:value=shown
                on:change=change
                on:paste=paste
            />
            <button
                type="button"
                aria-label=fill(t.ocai_less(), &names)
                prop:disabled=move || { value.get().unwrap_or(0.0) <= 0.0 }
                on:click=move |_| step(-OCAI_STEP)
            >
                "−"
            </button>
            <button
                type="button"
                aria-label=fill(t.ocai_more(), &names)
                prop:disabled=move || { value.get().unwrap_or(0.0) >= 100.0 }
                on:click=move |_| step(OCAI_STEP)
            >
                "+"
            </button>
        </td>
    }
}
