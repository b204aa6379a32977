//! Cultural fit between a supplier and its client (`shared/domain.md` §3).
//!
//! Each company is placed on bipolar scales from 1 to 5. The fit rule, as
//! the UI shows it:
//! - the gap on a dimension is the distance between the two answers (0–4);
//! - the fit is `100 × (1 − mean gap / 4)` over the dimensions both have
//!   answered;
//! - deal-breakers override the average: a strong deal-maximising culture
//!   (1 or 2 on [`Dimension::DealOrientation`]) facing a relationship-seeking
//!   one (4 or 5) is red, and so are opposite poles (gap 4) on any of
//!   Gordon's dimensions; a gap of 2 or more anywhere is amber;
//! - the verdict: any red, or a fit below 50, means resolve before
//!   investing; a fit of 75 or more with no more than two ambers means go;
//!   anything else means proceed with care.
//!
//! Every rule depends only on the two answers' distance or their lowest and
//! highest, so swapping supplier and client never changes a result.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A culture dimension, answered from 1 (left pole) to 5 (right pole).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    /// Deal-maximising, "win at any cost" (1) ↔ patient relationship building (5).
    DealOrientation,
    /// Short-term, per deal (1) ↔ long-term (5).
    Horizon,
    /// Leaders keep the gains (1) ↔ share them with partners (5).
    GainSharing,
    /// Product-centred (1) ↔ customer-centred strategy (5).
    StrategyFocus,
    /// Zero-sum bargaining (1) ↔ trust and co-operation (5).
    Bargaining,
    /// Market power used to squeeze (1) ↔ to lead partners (5).
    MarketPower,
    /// Serves anyone who pays (1) ↔ chooses partners and declines some (5).
    PartnerChoice,
    /// Frequent reorganisation (1) ↔ stable structure (5).
    Stability,
    /// Meyer: consensual (1) ↔ top-down decisions (5).
    Deciding,
    /// Meyer: task-based (1) ↔ relationship-based trust (5).
    Trusting,
    /// Meyer: open confrontation (1) ↔ avoids confrontation (5).
    Disagreeing,
    /// Meyer: linear time (1) ↔ flexible time (5).
    Scheduling,
}

impl Dimension {
    /// Every dimension: Gordon's first, then Meyer's.
    pub const ALL: [Dimension; 12] = [
        Dimension::DealOrientation,
        Dimension::Horizon,
        Dimension::GainSharing,
        Dimension::StrategyFocus,
        Dimension::Bargaining,
        Dimension::MarketPower,
        Dimension::PartnerChoice,
        Dimension::Stability,
        Dimension::Deciding,
        Dimension::Trusting,
        Dimension::Disagreeing,
        Dimension::Scheduling,
    ];

    /// Whether the dimension comes from Gordon's relationship-marketing
    /// conclusions (where opposite poles break a relationship) rather than
    /// from Meyer's Culture Map (where they call for adaptation).
    pub fn is_gordon(self) -> bool {
        !matches!(
            self,
            Dimension::Deciding
                | Dimension::Trusting
                | Dimension::Disagreeing
                | Dimension::Scheduling
        )
    }

    /// A stable key for storage.
    pub fn key(self) -> &'static str {
        match self {
            Dimension::DealOrientation => "deal_orientation",
            Dimension::Horizon => "horizon",
            Dimension::GainSharing => "gain_sharing",
            Dimension::StrategyFocus => "strategy_focus",
            Dimension::Bargaining => "bargaining",
            Dimension::MarketPower => "market_power",
            Dimension::PartnerChoice => "partner_choice",
            Dimension::Stability => "stability",
            Dimension::Deciding => "deciding",
            Dimension::Trusting => "trusting",
            Dimension::Disagreeing => "disagreeing",
            Dimension::Scheduling => "scheduling",
        }
    }
}

/// One company's answers: a point from 1 to 5 per dimension, or none yet.
/// Stored as a map from each answered dimension's key to its point, so
/// adding or retiring a dimension never moves an answer; keys it does not
/// know are skipped, and a point outside 1–5 is refused.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "BTreeMap<String, u8>", into = "BTreeMap<String, u8>")]
pub struct Profile {
    answers: [Option<u8>; 12],
}

impl Profile {
    /// The answer on `d`, if given.
    pub fn get(&self, d: Dimension) -> Option<u8> {
        self.answers[d as usize]
    }

    /// Sets the answer on `d`; values outside 1–5 are brought into range.
    pub fn set(&mut self, d: Dimension, value: u8) {
        self.answers[d as usize] = Some(value.clamp(1, 5));
    }

