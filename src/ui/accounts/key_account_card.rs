//! One key account's programme: the level Kotler's table recommends and
//! the current one, the value bonds, the relationship manager (trained or
//! not) and the job, and the annual and long-term plans.

use super::account_text::AccountText;
use super::common::{edit_portfolio, item, with_portfolio};
use super::plan_fields::PlanFields;
use crate::i18n::fill;
use crate::model::accounts::{Bond, Bonds, KeyAccount};
use crate::model::levels::Level;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// The bonds, with how each is read and written.
type BondAccess = fn(&mut Bonds) -> &mut Bond;

/// The card of the key account of customer `id`.
#[component]
pub fn KeyAccountCard(
    /// The key customer's id.
    id: u32,
    /// The customer's name.
    name: String,
) -> impl IntoView {
    let ctx = use_ctx();
    let account = move || {
        with_portfolio(ctx, |p| p.key.iter().find(|k| k.customer == id).cloned())
            .unwrap_or_default()
    };
    let t = ctx.t();
    let (low, high) = with_portfolio(ctx, |p| p.key_level(id));
    let recommended = if low == high {
        labels::level(t, low).1.to_owned()
    } else {
        fill(
            t.level_range(),
            &[
                ("low", labels::level(t, low).1),
                ("high", labels::level(t, high).1),
            ],
        )
    };
    let level_id = format!("acc-{id}-level");
    let level_options = Level::ALL
        .iter()
        .enumerate()
        .map(|(k, level)| {
            let level = *level;
            view! {
                <option value=k.to_string() selected=move || account().level == Some(level)>
                    {labels::level(t, level).1}
                </option>
            }
        })
        .collect_view();
    let bonds: [BondAccess; 3] = [
        |b| &mut b.financial,
        |b| &mut b.social,
        |b| &mut b.structural,
    ];
    let bond_rows = bonds
        .into_iter()
        .enumerate()
        .map(|(i, access)| {
            let name = item(t.acc_bond_names(), i);
            let choices = [Bond::None, Bond::Planned, Bond::Exists]
                .into_iter()
                .enumerate()
                .map(|(s, state)| {
                    view! {
                        <label class="switch">
                            <input
                                type="radio"
                                name=format!("acc-{id}-bond-{i}")
                                prop:checked=move || *access(&mut account().bonds) == state
                                on:change=move |_| {
                                    edit_portfolio(ctx, |p| {
                                        if let Some(k) = p.key_mut(id) {
                                            *access(&mut k.bonds) = state;
                                        }
                                    })
                                }
                            />
                            <span>{item(t.acc_bond_states(), s)}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="choices bond">
                    <legend>{name}</legend>
                    {choices}
                </fieldset>
            }
        })
        .collect_view();
    let text = |suffix: &str, label: &'static str, access: fn(&mut KeyAccount) -> &mut String| {
        view! { <AccountText id field_id=format!("acc-{id}-{suffix}") label=label.to_owned() access /> }
    };
    view! {
        <article class="key-account" aria-labelledby=format!("acc-{id}-heading")>
            <h3 id=format!("acc-{id}-heading")>{name.clone()}</h3>
            <p>{fill(t.acc_recommended_level(), &[("level", &recommended)])}</p>
            <div class="field">
                <label for=level_id.clone()>{t.acc_account_level()}</label>
                <select
                    id=level_id
                    on:change=move |ev| {
                        let level = event_target_value(&ev)
                            .parse::<usize>()
                            .ok()
                            .and_then(|k| Level::ALL.get(k).copied());
                        edit_portfolio(ctx, |p| {
                            if let Some(k) = p.key_mut(id) {
                                k.level = level;
                            }
                        });
                    }
                >
                    <option value="" selected=move || account().level.is_none()>
                        {t.acc_level_unset()}
                    </option>
                    {level_options}
                </select>
            </div>
            <fieldset class="bonds">
                <legend>{t.acc_bonds_legend()}</legend>
                {bond_rows}
            </fieldset>
            <AccountText
                id
                field_id=format!("acc-{id}-manager")
                label=t.acc_manager().to_owned()
                access=|k| &mut k.manager
                one_line=true
            />
            <label class="switch">
                <input
                    type="checkbox"
                    prop:checked=move || account().trained
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit_portfolio(ctx, |p| {
                            if let Some(k) = p.key_mut(id) {
                                k.trained = on;
                            }
                        });
                    }
                />
                <span>{t.acc_trained()}</span>
            </label>
            {text("duties", t.acc_duties(), |k| &mut k.duties)}
            {text("reporting", t.acc_reporting(), |k| &mut k.reporting)}
            {text("criteria", t.acc_criteria(), |k| &mut k.criteria)}
            <PlanFields id long_term=false />
            <PlanFields id long_term=true />
        </article>
    }
}
