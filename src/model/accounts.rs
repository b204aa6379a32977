//! Key-account strategy (`shared/domain.md` §4–§6 and §8): which customers
//! deserve a relationship, at which level, with which bonds, and the
//! programme that serves them.
//!
//! The stored inputs are a [`Portfolio`]: the client's customers (name,
//! revenue, gross margin as a percentage or an amount, cost to serve,
//! optionally years as a customer and growth), the matrix thresholds when
//! the user moved them, the client's current level per segment, and the
//! key accounts with their bonds and plans. Everything else is derived
//! here: profit per customer (gross profit − cost to serve), the whale
//! curve (Kaplan and Cooper), the revenue × cost-to-serve matrix with
//! seed 002's four types (after Shapiro et al., HBR 1987), suggested key
//! customers, Kotler's table applied per segment, progress through the
//! five steps, and a [`Summary`] for the report. Importing a customer list
//! (`csv::read`, then [`ImportPlan`]) also lives here, since recognising
//! columns and checking values are rules of the method.

use super::levels::{recommended, CustomerCount, Level, Margin as MarginBand};
use crate::csv::read::{Delimiter, LineProblem, Table};
use crate::i18n::case;
use crate::i18n::number::{self, Mark};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::ops::Deref;
use std::sync::Arc;

/// The most customers a portfolio holds: a client's list from a CRM, kept
/// in the browser's local storage.
pub const MAX_CUSTOMERS: usize = 5_000;

/// The largest file read, checked before reading: 5,000 customers with
/// long names and every column stay far below it.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// The largest amount accepted (revenue, margin, cost to serve): beyond it
/// sums over 5,000 customers would stop being exact to the unit.
pub const MAX_AMOUNT: f64 = 1e12;

/// A customer's gross margin, as the client's file gives it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum GrossMargin {
    /// A percentage of revenue (−100 to 100).
    #[serde(rename = "p")]
    Percent(f64),
    /// An amount in the engagement's currency.
    #[serde(rename = "a")]
    Amount(f64),
}

impl Default for GrossMargin {
    fn default() -> Self {
        GrossMargin::Percent(0.0)
    }
}

/// One customer of the client, as entered or imported. Keys are one
/// letter: a list of 5,000 customers must fit in local storage beside the
/// rest of the work (about 60 bytes a customer).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Customer {
    /// Stable within the portfolio, so key accounts keep their customer
    /// when the list is edited or re-imported.
    #[serde(rename = "i")]
    pub id: u32,
    /// The customer's name.
    #[serde(rename = "n")]
    pub name: String,
    /// Revenue from the customer in a year.
    #[serde(rename = "r")]
    pub revenue: f64,
    /// Gross margin on that revenue.
    #[serde(rename = "m")]
    pub margin: GrossMargin,
    /// What serving the customer costs in a year (sales calls, service,
    /// delivery, support).
    #[serde(rename = "c")]
    pub cost_to_serve: f64,
    /// Years as a customer, if known.
    #[serde(rename = "y", skip_serializing_if = "Option::is_none")]
    pub years: Option<f64>,
    /// Revenue growth in % a year, if known.
    #[serde(rename = "g", skip_serializing_if = "Option::is_none")]
    pub growth: Option<f64>,
}

/// A value of a customer that is out of its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The name.
    Name,
    /// Revenue.
    Revenue,
    /// Gross margin, %.
    MarginPercent,
    /// Gross margin, amount.
    MarginAmount,
    /// Cost to serve.
    CostToServe,
    /// Years as a customer.
    Years,
    /// Growth, % a year.
    Growth,
}

impl Field {
    /// Every column a customer list can have, in the order forms show them,
    /// which is also the order declared: `field as usize` is its place here.
    pub const ALL: [Field; 7] = [
        Field::Name,
        Field::Revenue,
        Field::MarginPercent,
        Field::MarginAmount,
        Field::CostToServe,
        Field::Years,
        Field::Growth,
    ];

    /// The range a value of this field must lie in (names have none).
    pub fn range(self) -> (f64, f64) {
        match self {
            Field::Name => (0.0, 0.0),
            Field::Revenue | Field::CostToServe => (0.0, MAX_AMOUNT),
            Field::MarginPercent => (-100.0, 100.0),
            Field::MarginAmount => (-MAX_AMOUNT, MAX_AMOUNT),
            Field::Years => (0.0, 200.0),
            Field::Growth => (-100.0, 1000.0),
        }
    }

    /// `value` if it is finite and in range.
    pub fn check(self, value: f64) -> Result<f64, Field> {
        let (low, high) = self.range();
        if value.is_finite() && (low..=high).contains(&value) {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl Customer {
    /// A customer from checked values: a name, and every number finite and
    /// in its field's range; the first field that is not, otherwise.
    pub fn new(
        name: &str,
        revenue: f64,
        margin: GrossMargin,
        cost_to_serve: f64,
        years: Option<f64>,
        growth: Option<f64>,
    ) -> Result<Customer, Field> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Field::Name);
        }
        let margin = match margin {
            GrossMargin::Percent(p) => GrossMargin::Percent(Field::MarginPercent.check(p)?),
            GrossMargin::Amount(a) => GrossMargin::Amount(Field::MarginAmount.check(a)?),
        };
        Ok(Customer {
            id: 0,
            name: name.chars().take(120).collect(),
            revenue: Field::Revenue.check(revenue)?,
            margin,
            cost_to_serve: Field::CostToServe.check(cost_to_serve)?,
            years: years.map(|y| Field::Years.check(y)).transpose()?,
            growth: growth.map(|g| Field::Growth.check(g)).transpose()?,
        })
    }

