//! Key customers: those the list suggests (largest, most profitable, fast
//! growing) and those chosen, each with the key-customer checkbox.

use super::common::{reason, with_portfolio};
use super::key_toggle::KeyToggle;
use crate::model::accounts::{Customers, Portfolio};
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The suggested and chosen key customers.
#[component]
pub fn KeyCustomers(
    /// The customers, apart from every other input: suggestions follow
    /// them only, not each keystroke in a plan or a threshold.
    customers: Memo<Customers>,
) -> impl IntoView {
    let ctx = use_ctx();
    let suggested = Memo::new(move |_| {
        customers.with(|list| {
            let p = Portfolio {
                customers: list.clone(),
                ..Portfolio::default()
            };
            p.suggested()
                .into_iter()
                .filter_map(|(id, r)| p.customer(id).map(|c| (id, c.name.clone(), r)))
                .collect::<Vec<_>>()
        })
    });
    let chosen = Memo::new(move |_| {
        with_portfolio(ctx, |p| {
            p.key
                .iter()
                .filter_map(|k| p.customer(k.customer).map(|c| (c.id, c.name.clone())))
                .collect::<Vec<_>>()
        })
    });
    move || {
        let t = ctx.t();
        let suggestions = suggested.get();
        let suggestions = if suggestions.is_empty() {
            view! { <p>{t.acc_suggest_none()}</p> }.into_any()
        } else {
            let items = suggestions
                .into_iter()
                .map(|(id, name, reasons)| {
                    let why = reasons
                        .iter()
                        .map(|r| reason(t, *r))
                        .collect::<Vec<_>>()
                        .join(", ");
                    view! {
                        <li class="card">
                            <h4>{name.clone()}</h4>
                            <p>{why}</p>
                            <KeyToggle id name />
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="cards">{items}</ul> }.into_any()
        };
        let chosen = chosen.get();
        let chosen = if chosen.is_empty() {
            view! { <p>{t.acc_chosen_none()}</p> }.into_any()
        } else {
            let items = chosen
                .into_iter()
                .map(|(_, name)| view! { <li>{name}</li> })
                .collect_view();
            view! { <ul class="chosen">{items}</ul> }.into_any()
        };
        view! {
            <section aria-labelledby="acc-key-heading">
                <h2 id="acc-key-heading">{t.acc_key_heading()}</h2>
                <p>{t.acc_key_intro()}</p>
                <h3>{t.acc_suggested_heading()}</h3>
                {suggestions}
                <h3>{t.acc_chosen_heading()}</h3>
                {chosen}
            </section>
        }
    }
}
