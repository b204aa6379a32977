//! The economics of loyalty against hand-computed tables, and properties
//! that hold for every allowed input.

use proptest::prelude::*;
use rapport::model::loyalty::*;

/// Margin 100 a year, nothing else: the worked example of the closed form.
fn plain() -> Inputs {
    Inputs {
        customers: 1.0,
        acquisition_cost: 0.0,
        revenue: 100.0,
        margin: 1.0,
        retention: 0.8,
        service_cost: 0.0,
        service_cost_share_later: SERVICE_COST_SHARE_FROM_YEAR_TWO,
        revenue_growth: 0.0,
        referrals: 0.0,
        referral_value: 0.0,
        premium_growth: 0.0,
        discount: 0.1,
        horizon: 30,
        effects: Effects::NONE,
    }
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

#[test]
fn the_closed_form_of_the_worked_example() {
    let closed = clv_closed_form(&plain()).unwrap();
    assert!(close(closed, 266.67, 0.005), "{closed}");
}

#[test]
fn the_year_by_year_sum_converges_to_the_closed_form() {
    // r / (1 + i) = 0.727…: the sum after n years falls short by
    // 266.67 · 0.727^n, a hand-checkable table.
    let cases = [
        (1, 72.73),
        (2, 125.62),
        (5, 212.41),
        (10, 255.62),
        (30, 266.65),
    ];
    for (horizon, expected) in cases {
        let value = clv(&Inputs { horizon, ..plain() });
        assert!(close(value, expected, 0.01), "horizon {horizon}: {value}");
    }
    let limit = clv_closed_form(&plain()).unwrap();
    assert!(limit - clv(&plain()) < 0.1 && limit >= clv(&plain()));
}

#[test]
fn acquisition_cost_pushes_break_even_to_the_right_year() {
    // Cumulative discounted profit per customer: 72.73, 125.62, 164.09,
    // 192.07, 212.41, … (see the table above).
    let cases = [
        (0.0, Some(0)),
        (50.0, Some(1)),
        (100.0, Some(2)),
        (150.0, Some(3)),
        (200.0, Some(5)),
        (300.0, None),
    ];
    for (ac, expected) in cases {
        let inputs = Inputs {
            acquisition_cost: ac,
            ..plain()
        };
        assert_eq!(break_even_year(&inputs), expected, "acquisition cost {ac}");
    }
    let closed = clv_closed_form(&Inputs {
        acquisition_cost: 100.0,
        ..plain()
    })
    .unwrap();
    assert!(close(closed, 166.67, 0.005));
}

#[test]
fn each_switch_removes_exactly_its_layer() {
    let full = Inputs {
        revenue: 1000.0,
        margin: 0.4,
        service_cost: 150.0,
        revenue_growth: 0.05,
        referrals: 0.2,
        referral_value: 100.0,
        premium_growth: 0.01,
        effects: Effects::ALL,
        ..plain()
    };
    let year = 3;
    let all = year_profit(&full, year);
    assert!(close(all.base, 250.0, 1e-9));
    assert!(close(
        all.revenue_growth,
        1000.0 * (1.05f64.powi(2) - 1.0) * 0.4,
        1e-9
    ));
    assert!(close(all.cost_savings, 100.0, 1e-9));
    assert!(close(all.referrals, 20.0, 1e-9));
    assert!(close(all.price_premium, 20.0, 1e-9));
    /// Effects with one switched off, and the layer that switch removes.
    type Layer = (Effects, fn(&YearProfit) -> f64);
    let layers: [Layer; 4] = [
        (
            Effects {
                cost_savings: false,
                ..Effects::ALL
            },
            |p| p.cost_savings,
        ),
        (
            Effects {
                revenue_growth: false,
                ..Effects::ALL
            },
            |p| p.revenue_growth,
        ),
        (
            Effects {
                referrals: false,
                ..Effects::ALL
            },
            |p| p.referrals,
        ),
        (
            Effects {
                price_premium: false,
                ..Effects::ALL
            },
            |p| p.price_premium,
        ),
    ];
    for (effects, layer) in layers {
        let off = year_profit(&Inputs { effects, ..full }, year);
        assert_eq!(layer(&off), 0.0, "{effects:?}");
        assert!(
            close(all.total() - off.total(), layer(&all), 1e-9),
            "{effects:?}"
        );
    }
    // Year one has no tenure effects at all.
    let first = year_profit(&full, 1);
    assert_eq!(
        (
            first.revenue_growth,
            first.cost_savings,
            first.price_premium
        ),
        (0.0, 0.0, 0.0)
    );
}

#[test]
fn serving_costs_two_thirds_less_from_year_two() {
    let inputs = Inputs {
        service_cost: 90.0,
        effects: Effects::ALL,
        ..plain()
    };
    assert_eq!(service_cost(&inputs, 1), 90.0);
    assert!(close(service_cost(&inputs, 2), 30.0, 1e-9));
    assert!(close(service_cost(&inputs, 30), 30.0, 1e-9));
    let off = Inputs {
        effects: Effects::NONE,
        ..inputs
    };
    assert_eq!(service_cost(&off, 5), 90.0);
}

#[test]
fn the_closed_form_is_offered_only_where_it_holds() {
    assert!(clv_closed_form(&Inputs {
        effects: Effects::ALL,
        service_cost: 10.0,
        ..plain()
    })
    .is_none());
    assert!(clv_closed_form(&Inputs {
        retention: 1.0,
        discount: 0.0,
        ..plain()
    })
    .is_none());
    let referrals_only = Inputs {
        referrals: 0.5,
        referral_value: 20.0,
        effects: Effects {
            referrals: true,
            ..Effects::NONE
        },
        ..plain()
    };
    let closed = clv_closed_form(&referrals_only).unwrap();
    assert!(close(closed, 110.0 * 0.8 / 0.3, 1e-9));
}

/// Which switches keep the margin constant, so that the closed form holds:
/// each case with service costs that do or do not change from year two.
#[test]
fn the_closed_form_holds_exactly_while_the_margin_is_constant() {
    let with = |effects: Effects, service_cost: f64, share_later: f64| {
        clv_closed_form(&Inputs {
            effects,
            service_cost,
            service_cost_share_later: share_later,
            ..plain()
        })
        .is_some()
    };
    let only = |f: fn(&mut Effects)| {
        let mut e = Effects::NONE;
        f(&mut e);
        e
    };
    let savings = only(|e| e.cost_savings = true);
    let cases = [
        (Effects::NONE, 10.0, 0.5, true),
        (only(|e| e.revenue_growth = true), 0.0, 1.0, false),
        (only(|e| e.price_premium = true), 0.0, 1.0, false),
        (only(|e| e.referrals = true), 10.0, 0.5, true),
        // Cost savings change the margin only if serving costs something
        // and costs less later.
        (savings, 10.0, 0.5, false),
        (savings, 10.0, 1.0, true),
        (savings, 0.0, 0.5, true),
    ];
    for (effects, service_cost, share_later, holds) in cases {
        assert_eq!(
            with(effects, service_cost, share_later),
            holds,
            "{effects:?}, service {service_cost}, later {share_later}"
        );
    }
}

#[test]
fn a_gain_has_no_percentage_of_nothing() {
    let gain = |today: f64, better: f64| RetentionGain {
        better_retention: 0.85,
        today,
        better,
    };
    assert_eq!(gain(0.0, 50.0).percent(), None);
    assert_eq!(gain(-10.0, 50.0).percent(), None);
    // (75 − 50) ÷ 50 = 50 %.
    assert_eq!(gain(50.0, 75.0).percent(), Some(50.0));
}

#[test]
fn the_sensitivity_curve_steps_through_retention_in_percent() {
    let inputs = plain();
    let curve = retention_sensitivity(&inputs, 25);
    let rates: Vec<f64> = curve.iter().map(|(r, _)| *r).collect();
    assert_eq!(rates, [0.0, 0.25, 0.5, 0.75, 1.0]);
    for (r, value) in curve {
        assert_eq!(value, clv(&inputs.with_retention(r)), "at {r}");
    }
}

#[test]
fn a_cost_line_given_twice_is_summed() {
    let cost = |first_year: f64| LineCost {
        first_year,
        later_share: 0.5,
    };
    let lines = [
        (CostLine::Serving, cost(10.0)),
        (CostLine::Repairs, cost(4.0)),
        (CostLine::Serving, cost(6.0)),
    ];
    // 100 customers at 75 % retention: 25 new, 75 tenured at half the cost.
    // Serving: 25 × 10 + 75 × 5 = 625, and 25 × 6 + 75 × 3 = 375.
    let costs = base_costs(100.0, 0.75, 2.0, &lines);
    assert_eq!(
        costs,
        [
            (CostLine::Acquisition, 50.0),
            (CostLine::Serving, 1_000.0),
            (CostLine::Repairs, 100.0 + 150.0)
        ]
    );
}

#[test]
fn retention_edges_and_the_five_point_question() {
    assert_eq!(
        clv(&Inputs {
            retention: 0.0,
            ..plain()
        }),
        0.0
    );
    let all_kept = clv(&Inputs {
        retention: 1.0,
        horizon: 30,
        ..plain()
    });
    assert!(all_kept.is_finite() && all_kept > 900.0);
    let gain = retention_gain(&plain(), 5.0);
    assert!(close(gain.better_retention, 0.85, 1e-12));
    assert!(gain.gain() > 0.0);
    assert!(gain.percent().unwrap() > 0.0);
    let capped = retention_gain(
        &Inputs {
            retention: 0.98,
            ..plain()
        },
        5.0,
    );
    assert_eq!(capped.better_retention, 1.0);
    let losing = retention_gain(
        &Inputs {
            acquisition_cost: 1000.0,
            ..plain()
        },
        5.0,
    );
    assert_eq!(losing.percent(), None, "no percentage of a loss");
    let curve = retention_sensitivity(&plain(), 5);
    assert_eq!(curve.len(), 21);
    assert_eq!(curve[0], (0.0, 0.0));
}

#[test]
fn five_more_points_of_retention_for_a_cohort_of_250() {
    // 100 profit a year, 10 % discount, 30 years: CLV at retention r is the
    // geometric series 100 · q(1 − q³⁰)/(1 − q) with q = r / 1.1.
    // r = 0.80: q = 0.72727…, q/(1 − q) = 2.66667, q³⁰ = 7.1e-5 → 266.647.
    // r = 0.85: q = 0.77273…, q/(1 − q) = 3.4,     q³⁰ = 4.4e-4 → 339.851.
    // The gain is 73.2036 per customer, +27.45 %; a cohort of 250 has 250×.
    let series = |r: f64| {
        let q = r / 1.1;
        100.0 * q * (1.0 - q.powi(30)) / (1.0 - q)
    };
    assert!(close(series(0.8), 266.647, 1e-3));
    assert!(close(series(0.85), 339.851, 1e-3));
    let cohort = Inputs {
        customers: 250.0,
        ..plain()
    };
    let gain = retention_gain(&cohort, 5.0);
    assert!(close(gain.today, 250.0 * series(0.8), 1e-6));
    assert!(close(gain.better, 250.0 * series(0.85), 1e-6));
    assert!(close(gain.gain(), 250.0 * 73.2036, 0.01));
    assert!(close(gain.percent().unwrap(), 27.45, 0.01));
}

#[test]
fn the_cohort_pays_back_its_acquisition_customer_by_customer() {
    // 250 customers acquired at 150 each: −37,500 at the start. Year 1 adds
    // 100 · 0.8 / 1.1 = 72.727 per customer (18,181.8 for the cohort), year
    // 2 adds 100 · (0.8/1.1)² = 52.893 (13,223.1): −6,095.0 after two years;
    // year 3 adds 38.467 (9,616.8): +3,521.8, the break-even year.
    let cohort = Inputs {
        customers: 250.0,
        acquisition_cost: 150.0,
        ..plain()
    };
    let cumulative = cumulative_profit(&cohort);
    assert_eq!(cumulative.len(), 31);
    assert!(close(cumulative[0], -37_500.0, 1e-9));
    assert!(close(
        cumulative[1],
        -37_500.0 + 250.0 * 100.0 * 0.8 / 1.1,
        1e-6
    ));
    assert!(close(cumulative[2], -6_095.04, 0.01));
    assert!(close(cumulative[3], 3_521.79, 0.01));
    assert_eq!(break_even_year(&cohort), Some(3));
    // The last year's total is the cohort's CLV.
    assert!(close(cumulative[30], 250.0 * clv(&cohort), 1e-6));
}

#[test]
fn bad_inputs_are_refused_by_field() {
    let cases = [
        (
            Inputs {
                margin: 1.5,
                ..plain()
            },
            InputError::OutOfRange("margin"),
        ),
        (
            Inputs {
                retention: -0.1,
                ..plain()
            },
            InputError::OutOfRange("retention"),
        ),
        (
            Inputs {
                revenue: f64::NAN,
                ..plain()
            },
            InputError::NotANumber("revenue"),
        ),
        (
            Inputs {
                customers: f64::INFINITY,
                ..plain()
            },
            InputError::NotANumber("customers"),
        ),
        (
            Inputs {
                acquisition_cost: 2e12,
                ..plain()
            },
            InputError::OutOfRange("acquisition_cost"),
        ),
        (
            Inputs {
                horizon: 0,
                ..plain()
            },
            InputError::OutOfRange("horizon"),
        ),
        (
            Inputs {
                horizon: 31,
                ..plain()
            },
            InputError::OutOfRange("horizon"),
        ),
    ];
    for (inputs, expected) in cases {
        assert_eq!(inputs.validated(), Err(expected));
    }
    assert_eq!(plain().validated(), Ok(plain()));
}

#[test]
fn better_retention_lowers_the_cost_of_a_steady_base() {
    let lines = [
        (
            CostLine::Serving,
            LineCost {
                first_year: 90.0,
                later_share: SERVICE_COST_SHARE_FROM_YEAR_TWO,
            },
        ),
        (
            CostLine::Repairs,
            LineCost {
                first_year: 10.0,
                later_share: 0.5,
            },
        ),
    ];
    let today = base_costs(1000.0, 0.8, 200.0, &lines);
    let better = base_costs(1000.0, 0.85, 200.0, &lines);
    let get = |costs: &[(CostLine, f64)], line| costs.iter().find(|(l, _)| *l == line).unwrap().1;
    // 200 new customers a year at 200 each; 50 fewer with 85 % retention.
    assert!(close(get(&today, CostLine::Acquisition), 40_000.0, 1e-6));
    assert!(close(get(&better, CostLine::Acquisition), 30_000.0, 1e-6));
    // Serving: 200 × 90 + 800 × 30 = 42,000, then 150 × 90 + 850 × 30 = 39,000.
    assert!(close(get(&today, CostLine::Serving), 42_000.0, 1e-6));
    assert!(close(get(&better, CostLine::Serving), 39_000.0, 1e-6));
    let total = |c: &[(CostLine, f64)]| c.iter().map(|(_, v)| v).sum::<f64>();
    assert!(total(&better) < total(&today));
}

fn arb_inputs() -> impl Strategy<Value = Inputs> {
    (
        (
            0.0..=MAX_AMOUNT,
            0.0..=MAX_AMOUNT,
            0.0..=MAX_AMOUNT,
            0.0..=1.0f64,
        ),
        (0.0..=1.0f64, 0.0..=MAX_AMOUNT, 0.0..=1.0f64, 0.0..=1.0f64),
        (0.0..=100.0f64, 0.0..=MAX_AMOUNT, 0.0..=1.0f64, 0.0..=1.0f64),
        (1..=MAX_HORIZON, any::<[bool; 4]>()),
    )
        .prop_map(
            |((n, ac, rev, m), (r, sc, share, g), (refs, rv, p, i), (h, on))| Inputs {
                customers: n,
                acquisition_cost: ac,
                revenue: rev,
                margin: m,
                retention: r,
                service_cost: sc,
                service_cost_share_later: share,
                revenue_growth: g,
                referrals: refs,
                referral_value: rv,
                premium_growth: p,
                discount: i,
                horizon: h,
                effects: Effects {
                    cost_savings: on[0],
                    revenue_growth: on[1],
                    referrals: on[2],
                    price_premium: on[3],
                },
            },
        )
}

/// Inputs whose customers are profitable every year, built directly: the
/// cost to serve is at most the first year's gross profit, and every
/// loyalty effect only adds to it.
fn arb_profitable_inputs() -> impl Strategy<Value = Inputs> {
    (arb_inputs(), 0.0..=1.0f64).prop_map(|(inputs, share)| Inputs {
        service_cost: inputs.revenue * inputs.margin * share,
        ..inputs
    })
}

proptest! {
    #[test]
    fn no_allowed_input_gives_a_number_that_is_not_finite(inputs in arb_inputs()) {
        prop_assert!(inputs.validated().is_ok());
        prop_assert!(clv(&inputs).is_finite());
        prop_assert!(clv_closed_form(&inputs).is_none_or(f64::is_finite));
        prop_assert!(cumulative_profit(&inputs).iter().all(|v| v.is_finite()));
        for p in profit_by_tenure(&inputs) {
            prop_assert!(p.total().is_finite());
        }
        for (_, v) in retention_sensitivity(&inputs, 5) {
            prop_assert!(v.is_finite());
        }
        let gain = retention_gain(&inputs, 5.0);
        prop_assert!(gain.gain().is_finite() && gain.percent().is_none_or(f64::is_finite));
    }

    #[test]
    fn clv_rises_with_retention_when_customers_are_profitable(
        inputs in arb_profitable_inputs(),
        a in 0.0..=1.0f64,
        b in 0.0..=1.0f64,
    ) {
        // Retention can only add value when every year's profit is positive.
        prop_assert!(profit_by_tenure(&inputs).iter().all(|p| p.total() >= 0.0));
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let at = |r| clv(&inputs.with_retention(r));
        prop_assert!(at(high) >= at(low) - at(low).abs() * 1e-12);
    }

    #[test]
    fn clv_falls_with_the_discount_rate_when_customers_are_profitable(
        inputs in arb_profitable_inputs(),
        a in 0.0..=1.0f64,
        b in 0.0..=1.0f64,
    ) {
        prop_assert!(profit_by_tenure(&inputs).iter().all(|p| p.total() >= 0.0));
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let at = |i| clv(&Inputs { discount: i, ..inputs });
        prop_assert!(at(high) <= at(low) + at(low).abs() * 1e-12);
    }
}
