//! Result codes: a participant's answers to the readiness assessment as a
//! short text that travels by link, QR code, message or file, with no
//! server.
//!
//! Layout, before encoding: a version byte, the workshop id (4 bytes), the
//! role index (1 byte, 0 for none), in version 2 the participant (a random
//! id, 4 bytes, and the attempt, 1 byte), the 40 answers packed in base 7
//! (0 = unanswered, 1–5 = a level, 6 = "don't know"; 15 bytes), then a
//! 4-byte checksum of all of that. The bytes are written in Crockford's
//! base-32 alphabet (no I, L, O or U, so no two characters look alike),
//! giving 48 characters (40 in version 1, which had no participant and
//! still reads). The checksum (FNV-1a, 32 bits, mixed) makes any single
//! changed character a detected error.

use super::assessment::{Answer, Answers, Item, Level};

/// The newest code format: this build writes it and reads every older one.
pub const CODE_VERSION: u8 = 2;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const ANSWER_BYTES: usize = 15;
/// Version, workshop and role: what every version starts with.
const HEAD_BYTES: usize = 1 + 4 + 1;
/// The participant's id and attempt (version 2).
const SENDER_BYTES: usize = 4 + 1;
const CHECKSUM_BYTES: usize = 4;

/// The number of characters of a code of each version, from 1.
const CODE_CHARS: [usize; 2] = [40, 48];

/// Who sent a result: the participant, by a random id their device chose
/// when they started, and how many times they have finished. A later
/// attempt of the same participant replaces the earlier one in the team.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sender {
    /// Random, chosen once per participant (never 0).
    pub participant: u32,
    /// 1 for the first result, 2 after the answers were reopened, …
    pub attempt: u8,
}

/// What a code carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Submission {
    /// The workshop it belongs to.
    pub workshop: u32,
    /// The respondent's role as an index into the workshop's roles, from 1;
    /// 0 for none.
    pub role: u8,
    /// The answers.
    pub answers: Answers,
    /// Who sent it; `None` in a version 1 code, which did not say.
    pub sender: Option<Sender>,
}

/// Why a code was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// It has the wrong length or characters outside the alphabet.
    Malformed,
    /// The checksum does not match: a character was changed or lost.
    Corrupted,
    /// It was made by a newer version of Rapport.
    NewerVersion,
    /// It belongs to another workshop.
    OtherWorkshop,
}

fn checksum(bytes: &[u8]) -> [u8; 4] {
    let mut hash: u32 = 0x811c_9dc5;
    for b in bytes {
        hash ^= u32::from(*b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    // A final mix spreads every input bit over the whole checksum.
    hash ^= hash >> 15;
    hash = hash.wrapping_mul(0x2c1b_3c6d);
    hash ^= hash >> 12;
    hash.to_be_bytes()
}

fn answer_digit(answer: Option<Answer>) -> u8 {
    match answer {
        None => 0,
        Some(Answer::Level(l)) => l.get(),
        Some(Answer::DontKnow) => 6,
    }
}

/// Packs 40 base-7 digits into 15 bytes (7^40 < 2^120), big-endian.
fn pack(digits: &[u8]) -> [u8; ANSWER_BYTES] {
    let mut value: u128 = 0;
    for d in digits {
        value = value * 7 + u128::from(*d);
    }
    let bytes = value.to_be_bytes();
    let mut out = [0u8; ANSWER_BYTES];
    out.copy_from_slice(&bytes[UNUSED_BYTES..]);
    out
}

/// The leading byte of a `u128` that 40 base-7 digits never use.
const UNUSED_BYTES: usize = 1;
const _: () = assert!(UNUSED_BYTES + ANSWER_BYTES == std::mem::size_of::<u128>());

fn unpack(bytes: &[u8], count: usize) -> Option<Vec<u8>> {
    let mut value = bytes.iter().try_fold(0u128, |value, b| {
        value.checked_mul(256)?.checked_add(u128::from(*b))
    })?;
    let mut digits = vec![0u8; count];
    for d in digits.iter_mut().rev() {
        *d = u8::try_from(value % 7).ok()?;
        value /= 7;
    }
    (value == 0).then_some(digits)
}

fn to_base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for b in bytes {
        // The low byte of the shifted buffer is empty: adding fills it.
        buffer = (buffer << 8) + u32::from(*b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    // Every version's code is a whole number of 5-byte groups (25 and 30
    // bytes), so no bits are left over and no padding is ever written.
    debug_assert_eq!(bits, 0, "a code is a whole number of 5-byte groups");
    out
}

fn from_base32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.chars() {
        let value = ALPHABET.iter().position(|a| char::from(*a) == c)?;
        buffer = (buffer << 5) + value as u32;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xff) as u8);
        }
    }
    Some(out)
}

