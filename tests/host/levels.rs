//! Kotler's table of relationship levels.

use rapport::model::levels::{recommended, CustomerCount as C, Level as L, Margin as M};

#[test]
fn kotlers_table() {
    let rows = [
        (
            C::Many,
            [
                (L::Accountable, L::Accountable),
                (L::Reactive, L::Reactive),
                (L::Basic, L::Reactive),
            ],
        ),
        (
            C::Medium,
            [
                (L::Proactive, L::Proactive),
                (L::Accountable, L::Accountable),
                (L::Reactive, L::Reactive),
            ],
        ),
        (
            C::Few,
            [
                (L::Partnership, L::Partnership),
                (L::Proactive, L::Proactive),
                (L::Accountable, L::Accountable),
            ],
        ),
    ];
    for (customers, cells) in rows {
        for (margin, expected) in M::ALL.into_iter().zip(cells) {
            assert_eq!(
                recommended(customers, margin),
                expected,
                "{customers:?} {margin:?}"
            );
        }
    }
}

#[test]
fn fewer_customers_or_higher_margins_never_lower_the_level() {
    for (i, margin) in M::ALL.into_iter().enumerate() {
        for pair in C::ALL.windows(2) {
            assert!(recommended(pair[1], margin).0 >= recommended(pair[0], margin).0);
        }
        if let Some(lower) = M::ALL.get(i + 1) {
            for customers in C::ALL {
                assert!(recommended(customers, margin).1 >= recommended(customers, *lower).1);
            }
        }
    }
}
