//! How the key-account tool writes money, shares and the model's values,
//! and the portfolio's derived views shared by its components.

use crate::i18n::entry::{enter, Entry, Limits, Refusal};
use crate::i18n::number::Problem;
use crate::i18n::{fill, Locale, Strings};
use crate::model::accounts::{Field, Kind, LineError, Portfolio, Reason, Segment, Step};
use crate::ui::context::Ctx;
use leptos::prelude::*;

/// An amount in whole units of the engagement's currency.
pub(super) fn money(locale: Locale, value: f64, currency: &str) -> String {
    format!("{}\u{a0}{currency}", locale.format_number(value, 0))
}

/// A percentage with no decimals, as the language writes it.
pub(super) fn percent(t: &'static Strings, locale: Locale, value: f64) -> String {
    fill(t.acc_percent(), &[("n", &locale.format_number(value, 0))])
}

/// The open engagement's currency (the loyalty tool sets it). Read
/// untracked: it changes only on another page, and following it would
/// redraw every chart of 5,000 customers at each keystroke in this one.
pub(super) fn currency(ctx: Ctx) -> String {
    ctx.work.with_untracked(|w| w.current().currency())
}

/// Reads the open engagement's portfolio.
pub(super) fn with_portfolio<R>(ctx: Ctx, f: impl FnOnce(&Portfolio) -> R) -> R {
    ctx.work.with(|w| f(&w.current().accounts))
}

/// Changes the open engagement's portfolio.
pub(super) fn edit_portfolio(ctx: Ctx, f: impl FnOnce(&mut Portfolio)) {
    ctx.work.update(|w| f(&mut w.current_mut().accounts));
}

/// An item of a translated list, or nothing.
pub(super) fn item(list: &'static [&'static str], i: usize) -> &'static str {
    list.get(i).copied().unwrap_or_default()
}

/// A field's name.
pub(super) fn field(t: &'static Strings, f: Field) -> &'static str {
    item(t.acc_fields(), f as usize)
}

/// A type's name.
pub(super) fn kind(t: &'static Strings, k: Kind) -> &'static str {
    item(t.acc_kinds(), k as usize)
}

/// A segment's name.
pub(super) fn segment(t: &'static Strings, s: Segment) -> &'static str {
    let i = Segment::ALL.iter().position(|x| *x == s).unwrap_or(0);
    item(t.acc_segments(), i)
}

/// A step's name.
pub(super) fn step(t: &'static Strings, s: Step) -> &'static str {
    item(t.acc_steps(), s as usize)
}

/// Why a customer is suggested.
pub(super) fn reason(t: &'static Strings, r: Reason) -> &'static str {
    item(t.acc_reasons(), r as usize)
}

/// A value in a field's own form: a percentage for %, money otherwise.
fn bound(t: &'static Strings, locale: Locale, f: Field, v: f64) -> String {
    match f {
        Field::MarginPercent | Field::Growth => percent(t, locale, v),
        _ => locale.format_number(v, 0),
    }
}

/// Why a line of an imported file is left out, in words.
pub(super) fn line_error(t: &'static Strings, locale: Locale, e: LineError) -> String {
    use crate::csv::read::LineProblem;
    let with = |template: &str, f: Field| fill(template, &[("field", field(t, f))]);
    match e {
        LineError::Unreadable(LineProblem::NotUtf8) => t.acc_reason_not_utf8().to_owned(),
        LineError::Unreadable(LineProblem::UnclosedQuote) => t.acc_reason_unclosed().to_owned(),
        LineError::NoName => t.acc_reason_no_name().to_owned(),
        LineError::Missing(f) => with(t.acc_reason_missing(), f),
        LineError::Number(f, Problem::Ambiguous) => with(t.acc_reason_ambiguous(), f),
        LineError::Number(f, Problem::TooLarge) => with(t.acc_reason_too_large(), f),
        LineError::Number(f, _) => with(t.acc_reason_not_number(), f),
        LineError::OutOfRange(f) => {
            let (min, max) = f.range();
            fill(
                t.acc_reason_range(),
                &[
                    ("field", field(t, f)),
                    ("min", &bound(t, locale, f, min)),
                    ("max", &bound(t, locale, f, max)),
                ],
            )
        }
        LineError::OverLimit => t.acc_reason_over().to_owned(),
    }
}

/// A number typed into one of the customer form's fields, read as every
/// number field reads (`i18n::entry`) in the user's language: `Ok(None)`
/// for nothing typed, the reason otherwise.
pub(super) fn typed_number(locale: Locale, f: Field, text: &str) -> Result<Option<f64>, Refusal> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let (min, max) = f.range();
    let limits = Limits::new(min, max);
    let limits = if matches!(f, Field::MarginPercent | Field::Growth) {
        limits.percent()
    } else {
        limits
    };
    // The form computes nothing before it is saved, so nothing is kept.
    match enter(text, locale.decimal_mark(), limits, 0.0) {
        Entry::Reads(value) => Ok(Some(value)),
        Entry::Refused { why, .. } => Err(why),
    }
}
