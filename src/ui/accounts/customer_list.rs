//! The customers as cards, the most profitable first, twenty at a time.

use super::customer_card::CustomerCard;
use crate::model::accounts::{first_by, highest_first, Customer, Customers};
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// How many cards show first and each "Show more" adds: a tablet's screen
/// or two, so the charts below stay a short scroll away (and an import of
/// thousands draws twenty cards, not fifty).
const PAGE: usize = 20;

/// The list of customers.
#[component]
pub fn CustomerList(
    /// The customers, apart from every other input (typing a plan does not
    /// rebuild the cards).
    customers: Memo<Customers>,
    /// The customer being edited, set by a card's Edit button.
    editing: RwSignal<Option<u32>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let limit = RwSignal::new(PAGE);
    move || {
        let t = ctx.t();
        // Profit does not depend on the thresholds, so moving one does not
        // rebuild the cards.
        let cards = customers.with(|list| {
            let rows: Vec<(usize, f64)> = list.iter().map(Customer::profit).enumerate().collect();
            let (empty, more) = (rows.is_empty(), rows.len() > limit.get());
            // Only the cards shown are put in order.
            let rows = first_by(rows, limit.get(), highest_first);
            let cards = rows
                .iter()
                .map(|(i, profit)| {
                    view! { <CustomerCard customer=list[*i].clone() profit=*profit editing /> }
                })
                .collect_view();
            (empty, more, cards)
        });
        let (empty, more, cards) = cards;
        view! {
            <section aria-labelledby="acc-list-heading">
                <h3 id="acc-list-heading">{t.acc_list_heading()}</h3>
                {if empty {
                    view! { <p>{t.acc_list_empty()}</p> }.into_any()
                } else {
                    view! {
                        <p>{t.acc_list_sorted()}</p>
                        <ul class="cards customer-cards">{cards}</ul>
                    }
                        .into_any()
                }}
                {more
                    .then(|| {
                        view! {
                            <button type="button" on:click=move |_| limit.update(|l| *l += PAGE)>
                                {t.acc_list_more()}
                            </button>
                        }
                    })}
            </section>
        }
    }
}
