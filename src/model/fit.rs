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
//!
//! Each party also has two OCAI profiles (Cameron and Quinn: six aspects,
//! 100 points split over four culture types, now and preferred). Cells are
//! typed, stepped or pasted as a 6 × 4 block ([`read_block`]); nothing
//! changes a cell but its own edit, so an aspect may not yet sum to 100,
//! and says so. Means per type come from the complete aspects only. Two
//! profiles that differ by 10 points or more on a type are flagged
//! (Cameron and Quinn's rule of thumb): supplier vs client, now and
//! preferred, and each party's now vs its preferred.

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
        // Extended rather than collected: extending inserts key by key,
        // while collecting sorts first with the standard library's stable
        // sort, which only this would link into the fit's download.
        let mut map = BTreeMap::new();
        map.extend(
            Dimension::ALL
                .into_iter()
                .filter_map(|d| Some((d.key().to_owned(), profile.get(d)?))),
        );
        map
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

/// Points a stepper moves by one tap.
pub const OCAI_STEP: f64 = 5.0;

/// The difference in points between two profiles, on one culture type,
/// from which Cameron and Quinn's rule of thumb says it is worth
/// discussing: 10 or more.
pub const OCAI_FLAG_POINTS: f64 = 10.0;

/// A cell's points are kept in hundredths, so sums are exact and the four
/// cells of an aspect add up as the user adds them.
const HUNDREDTHS: f64 = 100.0;

/// 100 points, in hundredths.
const FULL: i32 = 10_000;

/// How far an aspect's sum may be from 100 and still count as complete, in
/// hundredths: four survey means rounded to hundredths are at most
/// 4 × 0.005 = 0.02 off their exact sum of 100.
const SUM_TOLERANCE: i32 = 2;

/// A value a cell cannot take: not a number from 0 to 100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OutOfRange;

/// One OCAI profile: for each of the six aspects, up to 100 points split
/// over the four culture types, each cell given or not. Nothing moves a
/// cell but an edit of that cell: an aspect may sum to less or more than
/// 100 while it is being entered, and says so ([`OcaiProfile::remaining`],
/// [`OcaiProfile::is_complete`]).
///
/// Stored as six rows of four numbers (`null` for a cell not given), with
/// decimals to the hundredth; anything else is refused.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<Vec<Option<f64>>>", into = "Vec<[Option<f64>; 4]>")]
pub struct OcaiProfile {
    /// Hundredths of a point, 0 to 10 000, per aspect and culture type.
    cells: [[Option<u16>; 4]; OCAI_ASPECTS],
}

/// `value` in hundredths, if it is a number from 0 to 100.
fn hundredths(value: f64) -> Result<u16, OutOfRange> {
    if value.is_finite() && (0.0..=100.0).contains(&value) {
        // In range, so the rounded value is 0 to 10 000.
        u16::try_from((value * HUNDREDTHS).round() as i64).map_err(|_| OutOfRange)
    } else {
        Err(OutOfRange)
    }
}

impl OcaiProfile {
    /// The points of type `t` on `aspect` (0 to 5), if given.
    pub fn get(&self, aspect: usize, t: CultureType) -> Option<f64> {
        let cell = self.cells.get(aspect)?[t as usize]?;
        Some(f64::from(cell) / HUNDREDTHS)
    }

    /// Sets type `t` on `aspect` to `value`, kept to the hundredth; a value
    /// that is not a number from 0 to 100 is refused and nothing changes.
    /// No other cell changes.
    pub fn set(&mut self, aspect: usize, t: CultureType, value: f64) -> Result<(), OutOfRange> {
        let points = hundredths(value)?;
        let row = self.cells.get_mut(aspect).ok_or(OutOfRange)?;
        row[t as usize] = Some(points);
        Ok(())
    }

    /// Empties type `t` on `aspect`.
    pub fn clear(&mut self, aspect: usize, t: CultureType) {
        if let Some(row) = self.cells.get_mut(aspect) {
            row[t as usize] = None;
        }
    }

    /// Moves type `t` on `aspect` by `delta` points (the steppers), from 0
    /// when empty, kept within 0 to 100. No other cell changes.
    pub fn step(&mut self, aspect: usize, t: CultureType, delta: f64) {
        let now = self.get(aspect, t).unwrap_or(0.0);
        let next = if delta.is_finite() {
            (now + delta).clamp(0.0, 100.0)
        } else {
            now
        };
        // In range by the clamp, so it cannot be refused.
        let _ = self.set(aspect, t, next);
    }

