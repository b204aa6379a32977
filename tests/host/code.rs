//! Result codes: round trips, refusals and length.

use proptest::prelude::*;
use rapport::model::assessment::{Answer, Answers, Item, Level};
use rapport::model::code::{
    decode, decode_any, encode, CodeError, Sender, Submission, CODE_VERSION,
};

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Answers from one digit per statement, as a code packs them: `0`
/// unanswered, `1`–`5` a level, `6` "don't know".
fn answers(digits: impl IntoIterator<Item = u8>) -> Answers {
    let mut answers = Answers::default();
    for (item, d) in Item::all().zip(digits) {
        match d {
            0 => {}
            6 => answers.set_answer(item, Answer::DontKnow),
            n => answers.set_answer(item, Answer::Level(Level::new(n).unwrap())),
        }
    }
    answers
}

fn arb_submission() -> impl Strategy<Value = Submission> {
    (
        any::<u32>(),
        any::<u8>(),
        proptest::collection::vec(0u8..7, 40),
        proptest::option::of((1u32.., any::<u8>())),
    )
        .prop_map(|(workshop, role, digits, sender)| Submission {
            workshop,
            role,
            answers: answers(digits),
            sender: sender.map(|(participant, attempt)| Sender {
                participant,
                attempt,
            }),
        })
}

/// A code as this format writes it, frozen: a code made on a tablet of one
/// release must read on the consultant's device of the next, so any change
/// to the layout, packing, alphabet or checksum must fail here. Never edit
/// it; a new format gets a new `CODE_VERSION` and a new frozen code beside
/// this one.
const FROZEN_CODE: &str = "040004K70800HE0YFSHSRBQ8AA5RJ91XZXDZ0PJ7";

/// The submission [`FROZEN_CODE`] holds: workshop 4711, role 2, and the
/// 40 answers 0, 1, 2, …, 6, 0, 1, … (every digit, so every packing case).
fn frozen_submission() -> Submission {
    Submission {
        workshop: 4711,
        role: 2,
        answers: answers((0..40).map(|i| i % 7)),
        sender: None,
    }
}

#[test]
fn a_known_code_keeps_its_text() {
    assert_eq!(encode(&frozen_submission()), FROZEN_CODE);
    assert_eq!(decode(FROZEN_CODE, 4711), Ok(frozen_submission()));
}

/// Version 2, frozen the same way: it says who sent it.
const FROZEN_CODE_V2: &str = "080004K708G2C4G20C00HE0YFSHSRBQ8AA5RJ91XZZETZDJ9";

/// The submission [`FROZEN_CODE_V2`] holds: [`frozen_submission`] sent by
/// participant 0x2026_1202 at their third attempt.
fn frozen_submission_v2() -> Submission {
    Submission {
        sender: Some(Sender {
            participant: 0x2026_1202,
            attempt: 3,
        }),
        ..frozen_submission()
    }
}

#[test]
fn a_known_version_2_code_keeps_its_text_and_version_1_still_reads() {
    assert_eq!(encode(&frozen_submission_v2()), FROZEN_CODE_V2);
    assert_eq!(FROZEN_CODE_V2.len(), 48);
    assert_eq!(decode(FROZEN_CODE_V2, 4711), Ok(frozen_submission_v2()));
    assert_eq!(decode_any(FROZEN_CODE), Ok(frozen_submission()));
    assert_eq!(CODE_VERSION, 2);
}

#[test]
fn a_full_assessment_fits_a_small_qr_code() {
    let mut answers = Answers::default();
    for item in Item::all() {
        answers.set_answer(item, Answer::Level(Level::new(5).unwrap()));
    }
    let code = encode(&Submission {
        workshop: u32::MAX,
        role: 255,
        answers,
        sender: None,
    });
    println!(
        "a full assessment's code has {} characters: {code}",
        code.len()
    );
    assert_eq!(code.len(), 40);
    assert!(code.chars().all(|c| ALPHABET.contains(c)));
}

#[test]
fn codes_are_refused_for_the_right_reason() {
    let submission = Submission {
        workshop: 7,
        role: 1,
        answers: Answers::default(),
        sender: None,
    };
    let code = encode(&submission);
    assert_eq!(decode(&code, 8), Err(CodeError::OtherWorkshop));
    assert_eq!(decode("", 7), Err(CodeError::Malformed));
    assert_eq!(decode(&code[..39], 7), Err(CodeError::Malformed));
    assert_eq!(decode(&format!("{code}0"), 7), Err(CodeError::Malformed));
    assert_eq!(
        decode(&code.replacen(&code[..1], "!", 1), 7),
        Err(CodeError::Malformed)
    );
    // Case, spaces and dashes are how people copy codes, not changes.
    let typed = format!(
        "{}-{} {}",
        &code[..10],
        &code[10..20].to_lowercase(),
        &code[20..]
    );
    assert_eq!(decode(&typed, 7), Ok(submission));
}

/// A code of a version after this one (3), 56 characters long, with a
/// checksum that holds: written by hand with the checksum and alphabet of
/// [`FROZEN_CODE`], as a newer release might write it.
const NEWER_CODE: &str = "0C0004K7000G40R40M30E209185GR38E1W8124GK2GAHC5RR362KF6E2";

#[test]
fn a_longer_code_of_a_newer_version_is_named_as_such() {
    assert_eq!(decode_any(NEWER_CODE), Err(CodeError::NewerVersion));
    // Any length up to twice today's longest is read far enough to tell.
    assert_eq!(decode_any(&"0".repeat(96)), Err(CodeError::Corrupted));
    assert_eq!(decode_any(&"0".repeat(97)), Err(CodeError::Malformed));
}

#[test]
fn a_changed_version_is_never_read_as_a_valid_code() {
    // The encoder only writes the current version, so a changed version
    // field can only come from damage: it must be refused.
    let code = encode(&Submission {
        workshop: 1,
        role: 0,
        answers: Answers::default(),
        sender: None,
    });
    let mut chars: Vec<char> = code.chars().collect();
    chars[1] = if chars[1] == '8' { '9' } else { '8' };
    let changed: String = chars.into_iter().collect();
    assert_eq!(decode(&changed, 1), Err(CodeError::Corrupted));
}

proptest! {
    #[test]
    fn every_answer_set_round_trips(s in arb_submission()) {
        let code = encode(&s);
        prop_assert_eq!(code.len(), if s.sender.is_some() { 48 } else { 40 });
        prop_assert_eq!(decode(&code, s.workshop), Ok(s));
    }

    #[test]
    fn any_single_changed_character_is_refused(s in arb_submission()) {
        let code: Vec<char> = encode(&s).chars().collect();
        for position in 0..code.len() {
            for replacement in ALPHABET.chars().filter(|c| *c != code[position]) {
                let mut changed = code.clone();
                changed[position] = replacement;
                let changed: String = changed.into_iter().collect();
                prop_assert!(decode(&changed, s.workshop).is_err(), "{} accepted", changed);
            }
        }
    }
}
