//! Client engagements: the list's operations, import merging, the export
//! reminder, and export/import round trips over generated stores.

use proptest::prelude::*;
use rapport::model::assessment::{Answer, Answers, Item, Level, Weight};
use rapport::model::code::{encode, Submission};
use rapport::model::components::Component;
use rapport::model::fit::{CultureType, Dimension, Moment, Party};
use rapport::model::loyalty::Effects;
use rapport::model::scenario::{Field, CURRENCIES};
use rapport::model::workshop::{Invitation, Participation, Workshop};
use rapport::model::workspace::*;
use rapport::storage::{decode, encode as store_encode};
use rapport::transfer::{export, read};

fn names(w: &Workspace) -> Vec<&str> {
    w.engagements.iter().map(|e| e.name.as_str()).collect()
}

#[test]
fn there_is_always_a_current_engagement() {
    let mut w = Workspace::default();
    assert_eq!(w.current().id, FIRST_ID);
    let (index, removed) = w.delete(FIRST_ID).unwrap();
    assert_eq!(index, 0);
    assert_eq!(w.engagements.len(), 1, "a blank one takes its place");
    assert_ne!(w.current().id, "");
    // Undo puts it back and drops the unused blank.
    w.restore(index, removed);
    assert_eq!(w.engagements.len(), 1);
    assert_eq!(w.current().id, FIRST_ID);
}

#[test]
fn engagements_are_created_renamed_duplicated_and_deleted() {
    let mut w = Workspace::default();
    let acme = w.create(" Acme ", "2026-11-22T10:00");
    assert_eq!(w.current, acme);
    assert_eq!(w.current().name, "Acme");
    w.current_mut().fit.supplier.name = "Acme Ltd".to_owned();
    w.rename(&acme, "Acme Holdings");
    let copy = w
        .duplicate(&acme, "Acme Holdings (copy)", "2026-11-22T11:00")
        .unwrap();
    assert_ne!(copy, acme);
    assert_eq!(names(&w), ["", "Acme Holdings", "Acme Holdings (copy)"]);
    assert_eq!(w.engagement(&copy).unwrap().fit.supplier.name, "Acme Ltd");
    assert_eq!(
        w.engagement(&copy).unwrap().changed,
        "2026-11-22T11:00",
        "the copy is changed when it was made"
    );
    let (index, removed) = w.delete(&acme).unwrap();
    assert_eq!(names(&w), ["", "Acme Holdings (copy)"]);
    assert_ne!(
        w.current, acme,
        "the current one was deleted, another opens"
    );
    let open_now = w.current.clone();
    w.restore(index, removed);
    assert_eq!(names(&w), ["", "Acme Holdings", "Acme Holdings (copy)"]);
    assert_eq!(w.current, open_now, "undo does not change what is open");
}

#[test]
fn broken_lists_are_repaired() {
    let mut w = Workspace {
        engagements: vec![
            Engagement {
                id: "e1".into(),
                name: "A".into(),
                ..Default::default()
            },
            Engagement {
                id: "e1".into(),
                name: "B".into(),
                ..Default::default()
            },
            Engagement {
                id: String::new(),
                name: "C".into(),
                ..Default::default()
            },
        ],
        current: "gone".into(),
        ..Workspace::default()
    };
    w.normalize();
    let ids: std::collections::BTreeSet<_> = w.engagements.iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids.len(), 3, "ids are unique");
    assert_eq!(w.current, "e1");
    // A repeated id takes one no engagement has, not even a later one, so
    // the later engagement keeps its own.
    let mut w = Workspace {
        engagements: ["e1", "e1", "e2"]
            .map(|id| Engagement {
                id: id.into(),
                ..Default::default()
            })
            .to_vec(),
        current: "e1".into(),
        ..Workspace::default()
    };
    w.normalize();
    let ids: Vec<&str> = w.engagements.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["e1", "e3", "e2"]);
}

#[test]
fn changes_stamp_only_the_engagement_that_changed() {
    let mut w = Workspace::default();
    let before = w.current().clone();
    assert!(
        !w.stamp_current(&before, "2026-11-22T10:00"),
        "nothing changed"
    );
    w.current_mut().economics.currency = "PLN".to_owned();
    assert!(w.stamp_current(&before, "2026-11-22T10:00"));
    assert_eq!(w.current().changed, "2026-11-22T10:00");
}

