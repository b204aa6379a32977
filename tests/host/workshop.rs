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
        closes: None,
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
            roles: vec![],
            closes: None,
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
        ..Workshop::default()
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
    let outcomes: Vec<Result<Taken, Refusal>> = w
        .collect(&pasted, "2026-12-02")
        .into_iter()
        .map(|(_, o)| o)
        .collect();
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
        ..Workshop::default()
    };
    let a = code(9, 2, 4);
    let link = format!("http://127.0.0.1:8080/{}", result_fragment(&a));
    let (collected, outcome) = w.collect_one(&link, "2026-12-02");
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
        assert_eq!(
            w.collect_one(&text, "2026-12-02").1.map(|_| ()),
            expected,
            "{text}"
        );
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
        ..Workshop::default()
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
        ..Workshop::default()
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
        closes in proptest::option::of((2000u16..2100, 1u8..=12, 1u8..=28)),
    ) {
        let closes = closes.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
        let invitation = Invitation { workshop, name, roles, closes };
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
            ..Workshop::default()
        };
        let outcomes = w.collect(&codes.join("\n"), "2026-12-02");
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
        ..Workshop::default()
    };
    w.collect(
        &format!("{}\n{}", sent(1, 1, 2), sent(2, 1, 3)),
        "2026-12-02",
    );
    w.set_excluded(0, true);
    let (code, outcome) = w.collect_one(&sent(1, 2, 5), "2026-12-02");
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
        closes: None,
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
    // The next participant answers in the same workshop, with its roles.
    assert_eq!(
        (p.workshop, p.name.as_str(), p.roles.as_slice()),
        (9, "W", ["Sales".to_owned()].as_slice())
    );
    // Work saved before participants had ids gets one when it finishes.
    let mut old = Participation::new(&invitation, 0);
    let code = decode_any(&old.finish(77)).unwrap();
    assert_eq!(code.sender.unwrap().participant, 77);
    assert_eq!(old.participant, 77);
}

/// A join link with a closing day, frozen like [`FROZEN_JOIN`]: the same
/// link with `&c=` and the day at its end. Never edit it.
const FROZEN_JOIN_CLOSING: &str =
    "#/join/4711?n=Zak%C5%82ady%20%E2%80%94%20kick-off%20%26%20review&r=Zarz%C4%85d,sales%2C%20north&c=2026-12-04";

#[test]
fn a_join_link_with_a_closing_day_keeps_its_text() {
    let mut workshop = Workshop::new(
        4711,
        "Zakłady — kick-off & review",
        &["Zarząd", "sales, north"],
        "2026-12-01",
    );
    workshop.closes = Some("2026-12-04".to_owned());
    let fragment = workshop.invitation().fragment();
    assert_eq!(fragment, FROZEN_JOIN_CLOSING);
    // The link without the day is the link of an open workshop, byte for byte.
    assert_eq!(fragment.strip_suffix("&c=2026-12-04"), Some(FROZEN_JOIN));
    let read = Invitation::parse(FROZEN_JOIN_CLOSING).unwrap();
    assert_eq!(read, workshop.invitation());
    assert_eq!(read.closes.as_deref(), Some("2026-12-04"));
    // An old link has no closing day.
    assert_eq!(Invitation::parse(FROZEN_JOIN).unwrap().closes, None);
}

#[test]
fn a_closing_day_is_read_only_when_it_is_a_date() {
    let cases = [
        ("&c=2026-12-04", Some("2026-12-04")),
        ("&c=2026-13-04", None),
        ("&c=2026-12-32", None),
        ("&c=2026-1-04", None),
        ("&c=26-12-2026", None),
        ("&c=%3Cb%3E", None),
        ("&c=", None),
        ("", None),
    ];
    for (tail, expected) in cases {
        let link = format!("#/join/9?n=W{tail}");
        // A damaged day never refuses the link: the participant can answer.
        let read = Invitation::parse(&link).unwrap_or_else(|| panic!("{link}"));
        assert_eq!(read.closes.as_deref(), expected, "{link}");
    }
}

