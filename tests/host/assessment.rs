//! Readiness scoring: table-driven cases and properties that hold for all
//! answers.

use proptest::prelude::*;
use rapport::model::assessment::{
    deltas, Answer, Answers, Assessment, Band, Item, Level, Tier, Weight, ITEMS_PER_COMPONENT,
};
use rapport::model::components::Component;

fn level(n: u8) -> Answer {
    Answer::Level(Level::new(n).unwrap())
}

/// Answers every item of every component with `answer`.
fn all(answer: Answer) -> Answers {
    let mut a = Answers::default();
    for item in Item::all() {
        a.set_answer(item, answer);
    }
    a
}

/// Answers the items of one component in order.
fn component(c: Component, answers: &[Option<Answer>]) -> Answers {
    let mut a = Answers::default();
    for (item, answer) in Item::of(c).zip(answers) {
        if let Some(answer) = answer {
            a.set_answer(item, *answer);
        }
    }
    a
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

#[test]
fn the_bank_has_five_items_per_component_and_stable_keys() {
    assert_eq!(Item::all().count(), 40);
    assert_eq!(ITEMS_PER_COMPONENT, 5);
    let first = Item {
        component: Component::Values,
        index: 0,
    };
    let last = Item {
        component: Component::Process,
        index: 4,
    };
    assert_eq!(first.key(), "values.1");
    assert_eq!(last.key(), "process.5");
    for c in Component::ALL {
        assert_eq!(Component::from_key(c.key()), Some(c));
    }
    // Answers are kept by position: each component's is its place in ALL.
    for (i, c) in Component::ALL.into_iter().enumerate() {
        assert_eq!(c.position(), i, "{c:?}");
    }
}

#[test]
fn whole_assessments() {
    let cases = [
        ("all 5", all(level(5)), Some(100.0)),
        ("all 1", all(level(1)), Some(0.0)),
        ("all 3", all(level(3)), Some(50.0)),
        ("all don't know", all(Answer::DontKnow), None),
        ("nothing answered", Answers::default(), None),
    ];
    for (name, answers, expected) in cases {
        let r = answers.results();
        assert!(close(r.index, expected), "{name}: {:?}", r.index);
        for c in &r.components {
            assert!(close(c.score, expected), "{name}: {c:?}");
        }
    }
}

#[test]
fn component_scores_from_mixed_and_partial_answers() {
    let dk = Some(Answer::DontKnow);
    let l = |n| Some(level(n));
    /// Answers in order; expected score, answered and "don't know" counts.
    type Case<'a> = (&'a [Option<Answer>], Option<f64>, usize, usize);
    let cases: [Case; 7] = [
        (&[l(1), l(2), l(3), l(4), l(5)], Some(50.0), 5, 0),
        (&[l(5), l(4), None, None, None], Some(87.5), 2, 0),
        (&[l(2), dk, l(4), dk, dk], Some(50.0), 2, 3),
        (&[dk, dk, dk, dk, dk], None, 0, 5),
        (&[None, None, l(1), None, None], Some(0.0), 1, 0),
        (&[l(5), l(5), l(5), l(4), dk], Some(93.75), 4, 1),
        (&[], None, 0, 0),
    ];
    for (answers, score, answered, dont_know) in cases {
        let r = component(Component::Strategy, answers).results();
        let s = r
            .components
            .iter()
            .find(|c| c.component == Component::Strategy)
            .unwrap();
        assert!(close(s.score, score), "{answers:?}: {:?}", s.score);
        assert_eq!((s.answered, s.dont_know, s.total), (answered, dont_know, 5));
        // With one component scored, the index is its score.
        assert!(close(r.index, score));
    }
}

#[test]
fn the_index_is_the_weighted_mean_of_scored_components() {
    // Values all 5 (100), leadership all 1 (0), the rest unanswered.
    let mut a = component(Component::Values, &[Some(level(5)); 5]);
    for item in Item::of(Component::Leadership) {
        a.set_answer(item, level(1));
    }
    let cases: [(f64, f64, Option<f64>); 6] = [
        (1.0, 1.0, Some(50.0)),
        (3.0, 1.0, Some(75.0)),
        (0.3, 0.1, Some(75.0)),
        (0.0, 1.0, Some(0.0)),
        (1.0, 0.0, Some(100.0)),
        (0.0, 0.0, None),
    ];
    for (wv, wl, expected) in cases {
        a.set_weight(Component::Values, Weight::new(wv).unwrap());
        a.set_weight(Component::Leadership, Weight::new(wl).unwrap());
        let r = a.results();
        assert!(close(r.index, expected), "weights {wv}/{wl}: {:?}", r.index);
        assert!(r.index.is_none_or(|i| i.is_finite()));
    }
}

