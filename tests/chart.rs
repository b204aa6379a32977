//! Charts drawn into SVG strings on the host.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use plotters::prelude::*;
use rapport::chart::{axis, bars, svg, to_svg};
use rapport::i18n::Locale;

fn chart(title: &str, bars: Vec<(String, f64)>, locale: Locale) -> bars::BarChart {
    bars::BarChart {
        title: title.to_owned(),
        value_label: "%".to_owned(),
        bars,
        locale,
        decimals: 1,
    }
}

fn bar_svg(title: &str, bars: Vec<(String, f64)>) -> String {
    let chart = chart(title, bars, Locale::En);
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
fn escaping_covers_every_special_character() {
    let cases = [
        ("plain", "plain"),
        ("a & b", "a &amp; b"),
        ("<script>", "&lt;script&gt;"),
        (r#"" onload="x"#, "&quot; onload=&quot;x"),
        ("it's", "it&#39;s"),
        ("Год 1 — «Ж»", "Год 1 — «Ж»"),
    ];
    for (text, expected) in cases {
        assert_eq!(svg::escape(text), expected);
    }
}

#[test]
fn labels_title_and_values_are_drawn() {
    let svg = bar_svg(
        "Cost",
        vec![("Year 1".to_owned(), 100.0), ("Year 2".to_owned(), 33.3)],
    );
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    assert!(
        svg.contains(r#"viewBox="0 0 560 320""#),
        "without a viewBox the chart cannot scale"
    );
    for text in [">Cost<", ">Year 1<", ">Year 2<", ">100.0<", ">33.3<", ">%<"] {
        assert!(svg.contains(text), "{text} is missing from {svg}");
    }
    assert_eq!(svg.matches("<svg").count(), 1);
}

#[test]
fn numbers_follow_the_language() {
    let data = chart("t", vec![("a".to_owned(), 1234.5)], Locale::Ru);
    let svg = to_svg(560, 320, |area| bars::draw(area, &data)).unwrap();
    assert!(svg.contains(">1\u{a0}234,5<"), "{svg}");
}

#[test]
fn bad_numbers_never_reach_the_picture() {
    let cases = [
        vec![("a".to_owned(), f64::NAN)],
        vec![("a".to_owned(), f64::INFINITY), ("b".to_owned(), 1.0)],
        vec![("a".to_owned(), -5.0)],
        vec![("a".to_owned(), 0.0)],
        vec![("a".to_owned(), 1e300)],
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

#[test]
fn the_same_chart_draws_into_plotters_own_backend() {
    let data = chart("Generic", vec![("x".to_owned(), 2.0)], Locale::Pl);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (400, 300)).into_drawing_area();
        bars::draw(&root, &data).unwrap();
        root.present().unwrap();
    }
    assert!(out.contains("Generic"));
}

#[test]
fn ticks_are_round_and_cover_the_maximum() {
    let cases: [(f64, usize, &[f64]); 6] = [
        (100.0, 4, &[0.0, 25.0, 50.0, 75.0, 100.0]),
        (33.3, 4, &[0.0, 10.0, 20.0, 30.0, 40.0]),
        (1.0, 5, &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0.0, 4, &[0.0, 0.25, 0.5, 0.75, 1.0]),
        (f64::NAN, 4, &[0.0, 0.25, 0.5, 0.75, 1.0]),
        (950.0, 4, &[0.0, 250.0, 500.0, 750.0, 1000.0]),
    ];
    for (max, target, expected) in cases {
        let ticks = axis::ticks(max, target);
        assert_eq!(ticks.len(), expected.len(), "{max}: {ticks:?}");
        for (t, e) in ticks.iter().zip(expected) {
            assert!((t - e).abs() < 1e-9, "{max}: {ticks:?}");
        }
    }
}

fn radar(values: Vec<Option<f64>>) -> String {
    use rapport::chart::radar::{Look, RadarChart, Series};
    let data = RadarChart {
        title: "Readiness".to_owned(),
        axes: (1..=8).map(|i| format!("Axis {i}")).collect(),
        series: vec![
            Series {
                label: "Target".to_owned(),
                values: vec![Some(80.0); 8],
                look: Look::Outline,
            },
            Series {
                label: "<b>Now</b>".to_owned(),
                values,
                look: Look::Filled,
            },
        ],
        locale: Locale::Pl,
    };
    to_svg(640, 520, |area| rapport::chart::radar::draw(area, &data)).unwrap()
}

#[test]
fn the_radar_draws_every_axis_series_and_ring() {
    let svg = radar(vec![Some(50.0); 8]);
    for i in 1..=8 {
        assert!(svg.contains(&format!(">Axis {i}<")), "axis {i} is missing");
    }
    assert!(svg.contains(">Target<") && svg.contains(">&lt;b&gt;Now&lt;/b&gt;<"));
    assert!(!svg.contains("<b>"), "a series label injected markup");
    for ring in ["20", "40", "60", "80"] {
        assert!(
            svg.contains(&format!(">{ring}<")),
            "ring {ring} is unlabelled"
        );
    }
    assert_eq!(svg.matches("<polygon").count(), 1, "one filled series");
}

#[test]
fn the_radar_survives_missing_and_wild_values() {
    let cases = [
        vec![None; 8],
        vec![Some(f64::NAN); 8],
        vec![
            Some(-40.0),
            Some(400.0),
            Some(f64::INFINITY),
            None,
            Some(0.0),
            Some(100.0),
            None,
            None,
        ],
        vec![Some(10.0)],
        vec![],
    ];
    for values in cases {
        let svg = radar(values.clone());
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{values:?}");
        assert!(svg.ends_with("</svg>"));
    }
}

#[test]
fn the_radar_keeps_values_inside_the_rim() {
    // 400 is drawn at the rim (100), never beyond the outermost ring.
    let at_rim = radar(vec![Some(100.0); 8]);
    let beyond = radar(vec![Some(400.0); 8]);
    assert_eq!(at_rim, beyond);
}

#[test]
fn horizontal_bars_are_labelled_and_safe() {
    use rapport::chart::hbars::{draw, height_for, HBarChart};
    let data = HBarChart {
        title: "Gaps".to_owned(),
        value_label: "points".to_owned(),
        bars: vec![
            ("Values & culture".to_owned(), 55.0),
            ("Strategy".to_owned(), f64::NAN),
            ("<script>".to_owned(), 12.5),
        ],
        locale: Locale::Ru,
        decimals: 1,
    };
    let svg = to_svg(560, height_for(3), |area| draw(area, &data)).unwrap();
    assert!(svg.contains(">Values &amp; culture<") && svg.contains(">&lt;script&gt;<"));
    assert!(svg.contains(">55,0<") && svg.contains(">12,5<"), "{svg}");
    assert!(!svg.contains("NaN"));
    assert!(height_for(8) > height_for(2), "more bars get more room");
}

#[test]
fn long_axis_names_wrap_at_the_space_nearest_their_middle() {
    use rapport::chart::radar::wrap;
    let cases: [(&str, &[&str]); 5] = [
        ("People", &["People"]),
        ("Twelve chars", &["Twelve chars"]),
        ("Knowledge and insight", &["Knowledge", "and insight"]),
        ("Знания и аналитика", &["Знания и", "аналитика"]),
        ("Unbreakablelongname", &["Unbreakablelongname"]),
    ];
    for (label, lines) in cases {
        assert_eq!(wrap(label), lines, "{label}");
    }
}

/// The horizontal extent of each `<text>` in `svg`, estimated as the backend
/// measures (0.56 em a character), with the text.
fn text_extents(svg: &str) -> Vec<(f64, f64, String)> {
    svg.split("<text ")
        .skip(1)
        .map(|rest| {
            let attr = |name: &str| {
                let start = rest.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                let end = start + rest[start..].find('"').unwrap();
                rest[start..end].to_owned()
            };
            let x: f64 = attr("x").parse().unwrap();
            let size: f64 = attr("font-size").parse().unwrap();
            let body = &rest[rest.find('>').unwrap() + 1..rest.find("</text>").unwrap()];
            let width = body.chars().count() as f64 * size * 0.56;
            let (left, right) = match attr("text-anchor").as_str() {
                "start" => (x, x + width),
                "end" => (x - width, x),
                _ => (x - width / 2.0, x + width / 2.0),
            };
            (left, right, body.to_owned())
        })
        .collect()
}

#[test]
fn every_component_name_fits_on_the_radar_in_every_language_and_size() {
    use rapport::chart::radar::{Look, RadarChart, Series};
    for locale in Locale::ALL {
        let t = locale.strings();
        let axes = [
            t.component_values,
            t.component_leadership,
            t.component_strategy,
            t.component_structure,
            t.component_people,
            t.component_technology,
            t.component_knowledge,
            t.component_process,
        ];
        let data = RadarChart {
            title: t.radar_title.to_owned(),
            axes: axes.iter().map(|a| (*a).to_owned()).collect(),
            series: vec![Series {
                label: t.series_current.to_owned(),
                values: vec![Some(100.0); 8],
                look: Look::Filled,
            }],
            locale,
        };
        for (w, h) in [(640, 520), (400, 380)] {
            let svg = to_svg(w, h, |area| rapport::chart::radar::draw(area, &data)).unwrap();
            for (left, right, text) in text_extents(&svg) {
                assert!(
                    left >= 0.0 && right <= f64::from(w),
                    "{} at {w}×{h}: `{text}` spans {left:.0}–{right:.0}",
                    locale.code()
                );
            }
        }
    }
}
