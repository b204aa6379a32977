//! Presenter mode: the open workshop for a projector, one slide filling
//! the screen with nothing of the app around it, moved by the keys a
//! presentation clicker sends or by the big buttons. The first slide, the
//! join link's QR code with the live count, is drawn here; the team's
//! slides come in a chunk of their own (`team_slides`).

use super::join_address;
use super::respondents::open_respondents;
use crate::i18n::fill;
use crate::route::Route;
use crate::ui::chunks;
use crate::ui::context::use_ctx;
use crate::ui::lazy_view::LazyView;
use crate::ui::qr_figure::QrFigure;
use leptos::prelude::*;

/// The slides, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Slide {
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
pub(super) const SLIDES: [Slide; 5] = [
    Slide::Join,
    Slide::Radar,
    Slide::Heatmap,
    Slide::Spread,
    Slide::Roles,
];

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
    let counted = Memo::new(move |_| respondents.with(|r| r.iter().filter(|r| r.included).count()));
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
    let roles = Signal::derive(move || {
        workshop
            .with(|w| w.as_ref().map(|w| w.1.clone()))
            .unwrap_or_default()
    });
    let full_screen = move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.request_fullscreen();
        }
    };

    // The first slide is drawn here; the others come in their own chunk,
    // fetched at once but shown only from the second slide on (their
    // "loading" or "Try again" too).
    let join_slide = move || {
        (slide.get() == 0).then(|| {
            let t = ctx.t();
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
                                &[("count", &counted.get().to_string())],
                            )}
                        </p>
                    </div>
                </div>
            }
        })
    };
    let at = Signal::from(slide);

    move || {
        let t = ctx.t();
        view! {
            <div class="presenter">
                <div class="present-slide">
                    {join_slide}
                    <div class="present-team" hidden=move || slide.get() == 0>
                        <LazyView
                            load=move || chunks::present_slides(at, respondents, roles)
                            preload=chunks::preload_present_slides
                        />
                    </div>
                </div>
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
