//! What a number field does with its text (`i18n::entry`), per language: a
//! table of texts as people type them, the messages, and two properties:
//! any valid value as a field shows it reads back as that value in every
//! language, and no text ever gives a value outside the field's limits.

use proptest::prelude::*;
use rapport::i18n::entry::{enter, plain, shown, Entry, Limits, Refusal};
use rapport::i18n::number::Mark;
use rapport::i18n::Locale;

const NB: char = '\u{a0}';

/// A percentage, as the loyalty tool's retention or margin.
fn percent() -> Limits {
    Limits::new(0.0, 100.0).percent()
}

/// An amount of money, as the loyalty tool's and the key-account tool's.
fn money() -> Limits {
    Limits::new(0.0, 1e12)
}

/// Years of a horizon: whole, 1 to 30.
fn years() -> Limits {
    Limits::new(1.0, 30.0).whole()
}

#[test]
fn texts_give_the_value_they_show_or_a_reason_with_the_value_kept() {
    use Locale::{En, Pl, Ru};
    use Refusal::{Ambiguous, Empty, NotANumber, NotWhole};
    let range = |min: f64, max: f64| Refusal::OutOfRange { min, max };
    let grouped_ru = format!("1{NB}234,5");
    let grouped_pl = format!("12{NB}345,5");
    // The value in use before each text: 80, the retention example.
    let kept = 80.0;
    let cases: Vec<(Locale, &str, Limits, Result<f64, Refusal>)> = vec![
        // English: a comma or a point as the decimal mark, commas group.
        (En, "22.5", percent(), Ok(22.5)),
        (En, "22,5", percent(), Ok(22.5)),
        (En, "22,5 %", percent(), Ok(22.5)),
        (En, "22.5%", percent(), Ok(22.5)),
        (En, "1,234", money(), Ok(1234.0)),
        (En, "1,234.5", money(), Ok(1234.5)),
        (En, "1 234,5", money(), Ok(1234.5)),
        // A dangling mark is what the digits before it show: the reading of
        // the text as it stands, not a value kept from earlier keystrokes.
        (En, "22,", percent(), Ok(22.0)),
        // 22500 is out of range, 22.5 (the comma's reading) is not.
        (
            En,
            "22,500",
            percent(),
            Err(Ambiguous {
                read: 22500.0,
                other: 22.5,
            }),
        ),
        // Both readings out of range: just out of range.
        (En, "220,500", percent(), Err(range(0.0, 100.0))),
        (En, "150", percent(), Err(range(0.0, 100.0))),
        (En, "-5", percent(), Err(range(0.0, 100.0))),
        (En, "99999999999999999999", money(), Err(range(0.0, 1e12))),
        (En, "abc", percent(), Err(NotANumber)),
        (En, "1e5", percent(), Err(NotANumber)),
        (En, "22,5,5", percent(), Err(NotANumber)),
        (En, "%", percent(), Err(NotANumber)),
        (En, "5 %", money(), Err(NotANumber)),
        (En, "", percent(), Err(Empty)),
        (En, "   ", percent(), Err(Empty)),
        (En, "10", years(), Ok(10.0)),
        (En, "2.5", years(), Err(NotWhole)),
        // 10,000 years is out of range; 10.000 would be ten.
        (
            En,
            "10,000",
            years(),
            Err(Ambiguous {
                read: 10000.0,
                other: 10.0,
            }),
        ),
        // Russian: a comma or a point, spaces of any width group.
        (Ru, "22,5", percent(), Ok(22.5)),
        (Ru, "22.5", percent(), Ok(22.5)),
        (Ru, "1,234", money(), Ok(1.234)),
        (Ru, "1.234", money(), Ok(1234.0)),
        (Ru, &grouped_ru, money(), Ok(1234.5)),
        (Ru, "1 234,5", money(), Ok(1234.5)),
        (
            Ru,
            "22.500",
            percent(),
            Err(Ambiguous {
                read: 22500.0,
                other: 22.5,
            }),
        ),
        (Ru, "это", percent(), Err(NotANumber)),
        (Ru, "2,5", years(), Err(NotWhole)),
        // Polish: the same marks; groups from five digits when it writes.
        (Pl, "22,5", percent(), Ok(22.5)),
        (Pl, "22.5", percent(), Ok(22.5)),
        (Pl, "1234", money(), Ok(1234.0)),
        (Pl, &grouped_pl, money(), Ok(12345.5)),
        (Pl, "1,234", money(), Ok(1.234)),
        (
            Pl,
            "22.500 %",
            percent(),
            Err(Ambiguous {
                read: 22500.0,
                other: 22.5,
            }),
        ),
        (Pl, "101", percent(), Err(range(0.0, 100.0))),
    ];
    for (locale, text, limits, expected) in cases {
        let expected = match expected {
            Ok(value) => Entry::Reads(value),
            Err(why) => Entry::Refused { why, kept },
        };
        let got = enter(text, locale.decimal_mark(), limits, kept);
        assert_eq!(got, expected, "{locale:?} {text:?}");
        let in_use = if let Entry::Reads(v) = expected {
            v
        } else {
            kept
        };
        assert_eq!(got.in_use(), in_use, "{locale:?} {text:?}");
    }
}

