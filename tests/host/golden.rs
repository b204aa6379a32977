//! Golden formats: a workspace that uses every stored field, and the
//! comparison of what the app writes with fixtures frozen in
//! `tests/fixtures/`. Shared by the storage and transfer tests.
//!
//! A frozen fixture is never edited or overwritten. When what is written
//! changes on purpose, the schema version is bumped, a migration step is
//! added, and a new fixture is frozen beside the old ones, which stay to
//! prove that older data still reads.

use rapport::model::accounts::{Bond, Customer, GrossMargin, Plan, Segment};
use rapport::model::assessment::{Answer, Answers, Item, Level, Weight};
use rapport::model::code::{self, Submission};
use rapport::model::components::Component;
use rapport::model::fit::{CultureType, Dimension};
use rapport::model::levels::Level as RelationshipLevel;
use rapport::model::report::Section;
use rapport::model::scenario::Field;
use rapport::model::workshop::{Invitation, Participation, Workshop};
use rapport::model::workspace::Workspace;

/// The environment variable that lets a missing fixture be written once.
const FREEZE: &str = "RAPPORT_FREEZE";

/// Answers from `digits`, statement by statement in [`Item::all`] order:
/// `0` unanswered, `1`–`5` a level, `6` "don't know" (as in a result code).
fn answers(digits: &[u8]) -> Answers {
    let mut answers = Answers::default();
    for (item, digit) in Item::all().zip(digits) {
        match digit {
            0 => {}
            6 => answers.set_answer(item, Answer::DontKnow),
            n => answers.set_answer(item, Answer::Level(Level::new(*n).unwrap())),
        }
    }
    answers
}

