//! The radar's table alternative: score, answered items, "don't know"
//! answers and target per component, and the index.

use super::common::score_text;
use crate::i18n::fill;
use crate::model::assessment::Results;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use crate::ui::table_head::head;
use leptos::prelude::*;

/// The radar's numbers: score, answered items and target per component.
#[component]
pub fn ScoresTable(
    /// The derived results.
    results: Memo<Results>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let r = results.get();
        view! {
            <table>
                <caption>{t.radar_table_caption()}</caption>
                {head(&[t.col_component(), t.col_score(), t.col_answered(), t.col_dont_know(), t.col_target()])}
                <tbody>
                    {r
                        .components
                        .iter()
                        .map(|c| {
                            let answered = fill(
                                t.progress_of(),
                                &[
                                    ("answered", &c.answered.to_string()),
                                    ("total", &c.total.to_string()),
                                ],
                            );
                            view! {
                                <tr>
                                    <th scope="row">{labels::component(t, c.component).0}</th>
                                    <td>{score_text(locale, t, c.score)}</td>
                                    <td>{answered}</td>
                                    <td>{c.dont_know}</td>
                                    <td>{c.target}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                    <tr>
                        <th scope="row">{t.index_row()}</th>
                        <td>{score_text(locale, t, r.index)}</td>
                        <td></td>
                        <td></td>
                        <td></td>
                    </tr>
                </tbody>
            </table>
        }
    }
}
