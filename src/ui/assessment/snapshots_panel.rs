//! Dated snapshots of the assessment: save, list, delete, and compare two
//! on one radar with a table of changes.

use super::common::{dated_name, radar_svg, score_text, snapshot_label, RADAR_FULL};
use super::delta_table::DeltaTable;
use crate::i18n::fill;
use crate::model::assessment::Results;
use crate::ui::chart_figure::ChartFigure;
use crate::ui::clock::today;
use crate::ui::context::use_ctx;
use crate::ui::text_field::TextField;
use leptos::prelude::*;

/// One side of a comparison: its label and its results.
pub(super) type Labelled = (String, Results);

/// The two sides compared, earlier first, when both exist.
pub(super) type Compared = Option<(Labelled, Labelled)>;

/// Which answers a comparison side shows: a snapshot, or the current ones.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Current,
    Snapshot(u32),
}

impl Side {
    fn parse(value: &str) -> Side {
        value.parse().map_or(Side::Current, Side::Snapshot)
    }

    fn value(self) -> String {
        match self {
            Side::Current => "current".to_owned(),
            Side::Snapshot(id) => id.to_string(),
        }
    }
}

/// Save, list and compare snapshots.
#[component]
pub fn SnapshotsPanel() -> impl IntoView {
    let ctx = use_ctx();
    let name = RwSignal::new(String::new());
    let earlier = RwSignal::new(None::<Side>);
    let later = RwSignal::new(Side::Current);
    let saved = RwSignal::new(None::<(String, String)>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let label = name.get_untracked();
        let date = today();
        ctx.work.update(|w| {
            w.current_mut().assessment.take_snapshot(&date, &label);
        });
        name.set(String::new());
        // Said where the button is, and announced: the list it joins may
        // be out of sight on a tablet.
        saved.set(Some((date, label.trim().to_owned())));
    };
    // The results and label of one side, as shown now.
    let side = move |s: Side| -> Option<Labelled> {
        let t = ctx.t();
        let locale = ctx.locale.get();
        ctx.work.with(|w| match s {
            Side::Current => Some((
                t.current_answers().to_owned(),
                w.current().assessment.current.results(),
            )),
            Side::Snapshot(id) => w.current().assessment.snapshot(id).map(|s| {
                (
                    snapshot_label(locale, &w.current().assessment, s),
                    s.answers.results(),
                )
            }),
        })
    };
    // Earlier defaults to the oldest snapshot.
    let earlier_side = move || {
        earlier.get().or_else(|| {
            ctx.work.with(|w| {
                w.current()
                    .assessment
                    .snapshots
                    .first()
                    .map(|s| Side::Snapshot(s.id))
            })
        })
    };
    let compared = Memo::new(move |_| {
        let a = earlier_side().and_then(side)?;
        let b = side(later.get())?;
        Some((a, b))
    });
    let compare_svg = Signal::derive(move || {
        let t = ctx.t();
        match compared.get() {
            Some(((la, ra), (lb, rb))) => radar_svg(
                t,
                ctx.locale.get(),
                (&lb, &rb),
                Some((&la, &ra)),
                false,
                RADAR_FULL,
            ),
            None => Ok(String::new()),
        }
    });

    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let (snapshots, labels) = ctx.work.with(|w| {
            let a = &w.current().assessment;
            let labels: Vec<String> = a
                .snapshots
                .iter()
                .map(|s| snapshot_label(locale, a, s))
                .collect();
            (a.snapshots.clone(), labels)
        });
        let options = move |selected: Box<dyn Fn() -> Option<Side> + Send + Sync>| {
            let mut sides = vec![(Side::Current, t.current_answers().to_owned())];
            sides.extend(ctx.work.with(|w| {
                w.current()
                    .assessment
                    .snapshots
                    .iter()
                    .map(|s| {
                        (
                            Side::Snapshot(s.id),
                            snapshot_label(locale, &w.current().assessment, s),
                        )
                    })
                    .collect::<Vec<_>>()
            }));
            let selected = std::sync::Arc::new(selected);
            sides
                .into_iter()
                .map(|(s, label)| {
                    let selected = selected.clone();
                    view! {
                        <option value=s.value() prop:selected=move || selected() == Some(s)>
                            {label}
                        </option>
                    }
                })
                .collect_view()
        };
        let list = if snapshots.is_empty() {
            view! { <p>{t.snapshots_none()}</p> }.into_any()
        } else {
            view! {
                <ul class="snapshots">
                    {snapshots
                        .iter()
                        .zip(labels)
                        .map(|(s, label)| {
                            let id = s.id;
                            let index = score_text(locale, t, s.answers.results().index);
                            let delete_label = crate::i18n::fill(
                                t.snapshot_delete_label(),
                                &[("name", &label)],
                            );
                            view! {
                                <li>
                                    <span>{label} " · " {t.index_label()} ": " {index}</span>
                                    <button
                                        type="button"
                                        aria-label=delete_label
                                        on:click=move |_| {
                                            ctx.work.update(|w| w.current_mut().assessment.delete_snapshot(id))
                                        }
                                    >
                                        {t.snapshot_delete()}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        };
        let compare = (!snapshots.is_empty()).then(|| {
            view! {
                <h3>{t.compare_heading()}</h3>
                <div class="compare-pickers">
                    <div class="field">
                        <label for="compare-earlier">{t.compare_earlier()}</label>
                        <select
                            id="compare-earlier"
                            on:change=move |ev| earlier.set(Some(Side::parse(&event_target_value(&ev))))
                        >
                            {options(Box::new(earlier_side))}
                        </select>
                    </div>
                    <div class="field">
                        <label for="compare-later">{t.compare_later()}</label>
                        <select
                            id="compare-later"
                            on:change=move |ev| later.set(Side::parse(&event_target_value(&ev)))
                        >
                            {options(Box::new(move || Some(later.get())))}
                        </select>
                    </div>
                </div>
                <ChartFigure svg=compare_svg label=t.compare_heading().to_owned()>
                    <DeltaTable compared />
                </ChartFigure>
            }
        });
        view! {
            <section aria-labelledby="snapshots-heading">
                <h2 id="snapshots-heading">{t.snapshots_heading()}</h2>
                <p>{t.snapshots_intro()}</p>
                <form class="snapshot-form" on:submit=save>
                    <TextField id="snapshot-name" label=t.snapshot_name_label() value=name />
                    <button type="submit">{t.snapshot_save()}</button>
                </form>
                <p role="status" class="saved-note">
                    {move || {
                        saved
                            .get()
                            .map(|(date, label)| {
                                fill(
                                    ctx.t().snapshot_saved(),
                                    &[("name", &dated_name(ctx.locale.get(), &date, &label))],
                                )
                            })
                    }}
                </p>
                {list}
                {compare}
            </section>
        }
    }
}
