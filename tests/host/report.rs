//! The report's assembly from an engagement: which sections, which numbers.

use rapport::i18n::case;
use rapport::model::assessment::{Answer, Answers, Band, Item, Level};
use rapport::model::code::{self, Submission};
use rapport::model::components::Component;
use rapport::model::fit::{Dimension, Flag, Verdict};
use rapport::model::report::{self, ReportChoices, Section};
use rapport::model::scenario::{Field, Outcome};
use rapport::model::workshop::Workshop;
use rapport::model::workspace::Engagement;

/// Every statement of each listed component answered at one level.
fn answers(levels: &[(Component, u8)]) -> Answers {
    let mut answers = Answers::default();
    for (component, level) in levels {
        for item in Item::of(*component) {
            answers.set_answer(item, Answer::Level(Level::new(*level).unwrap()));
        }
    }
    answers
}

#[test]
fn the_ticked_sections_print_in_order() {
    use Section::*;
    let cases: [(&[Section], &[Section]); 5] = [
        (
            &[],
            &[Readiness, Workshop, Fit, Economics, KeyAccounts, Method],
        ),
        (
            &[Workshop, Fit],
            &[Readiness, Economics, KeyAccounts, Method],
        ),
        (
            &[Method, Readiness],
            &[Workshop, Fit, Economics, KeyAccounts],
        ),
        (
            &[KeyAccounts],
            &[Readiness, Workshop, Fit, Economics, Method],
        ),
        (&Section::ALL, &[]),
    ];
    for (left_out, shown) in cases {
        let mut e = Engagement::default();
        for s in left_out {
            e.report.set(*s, false);
        }
        assert_eq!(report::sections(&e), shown, "{left_out:?}");
    }
}

#[test]
fn ticking_again_restores_a_section_and_keeps_unknown_keys() {
    let mut choices = ReportChoices {
        left_out: vec!["later_section".to_owned()],
        ..ReportChoices::default()
    };
    choices.set(Section::Fit, false);
    choices.set(Section::Fit, false);
    assert!(!choices.includes(Section::Fit));
    assert_eq!(choices.left_out, ["later_section", "fit"]);
    choices.set(Section::Fit, true);
    assert!(choices.includes(Section::Fit));
    assert_eq!(choices.left_out, ["later_section"]);
    // Each key is distinct: a choice can never be stored under another's key.
    let keys: std::collections::BTreeSet<_> = Section::ALL.iter().map(|s| s.key()).collect();
    assert_eq!(keys.len(), Section::ALL.len());
}

#[test]
fn an_empty_engagement_summarises_to_nothing_but_the_default_economics() {
    let e = Engagement::default();
    let s = report::summary(&e);
    assert_eq!(s.index, None);
    assert_eq!(s.band, None);
    assert_eq!(s.weakest, None);
    assert_eq!(s.fit_score, None);
    assert_eq!(s.verdict, None);
    assert!(s.red_flags.is_empty());
    assert!(s.first.is_empty());
    let outcome = Outcome::of(&e.economics.figures, e.economics.effects);
    assert_eq!(s.clv, outcome.clv);
    assert_eq!(s.break_even, outcome.break_even);
    assert_eq!(s.gain, outcome.gain.gain());
    assert!(s.clv.is_finite() && s.gain.is_finite());
}

#[test]
fn the_summary_holds_the_index_the_weakest_and_the_first_three_steps() {
    let mut e = Engagement::default();
    // Levels as points: 5 → 100, 3 → 50, 2 → 25, 4 → 75.
    e.assessment.current = answers(&[
        (Component::Values, 5),
        (Component::Leadership, 3),
        (Component::Strategy, 2),
        (Component::Structure, 4),
    ]);
    let s = report::summary(&e);
    // Equal weights: (100 + 50 + 25 + 75) / 4 = 62.5.
    assert_eq!(s.index, Some(62.5));
    assert_eq!(s.band, Some(Band::of(62.5)));
    assert_eq!(s.weakest, Some(Component::Strategy));
    // Gaps to the default target 80: Strategy 55, Leadership 30,
    // Structure 5; Values is past it and has no step.
    assert_eq!(
        s.first,
        [
            Component::Strategy,
            Component::Leadership,
            Component::Structure
        ]
    );
}