/// The golden workspace, built through the public API: two engagements
/// with names and change dates; answers with "don't know", weights,
/// targets and a snapshot that differs from the current answers; both
/// parties' fit profiles and OCAI splits; loyalty figures, switches,
/// currency and two named scenarios; a workshop with roles, its day and
/// three results, one excluded, and a second, closed on a day, with one,
/// the first open; report choices; a key-account portfolio with
/// customers of both margin kinds, with and without years and growth, set
/// thresholds, current levels, a key account with bonds, its manager, job
/// and both plans, and a general manager; a language, the last export and
/// a participation.
pub fn workspace() -> Workspace {
    let mut work = Workspace::default().with_language("pl");
    work.rename("e1", "Zakłady Północne");
    let first = work.current_mut();
    first.changed = "2026-11-20T10:15".to_owned();

    let assessment = &mut first.assessment;
    assessment.current = answers(&[4, 3, 6, 2, 0, 5, 1]);
    assessment
        .current
        .set_weight(Component::People, Weight::new(2.5).unwrap());
    assessment
        .current
        .set_weight(Component::Technology, Weight::new(0.0).unwrap());
    assessment.current.set_target(Component::Values, 90);
    assessment.current.set_target(Component::Process, 60);
    assessment.take_snapshot("2026-11-01", "Przed");
    // Answers given after the snapshot, so the two differ.
    let strategy = Item::of(Component::Strategy).next().unwrap();
    assessment
        .current
        .set_answer(strategy, Answer::Level(Level::new(5).unwrap()));
    assessment.current.set_answer(
        Item::of(Component::Process).last().unwrap(),
        Answer::DontKnow,
    );

    let fit = &mut first.fit;
    fit.supplier.name = "Acme".to_owned();
    fit.supplier.profile.set(Dimension::DealOrientation, 2);
    fit.supplier.profile.set(Dimension::Horizon, 4);
    fit.supplier.profile.set(Dimension::Scheduling, 1);
    // OCAI, version 5: the supplier's "now" whole, with decimals; its
    // "preferred" with one complete aspect and one half-entered (cells left
    // empty are stored as null); the client's "now" only, so an empty
    // profile is left out.
    for aspect in 0..6 {
        for (kind, points) in CultureType::ALL.into_iter().zip([40.0, 20.0, 25.0, 15.0]) {
            fit.supplier.ocai.now.set(aspect, kind, points).unwrap();
        }
    }
    fit.supplier
        .ocai
        .now
        .set(5, CultureType::Clan, 37.5)
        .unwrap();
    fit.supplier
        .ocai
        .now
        .set(5, CultureType::Adhocracy, 22.5)
        .unwrap();
    for (kind, points) in CultureType::ALL.into_iter().zip([50.0, 20.0, 20.0, 10.0]) {
        fit.supplier.ocai.preferred.set(0, kind, points).unwrap();
    }
    fit.supplier
        .ocai
        .preferred
        .set(1, CultureType::Clan, 30.25)
        .unwrap();
    fit.client.name = "Zakłady Północne S.A.".to_owned();
    fit.client.profile.set(Dimension::DealOrientation, 5);
    fit.client.profile.set(Dimension::Trusting, 3);
    for aspect in 0..6 {
        for (kind, points) in CultureType::ALL.into_iter().zip([55.0, 15.0, 15.0, 15.0]) {
            fit.client.ocai.now.set(aspect, kind, points).unwrap();
        }
    }
    fit.client
        .ocai
        .now
        .set(3, CultureType::Adhocracy, 0.0)
        .unwrap();

    let economics = &mut first.economics;
    economics.currency = "PLN".to_owned();
    economics.figures.set(Field::Retention, 85.5).unwrap();
    economics.figures.set(Field::Customers, 250.0).unwrap();
    economics.effects.referrals = false;
    economics.save_scenario("Dziś");
    economics.figures.set(Field::Retention, 90.0).unwrap();
    economics.effects.price_premium = false;
    economics.save_scenario("Program lojalnościowy");
    // The figures being worked on differ from both scenarios.
    economics.figures.set(Field::ServiceCost, 72.25).unwrap();

    let mut workshop = Workshop {
        id: 4711,
        name: "Kick-off & review".to_owned(),
        roles: vec!["Zarząd".to_owned(), "Sprzedaż, północ".to_owned()],
        entries: Vec::new(),
        ..Workshop::default()
    };
    let results = [(1, [5, 4, 6]), (2, [2, 0, 3]), (0, [6, 6, 1])].map(|(role, digits)| {
        code::encode(&Submission {
            workshop: workshop.id,
            role,
            answers: answers(&digits),
            sender: None,
        })
    });
    let collected = workshop.collect(&results.join("\n"), "2026-12-02");
    assert!(collected.iter().all(|(_, outcome)| outcome.is_ok()));
    workshop.set_excluded(1, true);
    workshop.created = "2026-11-18".to_owned();
    first.workshops.push(workshop);
    // A second workshop (schema version 5): dated, closed on a day, with a
    // result collected before it closed; the first is the one open.
    let mut review = Workshop::new(90, "Przegląd sprzedaży", &["Sprzedaż"], "2026-11-25");
    let late = code::encode(&Submission {
        workshop: 90,
        role: 1,
        answers: answers(&[3, 3, 4]),
        sender: Some(code::Sender {
            participant: 0x0BAD_CAFE,
            attempt: 2,
        }),
    });
    assert!(review.collect(&late, "2026-11-26")[0].1.is_ok());
    first.add_workshop(review);
    first.set_workshop_closes(90, Some("2026-11-30"));
    first.open_workshop(4711);

    // Report choices (schema version 4): every field set, one section left
    // out, and a key a later release may write, which is kept as it is.
    let report = &mut first.report;
    report.title = "Gotowość do marketingu relacji".to_owned();
    report.consultant = "Anna Nowak".to_owned();
    report.organisation = "Doradztwo \"Most\"".to_owned();
    report.language = Some("ru".to_owned());
    report.snapshot = Some(1);
    report.set(Section::Workshop, false);
    report.left_out.push("later_section".to_owned());

    let accounts = &mut first.accounts;
    let customers = [
        (
            "Huta Północ",
            1_200_000.0,
            GrossMargin::Percent(22.5),
            90_000.0,
            Some(12.0),
            Some(4.5),
        ),
        (
            "Sklep Róża",
            18_000.0,
            GrossMargin::Amount(3_600.5),
            5_200.0,
            None,
            None,
        ),
        (
            "Budimex-Serwis",
            640_000.0,
            GrossMargin::Percent(-3.0),
            41_000.0,
            Some(2.0),
            Some(35.0),
        ),
    ];
    for (name, revenue, margin, cost, years, growth) in customers {
        let customer = Customer::new(name, revenue, margin, cost, years, growth).unwrap();
        accounts.add(customer).unwrap();
    }
    accounts.thresholds.revenue = Some(500_000.0);
    accounts.thresholds.cost = Some(60_000.25);
    accounts
        .current_levels
        .insert(Segment::All, RelationshipLevel::Reactive);
    accounts
        .current_levels
        .insert(Segment::SleepingGiant, RelationshipLevel::Accountable);
    accounts.set_key(1, true);
    let key = accounts.key_mut(1).unwrap();
    key.level = Some(RelationshipLevel::Proactive);
    key.bonds.financial = Bond::Exists;
    key.bonds.structural = Bond::Planned;
    key.manager = "Anna Nowak".to_owned();
    key.trained = true;
    key.duties = "Jedyny punkt kontaktu".to_owned();
    key.reporting = "Co miesiąc do kierownika".to_owned();
    key.criteria = "Udział w zakupach, marża".to_owned();
    key.annual = Plan {
        goals: "Utrzymać 100 % wolumenu".to_owned(),
        strategies: "Wspólne planowanie dostaw".to_owned(),
        actions: "Przegląd kwartalny".to_owned(),
        resources: "2 dni w miesiącu".to_owned(),
    };
    key.long_term.goals = "Partnerstwo w 3 lata".to_owned();
    accounts.general_manager = "Piotr Zieliński".to_owned();

    work.create("Acme Retail", "2026-11-22T09:00");
    let second = work.current_mut();
    second.assessment.current = answers(&[0, 0, 0, 0, 0, 2]);
    second.economics.currency = "EUR".to_owned();

    work.last_exported = Some("2026-11-15".to_owned());
    let mut participation = Participation::new(
        &Invitation {
            workshop: 90210,
            name: "Warsztat Acme".to_owned(),
            roles: vec!["Zarząd".to_owned()],
            closes: None,
        },
        0x2026_1202,
    );
    participation.role = 1;
    participation.answers = answers(&[3, 6]);
    participation.finish(0x2026_1202);
    work.participation = Some(participation);
    work
}

