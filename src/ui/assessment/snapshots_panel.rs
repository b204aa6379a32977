//! Dated snapshots of the assessment: save, list, delete, and compare two
//! on one radar with a table of changes.

use super::results_page::{score_text, snapshot_label};
use crate::chart::{self, radar, ChartError};
use crate::i18n::{Locale, Strings};
use crate::model::assessment::{deltas, Results};
use crate::model::components::Component;
use crate::ui::chart_figure::ChartFigure;
use crate::ui::context::use_ctx;
use crate::ui::labels;
use leptos::prelude::*;

/// The radar of `main` (filled), with `other` behind it (faint) and, when
/// `with_target`, `main`'s targets as an outline.
pub(super) fn radar_svg(
    t: &'static Strings,
    locale: Locale,
    main: (&str, &Results),
    other: Option<(&str, &Results)>,
    with_target: bool,
) -> Result<String, ChartError> {
    let scores = |r: &Results| r.components.iter().map(|c| c.score).collect::<Vec<_>>();
    let mut series = Vec::new();
    if let Some((label, r)) = other {
        series.push(radar::Series {
            label: label.to_owned(),
            values: scores(r),
            look: radar::Look::Faint,
        });
    }
    if with_target {
        series.push(radar::Series {
            label: t.series_target.to_owned(),
            values: main
                .1
                .components
                .iter()
                .map(|c| Some(f64::from(c.target)))
                .collect(),
            look: radar::Look::Outline,
        });
    }
    series.push(radar::Series {
        label: main.0.to_owned(),
        values: scores(main.1),
        look: radar::Look::Filled,
    });
    let data = radar::RadarChart {
        title: t.radar_title.to_owned(),
        axes: Component::ALL
            .map(|c| labels::component(t, c).0.to_owned())
            .to_vec(),
        series,
        locale,
    };
    chart::to_svg(640, 520, |area| radar::draw(area, &data))
}

/// Today's date in the user's time zone, as `YYYY-MM-DD`.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// One side of a comparison: its label and its results.
type Labelled = (String, Results);

/// The two sides compared, earlier first, when both exist.
type Compared = Option<(Labelled, Labelled)>;

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
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let label = name.get_untracked();
        ctx.work.update(|w| {
            w.assessment.take_snapshot(&today(), &label);
        });
        name.set(String::new());
    };
    // The results and label of one side, as shown now.
    let side = move |s: Side| -> Option<Labelled> {
        let t = ctx.t();
        let locale = ctx.locale.get();
        ctx.work.with(|w| match s {
            Side::Current => Some((t.current_answers.to_owned(), w.assessment.current.results())),
            Side::Snapshot(id) => w.assessment.snapshot(id).map(|s| {
                (
                    snapshot_label(locale, &s.date, &s.name),
                    s.answers.results(),
                )
            }),
        })
    };
    // Earlier defaults to the oldest snapshot.
    let earlier_side = move || {
        earlier.get().or_else(|| {
            ctx.work
                .with(|w| w.assessment.snapshots.first().map(|s| Side::Snapshot(s.id)))
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
            Some(((la, ra), (lb, rb))) => {
                radar_svg(t, ctx.locale.get(), (&lb, &rb), Some((&la, &ra)), false)
            }
            None => Ok(String::new()),
        }
    });

    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        let snapshots = ctx.work.with(|w| w.assessment.snapshots.clone());
        let options = move |selected: Box<dyn Fn() -> Option<Side> + Send + Sync>| {
            let mut sides = vec![(Side::Current, t.current_answers.to_owned())];
            sides.extend(ctx.work.with(|w| {
                w.assessment
                    .snapshots
                    .iter()
                    .map(|s| {
                        (
                            Side::Snapshot(s.id),
                            snapshot_label(locale, &s.date, &s.name),
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
            view! { <p>{t.snapshots_none}</p> }.into_any()
        } else {
            view! {
                <ul class="snapshots">
                    {snapshots
                        .iter()
                        .map(|s| {
                            let id = s.id;
                            let label = snapshot_label(locale, &s.date, &s.name);
                            let index = score_text(locale, t, s.answers.results().index);
                            let delete_label = crate::i18n::fill(
                                t.snapshot_delete_label,
                                &[("name", &label)],
                            );
                            view! {
                                <li>
                                    <span>{label} " · " {t.index_label} ": " {index}</span>
                                    <button
                                        type="button"
                                        aria-label=delete_label
                                        on:click=move |_| {
                                            ctx.work.update(|w| w.assessment.delete_snapshot(id))
                                        }
                                    >
                                        {t.snapshot_delete}
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
                <h3>{t.compare_heading}</h3>
                <div class="compare-pickers">
                    <div class="field">
                        <label for="compare-earlier">{t.compare_earlier}</label>
                        <select
                            id="compare-earlier"
                            on:change=move |ev| earlier.set(Some(Side::parse(&event_target_value(&ev))))
                        >
                            {options(Box::new(earlier_side))}
                        </select>
                    </div>
                    <div class="field">
                        <label for="compare-later">{t.compare_later}</label>
                        <select
                            id="compare-later"
                            on:change=move |ev| later.set(Side::parse(&event_target_value(&ev)))
                        >
                            {options(Box::new(move || Some(later.get())))}
                        </select>
                    </div>
                </div>
                <ChartFigure svg=compare_svg label=t.compare_heading.to_owned()>
                    <DeltaTable compared />
                </ChartFigure>
            }
        });
        view! {
            <section aria-labelledby="snapshots-heading">
                <h2 id="snapshots-heading">{t.snapshots_heading}</h2>
                <p>{t.snapshots_intro}</p>
                <form class="snapshot-form" on:submit=save>
                    <div class="field">
                        <label for="snapshot-name">{t.snapshot_name_label}</label>
                        <input
                            id="snapshot-name"
                            type="text"
                            maxlength="80"
                            prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))
                        />
                    </div>
                    <button type="submit">{t.snapshot_save}</button>
                </form>
                {list}
                {compare}
            </section>
        }
    }
}

/// Scores of two sides and their change, per component and for the index.
#[component]
fn DeltaTable(
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
                    <caption>{t.delta_table_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_component}</th>
                            <th scope="col">{la}</th>
                            <th scope="col">{lb}</th>
                            <th scope="col">{t.col_change}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows}
                        <tr>
                            <th scope="row">{t.index_row}</th>
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
