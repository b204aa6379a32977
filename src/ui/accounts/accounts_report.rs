//! The key-account section of the client report: the customer types with
//! their advice, the whale curve with its table and what it says, and
//! Kotler's levels per segment — what the tool shows, without its editing.

use super::charts::whale_svg;
use super::common::{currency, money, percent};
use super::kind_list::KindList;
use super::levels_table::LevelsTable;
use super::whale_table::WhaleTable;
use crate::i18n::fill;
use crate::model::accounts::Whale;
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The key-account strategy as the client reads it.
#[component]
pub fn AccountsReport() -> impl IntoView {
    let ctx = use_ctx();
    let matrix = Memo::new(move |_| ctx.work.with(|w| w.current().accounts.matrix()));
    let whale = Memo::new(move |_| {
        ctx.work.with(|w| {
            let customers = &w.current().accounts.customers;
            Whale::of(customers.iter().map(|c| c.profit()).collect())
        })
    });
    let whale_chart = Signal::derive(move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let cur = currency(ctx);
        whale.with(|w| whale_svg(t, locale, &cur, w))
    });
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let summary = ctx.work.with(|w| w.current().accounts.summary());
        let body = if summary.customers == 0 {
            view! { <p>{t.acc_list_empty()}</p> }.into_any()
        } else {
            let cur = currency(ctx);
            let top = whale.with(|w| match (w.top_fifth_share, w.peak_share) {
                (Some(top), Some(peak_share)) => vec![
                    fill(t.acc_whale_top(), &[("share", &percent(t, locale, top))]),
                    fill(
                        t.acc_whale_peak_text(),
                        &[
                            ("peak", &money(locale, w.peak.1, &cur)),
                            ("share", &percent(t, locale, peak_share)),
                            ("count", &t.acc_count().format(locale, w.peak.0 as u64)),
                        ],
                    ),
                ],
                _ => vec![t.acc_whale_no_total().to_owned()],
            });
            view! {
                <p>{t.acc_count().format(locale, summary.customers as u64)}</p>
                <KindList matrix />
                <ChartFigure svg=whale_chart label=t.acc_whale_title().to_owned()>
                    <WhaleTable whale />
                </ChartFigure>
                {top.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                <LevelsTable matrix />
            }
            .into_any()
        };
        view! {
            <section class="report-section" aria-labelledby="report-accounts-heading">
                <h2 id="report-accounts-heading">{t.acc_title()}</h2>
                {body}
            </section>
        }
    }
}
