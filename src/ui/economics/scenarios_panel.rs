//! Named scenarios: save the figures and switches, open or delete one, and
//! compare two on one chart and in a table.

use super::charts::cumulative_svg;
use super::common::currency;
use super::compare_table::CompareTable;
use crate::i18n::fill;
use crate::model::scenario::{Outcome, Scenario};
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use crate::ui::text_field::TextField;
use leptos::prelude::*;

/// A scenario's name as lists show it: the given one, or "Scenario n".
pub(super) fn scenario_name(t: &'static crate::i18n::Strings, s: &Scenario) -> String {
    if s.name.is_empty() {
        fill(t.scenario_unnamed, &[("number", &s.id.to_string())])
    } else {
        s.name.clone()
    }
}

/// The two scenarios compared, with their outcomes, when both are chosen.
pub(super) type Compared = Option<((String, Outcome), (String, Outcome))>;

/// Save, list and compare scenarios.
#[component]
pub fn ScenariosPanel() -> impl IntoView {
    let ctx = use_ctx();
    let name = RwSignal::new(String::new());
    let first = RwSignal::new(None::<u32>);
    let second = RwSignal::new(None::<u32>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = ctx.work.try_update(|w| {
            w.current_mut()
                .economics
                .save_scenario(&name.get_untracked())
        });
        name.set(String::new());
        // The newest is compared with the one before it by default.
        if let Some(id) = id {
            first.set(second.get_untracked().or(first.get_untracked()));
            second.set(Some(id));
        }
    };
    let compared = Memo::new(move |_| {
        let t = ctx.t();
        ctx.work.with(|w| {
            let side = |id: Option<u32>| {
                let s = w.current().economics.scenario(id?)?;
                Some((scenario_name(t, s), Outcome::of(&s.figures, s.effects)))
            };
            Some((side(first.get())?, side(second.get())?))
        })
    });
    let chart = Signal::derive(move || {
        let t = ctx.t();
        let currency = currency(ctx);
        compared.with(|c| match c {
            Some(((a, oa), (b, ob))) => cumulative_svg(
                t,
                ctx.locale.get(),
                &currency,
                vec![(a.clone(), oa), (b.clone(), ob)],
            ),
            None => Ok(String::new()),
        })
    });

    move || {
        let t = ctx.t();
        let scenarios = ctx.work.with(|w| w.current().economics.scenarios.clone());
        let picker = |id: &'static str, label: &'static str, chosen: RwSignal<Option<u32>>| {
            let options = scenarios
                .iter()
                .map(|s| {
                    let sid = s.id;
                    view! {
                        <option value=sid.to_string() prop:selected=move || chosen.get() == Some(sid)>
                            {scenario_name(t, s)}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <div class="field">
                    <label for=id>{label}</label>
                    <select id=id on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                        <option value="">{t.option_none}</option>
                        {options}
                    </select>
                </div>
            }
        };
        let list = if scenarios.is_empty() {
            view! { <p>{t.scenarios_none}</p> }.into_any()
        } else {
            view! {
                <ul class="snapshots">
                    {scenarios
                        .iter()
                        .map(|s| {
                            let id = s.id;
                            let shown = scenario_name(t, s);
                            view! {
                                <li>
                                    <span>{shown.clone()}</span>
                                    <span class="actions">
                                        <button
                                            type="button"
                                            aria-label=fill(t.scenario_open_label, &[("name", &shown)])
                                            on:click=move |_| ctx.work.update(|w| w.current_mut().economics.load_scenario(id))
                                        >
                                            {t.scenario_open}
                                        </button>
                                        <button
                                            type="button"
                                            aria-label=fill(t.scenario_delete_label, &[("name", &shown)])
                                            on:click=move |_| ctx.work.update(|w| w.current_mut().economics.delete_scenario(id))
                                        >
                                            {t.snapshot_delete}
                                        </button>
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        };
        let compare = (scenarios.len() >= 2).then(|| {
            view! {
                <div class="compare-pickers">
                    {picker("scenario-first", t.compare_first, first)}
                    {picker("scenario-second", t.compare_second, second)}
                </div>
                <Show when=move || compared.with(Option::is_some)>
                    <ChartFigure svg=chart label=t.chart_compare_title.to_owned()>
                        <CompareTable compared />
                    </ChartFigure>
                </Show>
            }
        });
        view! {
            <section aria-labelledby="scenarios-heading">
                <h2 id="scenarios-heading">{t.scenarios_heading}</h2>
                <p>{t.scenarios_intro}</p>
                <form class="snapshot-form" on:submit=save>
                    <TextField id="scenario-name" label=t.scenario_name value=name />
                    <button type="submit">{t.scenario_save}</button>
                </form>
                {list}
                {compare}
            </section>
        }
    }
}
