//! The butterfly chart's table alternative: both answers, the gap and the
//! flag per scale.

use crate::model::fit::{Dimension, FitResult, Side};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// Answers, gaps and flags per scale.
#[component]
pub fn ButterflyTable(
    /// The derived result.
    result: Memo<FitResult>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let r = result.get();
        ctx.work.with(|w| {
            let name = |side: Side| labels::party(t, side, &w.current().fit.party(side).name);
            let answer = |side: Side, d: Dimension| {
                w.current()
                    .fit
                    .party(side)
                    .profile
                    .get(d)
                    .map_or_else(|| "—".to_owned(), |v| v.to_string())
            };
            let rows = Dimension::ALL
                .into_iter()
                .map(|d| {
                    let gap = r.gaps.iter().find(|g| g.dimension == d);
                    view! {
                        <tr>
                            <th scope="row">{labels::dimension(t, d)[0]}</th>
                            <td>{answer(Side::Supplier, d)}</td>
                            <td>{answer(Side::Client, d)}</td>
                            <td>{gap.map_or_else(|| "—".to_owned(), |g| g.size.to_string())}</td>
                            <td>{gap.and_then(|g| g.flag).map(|f| labels::flag(t, f))}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table>
                    <caption>{t.butterfly_table_caption()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_dimension()}</th>
                            <th scope="col">{name(Side::Supplier)}</th>
                            <th scope="col">{name(Side::Client)}</th>
                            <th scope="col">{t.col_gap()}</th>
                            <th scope="col">{t.col_flag()}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    }
}
