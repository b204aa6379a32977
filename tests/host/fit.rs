//! Cultural fit: rules, verdicts, the OCAI split, and properties that hold
//! for every pair of profiles.

use proptest::prelude::*;
use rapport::model::fit::*;

fn profile(values: [u8; 12]) -> Profile {
    let mut p = Profile::default();
    for (d, v) in Dimension::ALL.into_iter().zip(values) {
        p.set(d, v);
    }
    p
}

fn flag_of(result: &FitResult, d: Dimension) -> Option<Flag> {
    result
        .gaps
        .iter()
        .find(|g| g.dimension == d)
        .and_then(|g| g.flag)
}

#[test]
fn identical_profiles_fit_perfectly() {
    for v in 1..=5 {
        let p = profile([v; 12]);
        let r = compare(&p, &p);
        assert_eq!(r.score, Some(100.0));
        assert!(r.gaps.iter().all(|g| g.flag.is_none() && g.size == 0));
        assert_eq!(r.verdict, Some(Verdict::Go));
    }
}

#[test]
fn a_deal_maximiser_facing_a_relationship_builder_is_red_whatever_else_matches() {
    let cases = [(1, 5), (2, 4), (1, 4), (2, 5), (5, 1)];
    for (supplier_deal, client_deal) in cases {
        let mut supplier = profile([4; 12]);
        let mut client = profile([4; 12]);
        supplier.set(Dimension::DealOrientation, supplier_deal);
        client.set(Dimension::DealOrientation, client_deal);
        let r = compare(&supplier, &client);
        assert_eq!(flag_of(&r, Dimension::DealOrientation), Some(Flag::Red));
        assert_eq!(
            r.verdict,
            Some(Verdict::ResolveBeforeInvesting),
            "{supplier_deal}/{client_deal}"
        );
        assert!(
            r.score.unwrap() > 90.0,
            "the average alone would have said go"
        );
    }
}

#[test]
fn flags_by_gap_and_kind_of_dimension() {
    // (dimension, supplier, client, expected flag)
    let cases = [
        (Dimension::DealOrientation, 3, 5, Some(Flag::Amber)),
        (Dimension::DealOrientation, 3, 4, None),
        (Dimension::Horizon, 1, 5, Some(Flag::Red)),
        (Dimension::Horizon, 2, 5, Some(Flag::Amber)),
        (Dimension::Stability, 5, 1, Some(Flag::Red)),
        (Dimension::Deciding, 1, 5, Some(Flag::Amber)),
        (Dimension::Scheduling, 2, 3, None),
    ];
    for (d, a, b, expected) in cases {
        let mut supplier = profile([3; 12]);
        let mut client = profile([3; 12]);
        supplier.set(d, a);
        client.set(d, b);
        assert_eq!(
            flag_of(&compare(&supplier, &client), d),
            expected,
            "{d:?} {a}/{b}"
        );
    }
}

#[test]
fn verdicts_follow_score_and_flags() {
    // Meyer scales only (never red): three scales off by 2, the other nine
    // equal → mean gap 6/12 = 0.5 of the widest gap 4 → fit 100 × (1 − 0.5/4)
    // = 87.5.
    let mut a = profile([3; 12]);
    let b = profile([3; 12]);
    for d in [
        Dimension::Deciding,
        Dimension::Trusting,
        Dimension::Disagreeing,
    ] {
        a.set(d, 5);
    }
    let r = compare(&a, &b);
    assert!((r.score.unwrap() - 100.0 * (1.0 - 0.5 / 4.0)).abs() < 1e-9);
    assert_eq!(r.verdict, Some(Verdict::ProceedWithCare), "three ambers");
    // Everything two apart: fit 50, twelve ambers.
    let far = compare(&profile([1; 12]), &profile([3; 12]));
    assert_eq!(far.score, Some(50.0));
    assert_eq!(far.verdict, Some(Verdict::ProceedWithCare));
    let farther = compare(&profile([1; 12]), &profile([4; 12]));
    assert_eq!(farther.verdict, Some(Verdict::ResolveBeforeInvesting));
}