    /// The sum of `aspect`'s cells in hundredths (empty cells count 0).
    fn sum_hundredths(&self, aspect: usize) -> i32 {
        self.cells
            .get(aspect)
            .map_or(0, |row| row.iter().flatten().map(|p| i32::from(*p)).sum())
    }

    /// The points given on `aspect`, empty cells counting 0.
    pub fn sum(&self, aspect: usize) -> f64 {
        f64::from(self.sum_hundredths(aspect)) / HUNDREDTHS
    }

    /// What `aspect` still lacks to 100 (negative when it holds more).
    pub fn remaining(&self, aspect: usize) -> f64 {
        f64::from(FULL - self.sum_hundredths(aspect)) / HUNDREDTHS
    }

    /// Whether no cell of `aspect` is given.
    pub fn aspect_is_empty(&self, aspect: usize) -> bool {
        self.cells
            .get(aspect)
            .is_none_or(|row| row.iter().all(Option::is_none))
    }

    /// Whether `aspect` is given and sums to 100 (within 0.02, the most
    /// that rounding four survey means to hundredths can leave).
    pub fn is_complete(&self, aspect: usize) -> bool {
        !self.aspect_is_empty(aspect) && (self.sum_hundredths(aspect) - FULL).abs() <= SUM_TOLERANCE
    }

    /// How many aspects are complete.
    pub fn complete_aspects(&self) -> usize {
        (0..OCAI_ASPECTS).filter(|a| self.is_complete(*a)).count()
    }

    /// Whether no cell at all is given.
    pub fn is_empty(&self) -> bool {
        (0..OCAI_ASPECTS).all(|a| self.aspect_is_empty(a))
    }

    /// Whether all six aspects are complete.
    pub fn is_whole(&self) -> bool {
        self.complete_aspects() == OCAI_ASPECTS
    }

    /// The mean points of each culture type, in [`CultureType::ALL`]
    /// order, over the complete aspects only: an aspect that does not sum
    /// to 100 is left out rather than guessed at. `None` while no aspect is
    /// complete, so nothing is drawn or compared from it.
    pub fn means(&self) -> Option<[f64; 4]> {
        let complete: Vec<usize> = (0..OCAI_ASPECTS).filter(|a| self.is_complete(*a)).collect();
        if complete.is_empty() {
            return None;
        }
        let mut sums = [0.0; 4];
        for aspect in &complete {
            for (sum, cell) in sums.iter_mut().zip(self.cells[*aspect]) {
                *sum += f64::from(cell.unwrap_or(0)) / HUNDREDTHS;
            }
        }
        Some(sums.map(|s| s / complete.len() as f64))
    }

    /// The profile a whole block gives ([`read_block`]), each value kept
    /// to the hundredth; a value out of range refuses the block.
    pub fn from_block(block: &Block) -> Result<Self, OutOfRange> {
        let mut profile = OcaiProfile::default();
        for (aspect, row) in block.iter().enumerate() {
            for (t, value) in CultureType::ALL.into_iter().zip(row) {
                if let Some(v) = value {
                    profile.set(aspect, t, *v)?;
                }
            }
        }
        Ok(profile)
    }
}

impl TryFrom<Vec<Vec<Option<f64>>>> for OcaiProfile {
    type Error = String;
    fn try_from(rows: Vec<Vec<Option<f64>>>) -> Result<Self, Self::Error> {
        if rows.len() != OCAI_ASPECTS || rows.iter().any(|r| r.len() != 4) {
            return Err("out of range: an OCAI profile is six rows of four".to_owned());
        }
        let mut profile = OcaiProfile::default();
        for (aspect, row) in rows.iter().enumerate() {
            for (t, value) in CultureType::ALL.into_iter().zip(row) {
                if let Some(v) = value {
                    profile
                        .set(aspect, t, *v)
                        .map_err(|_| "out of range: OCAI points are 0 to 100".to_owned())?;
                }
            }
        }
        Ok(profile)
    }
}

impl From<OcaiProfile> for Vec<[Option<f64>; 4]> {
    fn from(profile: OcaiProfile) -> Self {
        profile
            .cells
            .iter()
            .map(|row| row.map(|c| c.map(|p| f64::from(p) / HUNDREDTHS)))
            .collect()
    }
}

