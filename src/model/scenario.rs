//! The loyalty tool's stored inputs: the figures as the user enters them
//! (percentages as 0–100, money in the chosen currency), the loyalty
//! switches, and named scenarios to compare. Everything shown is derived
//! from these through [`Figures::inputs`] and the functions of
//! [`super::loyalty`].

use super::loyalty::{
    base_costs, break_even_year, clv, clv_closed_form, cumulative_profit, profit_by_tenure,
    retention_gain, retention_sensitivity, service_cost, CostLine, Effects, Inputs, LineCost,
    RetentionGain, YearProfit, MAX_AMOUNT, MAX_HORIZON, SERVICE_COST_SHARE_FROM_YEAR_TWO,
};
use crate::i18n::case;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One figure of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Customers acquired in the cohort (and the size of today's base).
    Customers,
    /// Acquisition cost per customer.
    AcquisitionCost,
    /// Annual revenue per customer.
    Revenue,
    /// Gross margin, %.
    Margin,
    /// Annual retention rate, %.
    Retention,
    /// Cost to serve a customer in year one.
    ServiceCost,
    /// Cost to serve from year two, as % of year one.
    ServiceCostLater,
    /// Revenue growth per year of tenure, %.
    RevenueGrowth,
    /// Referrals per retained customer per year.
    Referrals,
    /// Profit from one referred customer.
    ReferralValue,
    /// Price premium added per year of tenure, % of revenue.
    PremiumGrowth,
    /// Annual discount rate, %.
    Discount,
    /// Years projected.
    Horizon,
    /// Cost of cross-selling per first-year customer per year.
    CrossSellingCost,
    /// Promotion spend per first-year customer per year.
    PromotionCost,
    /// Repairs, re-work and complaint handling per first-year customer.
    RepairsCost,
    /// What a tenured customer still costs on those three lines, %.
    LaterCostShare,
}

/// What kind of number a field holds, which decides its unit and format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A count of customers.
    Count,
    /// Money, in the chosen currency.
    Money,
    /// A percentage.
    Percent,
    /// Whole years.
    Years,
    /// A rate per customer per year.
    PerYear,
}

/// Where a default comes from, shown beside the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// An illustrative figure: replace it with the client's own.
    Example,
    /// The Polish lecture notes "Zarządzanie relacjami z klientem – wykład 5"
    /// (`shared/seeds/003`, after Reichheld): two years' tenure costs two
    /// thirds less to serve.
    LectureNotes,
    /// A common rate for discounting, not from the sources.
    Convention,
}

impl Field {
    /// Every field, in the form's order.
    pub const ALL: [Field; 17] = [
        Field::Customers,
        Field::AcquisitionCost,
        Field::Revenue,
        Field::Margin,
        Field::Retention,
        Field::ServiceCost,
        Field::ServiceCostLater,
        Field::RevenueGrowth,
        Field::Referrals,
        Field::ReferralValue,
        Field::PremiumGrowth,
        Field::Discount,
        Field::Horizon,
        Field::CrossSellingCost,
        Field::PromotionCost,
        Field::RepairsCost,
        Field::LaterCostShare,
    ];

