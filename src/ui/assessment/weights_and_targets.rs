//! The editable weight and target of each component.

use crate::i18n::fill;
use crate::model::assessment::Weight;
use crate::model::components::Component;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// Weights the UI offers: 0 to 5 in halves (storage keeps them exactly).
const WEIGHTS: [f64; 11] = [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0];

/// Editable weights and targets, as native selects (no invalid value can be
/// entered).
#[component]
pub fn WeightsAndTargets() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let rows = Component::ALL.map(|c| {
            let name = labels::component(t, c).0;
            let weight = move || ctx.work.with(|w| w.current().assessment.current.weight(c).get());
            let target = move || ctx.work.with(|w| w.current().assessment.current.target(c));
            // Options carry an index into WEIGHTS, not the number as text.
            let set_weight = move |ev: leptos::ev::Event| {
                let picked = event_target_value(&ev).parse::<usize>().ok();
                if let Some(w) = picked.and_then(|i| WEIGHTS.get(i)).and_then(|w| Weight::new(*w)) {
                    ctx.work.update(|work| work.current_mut().assessment.current.set_weight(c, w));
                }
            };
            let set_target = move |ev: leptos::ev::Event| {
                if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                    ctx.work.update(|work| work.current_mut().assessment.current.set_target(c, v));
                }
            };
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>
                        <select aria-label=fill(t.weight_for(), &[("name", name)]) on:change=set_weight>
                            {WEIGHTS
                                .iter()
                                .enumerate()
                                .map(|(i, w)| {
                                    let w = *w;
                                    view! {
                                        <option value=i.to_string() prop:selected=move || weight() == w>
                                            {locale.format_number(w, 1)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </td>
                    <td>
                        <select aria-label=fill(t.target_for(), &[("name", name)]) on:change=set_target>
                            {(0..=20u8)
                                .map(|i| i * 5)
                                .map(|v| {
                                    view! {
                                        <option value=v.to_string() prop:selected=move || target() == v>
                                            {v}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </td>
                </tr>
            }
        });
        view! {
            <section aria-labelledby="settings-heading">
                <h2 id="settings-heading">{t.settings_heading()}</h2>
                <p>{t.settings_intro()}</p>
                <div class="table-scroll">
                    <table>
                        {head(&[t.col_component(), t.col_weight(), t.col_target()])}
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        }
    }
}
