//! One statement with its 1–5 scale and "don't know", as native radios.

use crate::i18n::fill;
use crate::model::assessment::{Answer, Item, Level};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// A statement of the question bank, answered by tapping a whole label.
/// An unanswered statement says so, visibly.
#[component]
pub fn QuestionItem(
    /// The statement to show.
    item: Item,
    /// Whether the answers are this device's as a workshop participant,
    /// rather than the open engagement's.
    #[prop(optional)]
    participant: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let answer = Memo::new(move |_| {
        ctx.work.with(|w| {
            if participant {
                w.participation
                    .as_ref()
                    .and_then(|p| p.answers.answer(item))
            } else {
                w.current().assessment.current.answer(item)
            }
        })
    });
    let choose = move |a: Answer| {
        ctx.work.update(|w| {
            if participant {
                if let Some(p) = w.participation.as_mut() {
                    p.answers.set_answer(item, a);
                }
            } else {
                w.current_mut().assessment.current.set_answer(item, a);
            }
        })
    };
    let name = item.key();
    let describe = format!("{name}-ends");
    move || {
        let t = ctx.t();
        let (texts, lows, highs) = labels::questions(t, item.component);
        let at = |list: &'static [&'static str]| list.get(item.index).copied().unwrap_or_default();
        let choice = |label: String, picked: Answer| {
            view! {
                <label class="choice" class:dont-know=picked == Answer::DontKnow>
                    <input
                        type="radio"
                        name=name.clone()
                        value=picked.form_value()
                        aria-describedby=describe.clone()
                        prop:checked=move || answer.get() == Some(picked)
                        on:change=move |_| choose(picked)
                    />
                    <span>{label}</span>
                </label>
            }
        };
        view! {
            <fieldset
                class="item"
                id=format!("item-{name}")
                class:unanswered=move || answer.get().is_none()
            >
                <legend>
                    <span class="item-number">{item.index + 1} ". "</span>
                    {at(texts)}
                </legend>
                <div class="scale">
                    {Level::ALL
                        .map(|l| choice(l.get().to_string(), Answer::Level(l)))}
                    {choice(t.dont_know().to_owned(), Answer::DontKnow)}
                </div>
                <p class="ends" id=describe.clone()>
                    <span>{fill(t.anchor_low(), &[("text", at(lows))])}</span>
                    <span>{fill(t.anchor_high(), &[("text", at(highs))])}</span>
                </p>
                <Show when=move || answer.get().is_none()>
                    <p class="unanswered-note">{t.item_unanswered()}</p>
                </Show>
            </fieldset>
        }
    }
}