    /// A stable key for storage.
    pub fn key(self) -> &'static str {
        match self {
            Field::Customers => "customers",
            Field::AcquisitionCost => "acquisition_cost",
            Field::Revenue => "revenue",
            Field::Margin => "margin",
            Field::Retention => "retention",
            Field::ServiceCost => "service_cost",
            Field::ServiceCostLater => "service_cost_later",
            Field::RevenueGrowth => "revenue_growth",
            Field::Referrals => "referrals",
            Field::ReferralValue => "referral_value",
            Field::PremiumGrowth => "premium_growth",
            Field::Discount => "discount",
            Field::Horizon => "horizon",
            Field::CrossSellingCost => "cross_selling_cost",
            Field::PromotionCost => "promotion_cost",
            Field::RepairsCost => "repairs_cost",
            Field::LaterCostShare => "later_cost_share",
        }
    }

    /// The field's unit.
    pub fn unit(self) -> Unit {
        match self {
            Field::Customers => Unit::Count,
            Field::Margin
            | Field::Retention
            | Field::ServiceCostLater
            | Field::RevenueGrowth
            | Field::PremiumGrowth
            | Field::Discount
            | Field::LaterCostShare => Unit::Percent,
            Field::Horizon => Unit::Years,
            Field::Referrals => Unit::PerYear,
            _ => Unit::Money,
        }
    }

    /// The smallest and largest value accepted.
    pub fn range(self) -> (f64, f64) {
        match self.unit() {
            Unit::Percent => (0.0, 100.0),
            Unit::Years => (1.0, f64::from(MAX_HORIZON)),
            Unit::PerYear => (0.0, 100.0),
            Unit::Count | Unit::Money => (0.0, MAX_AMOUNT),
        }
    }

    /// The value a new form starts with.
    pub fn default_value(self) -> f64 {
        match self {
            Field::Customers => 1000.0,
            Field::AcquisitionCost => 300.0,
            Field::Revenue => 1000.0,
            Field::Margin => 30.0,
            Field::Retention => 80.0,
            Field::ServiceCost => 60.0,
            // Two thirds less: a third of year one's cost, rounded to 0.1 %.
            Field::ServiceCostLater => (SERVICE_COST_SHARE_FROM_YEAR_TWO * 1000.0).round() / 10.0,
            Field::RevenueGrowth => 5.0,
            Field::Referrals => 0.1,
            Field::ReferralValue => 100.0,
            Field::PremiumGrowth => 1.0,
            Field::Discount => 10.0,
            Field::Horizon => 10.0,
            Field::CrossSellingCost => 40.0,
            Field::PromotionCost => 30.0,
            Field::RepairsCost => 25.0,
            Field::LaterCostShare => 50.0,
        }
    }

    /// Where the default comes from.
    pub fn source(self) -> Source {
        match self {
            Field::ServiceCostLater => Source::LectureNotes,
            Field::Discount => Source::Convention,
            _ => Source::Example,
        }
    }

    /// Whether the field holds whole numbers only.
    pub fn whole(self) -> bool {
        matches!(self.unit(), Unit::Years)
    }

    /// `value` checked against the field's range; years are rounded.
    pub fn check(self, value: f64) -> Result<f64, FieldError> {
        let (min, max) = self.range();
        let value = if self.whole() { value.round() } else { value };
        if !value.is_finite() {
            Err(FieldError::NotANumber)
        } else if value < min || value > max {
            Err(FieldError::OutOfRange { min, max })
        } else {
            Ok(value)
        }
    }
}

/// Why a value was refused for a field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldError {
    /// Not a finite number.
    NotANumber,
    /// Outside the field's range.
    OutOfRange {
        /// The smallest value accepted.
        min: f64,
        /// The largest value accepted.
        max: f64,
    },
}

/// The form's figures, each finite and within its field's range. Stored as
/// a map from field key to value: unknown keys are skipped, missing ones
/// take their default, and a value out of range is refused.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "BTreeMap<String, f64>", into = "BTreeMap<String, f64>")]
pub struct Figures {
    values: [f64; 17],
}

impl Default for Figures {
    fn default() -> Self {
        Figures {
            values: Field::ALL.map(Field::default_value),
        }
    }
}

impl Figures {
    /// The value of `field`.
    pub fn get(&self, field: Field) -> f64 {
        self.values[field as usize]
    }

    /// Sets `field` if `value` is allowed; otherwise leaves the figures as
    /// they were and says why.
    pub fn set(&mut self, field: Field, value: f64) -> Result<(), FieldError> {
        self.values[field as usize] = field.check(value)?;
        Ok(())
    }

    /// The model's inputs: percentages become fractions.
    pub fn inputs(&self, effects: Effects) -> Inputs {
        let pct = |f: Field| self.get(f) / 100.0;
        Inputs {
            customers: self.get(Field::Customers),
            acquisition_cost: self.get(Field::AcquisitionCost),
            revenue: self.get(Field::Revenue),
            margin: pct(Field::Margin),
            retention: pct(Field::Retention),
            service_cost: self.get(Field::ServiceCost),
            service_cost_share_later: pct(Field::ServiceCostLater),
            revenue_growth: pct(Field::RevenueGrowth),
            referrals: self.get(Field::Referrals),
            referral_value: self.get(Field::ReferralValue),
            premium_growth: pct(Field::PremiumGrowth),
            discount: pct(Field::Discount),
            // The range check keeps it between 1 and 30.
            horizon: self.get(Field::Horizon) as u32,
            effects,
        }
    }

