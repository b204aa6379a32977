//! The flagged scales, deal-breakers first, each with a prompt the
//! consultant can use with both parties.

use crate::i18n::fill;
use crate::model::fit::{FitResult, Flag};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// Every flagged gap with its conversation prompt.
#[component]
pub fn FlagList(
    /// The derived result.
    result: Memo<FitResult>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        // Red before amber; within each, the scales' own order (a
        // partition, not a sort: the fit pack then carries no sort routine).
        let (red, amber): (Vec<_>, Vec<_>) = result
            .get()
            .gaps
            .into_iter()
            .filter_map(|g| Some((g.flag?, g)))
            .partition(|(flag, _)| *flag == Flag::Red);
        let flagged: Vec<_> = red.into_iter().chain(amber).collect();
        let list = if flagged.is_empty() {
            view! { <p>{t.flags_none()}</p> }.into_any()
        } else {
            view! {
                <ul class="flags">
                    {flagged
                        .into_iter()
                        .map(|(flag, gap)| {
                            let class = if flag == Flag::Red { "flag red" } else { "flag amber" };
                            view! {
                                <li class=class>
                                    <p class="flag-head">
                                        <span class="flag-name">{labels::flag(t, flag)}</span>
                                        <strong>{labels::dimension(t, gap.dimension)[0]}</strong>
                                        <span>
                                            {fill(t.flag_gap(), &[("gap", &gap.size.to_string())])}
                                        </span>
                                    </p>
                                    <p>{labels::prompt(t, gap.dimension)}</p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        };
        view! {
            <section aria-labelledby="flags-heading">
                <h2 id="flags-heading">{t.flags_heading()}</h2>
                {list}
            </section>
        }
    }
}
