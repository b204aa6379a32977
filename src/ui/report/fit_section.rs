//! The cultural-fit section: score and verdict, the butterfly chart, the
//! flags with their conversation prompts, and the OCAI kite.

use crate::i18n::fill;
use crate::model::fit::Side;
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use crate::ui::fit::{
    between_parties, butterfly_svg, kite_svg, kite_title, ButterflyTable, FlagList, KiteTable,
    OcaiSummary,
};
use crate::ui::labels;
use leptos::prelude::*;

/// The fit check as the client reads it.
#[component]
pub fn FitSection() -> impl IntoView {
    let ctx = use_ctx();
    let check = Memo::new(move |_| ctx.work.with(|w| (*w.current().fit).clone()));
    let result = Memo::new(move |_| check.with(|c| c.result()));
    let butterfly = Signal::derive(move || check.with(|c| butterfly_svg(ctx.t(), c)));
    let kite = move |side| {
        Signal::derive(move || check.with(|c| kite_svg(ctx.t(), ctx.locale.get(), c, side)))
    };
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let r = result.get();
        let verdict = match (r.score, r.verdict) {
            (Some(score), Some(verdict)) => {
                let (name, note) = labels::verdict(t, verdict);
                view! {
                    <p class="report-verdict">
                        <strong>
                            {fill(
                                t.report_fit_score(),
                                &[("score", &locale.format_number(score, 0)), ("verdict", name)],
                            )}
                        </strong>
                        " "
                        {note}
                    </p>
                }
                .into_any()
            }
            _ => view! { <p>{t.report_fit_none()}</p> }.into_any(),
        };
        let compared = check.with(|c| {
            let scales = fill(
                t.fit_compared_scales(),
                &[
                    (
                        "supplier",
                        &labels::party(t, Side::Supplier, &c.supplier.name),
                    ),
                    ("client", &labels::party(t, Side::Client, &c.client.name)),
                ],
            );
            let ocai = between_parties(t, c)
                .map(|pairs| fill(t.fit_compared_ocai(), &[("comparison", &pairs)]));
            (scales, ocai)
        });
        view! {
            <section class="report-section" aria-labelledby="report-fit-heading">
                <h2 id="report-fit-heading">{t.fit_title()}</h2>
                {verdict}
                <p>{compared.0}</p>
                {compared.1.map(|line| view! { <p>{line}</p> })}
                <ChartFigure svg=butterfly label=t.butterfly_title().to_owned()>
                    <ButterflyTable result />
                </ChartFigure>
                <FlagList result />
                <h3>{t.ocai_heading()}</h3>
                {Side::ALL
                    .map(|side| {
                        let label = check.with(|c| kite_title(t, c, side));
                        view! {
                            <ChartFigure svg=kite(side) label>
                                <KiteTable check side />
                            </ChartFigure>
                        }
                    })}
                <OcaiSummary check />
            </section>
        }
    }
}
