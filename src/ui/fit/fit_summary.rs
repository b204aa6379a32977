//! The fit at a glance: the score, the verdict and what it means, how
//! many scales both companies have answered, and which profiles it
//! compares (the scales, and the OCAI profiles between the parties).

use super::ocai_text::between_parties;
use crate::i18n::fill;
use crate::model::fit::{Dimension, FitResult, Side, Verdict};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// The score and verdict, announced politely to screen readers as they
/// change.
#[component]
pub fn FitSummary(
    /// The derived result.
    result: Memo<FitResult>,
) -> impl IntoView {
    let ctx = use_ctx();
    let compared = Memo::new(move |_| {
        let t = ctx.t();
        ctx.work.with(|w| {
            let fit = &w.current().fit;
            let scales = fill(
                t.fit_compared_scales(),
                &[
                    (
                        "supplier",
                        &labels::party(t, Side::Supplier, &fit.supplier.name),
                    ),
                    ("client", &labels::party(t, Side::Client, &fit.client.name)),
                ],
            );
            let ocai = between_parties(t, fit)
                .map(|pairs| fill(t.fit_compared_ocai(), &[("comparison", &pairs)]));
            (scales, ocai)
        })
    });
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let r = result.get();
        let (scales, ocai) = compared.get();
        let answered = fill(
            t.fit_answered(),
            &[
                ("count", &r.gaps.len().to_string()),
                ("total", &Dimension::ALL.len().to_string()),
            ],
        );
        let body = match (r.score, r.verdict) {
            (Some(score), Some(verdict)) => {
                let (name, note) = labels::verdict(t, verdict);
                let class = match verdict {
                    Verdict::Go => "verdict go",
                    Verdict::ProceedWithCare => "verdict care",
                    Verdict::ResolveBeforeInvesting => "verdict resolve",
                };
                view! {
                    <p class="index">
                        <span class="index-value">{locale.format_number(score, 0)}</span>
                        <span class="index-band">"/ 100"</span>
                    </p>
                    <p class=class>
                        <span class="verdict-label">{t.verdict_label()} ": "</span>
                        <strong>{name}</strong>
                    </p>
                    <p class="verdict-note">{note}</p>
                }
                .into_any()
            }
            _ => view! { <p class="index-none">{t.fit_none()}</p> }.into_any(),
        };
        view! {
            <section class="summary" aria-labelledby="fit-score-heading" aria-live="polite">
                <h2 id="fit-score-heading" class="index-label">{t.fit_score_label()}</h2>
                {body}
                <p class="band-note">{answered}</p>
                <p class="band-note fit-compared">{scales}</p>
                {ocai.map(|line| view! { <p class="band-note fit-compared">{line}</p> })}
            </section>
        }
    }
}
