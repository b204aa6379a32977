//! The disagreement heatmap: each counted respondent's answer to the
//! statements the team disagrees on most, as a table whose cells are
//! coloured by level, so the split shows at a glance and reads as text.

use crate::i18n::fill;
use crate::model::assessment::Answer;
use crate::model::team::{Respondent, TeamView};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// How many statements the heatmap shows, most disputed first.
const ROWS: usize = 10;

/// Statements × respondents.
#[component]
pub fn HeatmapTable(
    /// Everyone collected (the excluded ones are left out here).
    respondents: Memo<Vec<Respondent>>,
    /// The team's view, for the order of the statements.
    view_of: Memo<TeamView>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let counted: Vec<(usize, Respondent)> = respondents
            .get()
            .into_iter()
            .enumerate()
            .filter(|(_, r)| r.included)
            .collect();
        let heads = counted
            .iter()
            .map(|(i, _)| {
                view! {
                    <th scope="col">
                        {fill(t.ws_respondent_short, &[("number", &(i + 1).to_string())])}
                    </th>
                }
            })
            .collect_view();
        let rows = view_of.with(|v| {
            v.disagreement
                .iter()
                .filter(|i| i.levels.is_some_and(|s| s.count > 1))
                .take(ROWS)
                .map(|i| {
                    let (texts, _, _) = labels::questions(t, i.item.component);
                    let text = texts.get(i.item.index).copied().unwrap_or_default();
                    let cells = counted
                        .iter()
                        .map(|(_, r)| {
                            let (shown, class) = match r.answers.answer(i.item) {
                                Some(Answer::Level(l)) => {
                                    (l.get().to_string(), format!("heat lvl-{}", l.get()))
                                }
                                Some(Answer::DontKnow) => ("?".to_owned(), "heat dk".to_owned()),
                                None => ("–".to_owned(), "heat none".to_owned()),
                            };
                            view! { <td class=class>{shown}</td> }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">{text}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        });
        view! {
            <div class="table-scroll">
                <table class="heatmap">
                    <caption>{t.ws_heatmap_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_statement}</th>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    }
}