#[test]
fn only_dimensions_both_answered_count() {
    let mut a = Profile::default();
    let mut b = Profile::default();
    assert_eq!(compare(&a, &b).score, None);
    a.set(Dimension::Horizon, 5);
    assert_eq!(compare(&a, &b).verdict, None);
    b.set(Dimension::Horizon, 4);
    b.set(Dimension::Trusting, 1);
    let r = compare(&a, &b);
    assert_eq!(r.gaps.len(), 1);
    assert_eq!(r.score, Some(75.0));
    a.clear(Dimension::Horizon);
    assert_eq!(compare(&a, &b).score, None);
    a.set(Dimension::Horizon, 9);
    assert_eq!(
        a.get(Dimension::Horizon),
        Some(5),
        "out-of-range answers are brought into range"
    );
}

fn arb_profile() -> impl Strategy<Value = Profile> {
    proptest::collection::vec(proptest::option::of(1u8..=5), 12).prop_map(|values| {
        let mut p = Profile::default();
        for (d, v) in Dimension::ALL.into_iter().zip(values) {
            if let Some(v) = v {
                p.set(d, v);
            }
        }
        p
    })
}

proptest! {
    #[test]
    fn swapping_supplier_and_client_never_changes_the_result(a in arb_profile(), b in arb_profile()) {
        prop_assert_eq!(compare(&a, &b), compare(&b, &a));
    }

    #[test]
    fn moving_an_answer_towards_the_other_never_lowers_the_fit(
        a in arb_profile(),
        b in arb_profile(),
        which in 0usize..12,
        x in 1u8..=5,
        apart in 1u8..=4,
    ) {
        // Both answer the scale and differ, in every generated case: y is
        // x moved round the five answers by 1 to 4 steps.
        let d = Dimension::ALL[which];
        let y = (x - 1 + apart) % 5 + 1;
        let (mut a, mut b) = (a, b);
        a.set(d, x);
        b.set(d, y);
        let mut moved = a;
        moved.set(d, if x < y { x + 1 } else { x - 1 });
        let before = compare(&a, &b).score.unwrap();
        let after = compare(&moved, &b).score.unwrap();
        prop_assert!(after >= before, "{before} → {after}");
    }
}