fn with_work(name: &str, id: &str) -> Engagement {
    let mut e = Engagement {
        id: id.into(),
        name: name.into(),
        ..Default::default()
    };
    e.economics.currency = "USD".to_owned();
    e
}

#[test]
fn an_import_adds_new_engagements_and_settles_clashes_as_chosen() {
    let here = Workspace {
        engagements: vec![with_work("Acme", "e1"), with_work("Borealis", "e2")],
        current: "e1".into(),
        ..Workspace::default()
    };
    let mut acme = with_work("Acme, revised", "e1");
    acme.economics.currency = "GBP".to_owned();
    let file = Workspace {
        engagements: vec![acme, with_work("Cobalt", "e9")],
        ..Workspace::default()
    };

    let (adds, clashes) = here.preview(&file);
    assert_eq!(
        adds.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["Cobalt"]
    );
    assert_eq!(
        clashes.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["Acme, revised"]
    );

    let mut both = here.clone();
    assert_eq!(both.import(file.clone(), Clash::KeepBoth), 2);
    assert_eq!(
        names(&both),
        ["Acme", "Borealis", "Acme, revised", "Cobalt"]
    );
    // Kept both: the newcomer takes the first id free here and in the file
    // (e1, e2 here; e1, e9 in the file), so it can never clash again.
    let ids: Vec<&str> = both.engagements.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["e1", "e2", "e3", "e9"]);
    assert_eq!(both.engagement("e1").unwrap().economics.currency, "USD");

    let mut replaced = here.clone();
    replaced.import(file, Clash::Replace);
    assert_eq!(names(&replaced), ["Acme, revised", "Borealis", "Cobalt"]);
    assert_eq!(replaced.engagement("e1").unwrap().economics.currency, "GBP");
}

#[test]
fn an_import_into_a_fresh_browser_replaces_the_blank_engagement() {
    let mut fresh = Workspace::default();
    let file = Workspace {
        engagements: vec![with_work("Acme", "e1")],
        ..Workspace::default()
    };
    let (adds, clashes) = fresh.preview(&file);
    assert_eq!((adds.len(), clashes.len()), (1, 0));
    fresh.import(file, Clash::KeepBoth);
    assert_eq!(names(&fresh), ["Acme"]);
}

#[test]
fn the_export_reminder_comes_after_a_week() {
    let mut w = Workspace::default();
    assert!(!export_due(&w, "2026-11-22"), "nothing to export yet");
    w.current_mut().economics.currency = "PLN".to_owned();
    assert!(export_due(&w, "2026-11-22"), "never exported");
    let cases = [
        ("2026-11-22", false),
        ("2026-11-15", false),
        ("2026-11-14", true),
        ("2025-12-31", true),
        ("not a date", true),
        // A month or a day out of range is no date either.
        ("2026-13-20", true),
        ("2026-11-32", true),
    ];
    for (last, due) in cases {
        w.last_exported = Some(last.to_owned());
        assert_eq!(export_due(&w, "2026-11-22"), due, "{last}");
    }
    // Across a year's end: 2026-12-29 to 2027-01-04 is 6 days.
    w.last_exported = Some("2026-12-29".to_owned());
    assert!(!export_due(&w, "2027-01-04"));
    // Day counts across month ends, leap days and centuries, by the civil
    // calendar: (last export, today, days between).
    let spans = [
        ("2028-02-22", "2028-03-01", 8), // 2028 is a leap year: 29 February
        ("2027-02-22", "2027-03-01", 7),
        ("2100-02-22", "2100-03-01", 7), // 2100 is not (a century)
        ("2000-02-22", "2000-03-01", 8), // 2000 is (divisible by 400)
        ("2000-02-23", "2000-03-01", 7), // into a new 400-year era
        ("2099-12-31", "2100-01-07", 7),
        ("2026-01-25", "2026-02-02", 8),
        ("2026-04-24", "2026-05-01", 7),
    ];
    for (last, today, days) in spans {
        w.last_exported = Some(last.to_owned());
        assert_eq!(
            export_due(&w, today),
            days > 7,
            "{last} to {today}: {days} days"
        );
    }
}

