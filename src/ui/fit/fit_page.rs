//! The cultural-fit view: names, both companies on every scale, the result
//! beside them as they answer, then the flags with prompts, the formula and
//! the OCAI profiles.

use super::butterfly_table::ButterflyTable;
use super::charts::{butterfly_svg, kite_svg, kite_title};
use super::company_names::CompanyNames;
use super::fit_summary::FitSummary;
use super::flag_list::FlagList;
use super::kite_table::KiteTable;
use super::ocai_panel::OcaiPanel;
use super::ocai_summary::OcaiSummary;
use super::scale_item::ScaleItem;
use crate::model::fit::{Dimension, Moment, Profile, ProfileRef, Side};
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The fit checker.
#[component]
pub fn FitPage() -> impl IntoView {
    let ctx = use_ctx();
    let result = Memo::new(move |_| ctx.work.with(|w| w.current().fit.result()));
    let butterfly = Signal::derive(move || {
        let t = ctx.t();
        ctx.work.with(|w| butterfly_svg(t, &w.current().fit))
    });
    // The kite shows names and OCAI splits only: with the scale answers
    // blanked, a tap on a scale leaves this memo, the kite and its table
    // untouched.
    let ocai = Memo::new(move |_| {
        ctx.work.with(|w| {
            let mut check = (*w.current().fit).clone();
            check.supplier.profile = Profile::default();
            check.client.profile = Profile::default();
            check
        })
    });
    let kite = move |side: Side| {
        Signal::derive(move || {
            let t = ctx.t();
            let locale = ctx.locale.get();
            ocai.with(|check| kite_svg(t, locale, check, side))
        })
    };
    move || {
        let t = ctx.t();
        let scales = |gordon: bool| {
            Dimension::ALL
                .into_iter()
                .filter(move |d| d.is_gordon() == gordon)
                .map(|dimension| view! { <ScaleItem dimension /> })
                .collect_view()
        };
        view! {
            <div class="page fit">
                <h1>{t.fit_title()}</h1>
                <p class="lead">{t.fit_intro()}</p>
                <CompanyNames />
                <div class="assessment-layout">
                    <section aria-labelledby="scales-heading">
                        <h2 id="scales-heading">{t.fit_scales_heading()}</h2>
                        <h3>{t.fit_gordon_heading()}</h3>
                        {scales(true)}
                        <h3>{t.fit_meyer_heading()}</h3>
                        {scales(false)}
                    </section>
                    <aside class="profile-radar" aria-labelledby="fit-result-heading">
                        <h2 id="fit-result-heading">{t.fit_result_heading()}</h2>
                        <FitSummary result />
                        <ChartFigure svg=butterfly label=t.butterfly_title().to_owned()>
                            <ButterflyTable result />
                        </ChartFigure>
                    </aside>
                </div>
                <FlagList result />
                <p class="report-link">
                    <a href=crate::route::Route::Report.href()>{t.report_link()}</a>
                </p>
                <section aria-labelledby="fit-formula-heading">
                    <h2 id="fit-formula-heading">{t.fit_formula_heading()}</h2>
                    <ul>{t.fit_formula().iter().map(|line| view! { <li>{*line}</li> }).collect_view()}</ul>
                </section>
                <section aria-labelledby="ocai-heading">
                    <h2 id="ocai-heading">{t.ocai_heading()}</h2>
                    <p>{t.ocai_intro()}</p>
                    {Side::ALL
                        .map(|side| {
                            Moment::ALL
                                .map(|moment| {
                                    view! { <OcaiPanel which=ProfileRef { side, moment } /> }
                                })
                        })}
                    <div class="ocai-kites">
                        {Side::ALL
                            .map(|side| {
                                let label = Signal::derive(move || {
                                    ocai.with(|check| kite_title(ctx.t(), check, side))
                                });
                                view! {
                                    <ChartFigure svg=kite(side) label>
                                        <KiteTable check=ocai side />
                                    </ChartFigure>
                                }
                            })}
                    </div>
                    <OcaiSummary check=ocai />
                </section>
            </div>
        }
    }
}
