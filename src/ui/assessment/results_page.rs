//! The assessment's results: the index and its band, the weakest
//! component, the radar and gap charts with their tables, priorities with
//! recommendations, weights and targets, and snapshots.

use super::snapshots_panel::{radar_svg, SnapshotsPanel};
use crate::chart::{self, hbars};
use crate::i18n::{fill, Locale, Strings};
use crate::model::assessment::{Band, Results, Tier, Weight};
use crate::model::components::Component;
use crate::route::Route;
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// Weights the UI offers: 0 to 5 in halves (storage keeps them exactly).
const WEIGHTS: [f64; 11] = [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0];

/// A score for people: one decimal, or a dash when there is none.
pub(super) fn score_text(locale: Locale, t: &'static Strings, score: Option<f64>) -> String {
    score.map_or_else(|| t.not_assessed.to_owned(), |s| locale.format_number(s, 1))
}

/// The results view.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let ctx = use_ctx();
    let results = Memo::new(move |_| ctx.work.with(|w| w.assessment.current.results()));
    let on_radar = RwSignal::new(None::<u32>);

    let radar = Signal::derive(move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let r = results.get();
        let snapshot = on_radar.get().and_then(|id| {
            ctx.work.with(|w| {
                w.assessment.snapshot(id).map(|s| {
                    (
                        snapshot_label(locale, &s.date, &s.name),
                        s.answers.results(),
                    )
                })
            })
        });
        radar_svg(
            t,
            locale,
            (t.series_current, &r),
            snapshot.as_ref().map(|(l, r)| (l.as_str(), r)),
            true,
        )
    });
    let gaps = Signal::derive(move || {
        let t = ctx.t();
        let bars: Vec<(String, f64)> = results
            .get()
            .priorities()
            .iter()
            .map(|c| {
                (
                    labels::component(t, c.component).0.to_owned(),
                    c.gap().unwrap_or(0.0),
                )
            })
            .collect();
        let height = hbars::height_for(bars.len());
        let data = hbars::HBarChart {
            title: t.gaps_title.to_owned(),
            value_label: t.gaps_axis.to_owned(),
            bars,
            locale: ctx.locale.get(),
            decimals: 1,
        };
        chart::to_svg(560, height, |area| hbars::draw(area, &data))
    });

    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        view! {
            <div class="page results">
                <h1>{t.results_title}</h1>
                <p>
                    <a href=Route::Assessment(Component::ALL[0]).href()>{t.back_to_questions}</a>
                </p>
                <Summary results />
                <section aria-labelledby="radar-heading">
                    <h2 id="radar-heading">{t.radar_title}</h2>
                    <div class="field">
                        <label for="radar-snapshot">{t.snapshot_on_radar}</label>
                        <select
                            id="radar-snapshot"
                            on:change=move |ev| on_radar.set(event_target_value(&ev).parse().ok())
                        >
                            <option value="">{t.option_none}</option>
                            {move || {
                                ctx.work
                                    .with(|w| {
                                        w.assessment
                                            .snapshots
                                            .iter()
                                            .map(|s| {
                                                let id = s.id;
                                                view! {
                                                    <option
                                                        value=id.to_string()
                                                        prop:selected=move || on_radar.get() == Some(id)
                                                    >
                                                        {snapshot_label(locale, &s.date, &s.name)}
                                                    </option>
                                                }
                                            })
                                            .collect_view()
                                    })
                            }}
                        </select>
                    </div>
                    <ChartFigure svg=radar label=t.radar_title.to_owned()>
                        <ScoresTable results />
                    </ChartFigure>
                </section>
                <section aria-labelledby="priorities-heading">
                    <h2 id="priorities-heading">{t.priorities_heading}</h2>
                    {move || {
                        let ranked = results.get().priorities();
                        if ranked.is_empty() {
                            view! { <p>{t.gaps_none}</p> }.into_any()
                        } else {
                            view! {
                                <ChartFigure svg=gaps label=t.gaps_title.to_owned()>
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
                    <h2 id="recommendations-heading">{t.recommendations_heading}</h2>
                    <dl class="recommendations">
                        {move || {
                            results
                                .get()
                                .components
                                .into_iter()
                                .map(|c| {
                                    let advice = c
                                        .score
                                        .map_or(t.index_none, |s| {
                                            labels::recommendation(t, c.component, Tier::of(s))
                                        });
                                    let standing = c
                                        .score
                                        .map_or(t.not_assessed.to_owned(), |s| {
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
                <WeightsAndTargets />
                <section aria-labelledby="how-heading">
                    <h2 id="how-heading">{t.how_scored_heading}</h2>
                    <ul>
                        {t.how_scored.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
                        <li>{t.band_thresholds}</li>
                    </ul>
                </section>
                <SnapshotsPanel />
            </div>
        }
    }
}

/// A table's header row, one column heading per label.
pub(super) fn head(labels: &[&'static str]) -> impl IntoView {
    let cells = labels
        .iter()
        .map(|label| view! { <th scope="col">{*label}</th> })
        .collect_view();
    view! {
        <thead>
            <tr>{cells}</tr>
        </thead>
    }
}

/// How a snapshot is named in lists: its date in the user's format and name.
pub(super) fn snapshot_label(locale: Locale, date: &str, name: &str) -> String {
    let date = locale.format_date(date);
    if name.is_empty() {
        date
    } else {
        format!("{date} · {name}")
    }
}

/// The index, its band, progress and the weakest component.
#[component]
fn Summary(
    /// The derived results.
    results: Memo<Results>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let r = results.get();
        let index = match r.index {
            Some(i) => view! {
                <p class="index">
                    <span class="index-value">{locale.format_number(i, 0)}</span>
                    <span class="index-band">{labels::band(t, Band::of(i))}</span>
                </p>
            }
            .into_any(),
            None => view! { <p class="index-none">{t.index_none}</p> }.into_any(),
        };
        let weakest = r.weakest().map(|c| {
            view! {
                <div class="callout" role="note" aria-labelledby="weakest-heading">
                    <h2 id="weakest-heading">{t.weakest_heading}</h2>
                    <p>
                        {fill(
                            t.weakest_text,
                            &[
                                ("name", labels::component(t, c.component).0),
                                ("score", &score_text(locale, t, c.score)),
                            ],
                        )}
                    </p>
                </div>
            }
        });
        view! {
            <section class="summary" aria-label=t.index_label>
                <h2 class="index-label">{t.index_label}</h2>
                {index}
                <p class="band-note">{t.band_thresholds}</p>
                {weakest}
            </section>
        }
    }
}

/// The radar's numbers: score, answered items and target per component.
#[component]
fn ScoresTable(
    /// The derived results.
    results: Memo<Results>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let r = results.get();
        view! {
            <table>
                <caption>{t.radar_table_caption}</caption>
                {head(&[t.col_component, t.col_score, t.col_answered, t.col_dont_know, t.col_target])}
                <tbody>
                    {r
                        .components
                        .iter()
                        .map(|c| {
                            let answered = fill(
                                t.progress_of,
                                &[
                                    ("answered", &c.answered.to_string()),
                                    ("total", &c.total.to_string()),
                                ],
                            );
                            view! {
                                <tr>
                                    <th scope="row">{labels::component(t, c.component).0}</th>
                                    <td>{score_text(locale, t, c.score)}</td>
                                    <td>{answered}</td>
                                    <td>{c.dont_know}</td>
                                    <td>{c.target}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                    <tr>
                        <th scope="row">{t.index_row}</th>
                        <td>{score_text(locale, t, r.index)}</td>
                        <td></td>
                        <td></td>
                        <td></td>
                    </tr>
                </tbody>
            </table>
        }
    }
}

/// The gap chart's numbers in priority order.
#[component]
fn PrioritiesTable(
    /// The derived results.
    results: Memo<Results>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        view! {
            <table>
                <caption>{t.gaps_table_caption}</caption>
                {head(&[t.col_component, t.col_gap, t.col_weight, t.col_priority])}
                <tbody>
                    {results
                        .get()
                        .priorities()
                        .iter()
                        .map(|c| {
                            view! {
                                <tr>
                                    <th scope="row">{labels::component(t, c.component).0}</th>
                                    <td>{locale.format_number(c.gap().unwrap_or(0.0), 1)}</td>
                                    <td>{locale.format_number(c.weight, 1)}</td>
                                    <td>{locale.format_number(c.priority().unwrap_or(0.0), 1)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
    }
}

/// Editable weights and targets, as native selects (no invalid value can be
/// entered).
#[component]
fn WeightsAndTargets() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let rows = Component::ALL.map(|c| {
            let name = labels::component(t, c).0;
            let weight = move || ctx.work.with(|w| w.assessment.current.weight(c).get());
            let target = move || ctx.work.with(|w| w.assessment.current.target(c));
            // Options carry an index into WEIGHTS, not the number as text.
            let set_weight = move |ev: leptos::ev::Event| {
                let picked = event_target_value(&ev).parse::<usize>().ok();
                if let Some(w) = picked.and_then(|i| WEIGHTS.get(i)).and_then(|w| Weight::new(*w)) {
                    ctx.work.update(|work| work.assessment.current.set_weight(c, w));
                }
            };
            let set_target = move |ev: leptos::ev::Event| {
                if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                    ctx.work.update(|work| work.assessment.current.set_target(c, v));
                }
            };
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>
                        <select aria-label=fill(t.weight_for, &[("name", name)]) on:change=set_weight>
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
                        <select aria-label=fill(t.target_for, &[("name", name)]) on:change=set_target>
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
                <h2 id="settings-heading">{t.settings_heading}</h2>
                <p>{t.settings_intro}</p>
                <div class="table-scroll">
                    <table>
                        {head(&[t.col_component, t.col_weight, t.col_target])}
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        }
    }
}