/// Checks that `text`, followed by the final newline every text file in
/// the repository has, is byte for byte the frozen fixture `name`, and
/// returns the fixture's text. A missing fixture fails the test unless
/// `RAPPORT_FREEZE=1` is set, and then it is written once; an existing one
/// is never overwritten.
pub fn assert_frozen(name: &str, text: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let expected = format!("{text}\n");
    let frozen = match std::fs::read_to_string(&path) {
        Ok(frozen) => frozen,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if std::env::var(FREEZE).as_deref() != Ok("1") {
                panic!(
                    "there is no fixture {path}. Freeze today's output once with \
                     `{FREEZE}=1 cargo test`, check it, and commit it; \
                     it is never edited afterwards"
                );
            }
            freeze(&path, &expected);
            expected.clone()
        }
        Err(e) => panic!("cannot read {path}: {e}"),
    };
    if frozen != expected {
        let at = frozen
            .bytes()
            .zip(expected.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(frozen.len().min(expected.len()));
        // Some 60 bytes either side, widened to whole characters.
        let around = |s: &str| {
            let mut start = at.saturating_sub(60).min(s.len());
            while !s.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (at + 60).min(s.len());
            while !s.is_char_boundary(end) {
                end += 1;
            }
            s[start..end].to_owned()
        };
        panic!(
            "what is written no longer matches the frozen {name} (first difference \
             at byte {at}):\n  frozen:  …{}…\n  written: …{}…\n\
             If the change is intended, bump SCHEMA_VERSION, add the migration \
             step, and freeze a new fixture beside this one; never edit it.",
            around(&frozen),
            around(&expected),
        );
    }
    frozen
}

/// Writes a new fixture, refusing to replace one that appeared meanwhile.
fn freeze(path: &str, text: &str) {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .unwrap_or_else(|e| panic!("cannot freeze {path}: {e}"));
    file.write_all(text.as_bytes()).unwrap();
    eprintln!("froze {path}: check it and commit it");
}
