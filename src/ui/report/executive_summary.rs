//! The executive summary, on one page: readiness, cultural fit, the
//! economics of loyalty, and what to do first.

use crate::i18n::fill;
use crate::model::assessment::Tier;
use crate::model::report;
use crate::ui::context::use_ctx;
use crate::ui::economics::{currency, money};
use crate::ui::labels;
use leptos::prelude::*;

/// The summary's figures and the first three steps.
#[component]
pub fn ExecutiveSummary() -> impl IntoView {
    let ctx = use_ctx();
    let summary = Memo::new(move |_| ctx.work.with(|w| report::summary(w.current())));
    let scores = Memo::new(move |_| ctx.work.with(|w| w.current().assessment.current.results()));
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let s = summary.get();
        let amount = |v: f64| money(locale, v, &currency(ctx));
        let readiness = s.index.map_or_else(
            || t.index_none().to_owned(),
            |i| {
                let band = s.band.map(|b| labels::band(t, b)).unwrap_or_default();
                format!("{} · {band}", locale.format_number(i, 0))
            },
        );
        let weakest = s
            .weakest
            .map_or(t.not_assessed(), |c| labels::component(t, c).0);
        let fit = match (s.fit_score, s.verdict) {
            (Some(score), Some(verdict)) => format!(
                "{} · {}",
                locale.format_number(score, 0),
                labels::verdict(t, verdict).0
            ),
            _ => t.report_fit_none().to_owned(),
        };
        let red_flags = if s.red_flags.is_empty() {
            t.report_red_flags_none().to_owned()
        } else {
            s.red_flags
                .iter()
                .map(|g| labels::dimension(t, g.dimension)[0])
                .collect::<Vec<_>>()
                .join("; ")
        };
        let break_even = s.break_even.map_or_else(
            || t.econ_break_even_none().to_owned(),
            |y| fill(t.econ_break_even_year(), &[("year", &y.to_string())]),
        );
        let rows = [
            (t.index_label(), readiness, "readiness"),
            (t.weakest_heading(), weakest.to_owned(), "weakest"),
            (t.fit_score_label(), fit, "fit"),
            (t.report_red_flags(), red_flags, "red-flags"),
            (t.econ_clv(), amount(s.clv), "clv"),
            (t.econ_break_even(), break_even, "break-even"),
            (t.econ_gain(), amount(s.gain), "gain"),
        ];
        let first = if s.first.is_empty() {
            view! { <p>{t.gaps_none()}</p> }.into_any()
        } else {
            let results = scores.get();
            view! {
                <ol class="priorities">
                    {s
                        .first
                        .iter()
                        .map(|c| {
                            let score = results
                                .components
                                .iter()
                                .find(|r| r.component == *c)
                                .and_then(|r| r.score)
                                .unwrap_or(0.0);
                            view! {
                                <li>
                                    <strong>{labels::component(t, *c).0}</strong>
                                    ": "
                                    {labels::recommendation(t, *c, Tier::of(score))}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            }
            .into_any()
        };
        view! {
            <section class="report-section report-summary" aria-labelledby="report-summary-heading">
                <h2 id="report-summary-heading">{t.report_summary_heading()}</h2>
                <dl class="report-figures">
                    {rows
                        .into_iter()
                        .map(|(label, value, class)| {
                            view! {
                                <div class=class>
                                    <dt>{label}</dt>
                                    <dd>{value}</dd>
                                </div>
                            }
                        })
                        .collect_view()}
                </dl>
                <h3>{t.priorities_heading()}</h3>
                {first}
            </section>
        }
    }
}