#[test]
fn a_workshop_is_closed_from_its_closing_day_on() {
    // (closing day, today, closed)
    let cases = [
        (None, "2026-12-04", false),
        (Some("2026-12-04"), "2026-12-03", false),
        (Some("2026-12-04"), "2026-12-04", true),
        (Some("2026-12-04"), "2027-01-01", true),
        (Some("2026-12-04"), "2026-11-30", false),
    ];
    for (closes, today, closed) in cases {
        assert_eq!(closed_on(closes, today), closed, "{closes:?} on {today}");
        let mut w = Workshop::new(9, "W", &[], "2026-12-01");
        w.closes = closes.map(str::to_owned);
        assert_eq!(w.is_closed(today), closed);
        assert_eq!(w.invitation().is_closed(today), closed);
    }
}

#[test]
fn a_closed_workshop_refuses_new_results_and_takes_them_once_reopened() {
    let mut w = Workshop::new(9, "Kick-off", &["Sales"], "2026-12-01");
    let first = code(9, 1, 3);
    let later = sent(7, 1, 4);
    assert_eq!(w.collect(&first, "2026-12-02")[0].1, Ok(Taken::Added));
    w.closes = Some("2026-12-03".to_owned());
    // The day before closing, still open.
    assert!(w.check(&later, "2026-12-02").is_ok());
    // From the closing day: refused, pasted, scanned or opened alike, and
    // nothing is added.
    assert_eq!(w.collect(&later, "2026-12-03")[0].1, Err(Refusal::Closed));
    assert_eq!(
        w.collect_one(&later, "2026-12-05").1.map(|_| ()),
        Err(Refusal::Closed)
    );
    assert_eq!(w.entries.len(), 1);
    // A result already collected is still named as such, not as closed.
    assert_eq!(
        w.check(&first, "2026-12-05").map(|_| ()),
        Err(Refusal::Duplicate)
    );
    // A bad code is still named for what it is.
    assert_eq!(
        w.check("XYZ", "2026-12-05").map(|_| ()),
        Err(Refusal::Code(CodeError::Malformed))
    );
    w.closes = None;
    assert_eq!(w.collect(&later, "2026-12-05")[0].1, Ok(Taken::Added));
    assert_eq!(w.entries.len(), 2);
}