#[test]
fn a_reason_is_written_in_the_users_language() {
    use Locale::{En, Pl, Ru};
    let ambiguous = Refusal::Ambiguous {
        read: 22500.0,
        other: 22.5,
    };
    let cases: [(Locale, Refusal, &str, &str); 8] = [
        (En, Refusal::NotANumber, "abc", "This is not a number."),
        (En, Refusal::Empty, "", "Enter a number."),
        (En, Refusal::NotWhole, "2.5", "Enter a whole number."),
        (
            En,
            Refusal::OutOfRange {
                min: 0.0,
                max: 1e12,
            },
            "-1",
            "Enter a value from 0 to 1,000,000,000,000.",
        ),
        (
            En,
            ambiguous,
            " 22,500 ",
            "“22,500” could mean 22500 or 22.5: type the one you mean.",
        ),
        (
            Pl,
            ambiguous,
            "22.500",
            "„22.500” może oznaczać 22500 albo 22,5: wpisz właściwą wartość.",
        ),
        (
            Ru,
            Refusal::OutOfRange {
                min: 0.0,
                max: 100.0,
            },
            "150",
            "Введите значение от 0 до 100.",
        ),
        (Ru, Refusal::NotANumber, "это", "Это не число."),
    ];
    for (locale, why, text, expected) in cases {
        assert_eq!(why.message(locale, text), expected, "{locale:?} {why:?}");
    }
}

#[test]
fn values_are_shown_as_the_language_writes_them_and_plainly_when_it_matters() {
    use Locale::{En, Pl, Ru};
    let cases: [(Locale, f64, &str, &str); 9] = [
        (En, 22.5, "22.5", "22.5"),
        (En, 22500.0, "22,500", "22500"),
        (En, 1.234, "1.234", "1.2340"),
        (En, 0.125, "0.125", "0.125"),
        (Ru, 1234.5, "1\u{a0}234,5", "1234,5"),
        (Ru, 1.234, "1,234", "1,2340"),
        (Pl, 1234.0, "1234", "1234"),
        (Pl, 12345.25, "12\u{a0}345,25", "12345,25"),
        // Beyond six decimals the field shows six (what the language's
        // formatting writes at most).
        (En, 1.0 / 3.0, "0.333333", "0.333333"),
    ];
    for (locale, value, expected_shown, expected_plain) in cases {
        assert_eq!(shown(locale, value), expected_shown, "{locale:?} {value}");
        assert_eq!(plain(locale, value), expected_plain, "{locale:?} {value}");
    }
}

proptest! {
    /// Whatever valid value a field holds, shown in any language, reads
    /// back as exactly that value in that language: a reload never changes
    /// a figure. Values are built valid: digits and up to six decimals,
    /// within a money field's limits (15 significant digits at most).
    #[test]
    fn a_value_shown_reads_back_as_itself(
        whole in 0u64..1_000_000_000,
        fraction in 0u64..1_000_000,
        decimals in 0u32..=6,
        locale in prop::sample::select(Locale::ALL.to_vec()),
    ) {
        let scale = 10u64.pow(decimals);
        let value = (whole * scale + fraction % scale) as f64 / scale as f64;
        let text = shown(locale, value);
        prop_assert_eq!(enter(&text, locale.decimal_mark(), money(), -1.0), Entry::Reads(value), "{}", text);
        // Written plainly, it reads the same with either mark.
        let plain_text = plain(locale, value);
        for mark in [Mark::Point, Mark::Comma] {
            prop_assert_eq!(enter(&plain_text, mark, money(), -1.0), Entry::Reads(value), "{}", plain_text);
        }
    }

    /// No text gives a value outside the limits or one that is not finite;
    /// a refused one keeps the value in use.
    #[test]
    fn no_text_gives_a_value_outside_the_limits(
        text in "[-+0-9.,% a-z]{0,12}",
        mark in prop::sample::select(vec![Mark::Point, Mark::Comma]),
        whole in any::<bool>(),
    ) {
        let limits = if whole { years() } else { percent() };
        match enter(&text, mark, limits, 7.0) {
            Entry::Reads(v) => {
                prop_assert!(v.is_finite() && (limits.min..=limits.max).contains(&v), "{text:?} read {v}");
                prop_assert!(!whole || v.fract() == 0.0);
            }
            Entry::Refused { kept, .. } => prop_assert_eq!(kept, 7.0),
        }
    }
}
