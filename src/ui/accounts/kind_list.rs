//! The four customer types with how many customers each holds and the
//! advice for each: where a relationship pays, where a transactional
//! approach pays better.

use super::common::{currency, item, kind, money};
use crate::i18n::fill;
use crate::model::accounts::{Kind, Matrix};
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The types as a definition list.
#[component]
pub fn KindList(
    /// Profit and type of every customer.
    matrix: Memo<Matrix>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let cur = currency(ctx);
        let entries = Kind::ALL
            .iter()
            .map(|k| {
                let totals = matrix.with(|m| m.totals[*k as usize]);
                let count = t.acc_count().format(locale, totals.customers as u64);
                let figures = fill(
                    "{count} · {revenue} · {profit}",
                    &[
                        ("count", &count),
                        (
                            "revenue",
                            &format!(
                                "{} {}",
                                t.acc_col_revenue(),
                                money(locale, totals.revenue, &cur)
                            ),
                        ),
                        (
                            "profit",
                            &format!(
                                "{} {}",
                                t.acc_col_profit(),
                                money(locale, totals.profit, &cur)
                            ),
                        ),
                    ],
                );
                view! {
                    <div class="kind" class:loss=*k == Kind::LossMaker>
                        <dt>{kind(t, *k)}</dt>
                        <dd class="kind-figures">{figures}</dd>
                        <dd>{item(t.acc_kind_advice(), *k as usize)}</dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <dl class="kinds">{entries}</dl>
            <p class="source">{t.acc_kind_rule()}</p>
        }
    }
}