    /// Gross profit: revenue × margin % ÷ 100, or the margin amount.
    pub fn gross_profit(&self) -> f64 {
        match self.margin {
            GrossMargin::Percent(p) => self.revenue * p / 100.0,
            GrossMargin::Amount(a) => a,
        }
    }

    /// Profit from the customer: gross profit − cost to serve.
    pub fn profit(&self) -> f64 {
        self.gross_profit() - self.cost_to_serve
    }
}

/// The customer types of seed 002 on the revenue × cost-to-serve matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Large revenue, low cost to serve: high profit; worth a relationship.
    SleepingGiant,
    /// Large revenue, high cost to keep: profit comparable to a few small
    /// customers; invest only where keeping them brings more than it costs.
    DemandingBig,
    /// Small revenue: a transactional approach may pay better.
    Small,
    /// Profit below zero, wherever the customer sits.
    LossMaker,
}

impl Kind {
    /// Every type, in the order the tool lists them.
    pub const ALL: [Kind; 4] = [
        Kind::SleepingGiant,
        Kind::DemandingBig,
        Kind::Small,
        Kind::LossMaker,
    ];
}

/// Where the matrix divides large from small revenue and low from high
/// cost to serve. `None` is the portfolio's median, until the user sets a
/// value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Thresholds {
    /// Revenue from which a customer counts as large.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revenue: Option<f64>,
    /// Cost to serve from which a customer counts as costly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
}

impl Thresholds {
    /// The thresholds in force: those set, and for each one not set its
    /// median from `medians` (asked only when needed: it sorts the list).
    pub fn in_force(&self, medians: impl FnOnce() -> (f64, f64)) -> (f64, f64) {
        match (self.revenue, self.cost) {
            (Some(r), Some(c)) => (r, c),
            (r, c) => {
                let (mr, mc) = medians();
                (r.unwrap_or(mr), c.unwrap_or(mc))
            }
        }
    }
}

/// The type of a customer with `revenue`, `cost` and `profit` for the
/// thresholds (revenue, cost). A customer losing money is a loss-maker
/// wherever it sits; otherwise revenue at or above the threshold is large,
/// and cost at or above it is high (ties go up, so a threshold set at a
/// customer's value puts it on the side the user pointed at).
pub fn classify(revenue: f64, cost: f64, profit: f64, thresholds: (f64, f64)) -> Kind {
    if profit < 0.0 {
        Kind::LossMaker
    } else if revenue < thresholds.0 {
        Kind::Small
    } else if cost < thresholds.1 {
        Kind::SleepingGiant
    } else {
        Kind::DemandingBig
    }
}

/// The median of `values` (the mean of the middle two for an even count);
/// 0 for none.
pub fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    // Selecting the middle is linear; sorting 5,000 values for it was most
    // of the time an import took to set its thresholds.
    let (mid, odd) = (values.len() / 2, values.len() % 2 == 1);
    let (below, middle, _) = values.select_nth_unstable_by(mid, f64::total_cmp);
    let middle = *middle;
    if odd {
        middle
    } else {
        // The largest of the lower half is the other middle value.
        let other = below
            .iter()
            .copied()
            .max_by(f64::total_cmp)
            .unwrap_or(middle);
        (other + middle) / 2.0
    }
}

/// Ranks `(position, value)` pairs: the highest value first, ties in list
/// order (a total order, as [`first_by`] needs).
pub fn highest_first(a: &(usize, f64), b: &(usize, f64)) -> std::cmp::Ordering {
    b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
}

/// The first `n` of `items` in the order of `compare`, in that order: what a
/// full sort would give, in linear time plus a sort of the `n` (for the few
/// suggested key customers and the first cards among thousands).
/// `compare` must be a total order (break ties) for the result to be that
/// of a sort.
pub fn first_by<T>(
    mut items: Vec<T>,
    n: usize,
    compare: impl Fn(&T, &T) -> std::cmp::Ordering,
) -> Vec<T> {
    let keep = n.min(items.len());
    if keep > 0 {
        items.select_nth_unstable_by(keep - 1, &compare);
    }
    items.truncate(keep);
    items.sort_unstable_by(compare);
    items
}

/// The medians of revenue and of cost to serve: the thresholds until the
/// user sets them.
pub fn medians(customers: &[Customer]) -> (f64, f64) {
    (
        median(customers.iter().map(|c| c.revenue).collect()),
        median(customers.iter().map(|c| c.cost_to_serve).collect()),
    )
}

