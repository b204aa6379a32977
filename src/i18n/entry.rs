//! What a number field does with its text, decided once for every field of
//! the app: the text, the mark it is read with and the field's limits give
//! either the value the text stands for or the reason it cannot be used,
//! together with the value the tools keep using meanwhile. Pure, so the
//! rule is tested on the host for every language; `ui::number_field` is its
//! only view.
//!
//! The rule: a field never computes with a value other than the one its
//! text shows. Either the text reads (in the field's language, a comma or a
//! point as the decimal mark wherever only one reading fits, the language's
//! grouping) and is used, or it is refused with a reason and the field says
//! which value is used instead.

use super::number::{read, Mark, Problem};
use super::{fill, Locale};

/// What a field accepts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// The smallest value accepted.
    pub min: f64,
    /// The largest value accepted.
    pub max: f64,
    /// Whole numbers only (years): a fraction is refused, never rounded,
    /// so the value used is always the one typed.
    pub whole: bool,
    /// A percentage: a `%` typed after the number is allowed.
    pub percent: bool,
}

impl Limits {
    /// Any value from `min` to `max`.
    pub fn new(min: f64, max: f64) -> Limits {
        Limits {
            min,
            max,
            whole: false,
            percent: false,
        }
    }

    /// The same limits, whole numbers only.
    pub fn whole(self) -> Limits {
        Limits {
            whole: true,
            ..self
        }
    }

    /// The same limits, for a percentage.
    pub fn percent(self) -> Limits {
        Limits {
            percent: true,
            ..self
        }
    }

    /// Whether `value` is within the limits (wholeness aside).
    fn holds(self, value: f64) -> bool {
        (self.min..=self.max).contains(&value)
    }
}

/// Why a field's text is not used.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Refusal {
    /// Nothing but spaces.
    Empty,
    /// Not a number in any reading.
    NotANumber,
    /// Outside the field's limits (also what is too large to read).
    OutOfRange {
        /// The smallest value accepted.
        min: f64,
        /// The largest value accepted.
        max: f64,
    },
    /// A fraction where only whole numbers are accepted.
    NotWhole,
    /// A lone mark before three digits (`22,500`) whose reading in the
    /// field's language is out of range while the other reading is not:
    /// the user may well have meant the other one, so neither is guessed.
    Ambiguous {
        /// The language's reading (`22500` in English).
        read: f64,
        /// The other mark's reading (`22.5`).
        other: f64,
    },
}

/// What a field's text gives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Entry {
    /// The text reads as this value, within the limits: use it.
    Reads(f64),
    /// The text cannot be used; the tools keep `kept`.
    Refused {
        /// Why.
        why: Refusal,
        /// The value used meanwhile (the one the field had before).
        kept: f64,
    },
}

impl Entry {
    /// The value the tools compute with while this is the field's text.
    pub fn in_use(self) -> f64 {
        match self {
            Entry::Reads(v) | Entry::Refused { kept: v, .. } => v,
        }
    }
}

/// The entry for `text`, read with `mark` (the language's decimal mark
/// when the text was typed), within `limits`, with `kept` the value in use
/// before.
pub fn enter(text: &str, mark: Mark, limits: Limits, kept: f64) -> Entry {
    match decide(text, mark, limits) {
        Ok(value) => Entry::Reads(value),
        Err(why) => Entry::Refused { why, kept },
    }
}

/// The value `text` stands for in a field, or why it cannot be used.
fn decide(text: &str, mark: Mark, limits: Limits) -> Result<f64, Refusal> {
    let trimmed = text.trim();
    let text = if limits.percent {
        trimmed.strip_suffix('%').map_or(trimmed, str::trim_end)
    } else {
        trimmed
    };
    let out_of_range = Refusal::OutOfRange {
        min: limits.min,
        max: limits.max,
    };
    let value = match read(text, Some(mark)) {
        Ok(value) => value,
        Err(Problem::Empty) if trimmed.is_empty() => return Err(Refusal::Empty),
        Err(Problem::TooLarge) => return Err(out_of_range),
        Err(_) => return Err(Refusal::NotANumber),
    };
    if !limits.holds(value) {
        // `22,500` in a percentage in English: 22500 is out of range, but
        // 22.5, the reading a Polish or Russian consultant means, is not.
        let other = match mark {
            Mark::Point => Mark::Comma,
            Mark::Comma => Mark::Point,
        };
        if read(text, None) == Err(Problem::Ambiguous) {
            if let Ok(alternative) = read(text, Some(other)) {
                if limits.holds(alternative) && (!limits.whole || alternative.fract() == 0.0) {
                    return Err(Refusal::Ambiguous {
                        read: value,
                        other: alternative,
                    });
                }
            }
        }
        return Err(out_of_range);
    }
    if limits.whole && value.fract() != 0.0 {
        return Err(Refusal::NotWhole);
    }
    Ok(value)
}

/// `value` as a field shows it in `locale`: grouped as the language
/// groups, with as few decimals as give back exactly `value` when read
/// (at most six, the most [`Locale::format_number`] writes).
pub fn shown(locale: Locale, value: f64) -> String {
    let mark = locale.decimal_mark();
    (0..=6)
        .map(|decimals| locale.format_number(value, decimals))
        .find(|text| read(text, Some(mark)) == Ok(value))
        .unwrap_or_else(|| locale.format_number(value, 6))
}

/// `value` written so that it reads the same whatever the decimal mark:
/// no grouping, and a decimal part only when it has one.
pub fn plain(locale: Locale, value: f64) -> String {
    let mut text: String = shown(locale, value)
        .chars()
        .filter(|c| match locale {
            Locale::En => *c != ',',
            Locale::Ru | Locale::Pl => !c.is_whitespace(),
        })
        .collect();
    // `1,234` could still be a thousand and some: `1,2340` cannot.
    if read(&text, None) == Err(Problem::Ambiguous) {
        text.push('0');
    }
    text
}

impl Refusal {
    /// The reason in the words of `locale`, bounds and readings written as
    /// its fields show them.
    pub fn message(self, locale: Locale, text: &str) -> String {
        let t = locale.strings();
        match self {
            Refusal::Empty => t.error_empty().to_owned(),
            Refusal::NotANumber => t.error_not_number().to_owned(),
            Refusal::NotWhole => t.number_whole().to_owned(),
            Refusal::OutOfRange { min, max } => fill(
                t.error_range(),
                &[("min", &shown(locale, min)), ("max", &shown(locale, max))],
            ),
            Refusal::Ambiguous { read, other } => fill(
                t.number_ambiguous(),
                &[
                    ("text", text.trim()),
                    ("read", &plain(locale, read)),
                    ("other", &plain(locale, other)),
                ],
            ),
        }
    }
}
