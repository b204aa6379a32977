//! One culture scale with its described poles and middle, and a row of
//! native radios for each company.

use crate::i18n::fill;
use crate::model::fit::{Dimension, Side};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// A bipolar scale answered by tapping, once for each company.
#[component]
pub fn ScaleItem(
    /// The scale shown.
    dimension: Dimension,
) -> impl IntoView {
    let ctx = use_ctx();
    let ends = format!("scale-{}-ends", dimension.key());
    move || {
        let t = ctx.t();
        let [name, left, middle, right] = labels::dimension(t, dimension);
        let row = |side: Side| {
            let answer = Memo::new(move |_| {
                ctx.work
                    .with(|w| w.current().fit.party(side).profile.get(dimension))
            });
            let who = move || {
                ctx.work
                    .with(|w| labels::party(t, side, &w.current().fit.party(side).name))
            };
            let group = format!(
                "fit-{}-{}",
                if side == Side::Supplier { "s" } else { "c" },
                dimension.key()
            );
            let choices = (1..=5u8)
                .map(|v| {
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name=group.clone()
                                value=v.to_string()
                                aria-describedby=ends.clone()
                                prop:checked=move || answer.get() == Some(v)
                                on:change=move |_| {
                                    ctx.work.update(|w| w.current_mut().fit.party_mut(side).profile.set(dimension, v))
                                }
                            />
                            <span>{v}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="party-scale" class:unanswered=move || answer.get().is_none()>
                    <legend class:supplier=side == Side::Supplier>{who}</legend>
                    <div class="scale">{choices}</div>
                </fieldset>
            }
        };
        view! {
            <fieldset class="item scale-item">
                <legend>{name}</legend>
                <p class="ends poles" id=ends.clone()>
                    <span>{fill(t.anchor_low(), &[("text", left)])}</span>
                    <span>{fill(t.anchor_mid(), &[("text", middle)])}</span>
                    <span>{fill(t.anchor_high(), &[("text", right)])}</span>
                </p>
                {row(Side::Supplier)}
                {row(Side::Client)}
            </fieldset>
        }
    }
}
