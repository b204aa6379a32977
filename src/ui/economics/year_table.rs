//! A table alternative of one amount per year: the cumulative profit of
//! the cohort, or the cost to serve by year of tenure.

use super::common::{currency, money};
use crate::i18n::Strings;
use crate::model::scenario::Outcome;
use crate::ui::context::use_ctx;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// An amount per year, from `first_year`.
#[component]
pub fn YearTable(
    /// The derived figures.
    outcome: Memo<Outcome>,
    /// The table's caption and the amount's column heading.
    texts: fn(&'static Strings) -> [&'static str; 2],
    /// The year of the first amount (0 for the acquisition year).
    first_year: usize,
    /// The amounts, one per year.
    amounts: fn(&Outcome) -> &[f64],
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let currency = currency(ctx);
        let [caption, heading] = texts(t);
        let rows = outcome.with(|o| {
            amounts(o)
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    view! {
                        <tr>
                            <th scope="row">{first_year + i}</th>
                            <td>{money(locale, *v, &currency)}</td>
                        </tr>
                    }
                })
                .collect_view()
        });
        view! {
            <table>
                <caption>{caption}</caption>
                {head(&[t.col_year(), heading])}
                <tbody>{rows}</tbody>
            </table>
        }
    }
}
