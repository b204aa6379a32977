//! The cultural-fit view: names, both companies on every scale, the result
//! beside them as they answer, then the flags with prompts, the formula and
//! the OCAI profiles (those come in a chunk of their own, see
//! `flags_and_ocai`).

use super::butterfly_table::ButterflyTable;
use super::charts::butterfly_svg;
use super::company_names::CompanyNames;
use super::fit_summary::FitSummary;
use super::scale_item::ScaleItem;
use crate::model::fit::Dimension;
use crate::ui::chart_figure::ChartFigure;
use crate::ui::chunks;
use crate::ui::context::use_ctx;
use crate::ui::lazy_view::LazyView;
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
                // The flags, the formula and the OCAI profiles, below the
                // scales: fetched once the scales are shown, so opening the
                // check waits for none of them.
                <LazyView
                    load=move || chunks::fit_flags_and_ocai(result)
                    preload=chunks::preload_fit_flags_and_ocai
                    texts=chunks::FIT_FLAGS_AND_OCAI_TEXTS
                />
            </div>
        }
    }
}