    /// The cost lines beside acquisition, per first-year customer, with the
    /// share a tenured customer still costs. Serving follows the
    /// cost-savings switch; the other three lines fall with tenure only
    /// when cost savings are counted.
    pub fn cost_lines(&self, effects: Effects) -> [(CostLine, LineCost); 4] {
        let later = |share: f64| if effects.cost_savings { share } else { 1.0 };
        let shared = later(self.get(Field::LaterCostShare) / 100.0);
        [
            (
                CostLine::Serving,
                LineCost {
                    first_year: self.get(Field::ServiceCost),
                    later_share: later(self.get(Field::ServiceCostLater) / 100.0),
                },
            ),
            (
                CostLine::CrossSelling,
                LineCost {
                    first_year: self.get(Field::CrossSellingCost),
                    later_share: shared,
                },
            ),
            (
                CostLine::Promotion,
                LineCost {
                    first_year: self.get(Field::PromotionCost),
                    later_share: if effects.referrals { shared } else { 1.0 },
                },
            ),
            (
                CostLine::Repairs,
                LineCost {
                    first_year: self.get(Field::RepairsCost),
                    later_share: shared,
                },
            ),
        ]
    }
}

impl TryFrom<BTreeMap<String, f64>> for Figures {
    type Error = String;
    fn try_from(map: BTreeMap<String, f64>) -> Result<Self, Self::Error> {
        let mut figures = Figures::default();
        for field in Field::ALL {
            if let Some(value) = map.get(field.key()) {
                figures
                    .set(field, *value)
                    .map_err(|_| format!("out of range: {}", field.key()))?;
            }
        }
        Ok(figures)
    }
}

impl From<Figures> for BTreeMap<String, f64> {
    fn from(figures: Figures) -> Self {
        // Extended rather than collected, as a fit profile is (see
        // `model::fit`): collecting would link the standard library's
        // stable sort into the loyalty tool's download.
        let mut map = BTreeMap::new();
        map.extend(
            Field::ALL
                .into_iter()
                .map(|f| (f.key().to_owned(), figures.get(f))),
        );
        map
    }
}

/// A named, saved set of figures and switches.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Stable within the tool, for choosing and deleting.
    pub id: u32,
    /// The name the user gave ("today", "with loyalty programme").
    pub name: String,
    /// The figures.
    pub figures: Figures,
    /// The switches.
    #[serde(default)]
    pub effects: Effects,
}

/// The loyalty tool's saved state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Economics {
    /// The ISO 4217 code of the client's currency, shown with every amount.
    pub currency: String,
    /// The figures being worked on.
    pub figures: Figures,
    /// The loyalty effects counted.
    pub effects: Effects,
    /// Saved scenarios, oldest first.
    pub scenarios: Vec<Scenario>,
}

impl Default for Economics {
    fn default() -> Self {
        Economics {
            currency: default_currency(),
            figures: Figures::default(),
            effects: Effects::ALL,
            scenarios: Vec::new(),
        }
    }
}

/// The currency of a loyalty tool with none chosen: the first offered.
pub fn default_currency() -> String {
    CURRENCIES[0].to_owned()
}

/// The currencies offered, by ISO 4217 code.
pub const CURRENCIES: [&str; 8] = ["EUR", "USD", "GBP", "PLN", "RUB", "CHF", "CZK", "UAH"];

/// The most scenarios kept, so storage stays small.
pub const MAX_SCENARIOS: usize = 20;

/// A scenario name as it is kept: trimmed, at most 80 characters.
fn clean_name(name: &str) -> String {
    name.trim().chars().take(80).collect()
}

impl Economics {
    /// The scenario already called `name` (compared as people read names:
    /// trimmed, whatever the letter case, `i18n::case`), if any: saving
    /// under it would make two scenarios no one could tell apart.
    pub fn scenario_named(&self, name: &str) -> Option<u32> {
        let name = case::lower(&clean_name(name));
        self.scenarios
            .iter()
            .find(|s| !name.is_empty() && case::lower(&s.name) == name)
            .map(|s| s.id)
    }

    /// Saves the current figures as a new scenario named `name`, unless
    /// another is already called so (then `Err` with that one's id: the
    /// user replaces it or renames). At most [`MAX_SCENARIOS`] are kept,
    /// the oldest dropped first.
    pub fn save_new_scenario(&mut self, name: &str) -> Result<u32, u32> {
        match self.scenario_named(name) {
            Some(taken) => Err(taken),
            None => Ok(self.save_scenario(name)),
        }
    }

    /// Puts the current figures and switches into scenario `id`, keeping
    /// its name and place.
    pub fn replace_scenario(&mut self, id: u32) {
        let (figures, effects) = (self.figures, self.effects);
        if let Some(s) = self.scenarios.iter_mut().find(|s| s.id == id) {
            s.figures = figures;
            s.effects = effects;
        }
    }

    /// Whether the figures being worked on are kept in no scenario:
    /// opening another would lose them.
    pub fn unsaved(&self) -> bool {
        !self.scenarios.is_empty()
            && !self
                .scenarios
                .iter()
                .any(|s| s.figures == self.figures && s.effects == self.effects)
    }

