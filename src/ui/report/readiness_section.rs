//! The readiness section: the radar with targets and the chosen snapshot,
//! the scores, the priorities, and recommendations for the components
//! assessed (an unassessed one has nothing to recommend).

use crate::model::assessment::{Band, Tier};
use crate::model::report;
use crate::ui::assessment::{
    gaps_svg, radar_svg, snapshot_label, PrioritiesTable, ScoresTable, RADAR_FULL,
};
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// The assessment's results as the client reads them.
#[component]
pub fn ReadinessSection() -> impl IntoView {
    let ctx = use_ctx();
    let results = Memo::new(move |_| ctx.work.with(|w| w.current().assessment.current.results()));
    let snapshot = Memo::new(move |_| {
        ctx.work.with(|w| {
            let a = &w.current().assessment;
            report::snapshot(w.current())
                .map(|s| (snapshot_label(ctx.locale.get(), a, s), s.answers.results()))
        })
    });
    let radar = Signal::derive(move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let r = results.get();
        let other = snapshot.get();
        radar_svg(
            t,
            locale,
            (t.series_current(), &r),
            other.as_ref().map(|(l, r)| (l.as_str(), r)),
            true,
            RADAR_FULL,
        )
    });
    let gaps = Signal::derive(move || gaps_svg(ctx.t(), ctx.locale.get(), &results.get()));
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let r = results.get();
        let priorities = if r.priorities().is_empty() {
            view! { <p>{t.gaps_none()}</p> }.into_any()
        } else {
            view! {
                <ChartFigure svg=gaps label=t.gaps_title().to_owned()>
                    <PrioritiesTable results />
                </ChartFigure>
            }
            .into_any()
        };
        let assessed = report::recommendations(&r);
        let recommendations = if assessed.is_empty() {
            view! { <p>{t.index_none()}</p> }.into_any()
        } else {
            view! {
                <dl class="recommendations">
                    {assessed
                        .into_iter()
                        .map(|c| {
                            let score = c.score.unwrap_or(0.0);
                            view! {
                                <dt>
                                    {labels::component(t, c.component).0}
                                    " · "
                                    {locale.format_number(score, 1)}
                                    " · "
                                    {labels::band(t, Band::of(score))}
                                </dt>
                                <dd>{labels::recommendation(t, c.component, Tier::of(score))}</dd>
                            }
                        })
                        .collect_view()}
                </dl>
            }
            .into_any()
        };
        view! {
            <section class="report-section" aria-labelledby="report-readiness-heading">
                <h2 id="report-readiness-heading">{t.results_title()}</h2>
                <ChartFigure svg=radar label=t.radar_title().to_owned()>
                    <ScoresTable results />
                </ChartFigure>
                <h3>{t.priorities_heading()}</h3>
                {priorities}
                <h3>{t.recommendations_heading()}</h3>
                {recommendations}
            </section>
        }
    }
}
