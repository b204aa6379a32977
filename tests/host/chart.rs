//! Charts drawn into SVG strings on the host.

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
    let data = chart(
        "Generic",
        vec![("x".to_owned(), 2.0), ("y".to_owned(), 4.0)],
        Locale::Pl,
    );
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (400, 300)).into_drawing_area();
        bars::draw(&root, &data).unwrap();
        root.present().unwrap();
    }
    assert!(out.contains("Generic") && out.contains("\nx\n") && out.contains("\ny\n"));
    // The bars stand on one baseline, the second twice as tall as the first.
    let heights: Vec<f64> = out
        .split("<rect")
        .skip(1)
        .filter_map(|rect| {
            let attr = |name: &str| -> Option<f64> {
                let start = rect.find(&format!(" {name}=\""))? + name.len() + 3;
                rect[start..].split('"').next()?.parse().ok()
            };
            let (w, h) = (attr("width")?, attr("height")?);
            (w < 400.0 && h > 0.0).then_some(h)
        })
        .collect();
    assert!(
        heights.iter().any(|tall| heights
            .iter()
            .any(|short| (tall / short - 2.0).abs() < 0.05)),
        "no bar twice another: {heights:?}\n{out}"
    );
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
    let data = radar_data(values);
    to_svg(640, 520, |area| rapport::chart::radar::draw(area, &data)).unwrap()
}

/// The test radar: eight axes, a target outline and `values` filled.
fn radar_data(values: Vec<Option<f64>>) -> rapport::chart::radar::RadarChart {
    use rapport::chart::radar::{Look, RadarChart, Series};
    RadarChart {
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
        scale: 100.0,
    }
}