#[test]
fn a_new_workshop_is_named_dated_and_open() {
    let roles = [" Board ", "", "Sales", "   "];
    let w = Workshop::new(5, "  Kick-off ", &roles, "2026-12-02");
    assert_eq!(w.name, "Kick-off");
    assert_eq!(w.roles, ["Board", "Sales"]);
    assert_eq!(w.created, "2026-12-02");
    assert_eq!(w.closes, None);
    let many: Vec<String> = (0..20).map(|i| format!("R{i}")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    assert_eq!(Workshop::new(5, "W", &many, "").roles.len(), MAX_ROLES);
}

#[test]
fn an_engagement_holds_several_workshops_to_open_rename_close_and_delete() {
    use rapport::model::workspace::Engagement;
    let mut e = Engagement::default();
    assert_eq!(e.workshop(), None);
    let a = e.add_workshop(Workshop::new(1, "Board", &[], "2026-12-01"));
    // A taken id moves on: every result code names its workshop by id.
    let b = e.add_workshop(Workshop::new(1, "Sales", &[], "2026-12-02"));
    assert_eq!((a, b), (1, 2));
    // The one created last is open.
    assert_eq!(e.workshop().map(|w| w.name.as_str()), Some("Sales"));
    e.open_workshop(1);
    assert_eq!(e.workshop().map(|w| w.id), Some(1));
    e.open_workshop(99);
    assert_eq!(e.workshop().map(|w| w.id), Some(1), "no such workshop");

    assert!(e.rename_workshop(2, "  Sales team "));
    assert!(!e.rename_workshop(2, "   "), "a blank name is refused");
    assert!(!e.rename_workshop(99, "X"));
    assert_eq!(e.workshops[1].name, "Sales team");

    e.set_workshop_closes(2, Some("2026-12-04"));
    assert_eq!(e.workshops[1].closes.as_deref(), Some("2026-12-04"));
    e.set_workshop_closes(2, Some("soon"));
    assert_eq!(
        e.workshops[1].closes.as_deref(),
        Some("2026-12-04"),
        "not a date"
    );
    e.set_workshop_closes(2, None);
    assert_eq!(e.workshops[1].closes, None);

    // Deleting the open one falls back to the first.
    assert_eq!(
        e.delete_workshop(1).map(|w| w.name),
        Some("Board".to_owned())
    );
    assert_eq!(e.delete_workshop(1), None);
    assert_eq!(e.workshop().map(|w| w.id), Some(2));
    assert_eq!(e.open_workshop, None);
    e.delete_workshop(2);
    assert_eq!(e.workshop(), None);
}

#[test]
fn a_closed_workshop_s_result_is_placed_as_closed_on_the_consultant_s_device() {
    use rapport::model::workspace::{ResultPlace, Workspace};
    let mut work = Workspace::default();
    let mut w = Workshop::new(9, "W", &[], "2026-12-01");
    w.closes = Some("2026-12-02".to_owned());
    work.current_mut().add_workshop(w);
    let result = sent(3, 1, 2);
    assert!(matches!(
        work.place_result(&result, "2026-12-01"),
        ResultPlace::Open(_)
    ));
    assert!(matches!(
        work.place_result(&result, "2026-12-02"),
        ResultPlace::Closed(_)
    ));
}

#[test]
fn only_a_date_as_the_app_writes_it_is_a_date() {
    let cases = [
        ("2026-12-02", true),
        ("2026-01-31", true),
        ("2026-12-2", false),
        ("2026-12x02", false),
        ("2026x12-02", false),
        ("20x6-12-02", false),
        // A sign parses as a number but is not a digit.
        ("2026-+1-02", false),
        ("2026-12-+2", false),
        ("2026-13-02", false),
        ("2026-00-02", false),
        ("2026-12-32", false),
        ("2026-12-00", false),
        ("", false),
    ];
    for (text, expected) in cases {
        assert_eq!(is_date(text), expected, "{text:?}");
    }
}

#[test]
fn the_open_workshop_is_the_one_edited() {
    use rapport::model::workspace::Engagement;
    let mut e = Engagement::default();
    assert!(e.workshop_mut().is_none(), "no workshop yet");
    let named = |name: &str| Workshop {
        id: 1,
        name: name.into(),
        ..Workshop::default()
    };
    let first = e.add_workshop(named("First"));
    let second = e.add_workshop(named("Second"));
    assert_ne!(first, second);
    e.workshop_mut().unwrap().name = "Second, renamed".into();
    e.open_workshop(first);
    e.workshop_mut().unwrap().name = "First, renamed".into();
    let names: Vec<&str> = e.workshops.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(names, ["First, renamed", "Second, renamed"]);
}

/// A participation in workshop 7 with two roles, nothing answered.
fn joined() -> Participation {
    let invitation = Invitation {
        workshop: 7,
        name: "Kick-off".into(),
        roles: vec!["Sales".into(), "Service".into()],
        closes: None,
    };
    Participation::new(&invitation, 99)
}

/// The record as src/join/early.js writes it.
fn early(text: &str) -> EarlyAnswers {
    EarlyAnswers::read(text).unwrap_or_else(|| panic!("not a record: {text}"))
}

#[test]
fn answers_given_before_the_app_arrived_are_taken_as_if_given_in_it() {
    let level = |n| Answer::Level(Level::new(n).unwrap());
    let item = |key: &str| Item::from_key(key).unwrap();
    // (record, answers taken, role after, the answers it holds)
    type Case<'a> = (&'a str, usize, u8, Vec<(&'a str, Answer)>);
    let cases: Vec<Case> = vec![
        (
            "7 2 values.1=4 process.5=dk",
            2,
            2,
            vec![("values.1", level(4)), ("process.5", Answer::DontKnow)],
        ),
        ("7 0", 0, 0, vec![]),
        // Only the role: nothing answered yet.
        ("7 1", 0, 1, vec![]),
        // A role the workshop does not offer stays none.
        ("7 3 values.2=1", 1, 0, vec![("values.2", level(1))]),
        ("7 300", 0, 0, vec![]),
        // What names no statement or no answer is left out.
        (
            "7 0 values.9=4 values.3=7 strategy.2=5 x=dk values.4 =3  values.5=",
            1,
            0,
            vec![("strategy.2", level(5))],
        ),
        // A statement given twice: the later answer.
        (
            "7 0 values.1=2 values.1=5",
            2,
            0,
            vec![("values.1", level(5))],
        ),
        // Another workshop's record changes nothing.
        ("8 1 values.1=4", 0, 0, vec![]),
    ];
    for (text, taken, role, held) in cases {
        let mut p = joined();
        assert_eq!(early(text).apply_to(&mut p), taken, "{text}");
        assert_eq!(p.role, role, "{text}");
        assert_eq!(p.answers.answered_count(), held.len(), "{text}");
        for (key, answer) in held {
            assert_eq!(p.answers.answer(item(key)), Some(answer), "{text} {key}");
        }
        assert_eq!(p.code, None);
        assert_eq!(p.participant, 99);
    }
}

#[test]
fn a_record_with_no_role_picked_leaves_the_role_as_it_was() {
    let mut p = joined();
    p.role = 2;
    assert_eq!(early("7 0 values.1=3").apply_to(&mut p), 1);
    assert_eq!(p.role, 2);
}

#[test]
fn answers_given_before_the_app_arrived_never_change_a_finished_result() {
    let mut p = joined();
    p.answers
        .set_answer(Item::all().next().unwrap(), Answer::DontKnow);
    let code = p.finish(5);
    let before = p.clone();
    assert_eq!(early("7 1 values.1=4 values.2=4").apply_to(&mut p), 0);
    assert_eq!(p, before);
    assert_eq!(p.code, Some(code));
}

#[test]
fn an_early_record_reads_only_when_it_begins_with_its_two_numbers() {
    for text in [
        "",
        "7",
        "7 ",
        " 7 1",
        "x 1",
        "7 x",
        "-7 1",
        "+7 1",
        "7 -1",
        "99999999999 1",
        "7 4294967297",
        "{\"workshop\":7}",
        "7\t1",
    ] {
        assert_eq!(EarlyAnswers::read(text), None, "{text:?}");
    }
    assert_eq!(
        EarlyAnswers::read("4294967295 12 a=b c=d=e"),
        Some(EarlyAnswers {
            workshop: u32::MAX,
            role: 12,
            answers: vec![("a".into(), "b".into()), ("c".into(), "d=e".into())],
        })
    );
}

proptest! {
    /// Whatever a record holds, taking it never panics and leaves only the
    /// answers it names with a valid answer, on the workshop it names.
    #[test]
    fn any_early_record_takes_only_what_it_validly_names(
        workshop in prop_oneof![Just(7u32), any::<u32>()],
        role in any::<u32>(),
        answers in proptest::collection::btree_map(
            prop_oneof!["[a-z]{1,10}\\.[0-9]{1,2}", "(values|process|people)\\.[1-5]"],
            prop_oneof!["[0-9]", Just("dk".to_owned()), ".{0,3}"],
            0..12,
        ).prop_map(|m| m.into_iter().collect::<Vec<_>>()),
        noise in ".{0,40}",
    ) {
        // Any text at all reads without a panic.
        let _ = EarlyAnswers::read(&noise);
        let record = EarlyAnswers { workshop, role, answers: answers.clone() };
        let mut p = joined();
        let taken = record.apply_to(&mut p);
        if workshop != 7 {
            prop_assert_eq!(p, joined());
            prop_assert_eq!(taken, 0);
        } else {
            let valid: Vec<_> = answers
                .iter()
                .filter_map(|(k, v)| Some((Item::from_key(k)?, Answer::from_form_value(v)?)))
                .collect();
            prop_assert_eq!(taken, valid.len());
            prop_assert_eq!(p.answers.answered_count(), valid.len());
            for (item, answer) in valid {
                prop_assert_eq!(p.answers.answer(item), Some(answer));
            }
            prop_assert_eq!(p.role, if (1..=2).contains(&role) { role as u8 } else { 0 });
        }
    }
}
