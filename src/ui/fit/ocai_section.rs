//! The fit check's second instrument, the OCAI profiles: both companies'
//! points now and preferred, their kite charts with tables, and what the
//! profiles say. It comes with the flags, in a chunk of their own (see
//! `flags_and_ocai`).

use super::charts::{kite_svg, kite_title};
use super::kite_table::KiteTable;
use super::ocai_panel::OcaiPanel;
use super::ocai_summary::OcaiSummary;
use crate::model::fit::{Moment, Profile, ProfileRef, Side};
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use leptos::prelude::*;

/// The OCAI section of the fit check.
#[component]
pub fn OcaiSection() -> impl IntoView {
    let ctx = use_ctx();
    // The kite shows names and OCAI splits only: with the scale answers
    // blanked, a tap on a scale leaves this memo, the kite and its table
    // untouched.
    let ocai = Memo::new(move |_| {
        ctx.work.with(|w| {
            let mut check = (*w.current().fit).clone();
            check.supplier.profile = Profile::default();
            check.client.profile = Profile::default();
            check
        })
    });
    let kite = move |side: Side| {
        Signal::derive(move || {
            let t = ctx.t();
            let locale = ctx.locale.get();
            ocai.with(|check| kite_svg(t, locale, check, side))
        })
    };
    move || {
        let t = ctx.t();
        view! {
            <section aria-labelledby="ocai-heading">
                <h2 id="ocai-heading">{t.ocai_heading()}</h2>
                <p>{t.ocai_intro()}</p>
                {Side::ALL
                    .map(|side| {
                        Moment::ALL
                            .map(|moment| {
                                view! { <OcaiPanel which=ProfileRef { side, moment } /> }
                            })
                    })}
                <div class="ocai-kites">
                    {Side::ALL
                        .map(|side| {
                            let label = Signal::derive(move || {
                                ocai.with(|check| kite_title(ctx.t(), check, side))
                            });
                            view! {
                                <ChartFigure svg=kite(side) label>
                                    <KiteTable check=ocai side />
                                </ChartFigure>
                            }
                        })}
                </div>
                <OcaiSummary check=ocai />
            </section>
        }
    }
}