/// Profit and type of every one of `customers` at `thresholds` (revenue,
/// cost to serve), and totals per type. A free function so that a view can
/// reclassify when only a threshold moved, without copying the list.
pub fn matrix_of(customers: &[Customer], thresholds: (f64, f64)) -> Matrix {
    let mut totals = [KindTotals::default(); 4];
    let rows = customers
        .iter()
        .enumerate()
        .map(|(index, c)| {
            let profit = c.profit();
            let kind = classify(c.revenue, c.cost_to_serve, profit, thresholds);
            let t = &mut totals[kind as usize];
            t.customers += 1;
            t.revenue += c.revenue;
            t.profit += profit;
            Row {
                index,
                profit,
                kind,
            }
        })
        .collect();
    Matrix {
        thresholds,
        rows,
        totals,
    }
}

/// A segment of the portfolio, for Kotler's table. Flat, not nesting
/// [`Kind`], because it keys a JSON object in storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    /// Every customer.
    All,
    /// The customers chosen as key accounts.
    Key,
    /// The sleeping giants.
    SleepingGiant,
    /// The demanding big customers.
    DemandingBig,
    /// The small customers.
    Small,
    /// The loss-makers.
    LossMaker,
}

impl Segment {
    /// Every segment, in the order the table lists them.
    pub const ALL: [Segment; 6] = [
        Segment::All,
        Segment::Key,
        Segment::SleepingGiant,
        Segment::DemandingBig,
        Segment::Small,
        Segment::LossMaker,
    ];

    /// The segment of customers of one type.
    pub fn of(kind: Kind) -> Segment {
        match kind {
            Kind::SleepingGiant => Segment::SleepingGiant,
            Kind::DemandingBig => Segment::DemandingBig,
            Kind::Small => Segment::Small,
            Kind::LossMaker => Segment::LossMaker,
        }
    }
}

/// Whether a value bond exists with a key customer, is planned, or neither.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bond {
    /// Neither.
    #[default]
    None,
    /// Planned.
    Planned,
    /// In place.
    Exists,
}

/// Berry and Parasuraman's three ways to add value, with one key customer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bonds {
    /// Financial benefits: discounts, loyalty programmes.
    pub financial: Bond,
    /// Social benefits: individual needs learnt, service personalised.
    pub social: Bond,
    /// Structural ties: equipment or software linking the customer.
    pub structural: Bond,
}

/// A relationship plan: goals, strategies, actions and resources.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// What the relationship should achieve.
    pub goals: String,
    /// How.
    pub strategies: String,
    /// Who does what, when.
    pub actions: String,
    /// People, time and money.
    pub resources: String,
}

impl Plan {
    /// Whether all four parts are written.
    pub fn is_complete(&self) -> bool {
        [
            &self.goals,
            &self.strategies,
            &self.actions,
            &self.resources,
        ]
        .iter()
        .all(|s| !s.trim().is_empty())
    }
}

/// A key customer and the programme around it (domain §6, steps 2–4).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KeyAccount {
    /// The customer's id in the portfolio.
    pub customer: u32,
    /// The level of relationship run with this customer today, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// The value bonds that exist or are planned.
    pub bonds: Bonds,
    /// The relationship manager, the customer's single point of contact.
    pub manager: String,
    /// Whether the manager is trained for the role.
    pub trained: bool,
    /// The manager's duties.
    pub duties: String,
    /// To whom and how often the manager reports.
    pub reporting: String,
    /// How the manager's work is evaluated.
    pub criteria: String,
    /// This year's plan.
    pub annual: Plan,
    /// The long-term plan.
    pub long_term: Plan,
}

/// The key-account tool's stored inputs for one engagement.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Portfolio {
    /// The client's customers.
    #[serde(skip_serializing_if = "Customers::is_empty")]
    pub customers: Customers,
    /// The matrix thresholds the user set.
    pub thresholds: Thresholds,
    /// The client's current level of relationship, per segment, where the
    /// user gave it.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub current_levels: BTreeMap<Segment, Level>,
    /// The key customers chosen, with their programme.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub key: Vec<KeyAccount>,
    /// The general manager who oversees the relationship managers (step 5).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub general_manager: String,
}

/// The client's customer list, shared rather than copied.
///
/// A list holds up to 5,000 customers and every edit of an engagement
/// (a threshold, a plan's note) copies the engagement and compares it with
/// the one before: sharing makes both a pointer's work while the list is
/// untouched. The list changes only through [`Portfolio`]'s methods, which
/// copy it first if it is shared. Stored exactly as a plain list.
#[derive(Clone, Debug, Default)]
pub struct Customers(Arc<Vec<Customer>>);

impl Customers {
    /// Whether the list has no customer.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The list to change, copied first if another holder shares it.
    fn edit(&mut self) -> &mut Vec<Customer> {
        Arc::make_mut(&mut self.0)
    }
}

impl PartialEq for Customers {
    fn eq(&self, other: &Customers) -> bool {
        // The same list is equal to itself without looking at 5,000 rows.
        Arc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

impl Deref for Customers {
    type Target = [Customer];

    fn deref(&self) -> &[Customer] {
        &self.0
    }
}

impl From<Vec<Customer>> for Customers {
    fn from(list: Vec<Customer>) -> Customers {
        Customers(Arc::new(list))
    }
}

impl FromIterator<Customer> for Customers {
    fn from_iter<I: IntoIterator<Item = Customer>>(iter: I) -> Customers {
        Customers::from(iter.into_iter().collect::<Vec<_>>())
    }
}

impl Serialize for Customers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.as_slice().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Customers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Customers, D::Error> {
        Vec::<Customer>::deserialize(deserializer).map(Customers::from)
    }
}

/// One customer as the tool shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Index in [`Portfolio::customers`].
    pub index: usize,
    /// Gross profit − cost to serve.
    pub profit: f64,
    /// Its type at the thresholds.
    pub kind: Kind,
}