#[test]
fn a_fit_check_is_stored_as_keyed_answers_and_splits() {
    let mut check = FitCheck::default();
    check.supplier.name = "Acme <Ltd>".to_owned();
    check.supplier.profile.set(Dimension::DealOrientation, 1);
    check.client.profile.set(Dimension::Scheduling, 5);
    check
        .client
        .ocai
        .now
        .set(2, CultureType::Market, 70.0)
        .unwrap();
    let json = serde_json::to_string(&check).unwrap();
    assert!(
        json.contains(r#""profile":{"deal_orientation":1}"#),
        "{json}"
    );
    assert!(json.contains(r#""scheduling":5"#), "{json}");
    assert!(
        json.contains(
            r#""ocai":{"now":[[null,null,null,null],[null,null,null,null],[null,null,70.0,null],"#
        ),
        "{json}"
    );
    assert!(
        !json.contains("preferred"),
        "an empty profile is left out: {json}"
    );
    let back: FitCheck = serde_json::from_str(&json).unwrap();
    assert_eq!(back, check);
}

#[test]
fn stored_fit_data_that_breaks_a_rule_is_refused_and_unknown_scales_are_skipped() {
    let cases = [
        (r#"{"deal_orientation":0}"#, false),
        (r#"{"deal_orientation":6}"#, false),
        (
            r#"{"deal_orientation":5,"a_scale_from_the_future":3}"#,
            true,
        ),
        (r#"{}"#, true),
    ];
    for (json, ok) in cases {
        assert_eq!(serde_json::from_str::<Profile>(json).is_ok(), ok, "{json}");
    }
    let row = "[25,25,25,25]";
    let six = |first: &str| format!("[{first},{row},{row},{row},{row},{row}]");
    let profiles = [
        (six(row), true),
        (six("[100,0,0,0]"), true),
        (six("[37.5,22.5,null,null]"), true),
        (six("[90,90,10,10]"), true),
        (six("[101,0,0,0]"), false),
        (six("[-0.5,0,0,0]"), false),
        (six("[25,25,25]"), false),
        (format!("[{row}]"), false),
    ];
    for (json, ok) in profiles {
        assert_eq!(
            serde_json::from_str::<OcaiProfile>(&json).is_ok(),
            ok,
            "{json}"
        );
    }
}

/// One aspect's four cells (`None`: not given) as a profile whose other
/// aspects are empty.
fn aspect(cells: [Option<f64>; 4]) -> OcaiProfile {
    let mut p = OcaiProfile::default();
    for (t, v) in CultureType::ALL.into_iter().zip(cells) {
        if let Some(v) = v {
            p.set(0, t, v).unwrap();
        }
    }
    p
}

#[test]
fn an_aspect_shows_its_sum_and_what_is_left_to_100() {
    // (cells, sum, remaining, complete)
    let cases: [([Option<f64>; 4], f64, f64, bool); 9] = [
        (
            [Some(40.0), Some(20.0), Some(25.0), Some(15.0)],
            100.0,
            0.0,
            true,
        ),
        (
            [Some(37.5), Some(22.5), Some(25.0), Some(15.0)],
            100.0,
            0.0,
            true,
        ),
        ([Some(40.0), Some(20.0), None, None], 60.0, 40.0, false),
        ([Some(60.0), Some(60.0), None, None], 120.0, -20.0, false),
        ([Some(100.0), None, None, None], 100.0, 0.0, true),
        ([None; 4], 0.0, 100.0, false),
        ([Some(0.0); 4], 0.0, 100.0, false),
        // Three means of 33.333… rounded to hundredths: 99.99, within the
        // 0.02 that rounding four cells can lose.
        (
            [Some(33.33), Some(33.33), Some(33.33), Some(0.0)],
            99.99,
            0.01,
            true,
        ),
        // Rounded to tenths they lose 0.1: not complete, 0.1 left.
        (
            [Some(33.3), Some(33.3), Some(33.3), Some(0.0)],
            99.9,
            0.1,
            false,
        ),
    ];
    for (cells, sum, remaining, complete) in cases {
        let p = aspect(cells);
        assert!((p.sum(0) - sum).abs() < 1e-9, "{cells:?}: sum {}", p.sum(0));
        assert!(
            (p.remaining(0) - remaining).abs() < 1e-9,
            "{cells:?}: left {}",
            p.remaining(0)
        );
        assert_eq!(p.is_complete(0), complete, "{cells:?}");
        // The other five aspects are empty: never complete.
        assert_eq!(p.complete_aspects(), usize::from(complete));
    }
}

#[test]
fn a_cell_takes_decimals_to_the_hundredth_and_refuses_what_is_out_of_range() {
    let mut p = OcaiProfile::default();
    p.set(2, CultureType::Market, 37.5).unwrap();
    assert_eq!(p.get(2, CultureType::Market), Some(37.5));
    p.set(2, CultureType::Clan, 22.254).unwrap();
    assert_eq!(
        p.get(2, CultureType::Clan),
        Some(22.25),
        "kept to the hundredth"
    );
    let before = p;
    for bad in [-0.01, 100.01, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(p.set(2, CultureType::Market, bad), Err(OutOfRange), "{bad}");
        assert_eq!(
            p.set(6, CultureType::Market, 10.0),
            Err(OutOfRange),
            "no aspect 7"
        );
        assert_eq!(p, before, "a refused value changes nothing");
    }
    p.clear(2, CultureType::Clan);
    assert_eq!(p.get(2, CultureType::Clan), None);
    // Steppers start an empty cell at 0 and stay within 0 to 100.
    p.step(0, CultureType::Hierarchy, OCAI_STEP);
    assert_eq!(p.get(0, CultureType::Hierarchy), Some(5.0));
    p.step(0, CultureType::Hierarchy, -2.0 * OCAI_STEP);
    assert_eq!(p.get(0, CultureType::Hierarchy), Some(0.0));
    p.set(0, CultureType::Adhocracy, 97.5).unwrap();
    p.step(0, CultureType::Adhocracy, OCAI_STEP);
    assert_eq!(p.get(0, CultureType::Adhocracy), Some(100.0));
    assert_eq!(ocai_decimals(40.0), 0);
    assert_eq!(ocai_decimals(37.5), 1);
    assert_eq!(ocai_decimals(22.25), 2);
}

#[derive(Clone, Debug)]
enum Edit {
    Set(f64),
    Step(f64),
    Clear,
}

fn arb_edit() -> impl Strategy<Value = (usize, usize, Edit)> {
    let edit = prop_oneof![
        (-50.0f64..150.0).prop_map(Edit::Set),
        prop_oneof![Just(OCAI_STEP), Just(-OCAI_STEP)].prop_map(Edit::Step),
        Just(Edit::Clear),
    ];
    (0usize..OCAI_ASPECTS, 0usize..4, edit)
}

proptest! {
    #[test]
    fn an_edit_changes_only_the_cell_it_touches(
        edits in proptest::collection::vec(arb_edit(), 1..40),
    ) {
        let mut p = OcaiProfile::default();
        for (a, t, edit) in edits {
            let before = p;
            let kind = CultureType::ALL[t];
            match edit {
                Edit::Set(v) => {
                    let taken = p.set(a, kind, v).is_ok();
                    prop_assert_eq!(taken, (0.0..=100.0).contains(&v));
                }
                Edit::Step(d) => p.step(a, kind, d),
                Edit::Clear => p.clear(a, kind),
            }
            for (aspect, other) in (0..OCAI_ASPECTS).flat_map(|x| CultureType::ALL.map(|c| (x, c))) {
                if (aspect, other) != (a, kind) {
                    prop_assert_eq!(p.get(aspect, other), before.get(aspect, other));
                }
            }
            if let Some(v) = p.get(a, kind) {
                prop_assert!((0.0..=100.0).contains(&v));
            }
            // Stored and read back, the profile is the same.
            let json = serde_json::to_string(&p).unwrap();
            prop_assert_eq!(serde_json::from_str::<OcaiProfile>(&json).unwrap(), p);
        }
    }
}

#[test]
fn means_come_from_the_complete_aspects_only() {
    let mut p = OcaiProfile::default();
    assert_eq!(p.means(), None, "nothing complete, nothing to draw");
    // Aspect 0: 40/20/25/15; aspect 1: 20/30/30/20; aspect 2 half entered
    // (60 of 100) and left out. Means: clan (40 + 20) / 2 = 30,
    // adhocracy (20 + 30) / 2 = 25, market (25 + 30) / 2 = 27.5,
    // hierarchy (15 + 20) / 2 = 17.5.
    for (a, cells) in [(0, [40.0, 20.0, 25.0, 15.0]), (1, [20.0, 30.0, 30.0, 20.0])] {
        for (t, v) in CultureType::ALL.into_iter().zip(cells) {
            p.set(a, t, v).unwrap();
        }
    }
    p.set(2, CultureType::Clan, 60.0).unwrap();
    assert_eq!(p.means(), Some([30.0, 25.0, 27.5, 17.5]));
    assert_eq!(p.complete_aspects(), 2);
    assert!(!p.is_whole());
    assert!(!p.is_empty());
}

/// A whole profile: every aspect split as `cells`.
fn whole(cells: [f64; 4]) -> OcaiProfile {
    let mut p = OcaiProfile::default();
    for a in 0..OCAI_ASPECTS {
        for (t, v) in CultureType::ALL.into_iter().zip(cells) {
            p.set(a, t, v).unwrap();
        }
    }
    p
}

#[test]
fn a_difference_of_10_points_or_more_is_flagged() {
    // (difference, flagged), both ways.
    let cases = [
        (0.0, false),
        (9.9, false),
        (9.99, false),
        (10.0, true),
        (10.1, true),
        (55.0, true),
        (f64::NAN, false),
    ];
    for (d, flagged) in cases {
        assert_eq!(ocai_flagged(d), flagged, "{d}");
        assert_eq!(ocai_flagged(-d), flagged, "−{d}");
    }
    // Through whole profiles: the supplier's clan is 25 + d on every
    // aspect (its hierarchy 25 − d), the client's an even 25, so the clan
    // means differ by d, and so do the hierarchy means the other way.
    for (d, flagged) in [(9.9, false), (10.0, true), (10.1, true)] {
        let mut check = FitCheck::default();
        check.supplier.ocai.now = whole([25.0 + d, 25.0, 25.0, 25.0 - d]);
        check.client.ocai.now = whole([25.0; 4]);
        let comparisons = check.ocai_comparisons();
        assert_eq!(comparisons.len(), 1);
        let flags: Vec<CultureType> = comparisons[0].flags().iter().map(|(t, _)| *t).collect();
        let expected = if flagged {
            vec![CultureType::Clan, CultureType::Hierarchy]
        } else {
            vec![]
        };
        assert_eq!(flags, expected, "{d}");
        assert!(
            (comparisons[0].differences[0] + d).abs() < 1e-9,
            "client minus supplier"
        );
    }
}

#[test]
fn the_comparisons_name_the_profiles_they_compare() {
    let r = |side, moment| ProfileRef { side, moment };
    let (sn, sp) = (
        r(Side::Supplier, Moment::Now),
        r(Side::Supplier, Moment::Preferred),
    );
    let (cn, cp) = (
        r(Side::Client, Moment::Now),
        r(Side::Client, Moment::Preferred),
    );
    let pairs = |check: &FitCheck| -> Vec<(ProfileRef, ProfileRef)> {
        check
            .ocai_comparisons()
            .iter()
            .map(|c| (c.from, c.to))
            .collect()
    };
    let mut check = FitCheck::default();
    assert!(
        pairs(&check).is_empty(),
        "nothing entered, nothing compared"
    );
    check.supplier.ocai.now = whole([40.0, 20.0, 25.0, 15.0]);
    assert!(
        pairs(&check).is_empty(),
        "one profile alone is not compared"
    );
    check.client.ocai.now = whole([25.0; 4]);
    assert_eq!(pairs(&check), [(sn, cn)]);
    check.supplier.ocai.preferred = whole([50.0, 20.0, 20.0, 10.0]);
    assert_eq!(pairs(&check), [(sn, cn), (sn, sp)]);
    check.client.ocai.preferred = whole([25.0; 4]);
    assert_eq!(pairs(&check), [(sn, cn), (sp, cp), (sn, sp), (cn, cp)]);
    // A profile whose aspects are entered but none sums to 100 takes no part.
    check.client.ocai.now = aspect([Some(10.0), None, None, None]);
    assert_eq!(pairs(&check), [(sp, cp), (sn, sp)]);
    // A partly complete profile is compared, and marked so.
    let mut partial = whole([25.0; 4]);
    partial.clear(3, CultureType::Clan);
    check.client.ocai.now = partial;
    let comparisons = check.ocai_comparisons();
    assert_eq!(comparisons[0].from, sn);
    assert_eq!(comparisons[0].to, cn);
    assert!(comparisons[0].incomplete);
    assert!(
        !comparisons[1].incomplete,
        "supplier preferred vs client preferred"
    );
}

#[test]
fn a_pasted_table_is_read_with_its_separator_and_decimal_mark() {
    use rapport::i18n::number::Mark;
    let rows = |sep: &str, cells: [&str; 4]| vec![cells.join(sep); 6].join("\n");
    let expected = [[Some(37.5), Some(22.5), Some(25.0), Some(15.0)]; OCAI_ASPECTS];
    let cases = [
        (rows("\t", ["37.5", "22.5", "25", "15"]), Mark::Comma),
        (rows("\t", ["37,5", "22,5", "25", "15"]), Mark::Point),
        (rows(";", ["37,5", "22,5", "25", "15"]), Mark::Point),
        (rows(";", ["37.5", "22.5", "25", "15"]), Mark::Comma),
        (rows(" ; ", ["37.5", "22.5", "25", "15"]), Mark::Point),
        // Windows line ends, a trailing separator, blank lines around.
        (
            format!(
                "\n{}\r\n\n",
                rows(";", ["37,5", "22,5", "25", "15;"]).replace('\n', "\r\n")
            ),
            Mark::Point,
        ),
    ];
    for (text, ui_mark) in cases {
        assert_eq!(read_block(&text, ui_mark), Ok(expected), "{text:?}");
    }
    // Whole numbers only: nothing to settle, the language's mark is used.
    let whole_numbers = rows("\t", ["40", "20", "25", "15"]);
    assert_eq!(
        read_block(&whole_numbers, Mark::Comma).unwrap()[5],
        [Some(40.0), Some(20.0), Some(25.0), Some(15.0)]
    );
    // An empty cell among the four stays empty.
    let gap = rows("\t", ["60", "", "40", ""]);
    assert_eq!(
        read_block(&gap, Mark::Point).unwrap()[0],
        [Some(60.0), None, Some(40.0), None]
    );
}

#[test]
fn a_pasted_table_that_cannot_be_read_says_where() {
    use rapport::i18n::number::{Mark, Problem};
    let good = "40\t20\t25\t15";
    let with = |row: usize, line: &str| {
        let mut lines = [good; 6];
        lines[row - 1] = line;
        lines.join("\n")
    };
    let cases = [
        (String::new(), BlockError::Empty),
        ("  \n\t\n".to_owned(), BlockError::Empty),
        ([good; 5].join("\n"), BlockError::Rows(5)),
        ([good; 7].join("\n"), BlockError::Rows(7)),
        (
            with(3, "40\t20\t40"),
            BlockError::Cells { row: 3, found: 3 },
        ),
        (
            with(2, "40\t20\t25\t15\t7"),
            BlockError::Cells { row: 2, found: 5 },
        ),
        (with(1, "40"), BlockError::Cells { row: 1, found: 1 }),
        (
            with(2, "40\t20\t25\tabc"),
            BlockError::Number {
                row: 2,
                column: 4,
                problem: Problem::NotANumber,
            },
        ),
        (
            with(6, "120\t0\t0\t0"),
            BlockError::Range { row: 6, column: 1 },
        ),
        (
            with(4, "40\t-20\t25\t15"),
            BlockError::Range { row: 4, column: 2 },
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(read_block(&text, Mark::Point), Err(expected), "{text:?}");
    }
}

#[test]
fn a_block_fills_a_whole_profile() {
    use rapport::i18n::number::Mark;
    let text = "40;20;25;15\n37,5;22,5;25;15\n25;25;25;25\n25;25;25;25\n25;25;25;25\n100;0;0;0";
    let block = read_block(text, Mark::Point).unwrap();
    let p = OcaiProfile::from_block(&block).unwrap();
    assert!(p.is_whole());
    assert_eq!(p.get(1, CultureType::Clan), Some(37.5));
    assert_eq!(p.get(5, CultureType::Hierarchy), Some(0.0));
}

#[test]
fn an_edit_through_a_side_or_a_profile_lands_on_that_one_only() {
    let sides = [Side::Supplier, Side::Client];
    let moments = [Moment::Now, Moment::Preferred];
    for (i, side) in sides.into_iter().enumerate() {
        let mut check = FitCheck::default();
        check.party_mut(side).name = "Acme".into();
        assert_eq!(check.party(side).name, "Acme");
        assert_eq!(check.party(sides[1 - i]).name, "", "the other side");
        for (j, moment) in moments.into_iter().enumerate() {
            let mut check = FitCheck::default();
            let which = ProfileRef { side, moment };
            check
                .profile_mut(which)
                .set(0, CultureType::Clan, 40.0)
                .unwrap();
            assert_eq!(check.profile(which).get(0, CultureType::Clan), Some(40.0));
            let other = ProfileRef {
                side,
                moment: moments[1 - j],
            };
            assert_eq!(check.profile(other).get(0, CultureType::Clan), None);
            let mut ocai = Ocai::default();
            ocai.get_mut(moment)
                .set(1, CultureType::Market, 25.0)
                .unwrap();
            assert_eq!(ocai.get(moment).get(1, CultureType::Market), Some(25.0));
        }
    }
}
