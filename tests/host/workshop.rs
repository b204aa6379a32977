//! Workshops: join links both ways, and collecting result codes with a
//! named refusal for each bad or repeated one.

use proptest::prelude::*;
use rapport::model::assessment::{Answer, Answers, Item, Level};
use rapport::model::code::{decode_any, encode, CodeError, Sender, Submission};
use rapport::model::workshop::*;

fn code(workshop: u32, role: u8, level: u8) -> String {
    let mut answers = Answers::default();
    for item in Item::all() {
        answers.set_answer(item, Answer::Level(Level::new(level).unwrap()));
    }
    encode(&Submission {
        workshop,
        role,
        answers,
        sender: None,
    })
}

#[test]
fn join_links_carry_the_workshop_name_and_roles() {
    let invitation = Invitation {
        workshop: 4711,
        name: "Zakłady — kick-off & review".to_owned(),
        roles: vec!["Zarząd".to_owned(), "sales, north".to_owned()],
    };
    let fragment = invitation.fragment();
    assert!(fragment.starts_with("#/join/4711?n="));
    assert!(fragment.is_ascii(), "{fragment}");
    assert_eq!(Invitation::parse(&fragment), Some(invitation.clone()));
    let link = format!("https://example.org/rapport/{fragment}");
    assert_eq!(Invitation::parse(&link), Some(invitation));
    for bad in [
        "#/join/",
        "#/join/abc?n=x",
        "#/method",
        "#/join/1?n=%ZZ",
        "",
    ] {
        assert_eq!(Invitation::parse(bad), None, "{bad}");
    }
    assert_eq!(
        Invitation::parse("#/join/7").unwrap(),
        Invitation {
            workshop: 7,
            name: String::new(),
            roles: vec![]
        }
    );
}

#[test]
fn pasted_codes_and_links_are_added_or_refused_each_with_its_reason() {
    let mut w = Workshop {
        id: 9,
        name: "Kick-off".into(),
        roles: vec![],
        entries: vec![],
    };
    let a = code(9, 0, 2);
    let b = code(9, 1, 4);
    let other = code(10, 0, 3);
    let mut broken = a.clone().into_bytes();
    broken[12] = if broken[12] == b'A' { b'B' } else { b'A' };
    let broken = String::from_utf8(broken).unwrap();
    let pasted = format!(
        "{a}\n https://x.org/rapport/{} ; {other}, {broken}\n{a}  nonsense",
        result_fragment(&b.to_lowercase())
    );
    let outcomes: Vec<Result<Taken, Refusal>> =
        w.collect(&pasted).into_iter().map(|(_, o)| o).collect();
    assert_eq!(
        outcomes,
        [
            Ok(Taken::Added),
            Ok(Taken::Added),
            Err(Refusal::Code(CodeError::OtherWorkshop)),
            Err(Refusal::Code(CodeError::Corrupted)),
            Err(Refusal::Duplicate),
            Err(Refusal::Code(CodeError::Malformed)),
        ]
    );
    assert_eq!(w.entries.len(), 2);
    let people = w.respondents();
    assert_eq!(people.iter().map(|r| r.role).collect::<Vec<_>>(), [0, 1]);
    w.set_excluded(0, true);
    assert!(!w.respondents()[0].included);
    w.set_excluded(0, false);
    assert!(w.respondents()[0].included);
}