#[test]
fn weights_refuse_what_is_not_a_finite_non_negative_number() {
    for bad in [-1.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(Weight::new(bad), None, "{bad}");
    }
    for good in [0.0, 0.5, 1.0, 1e6] {
        assert_eq!(Weight::new(good).map(Weight::get), Some(good));
    }
    assert!(serde_json::from_str::<Weight>("-2").is_err());
}

#[test]
fn levels_are_one_to_five_only() {
    assert_eq!(Level::new(0), None);
    assert_eq!(Level::new(6), None);
    assert_eq!(
        Level::ALL.map(Level::points),
        [0.0, 25.0, 50.0, 75.0, 100.0]
    );
    assert!(serde_json::from_str::<Level>("7").is_err());
    assert_eq!(
        serde_json::from_str::<Answer>(r#"{"level":4}"#).unwrap(),
        level(4)
    );
    assert_eq!(
        serde_json::from_str::<Answer>(r#""dont_know""#).unwrap(),
        Answer::DontKnow
    );
}

#[test]
fn bands_and_tiers_have_their_thresholds() {
    let cases = [
        (0.0, Band::NotReady, Tier::Low),
        (39.9, Band::NotReady, Tier::Low),
        (40.0, Band::Emerging, Tier::Middle),
        (59.9, Band::Emerging, Tier::Middle),
        (60.0, Band::Developing, Tier::Middle),
        (79.9, Band::Developing, Tier::Middle),
        (80.0, Band::Ready, Tier::High),
        (100.0, Band::Ready, Tier::High),
    ];
    for (score, band, tier) in cases {
        assert_eq!(Band::of(score), band, "{score}");
        assert_eq!(Tier::of(score), tier, "{score}");
    }
}

#[test]
fn the_weakest_component_is_called_out() {
    let mut a = all(level(4));
    for item in Item::of(Component::Values) {
        a.set_answer(item, level(2));
    }
    assert_eq!(a.results().weakest().unwrap().component, Component::Values);
    // A tie goes to the first in Gordon's order; unscored components are not weakest.
    let mut b = component(Component::People, &[Some(level(1))]);
    b.set_answer(
        Item {
            component: Component::Process,
            index: 0,
        },
        level(1),
    );
    assert_eq!(b.results().weakest().unwrap().component, Component::People);
    assert_eq!(all(Answer::DontKnow).results().weakest(), None);
}

#[test]
fn gaps_rank_by_size_times_weight() {
    // Scores: values 25, strategy 50, people 75; targets default 80.
    let mut a = component(Component::Values, &[Some(level(2))]);
    a.set_answer(
        Item {
            component: Component::Strategy,
            index: 0,
        },
        level(3),
    );
    a.set_answer(
        Item {
            component: Component::People,
            index: 0,
        },
        level(4),
    );
    let order = |a: &Answers| -> Vec<Component> {
        a.results()
            .priorities()
            .iter()
            .map(|c| c.component)
            .collect()
    };
    assert_eq!(
        order(&a),
        [Component::Values, Component::Strategy, Component::People]
    );
    a.set_weight(Component::People, Weight::new(20.0).unwrap());
    assert_eq!(
        order(&a),
        [Component::People, Component::Values, Component::Strategy]
    );
    a.set_target(Component::Strategy, 40);
    assert!(
        !order(&a).contains(&Component::Strategy),
        "a met target is no gap"
    );
    a.set_target(Component::Values, 250);
    assert_eq!(a.target(Component::Values), 100);
    let values = a.results().components[0];
    assert_eq!(values.gap(), Some(75.0));
    assert_eq!(values.priority(), Some(75.0));
}

#[test]
fn snapshots_keep_the_answers_of_their_day() {
    let mut assessment = Assessment::default();
    assessment.current.set_answer(
        Item {
            component: Component::Values,
            index: 0,
        },
        level(2),
    );
    let first = assessment.take_snapshot("2026-01-10", "  Kick-off ");
    assessment.current.set_answer(
        Item {
            component: Component::Values,
            index: 0,
        },
        level(4),
    );
    let second = assessment.take_snapshot("2026-06-10", "");
    assert_ne!(first, second);
    let a = assessment.snapshot(first).unwrap();
    assert_eq!(a.name, "Kick-off");
    let b = assessment.snapshot(second).unwrap();
    let d = deltas(&a.answers.results(), &b.answers.results());
    assert_eq!(d[0], (Component::Values, Some(50.0)));
    assert_eq!(d[1], (Component::Leadership, None));
    assessment.delete_snapshot(first);
    assert!(assessment.snapshot(first).is_none());
    assert_eq!(assessment.take_snapshot("2026-07-01", "x"), second + 1);
}

fn arb_answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::DontKnow)),
        (1u8..=5).prop_map(|n| Some(level(n))),
    ]
}

