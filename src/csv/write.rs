//! Writing CSV that spreadsheets open correctly in every language.
//!
//! Excel reads a CSV file in the system's code page unless it starts with a
//! UTF-8 byte-order mark, and splits fields on the list separator of the
//! system's region: `,` where the decimal mark is a point (English), `;`
//! where it is a comma (Russian, Polish). So the file carries the BOM, and
//! the separator and decimal mark follow the report's language. Fields are
//! quoted as RFC 4180 says, lines end in CRLF, and a text cell that a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@`, and the tab and
//! carriage return OWASP adds) is prefixed with an apostrophe.
//!
//! Written by hand rather than with the `csv` crate: the quoting rule is a
//! few lines, and the BOM, separators, decimals and the formula guard are
//! ours to write either way.

use crate::i18n::Locale;

/// The byte-order mark that tells a spreadsheet the file is UTF-8.
pub const BOM: char = '\u{feff}';

/// One cell of a table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text, written as it is (quoted where needed, guarded against
    /// formulas).
    Text(String),
    /// A number, written with the language's decimal mark, no digit
    /// grouping, rounded to `decimals` places. A value that is not finite
    /// is written as an empty cell.
    Number {
        /// The value.
        value: f64,
        /// Places after the decimal mark.
        decimals: usize,
    },
}

impl Cell {
    /// A text cell.
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// A text cell read from a table as shown in `locale`: a plain number
    /// in that language's format (grouping spaces and all) becomes a
    /// [`Cell::Number`] with the places it was shown with, so the
    /// spreadsheet can compute with it; anything else stays text.
    pub fn from_shown(shown: &str, locale: Locale) -> Cell {
        let trimmed = shown.trim();
        match locale.parse_number(trimmed) {
            Ok(value) => {
                let mark = match locale {
                    Locale::En => '.',
                    Locale::Ru | Locale::Pl => ',',
                };
                let decimals = trimmed.rsplit_once(mark).map_or(0, |(_, f)| f.len());
                Cell::Number { value, decimals }
            }
            Err(_) => Cell::Text(shown.to_owned()),
        }
    }
}

/// How fields and decimals are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    /// Between fields.
    pub separator: char,
    /// The decimal mark of numbers.
    pub decimal: char,
}

impl Style {
    /// The style a spreadsheet in `locale`'s region expects.
    pub fn of(locale: Locale) -> Style {
        match locale {
            Locale::En => Style {
                separator: ',',
                decimal: '.',
            },
            Locale::Ru | Locale::Pl => Style {
                separator: ';',
                decimal: ',',
            },
        }
    }
}

/// The whole file: the BOM, then each row on its own CRLF-ended line.
pub fn write(rows: &[Vec<Cell>], style: Style) -> String {
    let mut out = String::new();
    out.push(BOM);
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(style.separator);
            }
            match cell {
                Cell::Text(text) => push_text(&mut out, text, style),
                Cell::Number { value, decimals } => push_number(&mut out, *value, *decimals, style),
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// A text field: guarded against formulas, then quoted if it holds the
/// separator, a quote, a line break, or leading or trailing spaces.
fn push_text(out: &mut String, text: &str, style: Style) {
    let guarded = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    };
    let quote = guarded.contains([style.separator, '"', '\n', '\r'])
        || guarded.starts_with(' ')
        || guarded.ends_with(' ');
    if quote {
        out.push('"');
        out.push_str(&guarded.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&guarded);
    }
}

/// A number with the style's decimal mark and no grouping; nothing for a
/// value that is not finite.
fn push_number(out: &mut String, value: f64, decimals: usize, style: Style) {
    if !value.is_finite() {
        return;
    }
    // English formatting has the point and a comma grouping; both are
    // rewritten here, so the one integer-rounding formatter serves.
    let shown = Locale::En.format_number(value, decimals);
    for c in shown.chars() {
        match c {
            ',' => {}
            '.' => out.push(style.decimal),
            c => out.push(c),
        }
    }
}
