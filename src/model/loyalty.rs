//! The economics of loyalty (`shared/domain.md` §7: the Polish lecture notes
//! "Zarządzanie relacjami z klientem – wykład 5", seed 003, after Reichheld): what a
//! customer is worth over time, how each loyalty effect adds to it, and what
//! better retention saves.
//!
//! Conventions, stated once and used everywhere:
//! - a customer is acquired at the start (year 0, paying the acquisition
//!   cost) and brings year `t`'s profit only if still a customer at the end
//!   of year `t`, which happens with probability `r^t`;
//! - money in year `t` is discounted by `(1 + i)^t`.
//!
//! With a constant margin and no loyalty effects this gives Gupta and
//! Lehmann's closed form `m·r / (1 + i − r) − AC` as the horizon grows, so a
//! consultant can check the year-by-year figures by hand. (`domain.md` writes
//! the sum with `r^(t−1)`, which tends to `m / (1 + i − r)` instead; the
//! closed form and its worked example, 100 · 0.8 / 0.3 = 266.67, need `r^t`.)

/// The cost of serving a customer with two years' tenure, as a share of the
/// cost of serving a first-year customer: "two thirds less" (the lecture
/// notes "Zarządzanie relacjami z klientem – wykład 5", after Reichheld).
pub const SERVICE_COST_SHARE_FROM_YEAR_TWO: f64 = 1.0 / 3.0;

/// The longest horizon the model accepts, in years.
pub const MAX_HORIZON: u32 = 30;

/// Which loyalty effects are counted. Each is contested (Reinartz and Kumar,
/// HBR 2002), so each can be switched off. A switch missing from stored
/// data counts as on, like a new form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Effects {
    /// Serving a customer costs less from the second year.
    pub cost_savings: bool,
    /// Loyal customers buy more each year of tenure.
    pub revenue_growth: bool,
    /// Retained customers refer new ones.
    pub referrals: bool,
    /// Loyal customers pay a growing price premium.
    pub price_premium: bool,
}

impl Default for Effects {
    fn default() -> Self {
        Effects::ALL
    }
}

impl Effects {
    /// Every effect on.
    pub const ALL: Effects = Effects {
        cost_savings: true,
        revenue_growth: true,
        referrals: true,
        price_premium: true,
    };
    /// Every effect off: the plain, constant-margin model.
    pub const NONE: Effects = Effects {
        cost_savings: false,
        revenue_growth: false,
        referrals: false,
        price_premium: false,
    };

    /// The switches in the tool's order: cost savings, revenue growth,
    /// referrals, price premium (the order of `econ_effects` in the
    /// translation files).
    pub fn in_order(self) -> [bool; 4] {
        [
            self.cost_savings,
            self.revenue_growth,
            self.referrals,
            self.price_premium,
        ]
    }
}

/// The figures of one customer cohort. Rates are fractions (0.8 for 80 %).
/// Build it through [`Inputs::validated`] so that every value is finite and
/// in range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Inputs {
    /// Customers acquired in the cohort.
    pub customers: f64,
    /// Cost of acquiring one customer.
    pub acquisition_cost: f64,
    /// Revenue per customer in the first year.
    pub revenue: f64,
    /// Gross margin on revenue, 0 to 1.
    pub margin: f64,
    /// Share of customers kept from one year to the next, 0 to 1.
    pub retention: f64,
    /// Cost of serving a customer in the first year.
    pub service_cost: f64,
    /// From the second year, serving costs this share of the first year's
    /// cost ([`SERVICE_COST_SHARE_FROM_YEAR_TWO`] by default).
    pub service_cost_share_later: f64,
    /// Growth of revenue per year of tenure, as a fraction.
    pub revenue_growth: f64,
    /// New customers referred per retained customer per year.
    pub referrals: f64,
    /// Profit from one referred customer.
    pub referral_value: f64,
    /// Price premium added per year of tenure, as a fraction of revenue.
    pub premium_growth: f64,
    /// Annual discount rate, as a fraction.
    pub discount: f64,
    /// Years projected, 1 to [`MAX_HORIZON`].
    pub horizon: u32,
    /// The loyalty effects counted.
    pub effects: Effects,
}

