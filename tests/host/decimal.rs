//! Plain decimal text read as the standard library reads it
//! (`i18n::decimal`), bit for bit, without its float parser.

use rapport::i18n::decimal::parse;

/// Text and the value `str::parse::<f64>` gives it, bit for bit.
fn agrees(text: &str) {
    let ours = parse(text).map(f64::to_bits);
    let std = text.parse::<f64>().ok().map(f64::to_bits);
    assert_eq!(ours, std, "{text}");
}

#[test]
fn reads_plain_decimals_as_the_standard_parser_does() {
    for text in [
        "0",
        "-0",
        "0.0",
        ".5",
        "5.",
        "1",
        "-1",
        "12.5",
        "0.1",
        "0.2",
        "0.3",
        "1234.5678",
        "123456789012345",
        "1234567890123456",
        "9007199254740992",
        "9007199254740993",
        "9007199254740995",
        "9007199254740994.5",
        "18014398509481985",
        "0.1000000000000000055511151231257827",
        "0.30000000000000004",
        "3.141592653589793238462643383279",
        "99999999999999999999",
        "1.7976931348623157",
        "0.00000000000000000000001",
        "123.000000000000000000000000001",
        "4503599627370496.5",
        "4503599627370497.5",
        "2.5",
        "0.000000000000000000000000000000123",
    ] {
        agrees(text);
    }
}

#[test]
fn reads_the_ends_of_the_range() {
    let tiny = format!("0.{}49406564584124654", "0".repeat(323));
    let smallest_normal = format!("0.{}22250738585072014", "0".repeat(307));
    let below_half_tiny = format!("0.{}247", "0".repeat(323));
    let half_tiny = format!("0.{}2470328229206232720882538", "0".repeat(323));
    let huge = format!("17976931348623157{}", "0".repeat(292));
    let too_large = format!("1{}", "0".repeat(309));
    let past_max = format!("17976931348623158{}", "0".repeat(292));
    for text in [
        &tiny,
        &smallest_normal,
        &below_half_tiny,
        &half_tiny,
        &huge,
        &too_large,
        &past_max,
    ] {
        agrees(text);
    }
}

#[test]
fn reads_long_text_quickly_and_rightly() {
    // A pasted cell of a million digits, and text just past the ties'
    // 767 digits with something after the kept ones.
    let million_small = format!("0.{}1", "0".repeat(1_000_000));
    let million_large = format!("{}.5", "9".repeat(400_000));
    let million_in_range = format!("1.{}1", "0".repeat(999_998));
    let past_kept = format!("1.{}1{}1", "0".repeat(799), "0".repeat(50));
    let tie_and_more = format!("9007199254740993.{}1", "0".repeat(900));
    let tie_exactly = format!("9007199254740993.{}", "0".repeat(900));
    let long_whole = format!("{}{}", "1".repeat(900), ".25");
    for text in [
        &million_small,
        &million_large,
        &million_in_range,
        &past_kept,
        &tie_and_more,
        &tie_exactly,
        &long_whole,
    ] {
        agrees(text);
    }
}

#[test]
fn refuses_what_is_not_a_plain_decimal() {
    for text in [
        "", "-", ".", "-.", "1e5", "1.2.3", "+1", " 1", "1 ", "1,5", "--1", "0x1", "inf", "NaN",
        "١",
    ] {
        assert_eq!(parse(text), None, "{text}");
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod random {
    use super::agrees;
    use proptest::prelude::*;
    use rapport::i18n::decimal::parse;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(crate::cases(20_000)))]

        /// Any sign, digits and point read as the standard parser reads them.
        #[test]
        fn agrees_with_the_standard_parser(
            negative in any::<bool>(),
            whole in "[0-9]{0,40}",
            fraction in proptest::option::of("[0-9]{0,40}"),
        ) {
            let mut text = String::new();
            if negative { text.push('-'); }
            text.push_str(&whole);
            if let Some(f) = &fraction { text.push('.'); text.push_str(f); }
            if whole.is_empty() && fraction.as_deref().unwrap_or("").is_empty() {
                prop_assert_eq!(parse(&text), None);
            } else {
                agrees(&text);
            }
        }
    }

    proptest! {
        // Each case reads two texts of some 1,100 digits on the exact path.
        #![proptest_config(ProptestConfig::with_cases(crate::cases(3_000)))]

        /// Every `f64` written out in full reads back as itself, and so do
        /// the points halfway between it and its neighbours (the ties),
        /// which the standard parser rounds to even.
        #[test]
        fn reads_back_every_float_and_the_ties(bits in 0u64..0x7ff0_0000_0000_0000) {
            let x = f64::from_bits(bits);
            agrees(format!("{x:.1100}").trim_end_matches('0'));
            let next = f64::from_bits(bits + 1);
            if next.is_finite() {
                agrees(&halfway(x, next));
            }
        }
    }

    /// The exact decimal halfway between two adjacent floats.
    fn halfway(a: f64, b: f64) -> String {
        // Both have at most 1074 decimals; their exact sum halved
        // has at most one more.
        let sa = format!("{a:.1075}");
        let sb = format!("{b:.1075}");
        let digits = |s: &str| {
            s.replace('.', "")
                .bytes()
                .map(|b| b - b'0')
                .collect::<Vec<u8>>()
        };
        let (da, db) = (digits(&sa), digits(&sb));
        let width = da.len().max(db.len());
        let pad = |d: Vec<u8>| {
            let mut v = vec![0; width - d.len()];
            v.extend(d);
            v
        };
        let (da, db) = (pad(da), pad(db));
        let mut sum = vec![0u8; width + 1];
        let mut carry = 0;
        for i in (0..width).rev() {
            let s = da[i] + db[i] + carry;
            sum[i + 1] = s % 10;
            carry = s / 10;
        }
        sum[0] = carry;
        // Halve, one more decimal.
        let mut half = Vec::with_capacity(sum.len() + 1);
        let mut rest = 0;
        for d in sum.iter().chain(std::iter::once(&0)) {
            let v = rest * 10 + d;
            half.push(v / 2);
            rest = v % 2;
        }
        let point = half.len() - 1076;
        let text: String = half.iter().map(|d| char::from(b'0' + d)).collect();
        format!("{}.{}", &text[..point], &text[point..])
    }
}
