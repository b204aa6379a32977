//! The presenter's team slides: the radar of the team, the disputed
//! statements respondent by respondent, how the room answered them, and
//! the means per role. They come in a chunk of their own
//! (`chunks::present_slides`), fetched while the first slide (the join
//! QR code) shows: a projector opens on that slide, and none of the charts
//! and tables below are needed to show it.

use super::heatmap_table::HeatmapTable;
use super::presenter::{Slide, SLIDES};
use super::spread_table::SpreadTable;
use super::team_view::{role_rows, team_radar};
use crate::model::assessment::Item;
use crate::model::components::Component;
use crate::model::team::{by_role, spreads, team_view, Respondent, Spread};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// How many disputed statements the spread slide shows: what a room reads
/// from the back at 720 lines.
const DISPUTED: usize = 5;

/// The team slide that `slide` (an index into the presenter's slides) is
/// on, or nothing on the join slide. The team's figures are computed once
/// per change of `respondents` and shared by the slides; `roles` are the
/// workshop's role names.
#[component]
pub fn TeamSlides(
    /// The index of the slide shown.
    slide: Signal<usize>,
    /// The open workshop's respondents.
    respondents: Memo<Vec<Respondent>>,
    /// The workshop's role names.
    roles: Signal<Vec<String>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let view_of = Memo::new(move |_| respondents.with(|r| team_view(r)));
    let means = Memo::new(move |_| respondents.with(|r| by_role(r)));
    let disputed = Memo::new(move |_| {
        let items: Vec<Item> = view_of.with(|v| {
            v.disagreement
                .iter()
                .filter(|i| i.levels.is_some_and(|s| s.count > 1))
                .take(DISPUTED)
                .map(|i| i.item)
                .collect()
        });
        let counts = respondents.with(|r| spreads(r, &items));
        items
            .into_iter()
            .zip(counts)
            .collect::<Vec<(Item, Spread)>>()
    });
    let radar = Memo::new(move |_| {
        view_of.with(|v| team_radar(ctx.t(), ctx.locale.get(), v).unwrap_or_default())
    });

    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let n = move |x: f64| locale.format_number(x, 1);
        match SLIDES.get(slide.get()).copied().unwrap_or(Slide::Join) {
            Slide::Join => ().into_any(),
            Slide::Radar => {
                let rows = view_of.with(|v| {
                    v.components
                        .iter()
                        .map(|(c, s)| {
                            let cells = match s {
                                Some(s) => [n(s.mean), format!("{}–{}", n(s.min), n(s.max))],
                                None => [t.not_assessed().to_owned(), t.not_assessed().to_owned()],
                            };
                            view! {
                                <tr>
                                    <th scope="row">{labels::component(t, *c).0}</th>
                                    <td>{cells[0].clone()}</td>
                                    <td>{cells[1].clone()}</td>
                                </tr>
                            }
                        })
                        .collect_view()
                });
                view! {
                    <h1>{t.ws_team_heading()}</h1>
                    <div class="present-radar">
                        <div
                            class="present-chart"
                            role="img"
                            aria-label=t.ws_team_heading()
                            inner_html=move || radar.get()
                        ></div>
                        <table class="present-table">
                            <caption>{t.ws_stats_caption()}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t.col_component()}</th>
                                    <th scope="col">{t.col_mean()}</th>
                                    <th scope="col">{t.col_range()}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
            Slide::Heatmap => view! {
                <h1>{t.present_disputed()}</h1>
                <div class="present-fill">
                    <HeatmapTable respondents view_of />
                </div>
            }
            .into_any(),
            Slide::Spread => view! {
                <h1>{t.present_spread_heading()}</h1>
                <div class="present-fill">
                    <SpreadTable rows=disputed.into() />
                </div>
            }
            .into_any(),
            Slide::Roles => {
                let rows = role_rows(t, &roles.get(), means.get(), n);
                let heads = Component::ALL
                    .map(|c| view! { <th scope="col">{labels::component(t, c).0}</th> })
                    .into_iter()
                    .collect::<Vec<_>>();
                view! {
                    <h1>{t.ws_roles_caption()}</h1>
                    <div class="present-fill">
                        <table class="present-table roles">
                            <caption>{t.ws_roles_caption()}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t.col_role()}</th>
                                    {heads}
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
        }
    }
}
