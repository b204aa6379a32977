//! How the room answered the statements it disputes most: per statement a
//! small bar of the counts for 1 to 5 and "don't know", with the counts
//! themselves in the table's cells, which are the bar's text alternative.

use crate::model::assessment::Item;
use crate::model::team::Spread;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// The bar's colours for 1 to 5 and "don't know", the heatmap's.
const COLOURS: [&str; 6] = [
    "#b31b1b", "#d9622b", "#8a7a1d", "#3d8a4a", "#1e6b34", "#7a8691",
];

/// One bar: a segment per answer, as wide as its count, in a 100-unit box.
fn bar(spread: &Spread) -> impl IntoView {
    let total = spread.answered().max(1);
    let counts: Vec<usize> = spread
        .levels
        .iter()
        .copied()
        .chain([spread.dont_know])
        .collect();
    let mut x = 0usize;
    let parts = counts
        .iter()
        .zip(COLOURS)
        .filter(|(n, _)| **n > 0)
        .map(|(n, colour)| {
            // Whole units, the last segment taking the rounding.
            let start = x * 100 / total;
            x += n;
            let end = x * 100 / total;
            view! {
                <rect x=start.to_string() y="0" width=(end - start).to_string() height="10" fill=colour />
            }
        })
        .collect_view();
    view! {
        <svg class="spread-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            {parts}
        </svg>
    }
}

/// The statements `items` with their spreads, most disputed first.
#[component]
pub fn SpreadTable(
    /// The statements and how they were answered, in the same order.
    rows: Signal<Vec<(Item, Spread)>>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let body = rows
            .get()
            .into_iter()
            .map(|(item, spread)| {
                let (texts, _, _) = labels::questions(t, item.component);
                let text = texts.get(item.index).copied().unwrap_or_default();
                let cells = spread
                    .levels
                    .iter()
                    .copied()
                    .chain([spread.dont_know])
                    .map(|n| view! { <td class="num">{n.to_string()}</td> })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{text}</th>
                        <td class="spread-cell">{bar(&spread)}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="spread-table">
                <caption>{t.present_spread_caption()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_statement()}</th>
                        <th scope="col">{t.present_col_spread()}</th>
                        <th scope="col" class="num">"1"</th>
                        <th scope="col" class="num">"2"</th>
                        <th scope="col" class="num">"3"</th>
                        <th scope="col" class="num">"4"</th>
                        <th scope="col" class="num">"5"</th>
                        <th scope="col" class="num">
                            <abbr title=t.dont_know()>"?"</abbr>
                        </th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        }
    }
}
