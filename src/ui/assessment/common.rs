//! Small pieces the assessment's views share: how a score and a snapshot
//! are written, and the radar chart at its two sizes.

use crate::chart::{self, hbars, radar, ChartError};
use crate::i18n::{Locale, Strings};
use crate::model::assessment::{Assessment, Results, Snapshot};
use crate::model::components::Component;
use crate::ui::labels;

/// A score for people: one decimal, or a dash when there is none.
pub(super) fn score_text(locale: Locale, t: &'static Strings, score: Option<f64>) -> String {
    score.map_or_else(
        || t.not_assessed().to_owned(),
        |s| locale.format_number(s, 1),
    )
}

/// How a snapshot is named in lists and legends: its date in the user's
/// format and name, and its place among the snapshots that share both, if
/// any ("2 Dec 2026 · Kick-off (2)"), so no two read the same.
pub(crate) fn snapshot_label(locale: Locale, assessment: &Assessment, s: &Snapshot) -> String {
    let label = dated_name(locale, &s.date, &s.name);
    match assessment.twin(s.id) {
        Some(n) => format!("{label} ({n})"),
        None => label,
    }
}

/// A date in the user's format with a name: "2 Dec 2026 · Kick-off".
pub(crate) fn dated_name(locale: Locale, date: &str, name: &str) -> String {
    let date = locale.format_date(date);
    if name.is_empty() {
        date
    } else {
        format!("{date} · {name}")
    }
}

/// The radar's size on a page of its own, in SVG pixels.
pub(crate) const RADAR_FULL: (u32, u32) = (640, 520);

/// The radar's size beside the questionnaire: fewer pixels for the same
/// text, so the names stay legible when the column is narrow.
pub(super) const RADAR_COMPACT: (u32, u32) = (400, 380);

/// The radar of `main` (filled), with `other` behind it (faint) and, when
/// `with_target`, `main`'s targets as an outline.
pub(crate) fn radar_svg(
    t: &'static Strings,
    locale: Locale,
    main: (&str, &Results),
    other: Option<(&str, &Results)>,
    with_target: bool,
    (width, height): (u32, u32),
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
            label: t.series_target().to_owned(),
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
        title: t.radar_title().to_owned(),
        axes: Component::ALL
            .map(|c| labels::component(t, c).0.to_owned())
            .to_vec(),
        series,
        locale,
        scale: 100.0,
    };
    radar::to_svg(width, height, &data)
}

/// The gaps to target as horizontal bars, in priority order: shared by the
/// results page and the report.
pub(crate) fn gaps_svg(
    t: &'static Strings,
    locale: Locale,
    r: &Results,
) -> Result<String, ChartError> {
    let bars: Vec<(String, f64)> = r
        .priorities()
        .iter()
        .map(|c| {
            (
                labels::component(t, c.component).0.to_owned(),
                c.gap().unwrap_or(0.0),
            )
        })
        .collect();
    let height = hbars::height_for(bars.len());
    let data = hbars::HBarChart {
        title: t.gaps_title().to_owned(),
        value_label: t.gaps_axis().to_owned(),
        bars,
        locale,
        decimals: 1,
    };
    chart::to_svg(560, height, |area| hbars::draw(area, &data))
}
