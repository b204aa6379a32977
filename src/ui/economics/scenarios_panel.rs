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
        fill(t.scenario_unnamed(), &[("number", &s.id.to_string())])
    } else {
        s.name.clone()
    }
}

/// One side of a comparison: the scenario's name as shown, what it gives,
/// and the scenario itself (its inputs).
pub(super) type Side = (String, Outcome, Scenario);

/// The two scenarios compared, when both are chosen.
pub(super) type Compared = Option<(Side, Side)>;

/// Save, list and compare scenarios.
#[component]
pub fn ScenariosPanel() -> impl IntoView {
    let ctx = use_ctx();
    let name = RwSignal::new(String::new());
    let first = RwSignal::new(None::<u32>);
    let second = RwSignal::new(None::<u32>);
    // A name already taken: the scenario it belongs to, until the user
    // replaces it or types another name.
    let clash = RwSignal::new(None::<u32>);
    // A scenario to open once the user says what happens to the figures
    // kept in no scenario.
    let opening = RwSignal::new(None::<u32>);
    let saved = move |id: u32| {
        name.set(String::new());
        clash.set(None);
        // The newest is compared with the one before it by default.
        first.set(second.get_untracked().or(first.get_untracked()));
        second.set(Some(id));
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let outcome = ctx.work.try_update(|w| {
            w.current_mut()
                .economics
                .save_new_scenario(&name.get_untracked())
        });
        match outcome {
            Some(Ok(id)) => saved(id),
            Some(Err(taken)) => clash.set(Some(taken)),
            None => {}
        }
    };
    let replace = move |_| {
        if let Some(id) = clash.get_untracked() {
            ctx.work
                .update(|w| w.current_mut().economics.replace_scenario(id));
            saved(id);
        }
    };
    let open = move |id: u32| {
        opening.set(None);
        ctx.work
            .update(|w| w.current_mut().economics.load_scenario(id));
    };
    let ask_or_open = move |id: u32| {
        if ctx.work.with_untracked(|w| w.current().economics.unsaved()) {
            opening.set(Some(id));
        } else {
            open(id);
        }
    };
    let save_then_open = move |_| {
        let Some(id) = opening.get_untracked() else {
            return;
        };
        // Under the name typed, or numbered if that is empty or taken.
        ctx.work.update(|w| {
            let economics = &mut w.current_mut().economics;
            let typed = name.get_untracked();
            if economics.save_new_scenario(&typed).is_err() {
                economics.save_scenario("");
            }
        });
        name.set(String::new());
        open(id);
    };
    let compared = Memo::new(move |_| {
        let t = ctx.t();
        ctx.work.with(|w| {
            let side = |id: Option<u32>| {
                let s = w.current().economics.scenario(id?)?;
                Some((
                    scenario_name(t, s),
                    Outcome::of(&s.figures, s.effects),
                    s.clone(),
                ))
            };
            Some((side(first.get())?, side(second.get())?))
        })
    });
    let chart = Signal::derive(move || {
        let t = ctx.t();
        let currency = currency(ctx);
        compared.with(|c| match c {
            Some(((a, oa, _), (b, ob, _))) => cumulative_svg(
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
                        <option value="">{t.option_none()}</option>
                        {options}
                    </select>
                </div>
            }
        };
        let list = if scenarios.is_empty() {
            view! { <p>{t.scenarios_none()}</p> }.into_any()
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
                                            aria-label=fill(t.scenario_open_label(), &[("name", &shown)])
                                            on:click=move |_| ask_or_open(id)
                                        >
                                            {t.scenario_open()}
                                        </button>
                                        <button
                                            type="button"
                                            aria-label=fill(t.scenario_delete_label(), &[("name", &shown)])
                                            on:click=move |_| ctx.work.update(|w| w.current_mut().economics.delete_scenario(id))
                                        >
                                            {t.snapshot_delete()}
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
                    {picker("scenario-first", t.compare_first(), first)}
                    {picker("scenario-second", t.compare_second(), second)}
                </div>
                <Show when=move || compared.with(Option::is_some)>
                    <ChartFigure svg=chart label=t.chart_compare_title().to_owned()>
                        <CompareTable compared />
                    </ChartFigure>
                </Show>
            }
        });
        view! {
            <section aria-labelledby="scenarios-heading">
                <h2 id="scenarios-heading">{t.scenarios_heading()}</h2>
                <p>{t.scenarios_intro()}</p>
                <form class="snapshot-form" on:submit=save>
                    <TextField id="scenario-name" label=t.scenario_name() value=name />
                    <button type="submit">{t.scenario_save()}</button>
                </form>
                {move || {
                    let taken = clash.get()?;
                    let shown = ctx
                        .work
                        .with(|w| w.current().economics.scenario(taken).map(|s| scenario_name(t, s)))?;
                    Some(view! {
                        <div class="notice" role="alert">
                            <p>{fill(t.scenario_name_taken(), &[("name", &shown)])}</p>
                            <div class="notice-actions">
                                <button type="button" on:click=replace>{t.scenario_replace()}</button>
                                <button type="button" on:click=move |_| clash.set(None)>{t.cancel()}</button>
                            </div>
                        </div>
                    })
                }}
                {move || {
                    let id = opening.get()?;
                    let shown = ctx
                        .work
                        .with(|w| w.current().economics.scenario(id).map(|s| scenario_name(t, s)))?;
                    Some(view! {
                        <div class="notice" role="alert">
                            <p>{fill(t.scenario_unsaved(), &[("name", &shown)])}</p>
                            <div class="notice-actions">
                                <button type="button" on:click=save_then_open>{t.scenario_save_first()}</button>
                                <button type="button" on:click=move |_| open(id)>{t.scenario_discard()}</button>
                                <button type="button" on:click=move |_| opening.set(None)>{t.cancel()}</button>
                            </div>
                        </div>
                    })
                }}
                {list}
                {compare}
            </section>
        }
    }
}
