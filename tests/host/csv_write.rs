//! The CSV writer: BOM, separators and decimals per language, RFC 4180
//! quoting and the formula-injection guard, table by table.

use rapport::csv::write::{write, Cell, Style, BOM};
use rapport::i18n::Locale;

fn t(s: &str) -> Cell {
    Cell::text(s)
}

fn n(value: f64, decimals: usize) -> Cell {
    Cell::Number { value, decimals }
}

#[test]
fn each_language_has_its_separator_and_decimal_mark() {
    let rows = vec![vec![t("Strategy"), n(62.5, 1), n(1234.0, 0), n(-0.25, 2)]];
    let cases = [
        (Locale::En, "Strategy,62.5,1234,-0.25\r\n"),
        (Locale::Ru, "Strategy;62,5;1234;-0,25\r\n"),
        (Locale::Pl, "Strategy;62,5;1234;-0,25\r\n"),
    ];
    for (locale, expected) in cases {
        let written = write(&rows, Style::of(locale));
        assert_eq!(written, format!("{BOM}{expected}"), "{locale:?}");
    }
}

#[test]
fn the_file_starts_with_the_byte_order_mark() {
    for locale in [Locale::En, Locale::Ru, Locale::Pl] {
        let written = write(&[], Style::of(locale));
        assert_eq!(written.as_bytes(), [0xEF, 0xBB, 0xBF], "{locale:?}");
    }
}

#[test]
fn text_is_quoted_as_rfc_4180_says() {
    let en = Style::of(Locale::En);
    let ru = Style::of(Locale::Ru);
    let cases: [(&str, Style, &str); 11] = [
        ("plain", en, "plain"),
        ("a,b", en, "\"a,b\""),
        // A comma is no separator in Russian, so it needs no quotes there.
        ("a,b", ru, "a,b"),
        ("a;b", ru, "\"a;b\""),
        ("say \"hi\"", en, "\"say \"\"hi\"\"\""),
        ("two\nlines", ru, "\"two\nlines\""),
        ("cr\rlf", en, "\"cr\rlf\""),
        (" padded ", en, "\" padded \""),
        // A space at either end alone is enough.
        (" lead", ru, "\" lead\""),
        ("trail ", en, "\"trail \""),
        ("Лояльность и доверие", ru, "Лояльность и доверие"),
    ];
    for (text, style, expected) in cases {
        let written = write(&[vec![t(text)]], style);
        assert_eq!(written, format!("{BOM}{expected}\r\n"), "{text:?}");
    }
}

#[test]
fn a_cell_a_spreadsheet_would_run_is_prefixed() {
    let en = Style::of(Locale::En);
    let cases = [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+7 495", "'+7 495"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\tindent", "'\tindent"),
        // Quoted after the guard, since it holds a separator.
        (
            "=HYPERLINK(\"x\",\"y\")",
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"",
        ),
        ("a=b", "a=b"),
        ("", ""),
    ];
    for (text, expected) in cases {
        let written = write(&[vec![t(text)]], en);
        assert_eq!(written, format!("{BOM}{expected}\r\n"), "{text:?}");
    }
}

#[test]
fn numbers_are_never_guarded_and_never_nan() {
    let ru = Style::of(Locale::Ru);
    let rows = vec![vec![
        n(-5.0, 0),
        n(f64::NAN, 1),
        n(f64::INFINITY, 0),
        n(0.125, 2),
    ]];
    // -5 is a number, not a formula; what is not finite is left empty;
    // 0.125 rounds half away from zero to 0,13.
    assert_eq!(write(&rows, ru), format!("{BOM}-5;;;0,13\r\n"));
}

#[test]
fn a_table_as_shown_becomes_numbers_where_it_shows_numbers() {
    let cases = [
        (Locale::En, "1,234.5", n(1234.5, 1)),
        (Locale::Ru, "1\u{a0}234,5", n(1234.5, 1)),
        (Locale::Pl, "62,5", n(62.5, 1)),
        (Locale::Ru, "12", n(12.0, 0)),
        (Locale::En, "-3", n(-3.0, 0)),
        (Locale::Ru, "62,5 %", t("62,5 %")),
        (Locale::En, "Strategy", t("Strategy")),
        (Locale::En, "—", t("—")),
    ];
    for (locale, shown, expected) in cases {
        assert_eq!(Cell::from_shown(shown, locale), expected, "{shown:?}");
    }
}

#[test]
fn rows_end_in_crlf_and_keep_their_order() {
    let rows = vec![
        vec![t("Component"), t("Score")],
        vec![t("Strategy"), n(75.0, 1)],
        vec![t("Values"), n(50.0, 1)],
    ];
    let written = write(&rows, Style::of(Locale::Pl));
    assert_eq!(
        written,
        format!("{BOM}Component;Score\r\nStrategy;75,0\r\nValues;50,0\r\n")
    );
}

/// A plain RFC 4180 reader for the tests: fields split on `separator`,
/// quoted fields with doubled quotes, records ending in CRLF.
fn read_back(text: &str, separator: char) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.strip_prefix(BOM).unwrap_or(text).chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, c) if c == separator => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    records
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text of any kind, weighted towards what breaks CSV: separators,
    /// quotes, line breaks, spaces and formula starters, and Cyrillic and
    /// Polish letters.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just(','),
                Just(';'),
                Just('"'),
                Just('\n'),
                Just('\r'),
                Just(' '),
                Just('='),
                Just('+'),
                Just('-'),
                Just('@'),
                Just('\t'),
                Just('ж'),
                Just('ł'),
                Just('a'),
                Just('7'),
            ],
            0..12,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        /// Whatever the text, a reader gets back every field as written,
        /// guarded with a leading `'` exactly when it starts like a formula.
        #[test]
        fn every_text_reads_back_and_no_formula_runs(
            rows in proptest::collection::vec(proptest::collection::vec(text(), 1..5), 1..5),
            russian in any::<bool>(),
        ) {
            let style = Style::of(if russian { Locale::Ru } else { Locale::En });
            let cells: Vec<Vec<Cell>> = rows
                .iter()
                .map(|row| row.iter().map(|s| Cell::text(s.as_str())).collect())
                .collect();
            let written = write(&cells, style);
            prop_assert!(written.starts_with(BOM));
            let read = read_back(&written, style.separator);
            let expected: Vec<Vec<String>> = rows
                .iter()
                .map(|row| {
                    row.iter()
                        .map(|s| match s.chars().next() {
                            Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
                            _ => s.clone(),
                        })
                        .collect()
                })
                .collect();
            prop_assert_eq!(read, expected);
        }
    }
}
