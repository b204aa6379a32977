//! A participant's questionnaire, opened from the join link.

use super::join_result::JoinResult;
use super::{participant_id, scroll_to_first_unanswered};
use crate::i18n::fill;
use crate::model::assessment::Item;
use crate::model::components::Component;
use crate::model::workshop::{Invitation, Participation};
use crate::storage::take_early_answers;
use crate::ui::assessment::QuestionItem;
use crate::ui::clock::today;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// The questionnaire of the workshop the link names, all statements on one
/// page, then the result.
#[component]
pub fn JoinPage(
    /// The join link's fragment.
    fragment: String,
) -> impl IntoView {
    let ctx = use_ctx();
    let invitation = Invitation::parse(&fragment);
    // A link carrying a closing day that has come takes no new answers; a
    // participant who finished before still sees their result.
    let closed = invitation
        .as_ref()
        .filter(|inv| inv.is_closed(&today()))
        .and_then(|inv| inv.closes.clone());
    // Whether the participant was answering on the prerendered page, whose
    // place the app keeps (see `boot::leave`).
    let mut took_early = false;
    // A new workshop starts afresh; the same one resumes where it was.
    if let Some(inv) = invitation.as_ref().filter(|_| closed.is_none()) {
        let same = ctx.work.with_untracked(|w| {
            w.participation
                .as_ref()
                .is_some_and(|p| p.workshop == inv.workshop)
        });
        if !same {
            ctx.work
                .update(|w| w.participation = Some(Participation::new(inv, participant_id())));
        }
        // What was answered on the prerendered page before this app arrived
        // (join.html) is this participant's, as if answered here.
        if let Some(early) = take_early_answers() {
            ctx.work.update(|w| {
                if let Some(p) = w.participation.as_mut() {
                    early.apply_to(p);
                }
            });
            took_early = true;
        }
    }
    let finished = Memo::new(move |_| {
        ctx.work
            .with(|w| w.participation.as_ref().and_then(|p| p.code.clone()))
    });
    // Finishing with statements unanswered asks first.
    let confirming = RwSignal::new(false);
    let answered_in = |w: &crate::model::workspace::Workspace| {
        w.participation
            .as_ref()
            .map_or(0, |p| p.answers.answered_count())
    };
    let answered = move || ctx.work.with(answered_in);
    let total = Item::all().count();
    let finish = move || {
        confirming.set(false);
        ctx.work.update(|w| {
            if let Some(p) = w.participation.as_mut() {
                p.finish(participant_id());
            }
        });
        window().scroll_to_with_x_and_y(0.0, 0.0);
    };
    // Opened again (a reload, the link once more, answers reopened): back
    // where the participant left off, once the statements are drawn; not at
    // each answer, and not where the participant was already answering on
    // the prerendered page, whose place is kept.
    Effect::new(move |ran: Option<()>| {
        if ran.is_none() && took_early {
            return;
        }
        if finished.get().is_none() && ctx.work.with_untracked(answered_in) > 0 {
            request_animation_frame(scroll_to_first_unanswered);
        }
    });
    move || {
        let t = ctx.t();
        let Some(inv) = invitation.clone() else {
            return view! {
                <div class="page join">
                    <h1>{t.assessment_title()}</h1>
                    <p class="field-error" role="alert">{t.join_bad_link()}</p>
                </div>
            }
            .into_any();
        };
        let ours = ctx.work.with(|w| {
            w.participation
                .as_ref()
                .is_some_and(|p| p.workshop == inv.workshop)
        });
        if let Some(day) = &closed {
            let notice = fill(
                t.join_closed(),
                &[("date", &ctx.locale.get().format_date(day))],
            );
            return match finished.get().filter(|_| ours) {
                Some(code) => view! {
                    <div class="page join">
                        <p class="notice" role="status">{notice}</p>
                    </div>
                    <JoinResult name=inv.name.clone() code />
                }
                .into_any(),
                None => view! {
                    <div class="page join">
                        <h1>{fill(t.join_title(), &[("name", &inv.name)])}</h1>
                        <p class="notice" role="status">{notice}</p>
                    </div>
                }
                .into_any(),
            };
        }
        if let Some(code) = finished.get() {
            return view! { <JoinResult name=inv.name.clone() code /> }.into_any();
        }
        let closes = inv.closes.as_ref().map(|day| {
            view! {
                <p class="hint">
                    {fill(t.join_closes(), &[("date", &ctx.locale.get().format_date(day))])}
                </p>
            }
        });
        let role_picker = (!inv.roles.is_empty()).then(|| {
            let chosen = move || {
                ctx.work
                    .with(|w| w.participation.as_ref().map_or(0, |p| p.role))
            };
            let options = inv
                .roles
                .iter()
                .enumerate()
                .map(|(i, role)| {
                    let value = u8::try_from(i + 1).unwrap_or(0);
                    view! {
                        <option value=value.to_string() prop:selected=move || chosen() == value>
                            {role.clone()}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <div class="field">
                    <label for="join-role">{t.join_role_label()}</label>
                    <select
                        id="join-role"
                        on:change=move |ev| {
                            let role = event_target_value(&ev).parse().unwrap_or(0);
                            ctx.work.update(|w| {
                                if let Some(p) = w.participation.as_mut() {
                                    p.role = role;
                                }
                            });
                        }
                    >
                        <option value="0">{t.option_none()}</option>
                        {options}
                    </select>
                </div>
            }
        });
        let unanswered = move || {
            confirming.get().then(|| {
                let left = total - answered();
                view! {
                    <div class="notice" role="alert">
                        <p>{t.join_unanswered().format(ctx.locale.get(), left as u64)}</p>
                        <div class="notice-actions">
                            <button
                                type="button"
                                on:click=move |_| {
                                    confirming.set(false);
                                    scroll_to_first_unanswered();
                                }
                            >
                                {t.join_go_back()}
                            </button>
                            <button type="button" on:click=move |_| finish()>
                                {t.join_finish_anyway()}
                            </button>
                        </div>
                    </div>
                }
            })
        };
        view! {
            <div class="page join">
                <h1>{fill(t.join_title(), &[("name", &inv.name)])}</h1>
                <p class="lead">{t.join_intro()}</p>
                {closes}
                {role_picker}
                // Stays in sight while scrolling (see `.join-progress`).
                <div class="join-progress">
                    <p id="join-progress-text">
                        {move || {
                            fill(
                                t.progress_overall(),
                                &[("answered", &answered().to_string()), ("total", &total.to_string())],
                            )
                        }}
                    </p>
                    <progress
                        max=total.to_string()
                        prop:value=move || answered() as f64
                        aria-labelledby="join-progress-text"
                    ></progress>
                </div>
                {Component::ALL
                    .into_iter()
                    .map(|c| {
                        view! {
                            <section class="component-questions">
                                <h2>{labels::component(t, c).0}</h2>
                                {Item::of(c)
                                    .map(|item| view! { <QuestionItem item participant=true /> })
                                    .collect_view()}
                            </section>
                        }
                    })
                    .collect_view()}
                {unanswered}
                <button
                    type="button"
                    class="primary"
                    on:click=move |_| {
                        if answered() < total && !confirming.get_untracked() {
                            confirming.set(true);
                            return;
                        }
                        finish();
                    }
                >
                    {t.join_finish()}
                </button>
            </div>
        }
        .into_any()
    }
}
