//! Presenter mode: the team's view for a projector, one slide at a time in
//! large type, moved by the arrow keys or the big buttons (or a tap).

use super::team_view::team_radar;
use crate::i18n::fill;
use crate::model::team::team_view;
use crate::route::Route;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// How many slides there are: the count, the radar, the disputes.
const SLIDES: usize = 3;

/// The presenter view of the open engagement's workshop.
#[component]
pub fn Presenter() -> impl IntoView {
    let ctx = use_ctx();
    let slide = RwSignal::new(0usize);
    let step = move |forward: bool| {
        slide.update(|s| {
            *s = if forward {
                (*s + 1).min(SLIDES - 1)
            } else {
                s.saturating_sub(1)
            }
        })
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| match ev.key().as_str() {
        "ArrowRight" | "PageDown" | " " => step(true),
        "ArrowLeft" | "PageUp" => step(false),
        _ => {}
    });
    on_cleanup(move || keys.remove());
    let view_of = Memo::new(move |_| {
        ctx.work.with(|w| {
            let people = w
                .current()
                .workshops
                .first()
                .map(|ws| ws.respondents())
                .unwrap_or_default();
            team_view(&people)
        })
    });
    let name = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.current()
                .workshops
                .first()
                .map(|ws| ws.name.clone())
                .unwrap_or_default()
        })
    });
    let full_screen = move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.request_fullscreen();
        }
    };
    move || {
        let t = ctx.t();
        let v = view_of.get();
        let body = match slide.get() {
            0 => view! {
                <h1>{name.get()}</h1>
                <p class="present-big">
                    {fill(t.present_respondents, &[("count", &v.respondents.to_string())])}
                </p>
            }
            .into_any(),
            1 => {
                let svg = team_radar(t, ctx.locale.get(), &v).unwrap_or_default();
                view! {
                    <h1>{t.ws_team_heading}</h1>
                    <div class="present-chart" role="img" aria-label=t.ws_team_heading inner_html=svg></div>
                }
                .into_any()
            }
            _ => {
                let items = v
                    .disagreement
                    .iter()
                    .filter(|i| i.levels.is_some_and(|s| s.count > 1))
                    .take(5)
                    .map(|i| {
                        let (texts, _, _) = labels::questions(t, i.item.component);
                        view! { <li>{texts.get(i.item.index).copied().unwrap_or_default()}</li> }
                    })
                    .collect_view();
                view! {
                    <h1>{t.present_disputed}</h1>
                    <ol class="present-list">{items}</ol>
                }
                .into_any()
            }
        };
        view! {
            <div class="page presenter">
                <div class="present-slide">{body}</div>
                <nav class="present-nav" aria-label=t.ws_present>
                    <button type="button" on:click=move |_| step(false)>{t.present_prev}</button>
                    <span aria-live="polite">
                        {fill(
                            t.present_slide,
                            &[("n", &(slide.get() + 1).to_string()), ("total", &SLIDES.to_string())],
                        )}
                    </span>
                    <button type="button" on:click=move |_| step(true)>{t.present_next}</button>
                    <button type="button" on:click=full_screen>{t.present_fullscreen}</button>
                    <a class="button-link secondary" href=Route::Workshop.href()>{t.present_exit}</a>
                </nav>
            </div>
        }
    }
}
