//! Reading numbers as people and programs really write them: `1 234,5`,
//! `1,234.5`, `1'234.5`, `1.234,5`, `22,5`, `22.5`, grouped with spaces,
//! no-break spaces (U+00A0), narrow no-break spaces (U+202F), thin spaces,
//! apostrophes or the other mark. Pure and total: every text gives a finite
//! number or a [`Problem`] saying why not, never a panic, `NaN` or infinity.
//!
//! The one real ambiguity is a single mark followed by exactly three digits
//! (`1,234`, `1.234`): a thousand and some, or one and a fraction. The
//! reader then asks the caller's [`Mark`] (the language's, or one guessed
//! for a whole file with [`guess_mark`]); with none it answers
//! [`Problem::Ambiguous`] rather than guess.

/// The decimal mark a text uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// `12.5` (English, most programs).
    Point,
    /// `12,5` (Russian, Polish, most of Europe).
    Comma,
}

/// Why a text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Problem {
    /// Nothing but spaces.
    Empty,
    /// Not a plain decimal number (letters, two signs, groups of the wrong
    /// size, an exponent, `NaN` …).
    NotANumber,
    /// `1,234` or `1.234` with no decimal mark known: it could be either.
    Ambiguous,
    /// More digits than a number the app handles (beyond 10^15), where
    /// sums would lose whole units.
    TooLarge,
}

/// The largest magnitude read; above it sums of a few thousand values stop
/// being exact to the unit in an `f64`.
pub const MAX: f64 = 1e15;

/// A number's text once its grouping spaces are gone: the sign, then
/// digits and marks only.
struct Shape<'a> {
    negative: bool,
    body: &'a str,
}

/// Characters that group digits and never mean a decimal mark.
fn is_group_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '\u{2019}'
    )
}

/// The number `text` holds, reading a lone ambiguous mark as `decimal`
/// says (`None`: report it as [`Problem::Ambiguous`]).
pub fn read(text: &str, decimal: Option<Mark>) -> Result<f64, Problem> {
    let trimmed = text.trim();
    // A file of 5,000 customers holds 25,000 numbers, nearly all plainly
    // written: those are read in one pass without allocating; anything
    // unusual takes the full reading, which decides every case.
    match quick(trimmed) {
        Some(value) => Ok(value),
        None => read_general(trimmed, decimal),
    }
}

/// The number a plainly written text holds (`-1 234 567,89`, `22.5`,
/// `1234`): an optional ASCII sign, digits grouped by spaces as the full
/// reading requires, at most one mark with digits on both sides and no
/// doubt about it. `None` for anything else, which [`read_general`]
/// decides; where this answers, the answer is the same as its.
pub fn quick(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, start) = match bytes.first()? {
        b'-' => (true, 1),
        b'+' => (false, 1),
        _ => (false, 0),
    };
    // "whole.fraction" as the full reading builds it, on the stack.
    let mut buf = [0u8; 40];
    let mut len = 0;
    let mut group = 0usize; // digits in the current group of the whole part
    let mut first_group = 0usize;
    let mut spaced = false;
    let mut mark_at: Option<usize> = None; // offset in `buf` of the '.'
    let mut fraction = 0usize;
    let mut last_digit = false;
    let mut chars = text[start..].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '0'..='9' => {
                if len >= buf.len() - 2 {
                    return None;
                }
                buf[len] = c as u8;
                len += 1;
                if mark_at.is_some() {
                    fraction += 1;
                } else {
                    group += 1;
                }
                last_digit = true;
            }
            '.' | ',' if mark_at.is_none() && last_digit => {
                mark_at = Some(len);
                buf[len] = b'.';
                len += 1;
                last_digit = false;
            }
            // A space anywhere else (first, after another, after the mark)
            // fails the group checks below: the first group must have one
            // to three digits, two spaces never meet (the next character
            // must be a digit), and digits after the mark do not count
            // towards the last group, which must have three.
            c if is_group_space(c) => {
                if !chars.peek()?.is_ascii_digit() {
                    return None;
                }
                if spaced {
                    if group != 3 {
                        return None;
                    }
                } else {
                    first_group = group;
                    spaced = true;
                }
                group = 0;
                last_digit = false;
            }
            _ => return None,
        }
    }
    if !last_digit {
        return None;
    }
    if spaced && (group != 3 || !(1..=3).contains(&first_group)) {
        return None;
    }
    let whole_len = mark_at.unwrap_or(len);
    if mark_at.is_some() && !spaced && fraction == 3 && whole_len <= 3 && buf[0] != b'0' {
        // `1,234`: a thousand or one and a fraction, as the language says.
        return None;
    }
    let significant = buf[..whole_len].iter().skip_while(|b| **b == b'0').count();
    if significant > 16 {
        return None;
    }
    if mark_at.is_none() {
        buf[len] = b'.';
        buf[len + 1] = b'0';
        len += 2;
    }
    let value = super::decimal::parse(std::str::from_utf8(&buf[..len]).ok()?)?;
    if !value.is_finite() || value.abs() > MAX {
        return None;
    }
    Some(if negative && value != 0.0 {
        -value
    } else {
        value
    })
}

