//! The home page: what Rapport is for, and a link to each tool.

use super::context::use_ctx;
use crate::model::components::Component;
use crate::route::Route;
use leptos::prelude::*;

/// The landing view.
#[component]
pub fn HomePage() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        view! {
            <div class="page home">
                <h1>{t.home_title()}</h1>
                <p class="lead">{t.home_intro()}</p>
                <section aria-labelledby="tools-heading">
                    <h2 id="tools-heading">{t.home_tools_heading()}</h2>
                    <ul class="cards">
                        <li class="card">
                            <a href=Route::Assessment(Component::ALL[0])
                                .href()>{t.home_assessment_link()}</a>
                            <p>{t.home_assessment_desc()}</p>
                        </li>
                        <li class="card">
                            <a href=Route::Fit.href()>{t.home_fit_link()}</a>
                            <p>{t.home_fit_desc()}</p>
                        </li>
                        <li class="card">
                            <a href=Route::Loyalty.href()>{t.home_loyalty_link()}</a>
                            <p>{t.home_loyalty_desc()}</p>
                        </li>
                        <li class="card">
                            <a href=Route::Accounts.href()>{t.home_accounts_link()}</a>
                            <p>{t.home_accounts_desc()}</p>
                        </li>
                        <li class="card">
                            <a href=Route::Workshop.href()>{t.home_workshop_link()}</a>
                            <p>{t.home_workshop_desc()}</p>
                        </li>
                        <li class="card">
                            <a href=Route::Report.href()>{t.home_report_link()}</a>
                            <p>{t.home_report_desc()}</p>
                        </li>
                        <li class="card">
                            <a href=Route::Method.href()>{t.home_method_link()}</a>
                            <p>{t.home_method_desc()}</p>
                        </li>
                    </ul>
                </section>
            </div>
        }
    }
}
