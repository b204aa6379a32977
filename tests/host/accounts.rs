//! The key-account tool's method: profit, types on the matrix, the whale
//! curve, suggestions, Kotler's table per segment, progress and the import
//! of a client's customer list.

use rapport::csv::read::{read, LineProblem};
use rapport::i18n::number::{Mark, Problem};
use rapport::model::accounts::*;
use rapport::model::levels::{CustomerCount, Level, Margin};

fn customer(name: &str, revenue: f64, margin: GrossMargin, cost: f64) -> Customer {
    Customer::new(name, revenue, margin, cost, None, None).unwrap()
}

#[test]
fn profit_is_gross_profit_less_cost_to_serve() {
    use GrossMargin::{Amount, Percent};
    let cases = [
        // 100 000 × 30 % = 30 000; − 12 000 = 18 000.
        (100_000.0, Percent(30.0), 12_000.0, 18_000.0),
        // The margin as an amount: 5 000 − 7 500.
        (40_000.0, Amount(5_000.0), 7_500.0, -2_500.0),
        // Zero revenue: no gross profit, the cost to serve is all loss.
        (0.0, Percent(40.0), 300.0, -300.0),
        (0.0, Percent(40.0), 0.0, 0.0),
        // A negative margin loses money before serving: 10 000 × −5 % − 1 000.
        (10_000.0, Percent(-5.0), 1_000.0, -1_500.0),
        (10_000.0, Amount(-200.0), 0.0, -200.0),
    ];
    for (revenue, margin, cost, profit) in cases {
        let c = customer("C", revenue, margin, cost);
        assert_eq!(c.profit(), profit, "{revenue} {margin:?} {cost}");
    }
}

#[test]
fn customers_are_typed_by_revenue_cost_and_profit() {
    use Kind::*;
    // Thresholds: revenue 1 000, cost to serve 100.
    let t = (1_000.0, 100.0);
    let cases = [
        (5_000.0, 50.0, 900.0, SleepingGiant),
        (5_000.0, 500.0, 900.0, DemandingBig),
        (200.0, 10.0, 30.0, Small),
        (200.0, 500.0, 30.0, Small),
        (5_000.0, 50.0, -1.0, LossMaker),
        (200.0, 500.0, -300.0, LossMaker),
        // Ties at the thresholds go up: large, costly.
        (1_000.0, 50.0, 10.0, SleepingGiant),
        (1_000.0, 100.0, 10.0, DemandingBig),
        (999.99, 100.0, 10.0, Small),
        // Zero profit is not a loss.
        (5_000.0, 50.0, 0.0, SleepingGiant),
        // Zero revenue.
        (0.0, 0.0, 0.0, Small),
        (0.0, 100.0, -100.0, LossMaker),
    ];
    for (revenue, cost, profit, kind) in cases {
        assert_eq!(
            classify(revenue, cost, profit, t),
            kind,
            "{revenue} {cost} {profit}"
        );
    }
}

#[test]
fn thresholds_default_to_the_medians_until_set() {
    let mut p = Portfolio::default();
    for (revenue, cost) in [(100.0, 10.0), (300.0, 40.0), (200.0, 20.0), (900.0, 30.0)] {
        p.add(customer("C", revenue, GrossMargin::Percent(50.0), cost))
            .unwrap();
    }
    // Medians of 100, 200, 300, 900 and 10, 20, 30, 40.
    assert_eq!(p.thresholds(), (250.0, 25.0));
    p.thresholds.cost = Some(5.0);
    assert_eq!(p.thresholds(), (250.0, 5.0));
    assert_eq!(median(vec![]), 0.0);
    assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
    let m = p.matrix();
    let kinds: Vec<Kind> = m.rows.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            Kind::Small,
            Kind::DemandingBig,
            Kind::Small,
            Kind::DemandingBig
        ]
    );
    assert_eq!(m.totals[Kind::DemandingBig as usize].customers, 2);
    // 300 × 50 % − 40 + 900 × 50 % − 30.
    assert_eq!(m.totals[Kind::DemandingBig as usize].profit, 110.0 + 420.0);
    assert_eq!(m.totals[Kind::DemandingBig as usize].revenue, 300.0 + 900.0);
    assert_eq!(m.totals[Kind::Small as usize].revenue, 100.0 + 200.0);
    // The list-level functions agree with the portfolio's.
    assert_eq!(medians(&p.customers), (250.0, 25.0));
    assert_eq!(matrix_of(&p.customers, p.thresholds()), m);
    p.thresholds.revenue = Some(150.0);
    assert_eq!(p.thresholds(), (150.0, 5.0));
}

