//! The one number field of the app's tools: the text as the user typed it,
//! read by `i18n::entry` (a comma or a point, the language's grouping), the
//! value stored only when the text reads, and otherwise a message saying
//! why and which value the charts use meanwhile.
//!
//! What was typed outlives the view: every page is rebuilt when the
//! language changes, so the texts are kept in [`TypedTexts`], provided once
//! by the app, each with the mark it was read with (a switch from English
//! to Polish must not turn `1,234` into 1.234) and the value in use when it
//! was typed. When that value changes from elsewhere (a scenario opened,
//! another tab's save, another engagement), the text no longer stands for
//! it and the field shows the value in use, formatted in the language.

use crate::i18n::entry::{enter, shown, Entry, Limits};
use crate::i18n::fill;
use crate::i18n::number::Mark;
use crate::ui::context::use_ctx;
use leptos::prelude::*;
use std::collections::HashMap;

/// A field's text as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Typed {
    /// The text, exactly as typed.
    text: String,
    /// The decimal mark of the language it was typed in.
    mark: Mark,
    /// The value in use once it was typed: the value it reads as, or the
    /// value kept while it cannot be read.
    basis: f64,
}

/// The texts typed into number fields, by engagement and field id, for the
/// page's lifetime (never stored: a reload shows the stored values,
/// formatted in the language).
#[derive(Clone, Copy)]
pub struct TypedTexts {
    /// The texts, by engagement and field id.
    texts: RwSignal<HashMap<String, Typed>>,
    /// The open engagement's id, the first part of every key: followed
    /// apart from the work, so that a tap elsewhere in the work does not
    /// make every field (96 OCAI cells on the fit page) look its text up
    /// again.
    engagement: Memo<String>,
}

impl TypedTexts {
    /// An empty set for the work in `ctx`, for the app to provide.
    pub fn new(ctx: crate::ui::context::Ctx) -> TypedTexts {
        TypedTexts {
            texts: RwSignal::new(HashMap::new()),
            engagement: Memo::new(move |_| ctx.work.with(|w| w.current().id.clone())),
        }
    }

    /// Where field `id` of the open engagement keeps its text; tracked, so
    /// a reader follows a change of engagement.
    fn key(self, id: &str) -> String {
        format!("{}/{id}", self.engagement.get())
    }
}

impl TypedTexts {
    /// Forgets what was typed into field `id` of the open engagement (a
    /// button that sets the field's value itself).
    pub fn forget(self, id: &str) {
        let key = self.key(id);
        self.texts.update(|all| {
            all.remove(&key);
        });
    }

    /// What was typed into field `id` of the open engagement, with the mark
    /// it was typed with, while the value in use is still `basis` (the
    /// value it was typed against). Tracked: a reader follows new text.
    /// For fields other than [`NumberField`] that keep their text the same
    /// way (the OCAI cells).
    pub(crate) fn text(self, id: &str, basis: f64) -> Option<(String, Mark)> {
        let key = self.key(id);
        self.texts.with(|all| {
            all.get(&key)
                .filter(|t| t.basis == basis)
                .map(|t| (t.text.clone(), t.mark))
        })
    }

    /// Keeps `text`, typed in a language with `mark`, for field `id` of the
    /// open engagement while the value in use is `basis`.
    pub(crate) fn keep(self, id: &str, text: String, mark: Mark, basis: f64) {
        let key = self.key(id);
        self.texts.update(|all| {
            all.insert(key, Typed { text, mark, basis });
        });
    }
}

/// A labelled text input for a number with its unit, the caller's hints
/// and the message when the text cannot be used.
#[component]
pub fn NumberField(
    /// The input's id, unique among the app's views; with the open
    /// engagement's id it keys what was typed.
    id: String,
    /// The field's name.
    #[prop(into)]
    label: Signal<String>,
    /// Ids of the texts that describe the field (its hint), or empty.
    #[prop(optional)]
    described_by: String,
    /// What the field accepts.
    limits: Limits,
    /// The value the tools compute with now.
    #[prop(into)]
    in_use: Signal<f64>,
    /// True while `in_use` is a default (nothing stored) rather than a
    /// value the user entered.
    #[prop(into, optional)]
    default_in_use: Signal<bool>,
    /// The unit written after a value in the message (`%`, `EUR`, `years`).
    #[prop(into)]
    unit: Signal<String>,
    /// Stores a value the text reads as.
    on_value: Callback<f64>,
    /// What follows the input: hints, a button.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let ctx = use_ctx();
    let texts = expect_context::<TypedTexts>();
    let key = {
        let id = id.clone();
        move || texts.key(&id)
    };
    // What was typed, while it still stands for the value in use.
    let typed = {
        let key = key.clone();
        Memo::new(move |_| {
            let key = key();
            let value = in_use.get();
            texts
                .texts
                .with(|all| all.get(&key).filter(|t| t.basis == value).cloned())
        })
    };
    let refusal = Memo::new(move |_| {
        typed
            .get()
            .and_then(|t| match enter(&t.text, t.mark, limits, in_use.get()) {
                Entry::Reads(_) => None,
                Entry::Refused { why, .. } => Some((why, t.text)),
            })
    });
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let mark = ctx.locale.get_untracked().decimal_mark();
        let before = in_use.get_untracked();
        let entry = enter(&text, mark, limits, before);
        if let Entry::Reads(value) = entry {
            if value != before {
                on_value.run(value);
            }
        }
        let typed = Typed {
            text,
            mark,
            basis: entry.in_use(),
        };
        let key = key();
        texts.texts.update(|all| {
            all.insert(key, typed);
        });
    };
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || {
            let ids = if refusal.with(Option::is_some) {
                format!("{described_by} {error_id}")
            } else {
                described_by.clone()
            };
            let ids = ids.trim().to_owned();
            (!ids.is_empty()).then_some(ids)
        }
    };
    let message = move || {
        let (why, text) = refusal.get()?;
        let locale = ctx.locale.get();
        let t = locale.strings();
        let value = format!("{}\u{a0}{}", shown(locale, in_use.get()), unit.get());
        let note = if default_in_use.get() {
            t.number_in_use_default()
        } else {
            t.number_in_use()
        };
        Some(format!(
            "{} {}",
            why.message(locale, &text),
            fill(note, &[("value", value.trim_end())])
        ))
    };
    view! {
        <div class="figure" class:invalid=move || refusal.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <div class="figure-input">
                <input
                    id=id
                    type="text"
                    inputmode=if limits.min < 0.0 { "text" } else { "decimal" }
                    autocomplete="off"
                    aria-invalid=move || refusal.with(Option::is_some).then_some("true")
                    aria-describedby=described
                    prop:value=move || {
                        typed
                            .get()
                            .map(|t| t.text)
                            .unwrap_or_else(|| shown(ctx.locale.get(), in_use.get()))
                    }
                    on:input=on_input
                />
                <span class="unit">{unit}</span>
            </div>
            {children.map(|children| children())}
            {move || {
                message()
                    .map(|message| {
                        view! {
                            <p class="field-error" id=error_id.clone() role="alert">
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