#[test]
fn the_summary_takes_at_most_three_steps() {
    let mut e = Engagement::default();
    e.assessment.current = answers(&Component::ALL.map(|c| (c, 1)));
    assert_eq!(report::summary(&e).first.len(), report::FIRST_STEPS);
}

#[test]
fn the_summary_names_the_red_flags_with_the_fit_score_and_verdict() {
    let mut e = Engagement::default();
    e.fit.supplier.profile.set(Dimension::DealOrientation, 1);
    e.fit.client.profile.set(Dimension::DealOrientation, 5);
    e.fit.supplier.profile.set(Dimension::Trusting, 2);
    e.fit.client.profile.set(Dimension::Trusting, 3);
    e.fit.supplier.profile.set(Dimension::Deciding, 1);
    e.fit.client.profile.set(Dimension::Deciding, 4);
    let s = report::summary(&e);
    // Gaps 4, 1 and 3: mean 8/3, so 100 × (1 − (8/3)/4) = 33.3….
    assert!((s.fit_score.unwrap() - 100.0 / 3.0).abs() < 1e-9);
    assert_eq!(s.verdict, Some(Verdict::ResolveBeforeInvesting));
    // Deciding's gap of 3 is amber, not red; only the deal-breaker is listed.
    assert_eq!(s.red_flags.len(), 1);
    assert_eq!(s.red_flags[0].dimension, Dimension::DealOrientation);
    assert_eq!(s.red_flags[0].flag, Some(Flag::Red));
}

#[test]
fn the_summary_follows_the_figures_being_worked_on() {
    let mut e = Engagement::default();
    e.economics.figures.set(Field::Retention, 90.0).unwrap();
    let s = report::summary(&e);
    let outcome = Outcome::of(&e.economics.figures, e.economics.effects);
    assert_eq!(s.clv, outcome.clv);
    assert_eq!(s.gain, outcome.gain.gain());
    assert_ne!(s.clv, report::summary(&Engagement::default()).clv);
}

#[test]
fn recommendations_are_for_assessed_components_only() {
    let results = answers(&[(Component::Strategy, 2), (Component::Process, 5)]).results();
    let listed: Vec<Component> = report::recommendations(&results)
        .iter()
        .map(|c| c.component)
        .collect();
    assert_eq!(listed, [Component::Strategy, Component::Process]);
    assert!(report::recommendations(&Answers::default().results()).is_empty());
}

#[test]
fn the_chosen_snapshot_is_drawn_only_while_it_exists() {
    let mut e = Engagement::default();
    let first = e.assessment.take_snapshot("2026-11-01", "Before");
    let second = e.assessment.take_snapshot("2026-11-20", "After");
    let cases = [
        (None, None),
        (Some(first), Some("Before")),
        (Some(second), Some("After")),
        (Some(99), None),
    ];
    for (chosen, name) in cases {
        e.report.snapshot = chosen;
        assert_eq!(
            report::snapshot(&e).map(|s| s.name.as_str()),
            name,
            "{chosen:?}"
        );
    }
    e.report.snapshot = Some(first);
    e.assessment.delete_snapshot(first);
    assert!(report::snapshot(&e).is_none());
}

#[test]
fn respondents_are_the_codes_that_read_with_their_inclusion() {
    let mut workshop = Workshop {
        id: 77,
        name: "Kick-off".to_owned(),
        roles: vec!["Board".to_owned(), "Sales".to_owned()],
        entries: Vec::new(),
        ..Workshop::default()
    };
    let codes: Vec<String> = [(1, 5), (2, 2), (1, 3)]
        .into_iter()
        .map(|(role, level)| {
            code::encode(&Submission {
                workshop: 77,
                role,
                answers: answers(&[(Component::Values, level)]),
                sender: None,
            })
        })
        .collect();
    workshop.collect(&codes.join(" "), "2026-12-02");
    workshop.set_excluded(1, true);
    // A stored code that no longer reads is left out, not a failure.
    workshop.entries.push(rapport::model::workshop::Entry {
        code: "DAMAGED".to_owned(),
        excluded: false,
    });
    let listed: Vec<(u8, bool)> = report::respondents(&workshop)
        .iter()
        .map(|r| (r.role, r.included))
        .collect();
    assert_eq!(listed, [(1, true), (2, false), (1, true)]);
}

