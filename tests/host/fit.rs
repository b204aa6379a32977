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

#[test]
fn the_ocai_split_keeps_its_sum_after_edits() {
    let mut s = Split::default();
    s.set(CultureType::Clan, 40);
    assert_eq!(s.points(), [40, 20, 20, 20]);
    s.set(CultureType::Market, 50);
    assert_eq!(s.points().iter().map(|p| u32::from(*p)).sum::<u32>(), 100);
    assert_eq!(s.get(CultureType::Market), 50);
    s.set(CultureType::Clan, 100);
    assert_eq!(s.points(), [100, 0, 0, 0]);
    s.set(CultureType::Clan, 70);
    assert_eq!(
        s.points(),
        [70, 10, 10, 10],
        "an empty rest is shared evenly"
    );
    s.adjust(CultureType::Hierarchy, -50);
    assert_eq!(s.get(CultureType::Hierarchy), 0);
    s.set(CultureType::Adhocracy, 255);
    assert_eq!(s.points(), [0, 100, 0, 0]);
    let mut o = Ocai::default();
    o.aspects[0].set(CultureType::Clan, 85);
    let profile = o.profile();
    assert!((profile.iter().sum::<f64>() - 100.0).abs() < 1e-9);
    assert!((profile[0] - (85.0 + 5.0 * 25.0) / 6.0).abs() < 1e-9);
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

    #[test]
    fn the_ocai_split_always_sums_to_100(
        edits in proptest::collection::vec((0usize..4, 0u8..=255, any::<bool>(), -120i16..120), 1..40),
    ) {
        let mut s = Split::default();
        for (t, value, absolute, delta) in edits {
            let t = CultureType::ALL[t];
            if absolute {
                s.set(t, value);
                prop_assert_eq!(s.get(t), value.min(100));
            } else {
                s.adjust(t, delta);
            }
            prop_assert_eq!(s.points().iter().map(|p| u32::from(*p)).sum::<u32>(), 100);
            prop_assert!(s.points().iter().all(|p| *p <= 100));
        }
    }
}

#[test]
fn a_fit_check_is_stored_as_keyed_answers_and_splits() {
    let mut check = FitCheck::default();
    check.supplier.name = "Acme <Ltd>".to_owned();
    check.supplier.profile.set(Dimension::DealOrientation, 1);
    check.client.profile.set(Dimension::Scheduling, 5);
    check.client.ocai.aspects[2].set(CultureType::Market, 70);
    let json = serde_json::to_string(&check).unwrap();
    assert!(
        json.contains(r#""profile":{"deal_orientation":1}"#),
        "{json}"
    );
    assert!(json.contains(r#""scheduling":5"#), "{json}");
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
    let splits = [
        ("[25,25,25,25]", true),
        ("[100,0,0,0]", true),
        ("[25,25,25,24]", false),
        ("[90,90,10,10]", false),
        ("[25,25,25]", false),
    ];
    for (json, ok) in splits {
        assert_eq!(serde_json::from_str::<Split>(json).is_ok(), ok, "{json}");
    }
}