pub(crate) fn arb_answers() -> impl Strategy<Value = Answers> {
    (
        proptest::collection::vec(arb_answer(), 40),
        proptest::collection::vec(0.0f64..10.0, 8),
    )
        .prop_map(|(answers, weights)| {
            let mut a = Answers::default();
            for (item, answer) in Item::all().zip(answers) {
                if let Some(answer) = answer {
                    a.set_answer(item, answer);
                }
            }
            for (c, w) in Component::ALL.into_iter().zip(weights) {
                a.set_weight(c, Weight::new(w).unwrap());
            }
            a
        })
}

proptest! {
    /// Priorities are the scored components with a gap, the largest first
    /// and in Gordon's order on a tie: what a stable sort of them gives.
    /// Targets in steps of 25 and, in half the cases, equal weights make
    /// ties common.
    #[test]
    fn priorities_rank_as_a_stable_sort_would(
        answers in arb_answers(),
        targets in proptest::collection::vec(0u8..=4, 8),
        equal_weights in any::<bool>(),
    ) {
        let mut answers = answers;
        for (c, t) in Component::ALL.into_iter().zip(targets) {
            answers.set_target(c, t * 25);
            if equal_weights {
                answers.set_weight(c, Weight::new(1.0).unwrap());
            }
        }
        let r = answers.results();
        let mut expected: Vec<_> = r
            .components
            .iter()
            .filter(|c| c.gap().is_some_and(|g| g > 0.0))
            .copied()
            .collect();
        expected.sort_by(|a, b| b.priority().unwrap_or(0.0).total_cmp(&a.priority().unwrap_or(0.0)));
        prop_assert_eq!(r.priorities(), expected);
    }

    #[test]
    fn raising_one_answer_never_lowers_its_component_or_the_index(
        answers in arb_answers(),
        which in 0usize..40,
        from in 1u8..=4,
    ) {
        // The statement is answered below the top in every generated case.
        let item = Item::all().nth(which).unwrap();
        let mut answers = answers;
        answers.set_answer(item, level(from));
        let before = answers.results();
        let mut raised = answers.clone();
        raised.set_answer(item, level(from + 1));
        let after = raised.results();
        let c = Component::ALL.iter().position(|c| *c == item.component).unwrap();
        prop_assert!(after.components[c].score.unwrap() >= before.components[c].score.unwrap());
        prop_assert!(after.index.unwrap_or(0.0) + 1e-9 >= before.index.unwrap_or(0.0));
    }

    #[test]
    fn every_result_is_a_finite_number_from_0_to_100(answers in arb_answers()) {
        let r = answers.results();
        for value in r.components.iter().filter_map(|c| c.score).chain(r.index) {
            prop_assert!(value.is_finite() && (0.0..=100.0).contains(&value));
        }
        for c in &r.components {
            prop_assert!(c.priority().is_none_or(|p| p.is_finite() && p >= 0.0));
        }
    }

    #[test]
    fn answers_survive_storage(
        mut answers in arb_answers(),
        halves in proptest::collection::vec(0u8..=20, 8),
        targets in proptest::collection::vec(0u8..=100, 8),
    ) {
        // The UI offers weights in halves and whole-number targets.
        for ((c, h), t) in Component::ALL.into_iter().zip(halves).zip(targets) {
            answers.set_weight(c, Weight::new(f64::from(h) / 2.0).unwrap());
            answers.set_target(c, t);
        }
        let text = serde_json::to_string(&answers).unwrap();
        prop_assert_eq!(serde_json::from_str::<Answers>(&text).unwrap(), answers);
    }
}