    /// Saves the current figures as a scenario named `name` (trimmed; at
    /// most [`MAX_SCENARIOS`] are kept, the oldest dropped first) and
    /// returns its id. Names are not checked: see
    /// [`Economics::save_new_scenario`].
    pub fn save_scenario(&mut self, name: &str) -> u32 {
        let id = self
            .scenarios
            .iter()
            .map(|s| s.id)
            .max()
            .map_or(1, |m| m + 1);
        self.scenarios.push(Scenario {
            id,
            name: clean_name(name),
            figures: self.figures,
            effects: self.effects,
        });
        if self.scenarios.len() > MAX_SCENARIOS {
            self.scenarios.remove(0);
        }
        id
    }

    /// The scenario `id`, if it exists.
    pub fn scenario(&self, id: u32) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// Deletes scenario `id`.
    pub fn delete_scenario(&mut self, id: u32) {
        self.scenarios.retain(|s| s.id != id);
    }

    /// Makes scenario `id` the figures being worked on.
    pub fn load_scenario(&mut self, id: u32) {
        if let Some(s) = self.scenario(id).cloned() {
            self.figures = s.figures;
            self.effects = s.effects;
        }
    }
}

/// The inputs in which two scenarios differ: the figures, in the tool's
/// order, then the loyalty effects switched differently, by their index in
/// [`Effects::in_order`].
pub fn differences(a: &Scenario, b: &Scenario) -> (Vec<Field>, Vec<usize>) {
    let fields = Field::ALL
        .into_iter()
        .filter(|f| a.figures.get(*f) != b.figures.get(*f))
        .collect();
    let (x, y) = (a.effects.in_order(), b.effects.in_order());
    let effects = (0..x.len()).filter(|i| x[*i] != y[*i]).collect();
    (fields, effects)
}

/// The retention points Reichheld and Sasser asked about.
pub const BETTER_RETENTION_POINTS: f64 = 5.0;

/// Everything the loyalty tool shows, derived from one set of figures and
/// switches.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The model's inputs.
    pub inputs: Inputs,
    /// Profit per retained customer by year of tenure, by source.
    pub profits: Vec<YearProfit>,
    /// Cost to serve one customer in each year of tenure.
    pub service: Vec<f64>,
    /// The cohort's cumulative discounted profit from year 0.
    pub cumulative: Vec<f64>,
    /// The first year the cohort has paid back, if within the horizon.
    pub break_even: Option<u32>,
    /// Lifetime value per acquired customer, year by year.
    pub clv: f64,
    /// The closed form, where its assumptions hold.
    pub closed_form: Option<f64>,
    /// The cohort's value today and with better retention.
    pub gain: RetentionGain,
    /// Yearly cost of a steady base of the cohort's size, by line, today.
    pub costs_today: Vec<(CostLine, f64)>,
    /// The same with better retention.
    pub costs_better: Vec<(CostLine, f64)>,
    /// Lifetime value at retention 0 %, 5 %, … 100 %.
    pub sensitivity: Vec<(f64, f64)>,
}

impl Outcome {
    /// Derives everything from `figures` and `effects`.
    pub fn of(figures: &Figures, effects: Effects) -> Outcome {
        let inputs = figures.inputs(effects);
        let lines = figures.cost_lines(effects);
        let gain = retention_gain(&inputs, BETTER_RETENTION_POINTS);
        let costs = |retention: f64| {
            base_costs(inputs.customers, retention, inputs.acquisition_cost, &lines)
        };
        Outcome {
            profits: profit_by_tenure(&inputs),
            service: (1..=inputs.horizon)
                .map(|y| service_cost(&inputs, y))
                .collect(),
            cumulative: cumulative_profit(&inputs),
            break_even: break_even_year(&inputs),
            clv: clv(&inputs),
            closed_form: clv_closed_form(&inputs),
            costs_today: costs(inputs.retention),
            costs_better: costs(gain.better_retention),
            gain,
            sensitivity: retention_sensitivity(&inputs, 5),
            inputs,
        }
    }

    /// The yearly cost of the base today and with better retention.
    pub fn cost_totals(&self) -> (f64, f64) {
        let total = |costs: &[(CostLine, f64)]| costs.iter().map(|(_, c)| c).sum::<f64>();
        (total(&self.costs_today), total(&self.costs_better))
    }

    /// What better retention saves each year, in money and as a percentage
    /// of today's cost (`None` when today's cost is zero).
    pub fn saving(&self) -> (f64, Option<f64>) {
        let (today, better) = self.cost_totals();
        let saving = today - better;
        (saving, (today > 0.0).then(|| saving / today * 100.0))
    }
}
