//! The assessment's results: the index and its band, the weakest
//! component, the radar and gap charts with their tables, priorities with
//! recommendations, then weights and targets, and snapshots (those come in
//! a chunk of their own, see `results_panels`).

use super::common::{gaps_svg, radar_svg, snapshot_label, RADAR_FULL};
use super::priorities_table::PrioritiesTable;
use super::scores_table::ScoresTable;
use super::summary::Summary;
use crate::model::assessment::{Band, Tier};
use crate::model::components::Component;
use crate::route::Route;
use crate::ui::chart_figure::ChartFigure;
use crate::ui::chunks;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use crate::ui::lazy_view::LazyView;
use leptos::prelude::*;

/// The results view.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let ctx = use_ctx();
    let results = Memo::new(move |_| ctx.work.with(|w| w.current().assessment.current.results()));
    let on_radar = RwSignal::new(None::<u32>);

    let radar = Signal::derive(move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let r = results.get();
        let snapshot = on_radar.get().and_then(|id| {
            ctx.work.with(|w| {
                let a = &w.current().assessment;
                a.snapshot(id)
                    .map(|s| (snapshot_label(locale, a, s), s.answers.results()))
            })
        });
        radar_svg(
            t,
            locale,
            (t.series_current(), &r),
            snapshot.as_ref().map(|(l, r)| (l.as_str(), r)),
            true,
            RADAR_FULL,
        )
    });
    let gaps = Signal::derive(move || gaps_svg(ctx.t(), ctx.locale.get(), &results.get()));

    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        view! {
            <div class="page results">
                <h1>{t.results_title()}</h1>
                <p>
                    <a href=Route::Assessment(Component::ALL[0]).href()>{t.back_to_questions()}</a>
                 " · "
                    <a href=Route::Workshop.href()>{t.ws_link_from_results()}</a>
                    " · "
                    <a href=Route::Report.href()>{t.report_link()}</a>
                </p>
                <Summary results />
                <section aria-labelledby="radar-heading">
                    <h2 id="radar-heading">{t.radar_title()}</h2>
                    <div class="field">
                        <label for="radar-snapshot">{t.snapshot_on_radar()}</label>
                        <select
                            id="radar-snapshot"
                            on:change=move |ev| on_radar.set(event_target_value(&ev).parse().ok())
                        >
                            <option value="">{t.option_none()}</option>
                            {move || {
                                ctx.work
                                    .with(|w| {
                                        w.current().assessment
                                            .snapshots
                                            .iter()
                                            .map(|s| {
                                                let id = s.id;
                                                view! {
                                                    <option
                                                        value=id.to_string()
                                                        prop:selected=move || on_radar.get() == Some(id)
                                                    >
                                                        {snapshot_label(locale, &w.current().assessment, s)}
                                                    </option>
                                                }
                                            })
                                            .collect_view()
                                    })
                            }}
                        </select>
                    </div>
                    <ChartFigure svg=radar label=t.radar_title().to_owned()>
                        <ScoresTable results />
                    </ChartFigure>
                </section>
                <section aria-labelledby="priorities-heading">
                    <h2 id="priorities-heading">{t.priorities_heading()}</h2>
                    {move || {
                        let ranked = results.get().priorities();
                        if ranked.is_empty() {
                            view! { <p>{t.gaps_none()}</p> }.into_any()
                        } else {
                            view! {
                                <ChartFigure svg=gaps label=t.gaps_title().to_owned()>
                                    <PrioritiesTable results />
                                </ChartFigure>
                                <ol class="priorities">
                                    {ranked
                                        .into_iter()
                                        .map(|c| {
                                            let tier = Tier::of(c.score.unwrap_or(0.0));
                                            view! {
                                                <li>
                                                    <strong>{labels::component(t, c.component).0}</strong>
                                                    ": "
                                                    {labels::recommendation(t, c.component, tier)}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            }
                                .into_any()
                        }
                    }}
                </section>
                <section aria-labelledby="recommendations-heading">
                    <h2 id="recommendations-heading">{t.recommendations_heading()}</h2>
                    <dl class="recommendations">
                        {move || {
                            results
                                .get()
                                .components
                                .into_iter()
                                .map(|c| {
                                    let advice = c
                                        .score
                                        .map_or(t.index_none(), |s| {
                                            labels::recommendation(t, c.component, Tier::of(s))
                                        });
                                    let standing = c
                                        .score
                                        .map_or(t.not_assessed().to_owned(), |s| {
                                            format!(
                                                "{} · {}",
                                                locale.format_number(s, 1),
                                                labels::band(t, Band::of(s)),
                                            )
                                        });
                                    view! {
                                        <dt>{labels::component(t, c.component).0} " · " {standing}</dt>
                                        <dd>{advice}</dd>
                                    }
                                })
                                .collect_view()
                        }}
                    </dl>
                </section>
                // Weights, targets and snapshots, what a consultant changes
                // or keeps rather than reads: fetched once the results are
                // shown, so opening them waits for none of it.
                <LazyView
                    load=chunks::assessment_results_panels
                    preload=chunks::preload_assessment_results_panels
                    texts=chunks::ASSESSMENT_RESULTS_PANELS_TEXTS
                />
            </div>
        }
    }
}