/// Why inputs were refused; the UI names the field and says why in the
/// user's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// The named field is not a finite number.
    NotANumber(&'static str),
    /// The named field is outside its allowed range.
    OutOfRange(&'static str),
}

/// The largest amount of money or count the model accepts: far beyond any
/// real cohort, and far from where floating point loses whole units.
pub const MAX_AMOUNT: f64 = 1e12;

impl Inputs {
    /// The inputs, if every field is finite and in range: amounts and
    /// counts 0 to [`MAX_AMOUNT`], margin and retention 0 to 1, growth rates
    /// and the discount rate 0 to 1, horizon 1 to [`MAX_HORIZON`].
    pub fn validated(self) -> Result<Inputs, InputError> {
        let checks: [(&'static str, f64, f64); 12] = [
            ("customers", self.customers, MAX_AMOUNT),
            ("acquisition_cost", self.acquisition_cost, MAX_AMOUNT),
            ("revenue", self.revenue, MAX_AMOUNT),
            ("margin", self.margin, 1.0),
            ("retention", self.retention, 1.0),
            ("service_cost", self.service_cost, MAX_AMOUNT),
            (
                "service_cost_share_later",
                self.service_cost_share_later,
                1.0,
            ),
            ("revenue_growth", self.revenue_growth, 1.0),
            ("referrals", self.referrals, 100.0),
            ("referral_value", self.referral_value, MAX_AMOUNT),
            ("premium_growth", self.premium_growth, 1.0),
            ("discount", self.discount, 1.0),
        ];
        for (field, value, max) in checks {
            if !value.is_finite() {
                return Err(InputError::NotANumber(field));
            }
            if !(0.0..=max).contains(&value) {
                return Err(InputError::OutOfRange(field));
            }
        }
        if !(1..=MAX_HORIZON).contains(&self.horizon) {
            return Err(InputError::OutOfRange("horizon"));
        }
        Ok(self)
    }

    /// The same inputs with another retention rate, kept within 0 to 1.
    pub fn with_retention(self, retention: f64) -> Inputs {
        Inputs {
            retention: retention.clamp(0.0, 1.0),
            ..self
        }
    }
}

/// Profit from one retained customer in one year of tenure, by source
/// (Reichheld, *The Loyalty Effect*, 1996). A switched-off effect is zero.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearProfit {
    /// Year of tenure, from 1.
    pub year: u32,
    /// Margin on first-year revenue less first-year cost to serve.
    pub base: f64,
    /// Margin on the revenue added by buying more.
    pub revenue_growth: f64,
    /// What serving costs less than in the first year.
    pub cost_savings: f64,
    /// Profit from referred customers.
    pub referrals: f64,
    /// The price premium (all margin: it costs nothing to deliver).
    pub price_premium: f64,
}

impl YearProfit {
    /// The year's profit from all sources.
    pub fn total(&self) -> f64 {
        self.base + self.revenue_growth + self.cost_savings + self.referrals + self.price_premium
    }
}

/// The cost of serving a customer in year `year` of tenure.
pub fn service_cost(inputs: &Inputs, year: u32) -> f64 {
    if year >= 2 && inputs.effects.cost_savings {
        inputs.service_cost * inputs.service_cost_share_later
    } else {
        inputs.service_cost
    }
}

/// Profit from one retained customer in year `year` (from 1), by source.
pub fn year_profit(inputs: &Inputs, year: u32) -> YearProfit {
    let tenure = f64::from(year.saturating_sub(1));
    let e = inputs.effects;
    let on = |flag: bool, value: f64| if flag { value } else { 0.0 };
    YearProfit {
        year,
        base: inputs.revenue * inputs.margin - inputs.service_cost,
        revenue_growth: on(
            e.revenue_growth,
            inputs.revenue * ((1.0 + inputs.revenue_growth).powf(tenure) - 1.0) * inputs.margin,
        ),
        cost_savings: on(
            e.cost_savings,
            inputs.service_cost - service_cost(inputs, year),
        ),
        referrals: on(e.referrals, inputs.referrals * inputs.referral_value),
        price_premium: on(
            e.price_premium,
            inputs.revenue * inputs.premium_growth * tenure,
        ),
    }
}

/// Profit per retained customer for each year of the horizon.
pub fn profit_by_tenure(inputs: &Inputs) -> Vec<YearProfit> {
    (1..=inputs.horizon)
        .map(|t| year_profit(inputs, t))
        .collect()
}

/// The expected, discounted value year `year` adds per acquired customer.
fn discounted(inputs: &Inputs, year: u32, profit: f64) -> f64 {
    let t = year as i32;
    profit * inputs.retention.powi(t) / (1.0 + inputs.discount).powi(t)
}

/// Customer lifetime value per acquired customer over the horizon, year by
/// year: `Σ profit_t · r^t / (1 + i)^t − AC`.
pub fn clv(inputs: &Inputs) -> f64 {
    profit_by_tenure(inputs)
        .iter()
        .map(|p| discounted(inputs, p.year, p.total()))
        .sum::<f64>()
        - inputs.acquisition_cost
}

/// Gupta and Lehmann's closed form, `m·r / (1 + i − r) − AC`, with `m` the
/// first year's profit per customer. It assumes a constant margin over an
/// endless horizon, so it is `None` when any loyalty effect that changes the
/// margin is on, or when `1 + i − r` is not positive.
pub fn clv_closed_form(inputs: &Inputs) -> Option<f64> {
    let e = inputs.effects;
    let constant = !(e.revenue_growth || e.price_premium)
        && (!e.cost_savings
            || inputs.service_cost_share_later == 1.0
            || inputs.service_cost == 0.0);
    let denominator = 1.0 + inputs.discount - inputs.retention;
    if !constant || denominator <= 0.0 {
        return None;
    }
    let m = year_profit(inputs, 1).total();
    Some(m * inputs.retention / denominator - inputs.acquisition_cost)
}

/// The cohort's cumulative discounted profit at the end of each year, from
/// year 0 (the acquisition spend) to the horizon.
pub fn cumulative_profit(inputs: &Inputs) -> Vec<f64> {
    let mut total = -inputs.acquisition_cost * inputs.customers;
    let mut out = vec![total];
    for p in profit_by_tenure(inputs) {
        total += discounted(inputs, p.year, p.total()) * inputs.customers;
        out.push(total);
    }
    out
}

/// The first year whose cumulative discounted profit is not negative, or
/// `None` if the cohort has not paid back within the horizon.
pub fn break_even_year(inputs: &Inputs) -> Option<u32> {
    cumulative_profit(inputs)
        .iter()
        .position(|v| *v >= 0.0)
        .and_then(|y| u32::try_from(y).ok())
}

/// What retention `points` higher (5 for Reichheld and Sasser's question)
/// does to the cohort's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RetentionGain {
    /// The retention rate compared with, 0 to 1.
    pub better_retention: f64,
    /// Cohort value (CLV × customers) at today's retention.
    pub today: f64,
    /// Cohort value at the better retention.
    pub better: f64,
}

