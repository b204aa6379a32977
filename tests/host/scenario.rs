//! The loyalty tool's stored inputs: fields, ranges, defaults, storage and
//! scenarios.

use proptest::prelude::*;
use rapport::model::loyalty::{clv, clv_closed_form, Effects};
use rapport::model::scenario::*;

#[test]
fn defaults_are_valid_and_convert_to_the_model_s_fractions() {
    let figures = Figures::default();
    for field in Field::ALL {
        assert_eq!(
            field.check(field.default_value()),
            Ok(field.default_value()),
            "{field:?}"
        );
    }
    let inputs = figures.inputs(Effects::ALL).validated().unwrap();
    assert_eq!(inputs.retention, 0.8);
    assert_eq!(inputs.margin, 0.3);
    assert_eq!(inputs.horizon, 10);
    // Seed 001: two thirds less from year two, shown to 0.1 %.
    assert_eq!(figures.get(Field::ServiceCostLater), 33.3);
    // Where each default comes from: the lecture notes for serving costs
    // later, the usual 10 % for the discount rate, the example otherwise.
    for field in Field::ALL {
        let source = match field {
            Field::ServiceCostLater => Source::LectureNotes,
            Field::Discount => Source::Convention,
            _ => Source::Example,
        };
        assert_eq!(field.source(), source, "{field:?}");
    }
}

#[test]
fn each_field_refuses_what_is_outside_its_range_and_keeps_its_value() {
    let cases = [
        (Field::Retention, -1.0, false),
        (Field::Retention, 0.0, true),
        (Field::Retention, 100.0, true),
        (Field::Retention, 100.5, false),
        (Field::Horizon, 0.0, false),
        (Field::Horizon, 30.0, true),
        (Field::Horizon, 31.0, false),
        (Field::Horizon, 12.4, true),
        (Field::Revenue, 1e12, true),
        (Field::Revenue, 1e13, false),
        (Field::Revenue, f64::NAN, false),
        (Field::Revenue, f64::INFINITY, false),
        (Field::Customers, -5.0, false),
    ];
    for (field, value, ok) in cases {
        let mut figures = Figures::default();
        let before = figures;
        let result = figures.set(field, value);
        assert_eq!(result.is_ok(), ok, "{field:?} {value}");
        if !ok {
            assert_eq!(figures, before, "a refused value changed the figures");
        }
    }
    let mut figures = Figures::default();
    figures.set(Field::Horizon, 12.4).unwrap();
    assert_eq!(figures.get(Field::Horizon), 12.0, "years are whole");
}