/// Totals of one type.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct KindTotals {
    /// How many customers.
    pub customers: usize,
    /// Their revenue.
    pub revenue: f64,
    /// Their profit.
    pub profit: f64,
}

/// Everything the matrix and the type list show, derived from a portfolio.
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix {
    /// The thresholds in force (revenue, cost to serve): the user's, or the
    /// medians.
    pub thresholds: (f64, f64),
    /// One row per customer, in list order.
    pub rows: Vec<Row>,
    /// Totals per type, in [`Kind::ALL`] order.
    pub totals: [KindTotals; 4],
}

/// One point of the whale curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WhalePoint {
    /// How many customers, the most profitable first.
    pub customers: usize,
    /// Share of all customers, %.
    pub share: f64,
    /// Their profit together.
    pub cumulative: f64,
}

/// The whale curve: customers from the most to the least profitable, with
/// cumulative profit (Kaplan and Cooper, *Cost and Effect*, 1998).
#[derive(Clone, Debug, PartialEq)]
pub struct Whale {
    /// Profit per customer, highest first.
    pub profits: Vec<f64>,
    /// The total profit of the portfolio.
    pub total: f64,
    /// The highest cumulative profit and how many customers reach it.
    pub peak: (usize, f64),
    /// The peak as a % of the total, when the total is above zero (often
    /// 150–300 %: the loss-makers give back the rest).
    pub peak_share: Option<f64>,
    /// Profit from the most profitable fifth of customers as a % of the
    /// total, when the total is above zero.
    pub top_fifth_share: Option<f64>,
}

impl Whale {
    /// The curve from profits in any order.
    pub fn of(mut profits: Vec<f64>) -> Whale {
        // Equal values are interchangeable: no need for a stable sort.
        profits.sort_unstable_by(|a, b| b.total_cmp(a));
        let mut running = 0.0;
        let mut peak = (0, 0.0);
        for (i, p) in profits.iter().enumerate() {
            running += p;
            if running > peak.1 {
                peak = (i + 1, running);
            }
        }
        let total = running;
        let share = |amount: f64| (total > 0.0).then(|| amount / total * 100.0);
        // A fifth, rounded up, so 1 to 5 customers still count one.
        let fifth = profits.len().div_ceil(5);
        let top: f64 = profits[..fifth].iter().sum();
        Whale {
            peak_share: share(peak.1),
            top_fifth_share: if profits.is_empty() { None } else { share(top) },
            profits,
            total,
            peak,
        }
    }

    /// At most `points` + 1 points of the curve, evenly spread over the
    /// customers and always with the first, the peak and the last: enough
    /// to draw and tabulate 5,000 customers without 5,000 marks.
    pub fn points(&self, points: usize) -> Vec<WhalePoint> {
        let n = self.profits.len();
        let mut at: Vec<usize> = if n <= points.max(1) {
            (0..=n).collect()
        } else {
            (0..=points).map(|k| k * n / points.max(1)).collect()
        };
        at.push(self.peak.0);
        at.sort_unstable();
        at.dedup();
        let mut sums = Vec::with_capacity(n + 1);
        let mut running = 0.0;
        sums.push(0.0);
        for p in &self.profits {
            running += p;
            sums.push(running);
        }
        at.into_iter()
            .map(|k| WhalePoint {
                customers: k,
                share: if n == 0 {
                    0.0
                } else {
                    k as f64 / n as f64 * 100.0
                },
                cumulative: sums[k],
            })
            .collect()
    }
}

/// Why a customer is suggested as a key customer (domain §6, step 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// Among the largest by revenue.
    Largest,
    /// Among the most profitable.
    MostProfitable,
    /// Growing fast.
    FastGrowing,
}

/// How many customers each reason suggests at most: a tenth of the list,
/// at least one and at most ten (a key-account programme serves few).
pub fn suggestion_count(customers: usize) -> usize {
    customers.div_ceil(10).clamp(1, 10).min(customers)
}

/// Growth (% a year) from which a customer counts as a fast grower.
pub const FAST_GROWTH: f64 = 20.0;

/// Kotler's bands for a segment: few customers up to this many …
pub const FEW_CUSTOMERS: usize = 20;
/// … a medium number up to this many, many above.
pub const MEDIUM_CUSTOMERS: usize = 200;
/// Unit margin (gross margin as % of revenue) from which it is high …
pub const HIGH_MARGIN: f64 = 40.0;
/// … and from which it is medium; below, low.
pub const MEDIUM_MARGIN: f64 = 15.0;

/// Kotler's count band for a number of customers.
pub fn count_band(customers: usize) -> CustomerCount {
    if customers <= FEW_CUSTOMERS {
        CustomerCount::Few
    } else if customers <= MEDIUM_CUSTOMERS {
        CustomerCount::Medium
    } else {
        CustomerCount::Many
    }
}