#[test]
fn answers_are_stored_as_numbers_and_the_first_spelling_still_reads() {
    use rapport::model::assessment::{Answer, Level};
    let four = Answer::Level(Level::new(4).unwrap());
    assert_eq!(serde_json::to_string(&four).unwrap(), "4");
    assert_eq!(serde_json::to_string(&Answer::DontKnow).unwrap(), "0");
    // A level alone (a target, say) is written as its number too.
    for level in Level::ALL {
        let text = serde_json::to_string(&level).unwrap();
        assert_eq!(text, level.get().to_string());
        assert_eq!(serde_json::from_str::<Level>(&text).unwrap(), level);
    }
    let cases: [(&str, Option<Answer>); 10] = [
        ("4", Some(four)),
        (r#"{"value":4}"#, None),
        ("0", Some(Answer::DontKnow)),
        (r#"{"level":4}"#, Some(four)),
        (r#""dont_know""#, Some(Answer::DontKnow)),
        ("6", None),
        ("-1", None),
        (r#"{"level":9}"#, None),
        (r#"{"level":4,"extra":1}"#, None),
        (r#""maybe""#, None),
    ];
    for (json, expected) in cases {
        assert_eq!(
            serde_json::from_str::<Answer>(json).ok(),
            expected,
            "{json}"
        );
    }
}

#[test]
fn every_item_s_key_is_the_same_whether_allocated_or_not() {
    use rapport::model::assessment::Item;
    for item in Item::all() {
        assert_eq!(item.key_str(), item.key());
    }
}

#[test]
fn snapshots_with_the_same_day_and_name_are_told_apart() {
    let mut assessment = Assessment::default();
    let a = assessment.take_snapshot("2026-12-02", "Kick-off");
    let b = assessment.take_snapshot("2026-12-02", "Kick-off ");
    let c = assessment.take_snapshot("2026-12-02", "Review");
    let d = assessment.take_snapshot("2026-12-03", "Kick-off");
    let e = assessment.take_snapshot("2026-12-02", "Kick-off");
    // (id, its place among the snapshots sharing its day and name)
    let cases = [
        (a, Some(1)),
        (b, Some(2)),
        (c, None),
        (d, None),
        (e, Some(3)),
    ];
    for (id, twin) in cases {
        assert_eq!(assessment.twin(id), twin, "snapshot {id}");
    }
    assert_eq!(assessment.twin(99), None);
    assessment.snapshots.retain(|s| s.id != b && s.id != e);
    assert_eq!(assessment.twin(a), None, "alone again");
    let f = assessment.take_snapshot("2026-12-02", "Kick-off");
    assert_eq!(
        (assessment.twin(a), assessment.twin(f)),
        (Some(1), Some(2)),
        "two are twins"
    );
}

#[test]
fn items_and_answers_read_back_from_their_form_names_and_values() {
    for item in Item::all() {
        assert_eq!(Item::from_key(&item.key()), Some(item));
    }
    for answer in Level::ALL
        .map(Answer::Level)
        .into_iter()
        .chain([Answer::DontKnow])
    {
        assert_eq!(Answer::from_form_value(&answer.form_value()), Some(answer));
    }
    assert_eq!(Answer::DontKnow.form_value(), "dk");
    assert_eq!(Answer::Level(Level::new(3).unwrap()).form_value(), "3");
    for key in [
        "",
        "values",
        "values.",
        "values.0",
        "values.6",
        "values.+1",
        "values.1.2",
        "Values.1",
        "nothing.1",
        ".1",
        "values.-1",
    ] {
        assert_eq!(Item::from_key(key), None, "{key:?}");
    }
    for value in ["", "0", "6", "+3", "03", "dont_know", "DK", "3 ", "١"] {
        assert_eq!(Answer::from_form_value(value), None, "{value:?}");
    }
}
