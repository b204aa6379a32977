//! The kite chart's table alternative: each company's mean points per
//! culture type.

use crate::model::fit::{CultureType, FitCheck, Side};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// Mean OCAI points per culture type for both companies.
#[component]
pub fn KiteTable(
    /// The check (only names and OCAI splits are read).
    check: Memo<FitCheck>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        check.with(|fit| {
            let name = |side: Side| labels::party(t, side, &fit.party(side).name);
            let (supplier, client) = (fit.supplier.ocai.profile(), fit.client.ocai.profile());
            let rows = CultureType::ALL
                .into_iter()
                .enumerate()
                .map(|(i, c)| {
                    view! {
                        <tr>
                            <th scope="row">{labels::culture_type(t, c)}</th>
                            <td>{locale.format_number(supplier[i], 1)}</td>
                            <td>{locale.format_number(client[i], 1)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table>
                    <caption>{t.kite_table_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col"></th>
                            <th scope="col">{name(Side::Supplier)}</th>
                            <th scope="col">{name(Side::Client)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    }
}