/// The full reading of a trimmed text: every form [`read`] accepts, and
/// the reason for every text it does not. Public so that the tests can
/// prove [`read`]'s quick path gives the same answers.
pub fn read_general(trimmed: &str, decimal: Option<Mark>) -> Result<f64, Problem> {
    if trimmed.is_empty() {
        return Err(Problem::Empty);
    }
    // Spaces and apostrophes group digits; they may only stand between
    // digits, and where they stand is checked with the other groups below.
    let mut compact = String::with_capacity(trimmed.len());
    let mut group_at = Vec::new();
    let mut prev_digit = false;
    let chars: Vec<char> = trimmed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if is_group_space(c) {
            let next_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if !prev_digit || !next_digit {
                return Err(Problem::NotANumber);
            }
            group_at.push(compact.len());
            prev_digit = false;
            continue;
        }
        prev_digit = c.is_ascii_digit();
        compact.push(match c {
            '\u{2212}' => '-',
            other => other,
        });
    }
    let shape = sign(&compact)?;
    let sign_len = compact.len() - shape.body.len();
    let group_at: Vec<usize> = group_at.iter().map(|p| p - sign_len).collect();
    let value = digits(shape.body, &group_at, decimal)?;
    if value.abs() > MAX {
        return Err(Problem::TooLarge);
    }
    Ok(if shape.negative && value != 0.0 {
        -value
    } else {
        value
    })
}

/// Splits off one leading sign.
fn sign(text: &str) -> Result<Shape<'_>, Problem> {
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(Problem::NotANumber);
    }
    Ok(Shape { negative, body })
}

/// The value of digits and marks (`1.234,5`), with spaces that grouped
/// digits before the byte offsets `spaces`.
fn digits(body: &str, spaces: &[usize], decimal: Option<Mark>) -> Result<f64, Problem> {
    let mark = decimal_mark(body, spaces, decimal)?;
    let (whole, fraction) = match mark.and_then(|m| body.rfind(m).map(|at| (m, at))) {
        Some((_, at)) => (&body[..at], &body[at + 1..]),
        None => (body, ""),
    };
    // Group spaces belong to the whole part.
    if fraction.contains(['.', ',']) || !spaces.iter().all(|s| (0..whole.len()).contains(s)) {
        return Err(Problem::NotANumber);
    }
    if whole.contains('.') && whole.contains(',') {
        return Err(Problem::NotANumber);
    }
    // Split the whole part at every grouping mark and space: the first
    // group holds one to three digits, every later one exactly three.
    let mut groups: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, c) in whole.char_indices() {
        if c == '.' || c == ',' {
            groups.push(&whole[start..i]);
            start = i + 1;
        } else if spaces.contains(&i) {
            groups.push(&whole[start..i]);
            start = i;
        }
    }
    groups.push(&whole[start..]);
    if groups.len() > 1
        && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3))
    {
        return Err(Problem::NotANumber);
    }
    let whole_digits: String = groups.concat();
    if whole_digits.is_empty() && fraction.is_empty() {
        return Err(Problem::NotANumber);
    }
    if whole_digits.trim_start_matches('0').len() > 16 {
        return Err(Problem::TooLarge);
    }
    let plain = format!(
        "{}.{}",
        if whole_digits.is_empty() {
            "0"
        } else {
            &whole_digits
        },
        if fraction.is_empty() { "0" } else { fraction }
    );
    super::decimal::parse(&plain)
        .filter(|v| v.is_finite())
        .ok_or(Problem::NotANumber)
}

