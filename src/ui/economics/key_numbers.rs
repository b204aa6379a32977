//! The numbers a consultant quotes: lifetime value (and the closed form to
//! check it by hand), the cohort's value, break-even, and what 5 more
//! points of retention gain and save.

use super::common::{currency, money};
use crate::i18n::fill;
use crate::model::scenario::Outcome;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The key figures as a description list.
#[component]
pub fn KeyNumbers(
    /// The derived figures.
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let currency = currency(ctx);
        let o = outcome.get();
        let amount = |v: f64| money(locale, v, &currency);
        let with_share = |v: f64, share: Option<f64>| match share {
            Some(p) => fill(
                t.econ_amount_share(),
                &[
                    ("amount", &amount(v)),
                    ("share", &locale.format_number(p, 1)),
                ],
            ),
            None => amount(v),
        };
        let closed = o
            .closed_form
            .map_or_else(|| t.econ_closed_na().to_owned(), amount);
        let break_even = o.break_even.map_or_else(
            || t.econ_break_even_none().to_owned(),
            |y| fill(t.econ_break_even_year(), &[("year", &y.to_string())]),
        );
        let (saving, saving_share) = o.saving();
        let rows = [
            (t.econ_clv(), amount(o.clv), "clv"),
            (t.econ_clv_closed(), closed, "closed"),
            (t.econ_cohort_value(), amount(o.gain.today), "cohort"),
            (t.econ_break_even(), break_even, "break-even"),
            (
                t.econ_gain(),
                with_share(o.gain.gain(), o.gain.percent()),
                "gain",
            ),
            (t.econ_saving(), with_share(saving, saving_share), "saving"),
        ];
        view! {
            <section class="key-numbers" aria-labelledby="numbers-heading" aria-live="polite">
                <h2 id="numbers-heading">{t.econ_numbers_heading()}</h2>
                <dl>
                    {rows
                        .into_iter()
                        .map(|(label, value, class)| {
                            view! {
                                <div class=class>
                                    <dt>{label}</dt>
                                    <dd>{value}</dd>
                                </div>
                            }
                        })
                        .collect_view()}
                </dl>
            </section>
        }
    }
}
