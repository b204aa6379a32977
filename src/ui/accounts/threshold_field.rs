//! One matrix threshold: a number field (`ui::number_field`) stored only
//! when it reads, with the portfolio's median beside it and a button that
//! goes back to it.

use super::common::{currency, edit_portfolio, field, money, with_portfolio};
use crate::i18n::entry::Limits;
use crate::i18n::fill;
use crate::model::accounts::{median, Customers, Field};
use crate::ui::context::use_ctx;
use crate::ui::number_field::{NumberField, TypedTexts};
use leptos::prelude::*;

/// The revenue threshold (`revenue`) or the cost-to-serve one.
#[component]
pub fn ThresholdField(
    /// Which threshold: revenue if true, cost to serve otherwise.
    revenue: bool,
    /// The customers, whose median is the default.
    customers: Memo<Customers>,
) -> impl IntoView {
    let ctx = use_ctx();
    let texts = expect_context::<TypedTexts>();
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
    let set = move |value: Option<f64>| {
        edit_portfolio(ctx, |p| {
            if revenue {
                p.thresholds.revenue = value;
            } else {
                p.thresholds.cost = value;
            }
        });
    };
    // Until a threshold is set, the matrix uses the median.
    let in_use = Signal::derive(move || stored().unwrap_or_else(|| median_memo.get()));
    let default_in_use = Signal::derive(move || stored().is_none());
    let label = Signal::derive(move || {
        let t = ctx.t();
        if revenue {
            t.acc_threshold_revenue()
        } else {
            t.acc_threshold_cost()
        }
        .to_owned()
    });
    let (min, max) = f.range();
    let help_id = format!("{id}-help");
    view! {
        <NumberField
            id=id.to_owned()
            label
            described_by=help_id.clone()
            limits=Limits::new(min, max)
            in_use
            default_in_use
            unit=Signal::derive(move || currency(ctx))
            on_value=Callback::new(move |value| set(Some(value)))
        >
            <p class="source" id=help_id.clone()>
                {move || {
                    let locale = ctx.locale.get();
                    fill(
                        locale.strings().acc_threshold_median(),
                        &[("value", &money(locale, median_memo.get(), &currency(ctx)))],
                    )
                }}
            </p>
            <button
                type="button"
                aria-label=move || {
                    let t = ctx.t();
                    fill(t.acc_threshold_reset_named(), &[("field", field(t, f))])
                }
                on:click=move |_| {
                    texts.forget(id);
                    set(None);
                }
            >
                {move || ctx.t().acc_threshold_reset()}
            </button>
        </NumberField>
    }
}
