//! Reading numbers as people and files write them (`i18n::number`): a
//! table per language and mark, and a property: whatever the app formats,
//! in any language, reads back as the value formatted.

use proptest::prelude::*;
use rapport::i18n::number::{decisive_mark, guess_mark, quick, read, read_general, Mark, Problem};
use rapport::i18n::Locale;

const NB: char = '\u{a0}';
const NNB: char = '\u{202f}';

#[test]
fn numbers_read_as_written() {
    use Mark::{Comma, Point};
    let nb = format!("1{NB}234,5");
    let nnb = format!("1{NNB}234{NNB}567,25");
    let cases: Vec<(&str, Option<Mark>, Result<f64, Problem>)> = vec![
        // Plain and signed.
        ("42", None, Ok(42.0)),
        ("  -7 ", None, Ok(-7.0)),
        ("+3", None, Ok(3.0)),
        ("\u{2212}3,5", None, Ok(-3.5)),
        ("-0", None, Ok(0.0)),
        // English.
        ("1,234.5", None, Ok(1234.5)),
        ("1,234,567", None, Ok(1_234_567.0)),
        ("22.5", None, Ok(22.5)),
        ("1,234", Some(Point), Ok(1234.0)),
        ("0.125", None, Ok(0.125)),
        (".5", None, Ok(0.5)),
        // Russian and Polish: spaces of every width, decimal comma.
        ("1 234,5", None, Ok(1234.5)),
        (&nb, None, Ok(1234.5)),
        (&nnb, None, Ok(1_234_567.25)),
        ("22,5", None, Ok(22.5)),
        ("1,234", Some(Comma), Ok(1.234)),
        ("1.234.567,8", None, Ok(1_234_567.8)),
        // Swiss.
        ("1'234.5", None, Ok(1234.5)),
        ("1’234’567", None, Ok(1_234_567.0)),
        // A lone mark before three digits, no mark known: either reading.
        ("1,234", None, Err(Problem::Ambiguous)),
        ("12.500", None, Err(Problem::Ambiguous)),
        // A leading zero cannot start a group: a decimal.
        ("0,500", None, Ok(0.5)),
        // Spaces group, so the mark is decimal.
        ("1 234,567", None, Ok(1234.567)),
        // Not numbers.
        ("", None, Err(Problem::Empty)),
        ("   ", None, Err(Problem::Empty)),
        ("abc", None, Err(Problem::NotANumber)),
        ("12a", None, Err(Problem::NotANumber)),
        ("1e5", None, Err(Problem::NotANumber)),
        ("NaN", None, Err(Problem::NotANumber)),
        ("inf", None, Err(Problem::NotANumber)),
        ("--1", None, Err(Problem::NotANumber)),
        ("-", None, Err(Problem::NotANumber)),
        (",", None, Err(Problem::NotANumber)),
        ("1.2.3", None, Err(Problem::NotANumber)),
        ("1,23,456", None, Err(Problem::NotANumber)),
        ("12 34", None, Err(Problem::NotANumber)),
        ("1 234 5", None, Err(Problem::NotANumber)),
        ("1,234.5.6", None, Err(Problem::NotANumber)),
        ("1.234,5,6", None, Err(Problem::NotANumber)),
        (" 1", None, Ok(1.0)),
        ("1 ", None, Ok(1.0)),
        ("' 1", None, Err(Problem::NotANumber)),
        ("12,5 5", None, Err(Problem::NotANumber)),
        ("10%", None, Err(Problem::NotANumber)),
        // Too large to sum exactly.
        ("99999999999999999999", None, Err(Problem::TooLarge)),
        ("2 000 000 000 000 000", None, Err(Problem::TooLarge)),
    ];
    for (text, mark, expected) in cases {
        assert_eq!(read(text, mark), expected, "{text:?} with {mark:?}");
    }
}

#[test]
fn a_file_shows_its_mark_by_the_numbers_only_one_reading_fits() {
    use Mark::{Comma, Point};
    let cases: [(&[&str], Option<Mark>); 7] = [
        (&["22,5", "1 234", "1,234"], Some(Comma)),
        (&["22.5", "1,234"], Some(Point)),
        (&["1.234.567"], Some(Comma)),
        (&["1,234", "12"], None),
        (&["22,5", "22.5"], None),
        (&["abc", ""], None),
        (&["1,234.5"], Some(Point)),
    ];
    for (texts, expected) in cases {
        assert_eq!(guess_mark(texts.iter().copied()), expected, "{texts:?}");
    }
    assert_eq!(decisive_mark("1.234"), None);
    // One number at a time: the mark it must be using, if any.
    let single = [
        ("22,5", Some(Comma)),
        ("0.125", Some(Point)),
        // Both marks: the last is the decimal one, whichever it is.
        ("1.234,5", Some(Comma)),
        ("1,234.5", Some(Point)),
        (" 12.345.678,9 ", Some(Comma)),
        // Grouped by one mark several times: the other is the decimal one.
        ("1.234.567", Some(Comma)),
        ("1,234,567", Some(Point)),
        // Either reading fits, none is needed, or it is not a number.
        ("1,234", None),
        ("12", None),
        ("x,5", None),
        ("1.2.3,4", None),
    ];
    for (text, expected) in single {
        assert_eq!(decisive_mark(text), expected, "{text}");
    }
}

