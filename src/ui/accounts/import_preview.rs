//! What an import would do, before anything is stored: how many customers,
//! the first of them, every line that cannot be imported with its number
//! and reason, and the buttons that import.

use super::common::{currency, line_error, money};
use crate::i18n::fill;
use crate::i18n::number::Mark;
use crate::model::accounts::ImportPlan;
use crate::ui::context::use_ctx;
use crate::ui::table_head::head;
use leptos::prelude::*;
use std::sync::Arc;

/// How many customers the preview lists.
const SHOWN: usize = 10;

/// The preview of `plan`, read from `file`.
#[component]
pub fn ImportPreview(
    /// The file's name.
    file: String,
    /// What the import would do.
    plan: Memo<Option<Arc<ImportPlan>>>,
    /// Whether the list already holds customers (then it can be replaced).
    has_customers: bool,
    /// Imports: `true` replaces the list, `false` adds to it.
    on_confirm: Callback<bool>,
    /// Leaves without importing.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let cur = currency(ctx);
        // Only what is shown is taken from the plan: 5,000 customers are
        // not cloned at each render.
        let Some((plan, good)) = plan.with(|p| {
            p.as_ref().map(|p| {
                let shown = ImportPlan {
                    customers: p.customers.iter().take(SHOWN).cloned().collect(),
                    bad: p.bad.clone(),
                    mark: p.mark,
                };
                (shown, p.customers.len())
            })
        }) else {
            return ().into_any();
        };
        let mark = match plan.mark {
            Some(Mark::Point) => t.acc_mark_point(),
            Some(Mark::Comma) => t.acc_mark_comma(),
            None => t.acc_mark_none(),
        };
        let counts = fill(
            t.acc_preview_counts(),
            &[
                ("good", &locale.format_integer(good as u64)),
                ("bad", &locale.format_integer(plan.bad.len() as u64)),
            ],
        );
        let rows = plan
            .customers
            .iter()
            .take(SHOWN)
            .map(|(line, c)| {
                view! {
                    <tr>
                        <td>{locale.format_integer(*line as u64)}</td>
                        <th scope="row">{c.name.clone()}</th>
                        <td>{money(locale, c.revenue, &cur)}</td>
                        <td>{money(locale, c.profit(), &cur)}</td>
                    </tr>
                }
            })
            .collect_view();
        let bad = plan
            .bad
            .iter()
            .map(|(line, e)| {
                let text = fill(
                    t.acc_bad_line(),
                    &[
                        ("line", &locale.format_integer(*line as u64)),
                        ("reason", &line_error(t, locale, *e)),
                    ],
                );
                view! { <li>{text}</li> }
            })
            .collect_view();
        let any_bad = !plan.bad.is_empty();
        let any_good = !plan.customers.is_empty();
        let shown = fill(
            t.acc_preview_first(),
            &[(
                "shown",
                &locale.format_integer(plan.customers.len().min(SHOWN) as u64),
            )],
        );
        view! {
            <section class="import-preview" aria-labelledby="acc-preview-heading">
                <h4 id="acc-preview-heading">{fill(t.acc_preview_heading(), &[("file", &file)])}</h4>
                <p role="status">{counts}</p>
                <p>{mark}</p>
                {any_good
                    .then(|| {
                        view! {
                            <table>
                                <caption>{shown}</caption>
                                {head(&[t.acc_col_line(), t.acc_fields().first().copied().unwrap_or_default(), t.acc_col_revenue(), t.acc_col_profit()])}
                                <tbody>{rows}</tbody>
                            </table>
                        }
                    })}
                {any_bad
                    .then(|| {
                        view! {
                            <h5>{t.acc_bad_heading()}</h5>
                            <ul class="bad-lines">{bad}</ul>
                        }
                    })}
                <div class="actions">
                    {any_good
                        .then(|| {
                            view! {
                                <button type="button" on:click=move |_| on_confirm.run(false)>
                                    {t.acc_import_add()}
                                </button>
                            }
                        })}
                    {(any_good && has_customers)
                        .then(|| {
                            view! {
                                <button type="button" on:click=move |_| on_confirm.run(true)>
                                    {t.acc_import_replace()}
                                </button>
                            }
                        })}
                    <button type="button" on:click=move |_| on_cancel.run(())>
                        {t.cancel()}
                    </button>
                </div>
                {(any_good && has_customers).then(|| view! { <p class="source">{t.acc_import_replace_note()}</p> })}
            </section>
        }
        .into_any()
    }
}
