//! Choosing what each column of an imported file holds, when its headers
//! were not all recognised: a native select per column.

use super::common::field;
use crate::i18n::fill;
use crate::model::accounts::{Field, Mapping, MappingProblem};
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// A select per column of `header`, writing to `mapping`, and what the
/// mapping still lacks.
#[component]
pub fn ColumnMap(
    /// The file's header row.
    header: Vec<String>,
    /// Which field each column holds.
    mapping: RwSignal<Mapping>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let selects = header
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let id = format!("acc-map-{i}");
                let label = fill(
                    t.acc_map_column(),
                    &[("number", &(i + 1).to_string()), ("header", h)],
                );
                let options = Field::ALL
                    .iter()
                    .enumerate()
                    .map(|(k, f)| {
                        let f = *f;
                        view! {
                            <option
                                value=k.to_string()
                                selected=move || mapping.with(|m| m.0.get(i) == Some(&Some(f)))
                            >
                                {field(t, f)}
                            </option>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="field">
                        <label for=id.clone()>{label}</label>
                        <select
                            id=id
                            on:change=move |ev| {
                                let chosen = event_target_value(&ev)
                                    .parse::<usize>()
                                    .ok()
                                    .and_then(|k| Field::ALL.get(k).copied());
                                mapping
                                    .update(|m| {
                                        if let Some(c) = m.0.get_mut(i) {
                                            *c = chosen;
                                        }
                                    });
                            }
                        >
                            <option
                                value=""
                                selected=move || mapping.with(|m| m.0.get(i) == Some(&None))
                            >
                                {t.acc_map_ignore()}
                            </option>
                            {options}
                        </select>
                    </div>
                }
            })
            .collect_view();
        let problem = move || {
            mapping.with(|m| m.check()).err().map(|p| {
                let text = match p {
                    MappingProblem::Missing(f) => {
                        fill(t.acc_map_missing(), &[("field", field(t, f))])
                    }
                    MappingProblem::Twice(f) => fill(t.acc_map_twice(), &[("field", field(t, f))]),
                };
                view! { <p class="field-error" role="status">{text}</p> }
            })
        };
        view! {
            <section class="column-map" aria-labelledby="acc-map-heading">
                <h4 id="acc-map-heading">{t.acc_map_heading()}</h4>
                <p>{t.acc_map_intro()}</p>
                {selects}
                {problem}
            </section>
        }
    }
}
