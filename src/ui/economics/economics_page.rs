//! The loyalty-economics view: the client's figures and the switches, the
//! key numbers, then five charts with their tables, and scenarios (those
//! come in a chunk of their own, see `charts_and_scenarios`).

use super::currency_picker::CurrencyPicker;
use super::effect_switches::EffectSwitches;
use super::figure_field::FigureField;
use super::key_numbers::KeyNumbers;
use crate::model::scenario::{Field, Outcome};
use crate::ui::chunks;
use crate::ui::context::use_ctx;
use crate::ui::lazy_view::LazyView;
use leptos::prelude::*;

/// The loyalty economics tool.
#[component]
pub fn EconomicsPage() -> impl IntoView {
    let ctx = use_ctx();
    // Only valid figures are ever stored, so the outcome (and every chart)
    // always shows the last valid state while a field holds bad text.
    let outcome = Memo::new(move |_| {
        ctx.work.with(|w| {
            Outcome::of(
                &w.current().economics.figures,
                w.current().economics.effects,
            )
        })
    });
    let fields = |range: std::ops::Range<usize>| {
        Field::ALL[range]
            .iter()
            .map(|field| view! { <FigureField field=*field /> })
            .collect_view()
    };
    move || {
        let t = ctx.t();
        view! {
            <div class="page economics">
                <h1>{t.econ_title()}</h1>
                <p class="lead">{t.econ_intro()}</p>
                <CurrencyPicker />
                <div class="assessment-layout">
                    <div>
                        <section aria-labelledby="cohort-heading">
                            <h2 id="cohort-heading">{t.econ_cohort_heading()}</h2>
                            <div class="figures">{fields(0..13)}</div>
                        </section>
                        <section aria-labelledby="lines-heading">
                            <h2 id="lines-heading">{t.econ_costs_heading()}</h2>
                            <div class="figures">{fields(13..17)}</div>
                        </section>
                        <EffectSwitches />
                    </div>
                    <aside class="profile-radar">
                        <KeyNumbers outcome />
                    </aside>
                </div>
                // The charts and scenarios, below the figures: fetched once
                // the figures are shown, so opening the tool waits for none
                // of their code. The key numbers beside the figures are
                // here from the start.
                <LazyView
                    load=move || chunks::loyalty_charts(outcome)
                    preload=chunks::preload_loyalty_charts
                    texts=chunks::LOYALTY_CHARTS_TEXTS
                />
                <p class="report-link">
                    <a href=crate::route::Route::Report.href()>{t.report_link()}</a>
                </p>
            </div>
        }
    }
}
