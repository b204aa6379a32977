//! Presenter mode: the open workshop for a projector, one slide filling
//! the screen with nothing of the app around it, moved by the keys a
//! presentation clicker sends or by the big buttons. The team's figures
//! are computed once per change of the results and shared by the slides.

use super::heatmap_table::HeatmapTable;
use super::join_address;
use super::respondents::open_respondents;
use super::spread_table::SpreadTable;
use super::team_view::{role_rows, team_radar};
use crate::i18n::fill;
use crate::model::assessment::Item;
use crate::model::components::Component;
use crate::model::team::{by_role, spreads, team_view, Spread};
use crate::route::Route;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use crate::ui::qr_figure::QrFigure;
use leptos::prelude::*;

/// The slides, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slide {
    /// The join link's QR code with the live count of respondents.
    Join,
    /// The team radar: mean inside the range.
    Radar,
    /// The disputed statements, respondent by respondent.
    Heatmap,
    /// How the room answered the disputed statements.
    Spread,
    /// The means per role.
    Roles,
}

/// Every slide, in the order shown.
const SLIDES: [Slide; 5] = [
    Slide::Join,
    Slide::Radar,
    Slide::Heatmap,
    Slide::Spread,
    Slide::Roles,
];

/// How many disputed statements the spread slide shows: what a room reads
/// from the back at 720 lines.
const DISPUTED: usize = 5;

/// The presenter view of the open engagement's open workshop.
#[component]
pub fn Presenter() -> impl IntoView {
    let ctx = use_ctx();
    let slide = RwSignal::new(0usize);
    let step = move |forward: bool| {
        slide.update(|s| {
            *s = if forward {
                (*s + 1).min(SLIDES.len() - 1)
            } else {
                s.saturating_sub(1)
            }
        })
    };
    // Clickers send Page Down and Page Up (some the arrows); the space bar
    // steps on unless a button has focus, where it presses that button.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let on_control = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "BUTTON" | "A" | "INPUT"));
        let forward = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" => true,
            " " if !on_control => true,
            "ArrowLeft" | "ArrowUp" | "PageUp" => false,
            "Home" => {
                ev.prevent_default();
                slide.set(0);
                return;
            }
            "End" => {
                ev.prevent_default();
                slide.set(SLIDES.len() - 1);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        step(forward);
    });
    on_cleanup(move || keys.remove());

    let (respondents, _) = open_respondents(ctx);
    let view_of = Memo::new(move |_| respondents.with(|r| team_view(r)));
    let roles = Memo::new(move |_| respondents.with(|r| by_role(r)));
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
    let workshop = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.current().workshop().map(|ws| {
                (
                    ws.name.clone(),
                    ws.roles.clone(),
                    format!("{}{}", join_address(), ws.invitation().fragment()),
                )
            })
        })
    });
    let link = Signal::derive(move || {
        workshop
            .with(|w| w.as_ref().map(|w| w.2.clone()))
            .unwrap_or_default()
    });
    let full_screen = move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.request_fullscreen();
        }
    };

    let body = move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let n = move |x: f64| locale.format_number(x, 1);
        match SLIDES[slide.get()] {
            Slide::Join => {
                let (name, _, _) = workshop.get().unwrap_or_default();
                let name = if name.is_empty() {
                    t.ws_unnamed().to_owned()
                } else {
                    name
                };
                view! {
                    <h1>{name}</h1>
                    <div class="present-join">
                        <QrFigure text=link label=t.ws_qr_label().to_owned() />
                        <div class="present-join-text">
                            <p>{t.present_join_intro()}</p>
                            <p class="join-link">{move || link.get()}</p>
                            <p class="present-big" aria-live="polite">
                                {move || fill(
                                    t.present_respondents(),
                                    &[("count", &view_of.with(|v| v.respondents).to_string())],
                                )}
                            </p>
                        </div>
                    </div>
                }
                .into_any()
            }
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
                let names = workshop
                    .with(|w| w.as_ref().map(|w| w.1.clone()))
                    .unwrap_or_default();
                let rows = role_rows(t, &names, roles.get(), n);
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
    };
    move || {
        let t = ctx.t();
        view! {
            <div class="presenter">
                <div class="present-slide">{body}</div>
                <nav class="present-nav" aria-label=t.ws_present()>
                    <button
                        type="button"
                        disabled=move || slide.get() == 0
                        on:click=move |_| step(false)
                    >
                        {t.present_prev()}
                    </button>
                    <span class="present-count" aria-live="polite">
                        {move || fill(
                            t.present_slide(),
                            &[("n", &(slide.get() + 1).to_string()), ("total", &SLIDES.len().to_string())],
                        )}
                    </span>
                    <button
                        type="button"
                        class="primary"
                        disabled=move || slide.get() + 1 == SLIDES.len()
                        on:click=move |_| step(true)
                    >
                        {t.present_next()}
                    </button>
                    <button type="button" on:click=full_screen>{t.present_fullscreen()}</button>
                    <a class="button-link secondary" href=Route::Workshop.href()>{t.present_exit()}</a>
                </nav>
            </div>
        }
    }
}
