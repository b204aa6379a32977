//! Charts drawn into SVG strings on the host.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use rapport::chart::{bars, to_svg};

fn bar_svg(title: &str, bars: Vec<(String, f64)>) -> String {
    let chart = bars::BarChart {
        title: title.to_owned(),
        value_label: "%".to_owned(),
        bars,
    };
    to_svg(560, 320, |area| bars::draw(area, &chart)).unwrap()
}

#[test]
fn user_text_in_labels_is_escaped() {
    let attack = "<img src=x onerror=alert(1)>";
    let svg = bar_svg(attack, vec![(attack.to_owned(), 10.0)]);
    assert!(!svg.contains("<img"), "markup leaked into the SVG");
    assert!(
        svg.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "the label is not shown as text"
    );
}

#[test]
fn labels_and_title_are_drawn() {
    let svg = bar_svg(
        "Cost",
        vec![("Year 1".to_owned(), 100.0), ("Year 2".to_owned(), 33.3)],
    );
    assert!(svg.starts_with("<svg"));
    assert!(
        svg.contains("viewBox"),
        "without a viewBox the chart cannot scale to the screen"
    );
    for text in ["Cost", "Year 1", "Year 2"] {
        assert!(svg.contains(text), "{text} is missing");
    }
}

#[test]
fn bad_numbers_never_reach_the_picture() {
    let cases = [
        vec![("a".to_owned(), f64::NAN)],
        vec![("a".to_owned(), f64::INFINITY), ("b".to_owned(), 1.0)],
        vec![("a".to_owned(), -5.0)],
        vec![("a".to_owned(), 0.0)],
        vec![],
    ];
    for bars in cases {
        let svg = bar_svg("t", bars.clone());
        assert!(
            !svg.contains("NaN") && !svg.contains("inf"),
            "{bars:?} gave {svg}"
        );
    }
}