/// Which character of `body` is the decimal mark, if any.
fn decimal_mark(
    body: &str,
    spaces: &[usize],
    decimal: Option<Mark>,
) -> Result<Option<char>, Problem> {
    Ok(match mark_counts(body) {
        (0, 0) => None,
        // Both kinds: the last one is the decimal mark and appears once.
        (p, c) if p > 0 && c > 0 => {
            let last = last_mark(body).unwrap_or(',');
            let count = if last == '.' { p } else { c };
            if count != 1 {
                return Err(Problem::NotANumber);
            }
            Some(last)
        }
        // One kind, twice or more: it groups digits.
        (p, c) if p > 1 || c > 1 => None,
        // One mark alone: a decimal mark unless it could group a thousand.
        (p, _) => {
            let ch = if p == 1 { '.' } else { ',' };
            let at = body.find(ch).unwrap_or(0);
            let (before, after) = (&body[..at], &body[at + 1..]);
            let could_group = after.len() == 3
                && (1..=3).contains(&before.len())
                && !before.starts_with('0')
                && spaces.is_empty();
            if !could_group {
                Some(ch)
            } else {
                match decimal {
                    Some(Mark::Point) if ch == '.' => Some(ch),
                    Some(Mark::Comma) if ch == ',' => Some(ch),
                    Some(_) => None,
                    None => return Err(Problem::Ambiguous),
                }
            }
        }
    })
}

/// How many `.` and how many `,` `text` holds, in one pass over its bytes
/// (both marks are ASCII): an import counts them in every number of the
/// file, first to guess the file's mark and again to read each number.
fn mark_counts(text: &str) -> (usize, usize) {
    text.bytes().fold((0, 0), |(points, commas), b| match b {
        b'.' => (points + 1, commas),
        b',' => (points, commas + 1),
        _ => (points, commas),
    })
}

/// The last `.` or `,` in `text`, if any.
fn last_mark(text: &str) -> Option<char> {
    text.chars().rev().find(|c| *c == '.' || *c == ',')
}

/// The decimal mark `text` must be using, when only one reading fits:
/// `22,5`, `1.234,5`, `0.125`, or `1.234.567` (grouped by points, so a
/// decimal comma).
pub fn decisive_mark(text: &str) -> Option<Mark> {
    let body = text.trim();
    let (points, commas) = mark_counts(body);
    if (points, commas) == (0, 0) {
        // Nothing to tell by, whether it reads or not: no need to read it.
        return None;
    }
    read(body, None).ok()?;
    match (points, commas) {
        // Both: the last one written is the decimal mark.
        (p, c) if p > 0 && c > 0 => Some(match last_mark(body) {
            Some('.') => Mark::Point,
            _ => Mark::Comma,
        }),
        (1, 0) => Some(Mark::Point),
        (0, 1) => Some(Mark::Comma),
        (_, 0) => Some(Mark::Comma),
        _ => Some(Mark::Point),
    }
}

/// The decimal mark a set of numbers shares, judged from those that can
/// only be read one way ([`decisive_mark`]); `None` when none tells, or
/// when they disagree.
pub fn guess_mark<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<Mark> {
    let (mut point, mut comma) = (false, false);
    for text in texts {
        match decisive_mark(text) {
            Some(Mark::Point) => point = true,
            Some(Mark::Comma) => comma = true,
            None => {}
        }
        if point && comma {
            return None;
        }
    }
    match (point, comma) {
        (true, false) => Some(Mark::Point),
        (false, true) => Some(Mark::Comma),
        _ => None,
    }
}

impl crate::i18n::Locale {
    /// The decimal mark this language writes.
    pub fn decimal_mark(self) -> Mark {
        match self {
            crate::i18n::Locale::En => Mark::Point,
            crate::i18n::Locale::Ru | crate::i18n::Locale::Pl => Mark::Comma,
        }
    }
}