#[test]
fn opening_an_engagement_makes_it_current_and_an_unknown_id_changes_nothing() {
    let mut w = Workspace {
        engagements: vec![with_work("Acme", "e1"), with_work("Borealis", "e2")],
        current: "e1".into(),
        ..Workspace::default()
    };
    w.open("e2");
    assert_eq!(w.current().name, "Borealis");
    w.open("e7");
    assert_eq!(w.current().name, "Borealis");
}

/// A money or count figure with at most two decimals, as a person types it.
fn decimal(max: u64) -> impl Strategy<Value = f64> {
    (0..=max * 100).prop_map(|n| n as f64 / 100.0)
}

/// One answer as a digit: `0` unanswered, `1`–`5` a level, `6` "don't know".
fn answer_digits(most: usize) -> impl Strategy<Value = Vec<(usize, u8)>> {
    proptest::collection::vec((0usize..40, 0u8..=6), 0..most)
}

fn apply(answers: &mut Answers, digits: &[(usize, u8)]) {
    let items: Vec<Item> = Item::all().collect();
    for &(i, digit) in digits {
        match Level::new(digit) {
            Some(level) => answers.set_answer(items[i], Answer::Level(level)),
            None if digit == 6 => answers.set_answer(items[i], Answer::DontKnow),
            None => {}
        }
    }
}

/// A fit party as generated: a name, answers on some scales as (scale,
/// answer), OCAI points as (preferred rather than now, aspect, culture
/// type, hundredths of a point).
type PartyParts = (String, Vec<(usize, u8)>, Vec<(bool, usize, usize, u16)>);

/// A fit party: a name, a profile on some scales, some OCAI points.
fn party() -> impl Strategy<Value = PartyParts> {
    (
        "[A-Za-zĄąЖж &<>\"'-]{0,12}",
        proptest::collection::vec((0usize..12, 1u8..=5), 0..12),
        proptest::collection::vec((any::<bool>(), 0usize..6, 0usize..4, 0u16..=10_000), 0..6),
    )
}

fn fill(side: &mut Party, (name, profile, ocai): PartyParts) {
    side.name = name;
    for (d, v) in profile {
        side.profile.set(Dimension::ALL[d], v);
    }
    for (preferred, aspect, kind, hundredths) in ocai {
        let moment = if preferred {
            Moment::Preferred
        } else {
            Moment::Now
        };
        let points = f64::from(hundredths) / 100.0;
        side.ocai
            .get_mut(moment)
            .set(aspect, CultureType::ALL[kind], points)
            .unwrap();
    }
}

/// A workshop with roles and results, some excluded.
fn workshop() -> impl Strategy<Value = Workshop> {
    (
        1u32..1_000_000,
        "[A-Za-zĄąЖж &<>-]{0,12}",
        proptest::collection::vec("[A-Za-zЖж ,]{1,8}", 1..4),
        proptest::collection::vec((0u8..3, answer_digits(8), any::<bool>()), 0..4),
    )
        .prop_map(|(id, name, roles, results)| {
            let mut workshop = Workshop {
                id,
                name,
                roles,
                entries: Vec::new(),
                ..Workshop::default()
            };
            let roles = workshop.roles.len() as u8;
            for (role, digits, excluded) in results {
                let mut answers = Answers::default();
                apply(&mut answers, &digits);
                let code = encode(&Submission {
                    workshop: id,
                    role: role % (roles + 1),
                    answers,
                    sender: None,
                });
                // The same answers twice are one result: only a new one
                // adds an entry to exclude.
                if workshop.collect_one(&code, "2026-12-02").1.is_ok() {
                    workshop.set_excluded(workshop.entries.len() - 1, excluded);
                }
            }
            workshop
        })
}