/// How many decimals show `value` as kept (to the hundredth): `40`,
/// `37.5`, `22.25`.
pub fn ocai_decimals(value: f64) -> usize {
    let h = (value * HUNDREDTHS).round() as i64;
    if h % 100 == 0 {
        0
    } else if h % 10 == 0 {
        1
    } else {
        2
    }
}

/// When a profile was taken: as the organisation is, or as its people
/// would like it to be in some years (Cameron and Quinn's two columns).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Moment {
    /// The culture today.
    Now,
    /// The culture wanted.
    Preferred,
}

impl Moment {
    /// Both, now first.
    pub const ALL: [Moment; 2] = [Moment::Now, Moment::Preferred];
}

/// One party's two OCAI profiles. Either is left out of what is stored
/// while empty.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Ocai {
    /// The culture now.
    #[serde(skip_serializing_if = "OcaiProfile::is_empty")]
    pub now: OcaiProfile,
    /// The culture preferred.
    #[serde(skip_serializing_if = "OcaiProfile::is_empty")]
    pub preferred: OcaiProfile,
}

impl Ocai {
    /// The profile of `moment`.
    pub fn get(&self, moment: Moment) -> &OcaiProfile {
        match moment {
            Moment::Now => &self.now,
            Moment::Preferred => &self.preferred,
        }
    }

    /// The profile of `moment`, to edit.
    pub fn get_mut(&mut self, moment: Moment) -> &mut OcaiProfile {
        match moment {
            Moment::Now => &mut self.now,
            Moment::Preferred => &mut self.preferred,
        }
    }

    /// Whether both profiles are empty.
    pub fn is_empty(&self) -> bool {
        self.now.is_empty() && self.preferred.is_empty()
    }
}

/// Whether a difference in points between two profiles on one culture
/// type is flagged: 10 or more either way (Cameron and Quinn's rule of
/// thumb). A millionth of slack keeps a difference computed as exactly 10
/// from falling short by a rounding error.
pub fn ocai_flagged(difference: f64) -> bool {
    difference.is_finite() && difference.abs() >= OCAI_FLAG_POINTS - 1e-6
}

/// One of the four profiles of a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ProfileRef {
    /// Whose.
    pub side: Side,
    /// Which.
    pub moment: Moment,
}

/// Two profiles compared type by type.
#[derive(Clone, Debug, PartialEq)]
pub struct OcaiComparison {
    /// The first profile.
    pub from: ProfileRef,
    /// The second profile.
    pub to: ProfileRef,
    /// The second's mean minus the first's, per culture type in
    /// [`CultureType::ALL`] order.
    pub differences: [f64; 4],
    /// Whether either profile has an aspect that is not complete (its
    /// means then leave that aspect out).
    pub incomplete: bool,
}

impl OcaiComparison {
    /// The culture types that differ by 10 points or more, with the
    /// difference.
    pub fn flags(&self) -> Vec<(CultureType, f64)> {
        CultureType::ALL
            .into_iter()
            .zip(self.differences)
            .filter(|(_, d)| ocai_flagged(*d))
            .collect()
    }
}

/// The comparisons a check's OCAI profiles allow, in this order: supplier
/// now vs client now, supplier preferred vs client preferred, then each
/// party's now vs its preferred. A comparison is made only when both of
/// its profiles have a complete aspect.
pub fn ocai_comparisons(check: &FitCheck) -> Vec<OcaiComparison> {
    let r = |side, moment| ProfileRef { side, moment };
    let pairs = [
        (r(Side::Supplier, Moment::Now), r(Side::Client, Moment::Now)),
        (
            r(Side::Supplier, Moment::Preferred),
            r(Side::Client, Moment::Preferred),
        ),
        (
            r(Side::Supplier, Moment::Now),
            r(Side::Supplier, Moment::Preferred),
        ),
        (
            r(Side::Client, Moment::Now),
            r(Side::Client, Moment::Preferred),
        ),
    ];
    pairs
        .into_iter()
        .filter_map(|(from, to)| {
            let a = check.profile(from);
            let b = check.profile(to);
            let (ma, mb) = (a.means()?, b.means()?);
            Some(OcaiComparison {
                from,
                to,
                differences: [0, 1, 2, 3].map(|i| mb[i] - ma[i]),
                incomplete: !a.is_whole() || !b.is_whole(),
            })
        })
        .collect()
}

