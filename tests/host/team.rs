//! The team's view against hand-computed values.

use rapport::model::assessment::{Answer, Answers, Item, Level};
use rapport::model::components::Component;
use rapport::model::team::{
    by_role, distinct, spreads, team_view, Respondent, Sheet, Spread, Stats,
};

fn level(n: u8) -> Answer {
    Answer::Level(Level::new(n).unwrap())
}

fn item(component: Component, index: usize) -> Item {
    Item { component, index }
}

/// A respondent who answers the values items as given (None = unanswered).
fn respondent(role: u8, values: [Option<Answer>; 5]) -> Respondent {
    let mut answers = Answers::default();
    for (i, a) in values.into_iter().enumerate() {
        if let Some(a) = a {
            answers.set_answer(item(Component::Values, i), a);
        }
    }
    Respondent {
        role,
        answers: answers.into(),
        included: true,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn statistics_by_hand() {
    let s = Stats::of(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]).unwrap();
    assert!(close(s.mean, 5.0) && close(s.median, 4.5) && close(s.spread, 2.0));
    assert!(close(s.range(), 7.0));
    let odd = Stats::of(&[3.0, 1.0, 2.0]).unwrap();
    assert!(close(odd.median, 2.0));
    assert_eq!(Stats::of(&[]), None);
    assert_eq!(Stats::of(&[f64::NAN]), None);
}

#[test]
fn the_team_view_of_three_respondents() {
    let dk = Some(Answer::DontKnow);
    let team = [
        // Values scores: (75 + 100) / 2 = 87.5 (three unanswered).
        respondent(1, [Some(level(4)), Some(level(5)), None, None, None]),
        // (0 + 0 + 0) / 3 = 0, two "don't know".
        respondent(2, [Some(level(1)), Some(level(1)), Some(level(1)), dk, dk]),
        // (50 + 50 + 50 + 50 + 100) / 5 = 60.
        respondent(
            2,
            [
                Some(level(3)),
                Some(level(3)),
                Some(level(3)),
                Some(level(3)),
                Some(level(5)),
            ],
        ),
    ];
    let view = team_view(&team);
    assert_eq!(view.respondents, 3);
    assert_eq!(view.dont_know, 2);
    let values = view.components[0].1.unwrap();
    assert!(close(values.mean, (87.5 + 0.0 + 60.0) / 3.0));
    assert!(close(values.median, 60.0));
    assert!(close(values.min, 0.0) && close(values.max, 87.5));
    assert_eq!(view.components[1].1, None, "nobody scored leadership");

    // Item values.2 got 5, 1, 3: spread √(8/3), range 4, the most disputed.
    let first = view.disagreement[0];
    assert_eq!(first.item, item(Component::Values, 1));
    assert!(close(first.levels.unwrap().spread, (8.0f64 / 3.0).sqrt()));
    // Values.1 got 4, 1, 3 (spread √(14/9)); values.5 got a 5 and one "don't know".
    assert_eq!(view.disagreement[1].item, item(Component::Values, 0));
    let fifth = view
        .disagreement
        .iter()
        .find(|v| v.item == item(Component::Values, 4))
        .unwrap();
    assert_eq!((fifth.dont_know, fifth.levels.unwrap().count), (1, 1));

    let roles = by_role(&team);
    assert_eq!(roles.len(), 2);
    assert!(close(roles[0].1[0].1.unwrap(), 87.5));
    assert!(close(roles[1].1[0].1.unwrap(), 30.0));
}

#[test]
fn excluded_respondents_do_not_count() {
    let mut team = vec![
        respondent(0, [Some(level(5)); 5]),
        respondent(0, [Some(level(1)); 5]),
    ];
    team[1].included = false;
    let view = team_view(&team);
    assert_eq!(view.respondents, 1);
    assert!(close(view.components[0].1.unwrap().mean, 100.0));
    team[1].included = true;
    assert!(close(team_view(&team).components[0].1.unwrap().mean, 50.0));
    assert_eq!(team_view(&[]).respondents, 0);
}

proptest::proptest! {
    /// Any values, in any order, with any that are not finite: the
    /// statistics are those of the finite values sorted by the standard
    /// library, to the bit (the sums run in ascending order).
    #[test]
    fn statistics_are_those_of_the_values_sorted(
        values in proptest::collection::vec(
            proptest::prop_oneof![
                8 => -1e3f64..1e3,
                1 => proptest::sample::select(vec![f64::NAN, f64::INFINITY, 0.0, -0.0, 1.5]),
            ],
            0..60,
        )
    ) {
        let mut sorted: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
        sorted.sort_by(f64::total_cmp);
        let stats = Stats::of(&values);
        proptest::prop_assert_eq!(stats.is_none(), sorted.is_empty());
        if let Some(stats) = stats {
            let n = sorted.len() as f64;
            let mean = sorted.iter().sum::<f64>() / n;
            let middle = sorted.len() / 2;
            let median = if sorted.len() % 2 == 0 {
                (sorted[middle - 1] + sorted[middle]) / 2.0
            } else {
                sorted[middle]
            };
            let spread = (sorted.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
            let expected = Stats {
                count: sorted.len(),
                mean,
                median,
                min: sorted[0],
                max: sorted[sorted.len() - 1],
                spread,
            };
            proptest::prop_assert_eq!(stats, expected);
            proptest::prop_assert_eq!(stats.min.to_bits(), expected.min.to_bits());
        }
    }

    /// Statements are ranked as a stable sort by spread, then range, both
    /// descending, ranks them: ties keep the bank's order.
    #[test]
    fn disagreement_is_ranked_as_a_stable_sort_ranks_it(
        team in proptest::collection::vec(crate::assessment::arb_answers(), 0..6)
    ) {
        let team: Vec<Respondent> = team
            .into_iter()
            .map(|answers| Respondent { role: 1, answers: answers.into(), included: true })
            .collect();
        let view = team_view(&team);
        let mut expected = view.disagreement.clone();
        expected.sort_by_key(|v| Item::all().position(|i| i == v.item));
        let key = |v: &rapport::model::team::ItemView| {
            v.levels.map_or((0.0, 0.0), |s| (s.spread, s.range()))
        };
        expected.sort_by(|a, b| {
            let ((sa, ra), (sb, rb)) = (key(a), key(b));
            sb.total_cmp(&sa).then(rb.total_cmp(&ra))
        });
        proptest::prop_assert_eq!(view.disagreement, expected);
    }

    /// Roles come out once each, in ascending order, whatever order they
    /// came in.
    #[test]
    fn distinct_roles_are_the_roles_sorted_once_each(roles in proptest::collection::vec(0u8..12, 0..40)) {
        let mut expected = roles.clone();
        expected.sort_unstable();
        expected.dedup();
        proptest::prop_assert_eq!(distinct(roles), expected);
    }

    /// Levels counted give exactly (to the bit) the statistics of the same
    /// levels listed one by one, and nothing for no levels.
    #[test]
    fn counted_levels_give_the_statistics_of_the_levels_listed(counts in proptest::array::uniform5(0usize..40)) {
        let listed: Vec<f64> = (1..=5u8)
            .zip(counts)
            .flat_map(|(level, n)| std::iter::repeat_n(f64::from(level), n))
            .collect();
        proptest::prop_assert_eq!(Stats::of_levels(counts), Stats::of(&listed));
        proptest::prop_assert_eq!(Stats::of_levels([0; 5]), None);
    }

    /// A sheet answers every statement and scores every component as the
    /// answers it was made from do, and two sheets are equal when their
    /// answers are.
    #[test]
    fn a_sheet_reads_as_its_answers(answers in crate::assessment::arb_answers()) {
        let sheet = Sheet::new(answers.clone());
        for item in Item::all() {
            proptest::prop_assert_eq!(sheet.answer(item), answers.answer(item), "{:?}", item);
        }
        let scores: Vec<Option<f64>> = answers.results().components.iter().map(|c| c.score).collect();
        proptest::prop_assert_eq!(sheet.scores(), scores.as_slice());
        proptest::prop_assert_eq!(sheet.answered_count(), answers.answered_count());
        let by_position: Vec<Option<Answer>> = sheet.by_component().iter().flatten().copied().collect();
        let by_key: Vec<Option<Answer>> = Item::all().map(|i| answers.answer(i)).collect();
        proptest::prop_assert_eq!(by_position, by_key);
        proptest::prop_assert_eq!(&*sheet, &answers);
        proptest::prop_assert!(sheet == Sheet::new(answers.clone()));
        let first = item(Component::Values, 0);
        let mut other = answers.clone();
        other.set_answer(first, if answers.answer(first) == Some(level(1)) { level(2) } else { level(1) });
        proptest::prop_assert!(sheet != Sheet::new(other));
        // An item beyond the bank has no answer.
        proptest::prop_assert_eq!(sheet.answer(item(Component::Values, 99)), None);
    }
}

#[test]
fn spreads_count_each_answer_per_statement_over_the_counted() {
    let dk = Some(Answer::DontKnow);
    let mut left_out = respondent(1, [Some(level(1)); 5]);
    left_out.included = false;
    let people = [
        respondent(1, [Some(level(2)), dk, None, Some(level(5)), None]),
        respondent(
            2,
            [Some(level(2)), Some(level(4)), None, Some(level(1)), None],
        ),
        respondent(1, [Some(level(5)), dk, None, Some(level(5)), None]),
        left_out,
    ];
    let items: Vec<_> = (0..5).map(|i| item(Component::Values, i)).collect();
    // Column by column over the three counted respondents (the fourth is
    // left out): 2, 2, 5 · ?, 4, ? · nothing · 5, 1, 5 · nothing.
    let expected = [
        Spread {
            levels: [0, 2, 0, 0, 1],
            dont_know: 0,
        },
        Spread {
            levels: [0, 0, 0, 1, 0],
            dont_know: 2,
        },
        Spread::default(),
        Spread {
            levels: [1, 0, 0, 0, 2],
            dont_know: 0,
        },
        Spread::default(),
    ];
    assert_eq!(spreads(&people, &items), expected);
    assert_eq!(expected[1].answered(), 3);
    assert_eq!(expected[1].peak(), 2);
    assert_eq!(Spread::default().peak(), 1, "a bar scale is never zero");
    // Asked in another order, answered in that order.
    let reversed: Vec<_> = items.iter().rev().copied().collect();
    let mut backwards = expected;
    backwards.reverse();
    assert_eq!(spreads(&people, &reversed), backwards);
}