    /// Clears the answer on `d`.
    pub fn clear(&mut self, d: Dimension) {
        self.answers[d as usize] = None;
    }
}

impl TryFrom<BTreeMap<String, u8>> for Profile {
    type Error = String;
    fn try_from(map: BTreeMap<String, u8>) -> Result<Self, Self::Error> {
        let mut profile = Profile::default();
        for d in Dimension::ALL {
            if let Some(v) = map.get(d.key()) {
                if !(1..=5).contains(v) {
                    return Err("out of range: a culture answer is between 1 and 5".to_owned());
                }
                profile.set(d, *v);
            }
        }
        Ok(profile)
    }
}

impl From<Profile> for BTreeMap<String, u8> {
    fn from(profile: Profile) -> Self {
        Dimension::ALL
            .into_iter()
            .filter_map(|d| Some((d.key().to_owned(), profile.get(d)?)))
            .collect()
    }
}

/// How serious a gap is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Flag {
    /// A gap of 2 or more: talk about it.
    Amber,
    /// A deal-breaker: resolve it before investing.
    Red,
}

/// The overall recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// The cultures fit: go ahead.
    Go,
    /// Workable, with the flagged gaps managed.
    ProceedWithCare,
    /// Resolve the flagged gaps before either side invests more.
    ResolveBeforeInvesting,
}

/// The comparison on one dimension both companies answered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gap {
    /// The dimension.
    pub dimension: Dimension,
    /// The distance between the answers, 0 to 4.
    pub size: u8,
    /// The flag it raises, if any.
    pub flag: Option<Flag>,
}

/// Everything derived from two profiles.
#[derive(Clone, Debug, PartialEq)]
pub struct FitResult {
    /// One entry per dimension both have answered, in [`Dimension::ALL`] order.
    pub gaps: Vec<Gap>,
    /// The fit from 0 to 100, or `None` when no dimension is answered by both.
    pub score: Option<f64>,
    /// The verdict, or `None` with no score.
    pub verdict: Option<Verdict>,
}

fn flag(d: Dimension, a: u8, b: u8) -> Option<Flag> {
    let (low, high) = (a.min(b), a.max(b));
    let gap = high - low;
    let deal_breaker = d == Dimension::DealOrientation && low <= 2 && high >= 4;
    if deal_breaker || (d.is_gordon() && gap == 4) {
        Some(Flag::Red)
    } else if gap >= 2 {
        Some(Flag::Amber)
    } else {
        None
    }
}

/// Compares two profiles.
pub fn compare(supplier: &Profile, client: &Profile) -> FitResult {
    let gaps: Vec<Gap> = Dimension::ALL
        .into_iter()
        .filter_map(|d| {
            let (a, b) = (supplier.get(d)?, client.get(d)?);
            Some(Gap {
                dimension: d,
                size: a.abs_diff(b),
                flag: flag(d, a, b),
            })
        })
        .collect();
    if gaps.is_empty() {
        return FitResult {
            gaps,
            score: None,
            verdict: None,
        };
    }
    let mean_gap = gaps.iter().map(|g| f64::from(g.size)).sum::<f64>() / gaps.len() as f64;
    let score = 100.0 * (1.0 - mean_gap / 4.0);
    let reds = gaps.iter().filter(|g| g.flag == Some(Flag::Red)).count();
    let ambers = gaps.iter().filter(|g| g.flag == Some(Flag::Amber)).count();
    let verdict = if reds > 0 || score < 50.0 {
        Verdict::ResolveBeforeInvesting
    } else if score >= 75.0 && ambers <= 2 {
        Verdict::Go
    } else {
        Verdict::ProceedWithCare
    };
    FitResult {
        gaps,
        score: Some(score),
        verdict: Some(verdict),
    }
}

/// Cameron and Quinn's four culture types (OCAI).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CultureType {
    /// Collaborate: a family-like place.
    Clan,
    /// Create: dynamic and entrepreneurial.
    Adhocracy,
    /// Compete: results-oriented.
    Market,
    /// Control: structured and formal.
    Hierarchy,
}

impl CultureType {
    /// The four types, in the OCAI's order.
    pub const ALL: [CultureType; 4] = [
        CultureType::Clan,
        CultureType::Adhocracy,
        CultureType::Market,
        CultureType::Hierarchy,
    ];
}

/// The six aspects the OCAI rates.
pub const OCAI_ASPECTS: usize = 6;

/// 100 points split across the four culture types for one aspect; the split
/// always sums to exactly 100, whatever is edited, and stored data that
/// does not is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "[u8; 4]", into = "[u8; 4]")]
pub struct Split {
    points: [u8; 4],
}

