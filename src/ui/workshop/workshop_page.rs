//! The consultant's workshop page for the open engagement: its workshops,
//! and the open one's details, join link, collecting and team view (those
//! two come in chunks of their own, `chunks::workshop_collect` and
//! `chunks::workshop_team`).

use super::join_address;
use super::join_link::JoinLink;
use super::new_workshop::NewWorkshop;
use super::respondents::Decoded;
use super::workshop_details::WorkshopDetails;
use super::workshop_list::WorkshopList;
use crate::ui::chunks;
use crate::ui::context::use_ctx;
use crate::ui::lazy_view::LazyView;
use leptos::prelude::*;

/// The list of workshops and the open one, or the form for the first.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let ctx = use_ctx();
    let open = Memo::new(move |_| ctx.work.with(|w| w.current().workshop().map(|ws| ws.id)));
    // Results are decoded once when the codes change, by the first of the
    // two sections below to come, for both; leaving a respondent out only
    // changes a flag, so the team view is recomputed from shared answers
    // and the list of respondents is not rebuilt.
    let decoded = Decoded::new();
    // The page's address is asked of the browser only when the invitation
    // changes, not at every tap in the team view.
    let invitation = Memo::new(move |_| {
        ctx.work
            .with(|w| w.current().workshop().map(|ws| ws.invitation().fragment()))
    });
    let join_link = Memo::new(move |_| {
        invitation.with(|fragment| {
            fragment
                .as_ref()
                .map(|f| format!("{}{f}", join_address()))
                .unwrap_or_default()
        })
    });
    move || {
        let t = ctx.t();
        // The open workshop's views are built again when another is opened,
        // so the scanner and the paste box start clean for it.
        let body = if let Some(id) = open.get() {
            view! {
                <WorkshopList />
                <div class="ws-open" data-workshop=id.to_string()>
                    <WorkshopDetails />
                    <JoinLink link=join_link />
                    // Scanning and pasting results, below the join link:
                    // fetched once the page is shown, so the link and its
                    // QR code wait for none of the camera's code.
                    <LazyView
                        load=move || chunks::workshop_collect(decoded)
                        preload=chunks::preload_workshop_collect
                        texts=chunks::WORKSHOP_COLLECT_TEXTS
                    />
                    // The team view, below the collecting: fetched once the
                    // page is shown, so opening it waits for none of its
                    // charts and tables.
                    <LazyView
                        load=move || chunks::workshop_team(decoded)
                        preload=chunks::preload_workshop_team
                        texts=chunks::WORKSHOP_TEAM_TEXTS
                    />
                    <p class="report-link">
                        <a href=crate::route::Route::Report.href()>{t.report_link()}</a>
                    </p>
                    <p>
                        <a class="button-link" href=crate::route::Route::Present.href()>
                            {t.ws_present()}
                        </a>
                    </p>
                </div>
                <NewWorkshop another=true />
            }
            .into_any()
        } else {
            view! { <NewWorkshop another=false /> }.into_any()
        };
        view! {
            <div class="page workshop">
                <h1>{t.ws_title()}</h1>
                <p class="lead">{t.ws_intro()}</p>
                {body}
            </div>
        }
    }
}
