//! One OCAI profile (a party, now or preferred): 100 points per aspect
//! across the four culture types, each cell typed or stepped, each aspect
//! with its sum and what is left to 100, and a box to paste a whole table.

use super::ocai_cell::OcaiCell;
use super::ocai_paste::OcaiPaste;
use super::ocai_text::{points, profile_name};
use crate::i18n::fill;
use crate::model::fit::{CultureType, Moment, ProfileRef, Side, OCAI_ASPECTS};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// The six aspects × four types of one profile.
#[component]
pub fn OcaiPanel(
    /// Which profile.
    which: ProfileRef,
) -> impl IntoView {
    let ctx = use_ctx();
    let id = format!(
        "ocai-{}-{}",
        if which.side == Side::Supplier {
            "supplier"
        } else {
            "client"
        },
        if which.moment == Moment::Now {
            "now"
        } else {
            "preferred"
        }
    );
    let message = RwSignal::new(None::<String>);
    let profile = Memo::new(move |_| ctx.work.with(|w| *w.current().fit.profile(which)));
    move || {
        let t = ctx.t();
        let who = move || ctx.work.with(|w| profile_name(t, &w.current().fit, which));
        let status = move || {
            let p = profile.get();
            if p.is_empty() {
                t.ocai_status_empty().to_owned()
            } else if p.is_whole() {
                t.ocai_status_whole().to_owned()
            } else {
                fill(
                    t.ocai_status_incomplete(),
                    &[
                        ("count", &p.complete_aspects().to_string()),
                        ("total", &OCAI_ASPECTS.to_string()),
                    ],
                )
            }
        };
        let rows = (0..OCAI_ASPECTS)
            .map(|aspect| {
                let aspect_name = t.ocai_aspects().get(aspect).copied().unwrap_or_default();
                let cells =
                    CultureType::ALL.map(|kind| view! { <OcaiCell which aspect kind message /> });
                let sum = move || points(ctx.locale.get(), profile.get().sum(aspect));
                let left = move || {
                    let locale = ctx.locale.get();
                    let p = profile.get();
                    let left = p.remaining(aspect);
                    if p.is_complete(aspect) {
                        t.ocai_full().to_owned()
                    } else if left > 0.0 {
                        fill(t.ocai_left(), &[("points", &points(locale, left))])
                    } else {
                        fill(t.ocai_over(), &[("points", &points(locale, -left))])
                    }
                };
                let open = move || !profile.get().is_complete(aspect);
                view! {
                    <tr>
                        <th scope="row">{aspect_name}</th>
                        {cells}
                        <td class="ocai-sum">{sum}</td>
                        <td class="ocai-left" class:open=open>{left}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section class="ocai-panel" aria-labelledby=id.clone()>
                <h3 id=id.clone()>{who}</h3>
                <p class="ocai-status" class:open=move || !profile.get().is_whole()>{status}</p>
                <div class="table-scroll">
                    <table class="ocai">
                        <thead>
                            <tr>
                                <th scope="col"></th>
                                {CultureType::ALL
                                    .map(|c| view! { <th scope="col">{labels::culture_type(t, c)}</th> })}
                                <th scope="col">{t.ocai_col_sum()}</th>
                                <th scope="col">{t.ocai_col_left()}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p class="ocai-message" class:filled=move || message.get().is_some() role="status">{move || message.get()}</p>
                <OcaiPaste which message />
            </section>
        }
    }
}
