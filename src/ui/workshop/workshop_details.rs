//! The open workshop's name, roles and whether it takes results, with the
//! day it closes (which its join link then carries).

use crate::i18n::fill;
use crate::model::workshop::{closed_on, is_date};
use crate::ui::clock::today;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The open workshop's heading and settings.
#[component]
pub fn WorkshopDetails() -> impl IntoView {
    let ctx = use_ctx();
    let details = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.current()
                .workshop()
                .map(|ws| (ws.id, ws.name.clone(), ws.roles.clone(), ws.closes.clone()))
        })
    });
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let (id, name, roles, closes) = details.get()?;
        let name = if name.is_empty() {
            t.ws_unnamed().to_owned()
        } else {
            name
        };
        let roles = if roles.is_empty() {
            t.ws_roles_none().to_owned()
        } else {
            fill(t.ws_roles_list(), &[("roles", &roles.join(", "))])
        };
        let status = match &closes {
            Some(day) if closed_on(Some(day), &today()) => {
                fill(t.ws_closed_notice(), &[("date", &locale.format_date(day))])
            }
            Some(day) => fill(t.ws_closes_on(), &[("date", &locale.format_date(day))]),
            None => t.ws_taking_results().to_owned(),
        };
        let set_day = move |ev: leptos::ev::Event| {
            let day = event_target_value(&ev);
            ctx.work.update(|w| {
                let day = Some(day.as_str()).filter(|d| is_date(d));
                w.current_mut().set_workshop_closes(id, day);
            });
        };
        Some(view! {
            <section class="ws-details" aria-labelledby="ws-open-heading">
                <h2 id="ws-open-heading">{name}</h2>
                <p class="ws-roles">{roles}</p>
                <p class="ws-status" role="status">{status}</p>
                <div class="field">
                    <label for="ws-closes">{t.ws_closes_label()}</label>
                    <input
                        id="ws-closes"
                        type="date"
                        prop:value=closes.clone().unwrap_or_default()
                        on:change=set_day
                    />
                    <p class="hint">{t.ws_closes_hint()}</p>
                </div>
            </section>
        })
    }
}
