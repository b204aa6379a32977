//! Reading CSV as real spreadsheets and CRMs write it: `,`, `;` or a tab
//! between fields (guessed from the first line), fields in double quotes
//! with `""` for a quote and line breaks inside, `\n`, `\r\n` or `\r` line
//! ends, UTF-8 with or without a byte-order mark. Pure and total: any bytes
//! give a [`Table`], whose lines that could not be read are listed with
//! their numbers and reasons, never a panic.

/// The separator between fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Delimiter {
    /// `,`
    Comma,
    /// `;` (spreadsheets in languages with a decimal comma)
    Semicolon,
    /// A tab (text copied from a spreadsheet)
    Tab,
}

impl Delimiter {
    /// Every separator, in the order a tie is settled.
    pub const ALL: [Delimiter; 3] = [Delimiter::Semicolon, Delimiter::Comma, Delimiter::Tab];

    /// The byte written between fields.
    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }
}

/// Why a line of the file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LineProblem {
    /// It is not UTF-8 text (a file saved in another encoding, or not text).
    NotUtf8,
    /// A quoted field opens on it and never closes before the end of the file.
    UnclosedQuote,
}

/// One record of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The line it starts on, counting from 1 as an editor does.
    pub line: usize,
    /// Its fields, as written (quotes removed).
    pub fields: Vec<String>,
}

/// What a file holds: its separator, its records, and the lines that could
/// not be read. Blank lines are neither.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The separator used.
    pub delimiter: Delimiter,
    /// The records read, the header first, in file order.
    pub records: Vec<Record>,
    /// Each line that could not be read, with why.
    pub bad: Vec<(usize, LineProblem)>,
}

/// The UTF-8 byte-order mark some programs write first.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads `bytes` with the separator the first line uses most (outside
/// quotes; `;` wins a tie over `,`, then a tab).
pub fn read(bytes: &[u8]) -> Table {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    read_with(bytes, guess_delimiter(bytes))
}

/// The separator the first non-blank line uses most, outside quotes.
pub fn guess_delimiter(bytes: &[u8]) -> Delimiter {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let mut counts = [0usize; 3];
    let mut quoted = false;
    let mut seen = false;
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted && seen => break,
            b'\n' | b'\r' => {}
            _ if quoted => {}
            _ => {
                seen = true;
                if let Some(i) = Delimiter::ALL.iter().position(|d| d.byte() == b) {
                    counts[i] += 1;
                }
            }
        }
    }
    let best = (0..3).fold(0, |best, i| if counts[i] > counts[best] { i } else { best });
    if counts[best] == 0 {
        // One column: any separator reads it the same.
        Delimiter::Comma
    } else {
        Delimiter::ALL[best]
    }
}

/// Reads `bytes` (without a byte-order mark) with `delimiter`.
pub fn read_with(bytes: &[u8], delimiter: Delimiter) -> Table {
    let sep = delimiter.byte();
    let mut table = Table {
        delimiter,
        records: Vec::new(),
        bad: Vec::new(),
    };
    let mut line = 1usize;
    let mut i = 0usize;
    let n = bytes.len();
    // Records of a file are mostly as wide as the one before.
    let mut width = 0usize;
    while i < n {
        let start_line = line;
        let mut fields: Vec<Vec<u8>> = Vec::with_capacity(width);
        let mut field: Vec<u8> = Vec::new();
        let mut unclosed = false;
        // One record: fields until an unquoted line end or the end.
        loop {
            if i < n && bytes[i] == b'"' && field.is_empty() {
                // A quoted field, up to its closing quote.
                i += 1;
                let mut closed = false;
                while i < n {
                    match bytes[i] {
                        b'"' if bytes.get(i + 1) == Some(&b'"') => {
                            field.push(b'"');
                            i += 2;
                        }
                        b'"' => {
                            i += 1;
                            closed = true;
                            break;
                        }
                        b => {
                            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                                line += 1;
                            }
                            field.push(b);
                            i += 1;
                        }
                    }
                }
                if !closed {
                    unclosed = true;
                }
                // Text after the closing quote belongs to the field, as
                // spreadsheets read it.
            }
            // The rest of the field, copied at once.
            let rest = bytes[i..]
                .iter()
                .position(|&b| b == sep || b == b'\n' || b == b'\r')
                .map_or(n, |k| i + k);
            field.extend_from_slice(&bytes[i..rest]);
            i = rest;
            fields.push(std::mem::take(&mut field));
            if i < n && bytes[i] == sep {
                i += 1;
                continue;
            }
            break;
        }
        // The line end.
        if i < n && bytes[i] == b'\r' {
            i += 1;
        }
        if i < n && bytes[i] == b'\n' {
            i += 1;
        }
        line += 1;
        width = fields.len();
        if unclosed {
            table.bad.push((start_line, LineProblem::UnclosedQuote));
            continue;
        }
        if fields.len() == 1 && fields[0].is_empty() {
            continue;
        }
        match fields
            .into_iter()
            .map(String::from_utf8)
            .collect::<Result<Vec<String>, _>>()
        {
            Ok(fields) if fields.iter().all(|f| f.trim().is_empty()) => {}
            Ok(fields) => table.records.push(Record {
                line: start_line,
                fields,
            }),
            Err(_) => table.bad.push((start_line, LineProblem::NotUtf8)),
        }
    }
    table
}
