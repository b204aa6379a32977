//! A party's kite as a table: the mean points per culture type now and
//! preferred, and the difference, marked when it reaches 10 points.

use super::ocai_text::{points, signed};
use crate::i18n::fill;
use crate::model::fit::{ocai_flagged, CultureType, FitCheck, Side};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// Mean OCAI points per culture type, now and preferred, for one party.
#[component]
pub fn KiteTable(
    /// The check (only names and OCAI profiles are read).
    check: Memo<FitCheck>,
    /// Whose profiles.
    side: Side,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        check.with(|fit| {
            let party = labels::party(t, side, &fit.party(side).name);
            let ocai = &fit.party(side).ocai;
            let (now, preferred) = (ocai.now.means(), ocai.preferred.means());
            let cell = |means: Option<[f64; 4]>, i: usize| {
                means.map_or_else(|| "—".to_owned(), |m| points(locale, m[i]))
            };
            let rows = CultureType::ALL
                .into_iter()
                .enumerate()
                .map(|(i, c)| {
                    let difference = now.zip(preferred).map(|(a, b)| b[i] - a[i]);
                    let flagged = difference.is_some_and(ocai_flagged);
                    view! {
                        <tr class:ocai-flagged=flagged>
                            <th scope="row">{labels::culture_type(t, c)}</th>
                            <td>{cell(now, i)}</td>
                            <td>{cell(preferred, i)}</td>
                            <td>
                                {difference.map_or_else(|| "—".to_owned(), |d| signed(locale, d))}
                                {flagged.then(|| view! { " " <strong>{t.ocai_flag_mark()}</strong> })}
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table>
                    <caption>{fill(t.ocai_kite_caption(), &[("party", &party)])}</caption>
                    <thead>
                        <tr>
                            <th scope="col"></th>
                            <th scope="col">{t.ocai_now()}</th>
                            <th scope="col">{t.ocai_preferred()}</th>
                            <th scope="col">{t.ocai_col_difference()}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    }
}
