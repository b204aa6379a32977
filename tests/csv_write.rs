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
    let cases: [(&str, Style, &str); 9] = [
        ("plain", en, "plain"),
        ("a,b", en, "\"a,b\""),
        // A comma is no separator in Russian, so it needs no quotes there.
        ("a,b", ru, "a,b"),
        ("a;b", ru, "\"a;b\""),
        ("say \"hi\"", en, "\"say \"\"hi\"\"\""),
        ("two\nlines", ru, "\"two\nlines\""),
        ("cr\rlf", en, "\"cr\rlf\""),
        (" padded ", en, "\" padded \""),
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