/// Six rows of four values read from a pasted table (`None` for an empty
/// cell), rows the aspects, columns the culture types in
/// [`CultureType::ALL`] order.
pub type Block = [[Option<f64>; 4]; OCAI_ASPECTS];

/// Why a pasted table cannot fill a profile. Rows and columns count from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockError {
    /// Nothing but spaces.
    Empty,
    /// Not six rows (how many there are).
    Rows(usize),
    /// A row without four cells (which row, how many cells).
    Cells {
        /// The row.
        row: usize,
        /// Its cells.
        found: usize,
    },
    /// A cell that is not a number (where, and why).
    Number {
        /// The row.
        row: usize,
        /// The column.
        column: usize,
        /// Why.
        problem: crate::i18n::number::Problem,
    },
    /// A number outside 0 to 100 (where).
    Range {
        /// The row.
        row: usize,
        /// The column.
        column: usize,
    },
}

/// Reads a 6 × 4 table as a spreadsheet copies it: cells separated by tabs
/// (or by semicolons when there is no tab), one row per line, numbers with
/// a decimal comma or point. The mark is the one the block's own numbers
/// settle ([`crate::i18n::number::guess_mark`]), else `mark` (the UI
/// language's). Blank lines before and after, and empty cells after the
/// fourth (a trailing separator), are ignored; an empty cell among the four
/// is an empty cell. The first problem is reported with where it is.
pub fn read_block(text: &str, mark: crate::i18n::number::Mark) -> Result<Block, BlockError> {
    use crate::i18n::number::{guess_mark, read};
    let separator = if text.contains('\t') { '\t' } else { ';' };
    let lines: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\r')).collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let Some(first) = first else {
        return Err(BlockError::Empty);
    };
    let last = lines
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .unwrap_or(first);
    let rows: Vec<Vec<&str>> = lines[first..=last]
        .iter()
        .map(|line| {
            let mut cells: Vec<&str> = line.split(separator).map(str::trim).collect();
            while cells.len() > 4 && cells.last().is_some_and(|c| c.is_empty()) {
                cells.pop();
            }
            cells
        })
        .collect();
    if rows.len() != OCAI_ASPECTS {
        return Err(BlockError::Rows(rows.len()));
    }
    if let Some((i, row)) = rows.iter().enumerate().find(|(_, r)| r.len() != 4) {
        return Err(BlockError::Cells {
            row: i + 1,
            found: row.len(),
        });
    }
    let mark = guess_mark(rows.iter().flatten().copied()).unwrap_or(mark);
    let mut block: Block = [[None; 4]; OCAI_ASPECTS];
    for (i, row) in rows.iter().enumerate() {
        for (j, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            let value = read(cell, Some(mark)).map_err(|problem| BlockError::Number {
                row: i + 1,
                column: j + 1,
                problem,
            })?;
            if !(0.0..=100.0).contains(&value) {
                return Err(BlockError::Range {
                    row: i + 1,
                    column: j + 1,
                });
            }
            block[i][j] = Some(value);
        }
    }
    Ok(block)
}

/// One side of a fit check: the company's name as the user typed it (empty
/// until then), its answers on the scales and its two OCAI profiles.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Party {
    /// The company's name; the UI shows the role ("Supplier") while empty.
    pub name: String,
    /// The answers on the bipolar scales.
    pub profile: Profile,
    /// The OCAI profiles, now and preferred (left out while both are empty).
    #[serde(skip_serializing_if = "Ocai::is_empty")]
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

    /// One of the four OCAI profiles.
    pub fn profile(&self, which: ProfileRef) -> &OcaiProfile {
        self.party(which.side).ocai.get(which.moment)
    }

    /// One of the four OCAI profiles, to edit.
    pub fn profile_mut(&mut self, which: ProfileRef) -> &mut OcaiProfile {
        self.party_mut(which.side).ocai.get_mut(which.moment)
    }

    /// The comparisons of the OCAI profiles ([`ocai_comparisons`]).
    pub fn ocai_comparisons(&self) -> Vec<OcaiComparison> {
        ocai_comparisons(self)
    }

    /// The comparison of the two parties' answers on the scales.
    pub fn result(&self) -> FitResult {
        compare(&self.supplier.profile, &self.client.profile)
    }
}
