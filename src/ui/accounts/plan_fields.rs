//! A relationship plan of one key account: goals, strategies, actions and
//! resources, each a labelled text area.

use super::account_text::{Access, AccountText};
use super::common::item;
use crate::i18n::fill;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The annual plan (`long_term` false) or the long-term plan.
#[component]
pub fn PlanFields(
    /// The key customer's id.
    id: u32,
    /// Which plan.
    long_term: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.t();
    let title = if long_term {
        t.acc_long_term()
    } else {
        t.acc_annual()
    };
    let parts: [Access; 4] = if long_term {
        [
            |k| &mut k.long_term.goals,
            |k| &mut k.long_term.strategies,
            |k| &mut k.long_term.actions,
            |k| &mut k.long_term.resources,
        ]
    } else {
        [
            |k| &mut k.annual.goals,
            |k| &mut k.annual.strategies,
            |k| &mut k.annual.actions,
            |k| &mut k.annual.resources,
        ]
    };
    let which = if long_term { "long" } else { "annual" };
    let fields = parts
        .into_iter()
        .enumerate()
        .map(|(i, access)| {
            let part = item(t.acc_plan_parts(), i);
            view! {
                <AccountText
                    id
                    field_id=format!("acc-{id}-{which}-{i}")
                    label=fill(t.acc_plan_part(), &[("plan", title), ("part", part)])
                    access
                />
            }
        })
        .collect_view();
    view! {
        <fieldset class="plan">
            <legend>{title}</legend>
            {fields}
        </fieldset>
    }
}
