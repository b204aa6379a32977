//! A switch for each loyalty effect, with why it is contested.

use crate::model::loyalty::Effects;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The effect `i` of [`Effects`], in the texts' order: cost savings,
/// revenue growth, referrals, price premium.
fn effect(effects: &mut Effects, i: usize) -> Option<&mut bool> {
    match i {
        0 => Some(&mut effects.cost_savings),
        1 => Some(&mut effects.revenue_growth),
        2 => Some(&mut effects.referrals),
        3 => Some(&mut effects.price_premium),
        _ => None,
    }
}

/// Native checkboxes, each with its caveat as its description.
#[component]
pub fn EffectSwitches() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let switches = (0..4)
            .map(|i| {
                let on = move || {
                    ctx.work.with(|w| {
                        let mut e = w.current().economics.effects;
                        effect(&mut e, i).is_some_and(|flag| *flag)
                    })
                };
                let toggle = move |ev: leptos::ev::Event| {
                    let checked = event_target_checked(&ev);
                    ctx.work.update(|w| {
                        if let Some(flag) = effect(&mut w.current_mut().economics.effects, i) {
                            *flag = checked;
                        }
                    });
                };
                let note = format!("effect-note-{i}");
                view! {
                    <li>
                        <label class="switch">
                            <input
                                type="checkbox"
                                aria-describedby=note.clone()
                                prop:checked=on
                                on:change=toggle
                            />
                            <span>{t.econ_effects().get(i).copied().unwrap_or_default()}</span>
                        </label>
                        <p class="source" id=note>
                            {t.econ_effect_notes().get(i).copied().unwrap_or_default()}
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="effects-heading">
                <h2 id="effects-heading">{t.econ_effects_heading()}</h2>
                <p>{t.econ_contested()}</p>
                <ul class="switches">{switches}</ul>
            </section>
        }
    }
}
