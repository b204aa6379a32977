//! The disagreement heatmap: each counted respondent's answer to the
//! statements the team disagrees on most, as a table whose cells are
//! coloured by level, so the split shows at a glance and reads as text.

use crate::i18n::fill;
use crate::model::assessment::Answer;
use crate::model::team::{self, Respondent, TeamView};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use crate::ui::table_box::TableBox;
use leptos::prelude::*;

/// How many statements the heatmap shows, most disputed first.
const ROWS: usize = 10;

/// Up to this many counted respondents, a column each; beyond, a column
/// per role with the role's mean, which a room can still read.
const BY_RESPONDENT: usize = 30;

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
        let locale = ctx.locale.get();
        // Read in place: the list (230 entries in the bench's workshop) is
        // not copied on each change.
        let all = respondents.read();
        let counted: Vec<(usize, &Respondent)> =
            all.iter().enumerate().filter(|(_, r)| r.included).collect();
        // The columns: each respondent, or each role present with its members.
        let columns: Vec<(String, Vec<&Respondent>)> = if counted.len() <= BY_RESPONDENT {
            counted
                .iter()
                .map(|(i, r)| {
                    let head = fill(t.ws_respondent_short(), &[("number", &(i + 1).to_string())]);
                    (head, vec![*r])
                })
                .collect()
        } else {
            let names = ctx.work.with(|w| {
                w.current()
                    .workshop()
                    .map(|ws| ws.roles.clone())
                    .unwrap_or_default()
            });
            team::distinct(counted.iter().map(|(_, r)| r.role))
                .into_iter()
                .map(|role| {
                    let head = usize::from(role)
                        .checked_sub(1)
                        .and_then(|k| names.get(k).cloned())
                        .unwrap_or_else(|| t.ws_no_role().to_owned());
                    let members = counted
                        .iter()
                        .filter(|(_, r)| r.role == role)
                        .map(|(_, r)| *r)
                        .collect();
                    (head, members)
                })
                .collect()
        };
        let heads = columns
            .iter()
            .map(|(head, _)| view! { <th scope="col">{head.clone()}</th> })
            .collect_view();
        let rows = view_of.with(|v| {
            v.disagreement
                .iter()
                .filter(|i| i.levels.is_some_and(|s| s.count > 1))
                .take(ROWS)
                .map(|i| {
                    let (texts, _, _) = labels::questions(t, i.item.component);
                    let text = texts.get(i.item.index).copied().unwrap_or_default();
                    let cells = columns
                        .iter()
                        .map(|(_, members)| {
                            let levels: Vec<f64> = members
                                .iter()
                                .filter_map(|r| match r.answers.answer(i.item) {
                                    Some(Answer::Level(l)) => Some(f64::from(l.get())),
                                    _ => None,
                                })
                                .collect();
                            let (shown, class) = match (members.as_slice(), levels.is_empty()) {
                                ([one], _) => match one.answers.answer(i.item) {
                                    Some(Answer::Level(l)) => {
                                        (l.get().to_string(), format!("heat lvl-{}", l.get()))
                                    }
                                    Some(Answer::DontKnow) => {
                                        ("?".to_owned(), "heat dk".to_owned())
                                    }
                                    None => ("–".to_owned(), "heat none".to_owned()),
                                },
                                (_, true) => ("–".to_owned(), "heat none".to_owned()),
                                (_, false) => {
                                    let mean = levels.iter().sum::<f64>() / levels.len() as f64;
                                    let shade = mean.round().clamp(1.0, 5.0) as u8;
                                    (locale.format_number(mean, 1), format!("heat lvl-{shade}"))
                                }
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
            <TableBox label=t.ws_heatmap_caption()>
                <table class="heatmap">
                    <caption>{t.ws_heatmap_caption()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_statement()}</th>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableBox>
        }
    }
}