#[test]
fn stored_figures_skip_unknown_keys_fill_missing_ones_and_refuse_bad_values() {
    let figures: Figures = serde_json::from_str(r#"{"retention":90,"from_the_future":1}"#).unwrap();
    assert_eq!(figures.get(Field::Retention), 90.0);
    assert_eq!(figures.get(Field::Revenue), Field::Revenue.default_value());
    for bad in [
        r#"{"retention":101}"#,
        r#"{"horizon":0}"#,
        r#"{"revenue":-1}"#,
    ] {
        let error = serde_json::from_str::<Figures>(bad).unwrap_err();
        assert!(error.to_string().contains("out of range"), "{bad}: {error}");
    }
}

#[test]
fn scenarios_are_saved_opened_and_deleted() {
    let mut work = Economics::default();
    let today = work.save_scenario("  today ");
    work.figures.set(Field::Retention, 85.0).unwrap();
    work.effects.referrals = false;
    let programme = work.save_scenario("with a loyalty programme");
    assert_ne!(today, programme);
    assert_eq!(work.scenario(today).unwrap().name, "today");
    work.load_scenario(today);
    assert_eq!(work.figures.get(Field::Retention), 80.0);
    assert!(work.effects.referrals);
    work.delete_scenario(today);
    assert!(work.scenario(today).is_none());
    let json = serde_json::to_string(&work).unwrap();
    let back: Economics = serde_json::from_str(&json).unwrap();
    assert_eq!(back, work);
    for i in 0..30 {
        work.save_scenario(&format!("s{i}"));
    }
    assert_eq!(work.scenarios.len(), MAX_SCENARIOS);
    assert_eq!(work.scenarios.last().unwrap().name, "s29");
}

#[test]
fn the_worked_example_holds_through_the_form() {
    // Margin 100 a year (revenue 100 at 100 % margin, nothing to serve),
    // retention 80 %, discount 10 %, no acquisition cost: 266.67.
    let mut figures = Figures::default();
    for (field, value) in [
        (Field::Revenue, 100.0),
        (Field::Margin, 100.0),
        (Field::ServiceCost, 0.0),
        (Field::AcquisitionCost, 0.0),
        (Field::Retention, 80.0),
        (Field::Discount, 10.0),
        (Field::Horizon, 30.0),
    ] {
        figures.set(field, value).unwrap();
    }
    let inputs = figures.inputs(Effects::NONE);
    let closed = clv_closed_form(&inputs).unwrap();
    assert!((closed - 266.666_666).abs() < 1e-3, "{closed}");
    assert!(clv(&inputs) < closed && closed - clv(&inputs) < 2.0);
}

proptest! {
    #[test]
    fn whatever_is_typed_the_figures_stay_valid(
        field in 0usize..17,
        value in prop_oneof![
            any::<f64>(),
            -1e15f64..1e15,
            Just(f64::NAN),
            Just(f64::INFINITY),
        ],
    ) {
        let mut figures = Figures::default();
        let _ = figures.set(Field::ALL[field], value);
        prop_assert!(figures.inputs(Effects::ALL).validated().is_ok());
        let inputs = figures.inputs(Effects::ALL);
        prop_assert!(clv(&inputs).is_finite());
    }
}

#[test]
fn better_retention_lowers_the_cost_of_the_base_line_by_line() {
    let outcome = Outcome::of(&Figures::default(), Effects::ALL);
    assert_eq!(outcome.costs_today.len(), 5);
    for ((line, today), (_, better)) in outcome.costs_today.iter().zip(&outcome.costs_better) {
        assert!(better <= today, "{line:?}: {better} > {today}");
    }
    let (saving, percent) = outcome.saving();
    // 1 000 customers; today 80 % retained: 200 new, 800 tenured; at 85 %:
    // 150 new, 850 tenured. A line costs its first-year cost for the new
    // and a share of it for the tenured (serving 33.3 %, the others 50 %):
    //   acquisition 200 × 300 = 60 000        150 × 300 = 45 000
    //   serving     200 × 60 + 800 × 19.98    150 × 60 + 850 × 19.98
    //                = 27 984                  = 25 983
    //   cross-sell  200 × 40 + 800 × 20       150 × 40 + 850 × 20
    //                = 24 000                  = 23 000
    //   promotion   200 × 30 + 800 × 15       150 × 30 + 850 × 15
    //                = 18 000                  = 17 250
    //   repairs     200 × 25 + 800 × 12.5     150 × 25 + 850 × 12.5
    //                = 15 000                  = 14 375
    // Totals 144 984 and 125 608: a saving of 19 376, 13.364 % of today.
    assert!((saving - 19_376.0).abs() < 1e-6, "{saving}");
    assert!((percent.unwrap() - 19_376.0 / 144_984.0 * 100.0).abs() < 1e-9);
    let mut free = Figures::default();
    for field in [
        Field::AcquisitionCost,
        Field::ServiceCost,
        Field::CrossSellingCost,
        Field::PromotionCost,
        Field::RepairsCost,
    ] {
        free.set(field, 0.0).unwrap();
    }
    let free = Outcome::of(&free, Effects::ALL);
    assert_eq!(free.saving(), (0.0, None), "no percentage of nothing");
    // Acquisition: 1000 customers, 20 % new each year at 300 → 60,000; at
    // 85 % retention, 15 % → 45,000.
    assert!((outcome.costs_today[0].1 - 60_000.0).abs() < 1e-6);
    assert!((outcome.costs_better[0].1 - 45_000.0).abs() < 1e-6);
    assert_eq!(outcome.cumulative.len(), 11);
    assert_eq!(outcome.service.len(), 10);
    // Switched off, cost savings leave every tenure year at year one's cost.
    let flat = Outcome::of(
        &Figures::default(),
        Effects {
            cost_savings: false,
            ..Effects::ALL
        },
    );
    assert!(flat.service.iter().all(|c| *c == 60.0));
}

proptest! {
    #[test]
    fn every_number_shown_is_finite_at_the_edges(
        retention in prop_oneof![Just(0.0), Just(100.0), 0.0f64..=100.0],
        horizon in prop_oneof![Just(1.0), Just(30.0)],
        amount in prop_oneof![Just(0.0), Just(1e12), 0.0f64..1e12],
        cost_savings: bool,
        referrals: bool,
    ) {
        let mut figures = Figures::default();
        figures.set(Field::Retention, retention).unwrap();
        figures.set(Field::Horizon, horizon).unwrap();
        figures.set(Field::Revenue, amount).unwrap();
        figures.set(Field::Customers, amount).unwrap();
        let effects = Effects { cost_savings, referrals, ..Effects::ALL };
        let o = Outcome::of(&figures, effects);
        let mut all = vec![o.clv, o.gain.today, o.gain.better, o.saving().0];
        all.extend(o.cumulative.iter().copied());
        all.extend(o.service.iter().copied());
        all.extend(o.costs_today.iter().chain(&o.costs_better).map(|(_, c)| *c));
        all.extend(o.sensitivity.iter().map(|(_, v)| *v));
        all.extend(o.profits.iter().map(|p| p.total()));
        prop_assert!(all.iter().all(|v| v.is_finite()), "{all:?}");
    }
}

#[test]
fn scenario_names_are_unique_as_people_read_them() {
    let mut e = Economics::default();
    let today = e.save_new_scenario("Today").unwrap();
    // (name tried, the scenario it clashes with)
    let cases = [
        ("Today", Some(today)),
        ("  today ", Some(today)),
        ("TODAY", Some(today)),
        ("Today, revised", None),
        ("", None),
    ];
    for (name, clash) in cases {
        assert_eq!(e.scenario_named(name), clash, "{name:?}");
    }
    e.figures.set(Field::Retention, 90.0).unwrap();
    assert_eq!(e.save_new_scenario("today"), Err(today));
    assert_eq!(e.scenarios.len(), 1, "nothing saved under a taken name");
    e.replace_scenario(today);
    assert_eq!(e.scenarios.len(), 1);
    assert_eq!(e.scenarios[0].name, "Today", "replacing keeps the name");
    assert_eq!(e.scenarios[0].figures.get(Field::Retention), 90.0);
    // Unnamed scenarios are told apart by number, never by name.
    assert!(e.save_new_scenario("").is_ok());
    assert!(e.save_new_scenario(" ").is_ok());
}

#[test]
fn work_kept_in_no_scenario_is_unsaved() {
    let mut e = Economics::default();
    assert!(
        !e.unsaved(),
        "no scenario yet: nothing to lose by opening one"
    );
    let a = e.save_scenario("A");
    assert!(!e.unsaved());
    e.figures.set(Field::Retention, 85.0).unwrap();
    assert!(e.unsaved());
    let b = e.save_scenario("B");
    assert!(!e.unsaved());
    e.load_scenario(a);
    assert!(!e.unsaved(), "the figures are A's");
    e.effects.referrals = false;
    assert!(e.unsaved(), "a switch counts too");
    e.load_scenario(b);
    assert!(!e.unsaved());
}

#[test]
fn a_comparison_lists_every_input_that_differs() {
    let mut e = Economics::default();
    let a = e.save_scenario("A");
    e.figures.set(Field::Retention, 85.0).unwrap();
    e.figures.set(Field::Customers, 250.0).unwrap();
    e.effects.price_premium = false;
    let b = e.save_scenario("B");
    let (first, second) = (e.scenario(a).unwrap(), e.scenario(b).unwrap());
    let (fields, effects) = differences(first, second);
    // In the tool's order: customers come before retention.
    assert_eq!(fields, [Field::Customers, Field::Retention]);
    assert_eq!(effects, [3], "price premium, the fourth switch");
    assert_eq!(differences(first, first), (vec![], vec![]));
}

#[test]
fn every_field_has_its_unit_and_the_range_of_that_unit() {
    use Unit::*;
    let units = [
        (Field::Customers, Count),
        (Field::AcquisitionCost, Money),
        (Field::Revenue, Money),
        (Field::Margin, Percent),
        (Field::Retention, Percent),
        (Field::ServiceCost, Money),
        (Field::ServiceCostLater, Percent),
        (Field::RevenueGrowth, Percent),
        (Field::Referrals, PerYear),
        (Field::ReferralValue, Money),
        (Field::PremiumGrowth, Percent),
        (Field::Discount, Percent),
        (Field::Horizon, Years),
        (Field::CrossSellingCost, Money),
        (Field::PromotionCost, Money),
        (Field::RepairsCost, Money),
        (Field::LaterCostShare, Percent),
    ];
    assert_eq!(units.map(|(f, _)| f), Field::ALL, "every field, in order");
    for (field, unit) in units {
        assert_eq!(field.unit(), unit, "{field:?}");
    }
    assert_eq!(Field::Referrals.range(), (0.0, 100.0));
}
