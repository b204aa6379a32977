//! The fit's two charts, drawn from the check's inputs in the user's
//! language.

use super::ocai_text::moment_name;
use crate::chart::butterfly::{self, ButterflyChart, Mark, Row};
use crate::chart::radar::{self, Look, RadarChart, Series};
use crate::chart::{self, ChartError};
use crate::i18n::{fill, Locale, Strings};
use crate::model::fit::{CultureType, Dimension, FitCheck, Flag, Moment, Side};
use crate::ui::labels;

/// The butterfly's width in SVG pixels: it sits beside the scales.
const BUTTERFLY_WIDTH: u32 = 460;

/// Both profiles per scale, the supplier to the left, gaps marked by flag.
pub(crate) fn butterfly_svg(t: &'static Strings, check: &FitCheck) -> Result<String, ChartError> {
    let result = check.result();
    let rows: Vec<Row> = Dimension::ALL
        .into_iter()
        .map(|d| {
            let flag = result
                .gaps
                .iter()
                .find(|g| g.dimension == d)
                .and_then(|g| g.flag);
            Row {
                label: labels::dimension(t, d)[0].to_owned(),
                left: check.supplier.profile.get(d),
                right: check.client.profile.get(d),
                mark: match flag {
                    Some(Flag::Red) => Mark::Red,
                    Some(Flag::Amber) => Mark::Amber,
                    None => Mark::Plain,
                },
            }
        })
        .collect();
    let data = ButterflyChart {
        title: t.butterfly_title().to_owned(),
        left_name: labels::party(t, Side::Supplier, &check.supplier.name),
        right_name: labels::party(t, Side::Client, &check.client.name),
        gap_label: t.col_gap().to_owned(),
        rows,
    };
    let height = butterfly::height_for(data.rows.len());
    chart::to_svg(BUTTERFLY_WIDTH, height, |area| butterfly::draw(area, &data))
}

/// One party's OCAI profiles on one kite: now filled, preferred as an
/// outline. A profile with no complete aspect is left out. The rim is the
/// largest mean of all four profiles rounded up to tens, at least 50, so
/// both parties' kites share one scale and can be compared side by side.
pub(crate) fn kite_svg(
    t: &'static Strings,
    locale: Locale,
    check: &FitCheck,
    side: Side,
) -> Result<String, ChartError> {
    let largest = Side::ALL
        .into_iter()
        .flat_map(|s| Moment::ALL.map(|m| check.party(s).ocai.get(m).means()))
        .flatten()
        .flatten()
        .fold(0.0, f64::max);
    let scale = ((largest / 10.0).ceil() * 10.0).clamp(50.0, 100.0);
    let series = Moment::ALL
        .into_iter()
        .filter_map(|moment| {
            let means = check.party(side).ocai.get(moment).means()?;
            Some(Series {
                label: moment_name(t, moment).to_owned(),
                values: means.iter().map(|v| Some(*v)).collect(),
                look: if moment == Moment::Now {
                    Look::Filled
                } else {
                    Look::Outline
                },
            })
        })
        .collect();
    let data = RadarChart {
        title: kite_title(t, check, side),
        axes: CultureType::ALL
            .map(|c| labels::culture_type(t, c).to_owned())
            .to_vec(),
        series,
        locale,
        scale,
    };
    chart::to_svg(520, 440, |area| radar::draw(area, &data))
}

/// A party's kite title, which also names its figure.
pub(crate) fn kite_title(t: &'static Strings, check: &FitCheck, side: Side) -> String {
    let party = labels::party(t, side, &check.party(side).name);
    fill(t.ocai_kite_title(), &[("party", &party)])
}