/// Kotler's margin band for a gross margin in % of revenue.
pub fn margin_band(percent: f64) -> MarginBand {
    if percent >= HIGH_MARGIN {
        MarginBand::High
    } else if percent >= MEDIUM_MARGIN {
        MarginBand::Medium
    } else {
        MarginBand::Low
    }
}

/// Kotler's table applied to one segment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SegmentLevel {
    /// The segment.
    pub segment: Segment,
    /// How many customers it holds.
    pub customers: usize,
    /// Its gross margin as % of its revenue (`None` without revenue).
    pub margin: Option<f64>,
    /// Kotler's bands for it.
    pub bands: (CustomerCount, MarginBand),
    /// The level(s) the table recommends, lowest first.
    pub recommended: (Level, Level),
    /// The client's current level, if given.
    pub current: Option<Level>,
}

/// A step of the key-account programme (domain §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// Identify the key customers.
    Identify,
    /// Assign a trained relationship manager to each.
    Assign,
    /// Define each manager's job: duties, reporting, evaluation criteria.
    Define,
    /// An annual and a long-term plan per key customer.
    Plan,
    /// A general manager oversees the relationship managers.
    Oversee,
}

impl Step {
    /// The five steps, in order.
    pub const ALL: [Step; 5] = [
        Step::Identify,
        Step::Assign,
        Step::Define,
        Step::Plan,
        Step::Oversee,
    ];
}

/// How far one step is: `done` of `total`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The step.
    pub step: Step,
    /// Done.
    pub done: usize,
    /// Out of.
    pub total: usize,
}

/// The key-account tool in a few lines, for the report.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// How many customers.
    pub customers: usize,
    /// Their total profit.
    pub total_profit: f64,
    /// Profit from the most profitable fifth, % of the total.
    pub top_fifth_share: Option<f64>,
    /// How many customers lose money.
    pub loss_makers: usize,
    /// Each key customer: name, current level, recommended levels.
    pub key: Vec<(String, Option<Level>, (Level, Level))>,
    /// Progress per step.
    pub progress: [Progress; 5],
}

impl Portfolio {
    /// Whether nothing has been entered.
    pub fn is_empty(&self) -> bool {
        *self == Portfolio::default()
    }

    /// The customer with `id`.
    pub fn customer(&self, id: u32) -> Option<&Customer> {
        self.customers.iter().find(|c| c.id == id)
    }

    /// An id no customer has.
    fn next_id(&self) -> u32 {
        self.customers
            .iter()
            .map(|c| c.id)
            .max()
            .map_or(1, |m| m.saturating_add(1))
    }

    /// Adds a customer (given a fresh id) unless the list is full; its id.
    pub fn add(&mut self, mut customer: Customer) -> Option<u32> {
        if self.customers.len() >= MAX_CUSTOMERS {
            return None;
        }
        customer.id = self.next_id();
        self.customers.edit().push(customer);
        Some(self.customers[self.customers.len() - 1].id)
    }

    /// Replaces the customer `id`'s values, keeping its id.
    pub fn update(&mut self, id: u32, customer: Customer) {
        if let Some(c) = self.customers.edit().iter_mut().find(|c| c.id == id) {
            *c = Customer { id, ..customer };
        }
    }

    /// Removes the customer `id`, and its key account if it had one.
    pub fn remove(&mut self, id: u32) {
        if self.customers.iter().any(|c| c.id == id) {
            self.customers.edit().retain(|c| c.id != id);
        }
        self.key.retain(|k| k.customer != id);
    }

    /// Takes imported customers: added to the list, or replacing it. On
    /// replacing, a customer with the name of one already listed (case and
    /// spaces aside) keeps that one's id, so its key account and plan stay;
    /// key accounts whose customer is gone are dropped. What would pass
    /// [`MAX_CUSTOMERS`] is left out. Returns how many were taken.
    pub fn import(&mut self, incoming: Vec<Customer>, replace: bool) -> usize {
        let key = |name: &str| case::lower(name.trim());
        if replace {
            let old: BTreeMap<String, u32> = self
                .customers
                .iter()
                .map(|c| (key(&c.name), c.id))
                .collect();
            let mut next = self.next_id();
            let mut used = std::collections::BTreeSet::new();
            self.customers = incoming
                .into_iter()
                .take(MAX_CUSTOMERS)
                .map(|mut c| {
                    c.id = match old.get(&key(&c.name)) {
                        Some(id) if used.insert(*id) => *id,
                        _ => {
                            next = next.saturating_add(1);
                            next - 1
                        }
                    };
                    c
                })
                .collect();
            let ids: std::collections::BTreeSet<u32> =
                self.customers.iter().map(|c| c.id).collect();
            self.key.retain(|k| ids.contains(&k.customer));
            self.customers.len()
        } else {
            let room = MAX_CUSTOMERS.saturating_sub(self.customers.len());
            let mut next = self.next_id();
            let taken: Vec<Customer> = incoming
                .into_iter()
                .take(room)
                .map(|mut c| {
                    c.id = next;
                    next = next.saturating_add(1);
                    c
                })
                .collect();
            let count = taken.len();
            self.customers.edit().extend(taken);
            count
        }
    }

