//! A result link opened on a device (`#/result/<code>`): on the
//! consultant's, who it is from and one tap to add it to the workshop, or
//! why it cannot be added; on the participant's own, their result to show.

use super::app_address;
use crate::i18n::fill;
use crate::model::assessment::Item;
use crate::model::workshop::{result_fragment, Taken};
use crate::model::workspace::ResultPlace;
use crate::route::Route;
use crate::ui::clock::today;
use crate::ui::context::use_ctx;
use crate::ui::copy_field::CopyField;
use crate::ui::engagement_bar::EngagementBar;
use crate::ui::labels;
use crate::ui::qr_figure::QrFigure;
use leptos::prelude::*;

/// The result `code` and what this device can do with it.
#[component]
pub fn ResultPage(
    /// The result code as the link wrote it.
    code: String,
) -> impl IntoView {
    let ctx = use_ctx();
    let participant = {
        let code = code.clone();
        Memo::new(move |_| ctx.work.with(|w| w.is_participant_of(&code)))
    };
    let place = {
        let code = code.clone();
        Memo::new(move |_| ctx.work.with(|w| w.place_result(&code, &today())))
    };
    // The workshop it was added to and the respondent's number, once added.
    // The workshop, the respondent's number, and whether it was an update.
    let added = RwSignal::new(None::<(String, usize, bool)>);
    let add = {
        let code = code.clone();
        move |_| {
            let ResultPlace::Open(accepted) = place.get_untracked() else {
                return;
            };
            let submission = accepted.submission;
            let done = ctx
                .work
                .try_update(|w| {
                    let workshop = w
                        .current_mut()
                        .workshops
                        .iter_mut()
                        .find(|ws| ws.id == submission.workshop)?;
                    let (_, outcome) = workshop.collect_one(&code, &today());
                    outcome.ok().map(|accepted| match accepted.taken {
                        Taken::Added => (workshop.name.clone(), workshop.entries.len(), false),
                        Taken::Updated { number } => (workshop.name.clone(), number, true),
                    })
                })
                .flatten();
            added.set(done);
        }
    };
    let workshop_name = move |id: u32| {
        ctx.work.with(|w| {
            w.current()
                .workshops
                .iter()
                .find(|ws| ws.id == id)
                .map(|ws| ws.name.clone())
                .unwrap_or_default()
        })
    };
    let role_name = move |id: u32, role: u8| {
        ctx.work.with(|w| {
            w.current()
                .workshops
                .iter()
                .find(|ws| ws.id == id)
                .and_then(|ws| ws.role_name(role).map(str::to_owned))
        })
    };
    let short: String = code.chars().take(12).collect();
    move || {
        let t = ctx.t();
        let to_workshop = view! {
            <p>
                <a class="button-link" href=Route::Workshop.href()>
                    {t.result_to_workshop()}
                </a>
            </p>
        };
        if participant.get() {
            let link = format!("{}{}", app_address(), result_fragment(&code));
            return view! {
                <div class="page join">
                    <h1>{t.join_result_heading()}</h1>
                    <p>{t.result_yours()}</p>
                    <QrFigure text=link.clone() label=t.join_qr_label().to_owned() />
                    <CopyField id="result-code" label=t.join_code_label() value=code.clone() />
                    <CopyField id="result-link" label=t.join_link_label() value=link />
                </div>
            }
            .into_any();
        }
        let body = if let Some((name, number, updated)) = added.get() {
            let done = if updated {
                t.result_updated()
            } else {
                t.result_added()
            };
            view! {
                <p class="confirmation" role="status">
                    {fill(done, &[("name", &name), ("number", &number.to_string())])}
                </p>
                {to_workshop}
            }
            .into_any()
        } else {
            match place.get() {
                ResultPlace::Open(accepted) => {
                    let action = match accepted.taken {
                        Taken::Added => t.result_add().to_owned(),
                        Taken::Updated { number } => {
                            fill(t.result_update(), &[("number", &number.to_string())])
                        }
                    };
                    let s = accepted.submission;
                    let role =
                        role_name(s.workshop, s.role).unwrap_or_else(|| t.ws_no_role().to_owned());
                    let from = fill(
                        t.result_from(),
                        &[
                            ("role", &role),
                            ("answered", &s.answers.answered_count().to_string()),
                            ("total", &Item::all().count().to_string()),
                        ],
                    );
                    view! {
                        <p>{fill(t.result_for(), &[("name", &workshop_name(s.workshop))])}</p>
                        <p>{from}</p>
                        <button type="button" class="primary" on:click=add.clone()>
                            {action}
                        </button>
                    }
                    .into_any()
                }
                ResultPlace::Collected(s) => view! {
                    <p role="status">
                        {fill(t.result_collected(), &[("name", &workshop_name(s.workshop))])}
                    </p>
                    {to_workshop}
                }
                .into_any(),
                ResultPlace::Closed(s) => view! {
                    <p role="alert">
                        {fill(t.result_closed(), &[("name", &workshop_name(s.workshop))])}
                    </p>
                    {to_workshop}
                }
                .into_any(),
                ResultPlace::Older(s, number) => view! {
                    <p role="status">
                        {fill(
                            t.result_older(),
                            &[("name", &workshop_name(s.workshop)), ("number", &number.to_string())],
                        )}
                    </p>
                    {to_workshop}
                }
                .into_any(),
                ResultPlace::Damaged(e) => {
                    let why = labels::refusal(t, crate::model::workshop::Refusal::Code(e), &short);
                    view! {
                        <p class="field-error" role="alert">{t.result_damaged()}</p>
                        <p>{why}</p>
                        {to_workshop}
                    }
                    .into_any()
                }
                ResultPlace::Elsewhere(id) => {
                    let client = ctx.work.with(|w| {
                        labels::engagement(
                            t,
                            &w.engagement(&id)
                                .map(|e| e.name.clone())
                                .unwrap_or_default(),
                        )
                    });
                    view! {
                        <p role="alert">{fill(t.result_elsewhere(), &[("client", &client)])}</p>
                        <button
                            type="button"
                            on:click=move |_| ctx.work.update(|w| w.open(&id))
                        >
                            {fill(t.result_open_client(), &[("client", &client)])}
                        </button>
                    }
                    .into_any()
                }
                ResultPlace::Unknown(_) => view! {
                    <p role="alert">{t.result_unknown()}</p>
                    {to_workshop}
                }
                .into_any(),
            }
        };
        view! {
            <EngagementBar />
            <div class="page result">
                <h1>{t.result_title()}</h1>
                {body}
            </div>
        }
        .into_any()
    }
}
