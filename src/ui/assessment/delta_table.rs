//! The comparison of two sides of the assessment (snapshots or the current
//! answers): scores per component and for the index, and their change.

use super::common::score_text;
use super::snapshots_panel::Compared;
use crate::model::assessment::deltas;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// Scores of two sides and their change, per component and for the index.
#[component]
pub fn DeltaTable(
    /// The two sides compared: label and results, earlier first.
    compared: Memo<Compared>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        compared.get().map(|((la, ra), (lb, rb))| {
            let signed = |d: Option<f64>| {
                d.map_or_else(
                    || "—".to_owned(),
                    |d| {
                        let text = locale.format_number(d, 1);
                        if d > 0.05 {
                            format!("+{text}")
                        } else {
                            text
                        }
                    },
                )
            };
            let rows = deltas(&ra, &rb)
                .into_iter()
                .zip(ra.components.iter().zip(&rb.components))
                .map(|((c, d), (a, b))| {
                    view! {
                        <tr>
                            <th scope="row">{labels::component(t, c).0}</th>
                            <td>{score_text(locale, t, a.score)}</td>
                            <td>{score_text(locale, t, b.score)}</td>
                            <td>{signed(d)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let index_change = ra.index.zip(rb.index).map(|(a, b)| b - a);
            view! {
                <table>
                    <caption>{t.delta_table_caption()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_component()}</th>
                            <th scope="col">{la}</th>
                            <th scope="col">{lb}</th>
                            <th scope="col">{t.col_change()}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows}
                        <tr>
                            <th scope="row">{t.index_row()}</th>
                            <td>{score_text(locale, t, ra.index)}</td>
                            <td>{score_text(locale, t, rb.index)}</td>
                            <td>{signed(index_change)}</td>
                        </tr>
                    </tbody>
                </table>
            }
        })
    }
}