    /// The thresholds in force: the user's, or the portfolio's medians.
    pub fn thresholds(&self) -> (f64, f64) {
        self.thresholds.in_force(|| medians(&self.customers))
    }

    /// Profit and type of every customer, and totals per type.
    pub fn matrix(&self) -> Matrix {
        matrix_of(&self.customers, self.thresholds())
    }

    /// The whale curve of the portfolio.
    pub fn whale(&self) -> Whale {
        Whale::of(self.customers.iter().map(Customer::profit).collect())
    }

    /// Customers suggested as key customers, with why, in list order: the
    /// largest by revenue and the most profitable ([`suggestion_count`] of
    /// each), and those growing at [`FAST_GROWTH`] or more (the fastest
    /// [`suggestion_count`]). Customers losing money are suggested only as
    /// fast growers.
    pub fn suggested(&self) -> Vec<(u32, Vec<Reason>)> {
        let n = suggestion_count(self.customers.len());
        let mut reasons: BTreeMap<usize, Vec<Reason>> = BTreeMap::new();
        let mut top = |reason: Reason, key: &dyn Fn(&Customer) -> Option<f64>| {
            let ranked: Vec<(usize, f64)> = self
                .customers
                .iter()
                .enumerate()
                .filter_map(|(i, c)| key(c).map(|k| (i, k)))
                .collect();
            for (i, _) in first_by(ranked, n, highest_first) {
                reasons.entry(i).or_default().push(reason);
            }
        };
        top(Reason::Largest, &|c| {
            (c.revenue > 0.0 && c.profit() >= 0.0).then_some(c.revenue)
        });
        top(Reason::MostProfitable, &|c| {
            let p = c.profit();
            (p > 0.0).then_some(p)
        });
        top(Reason::FastGrowing, &|c| {
            c.growth.filter(|g| *g >= FAST_GROWTH)
        });
        reasons
            .into_iter()
            .map(|(i, r)| (self.customers[i].id, r))
            .collect()
    }

    /// Whether the customer `id` is a key customer.
    pub fn is_key(&self, id: u32) -> bool {
        self.key.iter().any(|k| k.customer == id)
    }

    /// Makes the customer `id` a key customer or not. A key account taken
    /// away loses its plan; the view asks first.
    pub fn set_key(&mut self, id: u32, key: bool) {
        if key && !self.is_key(id) && self.customer(id).is_some() {
            self.key.push(KeyAccount {
                customer: id,
                ..KeyAccount::default()
            });
        } else if !key {
            self.key.retain(|k| k.customer != id);
        }
    }

    /// The key account of customer `id`, to edit.
    pub fn key_mut(&mut self, id: u32) -> Option<&mut KeyAccount> {
        self.key.iter_mut().find(|k| k.customer == id)
    }

    /// Kotler's table applied to each segment, with the client's current
    /// level where given. A segment's unit margin is its gross profit as a
    /// % of its revenue.
    pub fn levels(&self, matrix: &Matrix) -> Vec<SegmentLevel> {
        Segment::ALL
            .iter()
            .map(|&segment| {
                let members = matrix.rows.iter().filter(|r| match segment {
                    Segment::All => true,
                    Segment::Key => self.is_key(self.customers[r.index].id),
                    kind => Segment::of(r.kind) == kind,
                });
                let (mut count, mut revenue, mut gross) = (0, 0.0, 0.0);
                for r in members {
                    let c = &self.customers[r.index];
                    count += 1;
                    revenue += c.revenue;
                    gross += c.gross_profit();
                }
                let margin = (revenue > 0.0).then(|| gross / revenue * 100.0);
                let bands = (count_band(count), margin_band(margin.unwrap_or(0.0)));
                SegmentLevel {
                    segment,
                    customers: count,
                    margin,
                    bands,
                    recommended: recommended(bands.0, bands.1),
                    current: self.current_levels.get(&segment).copied(),
                }
            })
            .collect()
    }

    /// The level Kotler's table recommends for one key customer: few
    /// customers (a key account is one of few) at its own margin.
    pub fn key_level(&self, id: u32) -> (Level, Level) {
        let margin = self
            .customer(id)
            .filter(|c| c.revenue > 0.0)
            .map_or(0.0, |c| c.gross_profit() / c.revenue * 100.0);
        recommended(CustomerCount::Few, margin_band(margin))
    }

    /// How far each of the five steps is: key customers chosen (1 of 1 once
    /// any is); managers named and trained, jobs defined (duties, reporting,
    /// criteria) and both plans complete, each of all key accounts; a
    /// general manager named (1 of 1).
    pub fn progress(&self) -> [Progress; 5] {
        let n = self.key.len();
        let count = |f: &dyn Fn(&KeyAccount) -> bool| self.key.iter().filter(|k| f(k)).count();
        let filled = |s: &str| !s.trim().is_empty();
        Step::ALL.map(|step| {
            let (done, total) = match step {
                Step::Identify => (usize::from(n > 0), 1),
                Step::Assign => (count(&|k| filled(&k.manager) && k.trained), n),
                Step::Define => (
                    count(&|k| filled(&k.duties) && filled(&k.reporting) && filled(&k.criteria)),
                    n,
                ),
                Step::Plan => (
                    count(&|k| k.annual.is_complete() && k.long_term.is_complete()),
                    n,
                ),
                Step::Oversee => (usize::from(filled(&self.general_manager)), 1),
            };
            Progress { step, done, total }
        })
    }

