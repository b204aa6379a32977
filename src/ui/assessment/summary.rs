//! The headline of the results: the readiness index, its band with the
//! thresholds, and the weakest component called out.

use super::common::score_text;
use crate::i18n::fill;
use crate::model::assessment::{Band, Results};
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// The index, its band, progress and the weakest component.
#[component]
pub fn Summary(
    /// The derived results.
    results: Memo<Results>,
) -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let r = results.get();
        let index = match r.index {
            Some(i) => view! {
                <p class="index">
                    <span class="index-value">{locale.format_number(i, 0)}</span>
                    <span class="index-band">{labels::band(t, Band::of(i))}</span>
                </p>
            }
            .into_any(),
            None => view! { <p class="index-none">{t.index_none()}</p> }.into_any(),
        };
        let weakest = r.weakest().map(|c| {
            view! {
                <div class="callout" role="note" aria-labelledby="weakest-heading">
                    <h2 id="weakest-heading">{t.weakest_heading()}</h2>
                    <p>
                        {fill(
                            t.weakest_text(),
                            &[
                                ("name", labels::component(t, c.component).0),
                                ("score", &score_text(locale, t, c.score)),
                            ],
                        )}
                    </p>
                </div>
            }
        });
        view! {
            <section class="summary" aria-label=t.index_label()>
                <h2 class="index-label">{t.index_label()}</h2>
                {index}
                <p class="band-note">{t.band_thresholds()}</p>
                {weakest}
            </section>
        }
    }
}