impl RetentionGain {
    /// The gain in money.
    pub fn gain(&self) -> f64 {
        self.better - self.today
    }

    /// The gain as a percentage of today's value; `None` when today's value
    /// is not positive, where a percentage means nothing.
    pub fn percent(&self) -> Option<f64> {
        (self.today > 0.0).then(|| self.gain() / self.today * 100.0)
    }
}

/// The effect of retention `points` higher (capped at 100 %).
pub fn retention_gain(inputs: &Inputs, points: f64) -> RetentionGain {
    let better = inputs.with_retention(inputs.retention + points / 100.0);
    RetentionGain {
        better_retention: better.retention,
        today: clv(inputs) * inputs.customers,
        better: clv(&better) * inputs.customers,
    }
}

/// CLV per acquired customer at retention 0 %, `step` %, … 100 %, for the
/// sensitivity chart: `(retention, clv)` pairs.
pub fn retention_sensitivity(inputs: &Inputs, step: u32) -> Vec<(f64, f64)> {
    let step = step.clamp(1, 100);
    (0..=100)
        .step_by(step as usize)
        .map(|p| {
            let r = f64::from(p) / 100.0;
            (r, clv(&inputs.with_retention(r)))
        })
        .collect()
}

/// One of the five cost lines the lecture notes (seed 003) say loyalty lowers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CostLine {
    /// Marketing and acquisition spend.
    Acquisition,
    /// Cost of serving customers.
    Serving,
    /// Cost of cross-selling.
    CrossSelling,
    /// Promotion spend (which referrals replace).
    Promotion,
    /// Repairs, re-work and complaint handling.
    Repairs,
}

impl CostLine {
    /// The five lines, in the lecture notes' order.
    pub const ALL: [CostLine; 5] = [
        CostLine::Acquisition,
        CostLine::Serving,
        CostLine::CrossSelling,
        CostLine::Promotion,
        CostLine::Repairs,
    ];
}

/// Yearly cost of one cost line per first-year customer, and the share of
/// it a customer with longer tenure still costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineCost {
    /// Cost per first-year customer per year.
    pub first_year: f64,
    /// Share of that cost for a customer in a later year, 0 to 1.
    pub later_share: f64,
}

/// Yearly cost of a steady customer base of `base` customers by line, at a
/// given retention. In a steady base a share `1 − r` is new each year (and
/// must be acquired at `acquisition_cost`), the rest has longer tenure.
pub fn base_costs(
    base: f64,
    retention: f64,
    acquisition_cost: f64,
    lines: &[(CostLine, LineCost)],
) -> Vec<(CostLine, f64)> {
    let r = retention.clamp(0.0, 1.0);
    let new = base * (1.0 - r);
    let tenured = base * r;
    let mut out = vec![(CostLine::Acquisition, new * acquisition_cost)];
    for (line, cost) in lines {
        let yearly = new * cost.first_year + tenured * cost.first_year * cost.later_share;
        match out.iter_mut().find(|(l, _)| l == line) {
            Some((_, total)) => *total += yearly,
            None => out.push((*line, yearly)),
        }
    }
    out
}
