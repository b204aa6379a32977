//! One company's OCAI input: 100 points per aspect across the four culture
//! types, moved five at a time by − and + so every aspect always sums to 100.

use crate::i18n::fill;
use crate::model::fit::{CultureType, Side, OCAI_ASPECTS};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// Points moved by one tap.
const STEP: i16 = 5;

/// The six aspects × four types of one company, as a table of steppers.
#[component]
pub fn OcaiPanel(
    /// Whose profile.
    side: Side,
) -> impl IntoView {
    let ctx = use_ctx();
    let id = if side == Side::Supplier {
        "ocai-supplier"
    } else {
        "ocai-client"
    };
    move || {
        let t = ctx.t();
        let who = move || {
            ctx.work
                .with(|w| labels::party(t, side, &w.current().fit.party(side).name))
        };
        let rows = (0..OCAI_ASPECTS)
            .map(|aspect| {
                let aspect_name = t.ocai_aspects.get(aspect).copied().unwrap_or_default();
                let cells = CultureType::ALL
                    .map(|c| {
                        let points = move || {
                            ctx.work.with(|w| {
                                w.current()
                                    .fit
                                    .party(side)
                                    .ocai
                                    .aspects
                                    .get(aspect)
                                    .map_or(0, |s| s.get(c))
                            })
                        };
                        let step = move |delta: i16| {
                            ctx.work.update(|w| {
                                if let Some(split) = w
                                    .current_mut()
                                    .fit
                                    .party_mut(side)
                                    .ocai
                                    .aspects
                                    .get_mut(aspect)
                                {
                                    split.adjust(c, delta);
                                }
                            })
                        };
                        let names = [
                            ("type", labels::culture_type(t, c)),
                            ("aspect", aspect_name),
                        ];
                        view! {
                            <td>
                                <div class="stepper">
                                    <button
                                        type="button"
                                        aria-label=fill(t.ocai_less, &names)
                                        prop:disabled=move || points() == 0
                                        on:click=move |_| step(-STEP)
                                    >
                                        "−"
                                    </button>
                                    <output>{points}</output>
                                    <button
                                        type="button"
                                        aria-label=fill(t.ocai_more, &names)
                                        prop:disabled=move || points() == 100
                                        on:click=move |_| step(STEP)
                                    >
                                        "+"
                                    </button>
                                </div>
                            </td>
                        }
                    })
                    .to_vec();
                view! {
                    <tr>
                        <th scope="row">{aspect_name}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section class="ocai-panel" aria-labelledby=id>
                <h3 id=id>{who}</h3>
                <div class="table-scroll">
                    <table class="ocai">
                        <thead>
                            <tr>
                                <th scope="col"></th>
                                {CultureType::ALL
                                    .map(|c| view! { <th scope="col">{labels::culture_type(t, c)}</th> })
                                    .to_vec()}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        }
    }
}
