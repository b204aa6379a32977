//! The fit check below its scales and score: the flags with their prompts,
//! the formula, and the OCAI profiles. It comes in a chunk of its own
//! (`chunks::fit_flags_and_ocai`), fetched once the scales are shown.

use super::flag_list::FlagList;
use super::ocai_section::OcaiSection;
use crate::model::fit::FitResult;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The flags of `result`, the formula and the OCAI profiles.
#[component]
pub fn FlagsAndOcai(
    /// The fit of the scales, shared with the score beside them.
    result: Memo<FitResult>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        view! {
            <FlagList result />
            <p class="report-link">
                <a href=crate::route::Route::Report.href()>{t.report_link()}</a>
            </p>
            <section aria-labelledby="fit-formula-heading">
                <h2 id="fit-formula-heading">{t.fit_formula_heading()}</h2>
                <ul>{t.fit_formula().iter().map(|line| view! { <li>{*line}</li> }).collect_view()}</ul>
            </section>
            <OcaiSection />
        }
    }
}