#[test]
fn a_scanned_code_or_link_is_added_once_with_its_role() {
    let mut w = Workshop {
        id: 9,
        name: "Kick-off".into(),
        roles: vec!["Management".into(), "Sales".into()],
        entries: vec![],
    };
    let a = code(9, 2, 4);
    let link = format!("http://127.0.0.1:8080/{}", result_fragment(&a));
    let (collected, outcome) = w.collect_one(&link);
    assert_eq!(collected, a);
    let accepted = outcome.unwrap();
    assert_eq!(accepted.taken, Taken::Added);
    assert_eq!(w.role_name(accepted.submission.role), Some("Sales"));
    assert_eq!(w.entries.len(), 1);
    let cases = [
        (a.to_lowercase(), Err(Refusal::Duplicate)),
        (code(10, 0, 3), Err(Refusal::Code(CodeError::OtherWorkshop))),
        // A join link scanned by mistake is one piece, not several.
        (
            "https://x.org/#/join/9?n=Kick-off&r=Management,Sales".to_owned(),
            Err(Refusal::Code(CodeError::Malformed)),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(w.collect_one(&text).1.map(|_| ()), expected, "{text}");
    }
    assert_eq!(w.entries.len(), 1);
}

#[test]
fn roles_are_named_from_one_and_zero_is_none() {
    let w = Workshop {
        id: 1,
        name: String::new(),
        roles: vec!["Management".into(), "Sales".into()],
        entries: vec![],
    };
    let cases = [
        (0, None),
        (1, Some("Management")),
        (2, Some("Sales")),
        (3, None),
    ];
    for (role, expected) in cases {
        assert_eq!(w.role_name(role), expected, "role {role}");
    }
}

#[test]
fn a_code_held_up_is_taken_once_and_again_only_after_it_was_gone() {
    let mut seen = Sightings::default();
    let steps = [
        ("A", 0.0, true),
        ("A", 100.0, false),
        ("B", 150.0, true),
        ("A", 1900.0, false),
        // Seen at 1900 last: still in sight at 3800.
        ("A", 3800.0, false),
        ("B", 3800.0, true),
        ("A", 3800.0 + Sightings::GONE_MS, true),
    ];
    for (text, now, expected) in steps {
        assert_eq!(seen.is_new(text, now), expected, "{text} at {now}");
    }
}

/// A join link as this build writes it, frozen: links already printed or
/// sent must keep working, so any change to the escaping or layout must
/// fail here. Never edit it.
const FROZEN_JOIN: &str =
    "#/join/4711?n=Zak%C5%82ady%20%E2%80%94%20kick-off%20%26%20review&r=Zarz%C4%85d,sales%2C%20north";

#[test]
fn a_known_join_link_keeps_its_text() {
    let workshop = Workshop {
        id: 4711,
        name: "Zakłady — kick-off & review".to_owned(),
        roles: vec!["Zarząd".to_owned(), "sales, north".to_owned()],
        entries: vec![],
    };
    assert_eq!(workshop.invitation().fragment(), FROZEN_JOIN);
    assert_eq!(Invitation::parse(FROZEN_JOIN), Some(workshop.invitation()));
    // Links typed or rewritten by other tools may carry a space as `+`.
    assert_eq!(
        Invitation::parse("#/join/4711?n=Kick+off").unwrap().name,
        "Kick off"
    );
}

proptest! {
    #[test]
    fn any_invitation_survives_its_link(
        workshop: u32,
        name in "\\PC{0,40}",
        roles in proptest::collection::vec("[^,]{1,20}", 0..MAX_ROLES),
    ) {
        let invitation = Invitation { workshop, name, roles };
        prop_assert_eq!(Invitation::parse(&invitation.fragment()), Some(invitation));
    }
}

/// A version 2 result of `participant`'s `attempt`, every answer at `level`.
fn sent(participant: u32, attempt: u8, level: u8) -> String {
    let mut answers = Answers::default();
    for item in Item::all() {
        answers.set_answer(item, Answer::Level(Level::new(level).unwrap()));
    }
    encode(&Submission {
        workshop: 9,
        role: 1,
        answers,
        sender: Some(Sender {
            participant,
            attempt,
        }),
    })
}

#[test]
fn a_participant_counts_once_however_often_they_finish() {
    // (results collected in order, outcome of the last, respondents after)
    let cases: Vec<(Vec<String>, Result<Taken, Refusal>, usize)> = vec![
        (vec![sent(1, 1, 2)], Ok(Taken::Added), 1),
        (vec![sent(1, 1, 2), sent(2, 1, 2)], Ok(Taken::Added), 2),
        (
            vec![sent(1, 1, 2), sent(1, 2, 4)],
            Ok(Taken::Updated { number: 1 }),
            1,
        ),
        (
            vec![sent(7, 1, 2), sent(1, 1, 2), sent(1, 3, 4)],
            Ok(Taken::Updated { number: 2 }),
            2,
        ),
        (
            vec![sent(1, 2, 4), sent(1, 1, 2)],
            Err(Refusal::Older { number: 1 }),
            1,
        ),
        (
            vec![sent(1, 2, 4), sent(1, 2, 4)],
            Err(Refusal::Duplicate),
            1,
        ),
        // Version 1 codes say nothing of who sent them: each is new.
        (vec![code(9, 1, 2), code(9, 1, 3)], Ok(Taken::Added), 2),
        (vec![code(9, 1, 2), sent(1, 1, 2)], Ok(Taken::Added), 2),
    ];
    for (codes, last, respondents) in cases {
        let mut w = Workshop {
            id: 9,
            name: "W".into(),
            roles: vec!["Sales".into()],
            entries: vec![],
        };
        let outcomes = w.collect(&codes.join("\n"));
        assert_eq!(outcomes.last().unwrap().1, last, "{codes:?}");
        assert_eq!(w.entries.len(), respondents, "{codes:?}");
    }
}

#[test]
fn an_update_takes_the_place_of_the_earlier_result_and_keeps_its_exclusion() {
    let mut w = Workshop {
        id: 9,
        name: "W".into(),
        roles: vec!["Sales".into()],
        entries: vec![],
    };
    w.collect(&format!("{}\n{}", sent(1, 1, 2), sent(2, 1, 3)));
    w.set_excluded(0, true);
    let (code, outcome) = w.collect_one(&sent(1, 2, 5));
    assert_eq!(outcome.unwrap().taken, Taken::Updated { number: 1 });
    assert_eq!(w.entries[0].code, code);
    assert!(w.entries[0].excluded, "the consultant's choice stays");
    let respondents = w.respondents();
    assert_eq!(respondents.len(), 2);
    assert_eq!(
        respondents[0].answers.answer(Item::all().next().unwrap()),
        Some(Answer::Level(Level::new(5).unwrap()))
    );
}

#[test]
fn a_device_finishes_again_as_the_same_participant_and_the_next_is_new() {
    let invitation = Invitation {
        workshop: 9,
        name: "W".into(),
        roles: vec!["Sales".into()],
    };
    let mut p = Participation::new(&invitation, 41);
    p.answers
        .set_answer(Item::all().next().unwrap(), Answer::DontKnow);
    let first = decode_any(&p.finish(99)).unwrap();
    assert_eq!(
        first.sender,
        Some(Sender {
            participant: 41,
            attempt: 1
        })
    );
    p.reopen();
    assert_eq!(p.code, None);
    assert_eq!(p.answers.answered_count(), 1, "reopening keeps the answers");
    let second = decode_any(&p.finish(99)).unwrap();
    assert_eq!(second.sender.unwrap().attempt, 2);
    p.next(42);
    assert_eq!(
        (p.participant, p.attempts, p.answers.answered_count()),
        (42, 0, 0)
    );
    // Work saved before participants had ids gets one when it finishes.
    let mut old = Participation::new(&invitation, 0);
    let code = decode_any(&old.finish(77)).unwrap();
    assert_eq!(code.sender.unwrap().participant, 77);
    assert_eq!(old.participant, 77);
}