#[test]
fn medians_are_taken_only_for_thresholds_not_set() {
    let set = |revenue, cost| Thresholds { revenue, cost };
    let medians = || (7.0, 8.0);
    let unused = || -> (f64, f64) { panic!("both set: no median needed") };
    assert_eq!(set(Some(1.0), Some(2.0)).in_force(unused), (1.0, 2.0));
    assert_eq!(set(Some(1.0), None).in_force(medians), (1.0, 8.0));
    assert_eq!(set(None, Some(2.0)).in_force(medians), (7.0, 2.0));
    assert_eq!(set(None, None).in_force(medians), (7.0, 8.0));
}

#[test]
fn the_whale_curve_rises_to_its_peak_and_falls_back() {
    let w = Whale::of(vec![-50.0, 300.0, 100.0, -150.0, 0.0]);
    assert_eq!(w.profits, [300.0, 100.0, 0.0, -50.0, -150.0]);
    assert_eq!(w.total, 200.0);
    // Peak 400 after two customers: 200 % of the total.
    assert_eq!(w.peak, (2, 400.0));
    assert_eq!(w.peak_share, Some(200.0));
    // The top fifth of five is one customer: 300 of 200 = 150 %.
    assert_eq!(w.top_fifth_share, Some(150.0));
    let cumulative: Vec<f64> = w.points(10).iter().map(|p| p.cumulative).collect();
    assert_eq!(cumulative, [0.0, 300.0, 400.0, 400.0, 350.0, 200.0]);
    // Each point's share of the customers: k of 5.
    let shares: Vec<f64> = w.points(10).iter().map(|p| p.share).collect();
    assert_eq!(shares, [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
    // No total above zero (below it, or exactly nothing): no shares.
    let losing = Whale::of(vec![-1.0, -2.0]);
    assert_eq!((losing.peak_share, losing.top_fifth_share), (None, None));
    let even = Whale::of(vec![5.0, -5.0]);
    assert_eq!((even.peak_share, even.top_fifth_share), (None, None));
    assert_eq!(Whale::of(vec![]).points(10).len(), 1);
}

#[test]
fn a_long_curve_is_drawn_from_a_few_points_that_keep_the_peak() {
    let profits: Vec<f64> = (0..5_000).map(|i| 2_500.0 - i as f64).collect();
    let w = Whale::of(profits);
    let points = w.points(200);
    assert!(points.len() <= 202);
    assert!(points.iter().any(|p| p.customers == w.peak.0));
    assert_eq!(points.last().unwrap().customers, 5_000);
    assert_eq!(points.last().unwrap().cumulative, w.total);
}

#[test]
fn the_largest_the_best_and_fast_growers_are_suggested() {
    let mut p = Portfolio::default();
    let list = [
        ("Big", 10_000.0, 10.0, 0.0, None),
        ("Rich", 5_000.0, 60.0, 0.0, None),
        ("Grower", 100.0, 20.0, 0.0, Some(25.0)),
        ("Loser", 20_000.0, 1.0, 5_000.0, None),
        ("Plain", 50.0, 10.0, 0.0, Some(5.0)),
    ];
    for (name, revenue, margin, cost, growth) in list {
        let c = Customer::new(
            name,
            revenue,
            GrossMargin::Percent(margin),
            cost,
            None,
            growth,
        )
        .unwrap();
        p.add(c).unwrap();
    }
    // One of each (a tenth of five, at least one): Big by revenue (Loser
    // loses money), Rich by profit (3 000 against 1 000), Grower at 25 %.
    assert_eq!(
        p.suggested(),
        vec![
            (1, vec![Reason::Largest]),
            (2, vec![Reason::MostProfitable]),
            (3, vec![Reason::FastGrowing])
        ]
    );
    assert_eq!(suggestion_count(0), 0);
    assert_eq!(suggestion_count(5_000), 10);
}

#[test]
fn kotlers_table_applies_to_every_band() {
    use CustomerCount as C;
    use Level as L;
    use Margin as M;
    let cases = [
        (1, 50.0, C::Few, M::High, (L::Partnership, L::Partnership)),
        (20, 40.0, C::Few, M::High, (L::Partnership, L::Partnership)),
        (20, 39.9, C::Few, M::Medium, (L::Proactive, L::Proactive)),
        (20, 14.9, C::Few, M::Low, (L::Accountable, L::Accountable)),
        (21, 45.0, C::Medium, M::High, (L::Proactive, L::Proactive)),
        (
            200,
            15.0,
            C::Medium,
            M::Medium,
            (L::Accountable, L::Accountable),
        ),
        (150, 5.0, C::Medium, M::Low, (L::Reactive, L::Reactive)),
        (
            201,
            80.0,
            C::Many,
            M::High,
            (L::Accountable, L::Accountable),
        ),
        (5_000, 20.0, C::Many, M::Medium, (L::Reactive, L::Reactive)),
        (5_000, -3.0, C::Many, M::Low, (L::Basic, L::Reactive)),
    ];
    for (count, margin, cb, mb, levels) in cases {
        assert_eq!(
            (count_band(count), margin_band(margin)),
            (cb, mb),
            "{count} {margin}"
        );
        assert_eq!(rapport::model::levels::recommended(cb, mb), levels);
    }
}

#[test]
fn levels_per_segment_and_progress_per_step() {
    let mut p = Portfolio::default();
    // Two customers at 50 % and one at 10 %, thresholds set so the first is
    // a sleeping giant.
    p.add(customer("A", 1_000.0, GrossMargin::Percent(50.0), 100.0))
        .unwrap();
    p.add(customer("B", 100.0, GrossMargin::Percent(50.0), 10.0))
        .unwrap();
    p.add(customer("C", 900.0, GrossMargin::Percent(10.0), 10.0))
        .unwrap();
    p.thresholds = Thresholds {
        revenue: Some(950.0),
        cost: Some(500.0),
    };
    p.current_levels.insert(Segment::All, Level::Basic);
    p.set_key(1, true);
    let m = p.matrix();
    let levels = p.levels(&m);
    let all = levels[0];
    assert_eq!(all.segment, Segment::All);
    // (500 + 50 + 90) ÷ 2 000 = 32 %: few customers, medium margin.
    assert_eq!(all.margin, Some(32.0));
    assert_eq!(all.recommended, (Level::Proactive, Level::Proactive));
    assert_eq!(all.current, Some(Level::Basic));
    let key = levels[1];
    assert_eq!((key.customers, key.recommended.0), (1, Level::Partnership));
    let loss = levels
        .iter()
        .find(|l| l.segment == Segment::LossMaker)
        .unwrap();
    assert_eq!((loss.customers, loss.margin), (0, None));
    assert_eq!(p.key_level(3), (Level::Accountable, Level::Accountable));

    let done = |p: &Portfolio| p.progress().map(|s| (s.done, s.total));
    assert_eq!(done(&p), [(1, 1), (0, 1), (0, 1), (0, 1), (0, 1)]);
    let k = p.key_mut(1).unwrap();
    k.manager = "Ann".into();
    assert_eq!(done(&p)[1], (0, 1), "a manager counts once trained");
    let k = p.key_mut(1).unwrap();
    k.trained = true;
    k.duties = "d".into();
    k.reporting = "r".into();
    k.criteria = "c".into();
    k.annual = Plan {
        goals: "g".into(),
        strategies: "s".into(),
        actions: "a".into(),
        resources: "r".into(),
    };
    k.long_term = k.annual.clone();
    p.general_manager = "Gene".into();
    assert_eq!(done(&p), [(1, 1), (1, 1), (1, 1), (1, 1), (1, 1)]);
    let s = p.summary();
    assert_eq!((s.customers, s.loss_makers), (3, 0));
    assert_eq!(
        s.key,
        vec![(
            "A".to_owned(),
            None,
            (Level::Partnership, Level::Partnership)
        )]
    );
    // Removing the customer removes its key account.
    p.remove(1);
    assert!(p.key.is_empty());
}

/// The shared list: an edit copies it before changing it, so a copy taken
/// earlier (the app keeps one to tell what changed) keeps what it had;
/// lists are equal by their customers, shared or not; stored as a plain
/// list, and left out of storage when empty.
#[test]
fn a_shared_customer_list_is_copied_before_an_edit() {
    let mut p = Portfolio::default();
    p.add(customer("Acme", 10.0, GrossMargin::Percent(10.0), 0.0))
        .unwrap();
    let before = p.clone();
    assert_eq!(before.customers, p.customers, "shared");
    p.update(1, customer("Acme", 99.0, GrossMargin::Percent(10.0), 0.0));
    assert_eq!(
        before.customers[0].revenue, 10.0,
        "the earlier copy is untouched"
    );
    assert_eq!(p.customers[0].revenue, 99.0);
    assert_ne!(before.customers, p.customers);
    let same: Customers = before.customers.iter().cloned().collect();
    assert_eq!(same, before.customers, "equal by content, not shared");
    let json = serde_json::to_string(&p.customers).unwrap();
    assert!(json.starts_with(r#"[{"i":1,"n":"Acme","r":99"#), "{json}");
    assert_eq!(
        serde_json::from_str::<Customers>(&json).unwrap(),
        p.customers
    );
    p.remove(1);
    assert!(p.customers.is_empty());
    let stored = serde_json::to_string(&Portfolio {
        general_manager: "Ewa".to_owned(),
        ..p
    })
    .unwrap();
    assert!(!stored.contains("customers"), "{stored}");
}

#[test]
fn re_importing_a_list_keeps_key_accounts_by_name() {
    let mut p = Portfolio::default();
    p.add(customer("Acme", 10.0, GrossMargin::Percent(10.0), 0.0))
        .unwrap();
    p.add(customer("Gone", 10.0, GrossMargin::Percent(10.0), 0.0))
        .unwrap();
    p.set_key(1, true);
    p.set_key(2, true);
    let incoming = vec![
        customer("New", 1.0, GrossMargin::Percent(1.0), 0.0),
        customer(" acme ", 20.0, GrossMargin::Percent(10.0), 0.0),
    ];
    assert_eq!(p.import(incoming.clone(), true), 2);
    assert_eq!(p.customer(1).unwrap().revenue, 20.0);
    assert_eq!(p.key.len(), 1);
    assert_eq!(p.import(incoming, false), 2);
    assert_eq!(p.customers.len(), 4);
    let ids: std::collections::BTreeSet<u32> = p.customers.iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), 4, "ids stay unique");
}

#[test]
fn a_replacing_import_gives_new_names_the_next_ids_in_order() {
    let mut p = Portfolio::default();
    for name in ["Acme", "Beta"] {
        p.add(customer(name, 10.0, GrossMargin::Percent(10.0), 0.0))
            .unwrap();
    }
    let incoming = ["Gamma", "Beta", "Delta"]
        .map(|name| customer(name, 5.0, GrossMargin::Percent(10.0), 0.0))
        .to_vec();
    assert_eq!(p.import(incoming, true), 3);
    let ids: Vec<(&str, u32)> = p
        .customers
        .iter()
        .map(|c| (c.name.as_str(), c.id))
        .collect();
    // Beta keeps 2; the new names take 3 and 4, the ids after the highest
    // one held before, in the file's order.
    assert_eq!(ids, [("Gamma", 3), ("Beta", 2), ("Delta", 4)]);
}

#[test]
fn a_customer_without_revenue_or_profit_is_never_suggested_for_them() {
    let mut p = Portfolio::default();
    // Ten customers: one suggestion per reason. Only "Zero" has no revenue
    // and no profit; every other makes a loss, so none is largest or most
    // profitable, and "Zero" must not fill the place either.
    p.add(customer("Zero", 0.0, GrossMargin::Percent(10.0), 0.0))
        .unwrap();
    for i in 0..9 {
        p.add(customer(
            &format!("L{i}"),
            100.0,
            GrossMargin::Percent(10.0),
            50.0,
        ))
        .unwrap();
    }
    assert_eq!(p.suggested(), vec![]);
}

#[test]
fn each_step_counts_a_key_account_only_once_all_its_fields_are_there() {
    let mut p = Portfolio::default();
    p.add(customer("A", 10.0, GrossMargin::Percent(10.0), 0.0))
        .unwrap();
    let done = |p: &Portfolio| p.progress().map(|s| (s.done, s.total));
    assert_eq!(
        done(&p),
        [(0, 1), (0, 0), (0, 0), (0, 0), (0, 1)],
        "nothing chosen yet"
    );
    p.set_key(1, true);
    let plan = Plan {
        goals: "g".into(),
        strategies: "s".into(),
        actions: "a".into(),
        resources: "r".into(),
    };
    // (step, what is filled in, done): every field but one is not enough.
    type Fill = fn(&mut KeyAccount, &Plan);
    let cases: [(usize, Fill, usize); 6] = [
        (1, |k, _| k.trained = true, 0),
        (1, |k, _| k.manager = "Ann".into(), 1),
        (2, |k, _| k.duties = "d".into(), 0),
        (2, |k, _| k.reporting = "r".into(), 0),
        (2, |k, _| k.criteria = "c".into(), 1),
        (3, |k, plan| k.annual = plan.clone(), 0),
    ];
    for (step, fill, expected) in cases {
        fill(p.key_mut(1).unwrap(), &plan);
        assert_eq!(done(&p)[step], (expected, 1), "step {step}");
    }
    p.key_mut(1).unwrap().long_term = plan;
    assert_eq!(done(&p)[3], (1, 1), "both plans complete");
}

#[test]
fn key_customers_are_set_once_and_unset_one_at_a_time() {
    let mut p = Portfolio::default();
    for name in ["A", "B", "C"] {
        p.add(customer(name, 10.0, GrossMargin::Percent(10.0), 0.0))
            .unwrap();
    }
    let keys = |p: &Portfolio| p.key.iter().map(|k| k.customer).collect::<Vec<_>>();
    p.set_key(1, true);
    p.key_mut(1).unwrap().manager = "Ann".into();
    p.set_key(1, true);
    assert_eq!(keys(&p), [1], "a second tick adds nothing");
    assert_eq!(p.key_mut(1).unwrap().manager, "Ann", "and keeps the plan");
    p.set_key(3, false);
    assert_eq!(
        keys(&p),
        [1],
        "unticking a customer who is not key adds nothing"
    );
    p.set_key(9, true);
    assert_eq!(keys(&p), [1], "an unknown customer is not added");
    p.set_key(2, true);
    p.set_key(3, true);
    p.set_key(2, false);
    assert_eq!(keys(&p), [1, 3], "only the one unticked goes");
    assert!(!p.is_key(2) && p.is_key(3));
}

#[test]
fn a_key_customer_without_revenue_has_no_margin_to_claim() {
    let mut p = Portfolio::default();
    // A gross margin given as an amount over no revenue: the margin is not
    // infinite but unknown, read as 0 %, so the table's low band.
    p.add(customer("Odd", 0.0, GrossMargin::Amount(500.0), 0.0))
        .unwrap();
    p.add(customer("Fine", 1_000.0, GrossMargin::Amount(500.0), 0.0))
        .unwrap();
    assert_eq!(p.key_level(1), p.key_level(99), "as a customer unknown");
    assert_eq!(
        p.key_level(1),
        rapport::model::levels::recommended(CustomerCount::Few, margin_band(0.0))
    );
    assert_ne!(p.key_level(1), p.key_level(2), "50 % is another band");
}

#[test]
fn out_of_range_values_are_refused_at_the_edge() {
    let cases = [
        ("", 1.0, GrossMargin::Percent(1.0), 1.0, Field::Name),
        ("A", -1.0, GrossMargin::Percent(1.0), 1.0, Field::Revenue),
        (
            "A",
            f64::NAN,
            GrossMargin::Percent(1.0),
            1.0,
            Field::Revenue,
        ),
        (
            "A",
            1.0,
            GrossMargin::Percent(101.0),
            1.0,
            Field::MarginPercent,
        ),
        (
            "A",
            1.0,
            GrossMargin::Amount(f64::INFINITY),
            1.0,
            Field::MarginAmount,
        ),
        (
            "A",
            1.0,
            GrossMargin::Percent(1.0),
            -1.0,
            Field::CostToServe,
        ),
    ];
    for (name, revenue, margin, cost, field) in cases {
        assert_eq!(
            Customer::new(name, revenue, margin, cost, None, None),
            Err(field)
        );
    }
}

#[test]
fn headers_are_recognised_in_three_languages() {
    use Field::*;
    let cases = [
        ("Name", Some(Name)),
        ("Klient", Some(Name)),
        ("Наименование", Some(Name)),
        ("Revenue (PLN)", Some(Revenue)),
        ("Przychód", Some(Revenue)),
        ("Выручка, руб.", Some(Revenue)),
        ("Gross margin %", Some(MarginPercent)),
        ("Marża brutto (%)", Some(MarginPercent)),
        ("Маржа, %", Some(MarginPercent)),
        // A margin word alone is a percentage, as margins usually are;
        // with "amount" an amount, unless a % says otherwise.
        ("Margin", Some(MarginPercent)),
        ("Amount of margin", Some(MarginAmount)),
        ("Amount of margin, %", Some(MarginPercent)),
        ("Маржинальность", Some(MarginPercent)),
        ("Gross profit", Some(MarginAmount)),
        ("Валовая прибыль", Some(MarginAmount)),
        ("Cost to serve", Some(CostToServe)),
        ("Koszt obsługi", Some(CostToServe)),
        ("Стоимость обслуживания", Some(CostToServe)),
        ("Years as customer", Some(Years)),
        ("Staż (lata)", Some(Years)),
        ("Growth %", Some(Growth)),
        ("Рост, %", Some(Growth)),
        ("Notes", None),
    ];
    for (header, field) in cases {
        assert_eq!(recognise(header), field, "{header}");
    }
}

#[test]
fn an_import_previews_every_line_with_its_number() {
    let file = "\u{feff}Klient;Przychód;Marża %;Koszt obsługi;Wzrost %\r\n\
        Huta;1 234 567,5;22,5;90 000;4\r\n\
        Sklep;18\u{a0}000;20 %;5\u{202f}200;\r\n\
        ;100;10;1;\r\n\
        Zły;abc;10;1;\r\n\
        Ujemny;-5;10;1;\r\n\
        Brak;100;10;;\r\n";
    let table = read(file.as_bytes());
    let mapping = Mapping::from_header(&table.records[0].fields);
    assert_eq!(mapping.check(), Ok(()));
    let plan = ImportPlan::of(&table, &mapping, MAX_CUSTOMERS);
    assert_eq!(plan.mark, Some(Mark::Comma));
    let names: Vec<(usize, &str)> = plan
        .customers
        .iter()
        .map(|(l, c)| (*l, c.name.as_str()))
        .collect();
    assert_eq!(names, [(2, "Huta"), (3, "Sklep")]);
    assert_eq!(plan.customers[0].1.revenue, 1_234_567.5);
    assert_eq!(plan.customers[0].1.margin, GrossMargin::Percent(22.5));
    assert_eq!(plan.customers[1].1.cost_to_serve, 5_200.0);
    assert_eq!(
        plan.bad,
        vec![
            (4, LineError::NoName),
            (5, LineError::Number(Field::Revenue, Problem::NotANumber)),
            (6, LineError::OutOfRange(Field::Revenue)),
            (7, LineError::Missing(Field::CostToServe)),
        ]
    );
    // No room: every good line is over the limit.
    let full = ImportPlan::of(&table, &mapping, 0);
    assert!(full.customers.is_empty());
    assert_eq!(
        full.bad
            .iter()
            .filter(|(_, e)| *e == LineError::OverLimit)
            .count(),
        2
    );
}

#[test]
fn unreadable_lines_and_bad_mappings_are_named() {
    let table = read(b"name,revenue,margin %,cost\nA,1,2,3\n\xFF,1,2,3\n");
    let mapping = Mapping::from_header(&table.records[0].fields);
    let plan = ImportPlan::of(&table, &mapping, 10);
    assert_eq!(
        plan.bad,
        vec![(3, LineError::Unreadable(LineProblem::NotUtf8))]
    );
    assert_eq!(
        Mapping(vec![Some(Field::Name)]).check(),
        Err(MappingProblem::Missing(Field::Revenue))
    );
    // The margin is required, as a % or as an amount, not as both.
    let with = |margin: &[Field]| {
        let mut fields = vec![
            Some(Field::Name),
            Some(Field::Revenue),
            Some(Field::CostToServe),
        ];
        fields.extend(margin.iter().map(|f| Some(*f)));
        Mapping(fields).check()
    };
    assert_eq!(
        with(&[]),
        Err(MappingProblem::Missing(Field::MarginPercent))
    );
    assert_eq!(with(&[Field::MarginPercent]), Ok(()));
    assert_eq!(with(&[Field::MarginAmount]), Ok(()));
    assert_eq!(
        with(&[Field::MarginAmount, Field::MarginPercent]),
        Err(MappingProblem::Twice(Field::MarginPercent))
    );
    let twice = Mapping(vec![Some(Field::Name), Some(Field::Name)]);
    assert_eq!(twice.check(), Err(MappingProblem::Twice(Field::Name)));
    // An unknown header is left for the user to map.
    let unknown = read(b"Kto;Ile\nA;1\n");
    assert_eq!(
        Mapping::from_header(&unknown.records[0].fields),
        Mapping(vec![None, None])
    );
    // A comma file's lone `1,234`-like number cannot occur unquoted; a tab
    // file with only ambiguous numbers refuses them.
    let tabbed = read(b"name\trevenue\tmargin %\tcost\nA\t1,234\t10\t1\n");
    let plan = ImportPlan::of(
        &tabbed,
        &Mapping::from_header(&tabbed.records[0].fields),
        10,
    );
    assert_eq!(
        plan.bad,
        vec![(2, LineError::Number(Field::Revenue, Problem::Ambiguous))]
    );
}

#[test]
fn every_language_names_every_value_of_the_tool() {
    use rapport::i18n::Locale;
    for locale in Locale::ALL {
        let t = locale.strings();
        let lists = [
            ("acc_fields", t.acc_fields().len(), Field::ALL.len()),
            ("acc_kinds", t.acc_kinds().len(), Kind::ALL.len()),
            (
                "acc_kind_advice",
                t.acc_kind_advice().len(),
                Kind::ALL.len(),
            ),
            ("acc_segments", t.acc_segments().len(), Segment::ALL.len()),
            ("acc_steps", t.acc_steps().len(), Step::ALL.len()),
            ("acc_reasons", t.acc_reasons().len(), 3),
            ("acc_bond_names", t.acc_bond_names().len(), 3),
            ("acc_bond_states", t.acc_bond_states().len(), 3),
            ("acc_plan_parts", t.acc_plan_parts().len(), 4),
            ("acc_groups", t.acc_groups().len(), 2),
        ];
        for (name, len, expected) in lists {
            assert_eq!(len, expected, "{} {name}", locale.code());
        }
    }
}

proptest::proptest! {
    /// The median by selection is the median of the sorted values: the
    /// middle one, or the mean of the middle two (ties and signs included).
    #[test]
    fn the_median_is_that_of_the_sorted_values(
        values in proptest::collection::vec(
            proptest::prop_oneof![proptest::strategy::Strategy::prop_map(-5i8..=5, f64::from), -1e6f64..1e6],
            0..40,
        ),
    ) {
        let mut sorted = values.clone();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let expected = match n {
            0 => 0.0,
            _ if n % 2 == 1 => sorted[n / 2],
            _ => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
        };
        proptest::prop_assert_eq!(median(values).to_bits(), expected.to_bits());
    }

    /// The first `n` by a total order are the first `n` of a full sort, in
    /// that order, for any `n` (none, some, all, more than there are).
    #[test]
    fn the_first_n_are_those_of_a_full_sort(
        keys in proptest::collection::vec(0u8..6, 0..40),
        n in 0usize..45,
    ) {
        let items: Vec<(usize, u8)> = keys.into_iter().enumerate().collect();
        // Highest key first, ties in list order, as the suggestions rank.
        let order = |a: &(usize, u8), b: &(usize, u8)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
        let mut sorted = items.clone();
        sorted.sort_by(order);
        sorted.truncate(n);
        proptest::prop_assert_eq!(first_by(items, n, order), sorted);
    }
}

#[test]
fn fields_are_listed_in_the_order_declared() {
    // An import finds a field's column at `field as usize` in a table
    // built from `Field::ALL`.
    for (i, field) in Field::ALL.iter().enumerate() {
        assert_eq!(*field as usize, i, "{field:?}");
    }
}

#[test]
fn the_file_size_limit_takes_any_full_list_and_little_more() {
    // The largest list: 5,000 customers with 120-character names and every
    // column at its longest, as a spreadsheet writes them.
    let line = format!(
        "\"{}\";\"-999 999 999 999,99\";\"-100,00 %\";\"999 999 999 999,99\";\"999 999 999 999,99\";\"100\";\"-100,00 %\"\r\n",
        "Ж".repeat(120)
    );
    let largest = (line.len() * (MAX_CUSTOMERS + 1)) as u64;
    assert!(largest < MAX_FILE_BYTES, "{largest} bytes");
    // Far below it, yet a tablet is never asked to read a video: 4 MiB.
    const { assert!(MAX_FILE_BYTES <= 4 * 1024 * 1024) };
}
