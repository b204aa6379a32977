//! The workshop section: the team's view of the open engagement's open
//! workshop, named when there are several (respondents, radar with range,
//! most disputed statements, means per role), as on the workshop page.

use crate::model::report;
use crate::ui::context::use_ctx;
use crate::ui::workshop::TeamView;
use leptos::prelude::*;

/// The team's results, or a note that there is no workshop.
#[component]
pub fn WorkshopSection() -> impl IntoView {
    let ctx = use_ctx();
    let respondents = Memo::new(move |_| {
        ctx.work.with(|w| {
            w.current()
                .workshop()
                .map(report::respondents)
                .unwrap_or_default()
        })
    });
    // With several workshops, the section names the one it shows (chosen
    // in the report's choices, or the one open on the workshop page).
    let named = Memo::new(move |_| {
        ctx.work.with(|w| {
            let e = w.current();
            (e.workshops.len() > 1)
                .then(|| e.workshop().map(|ws| ws.name.clone()))
                .flatten()
        })
    });
    move || {
        let t = ctx.t();
        view! {
            <section class="report-section" aria-labelledby="report-workshop-heading">
                <h2 id="report-workshop-heading">{t.ws_title()}</h2>
                {move || named.get().map(|name| view! {
                    <p class="lead">{crate::i18n::fill(t.report_workshop_shown(), &[("name", &name)])}</p>
                })}
                <TeamView respondents />
            </section>
        }
    }
}
