//! The consultant's workshop page for the open engagement.

use super::app_address;
use super::collect_panel::CollectPanel;
use super::scanner::Scanner;
use super::team_view::TeamView;
use crate::model::code::decode;
use crate::model::team::{Respondent, Sheet};
use crate::model::workshop::{Workshop, MAX_ROLES};
use crate::ui::context::use_ctx;
use crate::ui::qr_figure::QrFigure;
use crate::ui::text_field::TextField;
use leptos::prelude::*;
use std::sync::Arc;

/// A workshop id no one will guess or collide with by chance.
fn new_id() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Creates the workshop, then shows its join link, the collecting and the
/// team's view.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let ctx = use_ctx();
    let name = RwSignal::new(String::new());
    let roles = RwSignal::new(String::new());
    let exists = Memo::new(move |_| ctx.work.with(|w| !w.current().workshops.is_empty()));
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let roles: Vec<String> = roles
            .get_untracked()
            .split(',')
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .take(MAX_ROLES)
            .map(str::to_owned)
            .collect();
        let workshop = Workshop {
            id: new_id(),
            name: name.get_untracked().trim().to_owned(),
            roles,
            entries: Vec::new(),
        };
        ctx.work
            .update(|w| w.current_mut().workshops.push(workshop));
    };
    // Results are decoded once when the codes change; leaving a respondent
    // out only changes a flag, so the team view is recomputed from shared
    // answers and the list of respondents is not rebuilt.
    let codes = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.current()
                .workshops
                .first()
                .map(|ws| {
                    (
                        ws.id,
                        ws.entries
                            .iter()
                            .map(|e| e.code.clone())
                            .collect::<Vec<_>>(),
                    )
                })
                .unwrap_or_default()
        })
    });
    let decoded = Memo::new(move |_| {
        codes.with(|(id, list)| {
            list.iter()
                .map(|c| {
                    decode(c, *id)
                        .ok()
                        .map(|s| (s.role, Arc::<Sheet>::from(s.answers)))
                })
                .collect::<Vec<_>>()
        })
    });
    let flags = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.current()
                .workshops
                .first()
                .map(|ws| ws.entries.iter().map(|e| !e.excluded).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let respondents = Memo::new(move |_| {
        decoded.with(|d| {
            flags.with(|f| {
                d.iter()
                    .zip(f)
                    .filter_map(|(s, included)| {
                        s.as_ref().map(|(role, answers)| Respondent {
                            role: *role,
                            answers: answers.clone(),
                            included: *included,
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // A memo, so that leaving a respondent out (which changes the
    // engagement) does not encode the join link's QR code again.
    let join_link = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.current()
                .workshops
                .first()
                .map(|ws| format!("{}{}", app_address(), ws.invitation().fragment()))
                .unwrap_or_default()
        })
    });
    move || {
        let t = ctx.t();
        let body = if exists.get() {
            view! {
                <section aria-labelledby="join-heading">
                    <h2 id="join-heading">{t.ws_join_heading}</h2>
                    <p>{t.ws_join_intro}</p>
                    <div class="field">
                        <label for="join-link">{t.ws_join_heading}</label>
                        <input id="join-link" type="text" readonly prop:value=join_link />
                    </div>
                    <QrFigure text=join_link label=t.ws_qr_label.to_owned() />
                </section>
                <Scanner />
                <CollectPanel respondents flags />
                <TeamView respondents />
                <p class="report-link">
                    <a href=crate::route::Route::Report.href()>{t.report_link}</a>
                </p>
                <p>
                    <a class="button-link" href=crate::route::Route::Present.href()>
                        {t.ws_present}
                    </a>
                </p>
            }
            .into_any()
        } else {
            view! {
                <form class="snapshot-form" on:submit=create>
                    <TextField id="ws-name" label=t.ws_name_label value=name />
                    <TextField id="ws-roles" label=t.ws_roles_label value=roles max=300 />
                    <button type="submit">{t.ws_create}</button>
                </form>
            }
            .into_any()
        };
        view! {
            <div class="page workshop">
                <h1>{t.ws_title}</h1>
                <p class="lead">{t.ws_intro}</p>
                {body}
            </div>
        }
    }
}