    /// The tool in a few lines, for the report.
    pub fn summary(&self) -> Summary {
        let matrix = self.matrix();
        let whale = self.whale();
        Summary {
            customers: self.customers.len(),
            total_profit: whale.total,
            top_fifth_share: whale.top_fifth_share,
            loss_makers: matrix.totals[Kind::LossMaker as usize].customers,
            key: self
                .key
                .iter()
                .filter_map(|k| {
                    self.customer(k.customer)
                        .map(|c| (c.name.clone(), k.level, self.key_level(k.customer)))
                })
                .collect(),
            progress: self.progress(),
        }
    }
}

/// Recognises a column header in English, Russian or Polish (case, spaces,
/// punctuation and a unit in brackets aside). A header with `%` and a
/// margin word is the margin in %; "gross profit" and the like the amount.
pub fn recognise(header: &str) -> Option<Field> {
    let lower = case::lower(header.trim().trim_start_matches('\u{feff}'));
    let percent = lower.contains('%');
    let words: String = lower
        .chars()
        .map(|c| if case::separates(c) { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let w = words.as_str();
    let is = |list: &[&str]| list.contains(&w);
    let has = |list: &[&str]| list.iter().any(|s| w.contains(s));
    if is(&[
        "name",
        "customer",
        "client",
        "customer name",
        "client name",
        "company",
        "account",
        "nazwa",
        "klient",
        "nazwa klienta",
        "firma",
        "kontrahent",
        "имя",
        "название",
        "клиент",
        "наименование",
        "компания",
        "контрагент",
        "название клиента",
    ]) {
        return Some(Field::Name);
    }
    if has(&[
        "cost to serve",
        "service cost",
        "cost of service",
        "serving cost",
        "koszt obsługi",
        "koszty obsługi",
        "стоимость обслуживания",
        "затраты на обслуживание",
        "расходы на обслуживание",
        "издержки обслуживания",
    ]) || is(&[
        "cost",
        "costs",
        "koszt",
        "koszty",
        "затраты",
        "расходы",
        "издержки",
    ]) {
        return Some(Field::CostToServe);
    }
    if has(&[
        "gross profit",
        "margin amount",
        "zysk brutto",
        "marża kwotowo",
        "marża kwota",
        "валовая прибыль",
        "сумма маржи",
        "маржа в рублях",
    ]) {
        return Some(Field::MarginAmount);
    }
    if has(&[
        "margin",
        "marża",
        "marza",
        "маржа",
        "маржинальность",
        "наценка",
    ]) {
        return Some(
            if percent || has(&["маржинальность"]) || !has(&["amount"]) {
                Field::MarginPercent
            } else {
                Field::MarginAmount
            },
        );
    }
    if has(&["growth", "wzrost", "dynamika", "рост", "прирост"]) {
        return Some(Field::Growth);
    }
    if has(&[
        "years",
        "tenure",
        "lata",
        "staż",
        "лет",
        "годы",
        "стаж",
        "срок сотрудничества",
    ]) {
        return Some(Field::Years);
    }
    if has(&[
        "revenue",
        "sales",
        "turnover",
        "przychód",
        "przychody",
        "sprzedaż",
        "obrót",
        "obroty",
        "выручка",
        "оборот",
        "продажи",
        "доход",
    ]) {
        return Some(Field::Revenue);
    }
    None
}

/// Which field each column of a file holds (`None`: ignored).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping(pub Vec<Option<Field>>);

/// Why a mapping cannot be imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MappingProblem {
    /// A required field has no column (name, revenue, a margin, cost).
    Missing(Field),
    /// Two columns hold the same field.
    Twice(Field),
}

impl Mapping {
    /// The mapping the header row suggests.
    pub fn from_header(header: &[String]) -> Mapping {
        let mut seen = Vec::new();
        Mapping(
            header
                .iter()
                .map(|h| {
                    recognise(h).filter(|f| {
                        // A second column of the same field is left to the user.
                        let first = !seen.contains(f);
                        seen.push(*f);
                        first
                    })
                })
                .collect(),
        )
    }

    /// Whether the mapping can be imported: every required field once
    /// (the margin as % or as an amount), nothing twice.
    pub fn check(&self) -> Result<(), MappingProblem> {
        for f in Field::ALL {
            if self.0.iter().filter(|c| **c == Some(f)).count() > 1 {
                return Err(MappingProblem::Twice(f));
            }
        }
        let has = |f| self.0.contains(&Some(f));
        for f in [Field::Name, Field::Revenue] {
            if !has(f) {
                return Err(MappingProblem::Missing(f));
            }
        }
        if !has(Field::MarginPercent) && !has(Field::MarginAmount) {
            return Err(MappingProblem::Missing(Field::MarginPercent));
        }
        if has(Field::MarginPercent) && has(Field::MarginAmount) {
            return Err(MappingProblem::Twice(Field::MarginPercent));
        }
        if !has(Field::CostToServe) {
            return Err(MappingProblem::Missing(Field::CostToServe));
        }
        Ok(())
    }

    /// The column holding `field`.
    fn column(&self, field: Field) -> Option<usize> {
        self.0.iter().position(|c| *c == Some(field))
    }
}

/// Why a line of an imported file is left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineError {
    /// The CSV reader could not read it.
    Unreadable(LineProblem),
    /// It has no name.
    NoName,
    /// A required value is missing.
    Missing(Field),
    /// A value is not a number, or an ambiguous one.
    Number(Field, number::Problem),
    /// A value is out of its field's range.
    OutOfRange(Field),
    /// The list already holds [`MAX_CUSTOMERS`].
    OverLimit,
}

