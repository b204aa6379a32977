//! How the OCAI views write profiles, points and a pasted table's
//! problems, shared by the panels, the kites, the comparisons and the
//! report.

use crate::i18n::{fill, Locale, Strings};
use crate::model::fit::{
    ocai_decimals, BlockError, CultureType, FitCheck, Moment, OcaiComparison, ProfileRef,
};
use crate::ui::labels;

/// A profile's name: "Acme, now", "Client, preferred".
pub(crate) fn profile_name(t: &'static Strings, check: &FitCheck, which: ProfileRef) -> String {
    let party = labels::party(t, which.side, &check.party(which.side).name);
    let pattern = match which.moment {
        Moment::Now => t.ocai_profile_now(),
        Moment::Preferred => t.ocai_profile_preferred(),
    };
    fill(pattern, &[("party", &party)])
}

/// A moment's short name, for a kite's legend and its table.
pub(crate) fn moment_name(t: &'static Strings, moment: Moment) -> &'static str {
    match moment {
        Moment::Now => t.ocai_now(),
        Moment::Preferred => t.ocai_preferred(),
    }
}

/// Points as kept, to the hundredth and no more decimals than they have.
pub(crate) fn points(locale: Locale, value: f64) -> String {
    locale.format_number(value, ocai_decimals(value))
}

/// A difference with its sign, so the direction reads: "+12.5", "−10".
pub(crate) fn signed(locale: Locale, value: f64) -> String {
    let shown = points(locale, value.abs());
    if value.abs() < 0.005 {
        points(locale, 0.0)
    } else if value > 0.0 {
        format!("+{shown}")
    } else {
        format!("\u{2212}{shown}")
    }
}

/// Why a pasted table was refused, saying where.
pub(crate) fn block_error(t: &'static Strings, error: BlockError) -> String {
    match error {
        BlockError::Empty => t.ocai_block_empty().to_owned(),
        BlockError::Rows(count) => fill(t.ocai_block_rows(), &[("count", &count.to_string())]),
        BlockError::Cells { row, found } => fill(
            t.ocai_block_cells(),
            &[("row", &row.to_string()), ("count", &found.to_string())],
        ),
        BlockError::Number { row, column, .. } => fill(
            t.ocai_block_number(),
            &[("row", &row.to_string()), ("column", &column.to_string())],
        ),
        BlockError::Range { row, column } => fill(
            t.ocai_block_range(),
            &[("row", &row.to_string()), ("column", &column.to_string())],
        ),
    }
}

/// One comparison in a sentence: "Acme, now vs Borealis, now: differ by 10
/// points or more on Clan: −12.5".
pub(crate) fn comparison(
    t: &'static Strings,
    locale: Locale,
    check: &FitCheck,
    c: &OcaiComparison,
) -> String {
    let pair = fill(
        t.ocai_versus(),
        &[
            ("from", &profile_name(t, check, c.from)),
            ("to", &profile_name(t, check, c.to)),
        ],
    );
    let flags = c.flags();
    let verdict = if flags.is_empty() {
        t.ocai_flags_none().to_owned()
    } else {
        let types: Vec<String> = flags
            .iter()
            .map(|(kind, d)| flag_type(t, locale, *kind, *d))
            .collect();
        fill(t.ocai_flags_some(), &[("types", &types.join("; "))])
    };
    let note = if c.incomplete {
        format!(" ({})", t.ocai_incomplete_note())
    } else {
        String::new()
    };
    format!("{pair}{note}: {verdict}")
}

/// A flagged type with its difference: "Clan (collaborate): +12.5".
fn flag_type(t: &'static Strings, locale: Locale, kind: CultureType, difference: f64) -> String {
    fill(
        t.ocai_flag_type(),
        &[
            ("type", labels::culture_type(t, kind)),
            ("difference", &signed(locale, difference)),
        ],
    )
}

/// The pairs a verdict compares between the parties, for the fit summary:
/// "Acme, now vs Borealis, now; Acme, preferred vs Borealis, preferred".
pub(crate) fn between_parties(t: &'static Strings, check: &FitCheck) -> Option<String> {
    let pairs: Vec<String> = check
        .ocai_comparisons()
        .iter()
        .filter(|c| c.from.side != c.to.side)
        .map(|c| {
            fill(
                t.ocai_versus(),
                &[
                    ("from", &profile_name(t, check, c.from)),
                    ("to", &profile_name(t, check, c.to)),
                ],
            )
        })
        .collect();
    (!pairs.is_empty()).then(|| pairs.join("; "))
}
