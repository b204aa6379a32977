//! The method section: how each number is made, the sources cited, and
//! the claims that are contested, flagged as such.

use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// Scoring and formulas, sources, contested claims.
#[component]
pub fn MethodSection() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let list = |lines: &'static [&'static str]| {
            lines
                .iter()
                .map(|line| view! { <li>{*line}</li> })
                .collect_view()
        };
        view! {
            <section class="report-section" aria-labelledby="report-method-heading">
                <h2 id="report-method-heading">{t.report_method_heading()}</h2>
                <h3>{t.report_scoring_heading()}</h3>
                <ul>
                    {list(t.how_scored())}
                    <li>{t.band_thresholds()}</li>
                    {list(t.fit_formula())}
                    <li>{t.report_clv_formula()}</li>
                </ul>
                <h3>{t.report_sources_heading()}</h3>
                <ul class="report-sources">{list(t.report_sources())}</ul>
                <h3>{t.report_contested_heading()}</h3>
                <ul class="report-contested">
                    <li>
                        <strong class="flag-name">{t.report_contested()}</strong>
                        " "
                        {t.econ_contested()}
                    </li>
                    <li>
                        <strong class="flag-name">{t.report_contested()}</strong>
                        " "
                        {t.report_contested_range()}
                    </li>
                </ul>
            </section>
        }
    }
}
