//! Lower case and word separators without the Unicode tables.
//!
//! `char::to_lowercase` and `char::is_alphanumeric` carry tables for every
//! script, about 8 KB on the wire, which every view with a download, the
//! key-account and loyalty tools and the participant's app fetched. What
//! the app lowers is its users' labels, roles, scenario and customer
//! names and column headers, written in its three languages' scripts;
//! these rules give the standard library's answer there (tested against
//! it, character by character) and leave other scripts' letters as they
//! are.

/// How a run of upper-case letters maps to lower case.
#[derive(Clone, Copy)]
enum Lower {
    /// Each letter to the one `n` code points on.
    Add(u32),
    /// Each letter to the one `n` code points back.
    Back(u32),
    /// Upper and lower case alternate, upper case on even code points.
    EvenUpper,
    /// The same, upper case on odd code points.
    OddUpper,
}

/// The runs of upper case of Latin, Greek and Cyrillic, first and last code
/// point, with how each maps, in order. A table read in a loop, not a
/// `match`: the compiler turns a `match` this dense into a lookup table of
/// every code point in between, 12 KB in the download.
const LOWER: [(u32, u32, Lower); 35] = [
    (0x41, 0x5a, Lower::Add(32)),
    (0xc0, 0xd6, Lower::Add(32)),
    (0xd8, 0xde, Lower::Add(32)),
    (0x100, 0x12f, Lower::EvenUpper),
    (0x130, 0x130, Lower::Back(0x130 - 0x69)),
    (0x132, 0x137, Lower::EvenUpper),
    (0x139, 0x148, Lower::OddUpper),
    (0x14a, 0x177, Lower::EvenUpper),
    (0x178, 0x178, Lower::Back(0x178 - 0xff)),
    (0x179, 0x17e, Lower::OddUpper),
    (0x1cd, 0x1dc, Lower::OddUpper),
    (0x1de, 0x1ef, Lower::EvenUpper),
    (0x1f8, 0x21f, Lower::EvenUpper),
    (0x222, 0x233, Lower::EvenUpper),
    (0x246, 0x24f, Lower::EvenUpper),
    (0x370, 0x373, Lower::EvenUpper),
    (0x376, 0x376, Lower::EvenUpper),
    (0x37f, 0x37f, Lower::Add(0x3f3 - 0x37f)),
    (0x386, 0x386, Lower::Add(0x3ac - 0x386)),
    (0x388, 0x38a, Lower::Add(37)),
    (0x38c, 0x38c, Lower::Add(0x3cc - 0x38c)),
    (0x38e, 0x38f, Lower::Add(63)),
    (0x391, 0x3a1, Lower::Add(32)),
    (0x3a3, 0x3ab, Lower::Add(32)),
    (0x3cf, 0x3cf, Lower::Add(0x3d7 - 0x3cf)),
    (0x3d8, 0x3ef, Lower::EvenUpper),
    (0x3f4, 0x3f4, Lower::Back(0x3f4 - 0x3b8)),
    (0x3f7, 0x3f7, Lower::Add(1)),
    (0x3f9, 0x3f9, Lower::Back(0x3f9 - 0x3f2)),
    (0x3fa, 0x3fa, Lower::Add(1)),
    (0x3fd, 0x3ff, Lower::Back(130)),
    (0x400, 0x40f, Lower::Add(80)),
    (0x410, 0x42f, Lower::Add(32)),
    (0x460, 0x481, Lower::EvenUpper),
    (0x48a, 0x52f, Lower::EvenUpper),
];

/// `c` in lower case in the Latin (Basic, Latin-1, Extended-A and the
/// regular runs of Extended-B), Greek and Cyrillic blocks, which the app's
/// languages and their users' labels are written in, as
/// `char::to_lowercase` gives it (`İ`, which it makes two characters,
/// gives `i`); any other character as it is (Vietnamese `Ầ` of Latin
/// Extended Additional, Armenian, Georgian …).
pub fn lower_case(c: char) -> char {
    let n = c as u32;
    // Cyrillic's one irregular pair, and its odd-upper run, inside the
    // last even-upper run of the table.
    let lower = if n == 0x4c0 {
        0x4cf
    } else if (0x4c1..=0x4ce).contains(&n) {
        n + n % 2
    } else {
        match LOWER
            .iter()
            .find(|(first, last, _)| (*first..=*last).contains(&n))
        {
            Some((_, _, Lower::Add(by))) => n + by,
            Some((_, _, Lower::Back(by))) => n - by,
            Some((_, _, Lower::EvenUpper)) => n + (1 - n % 2),
            Some((_, _, Lower::OddUpper)) => n + n % 2,
            None => n,
        }
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The runs of code points beyond ASCII that separate words in a file
/// name, first and last, in order (a table for the reason `LOWER` is).
const SEPARATORS: [(u32, u32); 36] = [
    (0x80, 0xa9),
    (0xab, 0xb1),
    (0xb4, 0xb4),
    (0xb6, 0xb8),
    (0xbb, 0xbb),
    (0xbf, 0xbf),
    (0xd7, 0xd7),
    (0xf7, 0xf7),
    (0x375, 0x375),
    (0x37e, 0x37e),
    (0x384, 0x385),
    (0x387, 0x387),
    (0x3f6, 0x3f6),
    (0x482, 0x482),
    (0x2000, 0x206f),
    (0x20a0, 0x20ff),
    (0x2116, 0x2116),
    (0x2190, 0x245f),
    (0x2500, 0x2775),
    (0x2794, 0x2bff),
    (0x2e00, 0x2e2e),
    (0x2e30, 0x2e7f),
    (0x3000, 0x3004),
    (0x3008, 0x3020),
    (0x3030, 0x3030),
    (0x303d, 0x303f),
    (0xe000, 0xf8ff),
    (0xfe30, 0xfe4f),
    (0xff00, 0xff0f),
    (0xff1a, 0xff20),
    (0xff3b, 0xff40),
    (0xff5b, 0xff65),
    (0xfff0, 0xffff),
    (0x1f000, 0x1f0ff),
    (0x1f10d, 0x1f12f),
    (0x1f18a, 0x1faff),
];

/// Whether `c` is no letter or digit in a file name: white space, control
/// characters, the punctuation and symbols of ASCII, Latin-1, Greek and
/// Cyrillic, and the blocks of punctuation, currency, arrows, shapes,
/// dingbats and emoji, and `№`. No letter or digit of any script is (as
/// `char::is_alphanumeric` says, without its tables); nor are combining
/// accents, which keep a decomposed `é` whole, nor the symbols among
/// letters the blocks above leave out (`℃` in the letter-like symbols).
pub fn separates(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric();
    }
    let n = c as u32;
    c.is_whitespace()
        || SEPARATORS
            .iter()
            .any(|(first, last)| (*first..=*last).contains(&n))
}

/// `text` in lower case, character by character (`lower_case`).
pub fn lower(text: &str) -> String {
    text.chars().map(lower_case).collect()
}
