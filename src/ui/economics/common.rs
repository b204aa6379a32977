//! How the loyalty tool writes money, percentages and the form's values,
//! and which currency the open engagement uses.

use crate::i18n::Locale;
use crate::model::scenario::{Field, Unit};
use leptos::prelude::With;

/// An amount in whole units of the currency, in the user's number format.
pub(crate) fn money(locale: Locale, value: f64, currency: &str) -> String {
    format!("{}\u{a0}{currency}", locale.format_number(value, 0))
}

/// A stored figure as the form shows it: as few decimals as it needs (at
/// most two), in the user's number format.
pub(super) fn figure(locale: Locale, field: Field, value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let decimals = if field.whole() || hundredths % 100 == 0 {
        0
    } else if hundredths % 10 == 0 {
        1
    } else {
        2
    };
    locale.format_number(value, decimals)
}

/// The unit written after a field holding `value`, or `None` for money
/// (the currency is). Counted units agree with the value, as each language
/// needs: 1 year, 2 years; Russian 1 год, 2 года, 5 лет; Polish 1 rok,
/// 2 lata, 5 lat; a fraction takes the `other` form (2,5 roku).
pub(super) fn unit_label(
    t: &'static crate::i18n::Strings,
    locale: Locale,
    unit: Unit,
    value: f64,
) -> Option<String> {
    let counted = |plural: crate::i18n::Plural| {
        if value >= 0.0 && value.fract() == 0.0 {
            plural.format(locale, value as u64)
        } else {
            plural.other.to_owned()
        }
    };
    match unit {
        Unit::Count => Some(counted(t.unit_count())),
        Unit::Percent => Some("%".to_owned()),
        Unit::Years => Some(counted(t.unit_years())),
        Unit::PerYear => Some(t.unit_per_year().to_owned()),
        Unit::Money => None,
    }
}

/// The open engagement's currency code; reading it subscribes the caller
/// to the work.
pub(crate) fn currency(ctx: crate::ui::context::Ctx) -> String {
    ctx.work.with(|w| w.current().economics.currency.clone())
}