#[test]
fn scenarios_keep_their_names_order_and_outcomes() {
    let mut e = Engagement::default();
    e.economics.save_scenario("Today");
    e.economics.figures.set(Field::Retention, 90.0).unwrap();
    e.economics.save_scenario("Loyalty programme");
    let listed = report::scenarios(&e);
    let names: Vec<&str> = listed.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Today", "Loyalty programme"]);
    assert!(
        listed[1].1.clv > listed[0].1.clv,
        "better retention is worth more"
    );
    assert_eq!(
        listed[1].1,
        Outcome::of(&e.economics.figures, e.economics.effects)
    );
}

#[test]
fn a_file_is_named_after_what_it_shows() {
    let cases = [
        ("Readiness radar", "svg", "rapport-readiness-radar.svg"),
        ("Радар готовности", "png", "rapport-радар-готовности.png"),
        ("Zysk: +5 p.p. / rok", "csv", "rapport-zysk-5-p-p-rok.csv"),
        ("../../etc/passwd", "svg", "rapport-etc-passwd.svg"),
        ("  —  ", "png", "rapport-chart.png"),
        ("", "csv", "rapport-chart.csv"),
    ];
    for (label, extension, expected) in cases {
        assert_eq!(report::file_name(label, extension), expected, "{label:?}");
    }
    let long = report::file_name(&"a".repeat(200), "svg");
    assert_eq!(long.len(), "rapport-".len() + 60 + ".svg".len());
}

/// The scripts `lower_case` covers: ASCII, Latin-1, Latin Extended-A and
/// the regular runs of Extended-B, Greek and Cyrillic, less the few
/// irregular letters of Extended-B it leaves alone.
fn covered(n: u32) -> bool {
    n < 0x530
        && !(0x180..=0x1cc).contains(&n)
        && !(0x1f0..=0x1f7).contains(&n)
        && !(0x220..=0x221).contains(&n)
        && !(0x234..=0x245).contains(&n)
        && !(0x250..0x370).contains(&n)
}

#[test]
fn a_file_name_is_in_lower_case_as_the_standard_library_makes_it() {
    for c in (0..0x11_0000).filter_map(char::from_u32) {
        let ours = case::lower_case(c);
        let mut std = c.to_lowercase();
        let std = match (std.next(), std.next()) {
            (Some(one), None) => one,
            _ => {
                assert_eq!((c, ours), ('\u{130}', 'i'), "{c:?}");
                continue;
            }
        };
        if covered(c as u32) {
            assert_eq!(ours, std, "{c:?} U+{:04X}", c as u32);
        } else {
            // Elsewhere a character is left as it is, or lowered rightly.
            assert!(ours == c || ours == std, "{c:?} U+{:04X}", c as u32);
        }
    }
}

#[test]
fn a_file_name_keeps_letters_and_digits_and_separates_the_rest() {
    // As the standard library says: ASCII, Latin-1, Latin, Greek and
    // Cyrillic, less Greek's unassigned code points, the spacing modifier
    // letters and the combining marks (kept whole, see `separates`).
    let unassigned = [
        0x378, 0x379, 0x380, 0x381, 0x382, 0x383, 0x38b, 0x38d, 0x3a2,
    ];
    let left_out = |n: u32| {
        unassigned.contains(&n) || (0x2b0..0x370).contains(&n) || (0x483..=0x489).contains(&n)
    };
    for c in (0..0x530).filter_map(char::from_u32) {
        if !left_out(c as u32) {
            assert_eq!(
                case::separates(c),
                !c.is_alphanumeric(),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }
    // Nowhere is a letter or digit of any script a separator.
    for c in (0..0x11_0000).filter_map(char::from_u32) {
        if c.is_alphanumeric() {
            assert!(!case::separates(c), "{c:?} U+{:04X}", c as u32);
        }
    }
    for c in [
        '—', '–', '…', '€', '№', '→', '★', '😀', '\u{3000}', '「', '\u{a0}', '\u{2009}', '\u{e000}',
    ] {
        assert!(case::separates(c), "{c:?}");
    }
    for c in [
        'ä', 'ł', 'ж', 'λ', '中', 'ا', 'ज', '٣', 'ß', 'µ', '²', 'ა', '々', 'ⁿ', 'ℓ', 'Ⅻ', '①',
    ] {
        assert!(!case::separates(c), "{c:?}");
    }
}
