//! The team's view of the workshop: counts, statistics per component with
//! a radar of the mean inside the team's range, where the team disagrees
//! most, and the means per role.

use super::heatmap_table::HeatmapTable;
use crate::chart::{self, radar};
use crate::i18n::fill;
use crate::model::components::Component;
use crate::model::team::{by_role, team_view};
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::{use_ctx, OfferExports};
use crate::ui::labels;
use crate::ui::table_box::TableBox;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// The radar of the team: its mean filled, inside the highest (outline)
/// and lowest (faint) scores per component.
fn team_chart(
    t: &'static crate::i18n::Strings,
    locale: crate::i18n::Locale,
    v: &crate::model::team::TeamView,
) -> radar::RadarChart {
    let series = |label: &str, pick: fn(&crate::model::team::Stats) -> f64, look| radar::Series {
        label: label.to_owned(),
        values: v
            .components
            .iter()
            .map(|(_, s)| s.as_ref().map(pick))
            .collect(),
        look,
    };
    radar::RadarChart {
        title: t.ws_team_heading().to_owned(),
        axes: Component::ALL
            .map(|c| labels::component(t, c).0.to_owned())
            .to_vec(),
        series: vec![
            series(t.col_range(), |s| s.max, radar::Look::Outline),
            series(t.col_range(), |s| s.min, radar::Look::Faint),
            series(t.col_mean(), |s| s.mean, radar::Look::Filled),
        ],
        locale,
        scale: 100.0,
    }
}

/// The size of the team's radar, in pixels.
const RADAR: (u32, u32) = (640, 520);

/// The team's radar as one picture.
pub(super) fn team_radar(
    t: &'static crate::i18n::Strings,
    locale: crate::i18n::Locale,
    v: &crate::model::team::TeamView,
) -> Result<String, crate::chart::ChartError> {
    let data = team_chart(t, locale, v);
    chart::to_svg(RADAR.0, RADAR.1, |area| radar::draw(area, &data))
}

/// One row per role: its name from `names` (role 1 is the first; 0 has
/// none) and its mean per component written by `n`, "—" where nobody
/// scored it. Shared by the team view and the presenter's slide.
pub(super) fn role_rows(
    t: &'static crate::i18n::Strings,
    names: &[String],
    roles: Vec<crate::model::team::RoleMeans>,
    n: impl Fn(f64) -> String + Copy + 'static,
) -> impl IntoView {
    roles
        .into_iter()
        .map(|(role, means)| {
            let name = usize::from(role)
                .checked_sub(1)
                .and_then(|k| names.get(k).cloned())
                .unwrap_or_else(|| t.ws_no_role().to_owned());
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    {means
                        .into_iter()
                        .map(|(_, m)| view! { <td>{m.map_or_else(|| "—".to_owned(), n)}</td> })
                        .collect_view()}
                </tr>
            }
        })
        .collect_view()
}

/// How many of the most disputed statements are listed.
const DISPUTED: usize = 10;

