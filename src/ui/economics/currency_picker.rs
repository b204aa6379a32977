//! The client's currency, shown with every amount.

use super::common::currency;
use crate::model::scenario::CURRENCIES;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// A native select of the currencies offered.
#[component]
pub fn CurrencyPicker() -> impl IntoView {
    let ctx = use_ctx();
    let current = move || currency(ctx);
    let set = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        if CURRENCIES.contains(&code.as_str()) {
            ctx.work
                .update(|w| w.current_mut().economics.currency = code);
        }
    };
    view! {
        <div class="field">
            <label for="currency">{move || ctx.t().econ_currency()}</label>
            <select id="currency" on:change=set>
                {CURRENCIES
                    .map(|code| {
                        view! {
                            <option value=code prop:selected=move || current() == code>
                                {code}
                            </option>
                        }
                    })
                    .into_iter()
                    .collect::<Vec<_>>()}
            </select>
        </div>
    }
}