impl Default for Split {
    /// An even split, 25 points each.
    fn default() -> Self {
        Split { points: [25; 4] }
    }
}

impl Split {
    /// The points of `t`.
    pub fn get(&self, t: CultureType) -> u8 {
        self.points[t as usize]
    }

    /// The four values, in [`CultureType::ALL`] order.
    pub fn points(&self) -> [u8; 4] {
        self.points
    }

    /// Sets `t` to `value` (at most 100) and spreads the difference over the
    /// other three in proportion to what they hold (evenly when they hold
    /// nothing), so the split still sums to 100 and no value leaves 0–100.
    pub fn set(&mut self, t: CultureType, value: u8) {
        let value = value.min(100);
        let i = t as usize;
        let others: Vec<usize> = (0..4).filter(|j| *j != i).collect();
        let rest = u32::from(100 - value);
        let held: u32 = others.iter().map(|j| u32::from(self.points[*j])).sum();
        // Largest-remainder rounding keeps the sum exact.
        let mut shares: Vec<(usize, u32, u32)> = others
            .iter()
            .map(|j| {
                let weight = if held == 0 {
                    1
                } else {
                    u32::from(self.points[*j])
                };
                let total = if held == 0 { 3 } else { held };
                let exact = rest * weight;
                (*j, exact / total, exact % total)
            })
            .collect();
        let assigned: u32 = shares.iter().map(|(_, q, _)| q).sum();
        let mut left = rest - assigned;
        shares.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        for share in shares.iter_mut() {
            if left == 0 {
                break;
            }
            share.1 += 1;
            left -= 1;
        }
        self.points[i] = value;
        for (j, q, _) in shares {
            // Each share is at most `rest`, which is at most 100.
            self.points[j] = u8::try_from(q).unwrap_or(100);
        }
    }

    /// Moves `t` by `delta` points (for ± buttons), within 0 to 100.
    pub fn adjust(&mut self, t: CultureType, delta: i16) {
        let value = (i16::from(self.get(t)) + delta).clamp(0, 100);
        self.set(t, u8::try_from(value).unwrap_or(0));
    }
}

impl TryFrom<[u8; 4]> for Split {
    type Error = String;
    fn try_from(points: [u8; 4]) -> Result<Self, Self::Error> {
        if points.iter().map(|p| u32::from(*p)).sum::<u32>() == 100 {
            Ok(Split { points })
        } else {
            Err("out of range: an OCAI split sums to 100".to_owned())
        }
    }
}

impl From<Split> for [u8; 4] {
    fn from(split: Split) -> Self {
        split.points
    }
}

/// One company's OCAI profile: a split per aspect.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Ocai {
    /// The six aspects' splits.
    pub aspects: [Split; OCAI_ASPECTS],
}

impl Ocai {
    /// The mean points of each culture type over the six aspects, in
    /// [`CultureType::ALL`] order: the profile the kite chart draws.
    pub fn profile(&self) -> [f64; 4] {
        let mut sums = [0.0; 4];
        for aspect in &self.aspects {
            for (sum, p) in sums.iter_mut().zip(aspect.points()) {
                *sum += f64::from(p);
            }
        }
        sums.map(|s| s / OCAI_ASPECTS as f64)
    }
}

/// One side of a fit check: the company's name as the user typed it (empty
/// until then) and its two profiles.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Party {
    /// The company's name; the UI shows the role ("Supplier") while empty.
    pub name: String,
    /// The answers on the bipolar scales.
    pub profile: Profile,
    /// The OCAI profile.
    pub ocai: Ocai,
}

/// Which side of a fit check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// The company that sells.
    Supplier,
    /// The company that buys.
    Client,
}

impl Side {
    /// Both sides, supplier first.
    pub const ALL: [Side; 2] = [Side::Supplier, Side::Client];
}

/// A cultural-fit check between a supplier and its client: the inputs only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FitCheck {
    /// The supplier.
    pub supplier: Party,
    /// The client.
    pub client: Party,
}

impl FitCheck {
    /// One side.
    pub fn party(&self, side: Side) -> &Party {
        match side {
            Side::Supplier => &self.supplier,
            Side::Client => &self.client,
        }
    }

    /// One side, to edit.
    pub fn party_mut(&mut self, side: Side) -> &mut Party {
        match side {
            Side::Supplier => &mut self.supplier,
            Side::Client => &mut self.client,
        }
    }

    /// The comparison of the two profiles.
    pub fn result(&self) -> FitResult {
        compare(&self.supplier.profile, &self.client.profile)
    }
}
