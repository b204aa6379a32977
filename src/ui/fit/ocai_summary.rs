//! The OCAI comparisons in words: which profiles are compared, and on
//! which culture types they differ by 10 points or more (Cameron and
//! Quinn's rule of thumb).

use super::ocai_text::comparison;
use crate::model::fit::FitCheck;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// Each comparison the profiles allow, flagged types first in words.
#[component]
pub fn OcaiSummary(
    /// The check (only names and OCAI profiles are read).
    check: Memo<FitCheck>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        check.with(|fit| {
            let comparisons = fit.ocai_comparisons();
            let body = if comparisons.is_empty() {
                view! { <p>{t.ocai_nothing_compared()}</p> }.into_any()
            } else {
                view! {
                    <ul class="ocai-comparisons">
                        {comparisons
                            .iter()
                            .map(|c| {
                                let class = if c.flags().is_empty() { "" } else { "ocai-flagged" };
                                view! { <li class=class>{comparison(t, locale, fit, c)}</li> }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            };
            view! {
                <section class="ocai-summary" aria-labelledby="ocai-compared-heading">
                    <h3 id="ocai-compared-heading">{t.ocai_compared_heading()}</h3>
                    {body}
                    <p class="hint">{t.ocai_rule()}</p>
                </section>
            }
        })
    }
}
