//! Plain decimal text (`-1234.5`) to the nearest `f64`, without the
//! standard library's float parser.
//!
//! `str::parse::<f64>` links core's `dec2flt`, whose table of powers of
//! five is about 12 KB on the wire and high in entropy; every view with a
//! number field or a table download fetched it. The texts the app reads
//! are always plain (the number readers have already taken the marks and
//! spaces out): a sign, digits and at most one point, no exponent. For
//! those, Clinger's fast path is exact whenever the digits fit in 53 bits
//! and there are at most 22 decimals, which covers whatever a person
//! types; anything longer is divided out exactly on small big integers
//! and rounded half to even, so the result is always the one
//! `str::parse::<f64>` gives (`tests/host/decimal.rs` compares the two).

/// Powers of ten that `f64` holds exactly: `10^0` to `10^22`.
const EXACT: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The value of `text`, `-`, digits, at most one `.` with digits on at
/// least one side, or `None` for anything else. Rounded to nearest, ties
/// to even, as `str::parse::<f64>` rounds; too large gives infinity.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    // The significant digits, as one integer, and how many decimals.
    let fraction = fraction.trim_end_matches('0');
    let digits: Vec<u8> = whole
        .bytes()
        .chain(fraction.bytes())
        .skip_while(|b| *b == b'0')
        .map(|b| b - b'0')
        .collect();
    let magnitude = nearest(&digits, fraction.len());
    Some(if negative { -magnitude } else { magnitude })
}

/// The nearest `f64` to `digits` (most significant first, each 0 to 9)
/// divided by `10^decimals`.
fn nearest(digits: &[u8], decimals: usize) -> f64 {
    if digits.is_empty() {
        return 0.0;
    }
    if digits.len() <= 15 && decimals < EXACT.len() {
        // Clinger: both operands exact, so one rounding, the right one.
        let n = digits.iter().fold(0u64, |n, d| n * 10 + u64::from(*d));
        return n as f64 / EXACT[decimals];
    }
    // The value lies in [10^(exponent - 1), 10^exponent).
    let exponent = digits.len() as i64 - decimals as i64;
    if exponent < -323 {
        // Below 10^-324, less than half the least subnormal.
        return 0.0;
    }
    if exponent > 309 {
        // At least 10^309, past the largest float.
        return f64::INFINITY;
    }
    // Long text keeps its first `KEPT` digits and a last 1 for the rest,
    // which is never all zeros (the decimals end in a digit other than 0,
    // and at most 309 digits come before the point): no tie between two
    // floats needs more than 767 digits, so the rounding is the same, and
    // the work stays small whatever is pasted (it grows with the square of
    // the digits). The decimals left are at least 491 for the same reason.
    let kept = digits.len().min(KEPT);
    let dropped = digits.len() - kept;
    let mut short = digits[..kept].to_vec();
    let mut decimals = decimals.saturating_sub(dropped);
    if dropped > 0 {
        short.push(1);
        decimals += 1;
    }
    divide(&Big::from_digits(&short), &Big::power_of_ten(decimals))
}

/// How many significant digits the exact path reads (see `nearest`).
const KEPT: usize = 800;

/// `n / m` rounded to the nearest `f64`, ties to even; `n` and `m` not zero.
fn divide(n: &Big, m: &Big) -> f64 {
    // `2^e <= n / m < 2^(e + 1)`.
    let mut e = n.bits() as i64 - m.bits() as i64;
    if n.cmp_shifted(m, e) == std::cmp::Ordering::Less {
        e -= 1;
    }
    if e > 1023 {
        return f64::INFINITY;
    }
    // The quotient is taken to 53 bits, or fewer below the normal range,
    // where the last bit is worth 2^-1074.
    let scale = (52 - e).min(1074);
    let (mut a, b) = if scale >= 0 {
        (n.shifted(scale as usize), m.clone())
    } else {
        (n.clone(), m.shifted((-scale) as usize))
    };
    let mut q: u64 = 0;
    for bit in (0..=53).rev() {
        let part = b.shifted(bit);
        if a.cmp(&part) != std::cmp::Ordering::Less {
            a.subtract(&part);
            q |= 1 << bit;
        }
    }
    // The remainder against half the divisor decides the rounding.
    let q = match a.shifted(1).cmp(&b) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => q + (q & 1),
        std::cmp::Ordering::Less => q,
    };
    // A normal number's bits are its exponent's plus its 53-bit quotient
    // (whose leading bit carries into the exponent); a subnormal's, the
    // quotient alone. A quotient rounded up to the next power of two lands
    // on the next exponent by the same sum.
    let bits = if scale == 1074 {
        q
    } else {
        (((e + 1022) as u64) << 52) + q
    };
    if bits >= 0x7ff << 52 {
        return f64::INFINITY;
    }
    f64::from_bits(bits)
}

/// A natural number in base 2^32, least significant limb first, no
/// leading zero limbs.
#[derive(Clone, Debug)]
struct Big(Vec<u32>);

impl Big {
    fn from_digits(digits: &[u8]) -> Big {
        let mut big = Big(Vec::new());
        for d in digits {
            big.multiply_add(10, u32::from(*d));
        }
        big
    }

    fn power_of_ten(k: usize) -> Big {
        let mut big = Big(vec![1]);
        for _ in 0..k {
            big.multiply_add(10, 0);
        }
        big
    }

    /// `self * by + add`.
    fn multiply_add(&mut self, by: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(by) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// How many bits: 0 for zero.
    fn bits(&self) -> usize {
        match self.0.last() {
            Some(top) => self.0.len() * 32 - top.leading_zeros() as usize,
            None => 0,
        }
    }

    /// `self * 2^by`.
    fn shifted(&self, by: usize) -> Big {
        let (limbs, bits) = (by / 32, by % 32);
        let mut out = vec![0; limbs];
        // Each limb's bits shifted out of its top start the next one (the
        // sum cannot carry: the shifted limb's low `bits` bits are zero).
        let mut carry = 0u64;
        for limb in &self.0 {
            let wide = (u64::from(*limb) << bits) + carry;
            out.push(wide as u32);
            carry = wide >> 32;
        }
        out.push(carry as u32);
        let mut big = Big(out);
        big.trim();
        big
    }

    /// `self` against `other * 2^by` (`by` may be negative: `self * 2^-by`
    /// against `other`).
    fn cmp_shifted(&self, other: &Big, by: i64) -> std::cmp::Ordering {
        if by >= 0 {
            self.cmp(&other.shifted(by as usize))
        } else {
            self.shifted((-by) as usize).cmp(other)
        }
    }

    fn cmp(&self, other: &Big) -> std::cmp::Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }

    /// `self - other`, for `other <= self`.
    fn subtract(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let v = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            borrow = i64::from(v < 0);
            *limb = v.rem_euclid(1 << 32) as u32;
        }
        self.trim();
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
}
