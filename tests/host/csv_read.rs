//! The CSV reader: tables written in every dialect read back equal, any
//! bytes are read without a panic, and every bad line is reported with its
//! number.

use proptest::prelude::*;
use rapport::csv::read::{guess_delimiter, read, Delimiter, LineProblem, Record};

/// Writes `rows` as spreadsheets do: a field in quotes when it holds the
/// separator, a quote, a line break or leading or trailing space, `""` for
/// a quote. (The report's writer, `csv::write`, follows the same rules.)
fn write(rows: &[Vec<String>], delimiter: Delimiter, crlf: bool, bom: bool) -> Vec<u8> {
    let sep = delimiter.byte() as char;
    let end = if crlf { "\r\n" } else { "\n" };
    let mut out = String::new();
    if bom {
        out.push('\u{feff}');
    }
    for row in rows {
        let fields: Vec<String> = row
            .iter()
            .map(|f| {
                if f.contains([sep, '"', '\n', '\r']) || f.is_empty() {
                    format!("\"{}\"", f.replace('"', "\"\""))
                } else {
                    f.clone()
                }
            })
            .collect();
        out.push_str(&fields.join(&sep.to_string()));
        out.push_str(end);
    }
    out.into_bytes()
}

/// A file, the separator it should be read with, and its records: line
/// number and fields.
type Case<'a> = (&'a [u8], Delimiter, &'a [(usize, &'a [&'a str])]);

#[test]
fn files_as_programs_write_them() {
    let cases: [Case; 7] = [
        (
            b"a,b\n1,2\n",
            Delimiter::Comma,
            &[(1, &["a", "b"]), (2, &["1", "2"])],
        ),
        (
            b"\xEF\xBB\xBFname;revenue\r\nA;1 234,5\r\n",
            Delimiter::Semicolon,
            &[(1, &["name", "revenue"]), (2, &["A", "1 234,5"])],
        ),
        (
            b"n\tv\n\n\"x\ny\"\t\"1,5\"\n",
            Delimiter::Tab,
            &[(1, &["n", "v"]), (3, &["x\ny", "1,5"])],
        ),
        (
            b"a;b\n\"say \"\"hi\"\"\";2\nlast;3",
            Delimiter::Semicolon,
            &[
                (1, &["a", "b"]),
                (2, &["say \"hi\"", "2"]),
                (3, &["last", "3"]),
            ],
        ),
        (
            b"a,b\r1,2\r",
            Delimiter::Comma,
            &[(1, &["a", "b"]), (2, &["1", "2"])],
        ),
        // A first line with `;` in quotes only is a comma file.
        (b"\"a;b\",c\n", Delimiter::Comma, &[(1, &["a;b", "c"])]),
        // Blank lines and lines of empty fields are skipped; numbers count on.
        (
            b"a\n\n;;\nb\n",
            Delimiter::Comma,
            &[(1, &["a"]), (3, &[";;"]), (4, &["b"])],
        ),
    ];
    for (bytes, delimiter, expected) in cases {
        let table = read(bytes);
        assert_eq!(table.delimiter, delimiter, "{bytes:?}");
        let expected: Vec<Record> = expected
            .iter()
            .map(|(line, fields)| Record {
                line: *line,
                fields: fields.iter().map(|f| f.to_string()).collect(),
            })
            .collect();
        assert_eq!(table.records, expected, "{bytes:?}");
        assert!(table.bad.is_empty());
    }
}

#[test]
fn the_separator_is_the_one_the_first_line_uses_most() {
    use Delimiter::{Comma, Semicolon, Tab};
    let cases: [(&[u8], Delimiter); 9] = [
        (b"a;b;c\n1,5;2;3\n", Semicolon),
        (b"a,b,c;d\n", Comma),
        (b"a\tb\tc,d\n", Tab),
        // Ties: `;` before `,`, and `,` before a tab.
        (b"a;b,c\n", Semicolon),
        (b"a,b\tc\n", Comma),
        // Blank lines before the header are skipped, whatever ends them.
        (b"\r\n\r\nA;B;C\r\n1,2,3,4,5\r\n", Semicolon),
        (b"\n\rA\tB\n", Tab),
        // A line break in quotes does not end the first line.
        (b"x,\"a\nb\";c;d\n", Semicolon),
        // One column (or none): any separator reads it the same.
        (b"name\n", Comma),
    ];
    for (bytes, expected) in cases {
        assert_eq!(
            guess_delimiter(bytes),
            expected,
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn bad_lines_are_reported_with_their_numbers() {
    let table = read(b"name;revenue\nGood;1\n\xFF\xFEbad;2\nAlso good;3\n\"open;4\nnever closed\n");
    assert_eq!(
        table.bad,
        vec![(3, LineProblem::NotUtf8), (5, LineProblem::UnclosedQuote)]
    );
    let lines: Vec<usize> = table.records.iter().map(|r| r.line).collect();
    assert_eq!(lines, [1, 2, 4]);
}

fn field() -> impl Strategy<Value = String> {
    // Letters, digits, separators, quotes, line breaks, spaces, Cyrillic,
    // Polish and the spaces numbers are grouped with.
    prop::collection::vec(
        prop::sample::select(vec![
            "a", "Z", "7", ",", ";", "\t", "\"", "\n", "\r\n", " ", "ż", "Ё", "\u{a0}", "1 234,5",
        ]),
        0..6,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    /// Any table written in any dialect reads back equal: same separator,
    /// same fields, each record on the line it was written on (rows of
    /// blank fields are skipped as blank lines).
    #[test]
    fn what_is_written_reads_back(
        width in 2usize..5,
        rows in prop::collection::vec(prop::collection::vec(field(), 5), 1..12),
        delimiter in prop::sample::select(Delimiter::ALL.to_vec()),
        crlf in any::<bool>(),
        bom in any::<bool>(),
        first in "[a-z]{1,8}",
    ) {
        // (One column has no separator to guess; the table test covers it.)
        // A header with the separator `width - 1` times and no quotes
        // decides the separator, as a real file's header does.
        let mut rows: Vec<Vec<String>> = rows.into_iter().map(|r| r[..width].to_vec()).collect();
        rows.insert(0, (0..width).map(|i| format!("{first}{i}")).collect());
        let bytes = write(&rows, delimiter, crlf, bom);
        let table = read(&bytes);
        prop_assert!(table.bad.is_empty());
        prop_assert_eq!(table.delimiter, delimiter);
        let mut line = 1;
        let mut expected = Vec::new();
        for row in &rows {
            // A row of blank fields is a blank line: skipped, but counted.
            if row.iter().any(|f| !f.trim().is_empty()) {
                expected.push(Record { line, fields: row.clone() });
            }
            line += 1 + row.iter().map(|f| f.matches('\n').count()).sum::<usize>();
        }
        prop_assert_eq!(table.records, expected);
    }

    /// Random bytes never panic, and every line is either read or reported
    /// with a line number within the file.
    #[test]
    fn any_bytes_are_read_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let table = read(&bytes);
        let lines = 1 + bytes.iter().filter(|b| **b == b'\n' || **b == b'\r').count();
        for (line, _) in &table.bad {
            prop_assert!((1..=lines).contains(line));
        }
        for record in &table.records {
            prop_assert!((1..=lines).contains(&record.line));
        }
    }
}

#[test]
fn ten_thousand_random_files_never_panic() {
    // A plain generator (xorshift), so the run is the same every time and
    // needs no proptest shrinking: bytes weighted towards CSV's own.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet = b",;\t\"\n\r a1\xEF\xBB\xBF\xFF\xD0";
    for _ in 0..10_000 {
        let len = (next() % 200) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                let r = next();
                if r % 3 == 0 {
                    (r >> 8) as u8
                } else {
                    alphabet[(r >> 8) as usize % alphabet.len()]
                }
            })
            .collect();
        let table = read(&bytes);
        let mut lines: Vec<usize> = table.records.iter().map(|r| r.line).collect();
        lines.extend(table.bad.iter().map(|(l, _)| *l));
        let sorted = {
            let mut s = lines.clone();
            s.sort_unstable();
            s.dedup();
            s
        };
        assert_eq!(sorted.len(), lines.len(), "two records on one line");
    }
}
