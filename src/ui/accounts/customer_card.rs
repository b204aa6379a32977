//! One customer as a card: name, revenue and profit, with buttons to
//! edit or remove it and the key-customer checkbox.

use super::common::{currency, edit_portfolio, money};
use super::key_toggle::KeyToggle;
use crate::i18n::fill;
use crate::model::accounts::Customer;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The card of `customer`, whose profit and type are given.
#[component]
pub fn CustomerCard(
    /// The customer shown.
    customer: Customer,
    /// Its profit.
    profit: f64,
    /// Set to the customer's id when Edit is pressed.
    editing: RwSignal<Option<u32>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.t();
    let locale = ctx.locale.get_untracked();
    let cur = currency(ctx);
    let id = customer.id;
    let summary = fill(
        t.acc_customer_summary(),
        &[
            ("revenue", &money(locale, customer.revenue, &cur)),
            ("profit", &money(locale, profit, &cur)),
        ],
    );
    let name = customer.name.clone();
    view! {
        <li class="card customer-card" class:loss=profit < 0.0>
            <h4>{customer.name.clone()}</h4>
            <p>{summary}</p>
            <div class="actions">
                <button
                    type="button"
                    aria-label=fill(t.acc_edit_named(), &[("name", &name)])
                    on:click=move |_| editing.set(Some(id))
                >
                    {t.acc_edit()}
                </button>
                <button
                    type="button"
                    aria-label=fill(t.acc_remove_named(), &[("name", &name)])
                    on:click=move |_| {
                        if editing.get_untracked() == Some(id) {
                            editing.set(None);
                        }
                        edit_portfolio(ctx, |p| p.remove(id));
                    }
                >
                    {t.acc_remove()}
                </button>
            </div>
            <KeyToggle id name=customer.name />
        </li>
    }
}