/// The aggregates of the respondents counted.
#[component]
pub fn TeamView(
    /// Everyone collected, with whether they are counted.
    respondents: Memo<Vec<crate::model::team::Respondent>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let view_of = Memo::new(move |_| respondents.with(|r| team_view(r)));
    // Leaving a respondent out moves only the radar's polygons: its frame
    // (rings, names, legend) is drawn once per language, the polygons over
    // it, so the browser reads a few paths again rather than the whole
    // chart with its texts.
    // In the report, which offers the chart as a file, it is drawn whole.
    let whole = use_context::<OfferExports>().is_some();
    let radar_frame = Memo::new(move |_| {
        let (t, locale) = (ctx.t(), ctx.locale.get());
        if whole {
            return view_of.with(|v| team_radar(t, locale, v));
        }
        // The frame does not depend on the figures.
        view_of.with_untracked(|v| {
            let data = team_chart(t, locale, v);
            chart::to_svg(RADAR.0, RADAR.1, |area| radar::draw_frame(area, &data))
        })
    });
    let radar_series = (!whole).then(|| {
        Memo::new(move |_| {
            let (t, locale) = (ctx.t(), ctx.locale.get());
            view_of.with(|v| {
                let data = team_chart(t, locale, v);
                chart::to_svg(RADAR.0, RADAR.1, |area| radar::draw_series(area, &data))
                    .unwrap_or_default()
            })
        })
    });
    let empty = Memo::new(move |_| view_of.with(|v| v.respondents == 0));
    let roles = Memo::new(move |_| respondents.with(|r| by_role(r)));
    // The section is built once per language; leaving a respondent out
    // then only rewrites the figures inside it, in place.
    move || {
        let t = ctx.t();
        if empty.get() {
            return view! {
                <section aria-labelledby="team-heading">
                    <h2 id="team-heading">{t.ws_team_heading()}</h2>
                    <p>{t.ws_none_yet()}</p>
                </section>
            }
            .into_any();
        }
        let n = move |x: f64| ctx.locale.get().format_number(x, 1);
        let counts = move || {
            view_of.with(|v| {
                fill(
                    t.ws_counts(),
                    &[
                        ("respondents", &v.respondents.to_string()),
                        ("dont_know", &v.dont_know.to_string()),
                    ],
                )
            })
        };
        let stats = move || {
            view_of.with(|v| {
                v.components
                    .iter()
                    .map(|(c, s)| {
                        let cells = match s {
                            Some(s) => [
                                n(s.mean),
                                n(s.median),
                                format!("{}–{}", n(s.min), n(s.max)),
                                n(s.spread),
                            ],
                            None => std::array::from_fn(|_| t.not_assessed().to_owned()),
                        };
                        view! {
                            <tr>
                                <th scope="row">{labels::component(t, *c).0}</th>
                                {cells.map(|c| view! { <td>{c}</td> }).into_iter().collect::<Vec<_>>()}
                            </tr>
                        }
                    })
                    .collect_view()
            })
        };
        let disputed = move || {
            view_of.with(|v| {
                v.disagreement
                    .iter()
                    .filter(|i| i.levels.is_some_and(|s| s.count > 1))
                    .take(DISPUTED)
                    .map(|i| {
                        let (texts, _, _) = labels::questions(t, i.item.component);
                        let text = texts.get(i.item.index).copied().unwrap_or_default();
                        let s = i.levels.unwrap_or(crate::model::team::Stats {
                            count: 0,
                            mean: 0.0,
                            median: 0.0,
                            min: 0.0,
                            max: 0.0,
                            spread: 0.0,
                        });
                        view! {
                            <tr>
                                <th scope="row">{text}</th>
                                <td>{n(s.mean)}</td>
                                <td>{format!("{}–{}", n(s.min), n(s.max))}</td>
                                <td>{n(s.spread)}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        };
        let role_rows = move || {
            let role_names = ctx.work.with(|w| {
                w.current()
                    .workshop()
                    .map(|ws| ws.roles.clone())
                    .unwrap_or_default()
            });
            role_rows(t, &role_names, roles.get(), n)
        };
        let mut role_head = vec![t.col_role()];
        role_head.extend(Component::ALL.map(|c| labels::component(t, c).0));
        view! {
            <section aria-labelledby="team-heading">
                <h2 id="team-heading">{t.ws_team_heading()}</h2>
                <p class="ws-counts">{counts}</p>
                <div class="chart-layers">
                    <ChartFigure svg=radar_frame label=t.ws_team_heading().to_owned()>
                        <table>
                            <caption>{t.ws_stats_caption()}</caption>
                            {head(&[t.col_component(), t.col_mean(), t.col_median(), t.col_range(), t.col_spread()])}
                            <tbody>{stats}</tbody>
                        </table>
                    </ChartFigure>
                    // The polygons, laid over the figure's picture by the
                    // stylesheet; the picture already stands for both to
                    // assistive technology.
                    {radar_series.map(|series| view! {
                        <div class="chart-overlay" aria-hidden="true" inner_html=move || series.get()></div>
                    })}
                </div>
                <h3>{t.ws_disagreement_heading()}</h3>
                <TableBox label=t.ws_disagreement_caption()>
                    <table>
                        <caption>{t.ws_disagreement_caption()}</caption>
                        {head(&[t.col_statement(), t.col_mean(), t.col_range(), t.col_spread()])}
                        <tbody>{disputed}</tbody>
                    </table>
                </TableBox>
                <HeatmapTable respondents view_of />
                <TableBox label=t.ws_roles_caption()>
                    <table>
                        <caption>{t.ws_roles_caption()}</caption>
                        {head(&role_head)}
                        <tbody>{role_rows}</tbody>
                    </table>
                </TableBox>
            </section>
        }
        .into_any()
    }
}
