//! Whether a customer is a key customer: a checkbox, with a confirmation
//! before a key account with a plan is dropped.

use super::common::{edit_portfolio, with_portfolio};
use crate::i18n::fill;
use crate::model::accounts::KeyAccount;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The key-customer checkbox of customer `id`, named `name`.
#[component]
pub fn KeyToggle(
    /// The customer's id.
    id: u32,
    /// The customer's name, for the accessible name and the question.
    name: String,
) -> impl IntoView {
    let ctx = use_ctx();
    let asking = RwSignal::new(false);
    let is_key = move || with_portfolio(ctx, |p| p.is_key(id));
    let has_work = move || {
        with_portfolio(ctx, |p| {
            p.key.iter().any(|k| {
                k.customer == id
                    && *k
                        != KeyAccount {
                            customer: id,
                            ..KeyAccount::default()
                        }
            })
        })
    };
    let changed = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        if !on && has_work() {
            asking.set(true);
        } else {
            edit_portfolio(ctx, |p| p.set_key(id, on));
        }
    };
    move || {
        let t = ctx.t();
        let label = fill(t.acc_key_toggle_named(), &[("name", &name)]);
        let question = fill(t.acc_key_drop_confirm(), &[("name", &name)]);
        view! {
            <label class="switch">
                <input
                    type="checkbox"
                    aria-label=label
                    prop:checked=move || is_key() || asking.get()
                    on:change=changed
                />
                <span>{t.acc_key_toggle()}</span>
            </label>
            {move || {
                asking
                    .get()
                    .then(|| {
                        view! {
                            <div class="confirm" role="group" aria-label=question.clone()>
                                <p>{question.clone()}</p>
                                <div class="actions">
                                    <button
                                        type="button"
                                        class="danger"
                                        on:click=move |_| {
                                            edit_portfolio(ctx, |p| p.set_key(id, false));
                                            asking.set(false);
                                        }
                                    >
                                        {t.acc_key_drop()}
                                    </button>
                                    <button type="button" on:click=move |_| asking.set(false)>
                                        {t.acc_key_keep()}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
        }
    }
}