proptest! {
    /// Every value the app formats, in every language and at every
    /// precision it uses, reads back as the value formatted (with the
    /// language's mark, and without one unless a lone mark precedes three
    /// digits).
    #[test]
    fn what_is_formatted_reads_back(
        value in -1e12f64..1e12,
        decimals in 0usize..=3,
        locale in prop::sample::select(Locale::ALL.to_vec()),
    ) {
        let text = locale.format_number(value, decimals);
        let scale = 10f64.powi(decimals as i32);
        let expected = (value.abs() * scale).round() / scale * value.signum();
        let read_back = read(&text, Some(locale.decimal_mark())).unwrap();
        prop_assert!((read_back - expected).abs() <= 1e-9 * expected.abs().max(1.0),
            "{text:?} read {read_back}, expected {expected}");
        match read(&text, None) {
            Ok(v) => prop_assert_eq!(v, read_back),
            Err(e) => prop_assert_eq!(e, Problem::Ambiguous),
        }
    }

    /// Grouping with any of the spaces people use reads the same.
    #[test]
    fn any_group_space_reads_the_same(
        whole in 1000u64..1_000_000_000,
        fraction in 0u32..100,
        space in prop::sample::select(vec![' ', NB, NNB, '\u{2009}', '\'']),
        comma in any::<bool>(),
    ) {
        let digits = whole.to_string();
        let mut grouped = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(space);
            }
            grouped.push(d);
        }
        let text = format!("{grouped}{}{fraction:02}", if comma { ',' } else { '.' });
        let expected = whole as f64 + f64::from(fraction) / 100.0;
        prop_assert_eq!(read(&text, None), Ok(expected));
    }

    /// No text panics or gives a number that is not finite.
    #[test]
    fn any_text_is_a_finite_number_or_a_reason(text in ".{0,24}", mark in prop::option::of(prop::sample::select(vec![Mark::Point, Mark::Comma]))) {
        if let Ok(v) = read(&text, mark) {
            prop_assert!(v.is_finite());
        }
    }

    /// The quick path for plainly written numbers answers as the full
    /// reading does, for texts made of the characters numbers are written
    /// with (digits, marks, signs, every grouping space) in any order, and
    /// for plainly grouped numbers in particular.
    #[test]
    fn the_quick_path_reads_as_the_full_reading(
        text in "[-+]?[0-9., \u{a0}\u{202f}'\u{2212}]{0,22}",
        grouped in "[-+]?[0-9]{1,3}([ \u{a0}][0-9]{3}){0,5}([.,][0-9]{1,4})?",
        mark in prop::option::of(prop::sample::select(vec![Mark::Point, Mark::Comma])),
    ) {
        for t in [&text, &grouped] {
            prop_assert_eq!(read(t, mark), read_general(t.trim(), mark), "{:?}", t);
        }
    }
}

#[test]
fn plainly_written_numbers_take_the_quick_reading_and_nothing_else_does() {
    // Read in one pass, with the value the full reading gives.
    let plain: [(&str, f64); 17] = [
        ("0", 0.0),
        ("7", 7.0),
        ("-12", -12.0),
        ("+3", 3.0),
        ("-0", 0.0),
        ("1234", 1234.0),
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("-0,75", -0.75),
        ("1 234", 1234.0),
        ("12\u{a0}345,67", 12345.67),
        ("1'234'567.5", 1_234_567.5),
        // Three decimals after a zero, after four digits, or after groups.
        ("0,125", 0.125),
        ("1234,567", 1234.567),
        ("1 234,567", 1234.567),
        // Leading zeros aside, sixteen digits: the maximum itself.
        ("0000000000000000000001", 1.0),
        ("1000000000000000", 1e15),
    ];
    for (text, value) in plain {
        assert_eq!(
            quick(text).map(f64::to_bits),
            Some(value.to_bits()),
            "{text}"
        );
        assert_eq!(read_general(text, Some(Mark::Comma)), Ok(value), "{text}");
    }
    // Left to the full reading: doubtful, badly grouped, too long, or not
    // plainly a number.
    let other = [
        "",
        "-",
        "+",
        ",5",
        "5,",
        "1,234",
        "1.234",
        "1 23",
        "12 3456",
        "1234 567",
        "1 234 56",
        "1a234",
        "1.2.3",
        "12,5 000",
        "12345678901234567",
        "1000000000000001",
        "111111111111111111111111111111111111111111111",
        "1e5",
        "−5",
        " 1",
        "--1",
        "1-",
    ];
    for text in other {
        assert_eq!(quick(text), None, "{text}");
    }
    // The full reading: a group space needs a digit on both sides and the
    // maximum itself is allowed.
    assert_eq!(read_general("1 ,5", None), Err(Problem::NotANumber));
    assert_eq!(read_general("1 .234.567", None), Err(Problem::NotANumber));
    // Groups start with one to three digits.
    assert_eq!(read_general(".234.567", None), Err(Problem::NotANumber));
    assert_eq!(read_general("1234.567.890", None), Err(Problem::NotANumber));
    assert_eq!(read_general("1,5 ", None), Err(Problem::NotANumber));
    assert_eq!(read_general("1 000 000 000 000 000", None), Ok(1e15));
    assert_eq!(
        read_general("1 000 000 000 000 001", None),
        Err(Problem::TooLarge)
    );
}