prop_compose! {
    /// An engagement that may use every stored field: answers given
    /// before and after snapshots (so they differ), weights, targets,
    /// both parties, figures, switches, scenarios and workshops.
    fn engagement(index: usize)(
        name in "[A-Za-zĄąŁłЖж &<>\"'-]{0,20}",
        changed in "2026-(0[1-9]|1[0-2])-([01][0-9])T([01][0-9]):([0-5][0-9])",
        rounds in proptest::collection::vec(answer_digits(12), 1..4),
        weights in proptest::collection::vec((0usize..8, 0u8..=10), 0..4),
        targets in proptest::collection::vec((0usize..8, 0u8..=100), 0..4),
        supplier in party(),
        client in party(),
        currency in 0usize..CURRENCIES.len(),
        figure_rounds in proptest::collection::vec(
            proptest::collection::vec((0usize..17, decimal(100)), 0..4), 1..4),
        effects in proptest::array::uniform4(any::<bool>()),
        workshops in proptest::collection::vec(workshop(), 0..3),
    ) -> Engagement {
        let mut e = Engagement {
            id: format!("e{}", index + 1),
            name,
            changed,
            ..Engagement::default()
        };
        // Each round of answers but the last is followed by a snapshot.
        let last = rounds.len() - 1;
        for (round, digits) in rounds.iter().enumerate() {
            apply(&mut e.assessment.current, digits);
            if round < last {
                e.assessment.take_snapshot("2026-11-01", &format!("s{round}"));
            }
        }
        for (c, w) in weights {
            e.assessment.current.set_weight(Component::ALL[c], Weight::new(f64::from(w) / 2.0).unwrap());
        }
        for (c, t) in targets {
            e.assessment.current.set_target(Component::ALL[c], t);
        }
        fill(&mut e.fit.supplier, supplier);
        fill(&mut e.fit.client, client);
        e.economics.currency = CURRENCIES[currency].to_owned();
        let [cost_savings, revenue_growth, referrals, price_premium] = effects;
        e.economics.effects = Effects { cost_savings, revenue_growth, referrals, price_premium };
        // Each round of figures but the last is saved as a scenario.
        let last = figure_rounds.len() - 1;
        for (round, figures) in figure_rounds.iter().enumerate() {
            for &(f, v) in figures {
                let _ = e.economics.figures.set(Field::ALL[f], v);
            }
            if round < last {
                e.economics.save_scenario(&format!("scenario {round}"));
            }
        }
        e.workshops = workshops.into();
        e
    }
}

prop_compose! {
    /// A participant device's answers, finished or not.
    fn participation()(
        workshop in 1u32..1_000_000,
        name in "[A-Za-zЖж &-]{0,12}",
        role in 0u8..3,
        digits in answer_digits(12),
        finished: bool,
        id in 1u32..,
    ) -> Participation {
        let mut p = Participation::new(&Invitation {
            workshop,
            name,
            roles: vec!["A".to_owned(), "B".to_owned()],
            closes: None,
        }, id);
        p.role = role;
        apply(&mut p.answers, &digits);
        if finished {
            p.finish(id);
        }
        p
    }
}

fn store() -> impl Strategy<Value = Workspace> {
    (
        0usize..4,
        proptest::option::of(prop_oneof!["en", "ru", "pl"]),
        proptest::option::of("2026-(0[1-9]|1[0-2])-([012][1-9])"),
        proptest::option::of(participation()),
    )
        .prop_flat_map(|(n, language, last_exported, participation)| {
            (
                (0..n).map(engagement).collect::<Vec<_>>(),
                Just((language, last_exported, participation)),
            )
        })
        .prop_map(|(engagements, (language, last_exported, participation))| {
            let mut w = Workspace {
                engagements,
                last_exported,
                participation,
                ..Workspace::default()
            };
            w.settings.language = language;
            w.normalize();
            w
        })
}

proptest! {
    /// Every stored field survives the store's envelope.
    #[test]
    fn every_store_is_stored_and_read_back_equal(w in store()) {
        let (back, revision) = decode(&store_encode(&w, 7)).unwrap();
        prop_assert_eq!(revision, 7);
        prop_assert_eq!(back.set_aside, 0);
        prop_assert_eq!(back.work, w);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::cases(1_000)))]
    #[test]
    fn every_store_exports_and_imports_back_equal(w in store()) {
        let ids: Vec<String> = w.engagements.iter().map(|e| e.id.clone()).collect();
        let text = export(&w, Some(&ids)).unwrap();
        let back = read(text.as_bytes()).unwrap();
        prop_assert_eq!(&back.engagements, &w.engagements);
        let mut fresh = Workspace::default();
        fresh.import(back, Clash::KeepBoth);
        prop_assert_eq!(&fresh.engagements, &w.engagements);
    }
}

proptest! {
    #[test]
    fn a_full_export_leaves_out_only_blank_engagements(w in store()) {
        let all = read(export(&w, None).unwrap().as_bytes()).unwrap();
        let kept: Vec<&Engagement> = w.engagements.iter().filter(|e| !e.is_blank()).collect();
        if kept.is_empty() {
            prop_assert_eq!(all.engagements.len(), 1);
            prop_assert!(all.engagements[0].is_blank());
        } else {
            prop_assert_eq!(all.engagements.iter().collect::<Vec<_>>(), kept);
        }
    }
}

