//! Kotler's table applied to the portfolio: per segment, its customers and
//! unit margin, the cell of the table they fall in, the recommended level,
//! and the client's current level to set beside it; the five levels
//! explained.

use super::common::{edit_portfolio, percent, segment};
use crate::i18n::fill;
use crate::model::accounts::{Matrix, Portfolio};
use crate::model::levels::Level;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// The levels per segment.
#[component]
pub fn LevelsTable(
    /// Profit and type of every customer.
    matrix: Memo<Matrix>,
) -> impl IntoView {
    let ctx = use_ctx();
    let levels = Memo::new(move |_| {
        matrix.with(|m| {
            ctx.work
                .with(|w| Portfolio::levels(&w.current().accounts, m))
        })
    });
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let range = |(low, high): (Level, Level)| {
            if low == high {
                labels::level(t, low).1.to_owned()
            } else {
                fill(
                    t.level_range(),
                    &[
                        ("low", labels::level(t, low).1),
                        ("high", labels::level(t, high).1),
                    ],
                )
            }
        };
        let rows = levels
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                let name = segment(t, l.segment);
                let id = format!("acc-current-{i}");
                let options = Level::ALL
                    .iter()
                    .enumerate()
                    .map(|(k, level)| {
                        view! {
                            <option value=k.to_string() selected=l.current == Some(*level)>
                                {labels::level(t, *level).1}
                            </option>
                        }
                    })
                    .collect_view();
                let seg = l.segment;
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td>{locale.format_integer(l.customers as u64)}</td>
                        <td>{l.margin.map(|m| percent(t, locale, m)).unwrap_or_else(|| "—".to_owned())}</td>
                        <td>
                            {fill(
                                t.acc_cell(),
                                &[
                                    ("count", labels::customers(t, l.bands.0)),
                                    ("margin", labels::margin(t, l.bands.1)),
                                ],
                            )}
                        </td>
                        <td>{range(l.recommended)}</td>
                        <td>
                            <label class="visually-hidden" for=id.clone()>
                                {fill(t.acc_current_for(), &[("segment", name)])}
                            </label>
                            <select
                                id=id
                                on:change=move |ev| {
                                    let level = event_target_value(&ev)
                                        .parse::<usize>()
                                        .ok()
                                        .and_then(|k| Level::ALL.get(k).copied());
                                    edit_portfolio(
                                        ctx,
                                        |p| {
                                            match level {
                                                Some(level) => {
                                                    p.current_levels.insert(seg, level);
                                                }
                                                None => {
                                                    p.current_levels.remove(&seg);
                                                }
                                            }
                                        },
                                    );
                                }
                            >
                                <option value="" selected=l.current.is_none()>
                                    {t.acc_level_unset()}
                                </option>
                                {options}
                            </select>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let explained = Level::ALL
            .iter()
            .map(|level| view! { <li>{labels::level(t, *level).0}</li> })
            .collect_view();
        view! {
            <section aria-labelledby="acc-levels-heading">
                <h2 id="acc-levels-heading">{t.acc_levels_heading()}</h2>
                <p>{t.acc_levels_intro()}</p>
                <div class="table-scroll">
                    <table class="levels-table">
                        <caption>{t.acc_levels_caption()}</caption>
                        {head(
                            &[
                                t.acc_col_segment(),
                                t.acc_col_customers(),
                                t.acc_col_margin(),
                                t.acc_col_cell(),
                                t.acc_col_recommended(),
                                t.acc_col_current(),
                            ],
                        )}
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <h3>{t.acc_levels_list_heading()}</h3>
                <ol class="levels-list">{explained}</ol>
            </section>
        }
    }
}
