//! The key-account programme: progress per step, the general manager who
//! oversees the relationship managers, and a card per key account.

use super::common::{edit_portfolio, step, with_portfolio};
use super::key_account_card::KeyAccountCard;
use crate::i18n::fill;
use crate::ui::context::use_ctx;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// The programme.
#[component]
pub fn ProgrammePanel() -> impl IntoView {
    let ctx = use_ctx();
    let progress = Memo::new(move |_| with_portfolio(ctx, |p| p.progress()));
    // The cards are rebuilt only when the set of key accounts changes, so
    // typing in one keeps its focus.
    let accounts = Memo::new(move |_| {
        with_portfolio(ctx, |p| {
            p.key
                .iter()
                .filter_map(|k| p.customer(k.customer).map(|c| (c.id, c.name.clone())))
                .collect::<Vec<_>>()
        })
    });
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let rows = move || {
            progress
                .get()
                .into_iter()
                .map(|s| {
                    let done = s.total > 0 && s.done == s.total;
                    view! {
                        <tr class:done=done>
                            <th scope="row">{step(t, s.step)}</th>
                            <td>
                                {fill(
                                    t.acc_step_progress(),
                                    &[
                                        ("done", &locale.format_integer(s.done as u64)),
                                        ("total", &locale.format_integer(s.total as u64)),
                                    ],
                                )}
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        };
        let cards = move || {
            let list = accounts.get();
            if list.is_empty() {
                view! { <p>{t.acc_nothing_key()}</p> }.into_any()
            } else {
                list.into_iter()
                    .map(|(id, name)| view! { <KeyAccountCard id name /> })
                    .collect_view()
                    .into_any()
            }
        };
        view! {
            <section aria-labelledby="acc-programme-heading">
                <h2 id="acc-programme-heading">{t.acc_programme_heading()}</h2>
                <p>{t.acc_programme_intro()}</p>
                <table class="progress-table">
                    <caption>{t.acc_progress_caption()}</caption>
                    {head(&[t.acc_col_step(), t.acc_col_done()])}
                    <tbody>{rows}</tbody>
                </table>
                <div class="field">
                    <label for="acc-general-manager">{t.acc_general_manager()}</label>
                    <input
                        id="acc-general-manager"
                        type="text"
                        maxlength="120"
                        prop:value=move || with_portfolio(ctx, |p| p.general_manager.clone())
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            edit_portfolio(ctx, |p| p.general_manager = text);
                        }
                    />
                </div>
                <div class="key-accounts">{cards}</div>
            </section>
        }
    }
}