/// The code for a participant's answers: version 2 when it says who sent
/// it, as every participant's device does; version 1 otherwise.
pub fn encode(submission: &Submission) -> String {
    let digits: Vec<u8> = Item::all()
        .map(|i| answer_digit(submission.answers.answer(i)))
        .collect();
    let mut bytes = Vec::with_capacity(HEAD_BYTES + SENDER_BYTES + ANSWER_BYTES + 4);
    bytes.push(if submission.sender.is_some() { 2 } else { 1 });
    bytes.extend(submission.workshop.to_be_bytes());
    bytes.push(submission.role);
    if let Some(sender) = submission.sender {
        bytes.extend(sender.participant.to_be_bytes());
        bytes.push(sender.attempt);
    }
    bytes.extend(pack(&digits));
    let sum = checksum(&bytes);
    bytes.extend(sum);
    to_base32(&bytes)
}

/// The answers in a code, if it is whole, current and for `workshop`.
/// Letter case, and spaces or dashes a person may add while typing, are
/// ignored; any other changed character is refused.
pub fn decode(code: &str, workshop: u32) -> Result<Submission, CodeError> {
    let submission = decode_any(code)?;
    if submission.workshop != workshop {
        return Err(CodeError::OtherWorkshop);
    }
    Ok(submission)
}

/// The answers in a code, if it is whole and current, whichever workshop
/// it belongs to: for finding that workshop on this device.
pub fn decode_any(code: &str) -> Result<Submission, CodeError> {
    let cleaned: String = code
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\n' | '\t'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    // Any length a version of the code could have: a newer version is
    // named as such, not as damage, as long as its checksum holds.
    if !(CODE_CHARS[0]..=2 * CODE_CHARS[1]).contains(&cleaned.len()) {
        return Err(CodeError::Malformed);
    }
    let bytes = from_base32(&cleaned).ok_or(CodeError::Malformed)?;
    let (payload, sum) = bytes.split_at(bytes.len() - CHECKSUM_BYTES);
    if checksum(payload) != sum {
        return Err(CodeError::Corrupted);
    }
    let version = payload[0];
    if version > CODE_VERSION {
        return Err(CodeError::NewerVersion);
    }
    let chars = usize::from(version)
        .checked_sub(1)
        .and_then(|v| CODE_CHARS.get(v))
        .ok_or(CodeError::Malformed)?;
    if cleaned.len() != *chars {
        return Err(CodeError::Malformed);
    }
    let id = u32::from_be_bytes([payload[1], payload[2], payload[3], payload[4]]);
    let (sender, packed) = if version >= 2 {
        let (head, rest) = payload[HEAD_BYTES..].split_at(SENDER_BYTES);
        let participant = u32::from_be_bytes([head[0], head[1], head[2], head[3]]);
        (
            Some(Sender {
                participant,
                attempt: head[4],
            }),
            rest,
        )
    } else {
        (None, &payload[HEAD_BYTES..])
    };
    let digits = unpack(packed, Item::all().count()).ok_or(CodeError::Corrupted)?;
    let mut answers = Answers::default();
    for (item, digit) in Item::all().zip(digits) {
        match digit {
            0 => {}
            6 => answers.set_answer(item, Answer::DontKnow),
            n => match Level::new(n) {
                Some(level) => answers.set_answer(item, Answer::Level(level)),
                None => return Err(CodeError::Corrupted),
            },
        }
    }
    Ok(Submission {
        workshop: id,
        role: payload[5],
        answers,
        sender,
    })
}
