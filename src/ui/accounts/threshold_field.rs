//! One matrix threshold: typed in the user's number format, stored only
//! when valid, with the portfolio's median beside it and a button that
//! goes back to it.

use super::common::{currency, edit_portfolio, field, money, shown, typed_number, with_portfolio};
use crate::i18n::fill;
use crate::model::accounts::{median, Customer, Field};
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The revenue threshold (`revenue`) or the cost-to-serve one.
#[component]
pub fn ThresholdField(
    /// Which threshold: revenue if true, cost to serve otherwise.
    revenue: bool,
    /// The customers, whose median is the default.
    customers: Memo<Vec<Customer>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let f = if revenue {
        Field::Revenue
    } else {
        Field::CostToServe
    };
    let id = if revenue {
        "acc-threshold-revenue"
    } else {
        "acc-threshold-cost"
    };
    let typed = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let stored = move || {
        with_portfolio(ctx, |p| {
            if revenue {
                p.thresholds.revenue
            } else {
                p.thresholds.cost
            }
        })
    };
    let median_memo = Memo::new(move |_| {
        customers.with(|list| {
            median(
                list.iter()
                    .map(|c| if revenue { c.revenue } else { c.cost_to_serve })
                    .collect(),
            )
        })
    });
    let median_of = move || median_memo.get();
    let set = move |value: Option<f64>| {
        edit_portfolio(ctx, |p| {
            if revenue {
                p.thresholds.revenue = value;
            } else {
                p.thresholds.cost = value;
            }
        });
    };
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let label = if revenue {
            t.acc_threshold_revenue
        } else {
            t.acc_threshold_cost
        };
        let on_input = move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            match typed_number(t, locale, f, &text) {
                Ok(value) => {
                    problem.set(None);
                    if value != stored() {
                        set(value);
                    }
                }
                Err(message) => problem.set(Some(message)),
            }
            typed.set(Some(text));
        };
        let error_id = format!("{id}-error");
        let help_id = format!("{id}-help");
        view! {
            <div class="figure" class:invalid=move || problem.get().is_some()>
                <label for=id>{label}</label>
                <div class="figure-input">
                    <input
                        id=id
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        aria-invalid=move || problem.get().is_some().then_some("true")
                        aria-describedby=format!("{help_id} {error_id}")
                        prop:value=move || {
                            typed
                                .get()
                                .unwrap_or_else(|| shown(locale, stored().unwrap_or_else(median_of)))
                        }
                        on:input=on_input
                        on:change=move |_| {
                            if problem.get_untracked().is_none() {
                                typed.set(None);
                            }
                        }
                    />
                    <span class="unit">{move || currency(ctx)}</span>
                </div>
                <p class="source" id=help_id.clone()>
                    {move || {
                        fill(t.acc_threshold_median, &[("value", &money(locale, median_of(), &currency(ctx)))])
                    }}
                </p>
                <p class="field-error" id=error_id.clone()>{move || problem.get()}</p>
                <button
                    type="button"
                    aria-label=fill(t.acc_threshold_reset_named, &[("field", field(t, f))])
                    on:click=move |_| {
                        typed.set(None);
                        problem.set(None);
                        set(None);
                    }
                >
                    {t.acc_threshold_reset}
                </button>
            </div>
        }
    }
}