/// What an import would do, shown before anything is stored.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// The customers that would be imported, with their line numbers.
    pub customers: Vec<(usize, Customer)>,
    /// Every line left out, with its number and why, in file order.
    pub bad: Vec<(usize, LineError)>,
    /// The decimal mark the numbers were read with (`None`: each number on
    /// its own, ambiguous ones refused).
    pub mark: Option<Mark>,
}

/// The decimal mark of a file's numbers: the one its unambiguous numbers
/// show; failing that, a comma in a `;`-separated file (the spreadsheets
/// that write `;` do so because the comma is their decimal mark) and a
/// point in a `,`-separated one.
pub fn file_mark<'a>(
    numbers: impl IntoIterator<Item = &'a str>,
    delimiter: Delimiter,
) -> Option<Mark> {
    number::guess_mark(numbers).or(match delimiter {
        Delimiter::Semicolon => Some(Mark::Comma),
        Delimiter::Comma => Some(Mark::Point),
        Delimiter::Tab => None,
    })
}

/// A number of a file's field: `%` after a percentage, and spaces, are allowed.
fn field_number(text: &str, field: Field, mark: Option<Mark>) -> Result<Option<f64>, LineError> {
    let t = text.trim();
    let t = if matches!(field, Field::MarginPercent | Field::Growth) {
        t.strip_suffix('%').unwrap_or(t).trim_end()
    } else {
        t
    };
    match number::read(t, mark) {
        Ok(v) => field.check(v).map(Some).map_err(LineError::OutOfRange),
        Err(number::Problem::Empty) => Ok(None),
        Err(p) => Err(LineError::Number(field, p)),
    }
}

impl ImportPlan {
    /// What importing `table` with `mapping` would do, its first record
    /// being the header, into a list that has room for `room` customers.
    pub fn of(table: &Table, mapping: &Mapping, room: usize) -> ImportPlan {
        let numeric = [
            Field::Revenue,
            Field::MarginPercent,
            Field::MarginAmount,
            Field::CostToServe,
            Field::Years,
            Field::Growth,
        ];
        let columns: Vec<usize> = numeric.iter().filter_map(|f| mapping.column(*f)).collect();
        let data = table.records.get(1..).unwrap_or(&[]);
        let mark = file_mark(
            data.iter().flat_map(|r| {
                columns
                    .iter()
                    .filter_map(|c| r.fields.get(*c).map(String::as_str))
            }),
            table.delimiter,
        );
        let mut plan = ImportPlan {
            customers: Vec::new(),
            bad: table
                .bad
                .iter()
                .map(|(line, p)| (*line, LineError::Unreadable(*p)))
                .collect(),
            mark,
        };
        // Each field's column, looked up once rather than on every line.
        let at = Field::ALL.map(|f| mapping.column(f));
        for record in data {
            let line = record.line;
            match customer_of(&record.fields, &at, mark) {
                Ok(_) if plan.customers.len() >= room => {
                    plan.bad.push((line, LineError::OverLimit))
                }
                Ok(c) => plan.customers.push((line, c)),
                Err(e) => plan.bad.push((line, e)),
            }
        }
        plan.bad.sort_by_key(|(line, _)| *line);
        plan
    }
}

/// The customer a record describes, `at` giving each field's column (in
/// the order of [`Field::ALL`]).
fn customer_of(
    fields: &[String],
    at: &[Option<usize>; 7],
    mark: Option<Mark>,
) -> Result<Customer, LineError> {
    let column = |f: Field| at[f as usize];
    let text = |f: Field| {
        column(f)
            .and_then(|c| fields.get(c))
            .map_or("", String::as_str)
    };
    let value = |f: Field| field_number(text(f), f, mark);
    let required = |f: Field| value(f)?.ok_or(LineError::Missing(f));
    let name = text(Field::Name).trim();
    if name.is_empty() {
        return Err(LineError::NoName);
    }
    let revenue = required(Field::Revenue)?;
    let margin = if column(Field::MarginAmount).is_some() {
        GrossMargin::Amount(required(Field::MarginAmount)?)
    } else {
        GrossMargin::Percent(required(Field::MarginPercent)?)
    };
    let cost = required(Field::CostToServe)?;
    let years = value(Field::Years)?;
    let growth = value(Field::Growth)?;
    Customer::new(name, revenue, margin, cost, years, growth).map_err(LineError::OutOfRange)
}