/// A radar's frame and series drawn apart, stacked, are the radar drawn
/// whole, for any values and sizes; the frame is the same whatever the
/// values, and the series hold no text (the team view redraws only them).
#[test]
fn a_radar_drawn_in_two_layers_is_the_radar_drawn_whole() {
    use rapport::chart::radar::{draw, draw_frame, draw_series};
    // The frame's picture with the series' drawing inside it.
    fn stack(frame: &str, series: &str) -> String {
        let drawing = series
            .split_once('>')
            .unwrap()
            .1
            .strip_suffix("</svg>")
            .unwrap();
        format!("{}{drawing}</svg>", frame.strip_suffix("</svg>").unwrap())
    }
    type Values = Vec<Option<f64>>;
    let cases: Vec<(Values, (u32, u32))> = vec![
        (vec![Some(50.0); 8], (640, 520)),
        (
            vec![None, Some(f64::NAN), Some(400.0), Some(-3.0)],
            (640, 520),
        ),
        (
            (0..8).map(|i| Some(f64::from(i) * 12.5)).collect(),
            (360, 300),
        ),
        (vec![], (900, 700)),
    ];
    fn frame_of(data: &rapport::chart::radar::RadarChart, size: (u32, u32)) -> String {
        to_svg(size.0, size.1, |area| draw_frame(area, data)).unwrap()
    }
    for (values, size) in cases {
        let data = radar_data(values.clone());
        let whole = to_svg(size.0, size.1, |area| draw(area, &data)).unwrap();
        let frame = frame_of(&data, size);
        let series = to_svg(size.0, size.1, |area| draw_series(area, &data)).unwrap();
        assert_eq!(stack(&frame, &series), whole, "{values:?} at {size:?}");
        assert_eq!(frame, frame_of(&radar_data(vec![Some(1.0); 8]), size));
        assert!(!series.contains("<text"), "{series}");
        // Both series are there: the target's outline and the filled one.
        assert_eq!(series.matches("<polyline").count(), 2, "{series}");
        assert_eq!(series.matches("<polygon").count(), 1, "{series}");
    }
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
fn radar_axes_point_where_the_standard_sine_and_cosine_say() {
    use rapport::chart::radar::direction;
    // Every axis of every radar up to 24 axes (the tools draw 4, 8 and 12),
    // against the standard library's sine and cosine of the same angle,
    // which is itself rounded (to 9e-16 near a full turn).
    for n in 1..=24 {
        for axis in 0..n {
            let angle = std::f64::consts::TAU * axis as f64 / n as f64;
            let (x, y) = direction(axis, n);
            let (sx, sy) = (angle.sin(), -angle.cos());
            assert!(
                (x - sx).abs() < 4e-15 && (y - sy).abs() < 4e-15,
                "axis {axis} of {n}: ({x}, {y}) against ({sx}, {sy})"
            );
            assert!((x * x + y * y - 1.0).abs() < 1e-15, "axis {axis} of {n}");
        }
    }
    // The quarter turns exactly: up, right, down, left.
    let quarters: Vec<(f64, f64)> = (0..4).map(|a| direction(a, 4)).collect();
    assert_eq!(quarters, [(0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)]);
    // An axis past the last goes round; no axes draws one.
    assert_eq!(direction(9, 8), direction(1, 8));
    assert_eq!(direction(0, 0), (0.0, -1.0));
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
            let shown = body
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .replace("&quot;", "\"");
            let width = shown.chars().count() as f64 * size * 0.56;
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
            t.component_values(),
            t.component_leadership(),
            t.component_strategy(),
            t.component_structure(),
            t.component_people(),
            t.component_technology(),
            t.component_knowledge(),
            t.component_process(),
        ];
        let data = RadarChart {
            title: t.radar_title().to_owned(),
            axes: axes.iter().map(|a| (*a).to_owned()).collect(),
            series: vec![Series {
                label: t.series_current().to_owned(),
                values: vec![Some(100.0); 8],
                look: Look::Filled,
            }],
            locale,
            scale: 100.0,
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

fn butterfly(rows: Vec<rapport::chart::butterfly::Row>) -> String {
    use rapport::chart::butterfly::{draw, height_for, ButterflyChart};
    let data = ButterflyChart {
        title: "Fit".to_owned(),
        left_name: "<script>alert(1)</script>".to_owned(),
        right_name: "Client & Co".to_owned(),
        gap_label: "Gap".to_owned(),
        rows,
    };
    let height = height_for(data.rows.len());
    to_svg(640, height, |area| draw(area, &data)).unwrap()
}

#[test]
fn the_butterfly_draws_both_profiles_marks_gaps_and_escapes_names() {
    use rapport::chart::butterfly::{Mark, Row};
    let row = |label: &str, left, right, mark| Row {
        label: label.to_owned(),
        left,
        right,
        mark,
    };
    let svg = butterfly(vec![
        row("Deals or relationships", Some(1), Some(5), Mark::Red),
        row("Horizon", Some(2), Some(4), Mark::Amber),
        row("Deciding", Some(3), Some(3), Mark::Plain),
        row("Trusting", None, Some(2), Mark::Plain),
    ]);
    assert!(svg.contains("&lt;script&gt;") && !svg.contains("<script>"));
    assert!(svg.contains(">Client &amp; Co<"));
    // Gaps where both answered, lettered by flag; none where one is missing.
    for gap in [">4!!<", ">2!<", ">0<"] {
        assert!(svg.contains(gap), "{gap} is missing");
    }
    assert_eq!(svg.matches("<circle").count(), 3);
    // One bar per answer given: three on the left, four on the right.
    assert_eq!(svg.matches("<rect").count() - 1, 7, "{svg}");
}

#[test]
fn the_butterfly_clamps_wild_answers_and_fits_every_scale_name() {
    use rapport::chart::butterfly::{Mark, Row};
    let wild = butterfly(vec![Row {
        label: "x".to_owned(),
        left: Some(200),
        right: Some(0),
        mark: Mark::Red,
    }]);
    let tame = butterfly(vec![Row {
        label: "x".to_owned(),
        left: Some(5),
        right: Some(1),
        mark: Mark::Red,
    }]);
    assert_eq!(wild, tame);
    for locale in Locale::ALL {
        let t = locale.strings();
        let rows = [
            t.component_values(),
            t.component_knowledge(),
            t.radar_title(),
            t.levels_table_caption(),
        ]
        .iter()
        .map(|label| Row {
            label: (*label).to_owned(),
            left: Some(5),
            right: Some(5),
            mark: Mark::Plain,
        })
        .collect();
        let svg = butterfly(rows);
        for (left, right, text) in text_extents(&svg) {
            assert!(
                left >= 0.0 && right <= 640.0,
                "`{text}` spans {left:.0}–{right:.0}"
            );
        }
    }
}

#[test]
fn a_kite_with_a_smaller_scale_reaches_the_rim_sooner() {
    use rapport::chart::radar::{draw, Look, RadarChart, Series};
    let kite = |scale: f64, value: f64| {
        let data = RadarChart {
            title: "OCAI".to_owned(),
            axes: ["Clan", "Adhocracy", "Market", "Hierarchy"]
                .map(str::to_owned)
                .to_vec(),
            series: vec![Series {
                label: "Supplier".to_owned(),
                values: vec![Some(value); 4],
                look: Look::Filled,
            }],
            locale: Locale::En,
            scale,
        };
        let svg = to_svg(400, 380, |area| draw(area, &data)).unwrap();
        svg[svg.find("<polygon").unwrap()..].to_owned()
    };
    assert_eq!(kite(50.0, 50.0), kite(100.0, 100.0));
    assert_eq!(kite(50.0, 80.0), kite(50.0, 50.0), "clamped at the rim");
    assert_eq!(
        kite(f64::NAN, 100.0),
        kite(100.0, 100.0),
        "a bad scale is 100"
    );
}

#[test]
fn long_names_are_shortened_with_an_ellipsis() {
    use rapport::chart::butterfly::shorten;
    assert_eq!(shorten("Acme", 10), "Acme");
    assert_eq!(shorten("Acme Holdings International", 10), "Acme Hold…");
    assert_eq!(shorten("Zakłady Północne", 9), "Zakłady…");
    assert_eq!(shorten("", 3), "");
}

#[test]
fn range_ticks_cover_both_signs_and_include_zero() {
    let cases: [(f64, f64, f64, f64); 4] = [
        (-300.0, 900.0, -500.0, 1000.0),
        (0.0, 0.0, 0.0, 0.2),
        (-50.0, -10.0, -50.0, 0.0),
        (f64::NAN, 80.0, 0.0, 80.0),
    ];
    for (min, max, first, last) in cases {
        let ticks = axis::range_ticks(min, max, 5);
        assert_eq!(
            ticks.first().copied(),
            Some(first),
            "{min}..{max}: {ticks:?}"
        );
        assert_eq!(ticks.last().copied(), Some(last), "{min}..{max}: {ticks:?}");
        assert!(ticks.contains(&0.0), "{ticks:?}");
    }
}

#[test]
fn stacked_bars_draw_negative_and_positive_parts_and_stay_finite() {
    use rapport::chart::stacked::{draw, StackedChart};
    let data = StackedChart {
        title: "Profit".to_owned(),
        value_label: "EUR <per customer>".to_owned(),
        categories: (0..=30).map(|y| y.to_string()).collect(),
        series: vec![
            "Acquisition".to_owned(),
            "Base".to_owned(),
            "Growth".to_owned(),
        ],
        values: (0..=30)
            .map(|y| {
                if y == 0 {
                    vec![-300.0, 0.0, 0.0]
                } else {
                    vec![0.0, 240.0, f64::from(y) * 12.0]
                }
            })
            .chain(std::iter::once(vec![
                f64::NAN,
                f64::INFINITY,
                -f64::INFINITY,
            ]))
            .collect(),
        locale: Locale::Ru,
    };
    let svg = to_svg(640, 360, |area| draw(area, &data)).unwrap();
    assert!(!svg.contains("NaN") && !svg.contains("inf"));
    assert!(svg.contains("EUR &lt;per customer&gt;"));
    assert!(
        svg.contains(">-400<") || svg.contains(">−400<") || svg.contains(">-300<"),
        "a negative tick"
    );
    // Year 0's negative part, and two parts for each later year.
    assert_eq!(
        svg.matches("<rect").count() - 1 - 3,
        1 + 2 * 30,
        "legend swatches + parts"
    );
}

#[test]
fn lines_mark_their_points_and_break_at_bad_values() {
    use rapport::chart::line::{draw, LineChart, Mark, Series};
    let data = LineChart {
        title: "Cumulative".to_owned(),
        value_label: "PLN".to_owned(),
        x_label: "Year".to_owned(),
        xs: (0..=4).map(f64::from).collect(),
        series: vec![Series {
            label: "Today".to_owned(),
            values: vec![-300.0, -100.0, f64::NAN, 150.0, 320.0],
        }],
        marks: vec![Mark {
            x: 3.0,
            label: "Break-even".to_owned(),
        }],
        locale: Locale::Pl,
    };
    let svg = to_svg(640, 320, |area| draw(area, &data)).unwrap();
    assert!(!svg.contains("NaN"));
    assert!(svg.contains(">Break-even<"));
    assert_eq!(dots(&svg), 4, "a dot per finite value");
    let lines = svg
        .split("<polyline")
        .filter(|p| {
            p.split("/>")
                .next()
                .unwrap()
                .contains(r#"stroke-width="3""#)
        })
        .count();
    assert_eq!(lines, 2, "two segments around the gap");
}

#[test]
fn the_loyalty_charts_labels_fit_in_every_language() {
    use rapport::chart::line::{self, LineChart, Mark};
    use rapport::chart::stacked::{self, StackedChart};
    for locale in Locale::ALL {
        let t = locale.strings();
        let stacked = StackedChart {
            title: t.chart_tenure_title().to_owned(),
            value_label: "EUR".to_owned(),
            categories: (0..=30).map(|y| y.to_string()).collect(),
            series: t.cost_lines().iter().map(|s| (*s).to_owned()).collect(),
            values: vec![vec![1e9, 2e9, 3e9, 4e9, -5e9]; 31],
            locale,
        };
        let lines = LineChart {
            title: t.chart_sensitivity_title().to_owned(),
            value_label: "EUR".to_owned(),
            x_label: t.axis_retention().to_owned(),
            xs: (0..=20).map(|i| f64::from(i) * 5.0).collect(),
            series: vec![line::Series {
                label: t.col_clv().to_owned(),
                values: (0..=20).map(|i| f64::from(i) * -1e10).collect(),
            }],
            marks: vec![
                Mark {
                    x: 95.0,
                    label: t.mark_today().to_owned(),
                },
                Mark {
                    x: 100.0,
                    label: t.mark_plus_five().to_owned(),
                },
            ],
            locale,
        };
        for svg in [
            to_svg(640, 400, |area| stacked::draw(area, &stacked)).unwrap(),
            to_svg(640, 340, |area| line::draw(area, &lines)).unwrap(),
        ] {
            for (left, right, text) in text_extents(&svg) {
                assert!(
                    left >= 0.0 && right <= 640.0,
                    "{}: `{text}` spans {left:.0}–{right:.0}",
                    locale.code()
                );
            }
        }
    }
}

fn scatter(
    points: Vec<rapport::chart::scatter::Point>,
    thresholds: (f64, f64),
) -> rapport::chart::scatter::Scatter {
    rapport::chart::scatter::Scatter {
        title: "Matrix".to_owned(),
        x_label: "Revenue <PLN>".to_owned(),
        y_label: "Cost".to_owned(),
        points,
        groups: vec!["Profitable".to_owned(), "Loss & co".to_owned()],
        thresholds,
        quadrants: ["TL", "TR", "BL", "BR"].map(str::to_owned),
        locale: Locale::En,
    }
}

#[test]
fn the_matrix_draws_points_once_per_pixel_thresholds_and_quadrants() {
    use rapport::chart::scatter::{draw, draw_overlay, draw_points, Point};
    let mut points: Vec<Point> = (0..5_000)
        .map(|i| Point {
            x: f64::from(i % 100) * 10.0,
            y: f64::from(i / 100) * 5.0,
            group: usize::from(i % 7 == 0),
        })
        .collect();
    // The same customer twice, and values that must never reach the picture.
    points.push(points[0]);
    points.push(Point {
        x: f64::NAN,
        y: 1.0,
        group: 0,
    });
    points.push(Point {
        x: f64::INFINITY,
        y: f64::NEG_INFINITY,
        group: 1,
    });
    let chart = scatter(points, (500.0, 100.0));
    let layer = to_svg(640, 420, |area| draw_points(area, &chart)).unwrap();
    let drawn = dots(&layer);
    // 100 × 50 distinct positions (a few share a pixel), two legend dots.
    assert!(drawn > 2_000 && drawn <= 5_002, "{drawn} dots");
    // Thousands of dots, yet a handful of elements: one path per group and
    // the two legend dots.
    assert_eq!(layer.matches("<path d=").count(), 2);
    assert_eq!(layer.matches("<circle").count(), 2);
    assert!(!layer.contains("NaN") && !layer.contains("inf"));
    assert!(layer.contains("Revenue &lt;PLN&gt;") && layer.contains("Loss &amp; co"));
    let overlay = to_svg(640, 420, |area| draw_overlay(area, &chart)).unwrap();
    for name in ["TL", "TR", "BL", "BR"] {
        assert!(overlay.contains(&format!(">{name}<")), "{name}");
    }
    // Two threshold lines, no points and no white ground.
    assert_eq!(
        overlay.matches("<polyline").count() + overlay.matches("<path").count(),
        2
    );
    assert!(dots(&overlay) == 0 && !overlay.contains("<rect"));
    // A threshold beyond the data is drawn at the edge; the layers agree
    // on the scale whatever the thresholds.
    let far = scatter(chart.points.clone(), (1e12, -5.0));
    assert_eq!(
        to_svg(640, 420, |area| draw_points(area, &far)).unwrap(),
        layer
    );
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (640, 420)).into_drawing_area();
        draw(&root, &far).unwrap();
    }
    assert!(out.contains("TL"));
}

#[test]
fn an_empty_matrix_still_draws() {
    let chart = scatter(Vec::new(), (0.0, 0.0));
    let svg = to_svg(640, 420, |area| rapport::chart::scatter::draw(area, &chart)).unwrap();
    assert!(svg.contains("Matrix") && !svg.contains("NaN"));
}

/// The dots an SVG shows: each `<circle>`, and each circle of the `<path>`s
/// that the writer makes of dots drawn one after another in one paint.
fn dots(svg: &str) -> usize {
    let in_paths: usize = svg
        .split("<path d=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or("").matches('M').count())
        .sum();
    svg.matches("<circle").count() + in_paths
}

#[test]
fn dots_in_one_paint_are_written_as_one_path_of_circles() {
    use plotters::prelude::*;
    use rapport::chart::svg::SvgWriter;
    let draw = |points: &[((i32, i32), RGBColor)]| {
        let mut out = String::new();
        {
            let root = SvgWriter::new(&mut out, (100, 100)).into_drawing_area();
            for (at, colour) in points {
                root.draw(&Circle::new(*at, 3, colour.filled())).unwrap();
            }
            root.draw(&Circle::new((50, 50), 4, RED.stroke_width(1)))
                .unwrap();
            root.present().unwrap();
        }
        out
    };
    // Three dots in one colour, then one in another: a path of three
    // circles (each from x − r to x + r and back), then a lone circle.
    let svg = draw(&[
        ((10, 20), BLUE),
        ((30, 40), BLUE),
        ((5, 6), BLUE),
        ((70, 80), RED),
    ]);
    assert!(
        svg.contains(r##"<path d="M7 20a3 3 0 1 0 6 0a3 3 0 1 0 -6 0M27 40a3 3 0 1 0 6 0a3 3 0 1 0 -6 0M2 6a3 3 0 1 0 6 0a3 3 0 1 0 -6 0" fill="#0000ff"/>"##),
        "{svg}"
    );
    assert!(
        svg.contains(r##"<circle cx="70" cy="80" r="3" fill="#ff0000"/>"##),
        "{svg}"
    );
    // Dots of one colour but different sizes share the path, each with its
    // own arcs; a dot past the left edge starts at a negative x.
    let mut mixed = String::new();
    {
        let root = SvgWriter::new(&mut mixed, (100, 100)).into_drawing_area();
        for (at, r) in [((10, 20), 3), ((1, 2), 5), ((30, 40), 3)] {
            root.draw(&Circle::new(at, r, BLUE.filled())).unwrap();
        }
        root.present().unwrap();
    }
    assert!(
        mixed.contains(r##"<path d="M7 20a3 3 0 1 0 6 0a3 3 0 1 0 -6 0M-4 2a5 5 0 1 0 10 0a5 5 0 1 0 -10 0M27 40a3 3 0 1 0 6 0a3 3 0 1 0 -6 0" fill="#0000ff"/>"##),
        "{mixed}"
    );
    // An outline is never merged, and every dot is written before the end.
    assert!(
        svg.contains(r#"<circle cx="50" cy="50" r="4" fill="none""#),
        "{svg}"
    );
    assert_eq!(dots(&svg), 5);
    assert!(svg.ends_with("</svg>"));
    // Interleaved colours keep their order: nothing is drawn out of turn.
    let svg = draw(&[((10, 10), BLUE), ((20, 20), RED), ((30, 30), BLUE)]);
    assert_eq!(svg.matches("<circle").count(), 4, "{svg}");
}

/// The team radar's three series as the workshop names them: the range
/// twice (highest and lowest), then the mean.
fn team_like(range: &str, mean: &str) -> Vec<rapport::chart::radar::Series> {
    use rapport::chart::radar::{Look, Series};
    [
        (range, Look::Outline),
        (range, Look::Faint),
        (mean, Look::Filled),
    ]
    .map(|(label, look)| Series {
        label: label.to_owned(),
        values: vec![Some(50.0); 8],
        look,
    })
    .to_vec()
}

#[test]
fn radar_legend_entries_are_unique() {
    use rapport::chart::radar::{draw, legend, Look, RadarChart};
    let series = team_like("Range", "Mean");
    let entries = legend(&series, 640);
    let labels: Vec<&str> = entries.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(labels, ["Range", "Mean"]);
    // The range's entry shows both of its outlines.
    assert_eq!(entries[0].looks, [Look::Outline, Look::Faint]);
    // And the drawing writes each label once.
    let data = RadarChart {
        title: "Team".to_owned(),
        axes: (1..=8).map(|i| format!("Axis {i}")).collect(),
        series,
        locale: Locale::En,
        scale: 100.0,
    };
    let svg = to_svg(640, 520, |area| draw(area, &data)).unwrap();
    assert_eq!(svg.matches(">Range<").count(), 1, "{svg}");
    assert_eq!(svg.matches(">Mean<").count(), 1);
}

#[test]
fn radar_legend_entries_never_overlap_or_leave_the_picture() {
    use rapport::chart::radar::legend;
    let long = "Диапазон баллов команды от наименьшего до наибольшего";
    let cases = [
        (team_like("Range", "Mean"), 640),
        (team_like("Zakres", "Średnia"), 320),
        (team_like(long, "Среднее"), 640),
        (team_like(long, long), 480),
    ];
    for (series, width) in cases {
        let entries = legend(&series, width);
        let labels: Vec<&str> = entries.iter().map(|e| e.label.as_str()).collect();
        let mut unique = labels.clone();
        unique.dedup();
        assert_eq!(labels, unique, "labels repeat at {width}");
        for (i, a) in entries.iter().enumerate() {
            // Inside the margins unless an entry is alone on its row.
            let alone = entries.iter().filter(|e| e.row == a.row).count() == 1;
            assert!(
                a.x >= 16 && (alone || a.x + a.width <= width - 16),
                "{a:?} at {width}"
            );
            for b in &entries[i + 1..] {
                let apart = a.row != b.row || a.x + a.width <= b.x || b.x + b.width <= a.x;
                assert!(apart, "{a:?} overlaps {b:?} at {width}");
            }
        }
    }
}

/// Checks that `entries` keep apart, inside the margins of a chart `width`
/// pixels wide, each label once, and that their widths are the chart's own
/// estimate of their swatches and text.
fn assert_legend_laid_out(entries: &[rapport::chart::radar::LegendEntry], width: i32) {
    use rapport::chart::radar::legend_text_width;
    for (i, a) in entries.iter().enumerate() {
        // Swatches 18 px each with 4 px between, 6 px before the text.
        let swatches = a.looks.len() as i32 * 22 - 4;
        assert_eq!(a.width, swatches + 6 + legend_text_width(&a.text), "{a:?}");
        assert!(
            a.x >= 16 && a.x + a.width <= width - 16,
            "{a:?} leaves {width}"
        );
        for b in &entries[i + 1..] {
            assert_ne!(a.label, b.label, "one entry per label");
            let apart = a.row != b.row || a.x + a.width <= b.x || b.x + b.width <= a.x;
            assert!(apart, "{a:?} overlaps {b:?} at {width}");
        }
    }
}

#[test]
fn a_legend_label_too_long_for_its_row_is_cut_with_an_ellipsis() {
    use rapport::chart::radar::{draw, legend, legend_text_width, Look, RadarChart, Series};
    let long = "Снимок <после> второго воркшопа с отделом продаж & закупок ".repeat(3);
    let series = vec![
        Series {
            label: long.clone(),
            values: vec![Some(40.0); 8],
            look: Look::Faint,
        },
        Series {
            label: "Current answers".to_owned(),
            values: vec![Some(60.0); 8],
            look: Look::Filled,
        },
    ];
    let entries = legend(&series, 640);
    assert_legend_laid_out(&entries, 640);
    // Room for the text: 640 − 2 × 16 margins − 18 swatch − 6 gap = 584 px.
    assert!(entries[0].text.ends_with('\u{2026}'), "{:?}", entries[0]);
    assert!(legend_text_width(&entries[0].text) <= 584);
    assert!(long.starts_with(entries[0].text.trim_end_matches('\u{2026}')));
    // A label that fits is drawn whole, on the next row.
    assert_eq!(entries[1].text, "Current answers");
    assert_eq!(entries[1].row, 1);
    // The drawing writes the shortened text, escaped, never the long one.
    let data = RadarChart {
        title: "Snapshots".to_owned(),
        axes: (1..=8).map(|i| format!("Axis {i}")).collect(),
        series,
        locale: Locale::Ru,
        scale: 100.0,
    };
    let svg = to_svg(640, 520, |area| draw(area, &data)).unwrap();
    let cut = svg::escape(&entries[0].text);
    assert!(svg.contains(&format!(">{cut}<")), "{svg}");
    assert!(!svg.contains(&svg::escape(long.trim())));
    // The radar's own `to_svg` gives the cut label its full name, escaped,
    // in a <title>; the label drawn whole has none.
    let titled = rapport::chart::radar::to_svg(640, 520, &data).unwrap();
    let title = format!("<title>{}</title>{cut}</text>", svg::escape(&long));
    assert!(titled.contains(&title), "{titled}");
    assert_eq!(titled.matches("<title>").count(), 1);
    assert!(!titled.contains("<после>"));
    assert_eq!(
        titled.replace(&format!("<title>{}</title>", svg::escape(&long)), ""),
        svg
    );
}

proptest::proptest! {
    /// Any number of entries with names of any length, in any of the three
    /// scripts, in a chart from a phone's width to a page's: no two legend
    /// entries' boxes intersect and none leaves the picture.
    #[test]
    fn radar_legend_entries_never_overlap_for_any_names(
        names in proptest::collection::vec(
            proptest::string::string_regex("[A-Za-zĄąĘęŁłŚśŻżЖжЩщЮюЁё0-9 ·()]{0,90}").unwrap(),
            0..12,
        ),
        looks in proptest::collection::vec(0..3_u8, 12),
        width in 200_i32..900,
    ) {
        use rapport::chart::radar::{legend, Look, Series};
        let series: Vec<Series> = names
            .iter()
            .zip(&looks)
            .map(|(name, look)| Series {
                label: name.clone(),
                values: vec![Some(50.0); 8],
                look: [Look::Filled, Look::Outline, Look::Faint][usize::from(*look)],
            })
            .collect();
        let entries = legend(&series, width);
        assert_legend_laid_out(&entries, width);
    }
}

proptest::proptest! {
    /// The matrix's record of cells already dotted answers as a set would,
    /// inside the chart, outside it (negative, past the edge) and for a
    /// group it was not told about.
    #[test]
    fn taken_cells_answer_as_a_set_would(
        cells in proptest::collection::vec(((-3i32..14, -3i32..10), 0usize..4), 0..200),
    ) {
        let mut taken = rapport::chart::scatter::Cells::new((20, 14), 3);
        let mut set = std::collections::HashSet::new();
        for (cell, group) in cells {
            proptest::prop_assert_eq!(taken.insert(cell, group), set.insert((cell, group)), "{:?} {}", cell, group);
        }
    }
}
