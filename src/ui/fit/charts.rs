//! The fit's two charts, drawn from the check's inputs in the user's
//! language.

use crate::chart::butterfly::{self, ButterflyChart, Mark, Row};
use crate::chart::radar::{self, Look, RadarChart, Series};
use crate::chart::{self, ChartError};
use crate::i18n::{Locale, Strings};
use crate::model::fit::{CultureType, Dimension, FitCheck, Flag, Side};
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
        title: t.butterfly_title.to_owned(),
        left_name: labels::party(t, Side::Supplier, &check.supplier.name),
        right_name: labels::party(t, Side::Client, &check.client.name),
        gap_label: t.col_gap.to_owned(),
        rows,
    };
    let height = butterfly::height_for(data.rows.len());
    chart::to_svg(BUTTERFLY_WIDTH, height, |area| butterfly::draw(area, &data))
}

/// The two OCAI profiles on one kite: the supplier filled, the client as
/// an outline. The rim is the largest mean rounded up to tens, at least 50,
/// so typical profiles fill the picture.
pub(crate) fn kite_svg(
    t: &'static Strings,
    locale: Locale,
    check: &FitCheck,
) -> Result<String, ChartError> {
    let supplier = check.supplier.ocai.profile();
    let client = check.client.ocai.profile();
    let largest = supplier.iter().chain(&client).copied().fold(0.0, f64::max);
    let scale = ((largest / 10.0).ceil() * 10.0).clamp(50.0, 100.0);
    let series = |side: Side, values: [f64; 4], look| Series {
        label: labels::party(t, side, &check.party(side).name),
        values: values.iter().map(|v| Some(*v)).collect(),
        look,
    };
    let data = RadarChart {
        title: t.kite_title.to_owned(),
        axes: CultureType::ALL
            .map(|c| labels::culture_type(t, c).to_owned())
            .to_vec(),
        series: vec![
            series(Side::Client, client, Look::Outline),
            series(Side::Supplier, supplier, Look::Filled),
        ],
        locale,
        scale,
    };
    chart::to_svg(520, 440, |area| radar::draw(area, &data))
}