fn result_code(workshop: u32, role: u8) -> String {
    use rapport::model::assessment::Answers;
    use rapport::model::code::{encode, Submission};
    let mut answers = Answers::default();
    answers.set_answer(Item::all().next().unwrap(), Answer::DontKnow);
    encode(&Submission {
        workshop,
        role,
        answers,
        sender: None,
    })
}

#[test]
fn a_result_link_finds_its_workshop_on_this_device() {
    use rapport::model::code::CodeError;
    use rapport::model::workshop::Workshop;
    let workshop = |id: u32| Workshop {
        id,
        name: format!("W{id}"),
        roles: vec!["Sales".into()],
        entries: vec![],
        ..Workshop::default()
    };
    let mut w = Workspace::default();
    w.current_mut().workshops.push(workshop(7));
    let second = w.create("Other client", "2026-12-01T10:00");
    w.current_mut().workshops.push(workshop(8));
    w.open(FIRST_ID);
    let collected = result_code(7, 1);
    w.current_mut().workshops[0].collect(&collected, "2026-12-02");
    let fresh = result_code(7, 0);
    let mut damaged = fresh.clone().into_bytes();
    damaged[20] = if damaged[20] == b'A' { b'B' } else { b'A' };
    let damaged = String::from_utf8(damaged).unwrap();
    let place = |code: &str| match w.place_result(code, "2026-12-02") {
        ResultPlace::Damaged(e) => format!("damaged {e:?}"),
        ResultPlace::Open(a) => format!("open, role {}", a.submission.role),
        ResultPlace::Older(_, number) => format!("older than respondent {number}"),
        ResultPlace::Collected(s) => format!("collected, role {}", s.role),
        ResultPlace::Closed(s) => format!("closed, role {}", s.role),
        ResultPlace::Elsewhere(id) => format!("in {id}"),
        ResultPlace::Unknown(s) => format!("unknown workshop {}", s.workshop),
    };
    let cases = [
        (fresh.clone(), "open, role 0".to_owned()),
        (
            format!("https://x.org/#/result/{fresh}"),
            "open, role 0".to_owned(),
        ),
        (collected.to_lowercase(), "collected, role 1".to_owned()),
        (result_code(8, 1), format!("in {second}")),
        (result_code(9, 1), "unknown workshop 9".to_owned()),
        (damaged, format!("damaged {:?}", CodeError::Corrupted)),
        (
            "nonsense".to_owned(),
            format!("damaged {:?}", CodeError::Malformed),
        ),
    ];
    for (code, expected) in cases {
        assert_eq!(place(&code), expected, "{code}");
    }
}

#[test]
fn only_a_device_that_took_part_and_holds_no_such_workshop_is_a_participant() {
    use rapport::model::workshop::{Invitation, Participation, Workshop};
    let invitation = Invitation {
        workshop: 7,
        name: "Kick-off".into(),
        roles: vec![],
        closes: None,
    };
    let code = result_code(7, 0);
    let mut w = Workspace::default();
    assert!(!w.is_participant_of(&code), "a device that never joined");
    w.participation = Some(Participation::new(&invitation, 1));
    assert!(w.is_participant_of(&code));
    assert!(!w.is_participant_of(&result_code(8, 0)), "another workshop");
    assert!(!w.is_participant_of("nonsense"));
    w.current_mut().workshops.push(Workshop {
        id: 7,
        name: "Kick-off".into(),
        roles: vec![],
        entries: vec![],
        ..Workshop::default()
    });
    assert!(!w.is_participant_of(&code), "the consultant's own device");
}

#[test]
fn an_engagement_is_blank_only_with_neither_a_name_nor_work() {
    let named = Engagement {
        name: "Acme".into(),
        ..Engagement::default()
    };
    let mut worked = Engagement::default();
    worked.economics.currency = "PLN".to_owned();
    let cases = [
        (Engagement::default(), true),
        (named, false),
        (worked, false),
    ];
    for (engagement, blank) in cases {
        assert_eq!(engagement.is_blank(), blank, "{}", engagement.name);
    }
}
